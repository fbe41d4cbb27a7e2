// SPDX-License-Identifier: MIT
// CameraFormatChooser on made-up format lists shaped like real webcams' (QCameraDevice::videoFormats()).
#include <cameraformatchooser.h>

#include <QTest>

using namespace Omnitote;
using Candidate = CameraFormatChooser::Candidate;

namespace {

constexpr auto NV12 = QVideoFrameFormat::Format_NV12;
constexpr auto YUYV = QVideoFrameFormat::Format_YUYV;
constexpr auto YUV420P = QVideoFrameFormat::Format_YUV420P;
constexpr auto MJPEG = QVideoFrameFormat::Format_Jpeg;
constexpr auto RGB = QVideoFrameFormat::Format_BGRX8888; // QImage::Format_RGB32 on little-endian machines

Candidate at(QVideoFrameFormat::PixelFormat format, int width, int height, float fps = 30)
{
    return {format, QSize(width, height), fps};
}

} // namespace

class CameraFormatChooserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyOrUnusableListsChooseNothing()
    {
        QCOMPARE(CameraFormatChooser::choose({}), -1);
        QCOMPARE(
            CameraFormatChooser::choose({at(QVideoFrameFormat::Format_Invalid, 1280, 720), at(NV12, 0, 0)}),
            -1);
    }

    void aYPlaneAt720pBeatsEverythingElseAt720p()
    {
        const QList<Candidate> formats {at(MJPEG, 1280, 720), at(RGB, 1280, 720), at(YUYV, 1280, 720),
                                        at(NV12, 1280, 720), at(MJPEG, 1920, 1080)};
        QCOMPARE(CameraFormatChooser::choose(formats), 3);
    }

    void packedYuvBeatsRgbAndMjpeg()
    {
        QCOMPARE(CameraFormatChooser::choose({at(MJPEG, 1280, 720), at(YUYV, 1280, 720), at(RGB, 1280, 720)}),
                 1);
        QCOMPARE(CameraFormatChooser::choose({at(MJPEG, 1280, 720), at(RGB, 1280, 720)}), 1);
    }

    void theResolutionNearestToThePreferredWins()
    {
        const QList<Candidate> formats {at(YUV420P, 320, 240), at(YUV420P, 640, 480), at(YUV420P, 1920, 1080),
                                        at(YUV420P, 1280, 720), at(YUV420P, 3840, 2160)};
        QCOMPARE(CameraFormatChooser::choose(formats), 3);
        // Without 720p: 1080p rather than 640x480, since fewer pixels lose small codes.
        QCOMPARE(CameraFormatChooser::choose(formats.mid(0, 3)), 2);
        CameraFormatChooser::Preference small;
        small.resolution = QSize(640, 480);
        QCOMPARE(CameraFormatChooser::choose(formats, small), 1);
    }

    void aTypicalUsbWebcamGets720pMjpegRatherThanVgaYuyv()
    {
        // USB 2 bandwidth: raw YUYV only up to 640x480 at 30 fps, or 720p at a slide-show rate.
        const QList<Candidate> formats {at(YUYV, 640, 480, 30), at(YUYV, 1280, 720, 10),
                                        at(MJPEG, 640, 480, 30), at(MJPEG, 1280, 720, 30)};
        QCOMPARE(CameraFormatChooser::choose(formats), 3);
    }

    void aSlowFormatIsTakenOnlyWhenNothingIsFaster()
    {
        QCOMPARE(CameraFormatChooser::choose({at(NV12, 1280, 720, 5), at(MJPEG, 1280, 720, 30)}), 1);
        QCOMPARE(CameraFormatChooser::choose({at(NV12, 1280, 720, 5), at(NV12, 1920, 1080, 5)}), 0);
    }

    void theHigherFrameRateBreaksTies()
    {
        QCOMPARE(CameraFormatChooser::choose(
                     {at(NV12, 1280, 720, 15), at(NV12, 1280, 720, 60), at(NV12, 1280, 720, 30)}),
                 1);
    }

    void ranksFollowHowTheLuminanceIsTaken()
    {
        QCOMPARE(CameraFormatChooser::pixelFormatRank(NV12), 0);
        QCOMPARE(CameraFormatChooser::pixelFormatRank(YUV420P), 0);
        QCOMPARE(CameraFormatChooser::pixelFormatRank(QVideoFrameFormat::Format_Y8), 0);
        QCOMPARE(CameraFormatChooser::pixelFormatRank(YUYV), 1);
        QCOMPARE(CameraFormatChooser::pixelFormatRank(QVideoFrameFormat::Format_UYVY), 1);
        QCOMPARE(CameraFormatChooser::pixelFormatRank(RGB), 2);
        QCOMPARE(CameraFormatChooser::pixelFormatRank(MJPEG), 3);
        QCOMPARE(CameraFormatChooser::pixelFormatRank(QVideoFrameFormat::Format_Invalid), 4);
    }

    void candidatesKeepTheDeviceOrder()
    {
        // A default QCameraFormat (the only kind a test can make) is null: unusable, never chosen.
        const QList<QCameraFormat> formats {QCameraFormat(), QCameraFormat()};
        const auto candidates = CameraFormatChooser::candidatesOf(formats);
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(CameraFormatChooser::choose(candidates), -1);
    }
};

QTEST_GUILESS_MAIN(CameraFormatChooserTest)
#include "cameraformatchoosertest.moc"
