// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// The average, a 5-to-1 star histogram, and the order the reviews below are listed in.
ColumnLayout {
    id: summary
    required property var histogram // five counts, one star first
    required property real average
    required property int count
    required property ReviewModel reviews
    spacing: 8

    function share(stars: int): real {
        return summary.count > 0 ? summary.histogram[stars - 1] / summary.count : 0
    }

    Label {
        text: qsTr("Reviews")
        color: Theme.ink
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
    }
    RowLayout {
        spacing: Theme.spacing
        Label {
            text: Number(summary.average).toLocaleString(Qt.locale(), 'f', 1)
            color: Theme.ink
            font.pixelSize: Theme.fontHero * 0.75
            font.bold: true
            visible: summary.count > 0
        }
        ColumnLayout {
            RatingStars { rating: summary.average; starSize: 26 }
            Label {
                text: summary.count > 0 ? qsTr("%n review(s)", "", summary.count) : qsTr("No reviews yet")
                color: Theme.inkMuted
                font.pixelSize: Theme.fontBody
            }
        }
    }
    Repeater {
        model: [5, 4, 3, 2, 1]
        delegate: RowLayout {
            id: bar
            required property int modelData
            Layout.fillWidth: true
            visible: summary.count > 0
            spacing: 8
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1 stars: %2").arg(modelData).arg(summary.histogram[modelData - 1])
            Label {
                text: bar.modelData + " ★"
                color: Theme.ink
                font.pixelSize: Theme.fontSmall
                Layout.preferredWidth: 44
            }
            Rectangle {
                Layout.fillWidth: true
                height: 12
                radius: 6
                color: Theme.starEmpty
                Rectangle {
                    width: parent.width * summary.share(bar.modelData)
                    height: parent.height
                    radius: 6
                    color: Theme.star
                }
            }
            Label {
                text: summary.histogram[bar.modelData - 1]
                color: Theme.inkMuted
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 44
            }
        }
    }
    Flow {
        Layout.fillWidth: true
        visible: summary.count > 1
        spacing: 8
        Repeater {
            model: [
                { sort: ReviewModel.Newest, label: qsTr("Newest") },
                { sort: ReviewModel.Highest, label: qsTr("Highest rated") },
                { sort: ReviewModel.Lowest, label: qsTr("Lowest rated") }
            ]
            delegate: Button {
                required property var modelData
                text: modelData.label
                checked: summary.reviews.sort === modelData.sort
                highlighted: checked
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Sort reviews: %1").arg(modelData.label)
                onClicked: summary.reviews.sort = modelData.sort
            }
        }
    }
}
