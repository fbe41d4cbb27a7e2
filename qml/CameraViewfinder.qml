// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtMultimedia
import Omnitote.Kiosk

// The camera's picture with the scan area and the last code read marked. Without a camera it says
// so and points to the USB scanner and typing the code (the text comes from CameraController).
Rectangle {
    id: finder
    required property CameraController camera
    color: "#000000"
    radius: Theme.radius
    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: finder.camera.live ? qsTr("Camera viewfinder") : finder.camera.message

    VideoOutput {
        id: video
        objectName: "viewfinder"
        anchors.fill: parent
        visible: finder.camera.live
        fillMode: VideoOutput.PreserveAspectCrop
    }
    // Frames reach this VideoOutput through the camera source, which keeps decoding when it is hidden.
    Binding {
        target: finder.camera
        property: "viewfinderSink"
        value: video.videoSink
    }

    Rectangle {
        objectName: "scanArea"
        anchors.centerIn: parent
        width: parent.width * 0.7
        height: parent.height * 0.55
        visible: finder.camera.live
        color: "transparent"
        radius: Theme.radius
        border.color: Theme.accent
        border.width: 3
    }

    Rectangle {
        objectName: "scanHighlight"
        visible: finder.camera.live && finder.camera.highlight.width > 0
        x: video.contentRect.x + finder.camera.highlight.x * video.contentRect.width
        y: video.contentRect.y + finder.camera.highlight.y * video.contentRect.height
        width: finder.camera.highlight.width * video.contentRect.width
        height: finder.camera.highlight.height * video.contentRect.height
        color: "transparent"
        border.color: Theme.success
        border.width: 5
        radius: 4
    }

    Label {
        objectName: "cameraMessage"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        visible: !finder.camera.live
        text: finder.camera.message
        color: Theme.textOnBrand
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
