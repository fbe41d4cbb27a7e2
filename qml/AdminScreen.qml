// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitote.Kiosk

// Store IT's screen behind the PIN: settings (saved to the settings file, applied on restart) and
// diagnostics of every scanner, reader, the backend and the sync queue.
ColumnLayout {
    id: screen
    required property AdminGate admin
    required property SettingsModel settings
    required property DiagnosticsModel diagnostics

    spacing: Theme.spacing * 0.5

    RowLayout {
        Layout.fillWidth: true
        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton {
                objectName: "settingsTab"
                text: qsTr("Settings")
                font.pixelSize: Theme.fontBody
                height: Theme.touchTarget
            }
            TabButton {
                objectName: "diagnosticsTab"
                text: qsTr("Diagnostics")
                font.pixelSize: Theme.fontBody
                height: Theme.touchTarget
            }
        }
        Button {
            objectName: "adminClose"
            text: qsTr("Close")
            Layout.preferredHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            onClicked: {
                screen.settings.revert()
                screen.admin.close()
            }
        }
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: tabs.currentIndex

        // Settings
        ColumnLayout {
            spacing: Theme.spacing * 0.5
            ListView {
                objectName: "settingsList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing * 0.4
                model: screen.settings
                delegate: ColumnLayout {
                    id: row
                    required property string key
                    required property string label
                    required property string value
                    required property bool secret
                    required property bool locked
                    required property bool numeric
                    width: ListView.view.width
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: row.locked ? qsTr("%1 (set by the device's provisioning)").arg(row.label) : row.label
                        color: Theme.inkMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                    TextField {
                        objectName: "setting-" + row.key
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget
                        font.pixelSize: Theme.fontBody
                        enabled: !row.locked
                        // A secret is never shown back; typing replaces it.
                        text: row.secret ? "" : row.value
                        placeholderText: row.secret ? (row.value.length > 0 ? row.value : qsTr("not set"))
                                                    : ""
                        echoMode: row.secret ? TextInput.Password : TextInput.Normal
                        inputMethodHints: row.numeric ? Qt.ImhDigitsOnly : Qt.ImhNoPredictiveText
                        Accessible.name: row.label
                        onEditingFinished: {
                            if (!row.secret || text.length > 0)
                                screen.settings.setValue(row.key, text)
                        }
                    }
                }
            }
            Label {
                objectName: "settingsError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: screen.settings.error
                color: Theme.error
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: screen.settings.restartNeeded
                text: qsTr("Saved to %1. Restart the kiosk to apply.").arg(screen.settings.settingsFile)
                color: Theme.success
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            RowLayout {
                spacing: Theme.spacing * 0.5
                Button {
                    objectName: "settingsSave"
                    text: qsTr("Save")
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    enabled: screen.settings.dirty
                    onClicked: screen.settings.save()
                }
                Button {
                    text: qsTr("Undo changes")
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    enabled: screen.settings.dirty
                    onClicked: screen.settings.revert()
                }
                Button {
                    text: qsTr("Restart kiosk")
                    Layout.preferredHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    visible: screen.settings.restartNeeded
                    onClicked: screen.settings.restart()
                }
            }
        }

        // Diagnostics
        ColumnLayout {
            spacing: Theme.spacing * 0.5
            ListView {
                objectName: "diagnosticsList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: screen.diagnostics
                section.property: "section"
                section.delegate: Label {
                    required property string section
                    text: section
                    color: Theme.ink
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    topPadding: Theme.spacing * 0.5
                }
                delegate: RowLayout {
                    id: diag
                    required property string name
                    required property int health
                    required property string detail
                    width: ListView.view.width
                    spacing: Theme.spacing * 0.5
                    Rectangle {
                        Layout.preferredWidth: Theme.fontSmall
                        Layout.preferredHeight: Theme.fontSmall
                        radius: width / 2
                        color: diag.health === DiagnosticsModel.Ok ? Theme.success
                             : diag.health === DiagnosticsModel.Warning ? Theme.warning
                             : diag.health === DiagnosticsModel.Error ? Theme.error : Theme.divider
                        Accessible.ignored: true
                    }
                    Label {
                        Layout.preferredWidth: parent.width * 0.3
                        text: diag.name
                        color: Theme.ink
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: diag.detail
                        color: Theme.inkMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WrapAnywhere
                    }
                }
            }
            Button {
                objectName: "checkBackend"
                text: qsTr("Check the backend again")
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.fontBody
                onClicked: screen.diagnostics.checkBackend()
            }
        }
    }
}
