// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

// The tote button with its item count; the count comes from the tote controller when it is wired.
Button {
    id: badge
    property int count: 0
    objectName: "toteBadge"
    text: qsTr("Tote")
    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget * 1.6, implicitContentWidth + 40)
    font.pixelSize: Theme.fontBody
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Tote, %n item(s)", "", count)

    Rectangle {
        visible: badge.count > 0
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: -4
        width: Math.max(height, countText.implicitWidth + 12)
        height: 28
        radius: height / 2
        color: Theme.accent
        Text {
            id: countText
            anchors.centerIn: parent
            text: badge.count
            color: Theme.brand
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
    }
}
