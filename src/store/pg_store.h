// Copyright 2026 The entente Authors. Apache-2.0.
//
// The PostgreSQL EventStore backend, internal to the store (OpenStore in store.h is the public way
// in).  Built when CMake finds libpqxx (ENTENTE_WITH_POSTGRES); otherwise OpenPostgresStore
// answers Unsupported.
#ifndef ENTENTE_STORE_PG_STORE_H_
#define ENTENTE_STORE_PG_STORE_H_

#include <memory>
#include <string>

#include "entente/status.h"
#include "entente/store.h"

namespace entente::store_internal {

// True when this build has the PostgreSQL backend.
bool HavePostgres();

// Connects to `url` (a libpq connection URI), checks that the database is empty or an entente
// store with a schema version this build understands, and migrates it (under an advisory lock, so
// processes that open a new database at the same moment migrate it once).  Errors as documented
// for OpenStore.
Result<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& url,
                                                      const StoreOptions& options);

}  // namespace entente::store_internal

#endif  // ENTENTE_STORE_PG_STORE_H_
