// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace Omnitote {

/**
 * A shopper's session on a shared device. It starts on the first touch, key or scan. After
 * `idleMs` without any, it asks "Still there?" for `warningMs`; if nobody answers, it ends,
 * and everything that listens to ended() forgets the shopper.
 */
class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SessionController is created by the application")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
public:
    enum class State { Idle, Active, Warning };
    Q_ENUM(State)

    explicit SessionController(int idleMs, int warningMs, QObject *parent = nullptr);

    State state() const { return m_state; }
    int secondsLeft() const;

    /** The shopper did something: starts a session, or keeps it going (also answers "Still there?"). */
    Q_INVOKABLE void activity();
    /** Ends the session now (a "Done" button, or the countdown running out). */
    Q_INVOKABLE void end();

    /** Watches the application's input events so every touch, click and key counts as activity. */
    void watchInput();

Q_SIGNALS:
    void stateChanged();
    void secondsLeftChanged();
    /** The session is over: clear every trace of the shopper. */
    void ended();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setState(State state);
    void warn();

    int m_idleMs;
    int m_warningMs;
    State m_state = State::Idle;
    QTimer m_idle;
    QTimer m_countdown;
    QTimer m_tick;
    QElapsedTimer m_warningClock;
};

} // namespace Omnitote
