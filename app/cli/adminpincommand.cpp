// SPDX-License-Identifier: MIT
// `omnitote admin-pin`: turns an admin PIN read from standard input into the hash the kiosk's
// settings hold (--admin-pin-hash / OMNITOTE_ADMIN_PIN_HASH / admin-pin-hash in kiosk.conf). The PIN
// comes on stdin so it never shows in `ps` or the shell's history.
#include "diagnosticscommand.h"

#include <pinhash.h>

#include <QTextStream>

namespace Omnitote {

int runAdminPinCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    if (!arguments.isEmpty()) {
        err << "usage: echo PIN | omnitote admin-pin" << Qt::endl;
        return 2;
    }
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
    if (!PinHash::isAcceptablePin(pin)) {
        err << "omnitote admin-pin: the PIN must be 4 to 12 digits" << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << PinHash::make(pin) << Qt::endl;
    return 0;
}

} // namespace Omnitote
