// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// "Still there?" with a countdown; any touch keeps the session, otherwise it ends and the screen clears.
Popup {
    id: dialog
    required property SessionController session

    objectName: "stillThereDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 80, 640)
    modal: true
    closePolicy: Popup.NoAutoClose
    visible: session.state === SessionController.Warning
    padding: Theme.spacing * 2

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("Still there?")
            color: Theme.ink
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            objectName: "countdownText"
            Layout.fillWidth: true
            text: qsTr("This screen clears in %1 s to keep your choices private.").arg(dialog.session.secondsLeft)
            color: Theme.inkMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing
            Button {
                text: qsTr("I'm still here")
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                highlighted: true
                onClicked: dialog.session.activity()
            }
            Button {
                text: qsTr("Start over")
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                onClicked: dialog.session.end()
            }
        }
    }
}
