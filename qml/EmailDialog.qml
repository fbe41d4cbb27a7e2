// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// "Email me my list": address, a separate unticked consent for offers, send, and what happened.
// Not a Popup: it covers the tote screen only, so the on-screen keyboard below stays usable.
Rectangle {
    id: dialog
    required property EmailController email
    signal closed()

    objectName: "emailDialog"
    color: "#99000000"

    MouseArea { anchors.fill: parent } // the tote screen behind takes no touches

    Rectangle {
        anchors.horizontalCenter: parent.horizontalCenter
        y: Theme.spacing
        width: Math.min(parent.width - 2 * Theme.spacing, 820)
        height: content.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: content
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing / 2

            Label {
                Layout.fillWidth: true
                text: qsTr("Email me my list")
                font.pixelSize: Theme.fontTitle
                color: Theme.ink
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("We email you this tote with a link to your online cart, so you can finish at home.")
                font.pixelSize: Theme.fontSmall
                color: Theme.inkMuted
                wrapMode: Text.Wrap
            }
            EmailAddressField {
                id: addressField
                Layout.fillWidth: true
                email: dialog.email
                enabled: dialog.email.state !== EmailController.Busy && dialog.email.state !== EmailController.Sent
            }
            CheckBox {
                objectName: "consentBox"
                Layout.fillWidth: true
                // Wording id EmailController::kConsentWording: change it when this sentence changes.
                text: qsTr("Also send me offers and news by email. I can unsubscribe at any time.")
                font.pixelSize: Theme.fontSmall
                checked: dialog.email.marketingConsent
                onToggled: dialog.email.marketingConsent = checked
                enabled: dialog.email.state !== EmailController.Busy && dialog.email.state !== EmailController.Sent
            }
            Label {
                objectName: "emailStatus"
                Layout.fillWidth: true
                visible: text.length > 0
                text: dialog.email.state === EmailController.Busy ? qsTr("Sending…") : dialog.email.message
                color: dialog.email.state === EmailController.Sent ? Theme.success
                     : dialog.email.state === EmailController.Busy ? Theme.inkMuted : Theme.error
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    objectName: "sendListButton"
                    visible: dialog.email.state !== EmailController.Sent && !dialog.email.canRetry
                    text: qsTr("Send my list")
                    highlighted: true
                    enabled: dialog.email.addressValid && dialog.email.state !== EmailController.Busy
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    onClicked: dialog.email.sendList()
                }
                Button {
                    objectName: "retryButton"
                    visible: dialog.email.canRetry
                    text: qsTr("Try again")
                    highlighted: true
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    onClicked: dialog.email.retry()
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "closeEmailButton"
                    text: dialog.email.state === EmailController.Sent ? qsTr("Done") : qsTr("Cancel")
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    onClicked: dialog.closed()
                }
            }
        }
    }

    Component.onCompleted: {
        dialog.email.begin()
        addressField.input.forceActiveFocus()
    }
}
