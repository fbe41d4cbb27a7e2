// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

ApplicationWindow {
    id: window
    required property BackendStatus backend
    required property ProductController products
    required property LanguageController languages
    required property SessionController session
    required property NavigationController navigation
    required property ProductPage page
    required property SearchModel search
    required property ScanController scans
    required property ToteController tote
    required property AdminGate admin
    required property SettingsModel settings
    required property DiagnosticsModel diagnostics

    required property CheckoutController checkout
    required property EmailController email
    required property CustomerLinkController customer
    required property CameraController camera
    // QT_IM_MODULE=qtvirtualkeyboard: the on-screen keyboard is shown for text fields.
    property bool keyboardEnabled: false
    readonly property int toteCount: tote.itemCount

    width: 1280
    height: 800
    visible: true
    title: qsTr("Omnitote")
    color: Theme.background
    font.family: Theme.fontFamily

    AttractScreen {
        anchors.fill: parent
        visible: window.navigation.screen === NavigationController.Attract
        backend: window.backend
        languages: window.languages
        camera: window.camera
        onStartRequested: {
            window.session.activity()
            window.navigation.showProduct()
        }
    }

    // "Reach" on a wall leaves the top of the screen to the store's name; everything else moves below.
    readonly property real reachTop: Theme.reachable && width > height ? height * Theme.reachTopFraction : 0
    ReachBanner {
        objectName: "reachBanner"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: window.reachTop
        visible: window.reachTop > 0 && window.navigation.screen !== NavigationController.Attract
        retailerName: window.backend.retailerName
        storeName: window.backend.storeName
    }

    // Header, screen, display options, keyboard. "Reach" also moves the header below the screen.
    GridLayout {
        anchors.fill: parent
        anchors.topMargin: window.reachTop
        visible: window.navigation.screen !== NavigationController.Attract
        columns: 1
        rowSpacing: 0

        HeaderBar {
            Layout.fillWidth: true
            Layout.row: Theme.reachable ? 1 : 0
            products: window.products
            navigation: window.navigation
            scans: window.scans
            toteCount: window.toteCount
            onHomeRequested: window.session.end()
        }
        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.row: Theme.reachable ? 0 : 1
            sourceComponent: {
                switch (window.navigation.screen) {
                case NavigationController.Search:
                    return searchScreen
                case NavigationController.Tote:
                    return toteScreen
                case NavigationController.Checkout:
                    return checkoutScreen
                default:
                    return productScreen
                }
            }
        }
        UtilityBar {
            Layout.fillWidth: true
            Layout.row: 2
            languages: window.languages
            scans: window.scans
        }
        Loader {
            id: keyboard
            Layout.fillWidth: true
            Layout.row: 3
            Layout.preferredHeight: item && item.active ? item.height : 0
            active: window.keyboardEnabled
            source: "KeyboardPanel.qml"
        }
    }

    Component {
        id: productScreen
        ProductScreen {
            products: window.products
            page: window.page
            scans: window.scans
        }
    }
    Component {
        id: toteScreen
        ToteScreen {
            tote: window.tote
            email: window.email
            customer: window.customer
            onBackRequested: window.navigation.showProduct()
            onCheckoutRequested: window.checkout.finish()
        }
    }
    Component {
        id: checkoutScreen
        CheckoutScreen {
            checkout: window.checkout
            onBackRequested: window.navigation.showTote()
            onDoneRequested: window.session.end()
        }
    }
    Component {
        id: searchScreen
        SearchScreen {
            search: window.search
            products: window.products
        }
    }

    // A scan that failed its checks opens the product screen, which says why.
    Connections {
        target: window.scans
        function onRejected() {
            if (window.navigation.screen === NavigationController.Attract)
                window.navigation.showProduct()
        }
    }

    StillThereDialog {
        session: window.session
    }

    // Store IT's way in: five quick taps in the bottom-right corner, then the PIN. Nothing shows
    // there and screen readers skip it, so shoppers never meet it.
    MouseArea {
        objectName: "adminCorner"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: Theme.touchTarget
        height: Theme.touchTarget
        z: 100
        Accessible.ignored: true
        onClicked: window.admin.secretTap()
    }

    AdminOverlay {
        admin: window.admin
        settings: window.settings
        diagnostics: window.diagnostics
    }
}
