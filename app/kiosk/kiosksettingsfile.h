// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace Omnitote {

/**
 * The settings store IT saves from the admin screen: `name = value` lines whose names are the
 * kiosk's long option names (backend, token, store, idle-seconds, ...). They sit below flags and
 * environment variables, so a provisioning script always wins. The file holds the device token, so
 * it is written atomically and readable by the kiosk's user only.
 */
namespace KioskSettingsFile {

/** The values in `path`; an absent file is empty, not an error. */
QHash<QString, QString> read(const QString &path, QString *error);
/** Replaces `path` with `values` (atomically, mode 0600); values may not contain line breaks. */
bool write(const QString &path, const QHash<QString, QString> &values, QString *error);

} // namespace KioskSettingsFile

} // namespace Omnitote
