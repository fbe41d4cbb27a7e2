// SPDX-License-Identifier: MIT
#pragma once

#include "totemodel.h"

#include <syncengine.h>
#include <totetypes.h>

#include <QObject>
#include <QQmlEngine>

namespace Omnitote {

class ProductController;
class ToteStore;
struct Product;

/**
 * What the tote screen and the product page's "Add to tote" call: add, change quantity or fulfilment,
 * remove and undo, plus the badge count, the totals and the sync state as text.
 */
class ToteController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ToteController is created by the application")
    Q_PROPERTY(ToteModel *model READ model CONSTANT)
    /** The most of one item a line may hold; the server's limit too (app/core/totelimits.h). */
    Q_PROPERTY(int maxLineQty READ maxLineQty CONSTANT)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY linesChanged)
    Q_PROPERTY(int lineCount READ lineCount NOTIFY linesChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY linesChanged)
    Q_PROPERTY(QString takeTotalText READ takeTotalText NOTIFY linesChanged)
    Q_PROPERTY(QString pickupTotalText READ pickupTotalText NOTIFY linesChanged)
    Q_PROPERTY(QString shipTotalText READ shipTotalText NOTIFY linesChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString pickupCode READ pickupCode NOTIFY toteChanged)
    Q_PROPERTY(SyncState syncState READ syncState NOTIFY syncChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY syncChanged)
    Q_PROPERTY(QString syncText READ syncText NOTIFY syncChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
public:
    // SyncEngine::State for QML (the engine itself is not a QML type).
    enum class SyncState { Synced, Pending, Offline, Error };
    Q_ENUM(SyncState)

    ToteController(ToteStore *store, SyncEngine *sync, QObject *parent = nullptr);

    /** The product page whose product "Add to tote" adds. */
    void setProductController(ProductController *products) { m_products = products; }

    ToteModel *model() { return &m_model; }
    int itemCount() const;
    static int maxLineQty();
    int lineCount() const;
    QString totalText() const;
    QString takeTotalText() const;
    QString pickupTotalText() const;
    QString shipTotalText() const;
    bool canUndo() const { return !m_removed.isEmpty(); }
    QString pickupCode() const;
    SyncState syncState() const { return SyncState(int(m_sync->state())); }
    int pendingCount() const { return m_sync->pendingCount(); }
    QString syncText() const;
    QString errorMessage() const { return m_errorMessage; }

    /** The product page's hook: adds the product on screen. fulfilment "take"|"pickup"|"ship". */
    Q_INVOKABLE bool addCurrentProduct(const QString &fulfilment,
                                       const QString &source = QStringLiteral("scan"));
    Q_INVOKABLE bool setQty(const QString &lineId, int qty);
    Q_INVOKABLE bool setFulfilment(const QString &lineId, const QString &fulfilment);
    Q_INVOKABLE bool remove(const QString &lineId);
    /** Puts the most recently removed line back (a new "add" op). */
    Q_INVOKABLE bool undo();
    Q_INVOKABLE void retrySync() { m_sync->retryNow(); }

    /** The same for C++ callers; the line's id, or "" with errorMessage set. */
    QString add(const Product &product, const QString &variantId, Fulfilment fulfilment, LineSource source,
                const QString &imageUrl = {});
    /** The session ended: nothing of this shopper stays on the device (see ToteStore::endSession). */
    void endSession();
    /** Prices are shown in the current language's format. */
    void refreshFormatting();

Q_SIGNALS:
    void linesChanged();
    void undoChanged();
    void toteChanged();
    void syncChanged();
    void errorChanged();
    /** A line was added (the product page shows a confirmation; the session counts it as activity). */
    void added(const QString &lineId);

private:
    bool check(bool ok, const QString &error);
    QString money(qint64 amount) const;

    ToteStore *m_store;
    SyncEngine *m_sync;
    ProductController *m_products = nullptr;
    ToteModel m_model;
    QList<ToteLine> m_removed; // undo stack, newest last; in memory only
    QString m_errorMessage;
};

} // namespace Omnitote
