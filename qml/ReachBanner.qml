// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls

// The top of a touch wall in "Reach" mode: nothing to press up here, only the store's name and where
// the controls went, so a seated shopper or a child never has to stretch.
Rectangle {
    id: banner
    property string retailerName
    property string storeName
    color: Theme.brand
    Accessible.role: Accessible.StaticText
    Accessible.name: hint.text

    Column {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.spacing
        spacing: Theme.spacing
        Label {
            width: parent.width
            text: banner.retailerName
            visible: text.length > 0
            color: Theme.textOnBrand
            font.pixelSize: Theme.fontHero
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
        }
        Label {
            width: parent.width
            text: banner.storeName
            visible: text.length > 0
            color: Theme.textOnBrand
            font.pixelSize: Theme.fontTitle
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
        }
        Label {
            id: hint
            width: parent.width
            text: qsTr("Every control is in the lower part of the screen. Turn off “Reach” to use the whole screen.")
            color: Theme.textOnBrand
            font.pixelSize: Theme.fontBody
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
}
