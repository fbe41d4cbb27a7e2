// SPDX-License-Identifier: MIT
// Benchmark for associates (issue 8): what a PIN check costs, whether the server keeps answering
// while it runs, and how soon a waiting checkout-queue long-poll hears about a change.
//
//   associatebench [--hashes N] [--wakes N]
//
// 1. SecretHash::verify at the default PBKDF2 iteration count, N times (QPasswordDigestor).
// 2. A sign-in at that count over HTTP, and a GET /v1/health sent right after it: both round trips.
// 3. N long-polls (`?after=<version>&wait=25`) parked on a real server on loopback (SQLite); each is
//    woken by a checkout made in-process; the time from the checkout call to the client having the
//    answer.
// Not a CTest test: numbers go to docs/PERFORMANCE.md.
#include "testserver.h"

#include <associatestore.h>
#include <httpclient.h>
#include <pickstore.h>
#include <secrethash.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

void runEventsFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QByteArray finish(HttpReply *reply, int *status = nullptr)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &HttpReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (status)
        *status = reply->status();
    return reply->body();
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qsizetype(p * double(values.size() - 1)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("hashes"), QStringLiteral("PIN checks to time."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("wakes"), QStringLiteral("Long-poll wake-ups to time."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.process(app);
    const int hashes = parser.value(QStringLiteral("hashes")).toInt();
    const int wakes = parser.value(QStringLiteral("wakes")).toInt();

    // 1. The hash alone.
    const QString stored = Server::SecretHash::make("482913");
    QList<double> hashMs;
    for (int i = 0; i < hashes; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!Server::SecretHash::verify("482913", stored))
            return 1;
        hashMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf(
        "PBKDF2-HMAC-SHA256, %d iterations (QPasswordDigestor): p50 %.0f ms, min %.0f ms, max %.0f ms "
        "over %d checks\n",
        Server::SecretHash::defaultIterations, percentile(hashMs, 0.5), percentile(hashMs, 0),
        percentile(hashMs, 1), hashes);

    TestServer server;
    QString error;
    if (!server.start(TestServer::Backend::Sqlite, &error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    const QString store =
        server.runtime().storage().stores().first().toObject().value(QStringLiteral("id")).toString();
    const QString device = server.token(Server::Principal::Role::Device);
    HttpClient http;
    const auto request = [&](HttpRequest::Method method, const QString &path, const QString &token,
                             const QJsonObject &body = {}) {
        HttpRequest r;
        r.method = method;
        r.url = server.baseUrl().resolved(QUrl(path));
        if (!token.isEmpty())
            r.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
        if (method == HttpRequest::Method::Post) {
            r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
            r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return std::unique_ptr<HttpReply>(http.send(r));
    };

    // 2. A real sign-in, and a health check sent while its hash runs.
    const auto made =
        server.runtime().storage().associates().add(store, QStringLiteral("1042"), QStringLiteral("Bench"),
                                                    Server::SecretHash::defaultIterations, &error);
    if (!made)
        return 1;
    QElapsedTimer signInTimer;
    signInTimer.start();
    auto signIn = request(
        HttpRequest::Method::Post, QStringLiteral("/v1/associates/sign-in"), device,
        {{QStringLiteral("staffNumber"), QStringLiteral("1042")}, {QStringLiteral("pin"), made->pin}});
    QElapsedTimer healthTimer;
    healthTimer.start();
    auto health = request(HttpRequest::Method::Get, QStringLiteral("/v1/health"), {});
    finish(health.get());
    const double healthMs = double(healthTimer.nsecsElapsed()) / 1e6;
    const bool healthFirst = !signIn->isFinished();
    int status = 0;
    const QString token = QJsonDocument::fromJson(finish(signIn.get(), &status))
                              .object()
                              .value(QStringLiteral("token"))
                              .toString();
    const double signInMs = double(signInTimer.nsecsElapsed()) / 1e6;
    if (status != 200)
        return 1;
    std::printf("sign-in over HTTP: %.0f ms; GET /v1/health sent during it: %.1f ms (%s)\n", signInMs,
                healthMs, healthFirst ? "answered before the sign-in" : "waited for the sign-in");

    // 3. Long-poll wake-ups.
    QStringList totes;
    for (int i = 0; i < wakes; ++i) {
        totes.append(
            QJsonDocument::fromJson(
                finish(request(HttpRequest::Method::Post, QStringLiteral("/v1/totes"), device).get()))
                .object()
                .value(QStringLiteral("id"))
                .toString());
    }
    // Lines go in through the API (a checkout needs one); any in-store product will do.
    const QJsonObject found =
        QJsonDocument::fromJson(
            finish(request(HttpRequest::Method::Get,
                           QStringLiteral("/v1/products?onlineOnly=false&pageSize=1"), device)
                       .get()))
            .object();
    const QJsonObject product = found.value(QStringLiteral("items")).toArray().first().toObject();
    const QString productId = product.value(QStringLiteral("id")).toString();
    const QString variantId =
        QJsonDocument::fromJson(
            finish(
                request(HttpRequest::Method::Get, QStringLiteral("/v1/products/") + productId, device).get()))
            .object()
            .value(QStringLiteral("variants"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    for (const QString &id : std::as_const(totes)) {
        const QJsonObject op {{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {QStringLiteral("type"), QStringLiteral("add")},
                              {QStringLiteral("lineId"), QStringLiteral("l1")},
                              {QStringLiteral("productId"), productId},
                              {QStringLiteral("variantId"), variantId},
                              {QStringLiteral("qty"), 1}};
        finish(request(HttpRequest::Method::Post, QStringLiteral("/v1/totes/%1/ops").arg(id), device,
                       {{QStringLiteral("ops"), QJsonArray {op}}})
                   .get());
    }
    const QString queuePath = QStringLiteral("/v1/stores/%1/checkout-queue").arg(store);
    QList<double> wakeMs;
    for (const QString &id : std::as_const(totes)) {
        const qint64 version =
            QJsonDocument::fromJson(finish(request(HttpRequest::Method::Get, queuePath, token).get()))
                .object()
                .value(QStringLiteral("version"))
                .toInteger();
        auto waiting = request(HttpRequest::Method::Get,
                               queuePath + QStringLiteral("?after=%1&wait=25").arg(version), token);
        runEventsFor(5); // let the request reach the server and park
        QElapsedTimer timer;
        timer.start();
        if (!server.runtime().storage().picks().checkout(id, store).ok())
            return 1;
        finish(waiting.get(), &status);
        if (status != 200)
            return 1;
        wakeMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("long-poll wake-up (checkout call -> client has the queue, %d waiting totes at the end): "
                "p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d wakes\n",
                int(totes.size()), percentile(wakeMs, 0.5), percentile(wakeMs, 0.99), percentile(wakeMs, 1),
                int(wakeMs.size()));
    return 0;
}
