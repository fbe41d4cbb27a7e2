// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// "Goes with" and "Similar" products in a row; a tap opens one in place of the current product.
ColumnLayout {
    id: strip
    required property RelatedModel related
    signal opened(string productId)
    visible: related.count > 0
    spacing: 8

    Label {
        text: qsTr("You may also like")
        color: Theme.ink
        font.pixelSize: Theme.fontTitle * 0.75
        font.weight: Font.DemiBold
    }
    ListView {
        objectName: "relatedList"
        Layout.fillWidth: true
        Layout.preferredHeight: 300 * Theme.textScale
        orientation: ListView.Horizontal
        spacing: Theme.spacing * 0.5
        clip: true
        model: strip.related
        delegate: ProductCard {
            width: 220 * Theme.textScale
            height: ListView.view.height
            onOpened: productId => strip.opened(productId)
        }
        ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded }
    }
}
