// SPDX-License-Identifier: MIT
// Associate sign-in and sign-out, and the audit log.
#include "associatestore.h"
#include "pickstore.h"
#include "routes.h"
#include "secrethash.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcSignIn, "omnitote.server.signin")

namespace Omnitote::Server {

namespace {

constexpr int tokenLifetimeSeconds = 60 * 60;
constexpr int idleTimeoutSeconds = 300;

ApiResponse badCredentials(int attemptsLeft = -1)
{
    QJsonObject extra {{QStringLiteral("reason"), QStringLiteral("bad-credentials")}};
    if (attemptsLeft >= 0)
        extra.insert(QStringLiteral("attemptsLeft"), attemptsLeft);
    return problem(Status::Unauthorized, QStringLiteral("The badge, staff number or PIN is not right."),
                   extra);
}

ApiResponse locked(const QDateTime &until)
{
    const qint64 seconds = std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(until) + 1);
    return problem(Status::TooManyRequests,
                   QStringLiteral("Too many failed attempts; try again in %1 seconds.").arg(seconds),
                   {{QStringLiteral("reason"), QStringLiteral("locked")},
                    {QStringLiteral("lockedUntil"), until.toString(Qt::ISODateWithMs)}})
        .withHeader("Retry-After", QByteArray::number(seconds));
}

/** What a sign-in request claims to be, before any hashing. */
struct Attempt
{
    QString storeId; // the device's store
    QString deviceLabel;
    QString staffNumber; // as typed, for the audit log
    QByteArray secret; // the PIN or the badge secret
    bool badge = false;
    std::optional<AssociateRecord> associate; // nullopt: nobody (or someone of another store)
};

/**
 * Checks PINs and badge secrets on its own small thread pool: a PBKDF2 check takes a large
 * fraction of a second, and the server thread must keep answering meanwhile. Results come back to
 * the server thread (this object's) to update the lockout, mint the token and answer.
 */
class SignInService : public QObject
{
public:
    SignInService(Storage &storage, Authenticator &authenticator)
        : m_storage(storage), m_authenticator(authenticator)
    {
        // At most two checks at once: more would only slow each down on a small machine.
        m_pool.setMaxThreadCount(2);
        m_pool.setObjectName(QStringLiteral("SignInHashing"));
    }
    ~SignInService() override { m_pool.waitForDone(); }

    /** More checks than this waiting for the pool are refused (503): each costs about a second. */
    static constexpr int maxPending = 16;

    bool busy() const { return m_pending >= maxPending; }

    void check(Attempt attempt, std::shared_ptr<DeferredResponse> deferred)
    {
        const QString stored = attempt.associate
            ? (attempt.badge ? attempt.associate->badgeHash : attempt.associate->pinHash)
            : decoy(attempt.badge);
        QPointer<SignInService> self(this);
        ++m_pending;
        m_pool.start([self, stored, attempt = std::move(attempt), deferred]() mutable {
            // NOTE: runs on a pool thread; touches nothing but its copies.
            const bool match = SecretHash::verify(attempt.secret, stored);
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, match, attempt = std::move(attempt), deferred] {
                    --self->m_pending;
                    deferred->resolve(self->finish(attempt, match));
                },
                Qt::QueuedConnection);
        });
    }

private:
    /** Spends as long on an unknown staff number or badge as on a known one. */
    const QString &decoy(bool badge)
    {
        QString &decoy = badge ? m_badgeDecoy : m_pinDecoy;
        if (decoy.isEmpty())
            decoy = SecretHash::decoy(badge ? SecretHash::defaultIterations
                                              / AssociateStore::badgeIterationDivisor
                                            : SecretHash::defaultIterations);
        return decoy;
    }

    void audit(const Attempt &attempt, const QString &action, QJsonObject details = {})
    {
        details.insert(QStringLiteral("device"), attempt.deviceLabel);
        details.insert(QStringLiteral("method"),
                       attempt.badge ? QStringLiteral("badge") : QStringLiteral("pin"));
        m_storage.associates().audit(
            {attempt.storeId, attempt.associate ? attempt.associate->id : QString(),
             attempt.associate ? attempt.associate->staffNumber : attempt.staffNumber, action, QString(),
             details});
    }

    ApiResponse finish(const Attempt &attempt, bool match)
    {
        AssociateStore &associates = m_storage.associates();
        if (!attempt.associate) {
            audit(attempt, QStringLiteral("sign-in-failed"),
                  {{QStringLiteral("reason"), QStringLiteral("unknown")}});
            return badCredentials();
        }
        const AssociateRecord &who = *attempt.associate;
        if (!match) {
            const auto after = associates.recordFailure(who.id);
            if (!after)
                return problem(Status::ServiceUnavailable,
                               QStringLiteral("The database could not record the attempt."));
            if (after->isLocked(QDateTime::currentDateTimeUtc())) {
                audit(attempt, QStringLiteral("locked"),
                      {{QStringLiteral("failedAttempts"), after->failedAttempts},
                       {QStringLiteral("lockedUntil"), after->lockedUntil.toString(Qt::ISODateWithMs)}});
                return locked(after->lockedUntil);
            }
            audit(attempt, QStringLiteral("sign-in-failed"),
                  {{QStringLiteral("reason"), QStringLiteral("wrong-secret")},
                   {QStringLiteral("failedAttempts"), after->failedAttempts}});
            return badCredentials(std::max(0, AssociateStore::freeAttempts - after->failedAttempts));
        }
        associates.recordSuccess(who.id);
        Principal principal {Principal::Role::Associate, who.storeId,
                             QStringLiteral("associate %1 (%2)").arg(who.staffNumber, who.name), QString(),
                             who.id};
        const QDateTime expiresAt = QDateTime::currentDateTimeUtc().addSecs(tokenLifetimeSeconds);
        QString error;
        const QString token = m_authenticator.issueToken(principal, &error, expiresAt);
        if (token.isEmpty())
            return problem(Status::ServiceUnavailable, QStringLiteral("The token could not be stored."));
        audit(attempt, QStringLiteral("sign-in"),
              {{QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODateWithMs)}});
        qCInfo(lcSignIn) << "associate" << who.staffNumber << "signed in at" << who.storeId;
        return json({{QStringLiteral("token"), token},
                     {QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("idleTimeoutSeconds"), idleTimeoutSeconds},
                     {QStringLiteral("associate"), who.toJson()}});
    }

    Storage &m_storage;
    Authenticator &m_authenticator;
    QThreadPool m_pool;
    QString m_pinDecoy;
    QString m_badgeDecoy;
    int m_pending = 0;
};

/** Reads the sign-in body into an Attempt, or the 400 to answer. */
std::optional<Attempt> readAttempt(const QJsonObject &body, const Principal &device, Storage &storage,
                                   ApiResponse *rejected)
{
    static const QRegularExpression pinPattern(QStringLiteral("^[0-9]{4,12}$"));
    Attempt attempt;
    attempt.storeId = device.storeId;
    attempt.deviceLabel = device.label;
    const QJsonValue badge = body.value(QStringLiteral("badge"));
    if (badge.isString()) {
        attempt.badge = true;
        const auto payload = BadgePayload::parse(badge.toString());
        if (payload) {
            attempt.secret = payload->secret;
            attempt.associate = storage.associates().byId(payload->associateId);
        } else {
            attempt.secret = badge.toString().left(200).toUtf8();
        }
    } else {
        const QJsonValue staff = body.value(QStringLiteral("staffNumber"));
        const QJsonValue pin = body.value(QStringLiteral("pin"));
        if (!staff.isString() || staff.toString().isEmpty() || staff.toString().size() > 32 || !pin.isString()
            || !pinPattern.match(pin.toString()).hasMatch()) {
            *rejected = problem(Status::BadRequest,
                                QStringLiteral("Send {\"badge\": \"ota1...\"} or {\"staffNumber\": \"1042\", "
                                               "\"pin\": \"4-12 digits\"}."));
            return std::nullopt;
        }
        attempt.staffNumber = staff.toString();
        attempt.secret = pin.toString().toLatin1();
        attempt.associate = storage.associates().byStaffNumber(device.storeId, attempt.staffNumber);
    }
    // An associate of another store signs in nowhere else, and is answered like a stranger.
    if (attempt.associate && attempt.associate->storeId != device.storeId)
        attempt.associate.reset();
    return attempt;
}

} // namespace

void addAssociateRoutes(Router &router, Storage &storage, Authenticator &authenticator, QObject *context)
{
    using Role = Principal::Role;
    using Method = Router::Method;
    auto *service = new SignInService(storage, authenticator);
    service->setParent(context);

    router.add(Method::Post, QStringLiteral("/v1/associates/sign-in"), {Role::Device},
               [&storage, service](const ApiRequest &request) {
                   ApiResponse rejected;
                   const auto body = jsonObjectBody(request.http, &rejected);
                   if (!body)
                       return rejected;
                   auto attempt = readAttempt(*body, request.principal, storage, &rejected);
                   if (!attempt)
                       return rejected;
                   // A locked associate is answered at once: no hashing, no count.
                   if (attempt->associate && attempt->associate->isLocked(QDateTime::currentDateTimeUtc())) {
                       storage.associates().audit({attempt->storeId,
                                                   attempt->associate->id,
                                                   attempt->associate->staffNumber,
                                                   QStringLiteral("sign-in-failed"),
                                                   QString(),
                                                   {{QStringLiteral("reason"), QStringLiteral("locked")},
                                                    {QStringLiteral("device"), attempt->deviceLabel}}});
                       return locked(attempt->associate->lockedUntil);
                   }
                   if (service->busy())
                       return problem(Status::ServiceUnavailable,
                                      QStringLiteral("Too many sign-ins at once; try again in a moment."))
                           .withHeader("Retry-After", "2");
                   auto deferred = std::make_shared<DeferredResponse>();
                   service->check(std::move(*attempt), deferred);
                   return later(deferred);
               });

    router.add(
        Method::Post, QStringLiteral("/v1/associates/sign-out"), {Role::Associate},
        [&storage, &authenticator](const ApiRequest &request) {
            const Principal &who = request.principal;
            if (!who.associateId.isEmpty()) {
                const auto record = storage.associates().byId(who.associateId);
                const Actor actor {who.associateId, who.storeId, record ? record->staffNumber : QString()};
                storage.picks().releaseAll(actor);
                storage.associates().audit(
                    {who.storeId, who.associateId, actor.staffNumber, QStringLiteral("sign-out"), {}, {}});
            }
            authenticator.revoke(request.http.value("Authorization"));
            ApiResponse response;
            response.status = Status::NoContent;
            return response;
        });

    router.add(
        Method::Get, QStringLiteral("/v1/stores/{id}/audit"), {Role::Admin},
        [&storage](const ApiRequest &request) {
            const QString storeId = request.args.at(0);
            if (!request.principal.storeId.isEmpty() && request.principal.storeId != storeId)
                return problem(
                    Status::Forbidden,
                    QStringLiteral("This admin token is bound to store %1.").arg(request.principal.storeId));
            if (!storage.store(storeId))
                return problem(Status::NotFound,
                               QStringLiteral("There is no store \"%1\".").arg(storeId.left(64)));
            QueryParams params(request.http);
            const int limit = params.integer(QStringLiteral("limit"), 100, 1, 500);
            const int before =
                params.integer(QStringLiteral("before"), 0, 0, std::numeric_limits<int>::max());
            if (!params.ok())
                return problem(Status::BadRequest, params.error());
            const auto page = storage.associates().auditPage(storeId, before, limit);
            if (!page)
                return problem(Status::ServiceUnavailable,
                               QStringLiteral("The database could not complete the request."))
                    .withHeader("Retry-After", "1");
            return json(*page);
        });
}

} // namespace Omnitote::Server
