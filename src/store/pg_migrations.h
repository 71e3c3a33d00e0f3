// Copyright 2026 The entente Authors. Apache-2.0.
//
// The PostgreSQL schema as numbered migrations, internal to the store.  The versions and their
// meaning match the SQLite migrations (sqlite_migrations.h) one for one, so kStoreSchemaVersion
// names the same tables on both backends; only the SQL dialect differs.  Once shipped, a
// migration is never edited.
#ifndef ENTENTE_STORE_PG_MIGRATIONS_H_
#define ENTENTE_STORE_PG_MIGRATIONS_H_

#include <span>

#include "store/sqlite_migrations.h"

namespace entente::store_internal {

// All PostgreSQL migrations, in version order (versions 1..kStoreSchemaVersion, no gaps).
std::span<const Migration> PostgresMigrations();

}  // namespace entente::store_internal

#endif  // ENTENTE_STORE_PG_MIGRATIONS_H_
