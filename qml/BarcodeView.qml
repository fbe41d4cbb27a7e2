// SPDX-License-Identifier: MIT
import QtQuick

// A QR code or barcode from the "barcode" image provider on white, drawn at its own pixel size with
// whole-pixel modules (no smoothing, no scaling): what a scanner reads best from a screen.
Rectangle {
    id: view
    required property url source
    property string description: ""

    color: "#ffffff" // scanners need dark on light, also in the high-contrast theme
    radius: Theme.radius
    Accessible.role: Accessible.Graphic
    Accessible.name: view.description

    Image {
        objectName: "barcodeImage"
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        source: view.source
        sourceSize.width: Math.max(1, Math.floor(width))
        sourceSize.height: Math.max(1, Math.floor(height))
        fillMode: Image.Pad
        smooth: false
        mipmap: false
        cache: false
        asynchronous: true
    }
}
