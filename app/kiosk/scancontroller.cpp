// SPDX-License-Identifier: MIT
#include "scancontroller.h"

#include "customerlinkcontroller.h"
#include "productcontroller.h"
#include "sessioncontroller.h"

#include <scansource.h>

#include <QLoggingCategory>
#include <QMetaEnum>

Q_LOGGING_CATEGORY(lcScan, "omnitote.kiosk.scan")

namespace Omnitote {

ScanController::ScanController(ProductController *products, SessionController *session, QObject *parent)
    : QObject(parent), m_products(products), m_session(session)
{
    m_errorTimer.setSingleShot(true);
    m_errorTimer.setInterval(6000);
    connect(&m_errorTimer, &QTimer::timeout, this, [this] { setLastError({}); });
}

ScanController::~ScanController() = default;

void ScanController::addSource(ScanSource *source)
{
    if (!source || m_sources.contains(source))
        return;
    if (!source->parent())
        source->setParent(this);
    m_sources.append(source);
    connect(source, &ScanSource::scanned, this, &ScanController::handle);
    connect(source, &ScanSource::stateChanged, this, [this, source] {
        // Support reads the log when a scanner "does nothing": say which one and why.
        qCInfo(lcScan).noquote() << source->objectName() << "is" << source->state() << source->statusText();
        Q_EMIT sourcesChanged();
    });
    connect(source, &QObject::destroyed, this, [this, source] {
        m_sources.removeOne(source);
        Q_EMIT sourcesChanged();
    });
    Q_EMIT sourcesChanged();
}

void ScanController::startSources()
{
    for (ScanSource *source : std::as_const(m_sources))
        source->start();
}

void ScanController::stopSources()
{
    for (ScanSource *source : std::as_const(m_sources))
        source->stop();
}

QVariantList ScanController::sources() const
{
    const QMetaEnum states = QMetaEnum::fromType<ScanSource::State>();
    QVariantList list;
    for (const ScanSource *source : m_sources) {
        list.append(QVariantMap {
            {QStringLiteral("name"),
             source->objectName().isEmpty() ? QString::fromLatin1(source->metaObject()->className())
                                            : source->objectName()},
            {QStringLiteral("state"), QString::fromLatin1(states.valueToKey(int(source->state())))},
            {QStringLiteral("statusText"), source->statusText()}});
    }
    return list;
}

void ScanController::setDedupeWindowMs(int ms)
{
    ms = qMax(0, ms);
    if (ms == m_dedupeWindowMs)
        return;
    m_dedupeWindowMs = ms;
    Q_EMIT dedupeWindowMsChanged();
}

void ScanController::submitManual(const QString &text)
{
    handle(ScanEvent::make(ScanEvent::Source::Manual, text));
}

bool ScanController::isDuplicate(const ScanEvent &event)
{
    // A camera sees the code in every frame and a trigger held down re-reads it: the window slides
    // with each sighting, so a code held in view stays one scan. Typing it by hand always counts.
    const QString key = event.lookupKey();
    const qint64 at = event.capturedAtNs;
    const bool duplicate = event.source != ScanEvent::Source::Manual && key == m_lastKey
        && at - m_lastSeenNs < qint64(m_dedupeWindowMs) * 1000000 && at >= m_lastSeenNs;
    m_lastKey = key;
    m_lastSeenNs = at;
    return duplicate;
}

void ScanController::setLastError(const QString &error)
{
    if (error.isEmpty())
        m_errorTimer.stop();
    else
        m_errorTimer.start();
    if (error == m_lastError)
        return;
    m_lastError = error;
    Q_EMIT lastErrorChanged();
}

void ScanController::handle(const ScanEvent &event)
{
    if (event.code.raw.trimmed().isEmpty())
        return; // an empty field or a stray Enter: nothing was scanned
    if (isDuplicate(event)) {
        qCDebug(lcScan) << "same code again from" << ScanEvent::sourceName(event.source) << "- ignored";
        Q_EMIT duplicateIgnored(event.lookupKey());
        return;
    }
    if (m_customerLink && CustomerLinkController::isCustomerCode(event.code.raw)) {
        // A customer's code is a credential: it goes to the server only, never into lastScan or a lookup.
        ++m_scanCount;
        Q_EMIT lastScanChanged();
        m_session->activity();
        setLastError({});
        m_customerLink->link(event.code.raw);
        return;
    }
    m_lastScan = scanEventToJson(event).toVariantMap();
    ++m_scanCount;
    Q_EMIT lastScanChanged();
    // Activity first: even a bad scan means someone is at the kiosk.
    m_session->activity();
    if (!event.code.ok()) {
        // Never guess: a code that fails its checks could open the wrong product.
        const QString reason =
            tr("That code could not be read: %1. Please scan it again.").arg(event.code.error);
        qCInfo(lcScan) << "rejected scan from" << ScanEvent::sourceName(event.source) << event.code.error;
        setLastError(reason);
        Q_EMIT rejected(reason);
        return;
    }
    setLastError({});
    Q_EMIT accepted(event);
    if (m_productLookup)
        m_products->lookup(event.lookupKey());
}

} // namespace Omnitote
