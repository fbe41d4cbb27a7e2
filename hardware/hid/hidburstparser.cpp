// SPDX-License-Identifier: MIT
#include "hidburstparser.h"

namespace Omnitote {

namespace {

constexpr QChar groupSeparator(0x1D);

bool ends(const HidKey &key, const HidScanConfig &config)
{
    return key.kind == HidKey::Kind::Enter || (key.kind == HidKey::Kind::Tab && config.tabEnds);
}

} // namespace

void HidBurstParser::setConfig(HidScanConfig config)
{
    m_config = std::move(config);
    m_keys.clear();
}

QString HidBurstParser::composedText() const
{
    // Alt+<keypad digits> is how some scanners type characters the layout lacks; the digits form one
    // character when the run ends (the next non-digit key, or the end of the burst).
    QString text;
    int altCode = -1;
    const auto endAltCode = [&] {
        if (altCode >= 0)
            text.append(altCode > 0 && altCode < 0xD800 ? QChar(altCode) : QChar::ReplacementCharacter);
        altCode = -1;
    };
    for (const HidKey &key : m_keys) {
        if (key.kind == HidKey::Kind::AltDigit) {
            altCode = qMin(0xFFFF, qMax(0, altCode) * 10 + key.ch.digitValue());
            continue;
        }
        endAltCode();
        if (key.kind == HidKey::Kind::Char)
            text.append(key.ch);
    }
    endAltCode();
    return text;
}

bool HidBurstParser::couldBePrefixed(const QString &text) const
{
    const QString &prefix = m_config.prefix;
    return prefix.isEmpty()
        || (text.size() < prefix.size() ? prefix.startsWith(text) : text.startsWith(prefix));
}

HidBurstParser::Step HidBurstParser::finish(Step step)
{
    const QString raw = composedText();
    QString text = raw;
    const bool prefixed = text.startsWith(m_config.prefix);
    text.remove(0, prefixed ? m_config.prefix.size() : 0);
    if (!m_config.suffix.isEmpty() && text.endsWith(m_config.suffix))
        text.chop(m_config.suffix.size());
    if (!m_config.gsSubstitute.isEmpty())
        text.replace(m_config.gsSubstitute, QString(groupSeparator));
    if (prefixed && text.size() >= m_config.minLength) {
        step.drop = held();
        step.scan = text;
        step.raw = raw;
        step.firstKeyNs = m_firstNs;
        m_scanEndNs = m_lastNs;
    } else {
        step.replay += held();
    }
    m_keys.clear();
    return step;
}

HidBurstParser::Step HidBurstParser::flush()
{
    Step step;
    step.replay = held();
    m_keys.clear();
    return step;
}

HidBurstParser::Step HidBurstParser::feed(const HidKey &key, qint64 atNs)
{
    Step step;
    // Too slow for a scanner: what was held was a person typing.
    if (!m_keys.isEmpty() && atNs - m_lastNs > qint64(m_config.maxGapMs) * 1000000)
        step = flush();
    // Enter or Tab right after a scan is the scanner's too (a suffix and then Enter, or CR LF).
    if (m_keys.isEmpty() && ends(key, m_config) && m_scanEndNs > 0 && atNs >= m_scanEndNs
        && atNs - m_scanEndNs <= qint64(m_config.maxGapMs) * 1000000) {
        m_scanEndNs = atNs;
        step.drop += 1;
        return step;
    }
    // Enter or Tab on its own is a person's, and so is a burst that cannot carry the prefix.
    if (m_keys.isEmpty() && ends(key, m_config)) {
        step.replay += 1;
        return step;
    }
    if (m_keys.isEmpty())
        m_firstNs = atNs;
    m_keys.append(key);
    m_lastNs = atNs;
    if (ends(key, m_config))
        return finish(step);
    const QString text = composedText();
    if (!couldBePrefixed(text) || held() > m_config.maxLength) {
        step.replay += held();
        m_keys.clear();
        return step;
    }
    if (!m_config.suffix.isEmpty() && text.size() > m_config.prefix.size() && text.endsWith(m_config.suffix))
        return finish(step);
    return step;
}

} // namespace Omnitote
