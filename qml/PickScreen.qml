// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// Picking one tote: the lines in walking order; scan each item (or type its code), mark a line
// short, substitute with the shopper's consent, then complete.
Rectangle {
    id: screen
    required property PickController picking
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                text: qsTr("Back to the queue")
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                Accessible.name: text
                onClicked: screen.picking.close()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Tote %1").arg(screen.picking.pickupCode)
                font.pixelSize: Theme.fontTitle
                color: Theme.ink
            }
            TextField {
                id: code
                objectName: "itemCodeField"
                Layout.preferredWidth: 300
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Item code")
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Item code")
                onAccepted: {
                    screen.picking.pickCode(text)
                    text = ""
                }
            }
        }
        Label {
            objectName: "pickMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: screen.picking.message
            color: screen.picking.messageIsError ? Theme.error : Theme.success
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        ListView {
            id: lines
            objectName: "pickList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: screen.picking.model
            delegate: PickLineDelegate {
                width: lines.width
                onShortRequested: screen.picking.markShort(lineId)
                onSubstituteRequested: {
                    substitutes.lineId = lineId
                    substitutes.lineName = name
                    screen.picking.loadSubstitutes(lineId)
                    substitutes.open()
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                visible: screen.picking.shipLines > 0
                text: qsTr("%n line(s) ship to the shopper's home; nothing to pick.", "", screen.picking.shipLines)
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "completeButton"
                text: qsTr("Complete")
                enabled: screen.picking.canComplete && !screen.picking.busy
                highlighted: true
                Layout.preferredHeight: Theme.touchTarget
                Layout.preferredWidth: Theme.touchTarget * 3
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Complete the pick")
                onClicked: screen.picking.complete()
            }
        }
    }

    SubstituteDialog {
        id: substitutes
        picking: screen.picking
    }
}
