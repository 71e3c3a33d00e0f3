// Copyright 2026 The entente Authors. Apache-2.0.
//
// PostgreSQL schema migrations (interface in pg_migrations.h).
//
// Version 1 mirrors SQLite's version 1 with PostgreSQL types: BIGSERIAL ids, DATE for dates,
// TIMESTAMPTZ for run and ingest times, SMALLINT for the frozen enum values.  Code columns
// (content_hash, source, target, code, root) use the "C" collation: queries match actor and code
// prefixes as byte ranges (query_sql.h), which only agrees with prefix order under bytewise
// collation, and ordering by them must give the same answer as on SQLite whatever the
// database's default locale.
// Version 2, as on SQLite: imported events in the events table (doc NULL), named by (dataset,
// ext_id) with a partial unique index.  PostgreSQL can relax NOT NULL in place, so no rebuild.
#include "store/pg_migrations.h"

#include "entente/store.h"
#include "store/migrations_shared.h"

namespace entente::store_internal {
namespace {

constexpr std::string_view kV1 = R"sql(
CREATE TABLE runs (
  id BIGSERIAL PRIMARY KEY,
  started TIMESTAMPTZ NOT NULL DEFAULT now(),
  finished TIMESTAMPTZ,
  command TEXT NOT NULL DEFAULT '',
  dict_fingerprint TEXT NOT NULL DEFAULT '',
  coder_version TEXT NOT NULL DEFAULT '',
  documents_seen BIGINT NOT NULL DEFAULT 0,
  documents_added BIGINT NOT NULL DEFAULT 0,
  documents_skipped BIGINT NOT NULL DEFAULT 0,
  events_added BIGINT NOT NULL DEFAULT 0,
  errors BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE documents (
  id BIGSERIAL PRIMARY KEY,
  ext_id TEXT NOT NULL,
  content_hash TEXT COLLATE "C" NOT NULL UNIQUE,
  date DATE,
  title TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  run BIGINT REFERENCES runs(id)
);
CREATE INDEX documents_by_ext_id ON documents(ext_id);
CREATE TABLE sentences (
  doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start BIGINT NOT NULL,
  "end" BIGINT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc, idx)
);
CREATE TABLE events (
  id BIGSERIAL PRIMARY KEY,
  doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  start BIGINT NOT NULL,
  "end" BIGINT NOT NULL,
  date DATE NOT NULL,
  source TEXT COLLATE "C" NOT NULL DEFAULT '',
  source_text TEXT NOT NULL DEFAULT '',
  target TEXT COLLATE "C" NOT NULL DEFAULT '',
  target_text TEXT NOT NULL DEFAULT '',
  code TEXT COLLATE "C" NOT NULL,
  root TEXT COLLATE "C" NOT NULL DEFAULT '',
  quad SMALLINT NOT NULL,
  goldstein DOUBLE PRECISION,
  status SMALLINT NOT NULL,
  verb_text TEXT NOT NULL DEFAULT '',
  pattern_id TEXT NOT NULL DEFAULT '',
  dict_fingerprint TEXT NOT NULL DEFAULT '',
  coder_version TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_by_date ON events(date);
CREATE INDEX events_by_dyad ON events(source, target, date);
CREATE INDEX events_by_target ON events(target, date);
CREATE INDEX events_by_code ON events(code, date);
CREATE INDEX events_by_doc ON events(doc);
)sql";

constexpr std::string_view kV2 = R"sql(
ALTER TABLE events
  ALTER COLUMN doc DROP NOT NULL,
  ALTER COLUMN sentence SET DEFAULT 0,
  ALTER COLUMN start SET DEFAULT 0,
  ALTER COLUMN "end" SET DEFAULT 0,
  ADD COLUMN dataset TEXT COLLATE "C" NOT NULL DEFAULT '',
  ADD COLUMN ext_id TEXT COLLATE "C",
  ADD COLUMN num_mentions INTEGER,
  ADD COLUMN num_sources INTEGER,
  ADD COLUMN num_articles INTEGER,
  ADD COLUMN avg_tone DOUBLE PRECISION,
  ADD COLUMN source_url TEXT NOT NULL DEFAULT '',
  ADD COLUMN geo_name TEXT NOT NULL DEFAULT '',
  ADD COLUMN geo_country TEXT NOT NULL DEFAULT '',
  ADD COLUMN geo_lat DOUBLE PRECISION,
  ADD COLUMN geo_lon DOUBLE PRECISION,
  ADD COLUMN origin TEXT NOT NULL DEFAULT '',
  ADD CONSTRAINT events_imported_have_no_document CHECK ((doc IS NULL) = (ext_id IS NOT NULL)),
  ADD CONSTRAINT events_imported_have_a_dataset CHECK ((dataset = '') = (ext_id IS NULL));
CREATE UNIQUE INDEX events_by_ext_id ON events(dataset, ext_id) WHERE ext_id IS NOT NULL;
)sql";

// Descriptions match the SQLite list word for word (a test checks it).
constexpr Migration kMigrations[] = {
    {1, "documents, sentences, events, runs", kV1},
    {2, "imported events: dataset, ext_id, counts, place", kV2},
    {3, "covering indexes for dyad series and daily volume", kCoveringIndexesSql},
    {4, "deduplication across outlets: dup_of and mention counts", kDeduplicationSql},
};

static_assert(std::size(kMigrations) == kStoreSchemaVersion,
              "every schema version needs exactly one migration");

}  // namespace

std::span<const Migration> PostgresMigrations() { return kMigrations; }

}  // namespace entente::store_internal
