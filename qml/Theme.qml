// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick

// Colours, type sizes and spacing shared by every screen.
QtObject {
    readonly property color background: "#f6f1e7"
    readonly property color surface: "#ffffff"
    readonly property color ink: "#1d2a24"
    readonly property color inkMuted: "#5d6b64"
    readonly property color brand: "#1f3a2e"
    readonly property color brandLight: "#2f5443"
    readonly property color accent: "#d98e32"
    readonly property color star: "#e3a21a"
    readonly property color starEmpty: "#d8d2c4"
    readonly property color error: "#a23b2a"
    readonly property color textOnBrand: "#f6f1e7"

    readonly property string fontFamily: "Noto Sans"
    readonly property int fontSmall: 16
    readonly property int fontBody: 20
    readonly property int fontTitle: 34
    readonly property int fontHero: 64

    // 9 mm at ~160 dpi: the smallest touch target we draw.
    readonly property int touchTarget: 60
    readonly property int radius: 14
    readonly property int spacing: 20
}
