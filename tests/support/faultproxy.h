// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrl>

namespace Omnitote::Testing {

/**
 * A TCP proxy on 127.0.0.1 that misbehaves on purpose, reproducibly (seeded): for each chunk a client
 * sends it may drop the connection without forwarding, reset it (RST), or forward it and then cut the
 * answer part-way (so the server did the work but the client never learns); chunks in both directions
 * may be delayed. With all probabilities at zero it is a transparent pipe.
 */
// Thread affinity: the thread that created it; everything runs on its event loop.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    struct Faults
    {
        double drop = 0; // close both sides, the request never reaches the server
        double reset = 0; // RST both sides, the request never reaches the server
        double cut = 0; // forward the request, then pass only part of the answer and reset
        double delay = 0; // hold a chunk back for up to maxDelayMs (order is kept)
        int maxDelayMs = 20;
    };
    struct Counters
    {
        int connections = 0;
        int dropped = 0;
        int reset = 0;
        int cut = 0;
        int delayed = 0;
    };

    explicit FaultProxy(quint32 seed, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen(quint16 upstreamPort, QString *error);
    /** Where new connections go (the server restarted on another port). */
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    void setFaults(const Faults &faults) { m_faults = faults; }
    void reseed(quint32 seed) { m_random.seed(seed); }
    /** Resets every open connection (what a crashing server looks like to the client). */
    void resetAll();

    QUrl url() const;
    Counters counters() const { return m_counters; }

private:
    class Pipe;
    friend class Pipe;
    void onNewConnection();
    double roll() { return m_random.generateDouble(); }

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    QRandomGenerator m_random;
    Faults m_faults;
    Counters m_counters;
};

} // namespace Omnitote::Testing
