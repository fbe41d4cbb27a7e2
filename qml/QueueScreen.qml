// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// The store's checkout queue, live: tap a tote, scan its QR code, or type its pickup code.
Rectangle {
    id: screen
    required property CheckoutQueueModel queue
    required property PickController picking
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Checkout queue (%n tote(s))", "", screen.queue.count)
                font.pixelSize: Theme.fontTitle
                color: Theme.ink
            }
            TextField {
                id: code
                objectName: "toteCodeField"
                Layout.preferredWidth: 260
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Pickup code")
                inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Pickup code")
                onAccepted: open.clicked()
            }
            Button {
                id: open
                text: qsTr("Open")
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Open the tote with this code")
                onClicked: {
                    screen.picking.openCode(code.text)
                    code.text = ""
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: screen.picking.message.length > 0 ? screen.picking.message : screen.queue.errorMessage
            color: Theme.error
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            objectName: "queueList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: screen.queue
            delegate: ItemDelegate {
                id: entry
                required property string toteId
                required property string pickupCode
                required property string waitText
                required property int items
                required property int pickLines
                required property bool customer
                required property string claimedBy
                required property bool claimedByMe
                width: list.width
                height: Theme.touchTarget * 1.5
                enabled: entry.claimedBy.length === 0 || entry.claimedByMe
                font.pixelSize: Theme.fontBody
                text: qsTr("%1 · %n item(s) · %2", "", entry.items).arg(entry.pickupCode).arg(entry.waitText)
                    + (entry.claimedBy.length > 0 ? " · " + qsTr("picking: %1").arg(entry.claimedBy) : "")
                Accessible.name: text
                onClicked: screen.picking.openTote(entry.toteId)
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No one is waiting.")
                font.pixelSize: Theme.fontBody
                color: Theme.inkMuted
            }
        }
    }
}
