// SPDX-License-Identifier: MIT
import QtQuick

// Five stars, filled to the rating (partial stars for fractions).
Row {
    id: stars
    property real rating: 0
    property int starSize: 24
    spacing: 2
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Rated %1 out of 5").arg(Number(rating).toLocaleString(Qt.locale(), 'f', 1))

    // How much of star `index` (0-4) is filled: 0, 1 or a fraction.
    function fillFor(index: int): real {
        return Math.max(0, Math.min(1, rating - index))
    }

    Repeater {
        model: 5
        Item {
            id: star
            required property int index
            width: stars.starSize
            height: stars.starSize
            Text {
                anchors.centerIn: parent
                text: "★"
                color: Theme.starEmpty
                font.pixelSize: stars.starSize
            }
            Item {
                width: parent.width * stars.fillFor(star.index)
                height: parent.height
                clip: true
                Text {
                    x: (star.width - width) / 2
                    anchors.verticalCenter: parent.verticalCenter
                    text: "★"
                    color: Theme.star
                    font.pixelSize: stars.starSize
                }
            }
        }
    }
}
