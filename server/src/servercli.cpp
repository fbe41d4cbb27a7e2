// SPDX-License-Identifier: MIT
#include "servercli.h"

#include "associatecommand.h"
#include "customercommand.h"
#include "emailcli.h"
#include "serverruntime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <QUrl>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Omnitote::Server {

namespace {

int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    // write() is async-signal-safe; the event loop reads the pipe and quits cleanly.
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

void quitOnTerminationSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte;
        [[maybe_unused]] const auto got = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

QString option(const QCommandLineParser &parser, const QString &name, const char *environment,
               const QString &fallback = {})
{
    if (parser.isSet(name))
        return parser.value(name);
    const QString fromEnvironment = qEnvironmentVariable(environment);
    return fromEnvironment.isEmpty() ? fallback : fromEnvironment;
}

bool parseListen(const QString &text, ServerSettings *settings, QString *error)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    if (!ok || port > 65535 || address.isNull()) {
        *error = QStringLiteral("--listen wants ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:8080 (got \"%1\")")
                     .arg(text);
        return false;
    }
    settings->address = address;
    settings->port = quint16(port);
    return true;
}

} // namespace

int runServerCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Omnitote's reference REST backend.\n\n"
        "Commands:\n"
        "  (none)                      serve the API\n"
        "  device add --store ID       create a device token for a kiosk; prints it as the last line\n"
        "  admin add                   create an admin token; prints it as the last line\n"
        "  customer add --email E      create a demo customer (and cart, phone token); prints the QR\n"
        "                              payload their app would show as the last line\n"
        "  customer qr --email E       print a fresh QR payload for an existing customer\n"
        "  associate add --store ID --staff N [--name NAME]\n"
        "                              create a store associate (or give one new secrets); prints a\n"
        "                              one-time PIN and the badge payload as the last line"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QStringLiteral("Database URL: sqlite:/path/file.db or postgresql://user@host:port/db "
                        "[env OMNITOTE_DB]"),
         QStringLiteral("url")},
        {QStringLiteral("listen"),
         QStringLiteral("Address and port to serve on [env OMNITOTE_LISTEN; default "
                        "127.0.0.1:8080]"),
         QStringLiteral("addr:port")},
        {QStringLiteral("seed-demo"),
         QStringLiteral("Import the built-in demo catalogue into an empty database "
                        "[env OMNITOTE_SEED_DEMO=1]")},
        {QStringLiteral("seed"),
         QStringLiteral("Import a catalogue file (JSON Lines) into an empty database "
                        "[env OMNITOTE_SEED]"),
         QStringLiteral("file")},
        {QStringLiteral("max-body"),
         QStringLiteral("Largest request body in bytes [env OMNITOTE_MAX_BODY; "
                        "default 65536]"),
         QStringLiteral("bytes")},
        {QStringLiteral("checkout-url"),
         QStringLiteral("The retailer's checkout page, linked from the cart page [env "
                        "OMNITOTE_CHECKOUT_URL; default: the catalogue's]"),
         QStringLiteral("url")},
        {QStringLiteral("op-log-retention-days"),
         QStringLiteral("Days the tote op log is kept after a tote closes or goes idle; 0 keeps it "
                        "forever [env OMNITOTE_OP_LOG_RETENTION_DAYS; default 30]"),
         QStringLiteral("days")},
        {QStringLiteral("store"), QStringLiteral("Store id, for device add"), QStringLiteral("id")},
        {QStringLiteral("role"), QStringLiteral("device, pos or associate, for device add (default device)"),
         QStringLiteral("role")},
        {QStringLiteral("label"), QStringLiteral("A note to tell tokens apart, e.g. \"entrance tablet 2\""),
         QStringLiteral("text")},
    });
    parser.addOptions(customerCommandOptions());
    parser.addOptions(associateCommandOptions());
    parser.addOptions(emailCommandOptions());
    parser.process(arguments);

    ServerSettings settings;
    settings.databaseUrl = option(parser, QStringLiteral("db"), "OMNITOTE_DB", defaultDatabaseUrl());
    settings.seedDemo =
        parser.isSet(QStringLiteral("seed-demo")) || qEnvironmentVariableIntValue("OMNITOTE_SEED_DEMO");
    settings.seedFile = option(parser, QStringLiteral("seed"), "OMNITOTE_SEED");
    QString error;
    if (!parseListen(
            option(parser, QStringLiteral("listen"), "OMNITOTE_LISTEN", QStringLiteral("127.0.0.1:8080")),
            &settings, &error)) {
        err << "omnitote-server: " << error << Qt::endl;
        return 2;
    }
    bool ok = true;
    settings.options.maxBodyBytes =
        option(parser, QStringLiteral("max-body"), "OMNITOTE_MAX_BODY", QStringLiteral("65536"))
            .toLongLong(&ok);
    if (!ok || settings.options.maxBodyBytes <= 0) {
        err << "omnitote-server: --max-body wants a positive number of bytes" << Qt::endl;
        return 2;
    }
    settings.options.opLogRetentionDays = option(parser, QStringLiteral("op-log-retention-days"),
                                                 "OMNITOTE_OP_LOG_RETENTION_DAYS", QStringLiteral("30"))
                                              .toInt(&ok);
    if (!ok || settings.options.opLogRetentionDays < 0) {
        err << "omnitote-server: --op-log-retention-days wants a whole number of days (0: keep)" << Qt::endl;
        return 2;
    }
    settings.options.checkoutUrl = option(parser, QStringLiteral("checkout-url"), "OMNITOTE_CHECKOUT_URL");
    if (!settings.options.checkoutUrl.isEmpty()) {
        // The link goes to shoppers' phones: only a web address, never javascript: or file:.
        const QUrl checkout(settings.options.checkoutUrl, QUrl::StrictMode);
        if (!checkout.isValid() || checkout.host().isEmpty()
            || (checkout.scheme() != QLatin1String("https") && checkout.scheme() != QLatin1String("http"))) {
            err << "omnitote-server: --checkout-url wants an https:// (or http://) address" << Qt::endl;
            return 2;
        }
    }

    if (!applyEmailOptions(parser, &settings, &error)) {
        err << "omnitote-server: " << error << Qt::endl;
        return 2;
    }

    const QStringList command = parser.positionalArguments();
    const bool serving = command.isEmpty();
    if (!serving)
        settings.mail.smtp.url.clear(); // one-shot commands never send the outbox
    if (!serving && command != QStringList {QStringLiteral("device"), QStringLiteral("add")}
        && command != QStringList {QStringLiteral("admin"), QStringLiteral("add")}
        && command != QStringList {QStringLiteral("customer"), QStringLiteral("add")}
        && command != QStringList {QStringLiteral("customer"), QStringLiteral("qr")}
        && command != QStringList {QStringLiteral("associate"), QStringLiteral("add")}) {
        err << "omnitote-server: unknown command \"" << command.join(QLatin1Char(' ')) << "\" (try --help)"
            << Qt::endl;
        return 2;
    }

    ServerRuntime runtime;
    if (!runtime.open(settings, &error)) {
        err << "omnitote-server: " << error << Qt::endl;
        return 1;
    }

    if (!serving && command.first() == QLatin1String("customer"))
        return runCustomerCommand(runtime, command.at(1), parser, out, err);
    if (!serving && command.first() == QLatin1String("associate"))
        return runAssociateCommand(runtime, parser, out, err);
    if (!serving) {
        Principal principal;
        principal.label = parser.value(QStringLiteral("label"));
        if (command.first() == QLatin1String("admin")) {
            principal.role = Principal::Role::Admin;
            principal.storeId = parser.value(QStringLiteral("store"));
            if (!principal.storeId.isEmpty() && !runtime.storage().store(principal.storeId)) {
                err << "omnitote-server: there is no store \"" << principal.storeId << "\"" << Qt::endl;
                return 2;
            }
        } else {
            const auto role = Principal::roleFromName(parser.isSet(QStringLiteral("role"))
                                                          ? parser.value(QStringLiteral("role"))
                                                          : QStringLiteral("device"));
            principal.storeId = parser.value(QStringLiteral("store"));
            if (!role
                || (*role != Principal::Role::Device && *role != Principal::Role::Associate
                    && *role != Principal::Role::Pos)) {
                err << "omnitote-server: --role must be device, pos or associate" << Qt::endl;
                return 2;
            }
            principal.role = *role;
            if (!runtime.storage().store(principal.storeId)) {
                err << "omnitote-server: device add needs --store with an existing store id";
                const auto stores = runtime.storage().stores();
                if (!stores.isEmpty()) {
                    QStringList ids;
                    for (const auto &store : stores)
                        ids.append(store.toObject().value(QStringLiteral("id")).toString());
                    err << " (" << ids.join(QStringLiteral(", ")) << ")";
                } else {
                    err << " (the database has no stores yet: add --seed-demo or --seed FILE)";
                }
                err << Qt::endl;
                return 2;
            }
        }
        const QString token = runtime.api().authenticator().issueToken(principal, &error);
        if (token.isEmpty()) {
            err << "omnitote-server: could not store the token: " << error << Qt::endl;
            return 1;
        }
        out << "Created a " << Principal::roleName(principal.role) << " token"
            << (principal.storeId.isEmpty() ? QString() : QStringLiteral(" for store ") + principal.storeId)
            << ". It is shown once; keep it secret." << Qt::endl;
        out << token << Qt::endl;
        return 0;
    }

    if (!runtime.listen(&error)) {
        err << "omnitote-server: " << error << Qt::endl;
        return 1;
    }
    quitOnTerminationSignals();
    const QString host = settings.address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + settings.address.toString() + QLatin1Char(']')
        : settings.address.toString();
    out << "omnitote-server listening on http://" << host << ':' << runtime.port() << " ("
        << runtime.storage().kind() << ", schema " << runtime.storage().schemaVersion() << ")" << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace Omnitote::Server
