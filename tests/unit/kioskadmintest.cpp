// SPDX-License-Identifier: MIT
// The admin way in (gesture + PIN with lockout), the settings file and its place below flags and
// environment, the settings model the admin screen edits, and the diagnostics model.
#include <admingate.h>
#include <diagnosticsmodel.h>
#include <kioskoptions.h>
#include <kiosksettingsfile.h>
#include <pinhash.h>
#include <settingsmodel.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;

namespace {

void tap(AdminGate &gate, int times)
{
    for (int i = 0; i < times; ++i)
        gate.secretTap();
}

QString rowValue(const SettingsModel &model, const QString &key, int role)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (model.data(index, SettingsModel::KeyRole).toString() == key)
            return model.data(index, role).toString();
    }
    return QStringLiteral("<absent>");
}

} // namespace

class KioskAdminTest : public QObject
{
    Q_OBJECT

    QString m_pinHash;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        // The lowest accepted cost keeps the test quick; the kiosk's default is 20x slower.
        m_pinHash = PinHash::make(QStringLiteral("2468"), PinHash::minimumIterations);
        QVERIFY(!m_pinHash.isEmpty());
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        qunsetenv("OMNITOTE_IDLE_SECONDS");
        qunsetenv("OMNITOTE_BACKEND_URL");
    }

    void fewOrSlowTapsDoNotAskForThePin()
    {
        AdminGate gate(m_pinHash);
        tap(gate, AdminGate::tapsNeeded - 1);
        QCOMPARE(gate.state(), AdminGate::State::Closed);
        tap(gate, 1);
        QCOMPARE(gate.state(), AdminGate::State::PinEntry);
    }

    void rightPinOpensAfterABackgroundCheck()
    {
        AdminGate gate(m_pinHash);
        tap(gate, AdminGate::tapsNeeded);
        gate.submitPin(QStringLiteral("2468"));
        QCOMPARE(gate.state(), AdminGate::State::Checking); // the hash runs off this thread
        QTRY_COMPARE(gate.state(), AdminGate::State::Open);
        gate.close();
        QCOMPARE(gate.state(), AdminGate::State::Closed);
    }

    void wrongPinsSayHowManyTriesAreLeftThenLock()
    {
        AdminGate gate(m_pinHash);
        gate.setLockTimes(300, 1000);
        tap(gate, AdminGate::tapsNeeded);
        for (int attempt = 1; attempt < AdminGate::attemptsBeforeLock; ++attempt) {
            gate.submitPin(QStringLiteral("1111"));
            QTRY_COMPARE(gate.state(), AdminGate::State::PinEntry);
            QVERIFY2(gate.message().contains(QString::number(AdminGate::attemptsBeforeLock - attempt)),
                     qPrintable(gate.message()));
        }
        gate.submitPin(QStringLiteral("1111"));
        QTRY_COMPARE(gate.state(), AdminGate::State::Locked);
        QVERIFY(gate.lockSecondsLeft() > 0);
        // Locked: even the right PIN is not looked at.
        gate.submitPin(QStringLiteral("2468"));
        QCOMPARE(gate.state(), AdminGate::State::Locked);
        QTRY_COMPARE(gate.state(), AdminGate::State::PinEntry);
        gate.submitPin(QStringLiteral("2468"));
        QTRY_COMPARE(gate.state(), AdminGate::State::Open);
    }

    void closingDuringTheCheckIgnoresItsAnswer()
    {
        AdminGate gate(m_pinHash);
        tap(gate, AdminGate::tapsNeeded);
        gate.submitPin(QStringLiteral("2468"));
        gate.close();
        QTest::qWait(300); // long enough for the background check to answer
        QCOMPARE(gate.state(), AdminGate::State::Closed);
    }

    void withoutAProvisionedPinTheGateNeverOpens_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::newRow("none") << QString();
        QTest::newRow("malformed") << QStringLiteral("pbkdf2-sha256$1$x$y");
    }
    void withoutAProvisionedPinTheGateNeverOpens()
    {
        QFETCH(QString, hash);
        AdminGate gate(hash);
        QVERIFY(!gate.provisioned());
        tap(gate, AdminGate::tapsNeeded);
        QCOMPARE(gate.state(), AdminGate::State::PinEntry);
        QVERIFY(gate.message().contains(QStringLiteral("admin-pin")));
        gate.submitPin(QStringLiteral("0000"));
        QCOMPARE(gate.state(), AdminGate::State::PinEntry);
    }

    void settingsFileRoundTripsAndIsPrivate()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.conf"));
        QString error;
        const QHash<QString, QString> values {
            {QStringLiteral("backend"), QStringLiteral("https://omni.example")},
            {QStringLiteral("token"), QStringLiteral("secret-token")},
            {QStringLiteral("idle-seconds"), QStringLiteral("120")}};
        QVERIFY2(KioskSettingsFile::write(path, values, &error), qPrintable(error));
        QCOMPARE(KioskSettingsFile::read(path, &error), values);
        QVERIFY(error.isEmpty());
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void settingsFileRefusesWhatItCannotHold()
    {
        const QString path = m_dir.filePath(QStringLiteral("refused.conf"));
        QString error;
        QVERIFY(!KioskSettingsFile::write(path, {{QStringLiteral("store"), QStringLiteral("a\nbackend = x")}},
                                          &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));

        QFile broken(m_dir.filePath(QStringLiteral("broken.conf")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("backend = https://a.example\nthis line has no equals sign\n");
        broken.close();
        error.clear();
        QVERIFY(KioskSettingsFile::read(broken.fileName(), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("line 2")), qPrintable(error));
    }

    void optionsComeFromFlagThenEnvironmentThenFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("layers.conf"));
        QString error;
        QVERIFY(KioskSettingsFile::write(path,
                                         {{QStringLiteral("idle-seconds"), QStringLiteral("120")},
                                          {QStringLiteral("store"), QStringLiteral("tallinn-1")},
                                          {QStringLiteral("scan-dedupe-ms"), QStringLiteral("900")}},
                                         &error));
        const QStringList args {QStringLiteral("omnitote"), QStringLiteral("--settings"), path};
        auto fromFile = KioskOptions::parse(args, &error);
        QVERIFY2(fromFile, qPrintable(error));
        QCOMPARE(fromFile->idleSeconds, 120);
        QCOMPARE(fromFile->storeId, QStringLiteral("tallinn-1"));
        QVERIFY(fromFile->overriddenSettings.isEmpty());

        qputenv("OMNITOTE_IDLE_SECONDS", "60");
        auto fromEnvironment = KioskOptions::parse(
            args + QStringList {QStringLiteral("--scan-dedupe-ms"), QStringLiteral("400")}, &error);
        QVERIFY2(fromEnvironment, qPrintable(error));
        QCOMPARE(fromEnvironment->idleSeconds, 60);
        QCOMPARE(fromEnvironment->scanDedupeMs, 400);
        QCOMPARE(fromEnvironment->storeId, QStringLiteral("tallinn-1"));
        QVERIFY(fromEnvironment->overriddenSettings.contains(QStringLiteral("idle-seconds")));
        QVERIFY(fromEnvironment->overriddenSettings.contains(QStringLiteral("scan-dedupe-ms")));
        QVERIFY(!fromEnvironment->overriddenSettings.contains(QStringLiteral("store")));
    }

    void aBadSettingsFileStopsTheKioskWithTheReason()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.conf"));
        QString error;
        QVERIFY(KioskSettingsFile::write(path,
                                         {{QStringLiteral("backend"), QStringLiteral("http://shop.example")},
                                          {QStringLiteral("token"), QStringLiteral("t")}},
                                         &error));
        QVERIFY(
            !KioskOptions::parse({QStringLiteral("omnitote"), QStringLiteral("--settings"), path}, &error));
        QVERIFY2(error.contains(QStringLiteral("https")), qPrintable(error));
        QVERIFY(!KioskOptions::parse(
            {QStringLiteral("omnitote"), QStringLiteral("--admin-pin-hash"), QStringLiteral("2468")},
            &error));
        QVERIFY2(error.contains(QStringLiteral("admin-pin")), qPrintable(error));
    }

    void settingsModelEditsChecksAndSaves()
    {
        const QString path = m_dir.filePath(QStringLiteral("model.conf"));
        QString error;
        qputenv("OMNITOTE_BACKEND_URL", "");
        auto options = KioskOptions::parse({QStringLiteral("omnitote"), QStringLiteral("--settings"), path,
                                            QStringLiteral("--token"), QStringLiteral("device-token-abcd")},
                                           &error);
        QVERIFY2(options, qPrintable(error));
        SettingsModel model(*options);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A flag set it: shown, masked, locked.
        QCOMPARE(rowValue(model, QStringLiteral("token"), SettingsModel::LockedRole), QStringLiteral("true"));
        const QString shownToken = rowValue(model, QStringLiteral("token"), SettingsModel::ValueRole);
        QVERIFY(shownToken.endsWith(QStringLiteral("abcd")));
        QVERIFY(!shownToken.contains(QStringLiteral("device-token")));
        QVERIFY(!model.setValue(QStringLiteral("token"), QStringLiteral("other")));

        // A bad value is refused with the command line's reason; the file is not written.
        QVERIFY(model.setValue(QStringLiteral("idle-seconds"), QStringLiteral("2")));
        QVERIFY(model.dirty());
        QVERIFY(!model.save());
        QVERIFY2(model.error().contains(QStringLiteral("idle-seconds")), qPrintable(model.error()));
        QVERIFY(!QFile::exists(path));

        QVERIFY(model.setValue(QStringLiteral("idle-seconds"), QStringLiteral("45")));
        QVERIFY(model.setValue(QStringLiteral("store"), QStringLiteral("riga-1")));
        QVERIFY2(model.save(), qPrintable(model.error()));
        QVERIFY(model.error().isEmpty());
        QVERIFY(!model.dirty());
        QVERIFY(model.restartNeeded());
        const auto saved = KioskSettingsFile::read(path, &error);
        QCOMPARE(saved.value(QStringLiteral("idle-seconds")), QStringLiteral("45"));
        QCOMPARE(saved.value(QStringLiteral("store")), QStringLiteral("riga-1"));
        QVERIFY(!saved.contains(QStringLiteral("token"))); // locked values stay out of the file

        // The next start reads what was saved.
        auto next =
            KioskOptions::parse({QStringLiteral("omnitote"), QStringLiteral("--settings"), path}, &error);
        QVERIFY2(next, qPrintable(error));
        QCOMPARE(next->idleSeconds, 45);
        QCOMPARE(next->storeId, QStringLiteral("riga-1"));

        // Unsaved edits are dropped on revert (and at session end).
        QVERIFY(model.setValue(QStringLiteral("store"), QStringLiteral("vilnius-1")));
        model.revert();
        QVERIFY(!model.dirty());
        QCOMPARE(rowValue(model, QStringLiteral("store"), SettingsModel::ValueRole),
                 QStringLiteral("riga-1"));
    }

    void diagnosticsShowWhatItWasGiven()
    {
        DiagnosticsModel::Parts parts;
        parts.dataDir = m_dir.path();
        DiagnosticsModel model(parts);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString disk = model.describe(QStringLiteral("Device"), QStringLiteral("Free disk"));
        QVERIFY2(disk.contains(m_dir.path()), qPrintable(disk));
        QVERIFY(model.describe(QStringLiteral("Device"), QStringLiteral("Version"))
                    .contains(QStringLiteral("Qt 6")));
        model.setWatching(true);
        QVERIFY(model.watching());
        model.setWatching(false);

        DiagnosticsModel missing(
            {nullptr, nullptr, nullptr, nullptr, nullptr, QStringLiteral("/nonexistent/omnitote-data")});
        QVERIFY(missing.describe(QStringLiteral("Device"), QStringLiteral("Free disk"))
                    .startsWith(QStringLiteral("Error")));
    }
};

QTEST_GUILESS_MAIN(KioskAdminTest)
#include "kioskadmintest.moc"
