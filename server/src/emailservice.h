// SPDX-License-Identifier: MIT
#pragma once

#include "emailstore.h"
#include "servertotestore.h"
#include "storage.h"

#include <functional>

namespace Omnitote::Server {

/** Email settings of the request side (flags --public-url, --mail-from, --email-limit-*). */
struct EmailSettings
{
    QString publicUrl = QStringLiteral("http://127.0.0.1:8080");
    QString mailFrom = QStringLiteral("no-reply@omnitote.example");
    QString mailFromName; // empty: the retailer's name
    int deviceLimitPerHour = 10;
    int storeLimitPerHour = 200;
    int recipientLimitPerDay = 3;
    int codeRecipientLimitPerHour = 5;
    int cartLinkDays = 30;
    int codeMinutes = 10;
    int codeAttempts = 5;
};

/** What the kiosk asked for with POST /v1/totes/{id}/email, already validated. */
struct ListEmailRequest
{
    QString toteId;
    QString email; // EmailAddress::normalize()d
    bool marketingConsent = false;
    QString consentWording;
    QString language;
};

/**
 * The request side of email: checks the abuse limits, does the request's effects (cart merge, cart
 * link, consent, one-time code) and queues the message, all in one transaction, then nudges the
 * sender. Runs on the request thread; never talks SMTP.
 */
class EmailService
{
public:
    EmailService(Storage &storage, EmailSettings settings);

    /** Called after each commit that queued a message (the runtime wakes the sender). */
    void setQueuedCallback(std::function<void()> callback) { m_queued = std::move(callback); }

    StoreOutcome emailList(const Principal &caller, const ListEmailRequest &request);
    StoreOutcome requestCode(const Principal &caller, const QString &toteId, const QString &email,
                             const QString &language);
    /** Checks the code and, when right, links the tote to the (now verified) customer. */
    StoreOutcome linkByCode(const Principal &caller, const QString &toteId, const QString &email,
                            const QString &code);
    bool unsubscribe(const QString &token) { return m_storage.email().unsubscribe(token); }

private:
    /** The 429 for the first limit `caller` and `emailKey` hit, if any. */
    std::optional<StoreOutcome> limited(const Principal &caller, const QString &emailKey, bool code);
    /** Renders and queues; false when the message could not be built or stored. */
    bool enqueue(const QString &kind, const Principal &caller, const QString &toteId, const QString &to,
                 const QString &subject, const QString &text, const QString &html,
                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders, qint64 expiresMs,
                 QString *messageId);
    QString storeName(const QString &storeId);
    QString absoluteUrl(const QString &path) const;

    Storage &m_storage;
    EmailSettings m_settings;
    std::function<void()> m_queued;
};

} // namespace Omnitote::Server
