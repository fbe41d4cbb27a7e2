// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One product in a grid or strip: photo (loaded lazily), name, price, rating; a tap opens it.
ItemDelegate {
    id: card
    required property string productId
    required property string name
    required property string brand
    required property string priceText
    required property url imageUrl
    required property bool onlineOnly
    required property real ratingAverage
    required property int ratingCount
    property string relationText: ""
    signal opened(string productId)

    padding: Theme.spacing * 0.5
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2").arg(name).arg(priceText)
    onClicked: card.opened(card.productId)

    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.chip : Theme.surface
        border.color: Theme.divider
        border.width: Theme.borderWidth
    }

    contentItem: ColumnLayout {
        spacing: 4
        Image {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 60
            source: card.imageUrl
            asynchronous: true // decoded off the GUI thread, only for cards that exist (visible ones)
            fillMode: Image.PreserveAspectFit
            sourceSize.width: 320
            sourceSize.height: 320
            Accessible.ignored: true
        }
        Label {
            visible: card.relationText.length > 0
            text: card.relationText
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: card.name
            color: Theme.ink
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: card.priceText
                color: Theme.ink
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            RatingStars {
                visible: card.ratingCount > 0
                rating: card.ratingAverage
                starSize: Math.round(Theme.fontSmall * 1.1)
            }
        }
        Label {
            visible: card.onlineOnly
            text: qsTr("Online only")
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
        }
    }
}
