// SPDX-License-Identifier: MIT
// Store IT at a real kiosk (QML UI, embedded backend) offscreen: five taps in the corner, the PIN on
// the keypad, then diagnostics and settings; a wrong PIN is refused; the session's end closes it.
#include "quickitems.h"

#include <admingate.h>
#include <backendstatus.h>
#include <diagnosticsmodel.h>
#include <kioskapplication.h>
#include <kiosksettingsfile.h>
#include <pinhash.h>
#include <sessioncontroller.h>
#include <settingsmodel.h>

#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmnitotePlugin)
Q_IMPORT_QML_PLUGIN(Omnitote_KioskPlugin)

using namespace Omnitote;
using namespace Omnitote::Testing;

class KioskAdminE2eTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    std::unique_ptr<KioskApplication> m_kiosk;

    QQuickWindow *window() const
    {
        return qobject_cast<QQuickWindow *>(m_kiosk->engine().rootObjects().value(0));
    }
    QQuickItem *visibleItem(const QString &name) const
    {
        // The admin screens are in the window's overlay, which is below the window's root item too.
        return Testing::visibleItem(window()->contentItem(), name);
    }
    bool click(const QString &name) const
    {
        QQuickItem *item = visibleItem(name);
        if (!item || !item->isEnabled())
            return false;
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window(), Qt::LeftButton, {}, centre.toPoint());
        return true;
    }
    void tapCorner(int times) const
    {
        for (int i = 0; i < times; ++i)
            QVERIFY(click(QStringLiteral("adminCorner")));
    }
    void typePin(const QString &pin) const
    {
        for (const QChar digit : pin)
            QVERIFY(click(QStringLiteral("pinKey") + digit));
        QVERIFY(click(QStringLiteral("pinKeyOK")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        KioskOptions options;
        options.dataDir = m_dataDir.path();
        options.settingsFile = m_dataDir.filePath(QStringLiteral("kiosk.conf"));
        options.adminPinHash = PinHash::make(QStringLiteral("2468"), PinHash::minimumIterations);
        options.idleSeconds = 600;
        m_kiosk = std::make_unique<KioskApplication>(options);
        QVERIFY(m_kiosk->start());
        QVERIFY(window());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->backendStatus()->state(), BackendStatus::State::Ready, 30000);
    }

    void wrongPinIsRefusedOnScreen()
    {
        tapCorner(AdminGate::tapsNeeded);
        QTRY_VERIFY(visibleItem(QStringLiteral("pinKey1")));
        typePin(QStringLiteral("1111"));
        QTRY_COMPARE(m_kiosk->admin()->state(), AdminGate::State::PinEntry);
        QTRY_VERIFY(visibleItem(QStringLiteral("adminMessage")));
        QTRY_VERIFY(visibleItem(QStringLiteral("adminMessage"))
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("4")));
        QVERIFY(click(QStringLiteral("pinCancel")));
        QTRY_COMPARE(m_kiosk->admin()->state(), AdminGate::State::Closed);
        QTRY_VERIFY(!visibleItem(QStringLiteral("adminOverlay")));
    }

    void rightPinOpensDiagnosticsOfTheRunningKiosk()
    {
        tapCorner(AdminGate::tapsNeeded);
        QTRY_VERIFY(visibleItem(QStringLiteral("pinKey2")));
        typePin(QStringLiteral("2468"));
        QTRY_COMPARE(m_kiosk->admin()->state(), AdminGate::State::Open);
        QTRY_VERIFY(visibleItem(QStringLiteral("diagnosticsTab")));
        QVERIFY(click(QStringLiteral("diagnosticsTab")));
        QTRY_VERIFY(visibleItem(QStringLiteral("diagnosticsList")));
        QVERIFY(m_kiosk->diagnostics()->watching());
        // The embedded backend answered: the backend row says so, with the demo store.
        const QString connection =
            m_kiosk->diagnostics()->describe(QStringLiteral("Backend"), QStringLiteral("Connection"));
        QVERIFY2(connection.startsWith(QStringLiteral("Ok")), qPrintable(connection));
        QTRY_VERIFY(sceneShowsText(window()->contentItem(), QStringLiteral("Connection")));
        // The USB scanner listens (keyboard wedge is on by default).
        const QString wedge = m_kiosk->diagnostics()->describe(QStringLiteral("Scanners and readers"),
                                                               QStringLiteral("USB scanner (keyboard)"));
        QVERIFY2(wedge.startsWith(QStringLiteral("Ok")), qPrintable(wedge));
    }

    void settingsAreSavedToTheFile()
    {
        QCOMPARE(m_kiosk->admin()->state(), AdminGate::State::Open);
        QVERIFY(click(QStringLiteral("settingsTab")));
        QTRY_VERIFY(visibleItem(QStringLiteral("setting-idle-seconds")));
        QVERIFY(m_kiosk->settings()->setValue(QStringLiteral("idle-seconds"), QStringLiteral("75")));
        QVERIFY(m_kiosk->settings()->dirty());
        QTRY_VERIFY(visibleItem(QStringLiteral("settingsSave")));
        QVERIFY(click(QStringLiteral("settingsSave")));
        QTRY_VERIFY(m_kiosk->settings()->restartNeeded());
        QString error;
        const auto saved = KioskSettingsFile::read(m_dataDir.filePath(QStringLiteral("kiosk.conf")), &error);
        QCOMPARE(saved.value(QStringLiteral("idle-seconds")), QStringLiteral("75"));
    }

    void sessionEndClosesTheAdminScreen()
    {
        QCOMPARE(m_kiosk->admin()->state(), AdminGate::State::Open);
        m_kiosk->session()->end();
        QTRY_COMPARE(m_kiosk->admin()->state(), AdminGate::State::Closed);
        QTRY_VERIFY(!visibleItem(QStringLiteral("adminOverlay")));
        QVERIFY(!m_kiosk->diagnostics()->watching());
    }

    void cleanupTestCase() { m_kiosk.reset(); }
};

QTEST_MAIN(KioskAdminE2eTest)
#include "kioskadmine2etest.moc"
