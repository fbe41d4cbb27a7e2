// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Omnitote
import Omnitote.Kiosk

TestCase {
    name: "Theme"

    function cleanup() {
        DisplayOptions.largeText = false
        DisplayOptions.highContrast = false
    }

    function test_largeTextScalesEveryTextSize() {
        const body = Theme.fontBody
        const title = Theme.fontTitle
        DisplayOptions.largeText = true
        verify(Theme.fontBody >= body * 1.25)
        verify(Theme.fontTitle >= title * 1.25)
        verify(Theme.fontSmall >= 20) // the smallest text is still readable from arm's length
    }

    // WCAG contrast ratio of two colours.
    function contrast(a, b) {
        function lum(c) {
            function ch(v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4) }
            return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b)
        }
        const l1 = lum(a), l2 = lum(b)
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)
    }

    function test_highContrastMeetsAAA() {
        DisplayOptions.highContrast = true
        verify(contrast(Theme.ink, Theme.background) >= 7)
        verify(contrast(Theme.inkMuted, Theme.surface) >= 7)
        verify(contrast(Theme.accent, Theme.brand) >= 7)
    }

    function test_normalThemeMeetsAA() {
        verify(contrast(Theme.ink, Theme.background) >= 4.5)
        verify(contrast(Theme.inkMuted, Theme.surface) >= 4.5)
        verify(contrast(Theme.textOnBrand, Theme.brand) >= 4.5)
    }

    function test_touchTargetIsAtLeastNineMillimetres() {
        // 9 mm at the 160 dpi of the 10" tablet is 57 px.
        verify(Theme.touchTarget >= Math.ceil(9 / 25.4 * 160))
    }
}
