// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace Omnitote {
Q_DECLARE_LOGGING_CATEGORY(lcNet)
} // namespace Omnitote
