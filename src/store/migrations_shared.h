// Copyright 2026 The entente Authors. Apache-2.0.
//
// Migration SQL that SQLite and PostgreSQL run word for word (sqlite_migrations.cc,
// pg_migrations.cc list them under the same versions).  Like every shipped migration, never
// edited once shipped.
#ifndef ENTENTE_STORE_MIGRATIONS_SHARED_H_
#define ENTENTE_STORE_MIGRATIONS_SHARED_H_

#include <string_view>

namespace entente::store_internal {

// Version 3.  Series read per-day totals of a dyad (TotalsByDay) and the daily volume
// (CountByDay); these indexes cover both queries, so neither touches the events table (10M
// events: a dyad's monthly series in 0.8 s instead of 10 s).  They replace the narrower
// (source, target, date) and (date) indexes, whose every use they also serve.
inline constexpr std::string_view kCoveringIndexesSql = R"sql(
DROP INDEX events_by_dyad;
CREATE INDEX events_by_dyad ON events(source, target, date, status, quad, goldstein);
DROP INDEX events_by_date;
CREATE INDEX events_by_date ON events(date, status);
)sql";

// Version 4.  Deduplication across outlets (include/entente/store.h): a mention that repeats
// another points to it (dup_of); the distinct event's row carries the counts in num_mentions /
// num_sources / num_articles.  dup_of joins the covering indexes, so distinct-only series still
// never read the table, and a partial index finds the mentions of one event.  Existing events
// are grouped by the store right after this migration, in the same transaction.  (BIGINT is an
// INTEGER column to SQLite.)
inline constexpr std::string_view kDeduplicationSql = R"sql(
ALTER TABLE events ADD COLUMN dup_of BIGINT;
DROP INDEX events_by_dyad;
CREATE INDEX events_by_dyad ON events(source, target, date, status, quad, goldstein, dup_of);
DROP INDEX events_by_date;
CREATE INDEX events_by_date ON events(date, status, dup_of);
CREATE INDEX events_by_dup_of ON events(dup_of) WHERE dup_of IS NOT NULL;
)sql";

}  // namespace entente::store_internal

#endif  // ENTENTE_STORE_MIGRATIONS_SHARED_H_
