// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSoundEffect>

namespace Omnitote {

/**
 * A short beep for every accepted scan, as a hand scanner gives. A kiosk without an audio device
 * simply stays silent: QSoundEffect reports an error status and play() does nothing.
 */
class ScanBeeper : public QObject
{
    Q_OBJECT
public:
    explicit ScanBeeper(QObject *parent = nullptr);

    void beep();
    int beeps() const { return m_beeps; }
    bool loaded() const { return m_effect.status() == QSoundEffect::Ready; }

private:
    QSoundEffect m_effect;
    int m_beeps = 0;
};

} // namespace Omnitote
