// SPDX-License-Identifier: MIT
// The customer QR token: round trip, tampering, expiry and shape, without a server.
#include <customerqr.h>

#include <QTest>

using namespace Omnitote::Server;

class CustomerQrTest : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    const CustomerQr m_qr {QByteArrayLiteral("0123456789abcdef0123456789abcdef")};

private Q_SLOTS:
    void roundTrip()
    {
        const QString payload = m_qr.sign(QStringLiteral("cust-1"), m_now.addSecs(60));
        QVERIFY(payload.startsWith(QLatin1String("otc1.cust-1.")));
        const auto verified = m_qr.verify(payload, m_now);
        QCOMPARE(verified.problem, CustomerQr::Problem::None);
        QCOMPARE(verified.customerId, QStringLiteral("cust-1"));
        QCOMPARE(verified.expiresAt, m_now.addSecs(60));
    }

    void expiredAtTheSecond()
    {
        const QString payload = m_qr.sign(QStringLiteral("cust-1"), m_now);
        QCOMPARE(m_qr.verify(payload, m_now).problem, CustomerQr::Problem::Expired);
        QCOMPARE(m_qr.verify(payload, m_now.addSecs(-1)).problem, CustomerQr::Problem::None);
    }

    void everyChangedCharacterBreaksTheSignature()
    {
        const QString payload = m_qr.sign(QStringLiteral("cust-1"), m_now.addSecs(60));
        const qsizetype signatureStart = payload.lastIndexOf(QLatin1Char('.')) + 1;
        for (qsizetype i = 5; i < payload.size(); ++i) {
            if (payload.at(i) == QLatin1Char('.'))
                continue;
            QString changed = payload;
            changed[i] = payload.at(i) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            const auto problem = m_qr.verify(changed, m_now).problem;
            // The last base64 character holds padding bits, so some changes there decode to the same bytes.
            if (i == payload.size() - 1 && problem == CustomerQr::Problem::None)
                continue;
            QVERIFY2(problem == CustomerQr::Problem::BadSignature
                         || problem == CustomerQr::Problem::Malformed,
                     qPrintable(
                         QStringLiteral("position %1 (signature starts at %2)").arg(i).arg(signatureStart)));
        }
        QCOMPARE(CustomerQr("another key").verify(payload, m_now).problem, CustomerQr::Problem::BadSignature);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::newRow("empty") << QString();
        QTest::newRow("three parts") << QStringLiteral("otc1.cust.123");
        QTest::newRow("other prefix") << QStringLiteral("otc2.cust.123.AAAA");
        QTest::newRow("expiry not a number") << QStringLiteral("otc1.cust.soon.AAAA");
        QTest::newRow("bad base64") << QStringLiteral("otc1.cust.123.%%%%");
        QTest::newRow("id with spaces") << QStringLiteral("otc1.a b.123.AAAA");
        QTest::newRow("huge") << QStringLiteral("otc1.") + QString(300, QLatin1Char('a'))
                + QStringLiteral(".1.AAAA");
    }
    void malformed()
    {
        QFETCH(QString, payload);
        QCOMPARE(m_qr.verify(payload, m_now).problem, CustomerQr::Problem::Malformed);
    }

    void constantTimeEquals()
    {
        QVERIFY(CustomerQr::constantTimeEquals("abc", "abc"));
        QVERIFY(!CustomerQr::constantTimeEquals("abc", "abd"));
        QVERIFY(!CustomerQr::constantTimeEquals("abc", "abcd"));
        QVERIFY(CustomerQr::constantTimeEquals({}, {}));
    }
};

QTEST_GUILESS_MAIN(CustomerQrTest)
#include "customerqrtest.moc"
