// SPDX-License-Identifier: MIT
// The client process SIGKILLed at random moments, then started again: while adding lines (every line
// it reported as added is still there, with its op) and while syncing through a delaying proxy (the
// server's tote ends up exactly as intended, nothing lost, nothing doubled).
#include "democatalog.h"
#include "faultproxy.h"
#include "testserver.h"
#include "toteworkload.h"

#include <backendapi.h>
#include <httpclient.h>
#include <totelimits.h>
#include <totestore.h>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

class ToteKillTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool finish(QProcess &process, int timeoutMs)
    {
        if (process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&process, &QProcess::finished);
        return finished.wait(timeoutMs);
    }

    // Runs the helper for `ms` (while this process's event loop serves the server), then SIGKILLs it.
    // With firstOutput, the clock starts when it printed something (a busy machine starts it slowly).
    static void runThenKill(QProcess &process, const QStringList &args, int ms, bool firstOutput = false)
    {
        process.start(QStringLiteral(OMNITOTE_TOTESYNCCLIENT), args);
        process.waitForStarted();
        if (firstOutput) {
            QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
            output.wait(20000);
        }
        QTest::qWait(ms);
        process.kill(); // SIGKILL on Unix
        finish(process, 10000);
    }

private Q_SLOTS:
    void killedWhileAddingLosesNothingItReported()
    {
        QRandomGenerator random(4242);
        for (int round = 0; round < 8; ++round) {
            const QString file = m_dir.filePath(QStringLiteral("adds-%1.db").arg(round));
            QProcess child;
            // As many adds as one tote may hold; at a random moment in them (or after) comes the kill.
            runThenKill(child, {QStringLiteral("add"), file, QString::number(ToteLimits::maxLines)},
                        int(random.bounded(0, 200)), true);
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            QStringList reported;
            for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
                if (line.startsWith("added "))
                    reported.append(QString::fromLatin1(line.mid(6)));
            }
            ToteStore store;
            QString error;
            QVERIFY2(store.open(file, &error), qPrintable(error));
            for (const QString &lineId : std::as_const(reported))
                QVERIFY2(store.rowOf(lineId) >= 0,
                         qPrintable(QStringLiteral("round %1: lost %2").arg(round).arg(lineId)));
            // Line and op are one transaction: exactly one add op per stored line.
            QCOMPARE(store.pendingCount(), store.lines().size());
            QVERIFY(store.lines().size() >= reported.size());
            QVERIFY2(!reported.isEmpty(), "the helper was killed before it added anything");
        }
    }

    void killedWhileSyncingConverges()
    {
        TestServer server;
        QString error;
        QVERIFY2(server.start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        FaultProxy proxy(99);
        QVERIFY(proxy.listen(server.runtime().port(), &error));
        proxy.setFaults({0, 0, 0, 0.6, 25}); // slow, so kills land mid-sync
        const QString token = server.token(Server::Principal::Role::Device);
        const QList<ToteItem> items = toteItems(DemoCatalog::load(), 24);

        int totalKills = 0;
        for (quint32 seed = 1; seed <= 4; ++seed) {
            QRandomGenerator random(seed);
            const QString file = m_dir.filePath(QStringLiteral("sync-%1.db").arg(seed));
            ToteWorkload workload(items, seed);
            const auto edit = [&](int count) {
                ToteStore store;
                QString why;
                if (!store.open(file, &why))
                    return why;
                for (int i = 0; i < count; ++i) {
                    if (!workload.step(store, &why))
                        return why;
                }
                return QString();
            };
            QCOMPARE(edit(120), QString());
            const QStringList args {QStringLiteral("sync"), file, proxy.url().toString(), token,
                                    QStringLiteral("4")};
            int kills = 0;
            for (; kills < 6; ++kills) {
                QProcess child;
                runThenKill(child, args, int(random.bounded(30, 300)));
                if (child.exitStatus() == QProcess::NormalExit)
                    break; // it finished before the kill
                QCOMPARE(edit(int(random.bounded(0, 10))), QString()); // the shopper goes on
            }
            QProcess last;
            last.start(QStringLiteral(OMNITOTE_TOTESYNCCLIENT), args);
            QVERIFY(finish(last, 60000));
            QVERIFY2(last.exitStatus() == QProcess::NormalExit && last.exitCode() == 0,
                     last.readAllStandardError().constData());

            ToteStore store;
            QVERIFY(store.open(file, &error));
            QCOMPARE(store.pendingCount(), 0);
            QCOMPARE(store.quarantinedCount(), 0);
            QCOMPARE(workload.diff(store.lines()), QString());
            HttpClient http;
            BackendApi api(&http);
            api.setBaseUrl(server.baseUrl());
            api.setToken(token);
            std::unique_ptr<ToteCall> call(api.tote(store.activeTote().serverId));
            QSignalSpy finished(call.get(), &ApiCall::finished);
            QVERIFY(finished.wait(10000));
            QVERIFY2(call->ok(), qPrintable(call->errorMessage()));
            QVERIFY2(workload.diff(call->result()->lines).isEmpty(),
                     qPrintable(QStringLiteral("seed %1 after %2 kills: %3")
                                    .arg(seed)
                                    .arg(kills)
                                    .arg(workload.diff(call->result()->lines))));
            qInfo("seed %u: %d kills mid-sync, %lld lines on the server", seed, kills,
                  qint64(call->result()->lines.size()));
            totalKills += kills;
        }
        QVERIFY2(totalKills > 0, "no kill landed while the helper was syncing");
    }
};

QTEST_GUILESS_MAIN(ToteKillTest)
#include "totekilltest.moc"
