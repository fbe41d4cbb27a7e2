// SPDX-License-Identifier: MIT
#include "latestcall.h"

namespace Omnitote {

QString LatestCall::userMessage(const ApiCall &call)
{
    if (call.status() == 0)
        return tr("The store's system is not answering right now. What you see may be out of date.");
    return tr("Something went wrong on the store's system (%1).").arg(call.errorMessage());
}

} // namespace Omnitote
