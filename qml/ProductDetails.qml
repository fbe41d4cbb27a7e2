// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// Name, price, rating, variant pickers, stock and "Add to tote": what the shopper decides on.
ColumnLayout {
    id: details
    required property ProductController products
    required property ProductPage page
    spacing: Theme.spacing * 0.6

    Label {
        Layout.fillWidth: true
        text: details.products.brand.toUpperCase()
        color: Theme.inkMuted
        font.pixelSize: Theme.fontSmall
        font.letterSpacing: 2
        elide: Text.ElideRight
    }
    Label {
        objectName: "productName"
        Layout.fillWidth: true
        text: details.products.name
        color: Theme.ink
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            objectName: "priceText"
            text: details.products.priceText
            color: Theme.highContrast ? Theme.ink : Theme.brand
            font.pixelSize: Theme.fontTitle * 1.2
            font.weight: Font.Bold
        }
        Rectangle {
            objectName: "onlineOnlyBadge"
            visible: details.products.onlineOnly
            radius: height / 2
            color: Theme.accent
            width: onlineLabel.implicitWidth + 24
            height: onlineLabel.implicitHeight + 10
            Label {
                id: onlineLabel
                anchors.centerIn: parent
                text: qsTr("Online only · ships to your home")
                color: Theme.brand
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
        }
    }
    Label {
        // Shown only for a product from the offline copy: how old its prices and stock are.
        objectName: "freshnessText"
        Layout.fillWidth: true
        visible: details.products.fromCache
        text: details.products.freshnessText
        color: Theme.inkMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
    RowLayout {
        spacing: 10
        RatingStars {
            rating: details.products.ratingAverage
            starSize: 28
        }
        Label {
            text: details.products.ratingCount === 0 ? qsTr("No reviews yet")
                  : details.products.ratingCount === 1 ? qsTr("%1 · 1 review")
                        .arg(Number(details.products.ratingAverage).toLocaleString(Qt.locale(), 'f', 1))
                  : qsTr("%1 · %2 reviews").arg(Number(details.products.ratingAverage).toLocaleString(Qt.locale(), 'f', 1))
                        .arg(details.products.ratingCount)
            color: Theme.inkMuted
            font.pixelSize: Theme.fontBody
        }
    }
    VariantPicker {
        objectName: "colorPicker"
        Layout.fillWidth: true
        title: qsTr("Colour")
        swatches: true
        options: details.page.colors
        onPicked: value => details.page.selectColor(value)
    }
    VariantPicker {
        objectName: "sizePicker"
        Layout.fillWidth: true
        title: qsTr("Size")
        options: details.page.sizes
        onPicked: value => details.page.selectSize(value)
    }
    StockPanel {
        Layout.fillWidth: true
        availability: details.page.availability
        onlineOnly: details.products.onlineOnly
    }
    AddToTotePanel {
        Layout.fillWidth: true
        page: details.page
    }
    Label {
        Layout.fillWidth: true
        text: details.products.description
        color: Theme.ink
        font.pixelSize: Theme.fontBody
        lineHeight: 1.25
        wrapMode: Text.WordWrap
    }
}
