// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// The idle screen: the store's name and an invitation to scan. Any touch starts a session.
Rectangle {
    id: screen
    required property BackendStatus backend
    required property LanguageController languages
    required property CameraController camera
    signal startRequested()

    gradient: Gradient {
        GradientStop { position: 0.0; color: Theme.brand }
        GradientStop { position: 1.0; color: Theme.brandLight }
    }

    TapHandler { onTapped: screen.startRequested() }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 900)
        spacing: Theme.spacing * 1.5

        Label {
            Layout.fillWidth: true
            text: screen.backend.retailerName.length > 0 ? screen.backend.retailerName : qsTr("Welcome")
            color: Theme.textOnBrand
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.letterSpacing: 2
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: screen.backend.storeName.length > 0
            text: screen.backend.storeName
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            horizontalAlignment: Text.AlignHCenter
        }
        BarcodeGlyph {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing
            visible: !screen.camera.live
        }
        CameraViewfinder {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacing
            Layout.preferredWidth: Math.min(screen.width * 0.35, 440)
            Layout.preferredHeight: Layout.preferredWidth * 9 / 16
            camera: screen.camera
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Scan or tap a product")
            color: Theme.textOnBrand
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHero
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Hold a barcode up to the camera, tap the NFC mark, or touch the screen to enter a code.")
            color: Theme.textOnBrand
            opacity: 0.85
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }

    LanguageBar {
        objectName: "languageBar"
        languages: screen.languages
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.spacing
    }

    Label {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.spacing
        width: parent.width - 80
        visible: screen.backend.state !== BackendStatus.Ready
        text: screen.backend.message
        color: Theme.textOnBrand
        opacity: 0.8
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
}
