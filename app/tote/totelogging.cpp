// SPDX-License-Identifier: MIT
#include "totelogging.h"

Q_LOGGING_CATEGORY(lcTote, "omnitote.tote")
Q_LOGGING_CATEGORY(lcToteSync, "omnitote.tote.sync")
