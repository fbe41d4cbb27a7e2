// SPDX-License-Identifier: MIT
#include "sessioncontroller.h"

#include <QCoreApplication>
#include <QEvent>

namespace Omnitote {

SessionController::SessionController(int idleMs, int warningMs, QObject *parent)
    : QObject(parent), m_idleMs(idleMs), m_warningMs(warningMs)
{
    m_idle.setSingleShot(true);
    m_countdown.setSingleShot(true);
    m_tick.setInterval(250);
    connect(&m_idle, &QTimer::timeout, this, &SessionController::warn);
    connect(&m_countdown, &QTimer::timeout, this, &SessionController::end);
    connect(&m_tick, &QTimer::timeout, this, &SessionController::secondsLeftChanged);
}

int SessionController::secondsLeft() const
{
    if (m_state != State::Warning)
        return 0;
    const qint64 leftMs = qMax<qint64>(0, m_warningMs - m_warningClock.elapsed());
    return int((leftMs + 999) / 1000);
}

void SessionController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
    Q_EMIT secondsLeftChanged();
}

void SessionController::activity()
{
    m_countdown.stop();
    m_tick.stop();
    m_idle.start(m_idleMs);
    setState(State::Active);
}

void SessionController::warn()
{
    m_warningClock.start();
    m_countdown.start(m_warningMs);
    m_tick.start();
    setState(State::Warning);
}

void SessionController::end()
{
    m_idle.stop();
    m_countdown.stop();
    m_tick.stop();
    const bool wasRunning = m_state != State::Idle;
    setState(State::Idle);
    if (wasRunning)
        Q_EMIT ended();
}

void SessionController::watchInput()
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    // Only what a person does counts: presses and keys, not hover or timers. Runs for every event
    // of the application, so it only looks at the type.
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (m_state != State::Idle)
            activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Omnitote
