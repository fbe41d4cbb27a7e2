// SPDX-License-Identifier: MIT
#pragma once

#include <scanevent.h>

#include <QObject>
#include <QString>

namespace Omnitote {

/**
 * Anything that produces scans: a camera decoder, a USB/HID scanner, an NFC reader, or a simulated
 * twin of one of them. The app only sees this interface; which implementation runs is configuration.
 *
 * Implementations never block the thread they live on and report trouble through state(), never
 * by throwing or aborting.
 */
class ScanSource : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
public:
    enum class State {
        Unavailable, // no such device here (no camera, no reader plugged in)
        Stopped, // present but not started
        Starting,
        Ready, // waiting for a code / tag
        Error, // failed; statusText says why; the source keeps trying to recover where it can
    };
    Q_ENUM(State)

    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;

    State state() const { return m_state; }
    QString statusText() const { return m_statusText; }

Q_SIGNALS:
    void scanned(const Omnitote::ScanEvent &event);
    void stateChanged();

protected:
    void setState(State state, const QString &statusText = {});

private:
    State m_state = State::Stopped;
    QString m_statusText;
};

} // namespace Omnitote
