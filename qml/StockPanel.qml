// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// Where the chosen variant is: this store's shelf (or "ask an associate"), nearby stores, online.
Rectangle {
    id: panel
    required property AvailabilityModel availability
    required property bool onlineOnly
    implicitHeight: column.implicitHeight + 2 * Theme.spacing * 0.75
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    border.width: Theme.borderWidth
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Stock")

    component Line: Label {
        Layout.fillWidth: true
        color: Theme.ink
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing * 0.75
        spacing: 6

        Line {
            text: panel.availability.storeName.length > 0 ? qsTr("Here at %1").arg(panel.availability.storeName)
                                                         : qsTr("In this store")
            color: Theme.inkMuted
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        Line {
            objectName: "storeStockText"
            visible: panel.availability.hasData && !panel.onlineOnly
            text: !panel.availability.carriedHere || panel.availability.storeQty <= 0
                  ? qsTr("Not on the shelf here")
                  : qsTr("%n in stock", "", panel.availability.storeQty)
            color: panel.availability.carriedHere && panel.availability.storeQty > 0 ? Theme.success : Theme.error
            font.bold: true
        }
        Line {
            objectName: "shelfText"
            visible: panel.availability.hasData && panel.availability.carriedHere && panel.availability.storeQty > 0
            text: qsTr("Aisle %1, bay %2").arg(panel.availability.aisle).arg(panel.availability.bay)
        }
        Line {
            objectName: "askAssociateText"
            visible: panel.availability.hasData && !panel.onlineOnly && panel.availability.lowStock
            text: qsTr("Only a few left. Ask an associate if you cannot find it.")
            color: Theme.warning
        }
        Line {
            visible: panel.onlineOnly
            text: qsTr("Online only: not sold in stores. We ship it to your home.")
            color: Theme.warning
        }

        Line {
            visible: nearbyStores.count > 0
            Layout.topMargin: 6
            text: qsTr("Nearby stores")
            color: Theme.inkMuted
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        Repeater {
            id: nearbyStores
            model: panel.availability
            delegate: RowLayout {
                id: store
                required property string storeName
                required property int qty
                required property string distanceText
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: storeName + ", " + qtyLabel.text + ", " + distanceText
                Label {
                    Layout.fillWidth: true
                    text: store.storeName
                    color: Theme.ink
                    font.pixelSize: Theme.fontBody
                    elide: Text.ElideRight
                }
                Label {
                    id: qtyLabel
                    text: store.qty > 0 ? qsTr("%n in stock", "", store.qty) : qsTr("Out of stock")
                    color: store.qty > 0 ? Theme.ink : Theme.inkMuted
                    font.pixelSize: Theme.fontBody
                }
                Label {
                    text: store.distanceText
                    color: Theme.inkMuted
                    font.pixelSize: Theme.fontBody
                }
            }
        }

        Line {
            Layout.topMargin: 6
            text: qsTr("Online")
            color: Theme.inkMuted
            font.pixelSize: Theme.fontSmall
            font.bold: true
            visible: panel.availability.hasData
        }
        Line {
            objectName: "onlineStockText"
            visible: panel.availability.hasData
            text: panel.availability.onlineQty > 0
                  ? qsTr("%n available", "", panel.availability.onlineQty) + " · "
                    + qsTr("ships in %n day(s)", "", panel.availability.shipDays)
                  : qsTr("Sold out online")
        }
        Line {
            visible: panel.availability.loading && !panel.availability.hasData
            text: qsTr("Checking stock…")
            color: Theme.inkMuted
        }
        Line {
            objectName: "stockErrorText"
            visible: panel.availability.errorMessage.length > 0
            text: panel.availability.errorMessage
            color: Theme.error
            font.pixelSize: Theme.fontSmall
        }
    }
}
