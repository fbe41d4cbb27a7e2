// SPDX-License-Identifier: MIT
// The cart-page links of "email me my list": issued, resolved, expired, revoked, and only their
// hashes stored, on a real SQLite database.
#include "cartlinks.h"
#include "servertotestore.h"
#include "storage.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote::Server;
using namespace std::chrono_literals;

class CartLinksTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_path = m_dir.filePath(QStringLiteral("links-%1.db").arg(++m_counter));
        m_storage = createStorage(QStringLiteral("sqlite:") + m_path, &error);
        QVERIFY2(m_storage, qPrintable(error));
        QVERIFY2(m_storage->open(&error), qPrintable(error));
        const auto customer = m_storage->totes().addCustomer(QStringLiteral("kadri@example.ee"), {}, &error);
        QVERIFY2(customer, qPrintable(error));
        m_cartId = customer->cartId;
        QVERIFY(!m_cartId.isEmpty());
    }
    void cleanup() { m_storage.reset(); }

    void issuedLinkResolvesToItsCart()
    {
        QString error;
        const auto token = m_storage->cartLinks().issue(m_cartId, QStringLiteral("tote-1"),
                                                        QStringLiteral("tallinn-1"), 24h, &error);
        QVERIFY2(token, qPrintable(error));
        QVERIFY(CartLinks::looksLikeToken(*token));
        const auto link = m_storage->cartLinks().resolve(*token);
        QVERIFY(link);
        QCOMPARE(link->cartId, m_cartId);
        QCOMPARE(link->toteId, QStringLiteral("tote-1"));
        QCOMPARE(link->storeId, QStringLiteral("tallinn-1"));
        QCOMPARE(link->createdAt.secsTo(link->expiresAt), qint64(24 * 3600));
    }

    void everyLinkIsDifferent()
    {
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            QString error;
            const auto token = m_storage->cartLinks().issue(m_cartId, {}, {}, 1h, &error);
            QVERIFY2(token, qPrintable(error));
            QVERIFY(!seen.contains(*token));
            seen.insert(*token);
        }
    }

    void expiredLinkResolvesToNothing()
    {
        QString error;
        const auto token = m_storage->cartLinks().issue(m_cartId, {}, {}, 1h, &error);
        QVERIFY2(token, qPrintable(error));
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3601);
        QVERIFY(!m_storage->cartLinks().resolve(*token, later));
        QVERIFY(m_storage->cartLinks().resolve(*token));
    }

    void revokedLinkResolvesToNothing()
    {
        QString error;
        const auto token = m_storage->cartLinks().issue(m_cartId, {}, {}, 1h, &error);
        QVERIFY2(token, qPrintable(error));
        QVERIFY(m_storage->cartLinks().revoke(*token));
        QVERIFY(!m_storage->cartLinks().resolve(*token));
        QVERIFY(!m_storage->cartLinks().revoke(*token));
    }

    void malformedAndUnknownTokensResolveToNothing_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << QStringLiteral("abc");
        QTest::newRow("sql") << QStringLiteral("' OR 1=1 --'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        QTest::newRow("unknown") << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("padding") << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    }
    void malformedAndUnknownTokensResolveToNothing()
    {
        QFETCH(QString, token);
        QVERIFY(!m_storage->cartLinks().resolve(token));
    }

    void onlyTheHashIsStored()
    {
        QString error;
        const auto token = m_storage->cartLinks().issue(m_cartId, {}, {}, 1h, &error);
        QVERIFY2(token, qPrintable(error));
        m_storage.reset();
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray contents = file.readAll();
        QFile wal(m_path + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            contents += wal.readAll();
        QVERIFY(contents.contains(m_cartId.toLatin1())); // the file is readable as expected...
        QVERIFY(!contents.contains(token->toLatin1())); // ...and the token is not in it
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<Storage> m_storage;
    QString m_cartId;
};

QTEST_GUILESS_MAIN(CartLinksTest)
#include "cartlinkstest.moc"
