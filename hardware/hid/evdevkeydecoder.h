// SPDX-License-Identifier: MIT
#pragma once

#include "hidburstparser.h"

#include <optional>

namespace Omnitote {

/**
 * Turns a Linux evdev keyboard's EV_KEY events into characters as a US-layout keyboard would type
 * them, tracking Shift, Ctrl, Alt and Caps Lock itself (a grabbed device bypasses the desktop's
 * keymap). Scanners in keyboard mode are set to US layout almost everywhere.
 */
class EvdevKeyDecoder
{
public:
    /** One input_event; a key press gives a HidKey, everything else (releases, modifiers, SYN) nothing. */
    std::optional<HidKey> feed(int type, int code, int value);
    void reset() { *this = {}; }

    /** The character for a key code on a US layout, or a null QChar; exposed for tests. */
    static QChar character(int code, bool shifted);

private:
    bool m_leftShift = false;
    bool m_rightShift = false;
    bool m_ctrl = false;
    bool m_alt = false;
    bool m_capsLock = false;
};

} // namespace Omnitote
