// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One review: stars, title, who and when, and the text.
Rectangle {
    id: review
    required property int rating
    required property string title
    required property string body
    required property string author
    required property string dateText
    required property bool verified
    implicitHeight: column.implicitHeight + Theme.spacing
    color: "transparent"
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1 out of 5 stars. %2. %3").arg(rating).arg(title).arg(body)

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: Theme.spacing * 0.5
        spacing: 4
        RowLayout {
            spacing: 10
            RatingStars { rating: review.rating; starSize: 20 }
            Label {
                Layout.fillWidth: true
                text: review.title
                color: Theme.ink
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
        Label {
            Layout.fillWidth: true
            text: review.verified ? qsTr("%1 · %2 · verified buyer").arg(review.author).arg(review.dateText)
                                  : qsTr("%1 · %2").arg(review.author).arg(review.dateText)
            color: Theme.inkMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: review.body
            color: Theme.ink
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
    }
    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
}
