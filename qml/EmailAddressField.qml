// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// The address field of the email dialogs, with the controller's check shown under it as the shopper types.
ColumnLayout {
    id: field
    required property EmailController email
    property alias input: input
    spacing: Theme.spacing / 4

    TextField {
        id: input
        objectName: "emailField"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        placeholderText: qsTr("name@example.com")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        text: field.email.address
        onTextEdited: field.email.address = text
        Accessible.name: qsTr("Email address")
    }
    Label {
        objectName: "emailAddressError"
        Layout.fillWidth: true
        visible: input.text.length > 0 && !field.email.addressValid
        text: field.email.addressError
        color: Theme.error
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
