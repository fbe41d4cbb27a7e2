// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// "Finish at checkout": while the tote saves and queues, a short note; then a big QR code and the
// pickup code to show at the desk, where an associate gathers the take-now items.
Rectangle {
    id: screen
    required property CheckoutController checkout
    signal backRequested()
    signal doneRequested()
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Finish at checkout")
            font.pixelSize: Theme.fontTitle
            color: Theme.ink
            horizontalAlignment: Text.AlignHCenter
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: screen.checkout.state === CheckoutController.Saving
                || screen.checkout.state === CheckoutController.Sending
            running: visible
            Accessible.name: qsTr("Sending your tote to the checkout")
        }
        Label {
            objectName: "checkoutStatusText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontBody
            color: screen.checkout.state === CheckoutController.Failed ? Theme.error : Theme.ink
            text: {
                switch (screen.checkout.state) {
                case CheckoutController.Saving:
                    return qsTr("Saving your tote…")
                case CheckoutController.Sending:
                    return qsTr("Sending your tote to the checkout…")
                case CheckoutController.Ready:
                    return qsTr("Show this code at the checkout. An associate brings your take-now items to the till.")
                case CheckoutController.Failed:
                    return screen.checkout.errorMessage
                default:
                    return ""
                }
            }
        }
        BarcodeView {
            objectName: "checkoutQr"
            Layout.alignment: Qt.AlignHCenter
            // Square, as large as the screen allows next to the texts.
            Layout.preferredHeight: Math.min(screen.height * 0.55, screen.width - 2 * Theme.spacing)
            Layout.preferredWidth: Layout.preferredHeight
            visible: screen.checkout.state === CheckoutController.Ready
            source: screen.checkout.qrSource
            description: qsTr("QR code of your tote")
        }
        Label {
            objectName: "pickupCodeText"
            Layout.fillWidth: true
            visible: screen.checkout.state === CheckoutController.Ready
            text: qsTr("Pickup code: %1").arg(screen.checkout.pickupCode)
            font.pixelSize: Theme.fontHero
            font.weight: Font.Bold
            font.letterSpacing: 4
            color: Theme.ink
            horizontalAlignment: Text.AlignHCenter
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing
            Button {
                text: qsTr("Back to my tote")
                visible: screen.checkout.state !== CheckoutController.Ready
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                Accessible.name: text
                onClicked: screen.backRequested()
            }
            Button {
                text: qsTr("Try again")
                visible: screen.checkout.state === CheckoutController.Failed
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                Accessible.name: text
                onClicked: screen.checkout.finish()
            }
            Button {
                objectName: "checkoutDoneButton"
                text: qsTr("Done")
                visible: screen.checkout.state === CheckoutController.Ready
                highlighted: true
                Layout.preferredHeight: Theme.touchTarget
                Layout.preferredWidth: Theme.touchTarget * 3
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Done, clear the screen")
                onClicked: screen.doneRequested()
            }
        }
    }
}
