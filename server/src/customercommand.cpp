// SPDX-License-Identifier: MIT
#include "customercommand.h"

#include "customerqr.h"
#include "serverruntime.h"
#include "servertotestore.h"

#include <QRegularExpression>

namespace Omnitote::Server {

namespace {
constexpr int defaultQrTtlMinutes = 24 * 60;
} // namespace

QList<QCommandLineOption> customerCommandOptions()
{
    return {
        {QStringLiteral("email"), QStringLiteral("Customer e-mail address, for customer add/qr"),
         QStringLiteral("address")},
        {QStringLiteral("loyalty"), QStringLiteral("Loyalty card number, for customer add"),
         QStringLiteral("number")},
        {QStringLiteral("qr-ttl"),
         QStringLiteral("Minutes the printed QR payload stays valid (default %1)").arg(defaultQrTtlMinutes),
         QStringLiteral("minutes")},
    };
}

int runCustomerCommand(ServerRuntime &runtime, const QString &action, const QCommandLineParser &parser,
                       QTextStream &out, QTextStream &err)
{
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$"));
    const QString email = parser.value(QStringLiteral("email")).trimmed().toLower();
    if (!emailPattern.match(email).hasMatch() || email.size() > 254) {
        err << "omnitote-server: customer " << action << " needs --email with an e-mail address" << Qt::endl;
        return 2;
    }
    bool ok = true;
    const int ttl = parser.isSet(QStringLiteral("qr-ttl")) ? parser.value(QStringLiteral("qr-ttl")).toInt(&ok)
                                                           : defaultQrTtlMinutes;
    if (!ok || ttl < 1 || ttl > 366 * 24 * 60) {
        err << "omnitote-server: --qr-ttl wants minutes from 1 to 527040" << Qt::endl;
        return 2;
    }
    ToteStore &totes = runtime.storage().totes();
    QString error;
    std::optional<CustomerRecord> customer = totes.customerByEmail(email);
    if (action == QLatin1String("add")) {
        if (customer) {
            err << "omnitote-server: a customer with e-mail " << email << " exists; use customer qr"
                << Qt::endl;
            return 2;
        }
        const QString loyalty = parser.value(QStringLiteral("loyalty")).trimmed();
        if (loyalty.size() > 32) {
            err << "omnitote-server: --loyalty is at most 32 characters" << Qt::endl;
            return 2;
        }
        customer = totes.addCustomer(email, loyalty, &error);
        if (!customer) {
            err << "omnitote-server: could not add the customer: " << error << Qt::endl;
            return 1;
        }
        Principal phone {Principal::Role::Customer, {}, QStringLiteral("phone of ") + email, customer->id};
        const QString token = runtime.api().authenticator().issueToken(phone, &error);
        if (token.isEmpty()) {
            err << "omnitote-server: could not store the customer token: " << error << Qt::endl;
            return 1;
        }
        out << "Created customer " << customer->id << " (" << email << ") with cart " << customer->cartId
            << "." << Qt::endl;
        out << "Customer token for their phone (shown once): " << token << Qt::endl;
    } else if (!customer) {
        err << "omnitote-server: there is no customer with e-mail " << email << Qt::endl;
        return 2;
    }
    const QByteArray key = totes.qrSecret(&error);
    if (key.isEmpty()) {
        err << "omnitote-server: no QR signing key: " << error << Qt::endl;
        return 1;
    }
    const QDateTime expiresAt = QDateTime::currentDateTimeUtc().addSecs(qint64(ttl) * 60);
    out << "QR payload, valid until " << expiresAt.toString(Qt::ISODate) << ":" << Qt::endl;
    out << CustomerQr(key).sign(customer->id, expiresAt) << Qt::endl;
    return 0;
}

} // namespace Omnitote::Server
