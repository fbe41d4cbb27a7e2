// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// "Use my account": the shopper's address, then the 6-digit code emailed to it; only when the code is
// right does the tote link to the account and the account's cart show here.
Rectangle {
    id: dialog
    required property EmailController email
    signal closed()
    readonly property bool waitingForCode: email.state === EmailController.CodeSent
        || (email.state === EmailController.Busy && codeField.text.length > 0)

    objectName: "identifyDialog"
    color: "#99000000"

    MouseArea { anchors.fill: parent }

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
                text: qsTr("Use my account")
                font.pixelSize: Theme.fontTitle
                color: Theme.ink
            }
            EmailAddressField {
                id: addressField
                Layout.fillWidth: true
                visible: dialog.email.state !== EmailController.Linked
                enabled: !dialog.waitingForCode && dialog.email.state !== EmailController.Busy
                email: dialog.email
            }
            TextField {
                id: codeField
                objectName: "codeField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                visible: dialog.waitingForCode
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("6-digit code")
                inputMethodHints: Qt.ImhDigitsOnly
                maximumLength: dialog.email.codeLength
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,6}/ }
                Accessible.name: qsTr("Code from the email")
            }
            Label {
                objectName: "identifyStatus"
                Layout.fillWidth: true
                visible: text.length > 0
                text: dialog.email.state === EmailController.Busy ? qsTr("One moment…") : dialog.email.message
                color: dialog.email.state === EmailController.Failed ? Theme.error : Theme.ink
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Repeater {
                model: dialog.email.state === EmailController.Linked ? dialog.email.cartLines : []
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    text: modelData
                    font.pixelSize: Theme.fontBody
                    color: Theme.ink
                    elide: Text.ElideRight
                }
            }
            Label {
                objectName: "cartTotal"
                visible: dialog.email.state === EmailController.Linked
                text: qsTr("Your cart: %1").arg(dialog.email.cartTotalText)
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.ink
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    objectName: "sendCodeButton"
                    visible: !dialog.waitingForCode && dialog.email.state !== EmailController.Linked
                             && !dialog.email.canRetry
                    text: qsTr("Email me a code")
                    highlighted: true
                    enabled: dialog.email.addressValid && dialog.email.state !== EmailController.Busy
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    onClicked: dialog.email.requestCode()
                }
                Button {
                    objectName: "confirmCodeButton"
                    visible: dialog.waitingForCode
                    text: qsTr("Confirm")
                    highlighted: true
                    enabled: codeField.text.length === dialog.email.codeLength
                             && dialog.email.state !== EmailController.Busy
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    onClicked: dialog.email.verifyCode(codeField.text)
                }
                Button {
                    visible: dialog.email.canRetry
                    text: qsTr("Try again")
                    highlighted: true
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    onClicked: dialog.email.retry()
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "closeIdentifyButton"
                    text: dialog.email.state === EmailController.Linked ? qsTr("Done") : qsTr("Cancel")
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
