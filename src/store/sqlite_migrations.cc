// Copyright 2026 The entente Authors. Apache-2.0.
//
// SQLite schema migrations (interface in sqlite_migrations.h).
//
// Version 1: runs, documents, sentences, events.  Integer columns `quad` and `status` hold the
// frozen values of QuadClass and EventStatus (include/entente/cameo.h, event.h).  Dates are ISO
// text ("2019-06-05"), which sorts chronologically.  `end` is quoted because it is an SQL keyword.
// Indexes serve the query shapes the CLI and analysis use: by date; by dyad and date (the
// (source, target, date) index also serves source-only prefix queries); by target and date (for
// target-only and either-direction queries); by code and date (a root is a code prefix, so root
// queries are code ranges on the same index; `root` is stored for grouping); by document (for
// cascading deletes and per-document reads).  Each index costs insert speed, so there are no more.
#include "store/sqlite_migrations.h"

#include "entente/store.h"
#include "store/migrations_shared.h"

namespace entente::store_internal {
namespace {

constexpr std::string_view kV1 = R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL,
  finished TEXT,
  command TEXT NOT NULL DEFAULT '',
  dict_fingerprint TEXT NOT NULL DEFAULT '',
  coder_version TEXT NOT NULL DEFAULT '',
  documents_seen INTEGER NOT NULL DEFAULT 0,
  documents_added INTEGER NOT NULL DEFAULT 0,
  documents_skipped INTEGER NOT NULL DEFAULT 0,
  events_added INTEGER NOT NULL DEFAULT 0,
  errors INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  ext_id TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  date TEXT,
  title TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  run INTEGER REFERENCES runs(id)
);
CREATE INDEX documents_by_ext_id ON documents(ext_id);
CREATE TABLE sentences (
  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  date TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  source_text TEXT NOT NULL DEFAULT '',
  target TEXT NOT NULL DEFAULT '',
  target_text TEXT NOT NULL DEFAULT '',
  code TEXT NOT NULL,
  root TEXT NOT NULL DEFAULT '',
  quad INTEGER NOT NULL,
  goldstein REAL,
  status INTEGER NOT NULL,
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

// Version 2: events imported from other datasets (GDELT, ICEWS) share the events table, so that
// every query and count sees them.  An imported event has no document (doc NULL, sentence and
// offsets 0) and is named by (dataset, ext_id), unique among imported events (a partial index:
// coded events, with ext_id NULL, do not pay for it).  The new columns hold what those datasets
// add: mention/source/article counts, tone, source URL, place, and the file:line it came from.
// SQLite cannot drop a NOT NULL constraint in place, so the table is rebuilt (ids kept) and its
// indexes recreated.
constexpr std::string_view kV2 = R"sql(
CREATE TABLE events_v2 (
  id INTEGER PRIMARY KEY,
  doc INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL DEFAULT 0,
  start INTEGER NOT NULL DEFAULT 0,
  "end" INTEGER NOT NULL DEFAULT 0,
  date TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  source_text TEXT NOT NULL DEFAULT '',
  target TEXT NOT NULL DEFAULT '',
  target_text TEXT NOT NULL DEFAULT '',
  code TEXT NOT NULL,
  root TEXT NOT NULL DEFAULT '',
  quad INTEGER NOT NULL,
  goldstein REAL,
  status INTEGER NOT NULL,
  verb_text TEXT NOT NULL DEFAULT '',
  pattern_id TEXT NOT NULL DEFAULT '',
  dict_fingerprint TEXT NOT NULL DEFAULT '',
  coder_version TEXT NOT NULL DEFAULT '',
  dataset TEXT NOT NULL DEFAULT '',
  ext_id TEXT,
  num_mentions INTEGER,
  num_sources INTEGER,
  num_articles INTEGER,
  avg_tone REAL,
  source_url TEXT NOT NULL DEFAULT '',
  geo_name TEXT NOT NULL DEFAULT '',
  geo_country TEXT NOT NULL DEFAULT '',
  geo_lat REAL,
  geo_lon REAL,
  origin TEXT NOT NULL DEFAULT '',
  CHECK ((doc IS NULL) = (ext_id IS NOT NULL)),
  CHECK ((dataset = '') = (ext_id IS NULL))
);
INSERT INTO events_v2 (id, doc, sentence, start, "end", date, source, source_text, target,
                       target_text, code, root, quad, goldstein, status, verb_text, pattern_id,
                       dict_fingerprint, coder_version)
  SELECT id, doc, sentence, start, "end", date, source, source_text, target, target_text, code,
         root, quad, goldstein, status, verb_text, pattern_id, dict_fingerprint, coder_version
  FROM events;
DROP TABLE events;
ALTER TABLE events_v2 RENAME TO events;
CREATE INDEX events_by_date ON events(date);
CREATE INDEX events_by_dyad ON events(source, target, date);
CREATE INDEX events_by_target ON events(target, date);
CREATE INDEX events_by_code ON events(code, date);
CREATE INDEX events_by_doc ON events(doc);
CREATE UNIQUE INDEX events_by_ext_id ON events(dataset, ext_id) WHERE ext_id IS NOT NULL;
)sql";

constexpr Migration kMigrations[] = {
    {1, "documents, sentences, events, runs", kV1},
    {2, "imported events: dataset, ext_id, counts, place", kV2},
    {3, "covering indexes for dyad series and daily volume", kCoveringIndexesSql},
    {4, "deduplication across outlets: dup_of and mention counts", kDeduplicationSql},
};

static_assert(std::size(kMigrations) == kStoreSchemaVersion,
              "every schema version needs exactly one migration");

}  // namespace

std::span<const Migration> SqliteMigrations() { return kMigrations; }

}  // namespace entente::store_internal
