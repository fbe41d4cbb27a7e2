// SPDX-License-Identifier: MIT
#include "scansource.h"

namespace Omnitote {

void ScanSource::setState(State state, const QString &statusText)
{
    if (state == m_state && statusText == m_statusText)
        return;
    m_state = state;
    m_statusText = statusText;
    Q_EMIT stateChanged();
}

} // namespace Omnitote
