// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Omnitote

TestCase {
    name: "RatingStars"
    when: windowShown

    Component {
        id: starsComponent
        RatingStars {}
    }

    function test_fill_data() {
        return [
            { tag: "zero", rating: 0, fills: [0, 0, 0, 0, 0] },
            { tag: "three and a half", rating: 3.5, fills: [1, 1, 1, 0.5, 0] },
            { tag: "full", rating: 5, fills: [1, 1, 1, 1, 1] },
            { tag: "out of range", rating: 7, fills: [1, 1, 1, 1, 1] },
        ]
    }

    function test_fill(data) {
        const stars = createTemporaryObject(starsComponent, this, { rating: data.rating })
        verify(stars)
        for (let i = 0; i < 5; ++i)
            fuzzyCompare(stars.fillFor(i), data.fills[i], 0.001, "star " + i)
    }

    function test_accessibleName() {
        const stars = createTemporaryObject(starsComponent, this, { rating: 4.25 })
        compare(stars.Accessible.name, "Rated 4.3 out of 5")
    }

    function test_sizeFollowsStarSize() {
        const stars = createTemporaryObject(starsComponent, this, { starSize: 30 })
        compare(stars.implicitHeight, 30)
        verify(stars.implicitWidth >= 5 * 30)
    }
}
