// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

// A toggle in the search filters and category row.
Button {
    id: chip
    checkable: true
    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget * 1.2, implicitContentWidth + 32)
    font.pixelSize: Theme.fontSmall
    Accessible.role: Accessible.CheckBox
    Accessible.checked: checked
    contentItem: Text {
        text: chip.text
        font: chip.font
        color: chip.checked ? Theme.brand : Theme.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: height / 2
        color: chip.checked ? Theme.accent : Theme.chip
        border.color: Theme.divider
        border.width: Theme.borderWidth
    }
}
