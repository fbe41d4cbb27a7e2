// SPDX-License-Identifier: MIT
// omnitote-scenegen OUTDIR [SHARED_TESTDATA] [SEED]: writes the camera-like scene set and a manifest.tsv
// (file, format, condition, expected text) for looking at the scenes or decoding them by hand.
#include "scenegenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: omnitote-scenegen OUTDIR [SHARED_TESTDATA] [SEED]" << Qt::endl;
        return 2;
    }
    const auto scenes =
        Omnitote::Scenes::generate(args.at(1), args.value(2), args.value(3, QStringLiteral("1")).toUInt());
    QFile manifest(args.at(1) + QStringLiteral("/manifest.tsv"));
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    QTextStream out(&manifest);
    for (const auto &scene : scenes)
        out << scene.file << '\t' << scene.format << '\t' << scene.condition << '\t'
            << QString(scene.expectedText).replace(QChar(0x1d), QStringLiteral("<GS>")) << '\n';
    QTextStream(stdout) << scenes.size() << " scenes in " << args.at(1) << Qt::endl;
    return 0;
}
