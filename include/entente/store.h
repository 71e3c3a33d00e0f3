// Copyright 2026 The entente Authors. Apache-2.0.
//
// store: where documents, their sentences and their coded events are kept, with provenance.
//
//   Result<std::unique_ptr<EventStore>> s = OpenStore("sqlite:events.db");
//   if (!s.ok()) return s.status();
//   EventStore& store = **s;
//   ENTENTE_RETURN_IF_ERROR(store.BeginBatch());           // optional: many documents, one commit
//   Result<PutResult> r = store.PutDocument(doc, sentences, events, {.dict_fingerprint = fp});
//   ENTENTE_RETURN_IF_ERROR(store.CommitBatch());
//
//   EventQuery q;                                           // asserted events only, by default
//   q.source = "CHN";                                       // prefix: CHN, CHNGOV, CHNMIL ...
//   q.target = "RUS";
//   q.either_direction = true;                              // CHN->RUS and RUS->CHN
//   Result<std::vector<StoredEvent>> events = store.QueryEvents(q);
//
// Backends: `sqlite:PATH` (one file; `sqlite::memory:` for a private in-memory database) is built
// in; `postgresql://...` reaches a PostgreSQL server when entente is built with
// ENTENTE_WITH_POSTGRES (libpqxx), and is answered with Unsupported otherwise.  Nothing in this
// header depends on a particular database library.  Both backends hold the same tables and give
// the same answers; they differ where noted below (batches, concurrent writers).
//
// Idempotence: a document is identified by the SHA-256 of its text with whitespace runs folded
// to one space and the ends trimmed (ContentHash).  Putting the same
// text again adds nothing and reports `already_present`, so ingesting a corpus twice leaves the
// store unchanged.
//
// Deduplication across outlets: when many documents report the same event, each report is kept
// as a *mention* (its own row, with its document and sentence), and the mentions are grouped into
// one *distinct event*.  Mentions repeat each other when they have the same date, source, target,
// event code and status, and close wording (MentionsRepeat).  Within such a group the mentions are
// clustered greedily in a fixed order (by document content hash, sentence, offset), so the result
// depends only on which mentions are stored, never on the order or the process they arrived in.
// The first mention of a cluster stands for the distinct event and carries the counts
// (external.num_mentions, num_sources = distinct outlets, num_articles = distinct documents); the
// others point to it (StoredEvent::duplicate_of).  Groups are re-clustered in the same
// transaction that adds a mention to them, so the store is never seen half-deduplicated.  Queries
// return distinct events by default; EventQuery::distinct = false returns every mention and
// EventQuery::mentions_of the mentions of one distinct event.  Imported events are already
// deduplicated by their datasets and are always distinct.
//
// Events coded elsewhere (GDELT, ICEWS; see entente/import.h) live in the same events table,
// without a document, named by (dataset, external id): PutImportedEvents.  Every query, count and
// analysis sees them next to the events entente coded; EventQuery::dataset tells them apart.
//
// Schema: created and upgraded by numbered migrations recorded in a `schema_version` table, the
// same versions on both backends (docs/store.md).  A database written by a newer entente (higher
// schema version), or a database that is not an entente database, is refused with Unsupported
// and never modified.
#ifndef ENTENTE_STORE_H_
#define ENTENTE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/cameo.h"
#include "entente/date.h"
#include "entente/document.h"
#include "entente/event.h"
#include "entente/imported_event.h"
#include "entente/status.h"

namespace entente {

// The schema version this build writes and understands.
// 1: documents, sentences, events, runs.  2: imported events (dataset, external id, counts,
// place) in the events table.  3: covering indexes for series (dyad and daily volume).
// 4: deduplication across outlets (events.dup_of; existing events are grouped when upgrading).
inline constexpr int kStoreSchemaVersion = 4;
// Stores at least this version open read-only without an upgrade.  Older ones must be opened
// writable once (any write command upgrades them).
inline constexpr int kStoreMinReadableVersion = 4;

// Whether two mentions' sentences are worded closely enough to report the same event (given
// the same date, actors, code and status): the share of the shorter sentence's content words
// (lower-cased, crudely stemmed, without function words) found in the other is at least 0.6;
// with fewer than three content words in either, they must have the same content words; a
// sentence without content words repeats nothing.
bool MentionsRepeat(std::string_view sentence_a, std::string_view sentence_b);

// Lower-case hex SHA-256 (64 characters) of `text` with whitespace runs folded to one space and
// the ends trimmed: the content hash that makes ingest idempotent.
std::string ContentHash(std::string_view text);

// SentenceSpan (one sentence of a document) is defined in entente/document.h.

// Where a batch of events came from, recorded on every event row (and the document's run).
struct Provenance {
  std::string dict_fingerprint;   // DictionarySet fingerprint; default "" (unknown)
  std::string coder_version;      // coder version string; default "" (unknown)
  std::optional<int64_t> run_id;  // a run from StartRun(); default none
};

// What PutDocument did.
struct PutResult {
  int64_t document_id = 0;        // store id of the document (new or the one already present)
  bool already_present = false;   // true: the same text was stored before; nothing was added
  int32_t sentences_added = 0;
  int32_t events_added = 0;
  std::string content_hash;       // ContentHash(doc.text)
};

// A stored document with its store metadata.
struct StoredDocument {
  int64_t id = 0;
  std::string content_hash;
  std::string ingested_at;        // UTC, "2026-01-31T12:00:00.000Z"
  std::optional<int64_t> run_id;
  Document document;              // id (= ext_id), date, title, source, url, origin, text
                                  // (config is not stored)
  std::vector<SentenceSpan> sentences;  // by index
};

// An event read back from the store.
struct StoredEvent {
  int64_t id = 0;                 // store id of the event
  int64_t document_id = 0;        // store id of its document; 0 for an imported event
  std::string doc_title;          // the document's title ("" for an imported event)
  Event event;                    // event.doc_id is the document's external id (Document::id);
                                  // event.sentence_text is filled when the query asks for it.
                                  // Imported events: doc_id "", sentence 0, offsets 0, status
                                  // asserted, source_text/target_text = the dataset's actor
                                  // names, verb_text = ICEWS event text.
  std::string dict_fingerprint;
  std::string coder_version;
  // Imported events: where they came from (dataset, external id, counts, place, origin).  Events
  // coded by entente: dataset "" and source_url = the document's URL; a distinct event's
  // num_mentions / num_sources / num_articles count its mentions, outlets and documents (none
  // on a mention that repeats another).
  ExternalEventInfo external;
  // The store id of the distinct event this mention repeats; none for a distinct event.
  std::optional<int64_t> duplicate_of;
};

enum class EventOrder : uint8_t {
  kDateAscending = 0,   // by date, then store id (the default)
  kDateDescending = 1,  // newest first, then store id descending
  kId = 2,              // insertion order
};

// Which events a query selects.  Every value is bound as a parameter; no text is spliced into SQL,
// so quotes, '%', '_' and the like are matched literally.
struct EventQuery {
  // Actor filters.  An actor value matches codes that start with it ("RUS" matches "RUS",
  // "RUSGOV", "RUSMIL"), or only the exact code when `actors_exact`.  An empty string matches
  // only events without that actor (e.g. target = "" selects events with no target).
  std::optional<std::string> source;       // default: any source
  std::optional<std::string> target;       // default: any target
  // With both source and target: also match the reverse direction (target -> source).
  // With only one of them: match events where that actor is the source *or* the target.
  bool either_direction = false;           // default false (directed)
  bool actors_exact = false;               // default false (prefix match)
  // CAMEO code prefix: "04" selects root 04 (040..049x), "042" selects 042 and 0421.
  std::optional<std::string> code_prefix;  // default: any code
  std::optional<QuadClass> quad;           // default: any quad class
  std::optional<Date> date_from;           // inclusive; default: no lower bound
  std::optional<Date> date_to;             // inclusive; default: no upper bound
  // Statuses to include.  Default: asserted only.  An empty vector means every status.
  std::vector<EventStatus> statuses = {EventStatus::kAsserted};
  std::optional<std::string> doc_id;       // external document id; default: any document
  // Where events came from: "" = coded by entente from stored documents; "gdelt", "icews", ...
  // = imported from that dataset.  Default: any.
  std::optional<std::string> dataset;
  // Default true: distinct events only, one row per event however many documents reported it
  // (the row of its first mention, with the counts).  false: every mention.
  bool distinct = true;
  // Only the mentions of this distinct event (its own row and those that repeat it), whatever
  // `distinct` says.  Default: none.
  std::optional<int64_t> mentions_of;
  // Paging and order (QueryEvents / ForEachEvent only; the counting functions ignore them).
  std::optional<int64_t> limit;            // default: no limit
  int64_t offset = 0;                      // default 0
  EventOrder order = EventOrder::kDateAscending;
  bool with_sentence_text = true;          // fill Event::sentence_text; default true
};

struct StoreCounts {
  int64_t documents = 0;
  int64_t sentences = 0;
  int64_t events = 0;       // all events, every status, coded here or imported, every mention
  int64_t imported_events = 0;  // of `events`, those imported from other datasets
  int64_t distinct_events = 0;  // of `events`, the distinct ones (mentions repeating another
                                // left out)
};

// What PutImportedEvents did.
struct ImportPutResult {
  int64_t added = 0;            // new events
  int64_t already_present = 0;  // (dataset, external id) was stored before (or earlier in the
                                // same batch): nothing written
};

// Documents that PutDocument reported as added during the last committed batch but that another
// writer committed first (PostgreSQL with concurrent writers: the other copy is kept, so the
// document and its events were not written twice).  Always zero on SQLite.
struct BatchRaces {
  int64_t documents = 0;
  int64_t sentences = 0;
  int64_t events = 0;
};

struct RootCount {
  std::string root;         // "04"; "" for codes without a CAMEO root
  int64_t count = 0;
};

struct DyadCount {
  std::string source;       // country-level prefix: first three characters of the code, six for
                            // IGO/NGO/IMG/MNC codes ("IGOEUR")
  std::string target;       // for undirected dyads: source < target
  int64_t count = 0;
};

struct TopDyadsOptions {
  int limit = 10;           // how many dyads; default 10
  bool directed = false;    // default false: CHN->RUS and RUS->CHN count as one dyad CHN-RUS
};

// An ingest run: one `entente ingest` invocation, for provenance and statistics.
struct RunInfo {
  std::string command;            // e.g. the command line; default ""
  std::string dict_fingerprint;   // default ""
  std::string coder_version;      // default ""
};

struct RunCounts {
  int64_t documents_seen = 0;
  int64_t documents_added = 0;
  int64_t documents_skipped = 0;  // already present
  int64_t events_added = 0;
  int64_t errors = 0;
};

struct RunRecord {
  int64_t id = 0;
  std::string started;            // UTC timestamps as in StoredDocument::ingested_at
  std::string finished;           // "" while the run is open
  RunInfo info;
  RunCounts counts;
};

struct StoreOptions {
  bool create_if_missing = true;  // default true: create the file and the schema
  bool read_only = false;         // default false; a read-only store refuses every write
  int busy_timeout_ms = 5000;     // SQLite: how long to wait for another writer's lock;
                                  // default 5000 ms (PostgreSQL writers do not lock each other out)
  int cache_mib = 64;             // SQLite page cache per store, in MiB (used only as needed);
                                  // default 64
  // create_if_missing: PostgreSQL creates the tables of an empty database, never the database.
  // read_only: PostgreSQL sessions are made read-only as well.
};

// EventStore: the backend-neutral interface.
//
// Ownership: OpenStore returns a unique_ptr; the store owns its connection and closes it when
// destroyed (an open batch is rolled back).  Results are plain values owned by the caller.
// Thread-safety: an EventStore object is NOT safe for concurrent use; use one per thread (several
// stores, even in several processes, may open the same SQLite file: readers run concurrently,
// writers wait up to busy_timeout_ms for each other and then fail with IOError "database is
// locked").  PostgreSQL stores in any number of processes may write at once: documents are unique
// by content hash and imported events by (dataset, external id), conflicting inserts are skipped
// (INSERT ... ON CONFLICT DO NOTHING), and a batch writes its documents in content-hash order so
// that two writers never wait on each other in a cycle.
// Failures: every method returns Status / Result; IOError for the operating system or a lock,
// InvalidArgument for bad input (e.g. offsets outside the text), Corruption for stored data that
// contradicts itself, Unsupported for a foreign or newer database.  Nothing throws.
class EventStore {
 public:
  virtual ~EventStore() = default;

  // "sqlite" or "postgresql".
  virtual std::string_view backend() const = 0;
  // The schema version recorded in the database (kStoreSchemaVersion after OpenStore).
  virtual Result<int> SchemaVersion() = 0;

  // Batches: PutDocument calls between BeginBatch and CommitBatch share one transaction (much
  // faster than one transaction per document).  A PutDocument that fails inside a batch is undone
  // on its own; the batch stays usable.  RollbackBatch discards the whole batch.  Nesting is an
  // InvalidArgument; so is Commit/Rollback without Begin.
  // PostgreSQL: a batch is gathered in memory and written by CommitBatch in one short transaction
  // (COPY), so reads during a batch do not see its documents yet, a failure while writing fails
  // CommitBatch for the whole batch, and PutResult reflects the store as of the call (see
  // last_batch_races()).
  virtual Status BeginBatch() = 0;
  virtual Status CommitBatch() = 0;
  virtual Status RollbackBatch() = 0;
  virtual bool in_batch() const = 0;

  // Stores a document, its sentences and its events, atomically.  Idempotent by content hash: if
  // a document with the same text is present, nothing is written and already_present is set.
  // Events belong to `doc`: an event whose doc_id is non-empty and differs from doc.id is an
  // InvalidArgument.  An event whose sentence index is not among `sentences` gets a sentence row
  // made from its own start/end/sentence_text.  Offsets must lie within doc.text.
  virtual Result<PutResult> PutDocument(const Document& doc,
                                        const std::vector<SentenceSpan>& sentences,
                                        const std::vector<Event>& events,
                                        const Provenance& provenance = {}) = 0;

  // Imported events (entente/import.h), in one transaction of their own: calling this inside a
  // batch is an InvalidArgument.  Idempotent by (info.dataset, info.external_id): an event already
  // stored is skipped and counted in already_present, so importing a file twice adds nothing.
  // Every event is checked before anything is written: an empty or malformed dataset name
  // ([a-z0-9-]+), an empty external id or an empty event code is an InvalidArgument naming the
  // event's origin.
  virtual Result<ImportPutResult> PutImportedEvents(const std::vector<ImportedEvent>& events) = 0;

  // See BatchRaces.  Reset by every BeginBatch.
  virtual BatchRaces last_batch_races() const { return {}; }

  // Documents.  NotFound when there is no such document.
  virtual Result<StoredDocument> GetDocument(int64_t document_id) = 0;
  virtual Result<std::optional<int64_t>> FindDocumentByHash(std::string_view content_hash) = 0;
  virtual Result<std::vector<int64_t>> FindDocumentsByExtId(std::string_view ext_id) = 0;

  // Events.
  virtual Result<std::vector<StoredEvent>> QueryEvents(const EventQuery& query) = 0;
  // Streams the matching events in query order without holding them all in memory.  If `fn`
  // returns a non-OK Status, iteration stops and that Status is returned.  `fn` must not write to
  // this store (on PostgreSQL it must not use this store at all: the stream holds its
  // connection; open a second store for lookups).
  virtual Status ForEachEvent(const EventQuery& query,
                              const std::function<Status(const StoredEvent&)>& fn) = 0;

  // Counts.
  virtual Result<StoreCounts> Counts() = 0;
  virtual Result<int64_t> CountEvents(const EventQuery& query) = 0;
  // Matching events per CAMEO root, ordered by root.
  virtual Result<std::vector<RootCount>> CountEventsByRoot(const EventQuery& query) = 0;
  // Matching events per day and quad class with their Goldstein sums, ordered by date and quad;
  // for dyad queries a covering index answers without reading the events themselves.
  virtual Result<std::vector<DayTotals>> TotalsByDay(const EventQuery& query) = 0;
  // Matching events per day, ordered by date (the volume of normalised series).
  virtual Result<std::vector<DayCount>> CountByDay(const EventQuery& query) = 0;
  // The most frequent country-level dyads among the matching events, most frequent first (ties by
  // name).  Events without a source or target, with an actor of unknown country ("---GOV"), and
  // same-country events are left out.
  virtual Result<std::vector<DyadCount>> TopDyads(const EventQuery& query,
                                                  const TopDyadsOptions& options = {}) = 0;

  // Runs.
  virtual Result<int64_t> StartRun(const RunInfo& info) = 0;
  virtual Status FinishRun(int64_t run_id, const RunCounts& counts) = 0;
  virtual Result<std::vector<RunRecord>> ListRuns() = 0;
};

// Opens (and if needed creates and migrates) the store named by `url`:
//   sqlite:PATH, sqlite://PATH      an SQLite file (WAL journal, foreign keys on)
//   sqlite::memory:                 a private in-memory database
//   postgresql://... / postgres://  a PostgreSQL database (libpq connection URI: user, password,
//                                   host, port, database, ?sslmode=... and other parameters);
//                                   the database must exist; its tables are created on first use
// Errors: InvalidArgument for a malformed URL; IOError when the file cannot be opened or the
// server cannot be reached; NotFound when the file does not exist and !create_if_missing;
// Unsupported for a database that is not an entente database or has a newer schema version, and
// for postgresql:// URLs in a build without PostgreSQL.
Result<std::unique_ptr<EventStore>> OpenStore(std::string_view url,
                                              const StoreOptions& options = {});

}  // namespace entente

#endif  // ENTENTE_STORE_H_
