// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Omnitote.Kiosk

ApplicationWindow {
    id: window
    required property BackendStatus backend
    required property ProductController products
    required property LanguageController languages
    required property SessionController session
    required property ScanController scans
    required property ToteController tote

    // The product page's "Add to tote" calls window.tote.addCurrentProduct(fulfilment); this opens the tote.
    function showTote() {
        stack.push(toteScreen)
    }

    width: 1280
    height: 800
    visible: true
    title: qsTr("Omnitote")
    color: Theme.background
    font.family: Theme.fontFamily

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: attractScreen
    }

    Component {
        id: attractScreen
        AttractScreen {
            backend: window.backend
            languages: window.languages
            onStartRequested: {
                window.session.activity()
                stack.push(productScreen)
            }
        }
    }

    Component {
        id: productScreen
        ProductScreen {
            products: window.products
            languages: window.languages
            scans: window.scans
            onHomeRequested: window.session.end()
        }
    }

    Component {
        id: toteScreen
        ToteScreen {
            tote: window.tote
            onBackRequested: stack.pop()
        }
    }

    // The session ended (timeout or Home): back to the attract screen; the models are already clear.
    Connections {
        target: window.session
        function onEnded() {
            stack.pop(null)
        }
    }

    StillThereDialog {
        session: window.session
    }

    // A scan or a lookup from anywhere opens the product screen; so does a scan that could not be
    // read, so the shopper sees why.
    Connections {
        target: window.products
        function onChanged() {
            if (window.products.status !== ProductController.Empty && stack.depth === 1)
                stack.push(productScreen)
        }
    }
    Connections {
        target: window.scans
        function onRejected() {
            if (stack.depth === 1)
                stack.push(productScreen)
        }
    }
}
