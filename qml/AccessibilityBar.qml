// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Omnitote.Kiosk

// The shopper's display choices: larger text, high contrast, and (on a wall) controls within reach.
Row {
    id: bar
    property bool showReachable: true
    property color textColor: Theme.textOnBrand
    spacing: 8
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Display options")

    component Toggle: Button {
        id: toggle
        checkable: true
        implicitHeight: Theme.touchTarget
        implicitWidth: Math.max(Theme.touchTarget * 1.4, implicitContentWidth + 28)
        font.pixelSize: Theme.fontSmall
        Accessible.role: Accessible.CheckBox
        contentItem: Text {
            text: toggle.text
            font: toggle.font
            color: toggle.checked ? Theme.brand : bar.textColor
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: Theme.radius / 2
            color: toggle.checked ? Theme.accent : "transparent"
            border.color: bar.textColor
            border.width: toggle.checked ? 0 : 1
        }
    }

    Toggle {
        objectName: "largeTextToggle"
        text: qsTr("A+")
        Accessible.name: qsTr("Large text")
        checked: Theme.largeText
        onToggled: DisplayOptions.largeText = checked
    }
    Toggle {
        objectName: "contrastToggle"
        text: qsTr("Contrast")
        Accessible.name: qsTr("High contrast")
        checked: Theme.highContrast
        onToggled: DisplayOptions.highContrast = checked
    }
    Toggle {
        objectName: "reachableToggle"
        visible: bar.showReachable
        text: qsTr("Reach")
        Accessible.name: qsTr("Move the controls to the bottom of the screen")
        checked: Theme.reachable
        onToggled: DisplayOptions.reachable = checked
    }
}
