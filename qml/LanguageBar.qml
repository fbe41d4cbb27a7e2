// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Omnitote.Kiosk

// One button per language, each named in its own language; the current one is highlighted.
Row {
    id: bar
    required property LanguageController languages
    property color textColor: Theme.textOnBrand
    spacing: 8
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Language")

    Repeater {
        model: bar.languages.languages
        Button {
            id: button
            required property var modelData
            text: modelData.name
            readonly property bool current: bar.languages.current === modelData.code
            checked: current
            implicitHeight: Theme.touchTarget
            implicitWidth: Math.max(Theme.touchTarget * 1.6, implicitContentWidth + 32)
            font.pixelSize: Theme.fontSmall
            font.bold: current
            contentItem: Text {
                text: button.text
                font: button.font
                color: button.current ? Theme.brand : bar.textColor
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: Theme.radius / 2
                color: button.current ? Theme.accent : "transparent"
                border.color: bar.textColor
                border.width: button.current ? 0 : 1
                opacity: button.current ? 1 : 0.6
            }
            Accessible.name: modelData.name
            onClicked: bar.languages.setLanguage(modelData.code)
        }
    }
}
