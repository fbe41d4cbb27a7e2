// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Omnitote

TestCase {
    name: "ReviewDelegate"
    when: windowShown
    width: 500
    height: 400

    Component {
        id: reviewComponent
        ReviewDelegate {
            width: 480
            rating: 4
            title: "My morning mug"
            body: "Heavy, keeps coffee warm, and the glaze is beautiful. ".repeat(6)
            author: "Kadri M."
            dateText: "14 May 2026"
            verified: true
        }
    }

    function test_longTextWrapsInsideTheWidth() {
        const review = createTemporaryObject(reviewComponent, this)
        verify(review)
        verify(review.implicitHeight > 100) // several lines, not one clipped line
        compare(review.width, 480)
    }

    function test_accessibleNameReadsTheReview() {
        const review = createTemporaryObject(reviewComponent, this)
        verify(review.Accessible.name.startsWith("4 out of 5 stars. My morning mug."))
    }
}
