// SPDX-License-Identifier: MIT
#pragma once

#include "servertotestore.h"
#include "storage.h"

#include <functional>

namespace Omnitote::Server {

class AssociateStore;

/** A signed-in associate acting in their store. */
struct Actor
{
    QString associateId;
    QString storeId;
    QString staffNumber;
};

/**
 * The checkout side of a tote (issue 8): a shopper checks it out, associates see the queue, claim
 * a tote, pick it by scanning, mark short, substitute, and complete it into a till hand-off and
 * an online order. Every associate action is audited in the same transaction as its effect
 * (refusals right after). Same connection and thread as the other stores.
 */
class PickStore
{
public:
    /** How long a claim lasts without a pick action. */
    static constexpr int defaultClaimSeconds = 600;

    PickStore(QSqlDatabase &db, StatementCache &statements, AssociateStore &associates, QString currency);

    /** Called (on this thread) after a change that moves a store's checkout queue. */
    void setQueueChanged(std::function<void(const QString &storeId)> callback)
    {
        m_queueChanged = std::move(callback);
    }

    int claimSeconds() const { return m_claimSeconds; }
    /** Tests shorten it to see an abandoned claim expire. */
    void setClaimSeconds(int seconds) { m_claimSeconds = seconds; }

    /** Moves an open tote with lines to awaiting-pick; {status, qr, queuedAt}. */
    StoreOutcome checkout(const QString &toteId, const QString &storeId);
    /** Waiting totes of the store, oldest first. */
    std::optional<QJsonArray> queue(const QString &storeId, const QString &viewerAssociateId);
    /** A tote of the store by QR payload, id or pickup code. */
    StoreOutcome lookup(const QString &storeId, const QString &code, const QString &viewerAssociateId);

    StoreOutcome claim(const QString &toteId, const Actor &actor);
    StoreOutcome release(const QString &toteId, const Actor &actor);
    StoreOutcome pickList(const QString &toteId, const Actor &actor);
    /** `scanned` is what the code names in the catalogue (nullopt: nothing). */
    StoreOutcome pick(const QString &toteId, const Actor &actor, const QString &code,
                      const std::optional<VariantRef> &scanned, const QString &lineId, int qty);
    StoreOutcome markShort(const QString &toteId, const Actor &actor, const QString &lineId,
                           std::optional<int> qty);
    StoreOutcome substitute(const QString &toteId, const Actor &actor, const QString &lineId,
                            const QString &variantId);
    StoreOutcome complete(const QString &toteId, const Actor &actor);
    /** Sign-out: the associate's claims end and their totes wait again. */
    bool releaseAll(const Actor &actor);

    /** The payload of a tote's QR code. */
    static QString toteQr(const QString &toteId);

private:
    struct PickTote;
    struct PickLine;

    std::optional<PickTote> loadTote(const QString &toteId, const QString &storeId);
    QList<PickLine> loadLines(const PickTote &tote);
    QJsonValue claimJson(const PickTote &tote, const QString &viewerAssociateId) const;
    QJsonObject pickListJson(const PickTote &tote, const QList<PickLine> &lines, const QString &viewer);
    /** The tote as `actor` may pick it: theirs, claimed and not expired; else the problem. */
    StoreOutcome requireClaim(const std::optional<PickTote> &tote, const QString &toteId, const Actor &actor);
    bool savePickLine(const QString &toteId, const PickLine &line, const QString &now);
    bool extendClaim(const QString &toteId);
    /** Runs `action` in a transaction; audits `auditAction` on success, `pick-refused` when refused. */
    StoreOutcome audited(const QString &toteId, const Actor &actor, const QString &auditAction,
                         const std::function<StoreOutcome(QJsonObject *details)> &action);
    StoreOutcome answerWithPickList(const QString &toteId, const Actor &actor, QJsonObject result);
    QJsonObject price(qint64 amount) const;
    StoreOutcome failed();
    void notify(const QString &storeId);

    QSqlDatabase &m_db;
    StatementCache &m_sql;
    AssociateStore &m_associates;
    QString m_currency;
    std::function<void(const QString &)> m_queueChanged;
    int m_claimSeconds = defaultClaimSeconds;
};

} // namespace Omnitote::Server
