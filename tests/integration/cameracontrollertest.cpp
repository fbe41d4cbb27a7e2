// SPDX-License-Identifier: MIT
// What the scan screen is told about the camera: no camera configured, no camera found on this
// machine (the real QMediaDevices), and the overlay box of a code read from a fed frame. Also the
// beep, which must not fail without an audio device.
#include <cameracontroller.h>
#include <camerascansource.h>
#include <scanbeeper.h>
#include <videoframefeed.h>

#include <QFile>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;

class CameraControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noCameraConfigured()
    {
        CameraController controller(nullptr);
        QVERIFY(!controller.live());
        QCOMPARE(controller.message(), QStringLiteral("No camera — use the scanner or type the code"));
        QVideoSink sink;
        controller.setViewfinderSink(&sink); // ignored, never a crash
        QCOMPARE(controller.viewfinderSink(), nullptr);
    }

    void noCameraOnThisMachine()
    {
        if (!QMediaDevices::videoInputs().isEmpty())
            QSKIP("this machine has a camera; the no-camera state cannot be shown here");
        CameraScanSource source(CameraScanSource::Config {});
        CameraController controller(&source);
        QSignalSpy changed(&controller, &CameraController::changed);
        source.start();
        QVERIFY(changed.size() >= 1);
        QVERIFY(!controller.live());
        QCOMPARE(controller.message(), QStringLiteral("No camera — use the scanner or type the code"));
    }

    // A QR Code fed through the sink: the controller mirrors frames to the viewfinder and marks where
    // the code is, in 0..1 of the frame.
    void highlightsTheCodeInView()
    {
        const QString path = QStringLiteral(OMNITOTE_SHARED_TESTDATA "/barcodes/qrcode-1/1.png");
        if (!QFile::exists(path))
            QSKIP("ZXing sample images not found under " OMNITOTE_SHARED_TESTDATA "/barcodes");
        QTemporaryDir support;
        CameraScanSource::Config config;
        config.frameSource = CameraScanSource::FrameSource::Feed;
        config.decode.decoder.supportDir = support.path();
        CameraScanSource source(config);
        CameraController controller(&source);
        QVideoSink viewfinder;
        controller.setViewfinderSink(&viewfinder);
        QCOMPARE(controller.viewfinderSink(), &viewfinder);
        QRectF box;
        connect(&controller, &CameraController::highlightChanged, this, [&] {
            if (box.isEmpty())
                box = controller.highlight();
        });
        source.start();
        QVERIFY(controller.live());
        QCOMPARE(controller.message(), QString());
        QString error;
        const auto frame = VideoFrameFeed::frameFromImage(path, QSize(1280, 720), &error);
        QVERIFY2(frame, qPrintable(error));
        VideoFrameFeed(source.videoSink()).push(*frame);
        QCOMPARE(viewfinder.videoFrame().size(), QSize(1280, 720)); // mirrored at once
        QTRY_VERIFY_WITH_TIMEOUT(!box.isEmpty(), 20000);
        // The 640x480 photo sits in the middle of the 1280x720 frame; the code is inside it.
        QVERIFY2(
            box.left() >= 0.25 && box.right() <= 0.75 && box.width() > 0.05,
            qPrintable(
                QStringLiteral("%1 %2 %3 %4").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height())));
        QTRY_VERIFY_WITH_TIMEOUT(controller.highlight().isEmpty(), 5000); // cleared once out of view
    }

    void beepsWithoutAudioDevice()
    {
        ScanBeeper beeper;
        beeper.beep();
        beeper.beep();
        QCOMPARE(beeper.beeps(), 2);
    }
};

QTEST_MAIN(CameraControllerTest)
#include "cameracontrollertest.moc"
