// SPDX-License-Identifier: MIT
// The session's life: start on activity, "Still there?" after the idle time, end after the warning.
#include <sessioncontroller.h>

#include <QSignalSpy>
#include <QTest>

using namespace Omnitote;
using State = SessionController::State;

class SessionControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsIdleAndActivityStartsIt()
    {
        SessionController session(60000, 20000);
        QCOMPARE(session.state(), State::Idle);
        session.activity();
        QCOMPARE(session.state(), State::Active);
        QCOMPARE(session.secondsLeft(), 0);
    }

    void warnsThenEnds()
    {
        SessionController session(100, 1500);
        QSignalSpy ended(&session, &SessionController::ended);
        session.activity();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Warning, 2000);
        QVERIFY(session.secondsLeft() >= 1 && session.secondsLeft() <= 2);
        QCOMPARE(ended.size(), 0);
        QVERIFY(ended.wait(3000));
        QCOMPARE(session.state(), State::Idle);
        QCOMPARE(ended.size(), 1);
    }

    void answeringTheWarningKeepsTheSession()
    {
        SessionController session(100, 400);
        QList<State> states;
        connect(&session, &SessionController::stateChanged, this, [&] { states.append(session.state()); });
        QSignalSpy ended(&session, &SessionController::ended);
        session.activity();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Warning, 2000);
        session.activity(); // "I'm still here"
        QCOMPARE(session.state(), State::Active);
        // The old countdown is gone: the session ends only after a fresh idle time and a fresh warning.
        QVERIFY(ended.wait(5000));
        QCOMPARE(states,
                 (QList<State> {State::Active, State::Warning, State::Active, State::Warning, State::Idle}));
    }

    void inputEventsCountAsActivityOnlyDuringASession()
    {
        SessionController session(150, 5000);
        session.watchInput();
        QObject target;
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &key);
        QCOMPARE(session.state(), State::Idle); // a stray event does not start a session
        session.activity();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Warning, 2000);
        QCoreApplication::sendEvent(&target, &key);
        QCOMPARE(session.state(), State::Active);
    }

    void endingIdleSessionSaysNothing()
    {
        SessionController session(1000, 1000);
        QSignalSpy ended(&session, &SessionController::ended);
        session.end();
        QCOMPARE(ended.size(), 0);
        session.activity();
        session.end(); // "Start over" / Home
        QCOMPARE(ended.size(), 1);
        QCOMPARE(session.state(), State::Idle);
    }
};

QTEST_GUILESS_MAIN(SessionControllerTest)
#include "sessioncontrollertest.moc"
