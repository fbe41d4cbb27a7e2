// SPDX-License-Identifier: MIT
import QtQuick
import Omnitote.Kiosk

// Languages, display options and any scanner that is not working, at the bottom of every screen after the attract screen.
Rectangle {
    id: bar
    required property LanguageController languages
    required property ScanController scans
    implicitHeight: flow.implicitHeight + Theme.spacing
    color: Theme.brandLight

    Flow {
        id: flow
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.spacing * 0.5
        spacing: Theme.spacing
        LanguageBar {
            languages: bar.languages
        }
        AccessibilityBar {}
        ScannerStatus {
            scans: bar.scans
        }
    }
}
