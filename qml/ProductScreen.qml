// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// The product: photos, details and stock, reviews, related products. Three columns on a wall, one
// scrolling column on a portrait tablet. After a failed lookup the last product stays, under a message.
Rectangle {
    id: screen
    required property ProductController products
    required property ProductPage page
    required property ScanController scans
    readonly property bool wide: width > height
    readonly property bool hasProduct: products.productId.length > 0 && products.status !== ProductController.Empty
    color: Theme.background

    Label {
        anchors.centerIn: parent
        width: parent.width * 0.7
        visible: screen.products.status === ProductController.Empty
        text: qsTr("Scan a product's barcode, or type its code above.")
        color: Theme.inkMuted
        font.pixelSize: Theme.fontTitle
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }

    Rectangle {
        id: banner
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: Theme.spacing * 0.5
        z: 2
        width: Math.min(parent.width - 2 * Theme.spacing, 900)
        height: errorText.implicitHeight + Theme.spacing
        radius: Theme.radius
        visible: screen.products.status === ProductController.Error
        color: Theme.surface
        border.color: Theme.error
        border.width: 2
        Accessible.role: Accessible.AlertMessage
        Accessible.name: errorText.text
        Label {
            id: errorText
            objectName: "errorText"
            anchors.fill: parent
            anchors.margins: Theme.spacing * 0.5
            text: screen.products.errorMessage
            color: Theme.error
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    // A scan that failed its checks: say why, at the bottom, over whatever is showing (which stays).
    Label {
        objectName: "scanErrorText"
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacing
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width * 0.8, 760)
        z: 3
        visible: screen.scans.lastError.length > 0
        text: screen.scans.lastError
        padding: Theme.spacing
        color: Theme.error
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.error
            border.width: 2
        }
    }

    Loader {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        anchors.topMargin: banner.visible ? banner.height + Theme.spacing : Theme.spacing
        active: screen.hasProduct
        sourceComponent: screen.wide ? wideLayout : narrowLayout
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: screen.products.status === ProductController.Loading
        visible: running
        Accessible.name: qsTr("Loading the product")
    }

    Component {
        id: gallery
        ProductGallery {
            images: screen.page.images
            productName: screen.products.name
        }
    }
    Component {
        id: related
        RelatedStrip {
            related: screen.page.related
            onOpened: productId => screen.products.lookup(productId)
        }
    }
    Component {
        id: summary
        RatingSummary {
            histogram: screen.page.histogram
            average: screen.products.ratingAverage
            count: screen.products.ratingCount
            reviews: screen.page.reviews
        }
    }

    Component {
        id: wideLayout
        RowLayout {
            spacing: Theme.spacing * 1.5
            // The photos take what the related strip leaves, but never shrink below a useful size:
            // on a short screen (a wall in "Reach") the column scrolls instead.
            Flickable {
                id: galleryFlick
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                contentHeight: galleryColumn.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ColumnLayout {
                    id: galleryColumn
                    width: galleryFlick.width
                    spacing: Theme.spacing
                    Loader {
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(320, galleryFlick.height - relatedLoader.implicitHeight
                                                              - Theme.spacing)
                        sourceComponent: gallery
                    }
                    Loader { id: relatedLoader; Layout.fillWidth: true; sourceComponent: related }
                }
            }
            Flickable {
                id: detailsFlick
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                contentHeight: details.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                ProductDetails {
                    id: details
                    width: detailsFlick.width - 16
                    products: screen.products
                    page: screen.page
                }
            }
            ReviewList {
                id: reviewColumn
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                reviews: screen.page.reviews
                header: Component {
                    Loader { width: reviewColumn.width - 12; sourceComponent: summary }
                }
            }
        }
    }

    Component {
        id: narrowLayout
        ReviewList {
            id: reviewPage
            reviews: screen.page.reviews
            header: Component {
                ColumnLayout {
                    width: reviewPage.width
                    spacing: Theme.spacing
                    Loader { Layout.fillWidth: true; Layout.preferredHeight: 460; sourceComponent: gallery }
                    ProductDetails {
                        Layout.fillWidth: true
                        Layout.rightMargin: 12
                        products: screen.products
                        page: screen.page
                    }
                    Loader { Layout.fillWidth: true; sourceComponent: related }
                    Loader { Layout.fillWidth: true; Layout.rightMargin: 12; sourceComponent: summary }
                }
            }
        }
    }
}
