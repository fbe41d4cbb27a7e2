// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVariantMap>

namespace Omnitote {

class AssociateSession;
class BackendApi;
class BackendStatus;
class CheckoutQueueModel;
class HttpClient;
class PickController;
class ScanController;
class SessionController;

/**
 * The associate side of the app (`--mode associate`): the sign-in, the checkout queue and the pick
 * controller, connected to the scans and the idle timeout. Owned and started by KioskApplication.
 */
class AssociateMode : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        HttpClient *http = nullptr;
        BackendApi *deviceApi = nullptr;
        BackendStatus *backend = nullptr;
        ScanController *scans = nullptr;
        SessionController *idle = nullptr; // its end signs the associate out
    };

    explicit AssociateMode(const Parts &parts, QObject *parent = nullptr);

    AssociateSession *session() const { return m_session; }
    CheckoutQueueModel *queue() const { return m_queue; }
    PickController *picking() const { return m_picking; }
    BackendApi *api() const { return m_api; }
    /** AssociateMain.qml's required properties. */
    QVariantMap qmlProperties() const;

private:
    void onSignedIn(bool signedIn);

    Parts m_parts;
    BackendApi *m_api;
    AssociateSession *m_session;
    CheckoutQueueModel *m_queue;
    PickController *m_picking;
};

} // namespace Omnitote
