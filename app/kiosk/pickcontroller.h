// SPDX-License-Identifier: MIT
#pragma once

#include "picklistmodel.h"
#include "tillhandoff.h"

#include <scanevent.h>

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace Omnitote {

class ApiCall;
class BackendApi;

/**
 * One tote being picked by the signed-in associate: open it (from the queue, its QR code or its
 * pickup code) and claim it, pick by scanning (the server refuses a wrong product or variant with a
 * sentence we show), mark lines short, substitute with the shopper's consent, complete, and hand off
 * to the till.
 */
class PickController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PickController is created by the application")
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString pickupCode READ pickupCode NOTIFY stageChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY linesChanged)
    Q_PROPERTY(int shipLines READ shipLines NOTIFY linesChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY stageChanged)
    Q_PROPERTY(PickListModel *model READ model CONSTANT)
    Q_PROPERTY(TillHandoff *till READ till CONSTANT)
    Q_PROPERTY(QVariantList substituteOptions READ substituteOptions NOTIFY substituteOptionsChanged)
public:
    enum class Stage { None, Picking, Completed };
    Q_ENUM(Stage)

    /** `api` carries the associate's token; `catalog` the device's (product variants). */
    PickController(BackendApi *api, BackendApi *catalog, QObject *parent = nullptr);
    ~PickController() override;

    void setStoreId(const QString &storeId) { m_storeId = storeId; }

    Stage stage() const { return m_stage; }
    bool busy() const { return m_call != nullptr; }
    QString toteId() const { return m_toteId; }
    QString pickupCode() const { return m_pickupCode; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    bool canComplete() const { return m_stage == Stage::Picking && m_model.allResolved(); }
    int shipLines() const { return m_shipLines; }
    QString summaryText() const { return m_summary; }
    PickListModel *model() { return &m_model; }
    TillHandoff *till() { return &m_till; }
    QVariantList substituteOptions() const { return m_substituteOptions; }

    /** A tote from the queue. */
    Q_INVOKABLE void openTote(const QString &toteId);
    /** What was scanned or typed: the QR payload, a tote id or the pickup code. */
    Q_INVOKABLE void openCode(const QString &code);
    /** A scan while signed in: a tote's code with no tote open, else an item to pick. */
    void handleScan(const Omnitote::ScanEvent &event);
    /** An item's code (scanned or typed) for the open tote. */
    Q_INVOKABLE void pickCode(const QString &code);
    Q_INVOKABLE void markShort(const QString &lineId);
    /** Loads the other variants of the line's product into substituteOptions. */
    Q_INVOKABLE void loadSubstitutes(const QString &lineId);
    Q_INVOKABLE void substitute(const QString &lineId, const QString &variantId, bool shopperConsent);
    Q_INVOKABLE void complete();
    /** Back to the queue: releases the claim while picking (picks so far are kept). */
    Q_INVOKABLE void close();
    /** Signed out: forget the tote without calling the server (the sign-out releases claims). */
    void reset();

Q_SIGNALS:
    void stageChanged();
    void busyChanged();
    void messageChanged();
    void linesChanged();
    void substituteOptionsChanged();
    /** A pick was accepted (a beep, a flash). */
    void picked(const QString &lineId);
    /** A scan or action was refused; `reason` is the server's sentence. */
    void refused(const QString &reason);
    void unauthorized();

private:
    using Handler = std::function<void(ApiCall *)>;
    void run(ApiCall *call, Handler onOk, const QString &whatFailed);
    void showPickList(ApiCall *call);
    void setStage(Stage stage);
    void setMessage(const QString &message, bool isError);

    BackendApi *m_api;
    BackendApi *m_catalog;
    QString m_storeId;
    Stage m_stage = Stage::None;
    QString m_toteId;
    QString m_pickupCode;
    int m_shipLines = 0;
    QString m_summary;
    QString m_message;
    bool m_messageIsError = false;
    PickListModel m_model;
    TillHandoff m_till;
    QPointer<ApiCall> m_call;
    QPointer<ApiCall> m_productCall;
    QVariantList m_substituteOptions;
};

} // namespace Omnitote
