// Copyright 2026 The entente Authors. Apache-2.0.
//
// The SQLite schema as numbered migrations, internal to the store.  Migration N brings a
// database from schema version N-1 to N; the version is recorded in `schema_version`.  Once a
// migration has shipped it is never edited: changes go into a new migration.
#ifndef ENTENTE_STORE_SQLITE_MIGRATIONS_H_
#define ENTENTE_STORE_SQLITE_MIGRATIONS_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace entente::store_internal {

struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;  // one or more statements
};

// All migrations, in version order (versions 1..kStoreSchemaVersion, no gaps).
std::span<const Migration> SqliteMigrations();

// PRAGMA application_id written into every entente SQLite file ("ENTE" in ASCII).
inline constexpr int32_t kSqliteApplicationId = 0x454E5445;

}  // namespace entente::store_internal

#endif  // ENTENTE_STORE_SQLITE_MIGRATIONS_H_
