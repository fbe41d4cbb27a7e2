// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// Scan your badge with any scanner, or type your staff number and PIN.
Rectangle {
    id: screen
    required property AssociateSession associate
    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 560)
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Scan your staff badge")
            font.pixelSize: Theme.fontTitle
            color: Theme.ink
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("or enter your staff number and PIN")
            font.pixelSize: Theme.fontBody
            color: Theme.inkMuted
            horizontalAlignment: Text.AlignHCenter
        }
        TextField {
            id: staff
            objectName: "staffNumberField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Staff number")
            inputMethodHints: Qt.ImhDigitsOnly
            Accessible.name: qsTr("Staff number")
        }
        TextField {
            id: pin
            objectName: "pinField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("PIN")
            onAccepted: signIn.clicked()
        }
        Button {
            id: signIn
            objectName: "signInButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            text: qsTr("Sign in")
            highlighted: true
            enabled: !screen.associate.busy
            font.pixelSize: Theme.fontBody
            Accessible.name: text
            onClicked: {
                screen.associate.signInWithPin(staff.text, pin.text)
                pin.text = ""
            }
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: screen.associate.busy
            running: visible
            Accessible.name: qsTr("Signing in")
        }
        Label {
            objectName: "signInError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: screen.associate.errorMessage
            color: Theme.error
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
