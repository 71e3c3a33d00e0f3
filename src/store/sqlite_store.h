// Copyright 2026 The entente Authors. Apache-2.0.
//
// The SQLite EventStore backend, internal to the store (OpenStore in store.h is the public way in).
#ifndef ENTENTE_STORE_SQLITE_STORE_H_
#define ENTENTE_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "entente/status.h"
#include "entente/store.h"

namespace entente::store_internal {

// Opens the SQLite database at `path` (":memory:" for a private in-memory database), checks that
// it is an entente store with a schema version this build understands, and migrates it to
// kStoreSchemaVersion.  Errors as documented for OpenStore.
Result<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path,
                                                    const StoreOptions& options);

}  // namespace entente::store_internal

#endif  // ENTENTE_STORE_SQLITE_STORE_H_
