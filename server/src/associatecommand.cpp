// SPDX-License-Identifier: MIT
#include "associatecommand.h"

#include "associatestore.h"
#include "secrethash.h"
#include "serverruntime.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace Omnitote::Server {

QList<QCommandLineOption> associateCommandOptions()
{
    return {
        {QStringLiteral("staff"), QStringLiteral("Staff number, for associate add"),
         QStringLiteral("number")},
        {QStringLiteral("name"), QStringLiteral("Display name, for associate add"), QStringLiteral("text")},
    };
}

int runAssociateCommand(ServerRuntime &runtime, const QCommandLineParser &parser, QTextStream &out,
                        QTextStream &err)
{
    static const QRegularExpression staffPattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    const QString storeId = parser.value(QStringLiteral("store"));
    const QString staff = parser.value(QStringLiteral("staff")).trimmed();
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (!runtime.storage().store(storeId)) {
        err << "omnitote-server: associate add needs --store with an existing store id" << Qt::endl;
        return 2;
    }
    if (!staffPattern.match(staff).hasMatch()) {
        err << "omnitote-server: associate add needs --staff with 1-32 letters, digits, _ or -" << Qt::endl;
        return 2;
    }
    if (name.size() > 100) {
        err << "omnitote-server: --name is at most 100 characters" << Qt::endl;
        return 2;
    }
    QString error;
    QElapsedTimer timer;
    timer.start();
    const auto made = runtime.storage().associates().add(storeId, staff, name.isEmpty() ? staff : name,
                                                         SecretHash::defaultIterations, &error);
    if (!made) {
        err << "omnitote-server: could not store the associate: " << error << Qt::endl;
        return 1;
    }
    out << "Created associate " << staff << " (" << made->record.name << ") in store " << storeId
        << "; old PIN and badge, if any, no longer work. Hashing took " << timer.elapsed() << " ms."
        << Qt::endl;
    out << "One-time PIN (shown once): " << made->pin << Qt::endl;
    out << "Badge payload (print as a QR or Code 128 code; shown once):" << Qt::endl;
    out << made->badge << Qt::endl;
    return 0;
}

} // namespace Omnitote::Server
