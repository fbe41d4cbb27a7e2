// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace Omnitote {

/**
 * The way into the kiosk's settings for store IT: a hidden gesture (several quick taps on the
 * store's name), then the admin PIN. The PIN is checked against a slow salted hash (PinHash) on a
 * worker thread; repeated wrong PINs lock the gate for longer and longer. Without a provisioned
 * PIN hash the gate never opens: there is no default PIN.
 */
class AdminGate : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AdminGate is created by the application")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(int lockSecondsLeft READ lockSecondsLeft NOTIFY lockSecondsLeftChanged)
    Q_PROPERTY(bool provisioned READ provisioned CONSTANT)
public:
    enum class State { Closed, PinEntry, Checking, Locked, Open };
    Q_ENUM(State)

    /** `pinHash` as PinHash::make wrote it; empty or malformed: the gate stays shut. */
    explicit AdminGate(QString pinHash, QObject *parent = nullptr);
    ~AdminGate() override;

    State state() const { return m_state; }
    QString message() const { return m_message; }
    int lockSecondsLeft() const;
    bool provisioned() const { return m_provisioned; }

    /** One tap on the hidden spot; `tapsNeeded` taps within `tapWindowMs` ask for the PIN. */
    Q_INVOKABLE void secretTap();
    /** Checks `pin` in the background; the state moves to Open, or back to PinEntry or Locked. */
    Q_INVOKABLE void submitPin(const QString &pin);
    /** Leaves the admin screens (or the PIN prompt). */
    Q_INVOKABLE void close();

    static constexpr int tapsNeeded = 5;
    static constexpr int tapWindowMs = 3000;
    static constexpr int attemptsBeforeLock = 5;
    /** The first lock lasts this long; every further one twice as long, up to maxLockMs. */
    void setLockTimes(int firstLockMs, int maxLockMs);

Q_SIGNALS:
    void stateChanged();
    void lockSecondsLeftChanged();

private:
    void setState(State state, const QString &message = {});
    void onChecked(bool matches);
    void lock();

    QString m_pinHash;
    bool m_provisioned;
    State m_state = State::Closed;
    QString m_message;
    QList<qint64> m_taps; // ms on m_clock
    QElapsedTimer m_clock;
    int m_failures = 0;
    int m_locks = 0;
    int m_firstLockMs = 30'000;
    int m_maxLockMs = 15 * 60'000;
    QTimer m_lockTimer;
    QTimer m_lockTick;
    quint64 m_check = 0; // the answer of an older check (closed meanwhile) is ignored
};

} // namespace Omnitote
