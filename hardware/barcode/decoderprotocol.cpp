// SPDX-License-Identifier: MIT
#include "decoderprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace Omnitote::DecoderProtocol {

namespace {

void appendU32(QByteArray &out, std::uint32_t value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

std::uint32_t readU32(const char *bytes, int offset)
{
    std::uint32_t value = 0;
    std::memcpy(&value, bytes + offset, sizeof value);
    return value;
}

} // namespace

QByteArray encodeRequestHeader(const RequestHeader &header)
{
    QByteArray out("OTDQ", 4);
    appendU32(out, header.id);
    appendU32(out, static_cast<std::uint32_t>(header.width));
    appendU32(out, static_cast<std::uint32_t>(header.height));
    appendU32(out, static_cast<std::uint32_t>(header.mode));
    appendU32(out, static_cast<std::uint32_t>(header.step));
    appendU32(out, header.flags);
    return out;
}

std::optional<RequestHeader> decodeRequestHeader(const char *bytes)
{
    if (std::memcmp(bytes, "OTDQ", 4) != 0)
        return std::nullopt;
    RequestHeader header;
    header.id = readU32(bytes, 4);
    const std::uint32_t width = readU32(bytes, 8);
    const std::uint32_t height = readU32(bytes, 12);
    const std::uint32_t mode = readU32(bytes, 16);
    const std::uint32_t step = readU32(bytes, 20);
    header.flags = readU32(bytes, 24);
    if (width == 0 || height == 0 || width > LumaImage::maxDimension || height > LumaImage::maxDimension
        || mode > static_cast<std::uint32_t>(Mode::Stepped) || step > 255
        || (header.flags & ~pixelsInSharedMemory) != 0)
        return std::nullopt;
    header.step = static_cast<int>(step);
    header.width = static_cast<int>(width);
    header.height = static_cast<int>(height);
    header.mode = static_cast<Mode>(mode);
    return header;
}

QByteArray encodeResponse(const Response &response)
{
    QJsonArray barcodes;
    for (const auto &barcode : response.barcodes)
        barcodes.append(barcode.toJson());
    const QByteArray json = QJsonDocument(QJsonObject {{QStringLiteral("barcodes"), barcodes},
                                                       {QStringLiteral("step"), response.step},
                                                       {QStringLiteral("stepsTried"), response.stepsTried}})
                                .toJson(QJsonDocument::Compact);
    QByteArray out("OTDR", 4);
    appendU32(out, response.id);
    appendU32(out, static_cast<std::uint32_t>(json.size()));
    return out + json;
}

std::optional<std::uint32_t> responseLength(const char *header, std::uint32_t *id)
{
    if (std::memcmp(header, "OTDR", 4) != 0)
        return std::nullopt;
    *id = readU32(header, 4);
    const std::uint32_t length = readU32(header, 8);
    if (length > maxResponseLength)
        return std::nullopt;
    return length;
}

std::optional<Response> decodeResponseBody(std::uint32_t id, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    Response response;
    response.id = id;
    for (const auto &value : object.value(QLatin1String("barcodes")).toArray())
        response.barcodes.append(DecodedBarcode::fromJson(value.toObject()));
    response.step = object.value(QLatin1String("step")).toString();
    response.stepsTried = object.value(QLatin1String("stepsTried")).toInt();
    return response;
}

} // namespace Omnitote::DecoderProtocol
