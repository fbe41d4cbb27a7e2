// SPDX-License-Identifier: MIT
#pragma once

#include <associatetypes.h>

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace Omnitote {

class ApiCall;
class BackendApi;

/**
 * The store's checkout queue, oldest first, kept live by long-polling the server: each answer's
 * version goes back with the next call, which the server holds until the queue changes (never a
 * busy poll). Errors back off (1 s doubling to 30 s). The wait shown counts on locally between answers.
 */
class CheckoutQueueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CheckoutQueueModel is created by the application")
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles {
        ToteIdRole = Qt::UserRole,
        PickupCodeRole,
        StatusRole,
        WaitTextRole,
        ItemsRole,
        PickLinesRole,
        CustomerRole,
        ClaimedByRole, // "" when free
        ClaimedByMeRole,
    };
    Q_ENUM(Roles)

    explicit CheckoutQueueModel(BackendApi *api, QObject *parent = nullptr);
    ~CheckoutQueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setStoreId(const QString &storeId) { m_storeId = storeId; }
    bool active() const { return m_active; }
    /** Starts the long-poll loop (signed in) or stops it and clears the list (signed out). */
    void setActive(bool active);
    QString errorMessage() const { return m_errorMessage; }
    /** Seconds the long-poll asks the server to hold a call (1-25). */
    void setWaitSeconds(int seconds) { m_waitSeconds = seconds; }
    /** Replaces the rows with `queue` (what each answer does; public for tests). */
    void apply(const CheckoutQueue &queue);
    qint64 version() const { return m_version; }

Q_SIGNALS:
    void activeChanged();
    void errorChanged();
    void countChanged();
    /** The server answered 401: the associate's token is no longer good. */
    void unauthorized();

private:
    void poll();
    void onAnswered();
    void setError(const QString &error);
    static QString waitText(int seconds);

    BackendApi *m_api;
    QString m_storeId;
    bool m_active = false;
    int m_waitSeconds = 25;
    qint64 m_version = 0;
    QList<QueuedTote> m_totes;
    QElapsedTimer m_sinceAnswer; // waitSeconds were true when the answer came
    QPointer<ApiCall> m_call;
    QTimer m_retry;
    int m_backoffMs = 1000;
    QTimer m_tick; // refreshes the wait shown every 15 s, so it never looks stuck
    QString m_errorMessage;
};

} // namespace Omnitote
