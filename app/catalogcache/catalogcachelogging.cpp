// SPDX-License-Identifier: MIT
#include "catalogcachelogging.h"

Q_LOGGING_CATEGORY(lcCatalogCache, "omnitote.catalogcache")
