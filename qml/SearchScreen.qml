// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// Search as you type, categories, filters and a grid of results that loads more as it scrolls.
Rectangle {
    id: screen
    required property SearchModel search
    required property ProductController products
    color: Theme.background

    Component.onCompleted: if (!search.searched) search.searchNow()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing * 0.6

        TextField {
            id: searchField
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            text: screen.search.query
            placeholderText: qsTr("Search for products, brands or categories")
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Search")
            // Search ignores case: no capital letter forced at the start.
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            onTextEdited: screen.search.query = text
            onAccepted: screen.search.searchNow()
        }

        ListView {
            objectName: "categoryList"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            orientation: ListView.Horizontal
            spacing: 8
            clip: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Categories")
            model: screen.search.categories
            header: FilterChip {
                text: qsTr("All")
                checked: screen.search.category === ""
                onClicked: screen.search.category = ""
            }
            headerPositioning: ListView.InlineHeader
            delegate: FilterChip {
                required property string facetId
                required property string name
                required property int count
                text: qsTr("%1 (%2)").arg(name).arg(count)
                checked: screen.search.category === facetId
                Accessible.name: name
                onClicked: screen.search.category = checked ? facetId : ""
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 8
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Filters")
            FilterChip {
                objectName: "inStockFilter"
                text: qsTr("In stock here")
                checked: screen.search.inStockHere
                onToggled: screen.search.inStockHere = checked
            }
            FilterChip {
                text: qsTr("Online only")
                checked: screen.search.onlineOnly
                onToggled: screen.search.onlineOnly = checked
            }
            Repeater {
                model: [2500, 5000, 10000]
                delegate: FilterChip {
                    required property int modelData
                    text: qsTr("Up to %1").arg(Number(modelData / 100).toLocaleCurrencyString(Qt.locale(), "€"))
                    checked: screen.search.maxPriceCents === modelData
                    onToggled: screen.search.maxPriceCents = checked ? modelData : 0
                }
            }
            Repeater {
                model: [4, 3]
                delegate: FilterChip {
                    required property int modelData
                    text: qsTr("%1★ and up").arg(modelData)
                    Accessible.name: qsTr("Rated %1 stars or more").arg(modelData)
                    checked: screen.search.minRating === modelData
                    onToggled: screen.search.minRating = checked ? modelData : 0
                }
            }
        }

        Label {
            objectName: "searchStatus"
            Layout.fillWidth: true
            text: screen.search.errorMessage.length > 0 ? screen.search.errorMessage
                  : screen.search.loading ? qsTr("Searching…")
                  : results.count === 0 && screen.search.searched ? qsTr("No products match. Try fewer words or filters.")
                  : qsTr("%n product(s)", "", screen.search.total)
            color: screen.search.errorMessage.length > 0 ? Theme.error : Theme.inkMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }

        Label {
            // The server did not answer: these results come from the kiosk's offline copy, this old.
            objectName: "searchOffline"
            Layout.fillWidth: true
            visible: screen.search.offline
            text: screen.search.freshnessText
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }

        GridView {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            readonly property int columns: Math.max(2, Math.floor(width / (240 * Theme.textScale)))
            cellWidth: width / columns
            cellHeight: cellWidth * 1.25 + 40 * Theme.textScale
            model: screen.search
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Results")
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            delegate: Item {
                id: cell
                required property string productId
                required property string name
                required property string brand
                required property string priceText
                required property url imageUrl
                required property bool onlineOnly
                required property real ratingAverage
                required property int ratingCount
                width: results.cellWidth
                height: results.cellHeight
                ProductCard {
                    anchors.fill: parent
                    anchors.margins: 6
                    productId: cell.productId
                    name: cell.name
                    brand: cell.brand
                    priceText: cell.priceText
                    imageUrl: cell.imageUrl
                    onlineOnly: cell.onlineOnly
                    ratingAverage: cell.ratingAverage
                    ratingCount: cell.ratingCount
                    onOpened: productId => screen.products.lookup(productId)
                }
            }
        }
    }
}
