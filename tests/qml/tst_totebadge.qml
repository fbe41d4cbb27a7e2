// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Omnitote

TestCase {
    name: "ToteBadge"
    when: windowShown

    Component {
        id: badgeComponent
        ToteBadge {}
    }

    function test_accessibleNameCountsItems() {
        const badge = createTemporaryObject(badgeComponent, this, { count: 3 })
        // The English plural forms come from omnitote_en.qm, which the app (not this runner) loads.
        verify(badge.Accessible.name.startsWith("Tote, 3 item"))
        badge.count = 1
        verify(badge.Accessible.name.startsWith("Tote, 1 item"))
    }

    function test_isATouchTarget() {
        const badge = createTemporaryObject(badgeComponent, this)
        verify(badge.height >= Theme.touchTarget)
        verify(badge.width >= Theme.touchTarget)
    }
}
