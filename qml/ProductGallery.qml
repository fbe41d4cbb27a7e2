// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The product's photos: swipe between them, or tap a thumbnail.
ColumnLayout {
    id: gallery
    required property list<url> images
    property string productName: ""
    spacing: Theme.spacing * 0.5
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Photos of %1").arg(productName)

    ListView {
        id: photos
        objectName: "galleryPhotos"
        Layout.fillWidth: true
        Layout.fillHeight: true
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        model: gallery.images
        delegate: Rectangle {
            id: photo
            required property url modelData
            required property int index
            width: photos.width
            height: photos.height
            radius: Theme.radius
            color: Theme.surface
            Image {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                source: photo.modelData
                asynchronous: true
                fillMode: Image.PreserveAspectFit
                sourceSize.width: 900
                sourceSize.height: 900
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Photo %1 of %2").arg(photo.index + 1).arg(gallery.images.length)
            }
        }
    }

    Row {
        Layout.alignment: Qt.AlignHCenter
        visible: gallery.images.length > 1
        spacing: Theme.spacing * 0.5
        Repeater {
            model: gallery.images
            delegate: AbstractButton {
                id: thumb
                required property url modelData
                required property int index
                width: Theme.touchTarget
                height: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Show photo %1").arg(index + 1)
                onClicked: photos.currentIndex = index
                background: Rectangle {
                    radius: 8
                    color: Theme.surface
                    border.width: photos.currentIndex === thumb.index ? 3 : Theme.borderWidth
                    border.color: photos.currentIndex === thumb.index ? Theme.accent : Theme.divider
                }
                contentItem: Image {
                    source: thumb.modelData
                    asynchronous: true
                    fillMode: Image.PreserveAspectFit
                    sourceSize.width: 120
                }
            }
        }
    }
}
