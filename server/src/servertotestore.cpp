// SPDX-License-Identifier: MIT
#include "servertotestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QUuid>

#include <algorithm>
#include <map>

Q_LOGGING_CATEGORY(lcTotes, "omnitote.server.totes")

namespace Omnitote::Server {

namespace {

using Error = StoreOutcome::Error;

// Totes in these states may be found by their pickup code, so codes are unique among them.
constexpr auto kLiveStatuses = "('open', 'awaiting-pick', 'picking')";

/** Four characters a person reads out without confusion (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
QString newPickupCode()
{
    static const QLatin1String alphabet("ACDEFGHJKMNPQRTUVWXY34679");
    QString code;
    for (int i = 0; i < 4; ++i)
        code.append(QChar(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())))));
    return code;
}

QString maskEmail(const QString &email)
{
    // Enough for the shopper to recognise, too little to harvest from a kiosk screen.
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return QStringLiteral("***");
    return email.left(1) + QStringLiteral("***") + email.mid(at);
}

QString lineKey(const QString &productId, const QString &variantId)
{
    return productId + QLatin1Char('\n') + variantId;
}

QJsonObject opAnswer(const LineOp &op, const char *status, qint64 version, const QString &reason = {})
{
    QJsonObject answer {{QStringLiteral("opId"), op.opId},
                        {QStringLiteral("type"), LineOp::typeName(op.type)},
                        {QStringLiteral("lineId"), op.lineId},
                        {QStringLiteral("status"), QLatin1String(status)},
                        {QStringLiteral("version"), version}};
    if (!reason.isEmpty())
        answer.insert(QStringLiteral("reason"), reason);
    return answer;
}

} // namespace

ToteStore::ToteStore(QSqlDatabase &db, StatementCache &statements, QString currency)
    : m_db(db), m_sql(statements), m_currency(std::move(currency))
{ }

StoreOutcome ToteStore::failed()
{
    qCWarning(lcTotes) << "storage failure:" << m_sql.lastError() << m_db.lastError().text();
    return StoreOutcome::fail(Error::Failed, QStringLiteral("The database could not complete the request."));
}

QJsonObject ToteStore::price(qint64 amount) const
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), m_currency}};
}

// ---- totes ----------------------------------------------------------------------------------------

StoreOutcome ToteStore::createTote(const QString &storeId, const QString &requestedId,
                                   const QString &deviceLabel)
{
    const QString id = requestedId.isEmpty() ? newId() : requestedId;
    if (auto existing = loadTote(id)) {
        // A kiosk that created the tote offline retries the create: the same tote again.
        if (existing->storeId != storeId)
            return StoreOutcome::fail(Error::Conflict,
                                      QStringLiteral("The tote id \"%1\" is already taken.").arg(id));
        StoreOutcome outcome;
        outcome.json = toteJson(*existing);
        return outcome;
    }
    const QString now = nowText();
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString code = newPickupCode();
        auto taken = m_sql.run(QStringLiteral("SELECT 1 FROM totes WHERE store_id = ? AND pickup_code = ? "
                                              "AND status IN %1")
                                   .arg(QLatin1String(kLiveStatuses)),
                               {storeId, code});
        if (!taken)
            return failed();
        if (taken->next())
            continue;
        taken = ActiveQuery();
        // Another server process may take the same code in between; the unique index refuses the
        // second insert and we try another code.
        if (!m_sql.exec(QStringLiteral("INSERT INTO totes (id, store_id, device_label, pickup_code, status, "
                                       "version, created_at, updated_at, status_changed_at) "
                                       "VALUES (?, ?, ?, ?, 'open', 1, ?, ?, ?)"),
                        {id, storeId, deviceLabel, code, now, now, now})) {
            if (loadTote(id))
                return createTote(storeId, requestedId, deviceLabel);
            continue;
        }
        const auto tote = loadTote(id);
        if (!tote)
            return failed();
        StoreOutcome outcome;
        outcome.created = true;
        outcome.json = toteJson(*tote);
        return outcome;
    }
    return failed();
}

std::optional<ToteStore::ToteRow> ToteStore::loadTote(const QString &toteId)
{
    auto q =
        m_sql.run(QStringLiteral(
                      "SELECT t.id, t.store_id, t.pickup_code, t.status, t.version, t.customer_id, cu.email, "
                      "c.id, t.created_at, t.updated_at FROM totes t "
                      "LEFT JOIN customers cu ON cu.id = t.customer_id "
                      "LEFT JOIN carts c ON c.customer_id = t.customer_id WHERE t.id = ?"),
                  {toteId});
    if (!q || !q->next())
        return std::nullopt;
    return ToteRow {q->value(0).toString(), q->value(1).toString(),   q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toLongLong(), q->value(5).toString(),
                    q->value(6).toString(), q->value(7).toString(),   q->value(8).toString(),
                    q->value(9).toString()};
}

StoreOutcome ToteStore::tote(const QString &toteId, const QString &storeId)
{
    const auto row = loadTote(toteId);
    // Another store's tote is answered like a missing one: its existence is not the kiosk's business.
    if (!row || (!storeId.isEmpty() && row->storeId != storeId))
        return StoreOutcome::fail(
            Error::NotFound, QStringLiteral("There is no tote \"%1\" in this store.").arg(toteId.left(64)));
    StoreOutcome outcome;
    outcome.json = toteJson(*row);
    return outcome;
}

QJsonObject ToteStore::toteJson(const ToteRow &tote, const QSet<QString> *onlyLines)
{
    QJsonArray lines;
    std::array<std::pair<qint64, qint64>, 3> totals {}; // qty, amount by Fulfilment
    const QString columns = QStringLiteral(
        "SELECT tl.line_id, tl.product_id, tl.variant_id, tl.qty, tl.fulfilment, tl.unit_price, "
        "tl.source, tl.created_at, p.name, v.color, v.size, tl.position FROM tote_lines tl "
        "LEFT JOIN products p ON p.id = tl.product_id "
        "LEFT JOIN variants v ON v.id = tl.variant_id WHERE tl.tote_id = ? AND tl.removed = 0 ");
    std::map<qint64, QJsonObject> byPosition; // changed lines arrive chunk by chunk
    QSet<QString> live;
    const auto addLine = [&](const QSqlQuery &q) {
        const int qty = q.value(3).toInt();
        const qint64 unitPrice = q.value(5).toLongLong();
        const auto fulfilment = fulfilmentFromName(q.value(4).toString()).value_or(Fulfilment::Take);
        if (!onlyLines) {
            totals[size_t(fulfilment)].first += qty;
            totals[size_t(fulfilment)].second += qty * unitPrice;
        }
        live.insert(q.value(0).toString());
        byPosition.emplace(q.value(11).toLongLong(),
                           QJsonObject {{QStringLiteral("lineId"), q.value(0).toString()},
                                        {QStringLiteral("productId"), q.value(1).toString()},
                                        {QStringLiteral("variantId"), q.value(2).toString()},
                                        {QStringLiteral("qty"), qty},
                                        {QStringLiteral("fulfilment"), fulfilmentName(fulfilment)},
                                        {QStringLiteral("unitPrice"), price(unitPrice)},
                                        {QStringLiteral("source"), q.value(6).toString()},
                                        {QStringLiteral("addedAt"), q.value(7).toString()},
                                        {QStringLiteral("name"), q.value(8).toString()},
                                        {QStringLiteral("color"), q.value(9).toString()},
                                        {QStringLiteral("size"), q.value(10).toString()}});
    };
    if (onlyLines) {
        forEachInChunks(columns + QStringLiteral("AND tl.line_id IN (%1)"), {tote.id}, onlyLines->values(),
                        addLine);
        // Totals still cover the whole tote; the database adds them up without shipping the lines.
        auto q =
            m_sql.run(QStringLiteral("SELECT fulfilment, SUM(qty), SUM(qty * unit_price) FROM tote_lines "
                                     "WHERE tote_id = ? AND removed = 0 GROUP BY fulfilment"),
                      {tote.id});
        while (q && q->next()) {
            const auto fulfilment = fulfilmentFromName(q->value(0).toString()).value_or(Fulfilment::Take);
            totals[size_t(fulfilment)].first += q->value(1).toLongLong();
            totals[size_t(fulfilment)].second += q->value(2).toLongLong();
        }
    } else if (auto q = m_sql.run(columns + QStringLiteral("ORDER BY tl.position"), {tote.id})) {
        while (q->next())
            addLine(*q);
    }
    for (const auto &entry : byPosition)
        lines.append(entry.second);
    QJsonObject totalsJson;
    qint64 allQty = 0;
    qint64 allAmount = 0;
    for (auto fulfilment : {Fulfilment::Take, Fulfilment::Pickup, Fulfilment::Ship}) {
        const auto total = totals[size_t(fulfilment)];
        allQty += total.first;
        allAmount += total.second;
        totalsJson.insert(fulfilmentName(fulfilment),
                          QJsonObject {{QStringLiteral("qty"), total.first},
                                       {QStringLiteral("amount"), price(total.second)}});
    }
    totalsJson.insert(
        QStringLiteral("all"),
        QJsonObject {{QStringLiteral("qty"), allQty}, {QStringLiteral("amount"), price(allAmount)}});
    QJsonObject json {
        {QStringLiteral("id"), tote.id},
        {QStringLiteral("storeId"), tote.storeId},
        {QStringLiteral("pickupCode"), tote.pickupCode},
        {QStringLiteral("status"), tote.status},
        {QStringLiteral("version"), tote.version},
        {QStringLiteral("customer"),
         tote.customerId.isEmpty() ? QJsonValue()
                                   : QJsonObject {{QStringLiteral("id"), tote.customerId},
                                                  {QStringLiteral("email"), maskEmail(tote.customerEmail)}}},
        {QStringLiteral("cartId"), tote.cartId.isEmpty() ? QJsonValue() : QJsonValue(tote.cartId)},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("totals"), totalsJson},
        {QStringLiteral("createdAt"), tote.createdAt},
        {QStringLiteral("updatedAt"), tote.updatedAt}};
    if (onlyLines) {
        // Lines the batch named that are not live (any more): the client drops them.
        QJsonArray removed;
        for (const QString &lineId : *onlyLines) {
            if (!live.contains(lineId))
                removed.append(lineId);
        }
        json.insert(QStringLiteral("linesIncluded"), QStringLiteral("changed"));
        json.insert(QStringLiteral("removedLineIds"), removed);
    }
    return json;
}

namespace {

ToteStore::ToteLine toteLineFrom(const QSqlQuery &q)
{
    ToteStore::ToteLine line;
    line.lineId = q.value(0).toString();
    line.position = q.value(1).toInt();
    line.productId = q.value(2).toString();
    line.variantId = q.value(3).toString();
    line.qty = q.value(4).toInt();
    line.fulfilment = fulfilmentFromName(q.value(5).toString()).value_or(Fulfilment::Take);
    line.unitPrice = q.value(6).toLongLong();
    line.source = q.value(7).toString();
    line.removed = q.value(8).toInt() != 0;
    line.cartLineId = q.value(9).toString();
    line.cartDetached = q.value(10).toInt() != 0;
    return line;
}

constexpr auto kToteLineColumns = "SELECT line_id, position, product_id, variant_id, qty, fulfilment, "
                                  "unit_price, source, removed, cart_line_id, cart_detached "
                                  "FROM tote_lines WHERE tote_id = ?";

} // namespace

bool ToteStore::forEachInChunks(const QString &sqlTemplate, const QVariantList &leading,
                                const QStringList &keys, const std::function<void(const QSqlQuery &)> &row)
{
    // A fixed number of placeholders keeps one prepared statement per SQL text; unused ones get "",
    // which no client id can be. One round trip per 50 keys instead of one per key.
    constexpr int chunk = 50;
    const QString sql = sqlTemplate.arg(QStringList(chunk, QStringLiteral("?")).join(QLatin1Char(',')));
    for (qsizetype start = 0; start < keys.size(); start += chunk) {
        QVariantList values = leading;
        for (qsizetype i = start; i < start + chunk; ++i)
            values.append(i < keys.size() ? keys.at(i) : QString());
        auto q = m_sql.run(sql, values);
        if (!q)
            return false;
        while (q->next())
            row(*q);
    }
    return true;
}

QHash<QString, ToteStore::ToteLine> ToteStore::loadToteLines(const QString &toteId, int *maxPosition)
{
    QHash<QString, ToteLine> lines;
    *maxPosition = 0;
    auto q = m_sql.run(QLatin1String(kToteLineColumns), {toteId});
    while (q && q->next()) {
        ToteLine line = toteLineFrom(*q);
        *maxPosition = std::max(*maxPosition, line.position);
        lines.insert(line.lineId, line);
    }
    return lines;
}

bool ToteStore::loadToteLines(const QString &toteId, const QStringList &lineIds,
                              QHash<QString, ToteLine> *lines)
{
    return forEachInChunks(QLatin1String(kToteLineColumns) + QStringLiteral(" AND line_id IN (%1)"), {toteId},
                           lineIds, [lines](const QSqlQuery &q) {
                               ToteLine line = toteLineFrom(q);
                               lines->insert(line.lineId, line);
                           });
}

bool ToteStore::countLines(const QString &toteId, BatchLines *counts)
{
    auto q = m_sql.run(QStringLiteral("SELECT COALESCE(MAX(position), 0), "
                                      "COALESCE(SUM(CASE WHEN removed = 0 THEN 1 ELSE 0 END), 0) "
                                      "FROM tote_lines WHERE tote_id = ?"),
                       {toteId});
    if (!q || !q->next())
        return false;
    counts->maxPosition = q->value(0).toInt();
    counts->live = q->value(1).toInt();
    return true;
}

bool ToteStore::saveToteLines(const QString &toteId, const QHash<QString, ToteLine> &lines,
                              const QString &now)
{
    for (const auto &line : lines) {
        if (!line.dirty)
            continue;
        const QVariant cartLine = line.cartLineId.isEmpty() ? nullText() : QVariant(line.cartLineId);
        if (line.isNew) {
            if (!m_sql.exec(QStringLiteral("INSERT INTO tote_lines (tote_id, line_id, position, product_id, "
                                           "variant_id, qty, fulfilment, unit_price, source, removed, "
                                           "cart_line_id, cart_detached, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {toteId, line.lineId, line.position, line.productId, line.variantId, line.qty,
                             fulfilmentName(line.fulfilment), line.unitPrice, line.source,
                             line.removed ? 1 : 0, cartLine, line.cartDetached ? 1 : 0, now, now}))
                return false;
        } else if (!m_sql.exec(QStringLiteral("UPDATE tote_lines SET qty = ?, fulfilment = ?, removed = ?, "
                                              "cart_line_id = ?, cart_detached = ?, updated_at = ? "
                                              "WHERE tote_id = ? AND line_id = ?"),
                               {line.qty, fulfilmentName(line.fulfilment), line.removed ? 1 : 0, cartLine,
                                line.cartDetached ? 1 : 0, now, toteId, line.lineId})) {
            return false;
        }
    }
    return true;
}

std::optional<ToteStore::CatalogVariant> ToteStore::catalogVariant(const QString &productId,
                                                                   const QString &variantId)
{
    auto q = m_sql.run(QStringLiteral("SELECT v.price, p.online_only FROM variants v JOIN products p "
                                      "ON p.id = v.product_id WHERE v.id = ? AND v.product_id = ?"),
                       {variantId, productId});
    if (!q || !q->next())
        return std::nullopt;
    return CatalogVariant {q->value(0).toLongLong(), q->value(1).toInt() != 0};
}

StoreOutcome ToteStore::applyOps(const QString &toteId, const QString &storeId, const QList<LineOp> &ops,
                                 AnswerLines answerLines)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return failed();
    auto tote = loadTote(toteId);
    if (!tote || tote->storeId != storeId)
        return StoreOutcome::fail(
            Error::NotFound, QStringLiteral("There is no tote \"%1\" in this store.").arg(toteId.left(64)));
    // Only the lines this batch names are loaded (and answered, on request): a batch costs what it
    // carries, not what the tote holds.
    QSet<QString> touched;
    for (const auto &op : ops)
        touched.insert(op.lineId);
    QHash<QString, ToteLine> lines;
    if (!loadToteLines(toteId, touched.values(), &lines))
        return failed();
    // Only an add needs the line count and the last position; read them once, before any op
    // of the batch changes them.
    BatchLines counts;
    const bool adds =
        std::any_of(ops.cbegin(), ops.cend(), [](const LineOp &op) { return op.type == LineOp::Type::Add; });
    if (adds && !countLines(toteId, &counts))
        return failed();
    CartState cartState;
    CartState *cart = nullptr;
    if (!tote->cartId.isEmpty()) {
        if (!loadCart(tote->cartId, &cartState))
            return failed();
        cart = &cartState;
    }

    const qint64 startVersion = tote->version;
    QHash<QString, std::pair<QString, QString>> seenBefore; // opId -> (tote id, stored answer)
    if (!findAppliedOps(ops, &seenBefore))
        return failed();
    QJsonArray results;
    QHash<QString, QJsonObject> answered; // op ids of this request, for duplicates inside it
    QList<std::pair<LineOp, QJsonObject>> fresh; // applied now, to be logged
    int replayed = 0;
    for (const auto &op : ops) {
        if (auto it = answered.constFind(op.opId); it != answered.constEnd()) {
            results.append(it.value());
            ++replayed;
            continue;
        }
        if (auto it = seenBefore.constFind(op.opId); it != seenBefore.constEnd()) {
            if (it->first != toteId)
                return StoreOutcome::fail(
                    Error::Conflict,
                    QStringLiteral("opId %1 was already used for another tote; op ids must be unique.")
                        .arg(op.opId),
                    {{QStringLiteral("opId"), op.opId}});
            const auto answer = QJsonDocument::fromJson(it->second.toUtf8()).object();
            answered.insert(op.opId, answer);
            results.append(answer);
            ++replayed;
            continue;
        }
        if (tote->status != QLatin1String("open"))
            return StoreOutcome::fail(
                Error::Conflict,
                QStringLiteral("The tote is %1 and takes no more changes.").arg(tote->status),
                {{QStringLiteral("toteStatus"), tote->status}});
        StoreOutcome applied = applyToteOp(op, lines, counts, cart);
        if (!applied.ok())
            return applied;
        QJsonObject answer = applied.json;
        if (answer.value(QStringLiteral("status")).toString() == QLatin1String("applied"))
            ++tote->version;
        answer.insert(QStringLiteral("version"), tote->version);
        answered.insert(op.opId, answer);
        fresh.append({op, answer});
        results.append(answer);
    }

    if (!fresh.isEmpty()) {
        const QString now = nowText();
        if (!saveToteLines(toteId, lines, now))
            return failed();
        if (!logOps(toteId, fresh, now))
            return failed();
        // The version check guards against a second server process writing the same tote.
        if (m_sql.execCount(QStringLiteral("UPDATE totes SET version = ?, updated_at = ? "
                                           "WHERE id = ? AND version = ?"),
                            {tote->version, now, toteId, startVersion})
            != 1)
            return StoreOutcome::fail(Error::Conflict,
                                      QStringLiteral("The tote changed meanwhile; send the batch again."));
        if (cart && !saveCart(*cart, now))
            return failed();
        tote->updatedAt = now;
    }
    if (!transaction.commit())
        return failed();
    StoreOutcome outcome;
    outcome.json = toteJson(*tote, answerLines == AnswerLines::Changed ? &touched : nullptr);
    outcome.json.insert(QStringLiteral("results"), results);
    outcome.json.insert(QStringLiteral("applied"), int(fresh.size()));
    outcome.json.insert(QStringLiteral("replayed"), replayed);
    return outcome;
}

int ToteStore::pruneOpLog(const QDateTime &cutoff, QString *error)
{
    Transaction transaction(m_db);
    const QString before = cutoff.toUTC().toString(Qt::ISODateWithMs);
    const QString now = nowText();
    int deleted = -1;
    if (transaction.isOpen()
        // updated_at stays: it is what the pruning below goes by.
        && m_sql.execCount(QStringLiteral("UPDATE totes SET status = 'expired', status_changed_at = ? "
                                          "WHERE status = 'open' AND updated_at < ?"),
                           {now, before})
            >= 0)
        deleted =
            m_sql.execCount(QStringLiteral("DELETE FROM tote_ops WHERE tote_id IN (SELECT id FROM totes "
                                           "WHERE status <> 'open' AND updated_at < ?)"),
                            {before});
    if (deleted < 0 || !transaction.commit()) {
        *error = m_sql.lastError();
        return -1;
    }
    if (deleted > 0)
        qCInfo(lcTotes) << "op log: pruned" << deleted << "records of totes closed before" << before;
    return deleted;
}

bool ToteStore::findAppliedOps(const QList<LineOp> &ops, QHash<QString, std::pair<QString, QString>> *seen)
{
    QStringList ids;
    ids.reserve(ops.size());
    for (const auto &op : ops)
        ids.append(op.opId);
    return forEachInChunks(
        QStringLiteral("SELECT op_id, tote_id, answer FROM tote_ops WHERE op_id IN (%1)"), {}, ids,
        [seen](const QSqlQuery &q) {
            seen->insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
        });
}

bool ToteStore::logOps(const QString &toteId, const QList<std::pair<LineOp, QJsonObject>> &fresh,
                       const QString &now)
{
    // Rows go in groups of 20 per INSERT (one statement, one round trip); the rest one by one.
    constexpr int group = 20;
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
    const QString insert =
        QStringLiteral("INSERT INTO tote_ops (op_id, tote_id, type, line_id, tote_version, "
                       "answer, applied_at) VALUES ");
    const QString groupSql = insert + QStringList(group, row).join(QStringLiteral(", "));
    const QString singleSql = insert + row;
    qsizetype start = 0;
    while (start < fresh.size()) {
        const bool whole = fresh.size() - start >= group;
        const qsizetype end = whole ? start + group : start + 1;
        QVariantList values;
        for (qsizetype i = start; i < end; ++i) {
            const auto &[op, answer] = fresh.at(i);
            values << op.opId << toteId << LineOp::typeName(op.type) << op.lineId
                   << answer.value(QStringLiteral("version")).toInteger()
                   << QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)) << now;
        }
        if (!m_sql.exec(whole ? groupSql : singleSql, values))
            return false;
        start = end;
    }
    return true;
}

StoreOutcome ToteStore::applyToteOp(const LineOp &op, QHash<QString, ToteLine> &lines, BatchLines &counts,
                                    CartState *cart)
{
    const auto it = lines.find(op.lineId);
    if (op.type == LineOp::Type::Add) {
        const auto variant = catalogVariant(op.productId, op.variantId);
        if (!variant)
            return StoreOutcome::fail(Error::Invalid,
                                      QStringLiteral("op %1: there is no variant \"%2\" of product \"%3\".")
                                          .arg(op.opId, op.variantId.left(64), op.productId.left(64)),
                                      {{QStringLiteral("opId"), op.opId}});
        const Fulfilment fulfilment =
            op.fulfilment.value_or(variant->onlineOnly ? Fulfilment::Ship : Fulfilment::Take);
        if (variant->onlineOnly && fulfilment != Fulfilment::Ship)
            return StoreOutcome::fail(
                Error::Invalid,
                QStringLiteral("op %1: product \"%2\" is sold online only and can only be shipped.")
                    .arg(op.opId, op.productId),
                {{QStringLiteral("opId"), op.opId}});
        const bool comesBack = it == lines.end() || it->removed;
        if (comesBack && counts.live >= maxToteLines)
            return StoreOutcome::fail(
                Error::Conflict,
                QStringLiteral("op %1: the tote already holds %2 lines, the most one tote may hold.")
                    .arg(op.opId)
                    .arg(maxToteLines),
                {{QStringLiteral("opId"), op.opId},
                 {QStringLiteral("reason"), QStringLiteral("tote-full")},
                 {QStringLiteral("maxLines"), maxToteLines}});
        ToteLine *line = nullptr;
        if (it == lines.end()) {
            ToteLine fresh;
            fresh.lineId = op.lineId;
            fresh.position = ++counts.maxPosition;
            fresh.productId = op.productId;
            fresh.variantId = op.variantId;
            fresh.unitPrice = variant->price;
            fresh.source = op.source;
            fresh.isNew = true;
            line = &lines.insert(op.lineId, fresh).value();
        } else if (!it->removed || it->productId != op.productId || it->variantId != op.variantId) {
            return StoreOutcome::fail(
                Error::Invalid,
                QStringLiteral("op %1: line %2 is already in the tote%3; use setQty, or a new lineId.")
                    .arg(op.opId, op.lineId,
                         it->removed ? QStringLiteral(" with another product") : QString()),
                {{QStringLiteral("opId"), op.opId}});
        } else {
            line = &it.value(); // an undo: the removed line comes back
        }
        ++counts.live; // a new line, or a removed one back
        line->qty = op.qty;
        line->fulfilment = fulfilment;
        line->removed = false;
        line->dirty = true;
        if (cart && !line->cartDetached) {
            if (line->cartLineId.isEmpty())
                mergeIntoCart(*line, *cart);
            else
                CartMerge::storeAdd(cart->lines[line->cartLineId], line->qty, line->fulfilment,
                                    line->unitPrice);
        }
        return {Error::None, {}, opAnswer(op, "applied", 0), false, 0};
    }

    if (it == lines.end())
        return StoreOutcome::fail(
            Error::Conflict,
            QStringLiteral("op %1: line %2 is not in the tote; send the op that adds it first.")
                .arg(op.opId, op.lineId),
            {{QStringLiteral("opId"), op.opId}, {QStringLiteral("lineId"), op.lineId}});
    ToteLine &line = it.value();
    if (line.removed)
        return {Error::None, {}, opAnswer(op, "ignored", 0, QStringLiteral("line removed")), false, 0};
    CartLine *cartLine =
        cart && !line.cartDetached && !line.cartLineId.isEmpty() ? &cart->lines[line.cartLineId] : nullptr;
    switch (op.type) {
    case LineOp::Type::SetQty:
        if (cartLine)
            CartMerge::storeSetQty(*cartLine, line.qty, op.qty);
        line.qty = op.qty;
        break;
    case LineOp::Type::Remove:
        if (cartLine)
            CartMerge::storeRemove(*cartLine, line.qty);
        line.removed = true;
        --counts.live;
        break;
    case LineOp::Type::SetFulfilment: {
        const auto variant = catalogVariant(line.productId, line.variantId);
        if (variant && variant->onlineOnly && *op.fulfilment != Fulfilment::Ship)
            return StoreOutcome::fail(
                Error::Invalid,
                QStringLiteral("op %1: product \"%2\" is sold online only and can only be shipped.")
                    .arg(op.opId, line.productId),
                {{QStringLiteral("opId"), op.opId}});
        if (cartLine)
            CartMerge::setFulfilment(*cartLine, *op.fulfilment);
        line.fulfilment = *op.fulfilment;
        break;
    }
    case LineOp::Type::Add:
        break;
    }
    line.dirty = true;
    return {Error::None, {}, opAnswer(op, "applied", 0), false, 0};
}

void ToteStore::mergeIntoCart(ToteLine &line, CartState &cart)
{
    CartLine &cartLine = cart.lineFor(line.productId, line.variantId);
    CartMerge::storeAdd(cartLine, line.qty, line.fulfilment, line.unitPrice);
    line.cartLineId = cartLine.id;
    line.dirty = true;
}

StoreOutcome ToteStore::linkCustomer(const QString &toteId, const QString &storeId, const QString &customerId)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return failed();
    auto tote = loadTote(toteId);
    if (!tote || tote->storeId != storeId)
        return StoreOutcome::fail(
            Error::NotFound, QStringLiteral("There is no tote \"%1\" in this store.").arg(toteId.left(64)));
    if (!tote->customerId.isEmpty() && tote->customerId != customerId)
        return StoreOutcome::fail(Error::Conflict,
                                  QStringLiteral("The tote is already linked to another customer."));
    if (tote->status != QLatin1String("open"))
        return StoreOutcome::fail(
            Error::Conflict, QStringLiteral("The tote is %1 and takes no more changes.").arg(tote->status));
    const auto who = customer(customerId);
    if (!who)
        return StoreOutcome::fail(Error::NotFound, QStringLiteral("The customer no longer exists."));
    CartState cart;
    if (!loadCart(who->cartId, &cart))
        return failed();
    int maxPosition = 0;
    auto lines = loadToteLines(toteId, &maxPosition);
    for (auto &line : lines) {
        if (!line.removed && !line.cartDetached && line.cartLineId.isEmpty())
            mergeIntoCart(line, cart);
    }
    const QString now = nowText();
    if (tote->customerId.isEmpty()) {
        ++tote->version;
        if (m_sql.execCount(QStringLiteral("UPDATE totes SET customer_id = ?, version = ?, updated_at = ? "
                                           "WHERE id = ? AND version = ?"),
                            {customerId, tote->version, now, toteId, tote->version - 1})
            != 1)
            return StoreOutcome::fail(Error::Conflict,
                                      QStringLiteral("The tote changed meanwhile; try again."));
    }
    if (!saveToteLines(toteId, lines, now) || !saveCart(cart, now) || !transaction.commit())
        return failed();
    tote = loadTote(toteId);
    if (!tote)
        return failed();
    StoreOutcome outcome;
    outcome.json = toteJson(*tote);
    outcome.json.insert(QStringLiteral("cart"), cartJson(cart.cartId, cart.version, customerId));
    outcome.cartVersion = cart.version;
    return outcome;
}

// ---- customers ------------------------------------------------------------------------------------

std::optional<CustomerRecord> ToteStore::insertCustomer(const QString &email, const QString &loyaltyNumber,
                                                        const QString &now)
{
    const CustomerRecord record {newId(), email, loyaltyNumber, newId()};
    if (!m_sql.exec(QStringLiteral("INSERT INTO customers (id, email, loyalty_number, created_at) "
                                   "VALUES (?, ?, ?, ?)"),
                    {record.id, email, loyaltyNumber.isEmpty() ? nullText() : QVariant(loyaltyNumber), now})
        || !m_sql.exec(QStringLiteral("INSERT INTO carts (id, customer_id, version, created_at, updated_at) "
                                      "VALUES (?, ?, 1, ?, ?)"),
                       {record.cartId, record.id, now, now}))
        return std::nullopt;
    return record;
}

std::optional<CustomerRecord> ToteStore::addCustomer(const QString &email, const QString &loyaltyNumber,
                                                     QString *error)
{
    Transaction transaction(m_db);
    const auto record = transaction.isOpen() ? insertCustomer(email, loyaltyNumber, nowText()) : std::nullopt;
    if (!record || !transaction.commit()) {
        *error = m_sql.lastError();
        return std::nullopt;
    }
    return record;
}

std::optional<CustomerRecord> ToteStore::findOrInsertCustomer(const QString &emailKey, const QString &now)
{
    // Addresses typed at a kiosk are compared without case; customers added by the CLI may differ.
    if (auto q =
            m_sql.run(QStringLiteral("SELECT id FROM customers WHERE lower(email) = ? ORDER BY created_at"),
                      {emailKey});
        q && q->next()) {
        const QString id = q->value(0).toString();
        q = ActiveQuery();
        return customer(id);
    }
    return insertCustomer(emailKey, QString(), now);
}

std::optional<CustomerRecord> ToteStore::verifiedCustomer(const QString &emailKey, QString *error)
{
    Transaction transaction(m_db);
    const QString now = nowText();
    const auto record = transaction.isOpen() ? findOrInsertCustomer(emailKey, now) : std::nullopt;
    if (!record
        || !m_sql.exec(QStringLiteral("UPDATE customers SET email_verified_at = ? "
                                      "WHERE id = ? AND email_verified_at IS NULL"),
                       {now, record->id})
        || !transaction.commit()) {
        *error = m_sql.lastError();
        return std::nullopt;
    }
    return record;
}

StoreOutcome ToteStore::mergeForEmail(const QString &toteId, const QString &storeId, const QString &emailKey,
                                      const std::function<StoreOutcome(const EmailedTote &)> &beforeCommit,
                                      const std::function<std::optional<StoreOutcome>()> &beforeCustomer)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return failed();
    const auto tote = loadTote(toteId);
    if (!tote || tote->storeId != storeId)
        return StoreOutcome::fail(
            Error::NotFound, QStringLiteral("There is no tote \"%1\" in this store.").arg(toteId.left(64)));
    int maxPosition = 0;
    const auto lines = loadToteLines(toteId, &maxPosition);
    QList<const ToteLine *> live;
    for (const auto &line : lines) {
        if (!line.removed)
            live.append(&line);
    }
    if (live.isEmpty())
        return StoreOutcome::fail(Error::Conflict, QStringLiteral("The tote is empty; add something first."),
                                  {{QStringLiteral("reason"), QStringLiteral("tote-empty")}});
    std::sort(live.begin(), live.end(),
              [](const ToteLine *a, const ToteLine *b) { return a->position < b->position; });
    if (beforeCustomer) {
        if (auto refused = beforeCustomer())
            return *refused;
    }
    const QString now = nowText();
    const auto who = findOrInsertCustomer(emailKey, now);
    if (!who)
        return failed();
    QSet<QString> merged;
    if (auto q = m_sql.run(
            QStringLiteral("SELECT line_id FROM tote_email_merges WHERE tote_id = ? AND customer_id = ?"),
            {toteId, who->id})) {
        while (q->next())
            merged.insert(q->value(0).toString());
    }
    CartState cart;
    if (!loadCart(who->cartId, &cart))
        return failed();
    EmailedTote emailed {toteId, storeId, *who, {}};
    bool changed = false;
    for (const ToteLine *line : std::as_const(live)) {
        emailed.lines.append({line->productId, line->variantId, line->qty, line->unitPrice});
        // A line already in this customer's cart (merged before, or the tote is linked to them)
        // is not added twice.
        const bool inCart = tote->customerId == who->id && !line->cartLineId.isEmpty() && !line->cartDetached;
        if (inCart || merged.contains(line->lineId))
            continue;
        CartMerge::storeAdd(cart.lineFor(line->productId, line->variantId), line->qty, line->fulfilment,
                            line->unitPrice);
        if (!m_sql.exec(
                QStringLiteral("INSERT INTO tote_email_merges (tote_id, line_id, customer_id, merged_at) "
                               "VALUES (?, ?, ?, ?)"),
                {toteId, line->lineId, who->id, now}))
            return failed();
        changed = true;
    }
    if (changed && !saveCart(cart, now))
        return failed();
    StoreOutcome outcome = beforeCommit(emailed);
    if (!outcome.ok())
        return outcome;
    if (!transaction.commit())
        return failed();
    return outcome;
}

std::optional<CustomerRecord> ToteStore::customer(const QString &customerId)
{
    auto q = m_sql.run(QStringLiteral("SELECT cu.id, cu.email, cu.loyalty_number, c.id FROM customers cu "
                                      "JOIN carts c ON c.customer_id = cu.id WHERE cu.id = ?"),
                       {customerId});
    if (!q || !q->next())
        return std::nullopt;
    return CustomerRecord {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                           q->value(3).toString()};
}

std::optional<CustomerRecord> ToteStore::customerByEmail(const QString &email)
{
    QString id;
    if (auto q = m_sql.run(QStringLiteral("SELECT id FROM customers WHERE email = ?"), {email});
        q && q->next())
        id = q->value(0).toString();
    return id.isEmpty() ? std::nullopt : customer(id);
}

QByteArray ToteStore::qrSecret(QString *error)
{
    std::array<quint32, 8> random;
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray fresh =
        QByteArray(reinterpret_cast<const char *>(random.data()), sizeof(random)).toHex();
    // Whoever inserts first wins; everyone then reads the same key.
    if (!m_sql.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('customer-qr-secret', ?) "
                                   "ON CONFLICT (key) DO NOTHING"),
                    {QString::fromLatin1(fresh)})) {
        *error = m_sql.lastError();
        return {};
    }
    auto q = m_sql.run(QStringLiteral("SELECT value FROM meta WHERE key = 'customer-qr-secret'"));
    if (!q || !q->next()) {
        *error = m_sql.lastError();
        return {};
    }
    return QByteArray::fromHex(q->value(0).toString().toLatin1());
}

// ---- carts ----------------------------------------------------------------------------------------

CartLine &ToteStore::CartState::lineFor(const QString &productId, const QString &variantId)
{
    const QString key = lineKey(productId, variantId);
    if (auto it = idByKey.constFind(key); it != idByKey.constEnd())
        return lines[it.value()];
    CartLine line;
    line.id = newId();
    line.productId = productId;
    line.variantId = variantId;
    line.isNew = true;
    line.removed = true; // not in the cart yet: the add that follows starts it
    idByKey.insert(key, line.id);
    return lines.insert(line.id, line).value();
}

bool ToteStore::loadCart(const QString &cartId, CartState *cart)
{
    cart->cartId = cartId;
    {
        auto q = m_sql.run(QStringLiteral("SELECT version FROM carts WHERE id = ?"), {cartId});
        if (!q || !q->next())
            return false;
        cart->version = q->value(0).toLongLong();
    }
    auto q =
        m_sql.run(QStringLiteral("SELECT id, product_id, variant_id, qty, store_qty, fulfilment, unit_price, "
                                 "origin, removed, removed_by, position FROM cart_lines WHERE cart_id = ?"),
                  {cartId});
    if (!q)
        return false;
    while (q->next()) {
        CartLine line;
        line.id = q->value(0).toString();
        line.productId = q->value(1).toString();
        line.variantId = q->value(2).toString();
        line.qty = q->value(3).toInt();
        line.storeQty = q->value(4).toInt();
        line.fulfilment = fulfilmentFromName(q->value(5).toString()).value_or(Fulfilment::Ship);
        line.unitPrice = q->value(6).toLongLong();
        line.origin = q->value(7).toString();
        line.removed = q->value(8).toInt() != 0;
        line.removedBy = q->value(9).toString();
        cart->maxPosition = std::max(cart->maxPosition, q->value(10).toInt());
        cart->idByKey.insert(lineKey(line.productId, line.variantId), line.id);
        cart->lines.insert(line.id, line);
    }
    return true;
}

bool ToteStore::saveCart(CartState &cart, const QString &now)
{
    bool changed = !cart.detachedLineIds.isEmpty();
    for (auto &line : cart.lines) {
        if (!line.dirty)
            continue;
        changed = true;
        const QVariant removedBy = line.removedBy.isEmpty() ? nullText() : QVariant(line.removedBy);
        if (line.isNew) {
            if (!m_sql.exec(
                    QStringLiteral("INSERT INTO cart_lines (id, cart_id, product_id, variant_id, qty, "
                                   "store_qty, fulfilment, unit_price, origin, removed, removed_by, "
                                   "position, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {line.id, cart.cartId, line.productId, line.variantId, line.qty, line.storeQty,
                     fulfilmentName(line.fulfilment), line.unitPrice, line.origin, line.removed ? 1 : 0,
                     removedBy, ++cart.maxPosition, now, now}))
                return false;
            line.isNew = false;
        } else if (!m_sql.exec(QStringLiteral("UPDATE cart_lines SET qty = ?, store_qty = ?, fulfilment = ?, "
                                              "unit_price = ?, removed = ?, removed_by = ?, updated_at = ? "
                                              "WHERE id = ?"),
                               {line.qty, line.storeQty, fulfilmentName(line.fulfilment), line.unitPrice,
                                line.removed ? 1 : 0, removedBy, now, line.id})) {
            return false;
        }
        line.dirty = false;
    }
    for (const auto &id : std::as_const(cart.detachedLineIds)) {
        if (!m_sql.exec(QStringLiteral("UPDATE tote_lines SET cart_detached = 1 WHERE cart_line_id = ?"),
                        {id}))
            return false;
    }
    if (!changed)
        return true;
    if (m_sql.execCount(
            QStringLiteral("UPDATE carts SET version = ?, updated_at = ? WHERE id = ? AND version = ?"),
            {cart.version + 1, now, cart.cartId, cart.version})
        != 1)
        return false;
    ++cart.version;
    return true;
}

QJsonObject ToteStore::cartJson(const QString &cartId, qint64 version, const QString &customerId)
{
    QJsonArray lines;
    qint64 qtyTotal = 0;
    qint64 amountTotal = 0;
    auto q = m_sql.run(
        QStringLiteral("SELECT cl.id, cl.product_id, cl.variant_id, cl.qty, cl.store_qty, cl.fulfilment, "
                       "cl.unit_price, cl.origin, cl.updated_at, p.name, v.color, v.size FROM cart_lines cl "
                       "LEFT JOIN products p ON p.id = cl.product_id "
                       "LEFT JOIN variants v ON v.id = cl.variant_id "
                       "WHERE cl.cart_id = ? AND cl.removed = 0 ORDER BY cl.position"),
        {cartId});
    while (q && q->next()) {
        const int qty = q->value(3).toInt();
        const qint64 unitPrice = q->value(6).toLongLong();
        qtyTotal += qty;
        amountTotal += qty * unitPrice;
        lines.append(QJsonObject {{QStringLiteral("lineId"), q->value(0).toString()},
                                  {QStringLiteral("productId"), q->value(1).toString()},
                                  {QStringLiteral("variantId"), q->value(2).toString()},
                                  {QStringLiteral("qty"), qty},
                                  {QStringLiteral("storeQty"), q->value(4).toInt()},
                                  {QStringLiteral("fulfilment"), q->value(5).toString()},
                                  {QStringLiteral("unitPrice"), price(unitPrice)},
                                  {QStringLiteral("origin"), q->value(7).toString()},
                                  {QStringLiteral("updatedAt"), q->value(8).toString()},
                                  {QStringLiteral("name"), q->value(9).toString()},
                                  {QStringLiteral("color"), q->value(10).toString()},
                                  {QStringLiteral("size"), q->value(11).toString()}});
    }
    return {
        {QStringLiteral("id"), cartId},
        {QStringLiteral("customerId"), customerId},
        {QStringLiteral("version"), version},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("totals"),
         QJsonObject {{QStringLiteral("qty"), qtyTotal}, {QStringLiteral("amount"), price(amountTotal)}}}};
}

StoreOutcome ToteStore::cart(const QString &cartId)
{
    auto q = m_sql.run(QStringLiteral("SELECT version, customer_id FROM carts WHERE id = ?"), {cartId});
    if (!q || !q->next())
        return StoreOutcome::fail(Error::NotFound,
                                  QStringLiteral("There is no cart \"%1\".").arg(cartId.left(64)));
    const qint64 version = q->value(0).toLongLong();
    const QString customerId = q->value(1).toString();
    q = ActiveQuery();
    StoreOutcome outcome;
    outcome.json = cartJson(cartId, version, customerId);
    outcome.cartVersion = version;
    return outcome;
}

bool ToteStore::storeMaySeeCart(const QString &cartId, const QString &storeId)
{
    auto q = m_sql.run(QStringLiteral("SELECT 1 FROM totes t JOIN carts c ON c.customer_id = t.customer_id "
                                      "WHERE c.id = ? AND t.store_id = ? AND t.status = 'open'"),
                       {cartId, storeId});
    return q && q->next();
}

StoreOutcome ToteStore::applyCartOps(const QString &cartId, qint64 expectedVersion, const QList<LineOp> &ops)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return failed();
    CartState cart;
    if (!loadCart(cartId, &cart))
        return StoreOutcome::fail(Error::NotFound,
                                  QStringLiteral("There is no cart \"%1\".").arg(cartId.left(64)));
    if (cart.version != expectedVersion)
        return StoreOutcome::fail(Error::PreconditionFailed,
                                  QStringLiteral("The cart is at version %1, not %2: read it again and "
                                                 "reapply your change.")
                                      .arg(cart.version)
                                      .arg(expectedVersion),
                                  {{QStringLiteral("version"), cart.version}});
    for (const auto &op : ops) {
        StoreOutcome applied = applyCartOp(op, cart);
        if (!applied.ok())
            return applied;
    }
    if (!saveCart(cart, nowText()) || !transaction.commit())
        return failed();
    StoreOutcome outcome = this->cart(cartId);
    return outcome;
}

StoreOutcome ToteStore::applyCartOp(const LineOp &op, CartState &cart)
{
    const auto invalid = [](const QString &detail) {
        return StoreOutcome::fail(Error::Invalid, detail);
    };
    if (op.type == LineOp::Type::Add) {
        const auto variant = catalogVariant(op.productId, op.variantId);
        if (!variant)
            return invalid(QStringLiteral("There is no variant \"%1\" of product \"%2\".")
                               .arg(op.variantId.left(64), op.productId.left(64)));
        const Fulfilment fulfilment = op.fulfilment.value_or(Fulfilment::Ship);
        if (fulfilment == Fulfilment::Take || (variant->onlineOnly && fulfilment != Fulfilment::Ship))
            return invalid(QStringLiteral("Online, \"%1\" can be %2.")
                               .arg(op.productId,
                                    variant->onlineOnly ? QStringLiteral("shipped only")
                                                        : QStringLiteral("shipped or picked up")));
        CartMerge::customerAdd(cart.lineFor(op.productId, op.variantId), op.qty, fulfilment, variant->price);
        return {};
    }
    const auto it = cart.lines.find(op.lineId);
    if (it == cart.lines.end() || it->removed)
        return invalid(QStringLiteral("There is no line \"%1\" in the cart.").arg(op.lineId));
    CartLine &line = it.value();
    switch (op.type) {
    case LineOp::Type::SetQty:
        CartMerge::customerSetQty(line, op.qty);
        break;
    case LineOp::Type::Remove:
        CartMerge::customerRemove(line);
        // The tote lines behind it stop feeding the cart: a store op for them never brings it back.
        cart.detachedLineIds.append(line.id);
        break;
    case LineOp::Type::SetFulfilment: {
        const auto variant = catalogVariant(line.productId, line.variantId);
        if (variant && variant->onlineOnly && *op.fulfilment != Fulfilment::Ship)
            return invalid(
                QStringLiteral("\"%1\" is sold online only and can only be shipped.").arg(line.productId));
        CartMerge::setFulfilment(line, *op.fulfilment);
        break;
    }
    case LineOp::Type::Add:
        break;
    }
    return {};
}

} // namespace Omnitote::Server
