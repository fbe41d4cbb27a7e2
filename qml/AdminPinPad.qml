// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// The admin PIN: a big keypad (no keyboard needed), dots instead of digits, and the gate's answer.
ColumnLayout {
    id: pad
    required property AdminGate admin
    property string pin: ""
    readonly property bool canType: admin.state === AdminGate.PinEntry && admin.provisioned

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: qsTr("Staff settings")
        color: Theme.ink
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
    }
    Label {
        objectName: "pinDots"
        Layout.fillWidth: true
        text: pad.pin.length > 0 ? "●".repeat(pad.pin.length) : qsTr("Enter the admin PIN")
        color: Theme.ink
        font.pixelSize: Theme.fontTitle
        horizontalAlignment: Text.AlignHCenter
        Accessible.name: qsTr("%n digit(s) entered", "", pad.pin.length)
    }
    Label {
        objectName: "adminMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        text: pad.admin.state === AdminGate.Locked
              ? qsTr("Too many wrong PINs. Try again in %1 s.").arg(pad.admin.lockSecondsLeft)
              : pad.admin.state === AdminGate.Checking ? qsTr("Checking…") : pad.admin.message
        color: pad.admin.state === AdminGate.Checking ? Theme.inkMuted : Theme.error
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
    }
    GridLayout {
        Layout.alignment: Qt.AlignHCenter
        columns: 3
        rowSpacing: Theme.spacing * 0.5
        columnSpacing: Theme.spacing * 0.5
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
            Button {
                required property string modelData
                objectName: "pinKey" + modelData
                text: modelData === "OK" ? qsTr("OK") : modelData
                Accessible.name: modelData === "⌫" ? qsTr("Delete last digit") : text
                Layout.preferredWidth: Theme.touchTarget * 1.5
                Layout.preferredHeight: Theme.touchTarget * 1.2
                font.pixelSize: Theme.fontTitle
                enabled: pad.canType
                onClicked: {
                    if (modelData === "⌫") {
                        pad.pin = pad.pin.slice(0, -1)
                    } else if (modelData === "OK") {
                        pad.admin.submitPin(pad.pin)
                        pad.pin = ""
                    } else if (pad.pin.length < 12) {
                        pad.pin += modelData
                    }
                }
            }
        }
    }
    Button {
        objectName: "pinCancel"
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredHeight: Theme.touchTarget
        text: qsTr("Cancel")
        font.pixelSize: Theme.fontBody
        onClicked: {
            pad.pin = ""
            pad.admin.close()
        }
    }
}
