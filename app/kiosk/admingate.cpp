// SPDX-License-Identifier: MIT
#include "admingate.h"

#include <pinhash.h>

#include <QPointer>
#include <QThreadPool>

namespace Omnitote {

AdminGate::AdminGate(QString pinHash, QObject *parent)
    : QObject(parent), m_pinHash(std::move(pinHash)), m_provisioned(PinHash::isWellFormed(m_pinHash))
{
    m_clock.start();
    m_lockTimer.setSingleShot(true);
    connect(&m_lockTimer, &QTimer::timeout, this, [this] {
        m_lockTick.stop();
        if (m_state == State::Locked)
            setState(State::PinEntry);
        Q_EMIT lockSecondsLeftChanged();
    });
    m_lockTick.setInterval(1000);
    connect(&m_lockTick, &QTimer::timeout, this, &AdminGate::lockSecondsLeftChanged);
}

AdminGate::~AdminGate() = default;

int AdminGate::lockSecondsLeft() const
{
    return m_lockTimer.isActive() ? (m_lockTimer.remainingTime() + 999) / 1000 : 0;
}

void AdminGate::setLockTimes(int firstLockMs, int maxLockMs)
{
    m_firstLockMs = firstLockMs;
    m_maxLockMs = maxLockMs;
}

void AdminGate::secretTap()
{
    if (m_state != State::Closed)
        return;
    const qint64 now = m_clock.elapsed();
    m_taps.append(now);
    while (!m_taps.isEmpty() && now - m_taps.first() > tapWindowMs)
        m_taps.removeFirst();
    if (m_taps.size() < tapsNeeded)
        return;
    m_taps.clear();
    if (!m_provisioned) {
        setState(State::PinEntry,
                 tr("Settings are locked: no admin PIN is set on this device. Store IT sets one with "
                    "\"omnitote admin-pin\"."));
        return;
    }
    if (m_lockTimer.isActive())
        setState(State::Locked, tr("Too many wrong PINs. Try again later."));
    else
        setState(State::PinEntry);
}

void AdminGate::submitPin(const QString &pin)
{
    if (m_state != State::PinEntry || !m_provisioned)
        return;
    if (!PinHash::isAcceptablePin(pin)) {
        setState(State::PinEntry, tr("The PIN has 4 to 12 digits."));
        return;
    }
    setState(State::Checking);
    const quint64 check = ++m_check;
    QPointer<AdminGate> self(this);
    const QString stored = m_pinHash;
    // The hash is slow on purpose (a fraction of a second): off the GUI thread.
    QThreadPool::globalInstance()->start([self, check, pin, stored] {
        const bool matches = PinHash::verify(pin, stored);
        QMetaObject::invokeMethod(
            self.data(),
            [self, check, matches] {
                if (self && self->m_check == check)
                    self->onChecked(matches);
            },
            Qt::QueuedConnection);
    });
}

void AdminGate::onChecked(bool matches)
{
    if (m_state != State::Checking)
        return;
    if (matches) {
        m_failures = 0;
        m_locks = 0;
        setState(State::Open);
        return;
    }
    ++m_failures;
    if (m_failures >= attemptsBeforeLock) {
        lock();
        return;
    }
    const int left = attemptsBeforeLock - m_failures;
    setState(State::PinEntry, tr("Wrong PIN. %n tries left.", nullptr, left));
}

void AdminGate::lock()
{
    m_failures = 0;
    const qint64 lockMs = qMin<qint64>(qint64(m_firstLockMs) << qMin(m_locks, 20), m_maxLockMs);
    ++m_locks;
    m_lockTimer.start(int(lockMs));
    m_lockTick.start();
    setState(State::Locked, tr("Too many wrong PINs. Try again later."));
    Q_EMIT lockSecondsLeftChanged();
}

void AdminGate::close()
{
    ++m_check;
    m_taps.clear();
    setState(State::Closed);
}

void AdminGate::setState(State state, const QString &message)
{
    if (m_state == state && m_message == message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged();
}

} // namespace Omnitote
