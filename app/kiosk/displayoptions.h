// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace Omnitote {

/**
 * The shopper's display choices: larger text, a high-contrast palette and, on a touch wall, the
 * controls kept in the lower part of the screen where everyone can reach them. The QML Theme reads
 * them; they belong to the session, so its end sets them back (KioskApplication wires that).
 *
 * A QML singleton the engine creates, so every screen and the Theme share one instance;
 * KioskApplication fetches it from the engine to reset it and to steer it in the screenshot tour.
 */
class DisplayOptions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
    Q_PROPERTY(bool reachable READ reachable WRITE setReachable NOTIFY changed)
public:
    using QObject::QObject;

    bool largeText() const { return m_largeText; }
    bool highContrast() const { return m_highContrast; }
    bool reachable() const { return m_reachable; }
    void setLargeText(bool on);
    void setHighContrast(bool on);
    void setReachable(bool on);

    /** Back to the defaults, for the next shopper. */
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void changed();

private:
    void set(bool &field, bool on);

    bool m_largeText = false;
    bool m_highContrast = false;
    bool m_reachable = false;
};

} // namespace Omnitote
