// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// Enter or scan a code and see the product: photo, name, price and rating.
Rectangle {
    id: screen
    required property ProductController products
    required property LanguageController languages
    required property ScanController scans
    signal homeRequested()
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Top bar: home, and the code field. A USB scanner never types into it: its scans arrive as scans.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget + 2 * Theme.spacing
            color: Theme.brand
            RowLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                Button {
                    text: qsTr("Home")
                    Accessible.name: qsTr("Back to the start screen")
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.preferredWidth: 120
                    font.pixelSize: Theme.fontBody
                    onClicked: screen.homeRequested()
                }
                TextField {
                    id: codeField
                    objectName: "codeField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Type or scan a barcode, SKU or product code")
                    Accessible.name: qsTr("Product code")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    focus: true
                    onAccepted: lookupButton.clicked()
                }
                Button {
                    id: lookupButton
                    text: qsTr("Look up")
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.preferredWidth: 160
                    font.pixelSize: Theme.fontBody
                    enabled: codeField.text.trim().length > 0
                    onClicked: screen.scans.submitManual(codeField.text)
                }
                LanguageBar {
                    languages: screen.languages
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            BusyIndicator {
                anchors.centerIn: parent
                running: screen.products.status === ProductController.Loading
                visible: running
            }

            Label {
                anchors.centerIn: parent
                width: parent.width * 0.7
                visible: screen.products.status === ProductController.Empty
                text: qsTr("Scan a product's barcode, or type its code above.")
                color: Theme.inkMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }

            Rectangle {
                anchors.centerIn: parent
                width: Math.min(parent.width * 0.8, 760)
                height: errorText.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                visible: screen.products.status === ProductController.Error
                color: Theme.surface
                border.color: Theme.error
                border.width: 2
                Label {
                    id: errorText
                    objectName: "errorText"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: screen.products.errorMessage
                    color: Theme.error
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }

            // A scan that failed its checks: say why, below whatever is showing, which stays.
            Label {
                objectName: "scanErrorText"
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.spacing
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width * 0.8, 760)
                z: 1
                visible: screen.scans.lastError.length > 0
                text: screen.scans.lastError
                padding: Theme.spacing
                color: Theme.error
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.error
                    border.width: 2
                }
            }

            GridLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing * 2
                visible: screen.products.status === ProductController.Ready
                columns: screen.width > screen.height ? 2 : 1
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing

                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    radius: Theme.radius
                    color: Theme.surface
                    Image {
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        source: screen.products.imageUrl
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        sourceSize.width: 800
                        Accessible.name: screen.products.name
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    spacing: Theme.spacing * 0.6

                    Label {
                        text: screen.products.brand.toUpperCase()
                        color: Theme.inkMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.letterSpacing: 2
                    }
                    Label {
                        objectName: "productName"
                        Layout.fillWidth: true
                        text: screen.products.name
                        color: Theme.ink
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        visible: text.length > 0
                        text: screen.products.variantText
                        color: Theme.inkMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                    RowLayout {
                        spacing: 10
                        RatingStars {
                            rating: screen.products.ratingAverage
                            starSize: 28
                        }
                        Label {
                            text: screen.products.ratingCount === 0 ? qsTr("No reviews yet")
                                  : screen.products.ratingCount === 1 ? qsTr("%1 · 1 review")
                                        .arg(Number(screen.products.ratingAverage).toLocaleString(Qt.locale(), 'f', 1))
                                  : qsTr("%1 · %2 reviews").arg(Number(screen.products.ratingAverage).toLocaleString(Qt.locale(), 'f', 1))
                                        .arg(screen.products.ratingCount)
                            color: Theme.inkMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                        }
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        Label {
                            objectName: "priceText"
                            text: screen.products.priceText
                            color: Theme.brand
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontTitle * 1.2
                            font.weight: Font.Bold
                        }
                        Rectangle {
                            visible: screen.products.onlineOnly
                            radius: height / 2
                            color: Theme.accent
                            implicitWidth: onlineLabel.implicitWidth + 24
                            implicitHeight: onlineLabel.implicitHeight + 10
                            Label {
                                id: onlineLabel
                                anchors.centerIn: parent
                                text: qsTr("Online only · ships to your home")
                                color: Theme.surface
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        text: screen.products.description
                        color: Theme.ink
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        lineHeight: 1.25
                        wrapMode: Text.WordWrap
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
