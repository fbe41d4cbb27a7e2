// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// The app in associate mode (--mode associate): sign in, the checkout queue, picking a tote, and the
// till hand-off. Which screen shows follows the controllers' state.
ApplicationWindow {
    id: window
    required property BackendStatus backend
    required property LanguageController languages
    required property SessionController session
    required property ScanController scans
    required property AssociateSession associate
    required property CheckoutQueueModel queue
    required property PickController picking
    property bool keyboardEnabled: false

    width: 1280
    height: 800
    visible: true
    title: qsTr("Omnitote for associates")
    color: Theme.background
    font.family: Theme.fontFamily

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget + Theme.spacing
            color: Theme.brand
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: window.associate.signedIn
                        ? qsTr("Signed in: %1 (%2)").arg(window.associate.name).arg(window.associate.staffNumber)
                        : qsTr("Associate sign-in")
                    color: Theme.textOnBrand
                    font.pixelSize: Theme.fontBody
                    elide: Text.ElideRight
                }
                Button {
                    objectName: "signOutButton"
                    visible: window.associate.signedIn
                    text: qsTr("Sign out")
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    Accessible.name: text
                    onClicked: window.associate.signOut()
                }
            }
        }
        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: {
                if (!window.associate.signedIn)
                    return signInScreen
                switch (window.picking.stage) {
                case PickController.Picking:
                    return pickScreen
                case PickController.Completed:
                    return tillScreen
                default:
                    return queueScreen
                }
            }
        }
        UtilityBar {
            Layout.fillWidth: true
            languages: window.languages
            scans: window.scans
        }
        Loader {
            Layout.fillWidth: true
            Layout.preferredHeight: item && item.active ? item.height : 0
            active: window.keyboardEnabled
            source: "KeyboardPanel.qml"
        }
    }

    Component {
        id: signInScreen
        SignInScreen {
            associate: window.associate
        }
    }
    Component {
        id: queueScreen
        QueueScreen {
            queue: window.queue
            picking: window.picking
        }
    }
    Component {
        id: pickScreen
        PickScreen {
            picking: window.picking
        }
    }
    Component {
        id: tillScreen
        TillScreen {
            picking: window.picking
        }
    }

    StillThereDialog {
        session: window.session
    }
}
