// SPDX-License-Identifier: MIT
#include "netlogging.h"

namespace Omnitote {
// Warnings only by default: request-level chatter would drown the kiosk log.
Q_LOGGING_CATEGORY(lcNet, "omnitote.net", QtWarningMsg)
} // namespace Omnitote
