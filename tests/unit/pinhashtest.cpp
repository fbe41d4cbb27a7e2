// SPDX-License-Identifier: MIT
// PBKDF2-HMAC-SHA256 against the published vectors, and the admin PIN hash format built on it.
#include <pinhash.h>

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QTest>

using namespace Omnitote;

class PinHashTest : public QObject
{
    Q_OBJECT

private slots:
    // RFC 7914 section 11 (also what Python's hashlib.pbkdf2_hmac gives for these inputs).
    void pbkdf2MatchesRfc7914_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("c=1") << QByteArray("passwd") << QByteArray("salt") << 1
                             << QByteArray(
                                    "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                    "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        QTest::newRow("c=80000") << QByteArray("Password") << QByteArray("NaCl") << 80000
                                 << QByteArray(
                                        "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                                        "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    }
    void pbkdf2MatchesRfc7914()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, expected);
        QCOMPARE(pbkdf2Sha256(password, salt, iterations, 64).toHex(), expected);
    }

    void pbkdf2HandlesKeysLongerThanABlock()
    {
        // HMAC hashes a key longer than its 64-byte block first (expected value from Python's
        // hashlib.pbkdf2_hmac, an independent implementation).
        const QByteArray key(100, 'k');
        QCOMPARE(pbkdf2Sha256(key, "salt", 2, 32).toHex(),
                 QByteArray("2c1357648009149f57e4d5544c3435bbca87a6b231300fa3abb2a89b50f56ec3"));
    }

    void rightPinVerifiesWrongPinDoesNot()
    {
        const QString stored = PinHash::make(QStringLiteral("2468"), PinHash::minimumIterations);
        QVERIFY(PinHash::isWellFormed(stored));
        QVERIFY(PinHash::verify(QStringLiteral("2468"), stored));
        QVERIFY(!PinHash::verify(QStringLiteral("2469"), stored));
        QVERIFY(!PinHash::verify(QStringLiteral("24680"), stored));
        QVERIFY(!PinHash::verify(QString(), stored));
    }

    void samePinGivesDifferentHashes()
    {
        const QString a = PinHash::make(QStringLiteral("1357"), PinHash::minimumIterations);
        const QString b = PinHash::make(QStringLiteral("1357"), PinHash::minimumIterations);
        QVERIFY(a != b); // salted
        QVERIFY(!a.contains(QStringLiteral("1357")));
    }

    void unacceptablePinsAreRefused_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("empty") << QString();
        QTest::newRow("three digits") << QStringLiteral("123");
        QTest::newRow("thirteen digits") << QStringLiteral("1234567890123");
        QTest::newRow("letters") << QStringLiteral("12a4");
        QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤");
    }
    void unacceptablePinsAreRefused()
    {
        QFETCH(QString, pin);
        QVERIFY(!PinHash::isAcceptablePin(pin));
        QVERIFY(PinHash::make(pin).isEmpty());
    }

    void malformedStoredHashesNeverVerify_data()
    {
        QTest::addColumn<QString>("stored");
        const QString good = PinHash::make(QStringLiteral("2468"), PinHash::minimumIterations);
        const QStringList parts = good.split(QLatin1Char('$'));
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme")
            << QString(good).replace(QStringLiteral("pbkdf2-sha256"), QStringLiteral("md5"));
        QTest::newRow("too few iterations")
            << QStringLiteral("pbkdf2-sha256$1$%1$%2").arg(parts.at(2), parts.at(3));
        // An absurd count would make every check hang: refused before any work.
        QTest::newRow("huge iterations")
            << QStringLiteral("pbkdf2-sha256$2000000000$%1$%2").arg(parts.at(2), parts.at(3));
        QTest::newRow("bad base64") << QStringLiteral("pbkdf2-sha256$10000$!!!$%1").arg(parts.at(3));
        QTest::newRow("short key") << QStringLiteral("pbkdf2-sha256$10000$%1$AAAA").arg(parts.at(2));
        QTest::newRow("extra part") << good + QStringLiteral("$x");
    }
    void malformedStoredHashesNeverVerify()
    {
        QFETCH(QString, stored);
        QVERIFY(!PinHash::isWellFormed(stored));
        QVERIFY(!PinHash::verify(QStringLiteral("2468"), stored));
    }

    // The server's associate PINs and badge secrets share the format and the code.
    void slowHashOfAnySecret()
    {
        const QByteArray badge = QByteArrayLiteral("ota1-secret\x00\xff bytes");
        const QString stored = SlowHash::make(badge, 1000);
        QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
        QVERIFY(SlowHash::verify(badge, stored));
        QVERIFY(!SlowHash::verify(badge + 'x', stored));
        QVERIFY(SlowHash::make(badge, 1000) != stored); // salted
        QVERIFY(SlowHash::make(badge, 0).isEmpty());
        QVERIFY(SlowHash::make(badge, SlowHash::maximumIterations + 1).isEmpty());
        // A cost below what the caller accepts is refused (the admin PIN asks for at least 10,000).
        QVERIFY(!SlowHash::verify(badge, stored, 10000));
        QVERIFY(!SlowHash::isWellFormed(stored, 10000));
    }

    // Hashes the server stored before it used this code (Qt's QPasswordDigestor) still verify.
    void slowHashVerifiesQtPbkdf2Hashes()
    {
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        const QByteArray key =
            QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, "482913", salt, 2000, 32);
        const QString stored =
            QStringLiteral("pbkdf2-sha256$2000$%1$%2")
                .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
        QVERIFY(SlowHash::verify("482913", stored));
        QVERIFY(!SlowHash::verify("482914", stored));
    }
};

QTEST_GUILESS_MAIN(PinHashTest)
#include "pinhashtest.moc"
