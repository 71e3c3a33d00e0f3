// Copyright 2026 The entente Authors. Apache-2.0.
//
// The backend-neutral entry points of the store (store.h): OpenStore parses the store URL and
// hands off to a backend; ContentHash names a document by the SHA-256 of its
// whitespace-folded text.
//
// URL forms: "sqlite:PATH", "sqlite://PATH" (so "sqlite:///abs/path" is an absolute path),
// "sqlite::memory:"; "postgresql://..." and "postgres://..." go to the PostgreSQL backend
// (pg_store.h; Unsupported in builds without it).  Anything else is an InvalidArgument that says
// which forms are accepted.
#include "entente/store.h"

#include "store/pg_store.h"
#include "store/sha256.h"
#include "store/sqlite_store.h"

namespace entente {

std::string ContentHash(std::string_view text) {
  // Whitespace runs fold to one space and the ends are trimmed, so a re-wrapped or CRLF copy of a
  // text is the same document.
  std::string folded;
  folded.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !folded.empty()) folded.push_back(' ');
    space = false;
    folded.push_back(c);
  }
  return store_internal::Sha256Hex(folded);
}

Result<std::unique_ptr<EventStore>> OpenStore(std::string_view url, const StoreOptions& options) {
  constexpr std::string_view kSqlite = "sqlite:";
  if (url.starts_with(kSqlite)) {
    std::string_view path = url.substr(kSqlite.size());
    if (path.starts_with("//")) path.remove_prefix(2);
    if (path.empty()) {
      return Status::InvalidArgument("store URL '" + std::string(url) +
                                     "' names no file (want sqlite:PATH or sqlite::memory:)");
    }
    return store_internal::OpenSqliteStore(std::string(path), options);
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return store_internal::OpenPostgresStore(std::string(url), options);
  }
  return Status::InvalidArgument("unknown store URL '" + std::string(url) +
                                 "' (want sqlite:PATH, sqlite::memory: or postgresql://...)");
}

}  // namespace entente
