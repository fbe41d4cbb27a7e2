// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Omnitote

TestCase {
    name: "ProductCard"
    when: windowShown
    width: 400
    height: 400

    Component {
        id: cardComponent
        ProductCard {
            width: 240
            height: 320
            productId: "NP-1"
            name: "Fjordline Stoneware Mug"
            brand: "Fjordline"
            priceText: "€12.99"
            imageUrl: ""
            onlineOnly: true
            ratingAverage: 3.5
            ratingCount: 4
        }
    }
    SignalSpy { id: openedSpy; signalName: "opened" }

    function test_tapOpensTheProduct() {
        const card = createTemporaryObject(cardComponent, this)
        verify(card)
        openedSpy.target = card
        openedSpy.clear()
        card.clicked() // what a tap delivers to the delegate
        compare(openedSpy.count, 1)
        compare(openedSpy.signalArguments[0][0], "NP-1")
    }

    function test_accessibleNameSaysNameAndPrice() {
        const card = createTemporaryObject(cardComponent, this)
        compare(card.Accessible.name, "Fjordline Stoneware Mug, €12.99")
        compare(card.Accessible.role, Accessible.Button)
    }

    function test_touchTarget() {
        const card = createTemporaryObject(cardComponent, this)
        verify(card.height >= Theme.touchTarget)
    }
}
