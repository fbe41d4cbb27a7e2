// SPDX-License-Identifier: MIT
#include "faultproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace Omnitote::Testing {

/** One client connection and its upstream twin. Deletes itself when either side goes away. */
class FaultProxy::Pipe : public QObject
{
public:
    Pipe(FaultProxy *proxy, QTcpSocket *client) : QObject(proxy), m_proxy(proxy), m_client(client)
    {
        m_client->setParent(this);
        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this, [this] { flush(m_toServer, m_upstream); });
        connect(m_client, &QTcpSocket::readyRead, this, &Pipe::onClientData);
        connect(m_upstream, &QTcpSocket::readyRead, this, &Pipe::onServerData);
        for (QTcpSocket *socket : {m_client, m_upstream}) {
            connect(socket, &QTcpSocket::disconnected, this, &Pipe::close);
            connect(socket, &QTcpSocket::errorOccurred, this, &Pipe::close);
        }
        m_upstream->connectToHost(QHostAddress::LocalHost, m_proxy->m_upstreamPort);
    }

    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    static void hardReset(QTcpSocket *socket)
    {
        if (socket->socketDescriptor() >= 0) {
            const linger option {1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
        }
        socket->abort();
    }

    void reset()
    {
        hardReset(m_client);
        hardReset(m_upstream);
        close();
    }

private:
    struct Direction
    {
        QByteArray pending;
        bool held = false; // a delay timer runs; later chunks wait behind it to keep the order
    };

    void onClientData()
    {
        const QByteArray data = m_client->readAll();
        const Faults &faults = m_proxy->m_faults;
        const double r = m_proxy->roll();
        if (r < faults.drop) {
            ++m_proxy->m_counters.dropped;
            m_client->abort();
            m_upstream->abort();
            return close();
        }
        if (r < faults.drop + faults.reset) {
            ++m_proxy->m_counters.reset;
            return reset();
        }
        if (m_proxy->roll() < faults.cut)
            m_cutNextAnswer = true;
        forward(m_toServer, data, m_upstream);
    }

    void onServerData()
    {
        QByteArray data = m_upstream->readAll();
        if (m_cutNextAnswer) {
            ++m_proxy->m_counters.cut;
            // Pass a random prefix (possibly nothing), then reset: the server has done the work.
            data.truncate(qsizetype(m_proxy->roll() * double(data.size())));
            m_client->write(data);
            m_client->flush();
            return reset();
        }
        forward(m_toClient, data, m_client);
    }

    void forward(Direction &direction, const QByteArray &data, QTcpSocket *to)
    {
        direction.pending += data;
        const Faults &faults = m_proxy->m_faults;
        if (!direction.held && faults.delay > 0 && m_proxy->roll() < faults.delay) {
            ++m_proxy->m_counters.delayed;
            direction.held = true;
            const int ms = int(m_proxy->roll() * faults.maxDelayMs);
            QTimer::singleShot(ms, this, [this, &direction, to] {
                direction.held = false;
                flush(direction, to);
            });
            return;
        }
        flush(direction, to);
    }

    void flush(Direction &direction, QTcpSocket *to)
    {
        if (direction.held || direction.pending.isEmpty() || to->state() != QAbstractSocket::ConnectedState)
            return;
        to->write(direction.pending);
        direction.pending.clear();
    }

    void close()
    {
        if (m_closing)
            return;
        m_closing = true;
        // Give what was already written a chance to leave (a normal close sends FIN after it).
        if (m_client->state() == QAbstractSocket::ConnectedState) {
            m_client->write(m_toClient.pending);
            m_client->disconnectFromHost();
        }
        m_upstream->abort();
        deleteLater();
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    Direction m_toServer;
    Direction m_toClient;
    bool m_cutNextAnswer = false;
    bool m_closing = false;
};

FaultProxy::FaultProxy(quint32 seed, QObject *parent) : QObject(parent), m_random(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen(quint16 upstreamPort, QString *error)
{
    m_upstreamPort = upstreamPort;
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

QUrl FaultProxy::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_counters.connections;
        new Pipe(this, client);
    }
}

void FaultProxy::resetAll()
{
    const auto pipes = findChildren<Pipe *>(QString(), Qt::FindDirectChildrenOnly);
    for (Pipe *pipe : pipes)
        pipe->reset();
}

} // namespace Omnitote::Testing
