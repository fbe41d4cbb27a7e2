// SPDX-License-Identifier: MIT
#pragma once

#include "sqlstorage.h"

namespace Omnitote::Server {

/** Type names that differ between the SQL back ends; the schema is written once with these holes. */
struct SqlTypes
{
    QString serialPrimaryKey; // an auto-incrementing 64-bit key
    QString real;
    QString bigint;
};

/** The versioned schema both back ends share, with their types filled in. */
QList<Migration> commonMigrations(const SqlTypes &types);

} // namespace Omnitote::Server
