// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// The shopper's tote: lines with quantity, fulfilment and remove (with undo), totals, and whether
// everything is saved. Presentation only: every action goes to ToteController.
Rectangle {
    id: screen
    required property ToteController tote
    required property EmailController email
    required property CustomerLinkController customer
    signal backRequested()
    signal checkoutRequested()
    // Which email dialog is open over the tote: "", "list" or "identify".
    property string dialog: ""
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Back")
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                onClicked: screen.backRequested()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Your tote (%n item(s))", "", screen.tote.itemCount)
                font.pixelSize: Theme.fontTitle
                color: Theme.ink
            }
            Label {
                objectName: "syncText"
                text: screen.tote.syncText
                font.pixelSize: Theme.fontSmall
                color: screen.tote.syncState === ToteController.Error ? Theme.error : Theme.inkMuted
            }
        }

        Label {
            // Only what the server verified is shown: the customer's masked email, never their cart.
            objectName: "customerText"
            Layout.fillWidth: true
            visible: screen.customer.state !== CustomerLinkController.None
            text: screen.customer.linked
                  ? qsTr("Linked to your account %1: your tote goes to your online cart").arg(screen.customer.maskedEmail)
                  : screen.customer.state === CustomerLinkController.Linking ? qsTr("Linking your account…")
                                                                             : screen.customer.errorMessage
            color: screen.customer.state === CustomerLinkController.Error ? Theme.error : Theme.ink
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        ListView {
            id: lines
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing / 2
            model: screen.tote.model
            delegate: ToteLineDelegate {
                width: lines.width
                tote: screen.tote
            }
            Label {
                anchors.centerIn: parent
                visible: lines.count === 0
                text: qsTr("Your tote is empty. Scan a product to add it.")
                font.pixelSize: Theme.fontBody
                color: Theme.inkMuted
            }
        }

        Label {
            Layout.fillWidth: true
            visible: screen.tote.errorMessage.length > 0
            text: screen.tote.errorMessage
            color: Theme.error
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "emailListButton"
                text: qsTr("Email me my list")
                enabled: lines.count > 0
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                onClicked: screen.dialog = "list"
            }
            Button {
                objectName: "identifyButton"
                text: qsTr("Use my account")
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                onClicked: screen.dialog = "identify"
            }
            Button {
                text: qsTr("Undo remove")
                visible: screen.tote.canUndo
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                onClicked: screen.tote.undo()
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                font.pixelSize: Theme.fontBody
                color: Theme.ink
                text: qsTr("Take now %1 · Pick up %2 · Ship %3 · Total %4").arg(screen.tote.takeTotalText)
                    .arg(screen.tote.pickupTotalText).arg(screen.tote.shipTotalText).arg(screen.tote.totalText)
            }
            Button {
                objectName: "finishAtCheckoutButton"
                text: qsTr("Finish at checkout")
                enabled: screen.tote.itemCount > 0
                highlighted: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                Accessible.name: text
                onClicked: screen.checkoutRequested()
            }
        }
    }

    // The email dialogs cover the tote, not the keyboard below it. (No ComponentBehavior Bound in this
    // file: Qt 6.4's Loader refuses bound components, "outside its creation context".)
    Component {
        id: emailDialog
        EmailDialog {
            email: screen.email
            onClosed: screen.dialog = ""
        }
    }
    Component {
        id: identifyDialog
        IdentifyDialog {
            email: screen.email
            onClosed: screen.dialog = ""
        }
    }
    Loader {
        anchors.fill: parent
        active: screen.dialog !== ""
        sourceComponent: screen.dialog === "identify" ? identifyDialog : emailDialog
    }
}
