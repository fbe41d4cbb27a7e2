// SPDX-License-Identifier: MIT
#include "hidwedgescanner.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHid, "omnitote.hardware.hid")

namespace Omnitote {

namespace {

bool isModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
        return true;
    default:
        return false;
    }
}

qint64 eventTimeNs(const QKeyEvent &event)
{
    // The window system stamps each key when it happened: a GUI thread that was busy for a moment
    // then handles a person's keys back to back, and their stamps still show a person's pace.
    return event.timestamp() > 0 ? qint64(event.timestamp()) * 1000000 : scanClockNs();
}

} // namespace

std::optional<HidKey> hidKeyFromEvent(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    const bool ctrl = modifiers & Qt::ControlModifier;
    const bool alt = modifiers & Qt::AltModifier;
    // Ctrl+] is how a US-layout keyboard types GS (0x1D), the FNC1 separator of GS1 codes.
    if ((ctrl && key == Qt::Key_BracketRight) || text == QStringLiteral("\x1d"))
        return HidKey::character(QChar(0x1D));
    if (alt && (modifiers & Qt::KeypadModifier) && key >= Qt::Key_0 && key <= Qt::Key_9)
        return HidKey::altDigit(key - Qt::Key_0);
    if (ctrl || alt || (modifiers & Qt::MetaModifier))
        return std::nullopt; // a shortcut: a person's
    if (key == Qt::Key_Return || key == Qt::Key_Enter)
        return HidKey::enter();
    if (key == Qt::Key_Tab)
        return HidKey::tab();
    if (text.size() == 1 && text.at(0).isPrint())
        return HidKey::character(text.at(0));
    return std::nullopt;
}

HidWedgeScanner::HidWedgeScanner(HidScanConfig config, QObject *parent)
    : ScanSource(parent), m_parser(std::move(config)), m_clock(eventTimeNs)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &HidWedgeScanner::flushHeld);
}

HidWedgeScanner::~HidWedgeScanner()
{
    if (m_running)
        QCoreApplication::instance()->removeEventFilter(this);
}

void HidWedgeScanner::start()
{
    if (m_running)
        return;
    if (!QCoreApplication::instance()) {
        setState(State::Unavailable, tr("No application to listen to"));
        return;
    }
    QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    setState(State::Ready, tr("Listening for a USB scanner in keyboard mode"));
}

void HidWedgeScanner::stop()
{
    if (!m_running)
        return;
    flushHeld();
    QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    setState(State::Stopped);
}

bool HidWedgeScanner::eventFilter(QObject *watched, QEvent *event)
{
    // Every event of the application passes here: look at the type first. Keys reach the window
    // before Qt Quick hands them to the focused item, so the window is the one place to hold them.
    const QEvent::Type type = event->type();
    if ((type != QEvent::KeyPress && type != QEvent::KeyRelease) || m_replaying || !watched->isWindowType())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (type == QEvent::KeyPress)
        return onKeyPress(static_cast<QWindow *>(watched), key);
    return onKeyRelease(key);
}

bool HidWedgeScanner::onKeyPress(QWindow *window, QKeyEvent *event)
{
    if (isModifierKey(event->key()))
        return false; // Shift and Ctrl come with a scanner's keys too; they neither start nor break a burst
    const std::optional<HidKey> key = event->isAutoRepeat()
        ? std::nullopt
        : hidKeyFromEvent(event->key(), event->modifiers(), event->text());
    if (!key) {
        // Not something a scanner types (an arrow, Backspace, a shortcut): a person is typing. What
        // was held goes first so the order of keys is kept.
        flushHeld();
        return false;
    }
    m_held.append({window, event->key(), event->modifiers(), event->text(), event->nativeScanCode(),
                   event->nativeVirtualKey(), event->nativeModifiers(), scanClockNs(), false});
    apply(m_parser.feed(*key, m_clock(*event)));
    return true;
}

bool HidWedgeScanner::onKeyRelease(QKeyEvent *event)
{
    for (HeldKey &held : m_held) {
        if (held.key == event->key() && !held.released) {
            held.released = true;
            return true;
        }
    }
    return m_swallowReleases.removeOne(event->key());
}

void HidWedgeScanner::apply(const HidBurstParser::Step &step)
{
    for (int i = 0; i < step.replay && !m_held.isEmpty(); ++i)
        replay(m_held.takeFirst());
    const qint64 capturedNs = m_held.isEmpty() ? scanClockNs() : m_held.first().arrivedNs;
    for (int i = 0; i < step.drop && !m_held.isEmpty(); ++i) {
        const HeldKey held = m_held.takeFirst();
        if (!held.released)
            m_swallowReleases.append(held.key);
    }
    // A release that never comes (focus moved away mid-key) must not swallow a later key forever.
    while (m_swallowReleases.size() > 16)
        m_swallowReleases.removeFirst();
    if (!step.scan.isEmpty()) {
        ScanEvent scan = ScanEvent::make(ScanEvent::Source::HidScanner, step.scan, {}, capturedNs);
        scan.rawBytes = step.raw.toUtf8(); // what the scanner typed, before prefix, suffix and GS rules
        scan.sourceId = QStringLiteral("keyboard");
        qCDebug(lcHid) << "scan of" << step.scan.size() << "characters";
        Q_EMIT scanned(scan);
    }
    if (m_parser.held() > 0)
        m_expiry.start(m_parser.config().maxGapMs + 1);
    else
        m_expiry.stop();
}

void HidWedgeScanner::replay(const HeldKey &held)
{
    if (!held.window)
        return;
    m_replaying = true;
    QKeyEvent press(QEvent::KeyPress, held.key, held.modifiers, held.nativeScanCode, held.nativeVirtualKey,
                    held.nativeModifiers, held.text);
    QCoreApplication::sendEvent(held.window, &press);
    // A release still to come will pass through by itself; one that came while held is sent now.
    if (held.released && held.window) {
        QKeyEvent release(QEvent::KeyRelease, held.key, held.modifiers, held.nativeScanCode,
                          held.nativeVirtualKey, held.nativeModifiers, held.text);
        QCoreApplication::sendEvent(held.window, &release);
    }
    m_replaying = false;
}

void HidWedgeScanner::flushHeld()
{
    apply(m_parser.flush());
}

} // namespace Omnitote
