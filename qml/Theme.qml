// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick
import Omnitote.Kiosk

// Colours, type sizes and spacing shared by every screen, with the shopper's accessibility choices:
// large text, a high-contrast palette, and (on the touch wall) controls kept within reach.
QtObject {
    // Shopper choices (DisplayOptions, set back when the session ends).
    readonly property bool largeText: DisplayOptions.largeText
    readonly property bool highContrast: DisplayOptions.highContrast
    readonly property bool reachable: DisplayOptions.reachable

    readonly property real textScale: largeText ? 1.3 : 1.0
    // With "Reach" on a landscape wall, the top part of the screen holds no control: on a 55" wall
    // hung at the usual height its upper 40% is above a seated shopper's reach.
    readonly property real reachTopFraction: 0.4

    readonly property color background: highContrast ? "#000000" : "#f6f1e7"
    readonly property color surface: highContrast ? "#000000" : "#ffffff"
    readonly property color ink: highContrast ? "#ffffff" : "#1d2a24"
    readonly property color inkMuted: highContrast ? "#ffffff" : "#5d6b64"
    readonly property color brand: highContrast ? "#000000" : "#1f3a2e"
    readonly property color brandLight: highContrast ? "#000000" : "#2f5443"
    readonly property color accent: highContrast ? "#ffd400" : "#d98e32"
    readonly property color star: highContrast ? "#ffd400" : "#e3a21a"
    readonly property color starEmpty: highContrast ? "#555555" : "#d8d2c4"
    readonly property color error: highContrast ? "#ff8a80" : "#a23b2a"
    readonly property color success: highContrast ? "#7cff7c" : "#2e7d4f"
    readonly property color warning: highContrast ? "#ffd400" : "#9a5b00"
    readonly property color textOnBrand: highContrast ? "#ffffff" : "#f6f1e7"
    readonly property color divider: highContrast ? "#ffffff" : "#e3dccd"
    readonly property color chip: highContrast ? "#000000" : "#ece5d6"

    readonly property string fontFamily: "Noto Sans"
    readonly property int fontSmall: Math.round(16 * textScale)
    readonly property int fontBody: Math.round(20 * textScale)
    readonly property int fontTitle: Math.round(34 * textScale)
    readonly property int fontHero: Math.round(64 * textScale)

    // 9 mm at ~160 dpi: the smallest touch target we draw.
    readonly property int touchTarget: 60
    readonly property int radius: 14
    readonly property int spacing: 20
    readonly property int borderWidth: highContrast ? 2 : 1
}
