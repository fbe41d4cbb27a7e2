// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// The reviews, fetched a page at a time while scrolling. The `header` scrolls with them (the summary,
// or on a tablet the whole product above its reviews).
ListView {
    id: list
    required property ReviewModel reviews
    objectName: "reviewList"
    model: reviews
    clip: true
    spacing: 0
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Reviews")
    ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

    delegate: ReviewDelegate {
        width: list.width
    }
    footer: ColumnLayout {
        width: list.width
        spacing: 8
        Label {
            Layout.fillWidth: true
            Layout.topMargin: 8
            visible: list.reviews.errorMessage.length > 0
            text: list.reviews.errorMessage
            color: Theme.error
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Theme.touchTarget
            visible: list.reviews.errorMessage.length > 0
            text: qsTr("Try again")
            font.pixelSize: Theme.fontBody
            onClicked: list.reviews.retry()
        }
        Button {
            objectName: "moreReviewsButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Theme.touchTarget
            Layout.bottomMargin: Theme.spacing
            visible: list.reviews.hasMore && list.reviews.errorMessage.length === 0
            enabled: !list.reviews.loading
            text: list.reviews.loading ? qsTr("Loading reviews…")
                                       : qsTr("More reviews (%1 of %2 shown)").arg(list.reviews.count).arg(list.reviews.total)
            font.pixelSize: Theme.fontBody
            onClicked: list.reviews.loadMore()
        }
    }
}
