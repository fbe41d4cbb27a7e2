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
            onStartRequested: stack.push(productScreen)
        }
    }

    Component {
        id: productScreen
        ProductScreen {
            products: window.products
            languages: window.languages
            onHomeRequested: {
                window.products.clear()
                stack.pop()
            }
        }
    }

    // A scan or a lookup from anywhere opens the product screen.
    Connections {
        target: window.products
        function onChanged() {
            if (window.products.status !== ProductController.Empty && stack.depth === 1)
                stack.push(productScreen)
        }
    }
}
