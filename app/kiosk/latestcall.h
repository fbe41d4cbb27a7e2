// SPDX-License-Identifier: MIT
#pragma once

#include <backendapi.h>

#include <QCoreApplication>
#include <QPointer>

namespace Omnitote {

/**
 * Keeps only the newest REST call of one kind: starting a call cancels (deletes) the one before, so
 * a slow old answer can never overwrite a newer one. The handler runs on the owner's thread.
 */
class LatestCall
{
    Q_DECLARE_TR_FUNCTIONS(LatestCall)
public:
    LatestCall() = default;
    LatestCall(const LatestCall &) = delete;
    LatestCall &operator=(const LatestCall &) = delete;
    ~LatestCall() { cancel(); }

    template<typename Call, typename Handler>
    void start(QObject *context, Call *call, Handler handler)
    {
        cancel();
        m_call = call;
        QObject::connect(call, &ApiCall::finished, context, [this, call, handler] {
            call->deleteLater();
            if (m_call != call)
                return;
            m_call = nullptr;
            handler(call);
        });
    }
    void cancel() { delete m_call.data(); }
    bool isRunning() const { return !m_call.isNull(); }

    /** What a shopper reads when a call failed: calm, and saying that older data may be shown. */
    static QString userMessage(const ApiCall &call);

private:
    QPointer<ApiCall> m_call;
};

} // namespace Omnitote
