// SPDX-License-Identifier: MIT
// VideoFrameLuma: the Y plane taken as it is (NV12, YUV420P, Y16), other formats converted once.
#include <videoframeluma.h>

#include <QTest>

#include <cstring>

using namespace Omnitote;

namespace {

LumaImage gradient(int width, int height)
{
    LumaImage image(width, height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.row(y)[x] = static_cast<std::uint8_t>((x * 7 + y * 3) & 0xff);
    return image;
}

bool samePixels(const LumaImage &a, const LumaImage &b)
{
    return a.width() == b.width() && a.height() == b.height()
        && std::memcmp(a.data(), b.data(), a.byteCount()) == 0;
}

} // namespace

class VideoFrameLumaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nv12YPlaneIsTakenAsItIs()
    {
        const LumaImage source = gradient(64, 48);
        const QVideoFrame frame = VideoFrameLuma::nv12Frame(source);
        QCOMPARE(frame.pixelFormat(), QVideoFrameFormat::Format_NV12);
        QString error;
        const auto luma = VideoFrameLuma::fromFrame(frame, &error);
        QVERIFY2(luma, qPrintable(error));
        QVERIFY(samePixels(*luma, source));
    }

    void yPlaneFormatsNeedNoConversion()
    {
        using F = QVideoFrameFormat;
        for (const auto format :
             {F::Format_NV12, F::Format_NV21, F::Format_YUV420P, F::Format_YV12, F::Format_Y8})
            QCOMPARE(VideoFrameLuma::pathFor(format), VideoFrameLuma::Path::YPlane8);
        for (const auto format : {F::Format_Y16, F::Format_P010, F::Format_P016})
            QCOMPARE(VideoFrameLuma::pathFor(format), VideoFrameLuma::Path::YPlane16);
        for (const auto format : {F::Format_ARGB8888, F::Format_RGBX8888, F::Format_UYVY, F::Format_Jpeg})
            QCOMPARE(VideoFrameLuma::pathFor(format), VideoFrameLuma::Path::Converted);
    }

    void y16KeepsTheHighByte()
    {
        QVideoFrame frame(QVideoFrameFormat(QSize(8, 2), QVideoFrameFormat::Format_Y16));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        for (int y = 0; y < 2; ++y) {
            auto *row = reinterpret_cast<quint16 *>(frame.bits(0) + y * frame.bytesPerLine(0));
            for (int x = 0; x < 8; ++x)
                row[x] = static_cast<quint16>((x * 30 + y) << 8 | 0x7f);
        }
        frame.unmap();
        QString error;
        const auto luma = VideoFrameLuma::fromFrame(frame, &error);
        QVERIFY2(luma, qPrintable(error));
        QCOMPARE(luma->row(1)[3], std::uint8_t(91));
    }

    void rgbFramesAreConvertedToGrey()
    {
        QVideoFrame frame(QVideoFrameFormat(QSize(4, 4), QVideoFrameFormat::Format_RGBX8888));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        for (int y = 0; y < 4; ++y)
            std::memset(frame.bits(0) + y * frame.bytesPerLine(0), y < 2 ? 0xff : 0x00, 16);
        frame.unmap();
        QString error;
        const auto luma = VideoFrameLuma::fromFrame(frame, &error);
        QVERIFY2(luma, qPrintable(error));
        QCOMPARE(luma->width(), 4);
        QVERIFY(luma->row(0)[0] > 200);
        QVERIFY(luma->row(3)[0] < 50);
    }

    void packedYuvTakesEveryOtherByte()
    {
        QVideoFrame frame(QVideoFrameFormat(QSize(4, 2), QVideoFrameFormat::Format_UYVY));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        for (int y = 0; y < 2; ++y)
            for (int i = 0; i < 8; ++i)
                frame.bits(0)[y * frame.bytesPerLine(0) + i] = static_cast<uchar>(i % 2 ? 10 * i : 128);
        frame.unmap();
        QString error;
        const auto luma = VideoFrameLuma::fromFrame(frame, &error);
        QVERIFY2(luma, qPrintable(error));
        QCOMPARE(luma->row(1)[0], std::uint8_t(10));
        QCOMPARE(luma->row(1)[3], std::uint8_t(70));
    }

    void invalidFrameIsAnError()
    {
        QString error;
        QVERIFY(!VideoFrameLuma::fromFrame(QVideoFrame(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(VideoFrameLumaTest)
#include "videoframelumatest.moc"
