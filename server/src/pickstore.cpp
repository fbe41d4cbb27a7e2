// SPDX-License-Identifier: MIT
#include "pickstore.h"

#include "associatestore.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPicks, "omnitote.server.picks")

namespace Omnitote::Server {

namespace {

using Error = StoreOutcome::Error;

constexpr auto qrPrefix = "ott1.";

StoreOutcome refuse(Error error, const QString &reason, const QString &detail, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("reason"), reason);
    return StoreOutcome::fail(error, detail, extra);
}

StoreOutcome noSuchTote(const QString &toteId)
{
    return StoreOutcome::fail(Error::NotFound,
                              QStringLiteral("There is no tote \"%1\" in this store.").arg(toteId.left(64)));
}

QString variantLabel(const QString &color, const QString &size)
{
    QStringList parts;
    if (!color.isEmpty())
        parts.append(color);
    if (!size.isEmpty())
        parts.append(size);
    return parts.isEmpty() ? QStringLiteral("the default variant") : parts.join(QLatin1Char(' '));
}

} // namespace

struct PickStore::PickTote
{
    QString id;
    QString storeId;
    QString pickupCode;
    QString status;
    QString customerId;
    QString queuedAt;
    QString claimAssociateId;
    QString claimStaffNumber;
    QString claimName;
    QDateTime claimExpiresAt;

    bool claimLive() const
    {
        return !claimAssociateId.isEmpty() && claimExpiresAt > QDateTime::currentDateTimeUtc();
    }
};

/** One tote line with what picking did to it; "effective" is the substitute when there is one. */
struct PickStore::PickLine
{
    struct Variant
    {
        QString id;
        QString color;
        QString size;
        QString gtin;
        QString image;
        qint64 price = 0;
        int stock = 0;
        QString aisle;
        QString bay;
    };
    QString lineId;
    QString productId;
    QString name;
    QString fulfilment;
    int qty = 0;
    int picked = 0;
    int shortQty = 0;
    qint64 unitPrice = 0;
    Variant variant;
    Variant substitute; // id empty: none
    int aisleIndex = 0;

    bool isPick() const { return fulfilment != QLatin1String("ship"); }
    const Variant &effective() const { return substitute.id.isEmpty() ? variant : substitute; }
    int remaining() const { return qty - picked - shortQty; }
    QString state() const
    {
        if (remaining() <= 0)
            return shortQty > 0 ? QStringLiteral("short") : QStringLiteral("picked");
        return picked + shortQty == 0 ? QStringLiteral("open") : QStringLiteral("partial");
    }
    /** What the till charges per unit: the substitute's price, or the line's. */
    qint64 tillPrice() const { return substitute.id.isEmpty() ? unitPrice : substitute.price; }
};

PickStore::PickStore(QSqlDatabase &db, StatementCache &statements, AssociateStore &associates,
                     QString currency)
    : m_db(db), m_sql(statements), m_associates(associates), m_currency(std::move(currency))
{ }

QString PickStore::toteQr(const QString &toteId)
{
    return QLatin1String(qrPrefix) + toteId;
}

StoreOutcome PickStore::failed()
{
    qCWarning(lcPicks) << "storage failure:" << m_sql.lastError();
    return StoreOutcome::fail(Error::Failed, QStringLiteral("The database could not complete the request."));
}

QJsonObject PickStore::price(qint64 amount) const
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), m_currency}};
}

void PickStore::notify(const QString &storeId)
{
    if (m_queueChanged)
        m_queueChanged(storeId);
}

// ---- shopper ----------------------------------------------------------------------------------------

StoreOutcome PickStore::checkout(const QString &toteId, const QString &storeId)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return failed();
    const auto tote = loadTote(toteId, storeId);
    if (!tote)
        return noSuchTote(toteId);
    StoreOutcome outcome;
    outcome.json = {{QStringLiteral("status"), QStringLiteral("awaiting-pick")},
                    {QStringLiteral("qr"), toteQr(toteId)},
                    {QStringLiteral("queuedAt"), tote->queuedAt}};
    if (tote->status == QLatin1String("awaiting-pick"))
        return outcome; // sent again: the same answer
    if (tote->status != QLatin1String("open"))
        return refuse(Error::Conflict, QStringLiteral("not-open"),
                      QStringLiteral("The tote is %1; only an open tote goes to checkout.").arg(tote->status),
                      {{QStringLiteral("toteStatus"), tote->status}});
    {
        auto q = m_sql.run(
            QStringLiteral("SELECT COUNT(*) FROM tote_lines WHERE tote_id = ? AND removed = 0"), {toteId});
        if (!q || !q->next())
            return failed();
        if (q->value(0).toInt() == 0)
            return refuse(Error::Conflict, QStringLiteral("empty"),
                          QStringLiteral("The tote is empty; add something before checking out."));
    }
    const QString now = nowText();
    if (m_sql.execCount(QStringLiteral("UPDATE totes SET status = 'awaiting-pick', queued_at = ?, "
                                       "status_changed_at = ?, updated_at = ?, version = version + 1 "
                                       "WHERE id = ? AND status = 'open'"),
                        {now, now, now, toteId})
            != 1
        || !transaction.commit())
        return failed();
    outcome.json.insert(QStringLiteral("queuedAt"), now);
    notify(storeId);
    return outcome;
}

// ---- reading ----------------------------------------------------------------------------------------

std::optional<PickStore::PickTote> PickStore::loadTote(const QString &toteId, const QString &storeId)
{
    auto q = m_sql.run(
        QStringLiteral("SELECT t.id, t.store_id, t.pickup_code, t.status, t.customer_id, t.queued_at, "
                       "c.associate_id, a.staff_number, a.name, c.expires_at FROM totes t "
                       "LEFT JOIN tote_claims c ON c.tote_id = t.id "
                       "LEFT JOIN associates a ON a.id = c.associate_id WHERE t.id = ?"),
        {toteId});
    if (!q || !q->next() || q->value(1).toString() != storeId)
        return std::nullopt;
    PickTote tote {q->value(0).toString(), q->value(1).toString(),
                   q->value(2).toString(), q->value(3).toString(),
                   q->value(4).toString(), q->value(5).toString(),
                   q->value(6).toString(), q->value(7).toString(),
                   q->value(8).toString(), QDateTime::fromString(q->value(9).toString(), Qt::ISODateWithMs)};
    return tote;
}

QJsonValue PickStore::claimJson(const PickTote &tote, const QString &viewerAssociateId) const
{
    if (!tote.claimLive())
        return QJsonValue();
    return QJsonObject {{QStringLiteral("associateId"), tote.claimAssociateId},
                        {QStringLiteral("staffNumber"), tote.claimStaffNumber},
                        {QStringLiteral("name"), tote.claimName},
                        {QStringLiteral("expiresAt"), tote.claimExpiresAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("mine"), tote.claimAssociateId == viewerAssociateId}};
}

std::optional<QJsonArray> PickStore::queue(const QString &storeId, const QString &viewerAssociateId)
{
    auto q = m_sql.run(
        QStringLiteral(
            "SELECT t.id, t.pickup_code, t.status, t.customer_id, t.queued_at, c.associate_id, "
            "a.staff_number, a.name, c.expires_at, "
            "(SELECT COUNT(*) FROM tote_lines l WHERE l.tote_id = t.id AND l.removed = 0), "
            "(SELECT COALESCE(SUM(l.qty), 0) FROM tote_lines l WHERE l.tote_id = t.id AND l.removed = 0), "
            "(SELECT COUNT(*) FROM tote_lines l WHERE l.tote_id = t.id AND l.removed = 0 "
            "AND l.fulfilment <> 'ship') "
            "FROM totes t LEFT JOIN tote_claims c ON c.tote_id = t.id "
            "LEFT JOIN associates a ON a.id = c.associate_id "
            "WHERE t.store_id = ? AND t.status IN ('awaiting-pick', 'picking') "
            "ORDER BY t.queued_at, t.id"),
        {storeId});
    if (!q)
        return std::nullopt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray totes;
    while (q->next()) {
        PickTote tote {
            q->value(0).toString(), storeId,
            q->value(1).toString(), q->value(2).toString(),
            q->value(3).toString(), q->value(4).toString(),
            q->value(5).toString(), q->value(6).toString(),
            q->value(7).toString(), QDateTime::fromString(q->value(8).toString(), Qt::ISODateWithMs)};
        const QDateTime queuedAt = QDateTime::fromString(tote.queuedAt, Qt::ISODateWithMs);
        // An abandoned claim shows as waiting: anyone may claim the tote now.
        const bool claimed = tote.claimLive();
        totes.append(QJsonObject {
            {QStringLiteral("id"), tote.id},
            {QStringLiteral("pickupCode"), tote.pickupCode},
            {QStringLiteral("status"), claimed ? QStringLiteral("picking") : QStringLiteral("awaiting-pick")},
            {QStringLiteral("queuedAt"), tote.queuedAt},
            {QStringLiteral("waitSeconds"), queuedAt.isValid() ? queuedAt.secsTo(now) : 0},
            {QStringLiteral("lines"), q->value(9).toInt()},
            {QStringLiteral("items"), q->value(10).toInt()},
            {QStringLiteral("pickLines"), q->value(11).toInt()},
            {QStringLiteral("customer"), !tote.customerId.isEmpty()},
            {QStringLiteral("claim"), claimJson(tote, viewerAssociateId)}});
    }
    return totes;
}

StoreOutcome PickStore::lookup(const QString &storeId, const QString &code, const QString &viewerAssociateId)
{
    const QString text = code.trimmed();
    QString toteId = text.startsWith(QLatin1String(qrPrefix)) ? text.mid(int(qstrlen(qrPrefix))) : text;
    if (toteId.size() == 4) {
        // A pickup code is unique in the store only among live totes.
        auto q = m_sql.run(QStringLiteral("SELECT id FROM totes WHERE store_id = ? AND pickup_code = ? "
                                          "AND status IN ('awaiting-pick', 'picking')"),
                           {storeId, toteId.toUpper()});
        if (q && q->next())
            toteId = q->value(0).toString();
    }
    const auto tote = loadTote(toteId, storeId);
    if (!tote)
        return refuse(Error::NotFound, QStringLiteral("unknown-code"),
                      QStringLiteral("No tote in this store matches \"%1\".").arg(text.left(64)));
    StoreOutcome outcome;
    outcome.json = {{QStringLiteral("toteId"), tote->id},
                    {QStringLiteral("pickupCode"), tote->pickupCode},
                    {QStringLiteral("status"), tote->status},
                    {QStringLiteral("claim"), claimJson(*tote, viewerAssociateId)}};
    return outcome;
}

QList<PickStore::PickLine> PickStore::loadLines(const PickTote &tote)
{
    QHash<QString, int> aisleIndex;
    {
        auto q = m_sql.run(QStringLiteral("SELECT aisles FROM stores WHERE id = ?"), {tote.storeId});
        if (q && q->next()) {
            const auto aisles = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array();
            for (qsizetype i = 0; i < aisles.size(); ++i)
                aisleIndex.insert(aisles.at(i).toObject().value(QStringLiteral("id")).toString(), int(i));
        }
    }
    QList<PickLine> lines;
    auto q = m_sql.run(
        QStringLiteral("SELECT tl.line_id, tl.product_id, p.name, tl.fulfilment, tl.qty, tl.unit_price, "
                       "COALESCE(pl.picked, 0), COALESCE(pl.short, 0), "
                       "v.id, v.color, v.size, v.gtin, v.image, v.price, s.qty, s.aisle, s.bay, "
                       "sv.id, sv.color, sv.size, sv.gtin, sv.image, sv.price, ss.qty, ss.aisle, ss.bay "
                       "FROM tote_lines tl LEFT JOIN products p ON p.id = tl.product_id "
                       "LEFT JOIN variants v ON v.id = tl.variant_id "
                       "LEFT JOIN pick_lines pl ON pl.tote_id = tl.tote_id AND pl.line_id = tl.line_id "
                       "LEFT JOIN variants sv ON sv.id = pl.substitute_variant_id "
                       "LEFT JOIN stock s ON s.variant_id = v.id AND s.store_id = ? "
                       "LEFT JOIN stock ss ON ss.variant_id = sv.id AND ss.store_id = ? "
                       "WHERE tl.tote_id = ? AND tl.removed = 0 ORDER BY tl.position"),
        {tote.storeId, tote.storeId, tote.id});
    const auto variantAt = [&q](int column) {
        return PickLine::Variant {q->value(column).toString(),     q->value(column + 1).toString(),
                                  q->value(column + 2).toString(), q->value(column + 3).toString(),
                                  q->value(column + 4).toString(), q->value(column + 5).toLongLong(),
                                  q->value(column + 6).toInt(),    q->value(column + 7).toString(),
                                  q->value(column + 8).toString()};
    };
    while (q && q->next()) {
        PickLine line;
        line.lineId = q->value(0).toString();
        line.productId = q->value(1).toString();
        line.name = q->value(2).toString();
        line.fulfilment = q->value(3).toString();
        line.qty = q->value(4).toInt();
        line.unitPrice = q->value(5).toLongLong();
        line.picked = q->value(6).toInt();
        line.shortQty = q->value(7).toInt();
        line.variant = variantAt(8);
        line.substitute = variantAt(17);
        line.aisleIndex = aisleIndex.value(line.effective().aisle, int(aisleIndex.size()));
        lines.append(line);
    }
    // The store's walking order: aisles as the store lists them, then bays in natural order
    // ("F8" before "F10"), then by name so equal places keep a stable order.
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(lines.begin(), lines.end(), [&collator](const PickLine &a, const PickLine &b) {
        if (a.aisleIndex != b.aisleIndex)
            return a.aisleIndex < b.aisleIndex;
        if (const int bay = collator.compare(a.effective().bay, b.effective().bay); bay != 0)
            return bay < 0;
        return collator.compare(a.name, b.name) < 0;
    });
    return lines;
}

QJsonObject PickStore::pickListJson(const PickTote &tote, const QList<PickLine> &lines, const QString &viewer)
{
    QHash<QString, QString> aisleNames;
    if (auto q = m_sql.run(QStringLiteral("SELECT aisles FROM stores WHERE id = ?"), {tote.storeId});
        q && q->next()) {
        const auto aisles = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array();
        for (const auto &aisle : aisles)
            aisleNames.insert(aisle.toObject().value(QStringLiteral("id")).toString(),
                              aisle.toObject().value(QStringLiteral("name")).toString());
    }
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    QJsonArray pickLines;
    QJsonArray shipLines;
    bool complete = true;
    for (const auto &line : lines) {
        if (!line.isPick()) {
            shipLines.append(QJsonObject {{QStringLiteral("lineId"), line.lineId},
                                          {QStringLiteral("productId"), line.productId},
                                          {QStringLiteral("variantId"), line.variant.id},
                                          {QStringLiteral("name"), line.name},
                                          {QStringLiteral("qty"), line.qty}});
            continue;
        }
        complete = complete && line.remaining() <= 0;
        const auto &place = line.effective();
        QJsonValue substitute;
        if (!line.substitute.id.isEmpty())
            substitute = QJsonObject {{QStringLiteral("variantId"), line.substitute.id},
                                      {QStringLiteral("color"), line.substitute.color},
                                      {QStringLiteral("size"), line.substitute.size},
                                      {QStringLiteral("gtin"), orNull(line.substitute.gtin)},
                                      {QStringLiteral("shopperConsent"), true}};
        pickLines.append(QJsonObject {
            {QStringLiteral("lineId"), line.lineId},
            {QStringLiteral("productId"), line.productId},
            {QStringLiteral("variantId"), line.variant.id},
            {QStringLiteral("name"), line.name},
            {QStringLiteral("color"), line.variant.color},
            {QStringLiteral("size"), line.variant.size},
            {QStringLiteral("image"),
             place.image.isEmpty() ? QJsonValue() : QJsonValue(QStringLiteral("/images/") + place.image)},
            {QStringLiteral("gtin"), orNull(line.variant.gtin)},
            {QStringLiteral("fulfilment"), line.fulfilment},
            {QStringLiteral("qty"), line.qty},
            {QStringLiteral("picked"), line.picked},
            {QStringLiteral("short"), line.shortQty},
            {QStringLiteral("state"), line.state()},
            {QStringLiteral("aisle"), orNull(place.aisle)},
            {QStringLiteral("aisleName"), orNull(aisleNames.value(place.aisle))},
            {QStringLiteral("bay"), orNull(place.bay)},
            {QStringLiteral("stockOnHand"), place.stock},
            {QStringLiteral("substitute"), substitute}});
    }
    return {{QStringLiteral("toteId"), tote.id},     {QStringLiteral("pickupCode"), tote.pickupCode},
            {QStringLiteral("status"), tote.status}, {QStringLiteral("claim"), claimJson(tote, viewer)},
            {QStringLiteral("lines"), pickLines},    {QStringLiteral("ship"), shipLines},
            {QStringLiteral("complete"), complete}};
}

StoreOutcome PickStore::pickList(const QString &toteId, const Actor &actor)
{
    const auto tote = loadTote(toteId, actor.storeId);
    if (!tote)
        return noSuchTote(toteId);
    StoreOutcome outcome;
    outcome.json = pickListJson(*tote, loadLines(*tote), actor.associateId);
    return outcome;
}

// ---- claims -----------------------------------------------------------------------------------------

StoreOutcome PickStore::requireClaim(const std::optional<PickTote> &tote, const QString &toteId,
                                     const Actor &actor)
{
    if (!tote)
        return noSuchTote(toteId);
    if (tote->claimLive() && tote->claimAssociateId == actor.associateId
        && tote->status == QLatin1String("picking"))
        return {};
    QJsonObject extra;
    if (tote->claimLive())
        extra.insert(QStringLiteral("claim"), claimJson(*tote, actor.associateId));
    return refuse(
        Error::Conflict, QStringLiteral("not-claimed"),
        tote->claimLive()
            ? QStringLiteral("%1 (%2) is picking this tote.").arg(tote->claimName, tote->claimStaffNumber)
            : QStringLiteral("Claim the tote first (or again: your claim expired)."),
        extra);
}

bool PickStore::extendClaim(const QString &toteId)
{
    return m_sql.exec(
        QStringLiteral("UPDATE tote_claims SET expires_at = ? WHERE tote_id = ?"),
        {QDateTime::currentDateTimeUtc().addSecs(m_claimSeconds).toString(Qt::ISODateWithMs), toteId});
}

StoreOutcome PickStore::audited(const QString &toteId, const Actor &actor, const QString &auditAction,
                                const std::function<StoreOutcome(QJsonObject *details)> &action)
{
    QJsonObject details;
    StoreOutcome outcome;
    {
        Transaction transaction(m_db);
        if (!transaction.isOpen())
            return failed();
        outcome = action(&details);
        if (outcome.ok()
            && (!m_associates.audit(
                    {actor.storeId, actor.associateId, actor.staffNumber, auditAction, toteId, details})
                || !transaction.commit()))
            return failed();
    }
    if (!outcome.ok() && outcome.error != Error::Failed) {
        // After the rollback: a refused action changes nothing but is still on the record.
        details.insert(QStringLiteral("reason"), outcome.json.value(QStringLiteral("reason")));
        details.insert(QStringLiteral("detail"), outcome.detail);
        m_associates.audit({actor.storeId, actor.associateId, actor.staffNumber,
                            auditAction + QStringLiteral("-refused"), toteId, details});
    }
    return outcome;
}

StoreOutcome PickStore::answerWithPickList(const QString &toteId, const Actor &actor, QJsonObject result)
{
    StoreOutcome list = pickList(toteId, actor);
    if (!list.ok())
        return list;
    result.insert(QStringLiteral("pickList"), list.json);
    StoreOutcome outcome;
    outcome.json = result;
    return outcome;
}

StoreOutcome PickStore::claim(const QString &toteId, const Actor &actor)
{
    StoreOutcome outcome = audited(toteId, actor, QStringLiteral("claim"), [&](QJsonObject *details) {
        const auto tote = loadTote(toteId, actor.storeId);
        if (!tote)
            return noSuchTote(toteId);
        if (tote->status != QLatin1String("awaiting-pick") && tote->status != QLatin1String("picking"))
            return refuse(Error::Conflict, QStringLiteral("not-pickable"),
                          QStringLiteral("The tote is %1, not waiting to be picked.").arg(tote->status),
                          {{QStringLiteral("toteStatus"), tote->status}});
        if (tote->claimLive() && tote->claimAssociateId != actor.associateId)
            return refuse(Error::Conflict, QStringLiteral("claimed"),
                          QStringLiteral("%1 (%2) is picking this tote until %3.")
                              .arg(tote->claimName, tote->claimStaffNumber,
                                   tote->claimExpiresAt.toString(QStringLiteral("HH:mm"))),
                          {{QStringLiteral("claim"), claimJson(*tote, actor.associateId)}});
        if (!tote->claimAssociateId.isEmpty() && !tote->claimLive())
            details->insert(QStringLiteral("expiredClaimOf"), tote->claimAssociateId);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString expiresAt = now.addSecs(m_claimSeconds).toString(Qt::ISODateWithMs);
        if (!m_sql.exec(QStringLiteral("DELETE FROM tote_claims WHERE tote_id = ?"), {toteId})
            || !m_sql.exec(
                QStringLiteral("INSERT INTO tote_claims (tote_id, associate_id, claimed_at, expires_at) "
                               "VALUES (?, ?, ?, ?)"),
                {toteId, actor.associateId, now.toString(Qt::ISODateWithMs), expiresAt})
            || !m_sql.exec(QStringLiteral("UPDATE totes SET status = 'picking', updated_at = ? WHERE id = ?"),
                           {now.toString(Qt::ISODateWithMs), toteId}))
            return failed();
        details->insert(QStringLiteral("expiresAt"), expiresAt);
        return StoreOutcome();
    });
    if (!outcome.ok())
        return outcome;
    notify(actor.storeId);
    return pickList(toteId, actor);
}

StoreOutcome PickStore::release(const QString &toteId, const Actor &actor)
{
    StoreOutcome outcome = audited(toteId, actor, QStringLiteral("release"), [&](QJsonObject *) {
        const auto tote = loadTote(toteId, actor.storeId);
        if (!tote)
            return noSuchTote(toteId);
        // Your own claim may be released even after it expired; someone else's never.
        if (tote->claimAssociateId != actor.associateId)
            return requireClaim(tote, toteId, actor);
        if (!m_sql.exec(QStringLiteral("DELETE FROM tote_claims WHERE tote_id = ?"), {toteId})
            || !m_sql.exec(QStringLiteral("UPDATE totes SET status = 'awaiting-pick', updated_at = ? "
                                          "WHERE id = ? AND status = 'picking'"),
                           {nowText(), toteId}))
            return failed();
        return StoreOutcome();
    });
    if (!outcome.ok())
        return outcome;
    notify(actor.storeId);
    return pickList(toteId, actor);
}

bool PickStore::releaseAll(const Actor &actor)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen()
        || !m_sql.exec(
            QStringLiteral("UPDATE totes SET status = 'awaiting-pick', updated_at = ? WHERE status = "
                           "'picking' AND id IN (SELECT tote_id FROM tote_claims WHERE associate_id = ?)"),
            {nowText(), actor.associateId})
        || !m_sql.exec(QStringLiteral("DELETE FROM tote_claims WHERE associate_id = ?"), {actor.associateId})
        || !transaction.commit())
        return false;
    notify(actor.storeId);
    return true;
}

// ---- picking ----------------------------------------------------------------------------------------

bool PickStore::savePickLine(const QString &toteId, const PickLine &line, const QString &now)
{
    return m_sql.exec(
        QStringLiteral(
            "INSERT INTO pick_lines (tote_id, line_id, picked, short, substitute_variant_id, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tote_id, line_id) DO UPDATE SET "
            "picked = excluded.picked, short = excluded.short, "
            "substitute_variant_id = excluded.substitute_variant_id, updated_at = excluded.updated_at"),
        {toteId, line.lineId, line.picked, line.shortQty,
         line.substitute.id.isEmpty() ? nullText() : QVariant(line.substitute.id), now});
}

StoreOutcome PickStore::pick(const QString &toteId, const Actor &actor, const QString &code,
                             const std::optional<VariantRef> &scanned, const QString &lineId, int qty)
{
    QJsonObject result;
    StoreOutcome outcome = audited(toteId, actor, QStringLiteral("pick"), [&](QJsonObject *details) {
        details->insert(QStringLiteral("code"), code.left(100));
        const auto tote = loadTote(toteId, actor.storeId);
        if (auto refused = requireClaim(tote, toteId, actor); !refused.ok())
            return refused;
        if (!scanned)
            return refuse(Error::Unprocessable, QStringLiteral("unknown-code"),
                          QStringLiteral("Nothing in the catalogue has the code %1; scan the item's barcode.")
                              .arg(code.left(64)));
        QList<PickLine> lines = loadLines(*tote);
        QList<PickLine *> sameProduct;
        for (auto &line : lines) {
            if (line.isPick() && line.productId == scanned->productId
                && (lineId.isEmpty() || line.lineId == lineId))
                sameProduct.append(&line);
        }
        if (sameProduct.isEmpty()) {
            QString name;
            if (auto q =
                    m_sql.run(QStringLiteral("SELECT name FROM products WHERE id = ?"), {scanned->productId});
                q && q->next())
                name = q->value(0).toString();
            return refuse(Error::Unprocessable, QStringLiteral("not-in-tote"),
                          lineId.isEmpty()
                              ? QStringLiteral("Wrong product: %1 is not in this tote.").arg(name)
                              : QStringLiteral("Wrong product: %1 is not on that line.").arg(name));
        }
        QSet<QString> wanted;
        for (const auto *line : std::as_const(sameProduct))
            wanted.insert(line->effective().id);
        // A code that names the product but no variant (a product page URL) is enough only when
        // the tote wants one variant of it.
        const QString variantId =
            scanned->variantId.isEmpty() && wanted.size() == 1 ? *wanted.cbegin() : scanned->variantId;
        QList<PickLine *> matching;
        for (auto *line : std::as_const(sameProduct)) {
            if (line->effective().id == variantId)
                matching.append(line);
        }
        if (matching.isEmpty()) {
            QStringList expected(wanted.cbegin(), wanted.cend());
            expected.sort();
            QStringList labels;
            for (const auto *line : std::as_const(sameProduct))
                labels.append(variantLabel(line->effective().color, line->effective().size));
            labels.removeDuplicates();
            QString scannedLabel;
            if (auto q =
                    m_sql.run(QStringLiteral("SELECT color, size FROM variants WHERE id = ?"), {variantId});
                q && q->next())
                scannedLabel = variantLabel(q->value(0).toString(), q->value(1).toString());
            return refuse(Error::Unprocessable, QStringLiteral("wrong-variant"),
                          QStringLiteral("Wrong variant: the tote wants %1 in %2, not %3.")
                              .arg(sameProduct.first()->name, labels.join(QStringLiteral(" or ")),
                                   scannedLabel.isEmpty() ? QStringLiteral("this one") : scannedLabel),
                          {{QStringLiteral("expected"), QJsonArray::fromStringList(expected)}});
        }
        PickLine *target = nullptr;
        for (auto *line : std::as_const(matching)) {
            if (line->remaining() >= qty) {
                target = line;
                break;
            }
        }
        if (!target)
            return refuse(
                Error::Conflict, QStringLiteral("over-pick"),
                QStringLiteral("Over-pick: %1 %2 is already picked (or short) in full; put it back.")
                    .arg(matching.first()->name,
                         variantLabel(matching.first()->effective().color,
                                      matching.first()->effective().size)));
        target->picked += qty;
        if (!savePickLine(toteId, *target, nowText()) || !extendClaim(toteId))
            return failed();
        details->insert(QStringLiteral("lineId"), target->lineId);
        details->insert(QStringLiteral("variantId"), variantId);
        details->insert(QStringLiteral("qty"), qty);
        result = {{QStringLiteral("result"), QStringLiteral("picked")},
                  {QStringLiteral("lineId"), target->lineId},
                  {QStringLiteral("picked"), target->picked},
                  {QStringLiteral("short"), target->shortQty},
                  {QStringLiteral("qty"), target->qty},
                  {QStringLiteral("state"), target->state()}};
        return StoreOutcome();
    });
    return outcome.ok() ? answerWithPickList(toteId, actor, result) : outcome;
}

StoreOutcome PickStore::markShort(const QString &toteId, const Actor &actor, const QString &lineId,
                                  std::optional<int> qty)
{
    QJsonObject result;
    StoreOutcome outcome = audited(toteId, actor, QStringLiteral("short"), [&](QJsonObject *details) {
        const auto tote = loadTote(toteId, actor.storeId);
        if (auto refused = requireClaim(tote, toteId, actor); !refused.ok())
            return refused;
        QList<PickLine> lines = loadLines(*tote);
        const auto it = std::find_if(lines.begin(), lines.end(), [&](const PickLine &line) {
            return line.lineId == lineId && line.isPick();
        });
        if (it == lines.end())
            return StoreOutcome::fail(
                Error::NotFound, QStringLiteral("The tote has no line \"%1\" to pick.").arg(lineId.left(64)));
        const int units = qty.value_or(it->remaining());
        if (units < 1 || units > it->remaining())
            return refuse(
                Error::Conflict, QStringLiteral("over-pick"),
                QStringLiteral("Only %1 of %2 are still to pick.").arg(it->remaining()).arg(it->name));
        it->shortQty += units;
        if (!savePickLine(toteId, *it, nowText()) || !extendClaim(toteId))
            return failed();
        details->insert(QStringLiteral("lineId"), lineId);
        details->insert(QStringLiteral("qty"), units);
        result = {{QStringLiteral("result"), QStringLiteral("short")},
                  {QStringLiteral("lineId"), lineId},
                  {QStringLiteral("picked"), it->picked},
                  {QStringLiteral("short"), it->shortQty},
                  {QStringLiteral("qty"), it->qty},
                  {QStringLiteral("state"), it->state()}};
        return StoreOutcome();
    });
    return outcome.ok() ? answerWithPickList(toteId, actor, result) : outcome;
}

StoreOutcome PickStore::substitute(const QString &toteId, const Actor &actor, const QString &lineId,
                                   const QString &variantId)
{
    QJsonObject result;
    StoreOutcome outcome = audited(toteId, actor, QStringLiteral("substitute"), [&](QJsonObject *details) {
        const auto tote = loadTote(toteId, actor.storeId);
        if (auto refused = requireClaim(tote, toteId, actor); !refused.ok())
            return refused;
        QList<PickLine> lines = loadLines(*tote);
        const auto it = std::find_if(lines.begin(), lines.end(), [&](const PickLine &line) {
            return line.lineId == lineId && line.isPick();
        });
        if (it == lines.end())
            return StoreOutcome::fail(
                Error::NotFound, QStringLiteral("The tote has no line \"%1\" to pick.").arg(lineId.left(64)));
        QString productId;
        if (auto q = m_sql.run(QStringLiteral("SELECT product_id FROM variants WHERE id = ?"), {variantId});
            q && q->next())
            productId = q->value(0).toString();
        if (productId != it->productId)
            return refuse(Error::Unprocessable, QStringLiteral("other-product"),
                          QStringLiteral("\"%1\" is not a variant of %2.").arg(variantId.left(64), it->name));
        if (variantId == it->effective().id)
            return refuse(Error::Unprocessable, QStringLiteral("same-variant"),
                          QStringLiteral("The line already wants that variant."));
        if (it->picked > 0)
            return refuse(Error::Conflict, QStringLiteral("already-picked"),
                          QStringLiteral("Units of this line are already picked; put them back and mark the "
                                         "line short instead."));
        details->insert(QStringLiteral("lineId"), lineId);
        details->insert(QStringLiteral("from"), it->effective().id);
        details->insert(QStringLiteral("to"), variantId);
        details->insert(QStringLiteral("shopperConsent"), true);
        // The original variant stays on the tote line; the substitute is what gets picked and paid.
        it->substitute.id = variantId;
        if (variantId == it->variant.id)
            it->substitute.id.clear(); // back to what the shopper chose
        if (!savePickLine(toteId, *it, nowText()) || !extendClaim(toteId))
            return failed();
        result = {{QStringLiteral("result"), QStringLiteral("substituted")},
                  {QStringLiteral("lineId"), lineId},
                  {QStringLiteral("picked"), it->picked},
                  {QStringLiteral("short"), it->shortQty},
                  {QStringLiteral("qty"), it->qty},
                  {QStringLiteral("state"), it->state()}};
        return StoreOutcome();
    });
    return outcome.ok() ? answerWithPickList(toteId, actor, result) : outcome;
}

// ---- completion -------------------------------------------------------------------------------------

StoreOutcome PickStore::complete(const QString &toteId, const Actor &actor)
{
    QJsonObject result;
    StoreOutcome outcome = audited(toteId, actor, QStringLiteral("complete"), [&](QJsonObject *details) {
        const auto tote = loadTote(toteId, actor.storeId);
        if (auto refused = requireClaim(tote, toteId, actor); !refused.ok())
            return refused;
        const QList<PickLine> lines = loadLines(*tote);
        QStringList unresolved;
        for (const auto &line : lines) {
            if (line.isPick() && line.remaining() > 0)
                unresolved.append(line.lineId);
        }
        if (!unresolved.isEmpty())
            return refuse(
                Error::Conflict, QStringLiteral("unresolved-lines"),
                QStringLiteral("%1 line(s) are neither picked nor marked short.").arg(unresolved.size()),
                {{QStringLiteral("lineIds"), QJsonArray::fromStringList(unresolved)}});
        // The till gets one entry per variant actually handed over.
        QJsonArray tillItems;
        QHash<QString, qsizetype> tillIndex;
        qint64 tillTotal = 0;
        QJsonArray shortItems;
        QJsonArray shipItems;
        qint64 shipTotal = 0;
        QStringList shipCartLines;
        for (const auto &line : lines) {
            const auto &variant = line.isPick() ? line.effective() : line.variant;
            const int units = line.isPick() ? line.picked : line.qty;
            const qint64 unitPrice = line.isPick() ? line.tillPrice() : line.unitPrice;
            if (line.isPick() && line.shortQty > 0)
                shortItems.append(QJsonObject {{QStringLiteral("lineId"), line.lineId},
                                               {QStringLiteral("variantId"), line.effective().id},
                                               {QStringLiteral("qty"), line.shortQty}});
            if (units <= 0)
                continue;
            QJsonObject item {{QStringLiteral("gtin"), variant.gtin.isEmpty() ? QJsonValue() : variant.gtin},
                              {QStringLiteral("productId"), line.productId},
                              {QStringLiteral("variantId"), variant.id},
                              {QStringLiteral("name"), line.name},
                              {QStringLiteral("qty"), units},
                              {QStringLiteral("unitPrice"), price(unitPrice)}};
            if (!line.isPick()) {
                shipItems.append(item);
                shipTotal += units * unitPrice;
                continue;
            }
            tillTotal += units * unitPrice;
            const QString key = variant.id + QLatin1Char('\n') + QString::number(unitPrice);
            if (auto found = tillIndex.constFind(key); found != tillIndex.constEnd()) {
                QJsonObject merged = tillItems.at(*found).toObject();
                merged.insert(QStringLiteral("qty"), merged.value(QStringLiteral("qty")).toInt() + units);
                tillItems.replace(*found, merged);
            } else {
                tillIndex.insert(key, tillItems.size());
                tillItems.append(item);
            }
        }
        {
            auto q = m_sql.run(
                QStringLiteral("SELECT cart_line_id FROM tote_lines WHERE tote_id = ? AND removed = 0 "
                               "AND fulfilment = 'ship' AND cart_line_id IS NOT NULL "
                               "AND cart_detached = 0"),
                {toteId});
            while (q && q->next())
                shipCartLines.append(q->value(0).toString());
        }
        const QString now = nowText();
        QJsonObject ship {{QStringLiteral("disposition"), QStringLiteral("none")}};
        if (!shipItems.isEmpty() && tote->customerId.isEmpty()) {
            ship = {{QStringLiteral("disposition"), QStringLiteral("not-ordered")},
                    {QStringLiteral("lines"), shipItems}};
        } else if (!shipItems.isEmpty()) {
            const QString orderId = newId();
            if (!m_sql.exec(
                    QStringLiteral("INSERT INTO orders (id, customer_id, store_id, tote_id, status, total, "
                                   "created_at) VALUES (?, ?, ?, ?, 'placed', ?, ?)"),
                    {orderId, tote->customerId, tote->storeId, toteId, shipTotal, now}))
                return failed();
            for (qsizetype i = 0; i < shipItems.size(); ++i) {
                const QJsonObject item = shipItems.at(i).toObject();
                if (!m_sql.exec(
                        QStringLiteral("INSERT INTO order_lines (order_id, position, product_id, variant_id, "
                                       "qty, unit_price) VALUES (?, ?, ?, ?, ?, ?)"),
                        {orderId, int(i + 1), item.value(QStringLiteral("productId")).toString(),
                         item.value(QStringLiteral("variantId")).toString(),
                         item.value(QStringLiteral("qty")).toInt(),
                         item.value(QStringLiteral("unitPrice"))
                             .toObject()
                             .value(QStringLiteral("amount"))
                             .toInteger()}))
                    return failed();
            }
            // Ordered now: the cart lines these tote lines fed leave the online cart, and the cart's
            // version moves on so the phone reads it again.
            for (const auto &cartLine : std::as_const(shipCartLines)) {
                if (!m_sql.exec(QStringLiteral("UPDATE cart_lines SET removed = 1, removed_by = 'order', "
                                               "updated_at = ? WHERE id = ?"),
                                {now, cartLine}))
                    return failed();
            }
            if (!shipCartLines.isEmpty()
                && !m_sql.exec(QStringLiteral("UPDATE carts SET version = version + 1, updated_at = ? "
                                              "WHERE customer_id = ?"),
                               {now, tote->customerId}))
                return failed();
            ship = {{QStringLiteral("disposition"), QStringLiteral("order")},
                    {QStringLiteral("order"),
                     QJsonObject {{QStringLiteral("id"), orderId},
                                  {QStringLiteral("customerId"), tote->customerId},
                                  {QStringLiteral("lines"), shipItems},
                                  {QStringLiteral("total"), price(shipTotal)}}}};
            details->insert(QStringLiteral("orderId"), orderId);
        }
        if (!m_sql.exec(QStringLiteral(
                            "UPDATE totes SET status = 'completed', status_changed_at = ?, updated_at = ?, "
                            "version = version + 1 WHERE id = ?"),
                        {now, now, toteId})
            || !m_sql.exec(QStringLiteral("DELETE FROM tote_claims WHERE tote_id = ?"), {toteId}))
            return failed();
        details->insert(QStringLiteral("tillItems"), tillItems.size());
        details->insert(QStringLiteral("tillTotal"), tillTotal);
        details->insert(QStringLiteral("ship"), ship.value(QStringLiteral("disposition")));
        result = {{QStringLiteral("toteId"), toteId},
                  {QStringLiteral("status"), QStringLiteral("completed")},
                  {QStringLiteral("till"),
                   QJsonObject {{QStringLiteral("qr"), toteQr(toteId)},
                                {QStringLiteral("items"), tillItems},
                                {QStringLiteral("total"), price(tillTotal)}}},
                  {QStringLiteral("shortItems"), shortItems},
                  {QStringLiteral("ship"), ship}};
        return StoreOutcome();
    });
    if (!outcome.ok())
        return outcome;
    notify(actor.storeId);
    outcome.json = result;
    return outcome;
}

} // namespace Omnitote::Server
