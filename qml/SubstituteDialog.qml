// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// Another variant for a line, only once the shopper has agreed (the switch records their consent).
Popup {
    id: dialog
    required property PickController picking
    property string lineId
    property string lineName
    property string variantId

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 80, 640)
    modal: true
    padding: Theme.spacing
    onOpened: {
        variantId = ""
        consent.checked = false
    }
    background: Rectangle { radius: Theme.radius; color: Theme.surface }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Substitute for %1").arg(dialog.lineName)
            font.pixelSize: Theme.fontTitle
            color: Theme.ink
            wrapMode: Text.Wrap
        }
        Repeater {
            model: dialog.picking.substituteOptions
            delegate: RadioButton {
                required property var modelData
                text: modelData.text
                checked: dialog.variantId === modelData.variantId
                font.pixelSize: Theme.fontBody
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: dialog.variantId = modelData.variantId
            }
        }
        Switch {
            id: consent
            text: qsTr("The shopper agrees to this substitute")
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touchTarget
            Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacing
            Button {
                text: qsTr("Cancel")
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                Accessible.name: text
                onClicked: dialog.close()
            }
            Button {
                text: qsTr("Substitute")
                enabled: dialog.variantId.length > 0 && consent.checked
                highlighted: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Record the substitute")
                onClicked: {
                    dialog.picking.substitute(dialog.lineId, dialog.variantId, consent.checked)
                    dialog.close()
                }
            }
        }
    }
}
