// SPDX-License-Identifier: MIT
#include "navigationcontroller.h"

namespace Omnitote {

void NavigationController::show(Screen screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    Q_EMIT screenChanged();
}

} // namespace Omnitote
