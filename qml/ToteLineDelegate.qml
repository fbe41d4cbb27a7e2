// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// One tote line: picture, name and variant, quantity stepper, fulfilment choice, line total, remove.
Rectangle {
    id: row
    required property ToteController tote
    required property string lineId
    required property string name
    required property string variant
    required property string image
    required property int qty
    required property string fulfilment
    required property bool onlineOnly
    required property string lineTotal

    implicitHeight: Theme.touchTarget * 2
    radius: Theme.radius
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        spacing: Theme.spacing
        Image {
            Layout.preferredWidth: Theme.touchTarget * 1.5
            Layout.fillHeight: true
            source: row.image
            fillMode: Image.PreserveAspectFit
            asynchronous: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            Label { text: row.name; font.pixelSize: Theme.fontBody; color: Theme.ink; elide: Text.ElideRight; Layout.fillWidth: true }
            Label { text: row.variant; font.pixelSize: Theme.fontSmall; color: Theme.inkMuted }
        }
        SpinBox {
            from: 1
            to: row.tote.maxLineQty
            value: row.qty
            Accessible.name: qsTr("Quantity")
            onValueModified: row.tote.setQty(row.lineId, value)
        }
        ComboBox {
            id: how
            // Online-only items can only ship; the controller refuses anything else too.
            model: row.onlineOnly ? [qsTr("Ship")] : [qsTr("Take now"), qsTr("Pick up"), qsTr("Ship")]
            readonly property var names: row.onlineOnly ? ["ship"] : ["take", "pickup", "ship"]
            currentIndex: Math.max(0, names.indexOf(row.fulfilment))
            onActivated: index => row.tote.setFulfilment(row.lineId, names[index])
        }
        Label {
            text: row.lineTotal
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            Layout.preferredWidth: 120
            horizontalAlignment: Text.AlignRight
        }
        Button {
            text: qsTr("Remove")
            Layout.preferredHeight: Theme.touchTarget
            onClicked: row.tote.remove(row.lineId)
        }
    }
}
