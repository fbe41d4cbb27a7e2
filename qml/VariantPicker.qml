// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// One variant picker (colour or size): each option says where it can be had.
ColumnLayout {
    id: picker
    required property VariantOptionModel options
    required property string title
    property bool swatches: false
    signal picked(string value)
    visible: options.count > 1
    spacing: 6
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    function availabilityText(availability: int): string {
        switch (availability) {
        case VariantOptionModel.InStore: return qsTr("In stock here")
        case VariantOptionModel.Nearby: return qsTr("At a nearby store")
        case VariantOptionModel.Online: return qsTr("Online")
        case VariantOptionModel.SoldOut: return qsTr("Sold out")
        }
        return ""
    }
    function availabilityColor(availability: int): color {
        switch (availability) {
        case VariantOptionModel.InStore: return Theme.success
        case VariantOptionModel.Nearby: return Theme.warning
        case VariantOptionModel.Online: return Theme.brandLight
        }
        return Theme.inkMuted
    }

    Label {
        text: picker.title
        color: Theme.inkMuted
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: picker.options
            delegate: AbstractButton {
                id: option
                required property string value
                required property string colorHex
                required property int availability
                required property bool selected
                implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + 12)
                implicitWidth: Math.max(Theme.touchTarget * 1.5, column.implicitWidth + 28)
                checkable: false
                Accessible.role: Accessible.RadioButton
                Accessible.checked: selected
                Accessible.name: qsTr("%1, %2").arg(value).arg(picker.availabilityText(availability))
                onClicked: picker.picked(value)
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.width: option.selected ? 3 : Theme.borderWidth
                    border.color: option.selected ? Theme.accent : Theme.divider
                    opacity: option.availability === VariantOptionModel.SoldOut ? 0.55 : 1
                }
                contentItem: Item {
                    Column {
                        id: column
                        anchors.centerIn: parent
                        spacing: 2
                        Row {
                            anchors.horizontalCenter: parent.horizontalCenter
                            spacing: 6
                            Rectangle {
                                visible: picker.swatches && option.colorHex.length > 0
                                anchors.verticalCenter: parent.verticalCenter
                                width: 20; height: 20; radius: 10
                                color: option.colorHex.length > 0 ? option.colorHex : "transparent"
                                border.color: Theme.divider
                            }
                            Text {
                                text: option.value
                                color: Theme.ink
                                font.pixelSize: Theme.fontBody
                                font.strikeout: option.availability === VariantOptionModel.SoldOut
                            }
                        }
                        Text {
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: picker.availabilityText(option.availability)
                            visible: text.length > 0
                            color: picker.availabilityColor(option.availability)
                            font.pixelSize: Math.round(Theme.fontSmall * 0.85)
                        }
                    }
                }
            }
        }
    }
}
