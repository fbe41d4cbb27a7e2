// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.VirtualKeyboard

// Qt Virtual Keyboard's panel. Loaded through a Loader so a kiosk without the module still runs.
InputPanel {
    objectName: "keyboardPanel"
    visible: active
}
