// SPDX-License-Identifier: MIT
import QtQuick

// A drawn barcode (decorative), with a scan line sweeping across it.
Item {
    id: glyph
    property color barColor: Theme.textOnBrand
    implicitWidth: bars.implicitWidth
    implicitHeight: 130
    Accessible.ignored: true

    Row {
        id: bars
        height: parent.height
        spacing: 4
        Repeater {
            model: [3, 1, 2, 1, 4, 1, 1, 3, 2, 1, 3, 1, 2, 4, 1, 2, 1, 3, 1, 2]
            Rectangle {
                required property int modelData
                width: modelData * 2.4
                height: glyph.height
                color: glyph.barColor
                radius: 1
            }
        }
    }
    Rectangle {
        id: scanLine
        width: 4
        height: glyph.height + 20
        y: -10
        radius: 2
        color: Theme.accent
        SequentialAnimation on x {
            loops: Animation.Infinite
            NumberAnimation { from: 0; to: glyph.width; duration: 1600; easing.type: Easing.InOutQuad }
            NumberAnimation { from: glyph.width; to: 0; duration: 1600; easing.type: Easing.InOutQuad }
        }
    }
}
