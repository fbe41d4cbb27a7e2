// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// Home, the code field (a USB scanner's bursts never land in it: they arrive as scans), search, the tote.
Rectangle {
    id: bar
    required property ProductController products
    required property NavigationController navigation
    required property ScanController scans
    property int toteCount: 0
    signal homeRequested()

    implicitHeight: Theme.touchTarget + 2 * Theme.spacing * 0.6
    color: Theme.brand
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Main controls")

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing * 0.6
        spacing: Theme.spacing * 0.5
        Button {
            text: qsTr("Home")
            Accessible.name: qsTr("Back to the start screen")
            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: Math.max(Theme.touchTarget * 1.6, implicitContentWidth + 32)
            font.pixelSize: Theme.fontBody
            onClicked: bar.homeRequested()
        }
        TextField {
            id: codeField
            objectName: "codeField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Type or scan a barcode, SKU or product code")
            Accessible.name: qsTr("Product code")
            inputMethodHints: Qt.ImhNoPredictiveText
            onAccepted: lookupButton.clicked()
        }
        Button {
            id: lookupButton
            text: qsTr("Look up")
            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: Math.max(Theme.touchTarget * 1.6, implicitContentWidth + 32)
            font.pixelSize: Theme.fontBody
            enabled: codeField.text.trim().length > 0
            // Typed codes go through the same checks as scans (source "manual").
            onClicked: {
                bar.scans.submitManual(codeField.text)
                codeField.clear()
            }
        }
        Button {
            objectName: "searchButton"
            text: qsTr("Search")
            Accessible.name: qsTr("Search and browse products")
            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: Math.max(Theme.touchTarget * 1.6, implicitContentWidth + 32)
            font.pixelSize: Theme.fontBody
            highlighted: bar.navigation.screen === NavigationController.Search
            onClicked: bar.navigation.showSearch()
        }
        ToteBadge {
            count: bar.toteCount
            highlighted: bar.navigation.screen === NavigationController.Tote
            onClicked: bar.navigation.showTote()
        }
    }
}
