// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// "Add to tote" with the way the shopper wants it: take it now, pick it up nearby, or have it shipped.
ColumnLayout {
    id: panel
    required property ProductPage page
    property string confirmation: ""
    spacing: 8
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Add to tote")

    component Choice: Button {
        required property int fulfilment
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        onClicked: {
            if (panel.page.addToTote(fulfilment))
                panel.confirmation = qsTr("Added to your tote.")
        }
    }

    Label {
        text: qsTr("Add to tote")
        color: Theme.inkMuted
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
    // One full-width button per choice: the longest translation still fits on a tablet.
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 8
        Choice {
            objectName: "takeNowButton"
            fulfilment: ProductPage.TakeNow
            text: qsTr("Take it now")
            highlighted: enabled
            enabled: panel.page.canTakeNow
        }
        Choice {
            objectName: "pickUpButton"
            fulfilment: ProductPage.PickUp
            text: qsTr("Pick up nearby")
            enabled: panel.page.canPickUp
        }
        Choice {
            objectName: "shipButton"
            fulfilment: ProductPage.Ship
            text: qsTr("Ship to my home")
            enabled: panel.page.canShip
        }
    }
    Label {
        objectName: "toteConfirmation"
        Layout.fillWidth: true
        visible: text.length > 0
        text: panel.confirmation
        color: Theme.success
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
    }
    Connections {
        target: panel.page
        function onChanged() { panel.confirmation = "" }
    }
}
