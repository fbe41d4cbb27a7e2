// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// One line to pick: picture, name, variant, where it is, stock on hand, picked of wanted, and the
// short / substitute actions while it is not resolved.
Rectangle {
    id: row
    required property string lineId
    required property string name
    required property string variantText
    required property url imageUrl
    required property int qty
    required property int picked
    required property int shortQty
    required property bool resolved
    required property string locationText
    required property int stockOnHand
    required property string substituteText
    signal shortRequested()
    signal substituteRequested()

    implicitHeight: Theme.touchTarget * 2
    radius: Theme.radius
    color: row.resolved ? Theme.chip : Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2 of %3 picked").arg(row.name).arg(row.picked).arg(row.qty)

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        spacing: Theme.spacing
        Image {
            Layout.preferredWidth: Theme.touchTarget * 1.5
            Layout.fillHeight: true
            source: row.imageUrl
            fillMode: Image.PreserveAspectFit
            asynchronous: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label { text: row.name; font.pixelSize: Theme.fontBody; color: Theme.ink; elide: Text.ElideRight; Layout.fillWidth: true }
            Label { text: row.variantText; font.pixelSize: Theme.fontSmall; color: Theme.inkMuted }
            Label {
                text: qsTr("%1 · %2 on hand").arg(row.locationText).arg(row.stockOnHand)
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
            }
            Label {
                visible: row.substituteText.length > 0
                text: row.substituteText
                font.pixelSize: Theme.fontSmall
                color: Theme.warning
            }
        }
        Label {
            objectName: "pickedText"
            text: row.shortQty > 0 ? qsTr("%1 / %2 (%3 short)").arg(row.picked).arg(row.qty).arg(row.shortQty)
                                   : qsTr("%1 / %2").arg(row.picked).arg(row.qty)
            font.pixelSize: Theme.fontTitle
            color: row.resolved ? Theme.success : Theme.ink
        }
        Button {
            text: qsTr("Short")
            visible: !row.resolved
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Not on the shelf: %1").arg(row.name)
            onClicked: row.shortRequested()
        }
        Button {
            text: qsTr("Substitute")
            visible: !row.resolved
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Substitute %1").arg(row.name)
            onClicked: row.substituteRequested()
        }
    }
}
