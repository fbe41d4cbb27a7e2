// SPDX-License-Identifier: MIT
#include "displayoptions.h"

namespace Omnitote {

void DisplayOptions::setLargeText(bool on)
{
    set(m_largeText, on);
}

void DisplayOptions::setHighContrast(bool on)
{
    set(m_highContrast, on);
}

void DisplayOptions::setReachable(bool on)
{
    set(m_reachable, on);
}

void DisplayOptions::reset()
{
    if (!m_largeText && !m_highContrast && !m_reachable)
        return;
    m_largeText = m_highContrast = m_reachable = false;
    Q_EMIT changed();
}

void DisplayOptions::set(bool &field, bool on)
{
    if (field == on)
        return;
    field = on;
    Q_EMIT changed();
}

} // namespace Omnitote
