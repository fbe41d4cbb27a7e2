// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// The hand-off to the till: one QR code for a POS that reads the tote from our API, or "scan to
// till": each item's barcode full screen, one after another, for the till's own scanner.
Rectangle {
    id: screen
    required property PickController picking
    property bool scanToTill: false
    readonly property TillHandoff till: picking.till
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            objectName: "tillSummary"
            Layout.fillWidth: true
            text: screen.picking.summaryText
            font.pixelSize: Theme.fontBody
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            currentIndex: screen.scanToTill ? 1 : 0
            TabButton {
                text: qsTr("Tote QR for the till")
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                onClicked: screen.scanToTill = false
            }
            TabButton {
                objectName: "scanToTillTab"
                text: qsTr("Scan to till, item by item")
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                onClicked: screen.scanToTill = true
            }
        }
        BarcodeView {
            objectName: "tillQr"
            visible: !screen.scanToTill
            Layout.alignment: Qt.AlignHCenter
            // Square, as large as the screen allows next to the texts.
            Layout.preferredHeight: Math.min(screen.height * 0.55, screen.width - 2 * Theme.spacing)
            Layout.preferredWidth: Layout.preferredHeight
            source: screen.till.qrSource
            description: qsTr("QR code of the tote for the till")
        }
        ColumnLayout {
            visible: screen.scanToTill
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · %2 · quantity %3").arg(screen.till.positionText).arg(screen.till.name).arg(screen.till.qty)
                font.pixelSize: Theme.fontTitle
                color: Theme.ink
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignHCenter
            }
            BarcodeView {
                objectName: "tillBarcode"
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: screen.till.barcodeSource
                description: qsTr("Barcode %1").arg(screen.till.gtin)
            }
            Label {
                Layout.fillWidth: true
                text: screen.till.gtin
                font.pixelSize: Theme.fontBody
                color: Theme.inkMuted
                horizontalAlignment: Text.AlignHCenter
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.spacing
                Button {
                    text: qsTr("Previous")
                    enabled: screen.till.index > 0
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.preferredWidth: Theme.touchTarget * 3
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Previous item")
                    onClicked: screen.till.previous()
                }
                Button {
                    text: qsTr("Next")
                    enabled: screen.till.index < screen.till.count - 1
                    highlighted: true
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.preferredWidth: Theme.touchTarget * 3
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Next item")
                    onClicked: screen.till.next()
                }
            }
        }
        Button {
            objectName: "tillDoneButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Done, back to the queue")
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            Accessible.name: text
            onClicked: screen.picking.close()
        }
    }
}
