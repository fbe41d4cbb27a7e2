// SPDX-License-Identifier: MIT
#include "emailcontroller.h"

#include "addresscheck.h"

#include <backendapi.h>
#include <syncengine.h>
#include <totestore.h>

#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcEmail, "omnitote.kiosk.email")

namespace Omnitote {

namespace {

QString toteSegment(const QString &toteId)
{
    return QStringLiteral("/v1/totes/") + QString::fromLatin1(QUrl::toPercentEncoding(toteId));
}

} // namespace

EmailController::EmailController(BackendApi *api, ToteStore *tote, SyncEngine *sync, QObject *parent)
    : QObject(parent), m_api(api), m_tote(tote), m_sync(sync)
{
    connect(m_sync, &SyncEngine::synced, this, &EmailController::runPending);
    connect(m_sync, &SyncEngine::stateChanged, this, &EmailController::onSyncStateChanged);
}

void EmailController::setAddress(const QString &address)
{
    if (address == m_address)
        return;
    m_address = address;
    Q_EMIT addressChanged();
}

bool EmailController::addressValid() const
{
    return AddressCheck::isValid(m_address.trimmed());
}

QString EmailController::addressError() const
{
    switch (AddressCheck::check(m_address.trimmed())) {
    case AddressCheck::Problem::None:
        return {};
    case AddressCheck::Problem::Empty:
        return tr("Type your email address.");
    case AddressCheck::Problem::NotAscii:
        return tr("Use only Latin letters, digits and . _ - + in the address.");
    case AddressCheck::Problem::Space:
        return tr("Remove the spaces from the address.");
    case AddressCheck::Problem::NoAt:
        return tr("An email address has an @, like name@example.com.");
    case AddressCheck::Problem::LocalPart:
        return tr("Check the part before the @.");
    case AddressCheck::Problem::Domain:
        return tr("Check the part after the @, like example.com.");
    case AddressCheck::Problem::TooLong:
        return tr("This address is too long.");
    }
    return {};
}

void EmailController::setMarketingConsent(bool consent)
{
    if (consent == m_consent)
        return;
    m_consent = consent;
    Q_EMIT consentChanged();
}

void EmailController::setLanguage(const QString &code)
{
    m_language = code;
}

QString EmailController::messageLanguage() const
{
    // The server's names: "zh" for the kiosk's zh_CN.
    return m_language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh") : m_language;
}

void EmailController::begin()
{
    delete m_call;
    m_pending = nullptr;
    m_retry = nullptr;
    if (m_state != State::Linked)
        setState(State::Editing);
}

bool EmailController::sendList()
{
    if (!addressValid()) {
        setState(State::Editing, addressError());
        return false;
    }
    if (m_tote->lines().isEmpty()) {
        setState(State::Editing, tr("Your tote is empty. Add something to it first."));
        return false;
    }
    const QString address = m_address.trimmed();
    const bool consent = m_consent;
    const QString language = messageLanguage();
    m_retry = [this] {
        sendList();
    };
    return startCall(
        [this, address, consent, language](const QString &toteId) {
            QJsonObject body {{QStringLiteral("email"), address},
                              {QStringLiteral("marketingConsent"), consent},
                              {QStringLiteral("language"), language}};
            // The wording id goes along either way: the answer is recorded with what was shown.
            body.insert(QStringLiteral("consentWording"), consentWording());
            return m_api->post(toteSegment(toteId) + QStringLiteral("/email"), body);
        },
        [this, address](ApiCall *) {
            setState(State::Sent, tr("Sent! Your list is on its way to %1.").arg(address));
        });
}

bool EmailController::requestCode()
{
    if (!addressValid()) {
        setState(State::Editing, addressError());
        return false;
    }
    const QString address = m_address.trimmed();
    const QString language = messageLanguage();
    m_retry = [this] {
        requestCode();
    };
    return startCall(
        [this, address, language](const QString &toteId) {
            return m_api->post(toteSegment(toteId) + QStringLiteral("/customer/email-code"),
                               {{QStringLiteral("email"), address}, {QStringLiteral("language"), language}});
        },
        [this, address](ApiCall *) {
            setState(
                State::CodeSent,
                tr("We sent a 6-digit code to %1. Type it below; it is valid for 10 minutes.").arg(address));
        });
}

bool EmailController::verifyCode(const QString &code)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    const QString typed = code.trimmed();
    if (!sixDigits.match(typed).hasMatch()) {
        setState(State::CodeSent, tr("The code has 6 digits."));
        return false;
    }
    const QString address = m_address.trimmed();
    m_retry = [this, typed] {
        verifyCode(typed);
    };
    return startCall(
        [this, address, typed](const QString &toteId) {
            return m_api->post(toteSegment(toteId) + QStringLiteral("/customer"),
                               {{QStringLiteral("email"), address}, {QStringLiteral("code"), typed}});
        },
        [this](ApiCall *call) { showCart(call->json().object().value(QStringLiteral("cart")).toObject()); });
}

void EmailController::retry()
{
    if (m_state == State::Failed && m_retry) {
        const auto again = m_retry;
        again();
    }
}

void EmailController::endSession()
{
    delete m_call;
    m_pending = nullptr;
    m_retry = nullptr;
    m_cartLines.clear();
    m_cartTotal.clear();
    setAddress({});
    setMarketingConsent(false);
    setState(State::Editing);
}

bool EmailController::startCall(const std::function<ApiCall *(const QString &)> &makeCall,
                                const std::function<void(ApiCall *)> &onSuccess)
{
    delete m_call;
    setState(State::Busy);
    withServerTote([this, makeCall, onSuccess](const QString &toteId) {
        ApiCall *call = makeCall(toteId);
        m_call = call;
        connect(call, &ApiCall::finished, this, [this, call, onSuccess] {
            call->deleteLater();
            if (call->ok())
                onSuccess(call);
            else
                fail(*call);
        });
    });
    return true;
}

void EmailController::withServerTote(ToteAction action)
{
    // The server writes the email from its copy of the tote: wait until every change has reached it.
    const auto tote = m_tote->activeTote();
    if (!tote.serverId.isEmpty() && m_tote->pendingCount() == 0) {
        action(tote.serverId);
        return;
    }
    if (tote.serverId.isEmpty() && m_tote->pendingCount() == 0) {
        // Nothing scanned yet (identify first, shop later): the tote is made on the server now,
        // with the device's id, exactly as SyncEngine would (a retry answers the same tote).
        ToteCall *create = m_api->createTote(tote.localId);
        m_call = create;
        connect(create, &ApiCall::finished, this, [this, create, localId = tote.localId, action] {
            create->deleteLater();
            QString error;
            if (!create->ok() || !create->result()
                || !m_tote->setServerTote(localId, create->result()->id, create->result()->pickupCode,
                                          create->result()->version, &error)) {
                fail(*create);
                return;
            }
            action(create->result()->id);
        });
        return;
    }
    m_pending = std::move(action);
    m_failuresBefore = m_sync->failedAttempts();
    m_sync->retryNow();
}

void EmailController::runPending()
{
    if (!m_pending)
        return;
    if (m_tote->pendingCount() > 0)
        return;
    // Everything is on the server; an active tote still without a server id (nothing scanned, only a
    // previous shopper's ops were queued) is created now.
    auto action = std::move(m_pending);
    m_pending = nullptr;
    withServerTote(std::move(action));
}

void EmailController::onSyncStateChanged()
{
    if (!m_pending)
        return;
    // Only a failure of the attempt made for us counts: the engine still says Offline while it retries.
    const bool failedNow =
        m_sync->state() == SyncEngine::State::Offline && m_sync->failedAttempts() > m_failuresBefore;
    if (failedNow || m_sync->state() == SyncEngine::State::Error) {
        m_pending = nullptr;
        setState(State::Failed,
                 tr("We could not reach our server. Your address is kept: try again in a "
                    "moment, or ask a member of staff."));
    }
}

void EmailController::fail(const ApiCall &call)
{
    const auto error = call.error();
    const int status = error ? error->status : 0;
    const QJsonObject problem = error ? error->problem : QJsonObject();
    const QString reason = problem.value(QStringLiteral("reason")).toString();
    qCInfo(lcEmail) << "email call failed:" << status << reason << call.errorMessage();
    if (status == 0 || status >= 500) {
        setState(State::Failed,
                 tr("We could not reach our server. Your address is kept: try again in a "
                    "moment, or ask a member of staff."));
        return;
    }
    // Errors the shopper fixes by typing, or that retrying now cannot fix: no retry button.
    m_retry = nullptr;
    if (status == 429) {
        const QString limit = problem.value(QStringLiteral("limit")).toString();
        QString text;
        if (limit == QLatin1String("recipient"))
            text = tr("This address has had as many lists as we send in a day. Please try again tomorrow.");
        else if (limit == QLatin1String("code-recipient"))
            text = tr("Too many codes were sent to this address. Please wait an hour and try again.");
        else if (limit == QLatin1String("store"))
            text = tr("This store has sent a lot of emails in the last hour. Please try again later.");
        else
            text = tr("This kiosk has sent a lot of emails in the last hour. Please try again later or ask a "
                      "member of staff.");
        setState(State::Failed, text);
        return;
    }
    if (reason == QLatin1String("email-invalid")) {
        setState(State::Editing, tr("This address was not accepted. Please check it."));
    } else if (reason == QLatin1String("tote-empty")) {
        setState(State::Editing, tr("Your tote is empty. Add something to it first."));
    } else if (reason == QLatin1String("code-wrong")) {
        const int left = problem.value(QStringLiteral("attemptsLeft")).toInt();
        setState(State::CodeSent, tr("That code is not right. %n tries left.", "", left));
    } else if (reason == QLatin1String("code-malformed")) {
        setState(State::CodeSent, tr("The code has 6 digits."));
    } else if (reason == QLatin1String("code-expired") || reason == QLatin1String("code-exhausted")) {
        setState(State::Editing,
                 reason == QLatin1String("code-expired") ? tr("The code has expired. Ask for a new one.")
                                                         : tr("Too many wrong tries. Ask for a new code."));
    } else {
        setState(State::Failed, tr("That did not work. Please ask a member of staff."));
    }
}

void EmailController::showCart(const QJsonObject &cart)
{
    const QLocale locale(m_language);
    const auto money = [&locale](const QJsonObject &price) {
        const QString currency = price.value(QStringLiteral("currency")).toString();
        const QString symbol = currency == QLatin1String("EUR") ? QStringLiteral("€") : currency;
        return locale.toCurrencyString(double(price.value(QStringLiteral("amount")).toInteger()) / 100.0,
                                       symbol);
    };
    m_cartLines.clear();
    const QJsonArray lines = cart.value(QStringLiteral("lines")).toArray();
    for (const auto &value : lines) {
        const QJsonObject line = value.toObject();
        QStringList variant;
        for (const auto *key : {"color", "size"}) {
            const QString part = line.value(QLatin1String(key)).toString();
            if (!part.isEmpty())
                variant.append(part);
        }
        const QString name = line.value(QStringLiteral("name")).toString();
        m_cartLines.append(QStringLiteral("%1 × %2")
                               .arg(line.value(QStringLiteral("qty")).toInt())
                               .arg(variant.isEmpty() ? name
                                                      : name + QStringLiteral(" (")
                                            + variant.join(QStringLiteral(", ")) + QLatin1Char(')')));
    }
    m_cartTotal =
        money(cart.value(QStringLiteral("totals")).toObject().value(QStringLiteral("amount")).toObject());
    m_retry = nullptr;
    setState(State::Linked, tr("Welcome back! This tote is now saved to your account."));
}

void EmailController::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged();
}

} // namespace Omnitote
