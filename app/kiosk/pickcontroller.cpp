// SPDX-License-Identifier: MIT
#include "pickcontroller.h"

#include "productcontroller.h"

#include <backendapi.h>

#include <QLocale>

namespace Omnitote {

PickController::PickController(BackendApi *api, BackendApi *catalog, QObject *parent)
    : QObject(parent), m_api(api), m_catalog(catalog)
{
    m_model.setUrlResolver([this](const QString &path) { return m_catalog->resolve(path); });
}

PickController::~PickController() = default;

void PickController::run(ApiCall *call, Handler onOk, const QString &whatFailed)
{
    // One call at a time: a newer action replaces one still in flight. Every answer carries the whole
    // pick list, so the screen is right again after the next one.
    delete m_call;
    call->setParent(this);
    m_call = call;
    Q_EMIT busyChanged();
    connect(call, &ApiCall::finished, this, [this, call, onOk = std::move(onOk), whatFailed] {
        call->deleteLater();
        m_call = nullptr;
        Q_EMIT busyChanged();
        if (call->status() == 401) {
            Q_EMIT unauthorized();
            return;
        }
        if (!call->ok()) {
            // The server's detail is a sentence for the associate ("This is Alder Mug in Sand; the
            // tote has it in Ocean").
            const QString reason =
                whatFailed.isEmpty() ? call->errorMessage() : whatFailed.arg(call->errorMessage());
            setMessage(reason, true);
            Q_EMIT refused(reason);
            return;
        }
        onOk(call);
    });
}

void PickController::showPickList(ApiCall *call)
{
    const auto &list = static_cast<PickListCall *>(call)->result();
    if (!list)
        return;
    m_toteId = list->toteId;
    m_pickupCode = list->pickupCode;
    m_shipLines = list->shipLines;
    m_model.setLines(list->lines);
    setStage(Stage::Picking);
    Q_EMIT linesChanged();
}

void PickController::openTote(const QString &toteId)
{
    run(
        m_api->claimTote(toteId),
        [this](ApiCall *call) {
            showPickList(call);
            setMessage(tr("Scan each item as you pick it."), false);
        },
        tr("This tote cannot be opened: %1"));
}

void PickController::openCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return;
    run(
        m_api->lookupTote(m_storeId, trimmed),
        [this](ApiCall *call) { openTote(static_cast<ToteLookupCall *>(call)->result()->toteId); },
        tr("No tote found: %1"));
}

void PickController::handleScan(const ScanEvent &event)
{
    switch (m_stage) {
    case Stage::Picking:
        pickCode(event.lookupKey());
        break;
    case Stage::None:
    case Stage::Completed:
        // Only a tote's QR code or pickup code makes sense here.
        openCode(event.code.raw.trimmed());
        break;
    }
}

void PickController::pickCode(const QString &code)
{
    if (m_stage != Stage::Picking || code.trimmed().isEmpty())
        return;
    run(m_api->pick(m_toteId, code.trimmed()),
        [this](ApiCall *call) {
            showPickList(call);
            const QString lineId = call->json().object().value(QStringLiteral("lineId")).toString();
            const int row = m_model.rowOf(lineId);
            if (row >= 0) {
                const QModelIndex index = m_model.index(row);
                setMessage(tr("%1: %2 of %3 picked")
                               .arg(index.data(PickListModel::NameRole).toString())
                               .arg(index.data(PickListModel::PickedRole).toInt())
                               .arg(index.data(PickListModel::QtyRole).toInt()),
                           false);
            }
            Q_EMIT picked(lineId);
        },
        {});
}

void PickController::markShort(const QString &lineId)
{
    run(
        m_api->markShort(m_toteId, lineId),
        [this](ApiCall *call) {
            showPickList(call);
            setMessage(tr("Marked as not on the shelf."), false);
        },
        tr("Could not mark it short: %1"));
}

void PickController::loadSubstitutes(const QString &lineId)
{
    const int row = m_model.rowOf(lineId);
    m_substituteOptions.clear();
    Q_EMIT substituteOptionsChanged();
    if (row < 0)
        return;
    const PickLine line = m_model.lines().at(row);
    delete m_productCall;
    ProductCall *call = m_catalog->product(line.productId);
    call->setParent(this);
    m_productCall = call;
    connect(call, &ApiCall::finished, this, [this, call, line] {
        call->deleteLater();
        if (!call->ok() || !call->result()) {
            setMessage(tr("The other variants could not be loaded: %1").arg(call->errorMessage()), true);
            return;
        }
        for (const Variant &variant : call->result()->variants) {
            if (variant.id == line.variantId)
                continue;
            QStringList parts;
            for (const QString &part : {variant.color, variant.size}) {
                if (!part.isEmpty())
                    parts.append(part);
            }
            m_substituteOptions.append(
                QVariantMap {{QStringLiteral("variantId"), variant.id},
                             {QStringLiteral("text"), parts.join(QStringLiteral(" · "))}});
        }
        Q_EMIT substituteOptionsChanged();
    });
}

void PickController::substitute(const QString &lineId, const QString &variantId, bool shopperConsent)
{
    if (!shopperConsent) {
        // The server insists too; saying it here spares a round trip.
        setMessage(tr("Ask the shopper first: a substitute needs their consent."), true);
        return;
    }
    run(
        m_api->substitute(m_toteId, lineId, variantId, shopperConsent),
        [this](ApiCall *call) {
            showPickList(call);
            setMessage(tr("Substitute recorded. Scan the substitute to pick it."), false);
        },
        tr("Could not substitute: %1"));
}

void PickController::complete()
{
    run(
        m_api->completeTote(m_toteId),
        [this](ApiCall *call) {
            const CompleteResult &result = *static_cast<CompleteCall *>(call)->result();
            m_till.setItems(result.tillQr, result.tillItems);
            int units = 0;
            for (const TillItem &item : result.tillItems)
                units += item.qty;
            QString ship;
            if (result.shipDisposition == QLatin1String("order"))
                ship = tr("Ship-to-home items became online order %1.").arg(result.orderId);
            else if (result.shipDisposition == QLatin1String("not-ordered"))
                ship = tr("Ship-to-home items stay in the shopper's online cart: they order them online.");
            m_summary = tr("%n item(s) to the till, %1.", "", units)
                            .arg(ProductController::formatPrice(result.tillTotal, QLocale()));
            if (result.shortItems > 0)
                m_summary += QLatin1Char(' ') + tr("%n not on the shelf.", "", result.shortItems);
            if (!ship.isEmpty())
                m_summary += QLatin1Char(' ') + ship;
            m_model.clear();
            setStage(Stage::Completed);
            setMessage({}, false);
        },
        tr("Could not complete: %1"));
}

void PickController::close()
{
    if (m_stage == Stage::Picking) {
        // Let go of the claim so a colleague can carry on; the answer changes nothing here.
        ApiCall *release = m_api->releaseTote(m_toteId);
        connect(release, &ApiCall::finished, release, &QObject::deleteLater);
    }
    reset();
}

void PickController::reset()
{
    delete m_call;
    delete m_productCall;
    m_toteId.clear();
    m_pickupCode.clear();
    m_summary.clear();
    m_shipLines = 0;
    m_model.clear();
    m_till.clear();
    m_substituteOptions.clear();
    Q_EMIT substituteOptionsChanged();
    setMessage({}, false);
    setStage(Stage::None);
    Q_EMIT linesChanged();
    Q_EMIT busyChanged();
}

void PickController::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged();
}

void PickController::setMessage(const QString &message, bool isError)
{
    m_message = message;
    m_messageIsError = isError;
    Q_EMIT messageChanged();
}

} // namespace Omnitote
