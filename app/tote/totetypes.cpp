// SPDX-License-Identifier: MIT
#include "totetypes.h"

#include <array>
#include <utility>

namespace Omnitote {

namespace {

constexpr std::array<std::pair<Fulfilment, const char *>, 3> kFulfilments {
    {{Fulfilment::Take, "take"}, {Fulfilment::Pickup, "pickup"}, {Fulfilment::Ship, "ship"}}};
constexpr std::array<std::pair<LineSource, const char *>, 4> kSources {{{LineSource::Scan, "scan"},
                                                                        {LineSource::Nfc, "nfc"},
                                                                        {LineSource::Search, "search"},
                                                                        {LineSource::Related, "related"}}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name)
{
    for (const auto &[value, candidate] : table) {
        if (name == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString fulfilmentName(Fulfilment fulfilment)
{
    return nameOf(kFulfilments, fulfilment);
}

std::optional<Fulfilment> fulfilmentFromName(const QString &name)
{
    return valueOf(kFulfilments, name);
}

QString lineSourceName(LineSource source)
{
    return nameOf(kSources, source);
}

std::optional<LineSource> lineSourceFromName(const QString &name)
{
    return valueOf(kSources, name);
}

} // namespace Omnitote
