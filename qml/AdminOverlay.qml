// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Omnitote.Kiosk

// Over everything while the admin gate is not closed: the PIN pad, then the admin screen.
Popup {
    id: overlay
    required property AdminGate admin
    required property SettingsModel settings
    required property DiagnosticsModel diagnostics

    objectName: "adminOverlay"
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent.width
    height: parent.height
    modal: true
    closePolicy: Popup.NoAutoClose
    visible: admin.state !== AdminGate.Closed
    padding: Theme.spacing

    background: Rectangle {
        color: Theme.background
    }

    contentItem: Loader {
        sourceComponent: overlay.admin.state === AdminGate.Open ? adminScreen : pinPad
    }

    Component {
        id: pinPad
        Item {
            AdminPinPad {
                anchors.centerIn: parent
                width: Math.min(parent.width, 520)
                admin: overlay.admin
            }
        }
    }
    Component {
        id: adminScreen
        AdminScreen {
            admin: overlay.admin
            settings: overlay.settings
            diagnostics: overlay.diagnostics
            Component.onCompleted: overlay.diagnostics.watching = true
            Component.onDestruction: overlay.diagnostics.watching = false
        }
    }
}
