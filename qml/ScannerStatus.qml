// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Omnitote.Kiosk

// Scanners and readers that are not ready (unplugged, no permission, failing), each with the reason,
// so staff see at a glance why taps or scans do nothing. Nothing shows while everything works.
Flow {
    id: status
    required property ScanController scans
    spacing: Theme.spacing * 0.5

    Repeater {
        model: status.scans.sources
        delegate: Label {
            required property var modelData
            objectName: "scannerProblem"
            visible: modelData.state !== "Ready"
            text: modelData.statusText.length > 0 ? qsTr("%1: %2").arg(modelData.name).arg(modelData.statusText)
                                                  : modelData.name
            color: Theme.textOnBrand
            font.pixelSize: Theme.fontSmall
            padding: Theme.spacing * 0.3
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            background: Rectangle {
                radius: Theme.radius
                color: "transparent"
                border.color: Theme.accent
                border.width: 2
            }
        }
    }
}
