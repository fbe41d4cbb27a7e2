// SPDX-License-Identifier: MIT
#include "totestore.h"

#include "totelogging.h"

#include <totelimits.h>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Omnitote {

namespace {

constexpr int kSchemaVersion = 1;

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS totes (local_id TEXT PRIMARY KEY, server_id TEXT, pickup_code TEXT, "
    "version INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS lines (line_id TEXT PRIMARY KEY, tote TEXT NOT NULL, position INTEGER NOT "
    "NULL, "
    "product_id TEXT NOT NULL, variant_id TEXT NOT NULL, qty INTEGER NOT NULL, fulfilment TEXT NOT NULL, "
    "unit_price INTEGER NOT NULL, currency TEXT NOT NULL, source TEXT NOT NULL, online_only INTEGER NOT "
    "NULL, "
    "name TEXT NOT NULL, variant_text TEXT NOT NULL, image TEXT NOT NULL)",
    // seq orders the outbox; AUTOINCREMENT so a seq is never reused after the newest op was deleted.
    "CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, tote TEXT NOT NULL, "
    "op_id TEXT NOT NULL UNIQUE, body TEXT NOT NULL, quarantined INTEGER NOT NULL DEFAULT 0, reason TEXT)",
    "CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (quarantined, seq)",
};

constexpr auto kLineColumns =
    "line_id, position, product_id, variant_id, qty, fulfilment, unit_price, currency, "
    "source, online_only, name, variant_text, image";

ToteLine lineFromQuery(const QSqlQuery &query)
{
    ToteLine line;
    line.lineId = query.value(0).toString();
    line.position = query.value(1).toLongLong();
    line.productId = query.value(2).toString();
    line.variantId = query.value(3).toString();
    line.qty = query.value(4).toInt();
    line.fulfilment = fulfilmentFromName(query.value(5).toString()).value_or(Fulfilment::Take);
    line.unitPrice = query.value(6).toLongLong();
    line.currency = query.value(7).toString();
    line.source = lineSourceFromName(query.value(8).toString()).value_or(LineSource::Scan);
    line.onlineOnly = query.value(9).toInt() != 0;
    line.productName = query.value(10).toString();
    line.variantText = query.value(11).toString();
    line.imageUrl = query.value(12).toString();
    return line;
}

OutboxOp opFromQuery(const QSqlQuery &query)
{
    OutboxOp op;
    op.seq = query.value(0).toLongLong();
    op.toteId = query.value(1).toString();
    op.opId = query.value(2).toString();
    op.body = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    return op;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and "" means "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1Char(','));
}

} // namespace

ToteStore::ToteStore(QObject *parent) : QObject(parent) { }

ToteStore::~ToteStore()
{
    if (m_connection.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool ToteStore::fail(QString *error, const QString &reason) const
{
    if (error)
        *error = reason;
    return false;
}

bool ToteStore::exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error) const
{
    if (!query.prepare(sql))
        return fail(error, tr("Tote storage error: %1").arg(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(error, tr("Tote storage error: %1").arg(query.lastError().text()));
    return true;
}

bool ToteStore::exec(const QString &sql, const QVariantList &values, QString *error) const
{
    QSqlQuery query(m_db);
    return exec(query, sql, values, error);
}

bool ToteStore::open(const QString &path, QString *error)
{
    m_connection = QStringLiteral("omnitote-tote-") + ToteOps::newUuid();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return fail(error, tr("Cannot open the tote file %1: %2").arg(path, m_db.lastError().text()));
    // WAL: a commit is one append (no rollback journal dance), readers never block the writer.
    // synchronous=FULL: in WAL mode NORMAL is crash-safe for the app but may lose the last commits on a
    // power cut, and the issue promises that a power loss loses nothing the shopper saw added. The cost is
    // one fsync per change, at human speed. secure_delete overwrites what a finished session deleted.
    QSqlQuery pragma(m_db);
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !pragma.next()
        || pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(error, tr("The tote file %1 cannot use write-ahead logging").arg(path));
    for (const char *sql : {"PRAGMA synchronous=FULL", "PRAGMA secure_delete=ON"}) {
        if (!exec(QString::fromLatin1(sql), {}, error))
            return false;
    }
    QSqlQuery version(m_db);
    if (!exec(version, QStringLiteral("PRAGMA user_version"), {}, error) || !version.next())
        return false;
    if (version.value(0).toInt() > kSchemaVersion)
        return fail(error, tr("The tote file %1 was written by a newer version").arg(path));
    for (const char *sql : kSchema) {
        if (!exec(QString::fromLatin1(sql), {}, error))
            return false;
    }
    if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion), {}, error))
        return false;
    if (!loadActiveTote(error))
        return false;
    refreshCounts();
    qCInfo(lcTote) << "tote store" << path << "lines" << m_lines.size() << "pending ops" << m_pending;
    return true;
}

bool ToteStore::loadActiveTote(QString *error)
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT local_id FROM totes WHERE active = 1"), {}, error))
        return false;
    if (!query.next())
        return createActiveTote(error);
    m_activeToteId = query.value(0).toString();
    m_lines.clear();
    QSqlQuery lines(m_db);
    if (!exec(lines,
              QStringLiteral("SELECT %1 FROM lines WHERE tote = ? ORDER BY position")
                  .arg(QLatin1String(kLineColumns)),
              {m_activeToteId}, error))
        return false;
    while (lines.next())
        m_lines.append(lineFromQuery(lines));
    resetIndex();
    return true;
}

void ToteStore::resetIndex()
{
    m_positionOf.clear();
    m_itemCount = 0;
    m_totals = {};
    for (const ToteLine &line : std::as_const(m_lines))
        account(line, 1);
}

void ToteStore::account(const ToteLine &line, int sign)
{
    if (sign > 0)
        m_positionOf.insert(line.lineId, line.position);
    else
        m_positionOf.remove(line.lineId);
    m_itemCount += sign * line.qty;
    m_totals[size_t(line.fulfilment)] += sign * line.lineTotal();
}

bool ToteStore::checkRoomForLine(QString *error) const
{
    // The server refuses more (409 tote-full); refusing here keeps such an op out of the outbox.
    if (m_lines.size() >= ToteLimits::maxLines)
        return fail(error,
                    tr("The tote is full: it holds at most %1 different items").arg(ToteLimits::maxLines));
    return true;
}

bool ToteStore::createActiveTote(QString *error)
{
    const QString id = ToteOps::newUuid();
    if (!exec(QStringLiteral("INSERT INTO totes (local_id, active) VALUES (?, 1)"), {id}, error))
        return false;
    m_activeToteId = id;
    m_lines.clear();
    resetIndex();
    return true;
}

void ToteStore::refreshCounts()
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT quarantined, COUNT(*) FROM outbox GROUP BY quarantined"))) {
        m_pending = 0;
        m_quarantined = 0;
        while (query.next())
            (query.value(0).toInt() ? m_quarantined : m_pending) = query.value(1).toInt();
    }
}

int ToteStore::rowOf(const QString &lineId) const
{
    const auto it = m_positionOf.constFind(lineId);
    if (it == m_positionOf.cend())
        return -1;
    // A restored line keeps its old position, which a later add may have taken too: look at every
    // line of that position (almost always one).
    for (auto at =
             std::lower_bound(m_lines.cbegin(), m_lines.cend(), it.value(),
                              [](const ToteLine &line, qint64 position) { return line.position < position; });
         at != m_lines.cend() && at->position == it.value(); ++at) {
        if (at->lineId == lineId)
            return int(at - m_lines.cbegin());
    }
    return -1;
}

const ToteLine *ToteStore::find(const QString &lineId, QString *error) const
{
    const int row = rowOf(lineId);
    if (row < 0) {
        fail(error, tr("That item is no longer in the tote"));
        return nullptr;
    }
    return &m_lines.at(row);
}

qint64 ToteStore::total(std::optional<Fulfilment> fulfilment) const
{
    if (fulfilment)
        return m_totals[size_t(*fulfilment)];
    return m_totals[0] + m_totals[1] + m_totals[2];
}

QString ToteStore::currency() const
{
    return m_lines.isEmpty() ? QString() : m_lines.first().currency;
}

ToteStore::ToteRecord ToteStore::activeTote() const
{
    return tote(m_activeToteId).value_or(ToteRecord {m_activeToteId, {}, {}, 0, true});
}

std::optional<ToteStore::ToteRecord> ToteStore::tote(const QString &localId) const
{
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT server_id, pickup_code, version, active FROM totes WHERE local_id = ?"),
              {localId}, nullptr)
        || !query.next())
        return std::nullopt;
    return ToteRecord {localId, query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toLongLong(), query.value(3).toInt() != 0};
}

bool ToteStore::commit(const std::function<bool(QString *)> &change, const QJsonObject &op, QString *error)
{
    if (!m_db.transaction())
        return fail(error, tr("Tote storage error: %1").arg(m_db.lastError().text()));
    const bool ok = change(error)
        && exec(QStringLiteral("INSERT INTO outbox (tote, op_id, body) VALUES (?, ?, ?)"),
                {m_activeToteId, op.value(QLatin1String("opId")).toString(),
                 QJsonDocument(op).toJson(QJsonDocument::Compact)},
                error);
    if (!ok || !m_db.commit()) {
        if (ok)
            fail(error, tr("Tote storage error: %1").arg(m_db.lastError().text()));
        m_db.rollback();
        qCWarning(lcTote) << "change not saved:" << (error ? *error : QString());
        return false;
    }
    ++m_pending;
    Q_EMIT outboxChanged();
    return true;
}

bool ToteStore::insertLine(const ToteLine &line, QString *error)
{
    return exec(QStringLiteral("INSERT INTO lines (tote, %1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                    .arg(QLatin1String(kLineColumns)),
                {m_activeToteId, line.lineId, line.position, line.productId, text(line.variantId), line.qty,
                 fulfilmentName(line.fulfilment), line.unitPrice, text(line.currency),
                 lineSourceName(line.source), line.onlineOnly ? 1 : 0, text(line.productName),
                 text(line.variantText), text(line.imageUrl)},
                error);
}

QString ToteStore::add(const NewToteLine &newLine, QString *error)
{
    if (!isOpen()) {
        fail(error, tr("The tote is not available"));
        return {};
    }
    if (newLine.productId.isEmpty()) {
        fail(error, tr("This product cannot be added"));
        return {};
    }
    if (newLine.qty < 1 || newLine.qty > ToteLimits::maxLineQty) {
        fail(error, tr("The quantity must be between 1 and %1").arg(ToteLimits::maxLineQty));
        return {};
    }
    if (newLine.onlineOnly && newLine.fulfilment != Fulfilment::Ship) {
        fail(error, tr("This item is sold online only and can only be shipped"));
        return {};
    }
    if (!checkRoomForLine(error))
        return {};
    ToteLine line;
    static_cast<NewToteLine &>(line) = newLine;
    line.lineId = ToteOps::newUuid();
    line.position = m_lines.isEmpty() ? 1 : m_lines.last().position + 1;
    if (!commit([&](QString *why) { return insertLine(line, why); }, ToteOps::add(line), error))
        return {};
    m_lines.append(line);
    account(line, 1);
    Q_EMIT lineInserted(int(m_lines.size() - 1));
    return line.lineId;
}

QString ToteStore::restore(const ToteLine &removed, QString *error)
{
    if (!checkRoomForLine(error))
        return {};
    ToteLine line = removed;
    // The server removed the old line for good; undo is a new add (new lineId), never a deleted op.
    line.lineId = ToteOps::newUuid();
    if (!commit([&](QString *why) { return insertLine(line, why); }, ToteOps::add(line), error))
        return {};
    const auto at =
        std::upper_bound(m_lines.begin(), m_lines.end(), line.position,
                         [](qint64 position, const ToteLine &other) { return position < other.position; });
    const int row = int(at - m_lines.begin());
    m_lines.insert(row, line);
    account(line, 1);
    Q_EMIT lineInserted(row);
    return line.lineId;
}

bool ToteStore::setQty(const QString &lineId, int qty, QString *error)
{
    const ToteLine *line = find(lineId, error);
    if (!line)
        return false;
    if (qty < 1 || qty > ToteLimits::maxLineQty)
        return fail(error, tr("The quantity must be between 1 and %1").arg(ToteLimits::maxLineQty));
    if (qty == line->qty)
        return true;
    if (!commit(
            [&](QString *why) {
                return exec(QStringLiteral("UPDATE lines SET qty = ? WHERE line_id = ?"), {qty, lineId}, why);
            },
            ToteOps::setQty(lineId, qty), error))
        return false;
    const int row = rowOf(lineId);
    account(m_lines.at(row), -1);
    m_lines[row].qty = qty;
    account(m_lines.at(row), 1);
    Q_EMIT lineChanged(row);
    return true;
}

bool ToteStore::setFulfilment(const QString &lineId, Fulfilment fulfilment, QString *error)
{
    const ToteLine *line = find(lineId, error);
    if (!line)
        return false;
    if (line->onlineOnly && fulfilment != Fulfilment::Ship)
        return fail(error, tr("This item is sold online only and can only be shipped"));
    if (fulfilment == line->fulfilment)
        return true;
    if (!commit(
            [&](QString *why) {
                return exec(QStringLiteral("UPDATE lines SET fulfilment = ? WHERE line_id = ?"),
                            {fulfilmentName(fulfilment), lineId}, why);
            },
            ToteOps::setFulfilment(lineId, fulfilment), error))
        return false;
    const int row = rowOf(lineId);
    account(m_lines.at(row), -1);
    m_lines[row].fulfilment = fulfilment;
    account(m_lines.at(row), 1);
    Q_EMIT lineChanged(row);
    return true;
}

std::optional<ToteLine> ToteStore::remove(const QString &lineId, QString *error)
{
    const ToteLine *line = find(lineId, error);
    if (!line)
        return std::nullopt;
    if (!commit(
            [&](QString *why) {
                return exec(QStringLiteral("DELETE FROM lines WHERE line_id = ?"), {lineId}, why);
            },
            ToteOps::remove(lineId), error))
        return std::nullopt;
    const int row = rowOf(lineId);
    const ToteLine removed = m_lines.takeAt(row);
    account(removed, -1);
    Q_EMIT lineRemoved(row);
    return removed;
}

bool ToteStore::endSession(QString *error)
{
    if (!isOpen())
        return fail(error, tr("The tote is not available"));
    if (!m_db.transaction())
        return fail(error, tr("Tote storage error: %1").arg(m_db.lastError().text()));
    QSqlQuery queued(m_db);
    const QString old = m_activeToteId;
    const bool ok = exec(QStringLiteral("DELETE FROM lines WHERE tote = ?"), {old}, error)
        && exec(queued, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE tote = ?"), {old}, error)
        && queued.next()
        && (queued.value(0).toInt() == 0
                ? exec(QStringLiteral("DELETE FROM totes WHERE local_id = ?"), {old}, error)
                : exec(QStringLiteral("UPDATE totes SET active = 0, pickup_code = NULL WHERE local_id = ?"),
                       {old}, error))
        && createActiveTote(error);
    queued.finish(); // an open statement would keep a read snapshot and block the checkpoint below
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        m_activeToteId = old;
        loadActiveTote(nullptr); // the old tote's lines, which createActiveTote() let go of
        return ok ? fail(error, tr("Tote storage error: %1").arg(m_db.lastError().text())) : false;
    }
    // Fold the WAL back into the file and truncate it, so the deleted lines do not linger in it.
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, nullptr);
    Q_EMIT linesReset();
    Q_EMIT toteChanged();
    return true;
}

QList<OutboxOp> ToteStore::nextBatch(int maxOps) const
{
    QList<OutboxOp> batch;
    QSqlQuery query(m_db);
    // The oldest pending op picks the tote; only that tote's ops follow, still in seq order.
    if (!exec(query,
              QStringLiteral("SELECT seq, tote, op_id, body FROM outbox WHERE quarantined = 0 AND tote = "
                             "(SELECT tote FROM outbox WHERE quarantined = 0 ORDER BY seq LIMIT 1) "
                             "ORDER BY seq LIMIT ?"),
              {maxOps}, nullptr))
        return batch;
    while (query.next())
        batch.append(opFromQuery(query));
    return batch;
}

bool ToteStore::acknowledge(const QList<OutboxOp> &ops, qint64 version, QString *error)
{
    if (ops.isEmpty())
        return true;
    QVariantList seqs;
    for (const OutboxOp &op : ops)
        seqs.append(op.seq);
    const QString tote = ops.first().toteId;
    if (!m_db.transaction())
        return fail(error, tr("Tote storage error: %1").arg(m_db.lastError().text()));
    const bool ok =
        exec(QStringLiteral("DELETE FROM outbox WHERE seq IN (%1)").arg(placeholders(seqs.size())), seqs,
             error)
        && exec(QStringLiteral("UPDATE totes SET version = MAX(version, ?) WHERE local_id = ?"),
                {version, tote}, error)
        // A previous shopper's tote is forgotten once the server has everything.
        && exec(QStringLiteral("DELETE FROM totes WHERE local_id = ? AND active = 0 AND NOT EXISTS "
                               "(SELECT 1 FROM outbox WHERE tote = ?)"),
                {tote, tote}, error);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return ok ? fail(error, tr("Tote storage error: %1").arg(m_db.lastError().text())) : false;
    }
    refreshCounts();
    Q_EMIT outboxChanged();
    if (tote == m_activeToteId)
        Q_EMIT toteChanged();
    return true;
}

bool ToteStore::quarantine(const OutboxOp &op, const QString &reason, QString *error)
{
    if (!exec(QStringLiteral("UPDATE outbox SET quarantined = 1, reason = ? WHERE seq = ?"), {reason, op.seq},
              error))
        return false;
    qCWarning(lcTote) << "op" << op.opId << "set aside:" << reason;
    refreshCounts();
    Q_EMIT outboxChanged();
    return true;
}

QList<QPair<OutboxOp, QString>> ToteStore::quarantinedOps() const
{
    QList<QPair<OutboxOp, QString>> ops;
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral(
                  "SELECT seq, tote, op_id, body, reason FROM outbox WHERE quarantined = 1 ORDER BY seq"),
              {}, nullptr))
        return ops;
    while (query.next())
        ops.append({opFromQuery(query), query.value(4).toString()});
    return ops;
}

bool ToteStore::setServerTote(const QString &localId, const QString &serverId, const QString &pickupCode,
                              qint64 version, QString *error)
{
    // A tote that is no longer active keeps no pickup code: that code would let someone claim it.
    if (!exec(QStringLiteral("UPDATE totes SET server_id = ?, pickup_code = CASE WHEN active = 1 THEN ? END, "
                             "version = ? WHERE local_id = ?"),
              {serverId, pickupCode, version, localId}, error))
        return false;
    if (localId == m_activeToteId)
        Q_EMIT toteChanged();
    return true;
}

} // namespace Omnitote
