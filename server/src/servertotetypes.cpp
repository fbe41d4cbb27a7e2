// SPDX-License-Identifier: MIT
#include "servertotetypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Omnitote::Server {

namespace {

const QStringList &sourceNames()
{
    static const QStringList names {QStringLiteral("scan"), QStringLiteral("nfc"), QStringLiteral("search"),
                                    QStringLiteral("related"), QStringLiteral("manual")};
    return names;
}

std::optional<LineOp::Type> typeFromName(QStringView name)
{
    for (auto type :
         {LineOp::Type::Add, LineOp::Type::SetQty, LineOp::Type::Remove, LineOp::Type::SetFulfilment}) {
        if (name == LineOp::typeName(type))
            return type;
    }
    return std::nullopt;
}

/** Reads one op object; `where` names it in messages ("op 3 (opId …)"). */
bool parseOne(const QJsonObject &object, OpsDialect dialect, const QString &where, LineOp *op, QString *error)
{
    const auto fail = [&](const QString &why) {
        *error = where + QStringLiteral(": ") + why;
        return false;
    };
    const auto type = typeFromName(object.value(QStringLiteral("type")).toString());
    if (!type)
        return fail(QStringLiteral("unknown op type \"%1\" (add, setQty, remove, setFulfilment)")
                        .arg(object.value(QStringLiteral("type")).toString().left(40)));
    op->type = *type;
    op->opId = object.value(QStringLiteral("opId")).toString();
    if (dialect == OpsDialect::Tote && !isClientId(op->opId))
        return fail(QStringLiteral("\"opId\" must be 1-64 characters of A-Z a-z 0-9 . _ : -"));
    op->lineId = object.value(QStringLiteral("lineId")).toString();
    const bool needsLineId = dialect == OpsDialect::Tote || op->type != LineOp::Type::Add;
    if (needsLineId && !isClientId(op->lineId))
        return fail(QStringLiteral("\"lineId\" must be 1-64 characters of A-Z a-z 0-9 . _ : -"));

    if (op->type == LineOp::Type::Add || op->type == LineOp::Type::SetQty) {
        const auto qty = object.value(QStringLiteral("qty"));
        const double value = qty.toDouble(0);
        if (!qty.isDouble() || value != double(qint64(value)) || value < 1 || value > maxLineQty)
            return fail(QStringLiteral("\"qty\" must be a whole number from 1 to %1").arg(maxLineQty));
        op->qty = int(value);
    }
    const auto fulfilment = object.value(QStringLiteral("fulfilment"));
    if (!fulfilment.isUndefined() || op->type == LineOp::Type::SetFulfilment) {
        op->fulfilment = fulfilmentFromName(fulfilment.toString());
        if (!op->fulfilment)
            return fail(QStringLiteral("\"fulfilment\" must be take, pickup or ship"));
    }
    if (op->type == LineOp::Type::Add) {
        op->productId = object.value(QStringLiteral("productId")).toString();
        op->variantId = object.value(QStringLiteral("variantId")).toString();
        if (op->productId.isEmpty() || op->productId.size() > 64 || op->variantId.isEmpty()
            || op->variantId.size() > 64)
            return fail(QStringLiteral("\"productId\" and \"variantId\" are required"));
        op->source = object.value(QStringLiteral("source")).toString(QStringLiteral("manual"));
        if (!sourceNames().contains(op->source))
            return fail(
                QStringLiteral("\"source\" must be one of %1").arg(sourceNames().join(QStringLiteral(", "))));
    }
    return true;
}

} // namespace

QString fulfilmentName(Fulfilment fulfilment)
{
    switch (fulfilment) {
    case Fulfilment::Take:
        return QStringLiteral("take");
    case Fulfilment::Pickup:
        return QStringLiteral("pickup");
    case Fulfilment::Ship:
        return QStringLiteral("ship");
    }
    return {};
}

std::optional<Fulfilment> fulfilmentFromName(QStringView name)
{
    for (auto fulfilment : {Fulfilment::Take, Fulfilment::Pickup, Fulfilment::Ship}) {
        if (name == fulfilmentName(fulfilment))
            return fulfilment;
    }
    return std::nullopt;
}

QString LineOp::typeName(Type type)
{
    switch (type) {
    case Type::Add:
        return QStringLiteral("add");
    case Type::SetQty:
        return QStringLiteral("setQty");
    case Type::Remove:
        return QStringLiteral("remove");
    case Type::SetFulfilment:
        return QStringLiteral("setFulfilment");
    }
    return {};
}

bool isClientId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

std::optional<QList<LineOp>> parseOps(const QByteArray &body, OpsDialect dialect, QString *error)
{
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const auto ops = document.object().value(QStringLiteral("ops"));
    if (!document.isObject() || !ops.isArray()) {
        *error = QStringLiteral("The body must be a JSON object with an \"ops\" array.");
        return std::nullopt;
    }
    const auto array = ops.toArray();
    if (array.isEmpty() || array.size() > maxOpsPerBatch) {
        *error = QStringLiteral("\"ops\" must hold 1 to %1 operations (got %2).")
                     .arg(maxOpsPerBatch)
                     .arg(array.size());
        return std::nullopt;
    }
    QList<LineOp> parsed;
    parsed.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto object = array.at(i).toObject();
        const QString opId = object.value(QStringLiteral("opId")).toString().left(64);
        const QString where = opId.isEmpty() ? QStringLiteral("op %1").arg(i)
                                             : QStringLiteral("op %1 (opId %2)").arg(i).arg(opId);
        LineOp op;
        if (!array.at(i).isObject()) {
            *error = where + QStringLiteral(": not a JSON object");
            return std::nullopt;
        }
        if (!parseOne(object, dialect, where, &op, error))
            return std::nullopt;
        parsed.append(op);
    }
    return parsed;
}

} // namespace Omnitote::Server
