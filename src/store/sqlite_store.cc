// Copyright 2026 The entente Authors. Apache-2.0.
//
// The SQLite backend of EventStore (interface: OpenSqliteStore in sqlite_store.h, behaviour as
// documented in include/entente/store.h).
//
// Opening: the file is opened without URI interpretation, extended result codes on, busy timeout
// set.  Before anything is written the database is inspected: an empty database is migrated from
// version 0; a database with a `schema_version` table *and* our application_id is checked against
// kStoreSchemaVersion (newer: Unsupported, older: migrated); anything else is "not an entente
// database" (Unsupported) and is left untouched.  Only then are WAL journaling and
// synchronous=NORMAL switched on.  Foreign keys are on for every connection.
//
// Writing: the hot statements (insert document, sentence, event) are prepared once and reused.
// A PutDocument outside a batch is one IMMEDIATE transaction.  Inside a batch there is no
// per-document SAVEPOINT (its sub-journal copies every page the document touches, which halved
// insert speed); instead everything that can be checked is checked before the first write, and a
// document that still fails midway is deleted again (the cascade removes its sentences and
// events).  If even that fails, the whole batch is rolled back and the error says so.
// Idempotence comes from the UNIQUE content_hash column (INSERT ... ON CONFLICT DO NOTHING, then a
// lookup).
//
// Imported events (PutImportedEvents) are rows of the same events table without a document,
// inserted in one IMMEDIATE transaction per call with ON CONFLICT DO NOTHING against the unique
// (dataset, ext_id) index, so a repeated import adds nothing.
//
// Reading: query SQL comes from query_sql.h with every value bound; documents are LEFT JOINed
// (imported events have none); rows are decoded by store_common.h's DecodeEventRow, validating
// codes and enum values (a bad stored value is Corruption).
#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <filesystem>
#include <set>
#include <utility>

#include "store/mentions.h"
#include "store/query_sql.h"
#include "store/sha256.h"
#include "store/sqlite_migrations.h"
#include "store/store_common.h"

namespace entente::store_internal {
namespace {

constexpr char kNow[] = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

// Owns one prepared statement.
class Stmt {
 public:
  Stmt() = default;
  explicit Stmt(sqlite3_stmt* s) : s_(s) {}
  Stmt(Stmt&& o) noexcept : s_(std::exchange(o.s_, nullptr)) {}
  Stmt& operator=(Stmt&& o) noexcept {
    if (this != &o) {
      sqlite3_finalize(s_);
      s_ = std::exchange(o.s_, nullptr);
    }
    return *this;
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt() { sqlite3_finalize(s_); }

  sqlite3_stmt* get() const { return s_; }
  void Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  // Binds are 1-based as in SQLite.  Text is bound without copying: it must outlive the step.
  // A default string_view (null data) is bound as '' rather than NULL.
  void Text(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data() ? v.data() : "", static_cast<int>(v.size()), SQLITE_STATIC);
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void Real(int i, double v) { sqlite3_bind_double(s_, i, v); }
  void Null(int i) { sqlite3_bind_null(s_, i); }
  void Bind(const std::vector<SqlValue>& values) {
    for (size_t i = 0; i < values.size(); ++i) {
      const int col = static_cast<int>(i) + 1;
      if (auto* iv = std::get_if<int64_t>(&values[i])) Int(col, *iv);
      else if (auto* dv = std::get_if<double>(&values[i])) Real(col, *dv);
      else Text(col, std::get<std::string>(values[i]));
    }
  }

  std::string_view ColText(int c) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, c));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(s_, c)))
             : std::string_view();
  }
  int64_t ColInt(int c) const { return sqlite3_column_int64(s_, c); }
  double ColReal(int c) const { return sqlite3_column_double(s_, c); }
  bool ColNull(int c) const { return sqlite3_column_type(s_, c) == SQLITE_NULL; }

 private:
  sqlite3_stmt* s_ = nullptr;
};

// A statement's current row, for DecodeEventRow.
class SqliteRow final : public RowAccess {
 public:
  explicit SqliteRow(const Stmt& s) : s_(s) {}
  bool Null(int c) const override { return s_.ColNull(c); }
  std::string_view Text(int c) const override { return s_.ColText(c); }
  int64_t Int(int c) const override { return s_.ColInt(c); }
  double Real(int c) const override { return s_.ColReal(c); }

 private:
  const Stmt& s_;
};

class SqliteEventStore final : public EventStore {
 public:
  SqliteEventStore(sqlite3* db, std::string path, const StoreOptions& options)
      : db_(db), path_(std::move(path)), options_(options) {}

  ~SqliteEventStore() override {
    if (in_batch_) (void)Exec("ROLLBACK");
    insert_document_ = Stmt();
    find_by_hash_ = Stmt();
    insert_sentence_ = Stmt();
    insert_event_ = Stmt();
    insert_imported_ = Stmt();
    sqlite3_close_v2(db_);
  }

  // Inspects, migrates and configures a freshly opened connection.
  Status Initialise();

  std::string_view backend() const override { return "sqlite"; }
  Result<int> SchemaVersion() override;

  Status BeginBatch() override;
  Status CommitBatch() override;
  Status RollbackBatch() override;
  bool in_batch() const override { return in_batch_; }

  Result<PutResult> PutDocument(const Document& doc, const std::vector<SentenceSpan>& sentences,
                                const std::vector<Event>& events,
                                const Provenance& provenance) override;

  Result<ImportPutResult> PutImportedEvents(const std::vector<ImportedEvent>& events) override;

  Result<StoredDocument> GetDocument(int64_t document_id) override;
  Result<std::optional<int64_t>> FindDocumentByHash(std::string_view content_hash) override;
  Result<std::vector<int64_t>> FindDocumentsByExtId(std::string_view ext_id) override;

  Result<std::vector<StoredEvent>> QueryEvents(const EventQuery& query) override;
  Status ForEachEvent(const EventQuery& query,
                      const std::function<Status(const StoredEvent&)>& fn) override;

  Result<StoreCounts> Counts() override;
  Result<int64_t> CountEvents(const EventQuery& query) override;
  Result<std::vector<RootCount>> CountEventsByRoot(const EventQuery& query) override;
  Result<std::vector<DayTotals>> TotalsByDay(const EventQuery& query) override {
    return QueryTotalsByDay(query, PlaceholderStyle::kQuestion, Runner());
  }
  Result<std::vector<DayCount>> CountByDay(const EventQuery& query) override {
    return QueryCountByDay(query, PlaceholderStyle::kQuestion, Runner());
  }
  Result<std::vector<DyadCount>> TopDyads(const EventQuery& query,
                                          const TopDyadsOptions& options) override;

  Result<int64_t> StartRun(const RunInfo& info) override;
  Status FinishRun(int64_t run_id, const RunCounts& counts) override;
  Result<std::vector<RunRecord>> ListRuns() override;

 private:
  // Maps an SQLite result code to a Status naming `what` and the file.
  Status Error(int rc, std::string_view what) const;
  Status Exec(const char* sql);
  Status Prepare(std::string_view sql, Stmt* out) const;
  // Runs a read query row by row (store_common.h RowRunner).
  RowRunner Runner() const;
  // Runs a statement without rows (mentions.h StatementRunner).
  StatementRunner Writer();
  // Regroups the mention groups written since the last call (inside the open transaction).
  Status RegroupTouched();
  // Steps a statement that returns no rows (or whose rows are ignored).
  Status StepDone(Stmt& s, std::string_view what);
  Status CheckWritable() const;
  Result<int> ReadVersion();
  // Applies the migrations above the recorded version, in one transaction.
  Status Migrate();
  Status PrepareWriteStatements();
  Result<PutResult> PutDocumentInTransaction(const Document& doc, std::string hash,
                                             const std::vector<SentenceSpan>& sentences,
                                             const std::vector<Event>& events,
                                             const Provenance& provenance, int64_t* inserted_id);
  // Runs a scalar-integer query.
  Result<int64_t> QueryInt(std::string_view sql, const std::vector<SqlValue>& params,
                           std::string_view what);

  sqlite3* db_;
  std::string path_;
  StoreOptions options_;
  bool in_batch_ = false;
  int64_t checked_run_id_ = 0;  // the last run id PutDocument found in `runs` (0: none yet)
  std::set<MentionGroup> touched_;  // mention groups written in the open transaction
  Stmt insert_document_, find_by_hash_, insert_sentence_, insert_event_, insert_imported_;
};

Status SqliteEventStore::Error(int rc, std::string_view what) const {
  std::string detail = sqlite3_errmsg(db_);
  std::string where = " (" + path_ + ")";
  switch (rc & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::IOError(std::string(what) + ": database is locked by another writer" + where);
    case SQLITE_NOTADB:
      return Status::Unsupported("'" + path_ + "' is not an SQLite database (" + detail + ")");
    case SQLITE_CORRUPT:
      return Status::Corruption(std::string(what) + ": " + detail + where);
    case SQLITE_CANTOPEN:
      return Status::IOError("cannot open store file '" + path_ + "': " + detail);
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
      return Status::InvalidArgument(std::string(what) + ": " + detail + where);
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_NOMEM:
      return Status::IOError(std::string(what) + ": " + detail + where);
    default:
      return Status::Internal(std::string(what) + ": " + detail + " (sqlite code " +
                              std::to_string(rc) + ")" + where);
  }
}

Status SqliteEventStore::Exec(const char* sql) {
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  return rc == SQLITE_OK ? Status::OK() : Error(rc, sql);
}

Status SqliteEventStore::Prepare(std::string_view sql, Stmt* out) const {
  sqlite3_stmt* s = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &s, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(s);
    return Error(rc, "preparing a statement");
  }
  *out = Stmt(s);
  return Status::OK();
}

Status SqliteEventStore::StepDone(Stmt& s, std::string_view what) {
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
  }
  Status st = rc == SQLITE_DONE ? Status::OK() : Error(rc, what);
  s.Reset();
  return st;
}

Status SqliteEventStore::CheckWritable() const {
  if (options_.read_only) return Status::InvalidArgument("store '" + path_ + "' is open read-only");
  return Status::OK();
}

Result<int64_t> SqliteEventStore::QueryInt(std::string_view sql,
                                           const std::vector<SqlValue>& params,
                                           std::string_view what) {
  Stmt s;
  ENTENTE_RETURN_IF_ERROR(Prepare(sql, &s));
  s.Bind(params);
  int rc = sqlite3_step(s.get());
  if (rc == SQLITE_ROW) return s.ColInt(0);
  if (rc == SQLITE_DONE) return int64_t{0};
  return Error(rc, what);
}

Result<int> SqliteEventStore::ReadVersion() {
  auto v = QueryInt("SELECT COALESCE(MAX(version), 0) FROM schema_version", {},
                    "reading the schema version");
  if (!v.ok()) return v.status();
  return static_cast<int>(*v);
}

Result<int> SqliteEventStore::SchemaVersion() { return ReadVersion(); }

Status SqliteEventStore::Initialise() {
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, options_.busy_timeout_ms);
  // The first read of the file: a file that is not SQLite fails here (SQLITE_NOTADB).
  auto tables = QueryInt("SELECT COUNT(*) FROM sqlite_master", {}, "reading the database schema");
  if (!tables.ok()) return tables.status();
  auto has_version_table = QueryInt(
      "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", {},
      "reading the database schema");
  if (!has_version_table.ok()) return has_version_table.status();
  auto app_id = QueryInt("PRAGMA application_id", {}, "reading the application id");
  if (!app_id.ok()) return app_id.status();

  const std::string not_ours = "'" + path_ + "' is not an entente database";
  int version = 0;
  if (*tables > 0) {
    // Ours only if both marks are there: other programs have schema_version tables too.
    if (*has_version_table == 0 || *app_id != kSqliteApplicationId) {
      return Status::Unsupported(not_ours);
    }
    auto v = ReadVersion();
    if (!v.ok()) return v.status();
    version = *v;
    if (version > kStoreSchemaVersion) {
      return Status::Unsupported("'" + path_ + "' has schema version " + std::to_string(version) +
                                 ", newer than this build understands (" +
                                 std::to_string(kStoreSchemaVersion) + "); upgrade entente");
    }
  } else if (*app_id != 0 && *app_id != kSqliteApplicationId) {
    return Status::Unsupported(not_ours);
  }

  ENTENTE_RETURN_IF_ERROR(Exec("PRAGMA foreign_keys = ON"));
  if (version < kStoreSchemaVersion && !(options_.read_only && version >= kStoreMinReadableVersion)) {
    if (options_.read_only) {
      return Status::Unsupported(version == 0
                                     ? "'" + path_ + "' is empty, not an entente database"
                                     : "'" + path_ + "' needs a schema upgrade; open it writable");
    }
    ENTENTE_RETURN_IF_ERROR(Migrate());
  }
  if (!options_.read_only && path_ != ":memory:") {
    ENTENTE_RETURN_IF_ERROR(Exec("PRAGMA journal_mode = WAL"));
    ENTENTE_RETURN_IF_ERROR(Exec("PRAGMA synchronous = NORMAL"));
    // Checkpoint every 16384 pages (64 MiB at 4 KiB pages) rather than SQLite's 1000: index pages
    // that several batches touch are then copied into the database once, not once per batch.
    ENTENTE_RETURN_IF_ERROR(Exec("PRAGMA wal_autocheckpoint = 16384"));
    ENTENTE_RETURN_IF_ERROR(Exec("PRAGMA journal_size_limit = 67108864"));
  }
  // Statement journals stay in memory: on disk each costs pwrite calls for every page touched.
  ENTENTE_RETURN_IF_ERROR(Exec("PRAGMA temp_store = MEMORY"));
  // A larger page cache keeps a batch's dirty index pages in memory instead of spilling them.
  ENTENTE_RETURN_IF_ERROR(
      Exec(("PRAGMA cache_size = -" + std::to_string(int64_t{options_.cache_mib} * 1024)).c_str()));
  if (!options_.read_only) ENTENTE_RETURN_IF_ERROR(PrepareWriteStatements());
  return Status::OK();
}

Status SqliteEventStore::Migrate() {
  ENTENTE_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  auto fail = [&](Status st) {
    (void)Exec("ROLLBACK");
    return st;
  };
  Status st = Exec(
      "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
      "applied_at TEXT NOT NULL, description TEXT NOT NULL)");
  if (!st.ok()) return fail(st);
  // Another process may have migrated between our check and our lock: read again under the lock.
  auto current = ReadVersion();
  if (!current.ok()) return fail(current.status());
  if (*current > kStoreSchemaVersion) {
    return fail(Status::Unsupported("'" + path_ + "' has a newer schema version"));
  }
  for (const Migration& m : SqliteMigrations()) {
    if (m.version <= *current) continue;
    std::string sql(m.sql);
    st = Exec(sql.c_str());
    if (!st.ok()) return fail(st.WithContext("schema migration " + std::to_string(m.version)));
    Stmt rec;
    st = Prepare(std::string("INSERT INTO schema_version(version, applied_at, description) "
                             "VALUES(?1, ") + kNow + ", ?2)",
                 &rec);
    if (!st.ok()) return fail(st);
    rec.Int(1, m.version);
    rec.Text(2, m.description);
    st = StepDone(rec, "recording the schema version");
    if (!st.ok()) return fail(st);
  }
  if (*current >= 1 && *current < 4) {  // events stored before deduplication: group them now
    st = GroupStoredMentions(PlaceholderStyle::kQuestion, Runner(), Writer());
    if (!st.ok()) return fail(st);
  }
  st = Exec(("PRAGMA application_id = " + std::to_string(kSqliteApplicationId)).c_str());
  if (!st.ok()) return fail(st);
  return Exec("COMMIT");
}

Status SqliteEventStore::PrepareWriteStatements() {
  ENTENTE_RETURN_IF_ERROR(Prepare(
      std::string("INSERT INTO documents(ext_id, content_hash, date, title, source, url, origin, "
                  "text, run, ingested_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ") +
          kNow + ") ON CONFLICT(content_hash) DO NOTHING",
      &insert_document_));
  ENTENTE_RETURN_IF_ERROR(
      Prepare("SELECT id FROM documents WHERE content_hash = ?1", &find_by_hash_));
  ENTENTE_RETURN_IF_ERROR(Prepare(
      "INSERT INTO sentences(doc, idx, start, \"end\", text) VALUES(?1, ?2, ?3, ?4, ?5)",
      &insert_sentence_));
  ENTENTE_RETURN_IF_ERROR(Prepare(
      "INSERT INTO events(doc, sentence, start, \"end\", date, source, source_text, target, "
      "target_text, code, root, quad, goldstein, status, verb_text, pattern_id, dict_fingerprint, "
      "coder_version) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
      "?16, ?17, ?18)",
      &insert_event_));
  ENTENTE_RETURN_IF_ERROR(Prepare(
      "INSERT INTO events(date, source, source_text, target, target_text, code, root, quad, "
      "goldstein, status, verb_text, dataset, ext_id, num_mentions, num_sources, num_articles, "
      "avg_tone, source_url, geo_name, geo_country, geo_lat, geo_lon, origin) VALUES(?1, ?2, ?3, "
      "?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22) "
      "ON CONFLICT DO NOTHING",
      &insert_imported_));
  return Status::OK();
}

Status SqliteEventStore::BeginBatch() {
  ENTENTE_RETURN_IF_ERROR(CheckWritable());
  if (in_batch_) return Status::InvalidArgument("BeginBatch: a batch is already open");
  ENTENTE_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  in_batch_ = true;
  return Status::OK();
}

StatementRunner SqliteEventStore::Writer() {
  return [this](const std::string& sql, const SqlParams& params) -> Status {
    Stmt s;
    ENTENTE_RETURN_IF_ERROR(Prepare(sql, &s));
    s.Bind(params.values());
    return StepDone(s, "updating mention counts");
  };
}

Status SqliteEventStore::RegroupTouched() {
  std::set<MentionGroup> groups = std::move(touched_);
  touched_.clear();
  return RegroupMentions(groups, PlaceholderStyle::kQuestion, Runner(), Writer());
}

Status SqliteEventStore::CommitBatch() {
  if (!in_batch_) return Status::InvalidArgument("CommitBatch: no batch is open");
  Status st = RegroupTouched();
  if (st.ok()) st = Exec("COMMIT");
  if (!st.ok()) {
    // A failed COMMIT (e.g. SQLITE_BUSY) leaves the transaction open; give up on it.
    (void)Exec("ROLLBACK");
  }
  in_batch_ = false;
  return st;
}

Status SqliteEventStore::RollbackBatch() {
  if (!in_batch_) return Status::InvalidArgument("RollbackBatch: no batch is open");
  in_batch_ = false;
  touched_.clear();
  return Exec("ROLLBACK");
}

Result<PutResult> SqliteEventStore::PutDocument(const Document& doc,
                                                const std::vector<SentenceSpan>& sentences,
                                                const std::vector<Event>& events,
                                                const Provenance& provenance) {
  ENTENTE_RETURN_IF_ERROR(CheckWritable());
  auto where = [&](std::string_view what) {
    return "document '" + doc.id + "': " + std::string(what);
  };
  ENTENTE_RETURN_IF_ERROR(ValidateDocumentInput(doc, sentences, events));
  if (provenance.run_id && *provenance.run_id != checked_run_id_) {
    auto found = QueryInt("SELECT COUNT(*) FROM runs WHERE id = ?1", {*provenance.run_id},
                          "looking up the run");
    if (!found.ok()) return found.status();
    if (*found == 0) {
      return Status::InvalidArgument(
          where("no run " + std::to_string(*provenance.run_id) + " (call StartRun first)"));
    }
    checked_run_id_ = *provenance.run_id;
  }
  std::string hash = ContentHash(doc.text);

  if (!in_batch_) ENTENTE_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  int64_t inserted_id = 0;
  auto result =
      PutDocumentInTransaction(doc, std::move(hash), sentences, events, provenance, &inserted_id);
  if (!result.ok()) {
    Status st = result.status().WithContext(where("not stored"));
    if (!in_batch_) {
      (void)Exec("ROLLBACK");
      touched_.clear();
      return st;
    }
    if (inserted_id != 0) {  // undo this document only; the batch goes on
      Stmt del;
      Status undo = Prepare("DELETE FROM documents WHERE id = ?1", &del);
      if (undo.ok()) {
        del.Int(1, inserted_id);
        undo = StepDone(del, "undoing a partly stored document");
      }
      if (!undo.ok()) {
        (void)Exec("ROLLBACK");
        in_batch_ = false;
        touched_.clear();
        return Status(st.code(), st.message() + "; undoing it failed too (" + undo.ToString() +
                                     "), so the whole batch was rolled back");
      }
    }
    return st;
  }
  if (!in_batch_) {
    Status st = RegroupTouched();
    if (st.ok()) st = Exec("COMMIT");
    if (!st.ok()) {
      (void)Exec("ROLLBACK");
      touched_.clear();
      return st;
    }
  }
  return result;
}

Result<PutResult> SqliteEventStore::PutDocumentInTransaction(
    const Document& doc, std::string hash, const std::vector<SentenceSpan>& sentences,
    const std::vector<Event>& events, const Provenance& provenance, int64_t* inserted_id) {
  PutResult out;
  out.content_hash = std::move(hash);

  Stmt& d = insert_document_;
  d.Text(1, doc.id);
  d.Text(2, out.content_hash);
  std::string date = doc.date ? doc.date->ToString() : std::string();
  if (doc.date) d.Text(3, date); else d.Null(3);
  d.Text(4, doc.title);
  d.Text(5, doc.source);
  d.Text(6, doc.url);
  d.Text(7, doc.origin);
  d.Text(8, doc.text);
  if (provenance.run_id) d.Int(9, *provenance.run_id); else d.Null(9);
  ENTENTE_RETURN_IF_ERROR(StepDone(d, "inserting the document"));
  if (sqlite3_changes(db_) == 0) {
    find_by_hash_.Text(1, out.content_hash);
    int rc = sqlite3_step(find_by_hash_.get());
    if (rc != SQLITE_ROW) {
      Status st = rc == SQLITE_DONE
                      ? Status::Internal("document vanished between insert and lookup")
                      : Error(rc, "looking up the document");
      find_by_hash_.Reset();
      return st;
    }
    out.document_id = find_by_hash_.ColInt(0);
    find_by_hash_.Reset();
    out.already_present = true;
    return out;
  }
  out.document_id = sqlite3_last_insert_rowid(db_);
  *inserted_id = out.document_id;

  Stmt& s = insert_sentence_;
  auto put_sentence = [&](int32_t idx, uint32_t start, uint32_t end, std::string_view text) {
    s.Int(1, out.document_id);
    s.Int(2, idx);
    s.Int(3, start);
    s.Int(4, end);
    s.Text(5, text);
    return StepDone(s, "inserting sentence " + std::to_string(idx));
  };
  std::set<int32_t> have;
  for (const SentenceSpan& span : sentences) {
    have.insert(span.index);
    ENTENTE_RETURN_IF_ERROR(put_sentence(span.index, span.start, span.end, span.text));
    ++out.sentences_added;
  }
  for (const Event& e : events) {
    if (have.insert(e.sentence).second) {
      ENTENTE_RETURN_IF_ERROR(put_sentence(e.sentence, e.start, e.end, e.sentence_text));
      ++out.sentences_added;
    }
  }

  Stmt& ev = insert_event_;
  for (const Event& e : events) {
    std::string edate = e.date.ToString();
    ev.Int(1, out.document_id);
    ev.Int(2, e.sentence);
    ev.Int(3, e.start);
    ev.Int(4, e.end);
    ev.Text(5, edate);
    ev.Text(6, e.source.str());
    ev.Text(7, e.source_text);
    ev.Text(8, e.target.str());
    ev.Text(9, e.target_text);
    ev.Text(10, e.code.str());
    ev.Text(11, e.code.root());
    ev.Int(12, static_cast<uint8_t>(e.quad));
    if (e.goldstein) ev.Real(13, *e.goldstein); else ev.Null(13);
    ev.Int(14, static_cast<uint8_t>(e.status));
    ev.Text(15, e.verb_text);
    ev.Text(16, e.pattern_id);
    ev.Text(17, provenance.dict_fingerprint);
    ev.Text(18, provenance.coder_version);
    ENTENTE_RETURN_IF_ERROR(StepDone(ev, "inserting an event"));
    touched_.insert(GroupOf(e));
    ++out.events_added;
  }
  return out;
}

Result<ImportPutResult> SqliteEventStore::PutImportedEvents(
    const std::vector<ImportedEvent>& events) {
  ENTENTE_RETURN_IF_ERROR(CheckWritable());
  if (in_batch_) {
    return Status::InvalidArgument("PutImportedEvents: a batch is open (imports are their own "
                                   "transaction)");
  }
  ENTENTE_RETURN_IF_ERROR(ValidateImportedEvents(events));
  ImportPutResult out;
  if (events.empty()) return out;
  ENTENTE_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  Stmt& s = insert_imported_;
  for (const ImportedEvent& e : events) {
    std::string date = e.date.ToString();
    s.Text(1, date);
    s.Text(2, e.source.str());
    s.Text(3, e.source_name);
    s.Text(4, e.target.str());
    s.Text(5, e.target_name);
    s.Text(6, e.code.str());
    s.Text(7, e.code.root());
    s.Int(8, static_cast<uint8_t>(e.quad));
    if (e.goldstein) s.Real(9, *e.goldstein); else s.Null(9);
    s.Text(10, e.event_text);
    const ExternalEventInfo& x = e.info;
    s.Text(11, x.dataset);
    s.Text(12, x.external_id);
    int col = 13;
    for (const auto* v : {&x.num_mentions, &x.num_sources, &x.num_articles}) {
      if (*v) s.Int(col, **v); else s.Null(col);
      ++col;
    }
    if (x.avg_tone) s.Real(16, *x.avg_tone); else s.Null(16);
    s.Text(17, x.source_url);
    s.Text(18, x.geo_name);
    s.Text(19, x.geo_country);
    if (x.geo_lat) s.Real(20, *x.geo_lat); else s.Null(20);
    if (x.geo_lon) s.Real(21, *x.geo_lon); else s.Null(21);
    s.Text(22, x.origin);
    Status st = StepDone(s, "inserting an imported event");
    if (!st.ok()) {
      (void)Exec("ROLLBACK");
      return st.WithContext("imported event at " + x.origin + " not stored");
    }
    if (sqlite3_changes(db_) > 0) ++out.added; else ++out.already_present;
  }
  Status st = Exec("COMMIT");
  if (!st.ok()) {
    (void)Exec("ROLLBACK");
    return st;
  }
  return out;
}

Result<StoredDocument> SqliteEventStore::GetDocument(int64_t document_id) {
  Stmt s;
  ENTENTE_RETURN_IF_ERROR(Prepare(
      "SELECT ext_id, content_hash, date, title, source, url, origin, text, ingested_at, run "
      "FROM documents WHERE id = ?1",
      &s));
  s.Int(1, document_id);
  int rc = sqlite3_step(s.get());
  if (rc == SQLITE_DONE) {
    return Status::NotFound("no document with store id " + std::to_string(document_id));
  }
  if (rc != SQLITE_ROW) return Error(rc, "reading a document");
  StoredDocument out;
  out.id = document_id;
  out.document.id.assign(s.ColText(0));
  out.content_hash.assign(s.ColText(1));
  if (!s.ColNull(2)) {
    auto date = Date::Parse(s.ColText(2));
    if (!date.ok()) {
      return Status::Corruption("document " + std::to_string(document_id) + ": stored date '" +
                                std::string(s.ColText(2)) + "' is invalid");
    }
    out.document.date = *date;
  }
  out.document.title.assign(s.ColText(3));
  out.document.source.assign(s.ColText(4));
  out.document.url.assign(s.ColText(5));
  out.document.origin.assign(s.ColText(6));
  out.document.text.assign(s.ColText(7));
  out.ingested_at.assign(s.ColText(8));
  if (!s.ColNull(9)) out.run_id = s.ColInt(9);

  Stmt sent;
  ENTENTE_RETURN_IF_ERROR(Prepare(
      "SELECT idx, start, \"end\", text FROM sentences WHERE doc = ?1 ORDER BY idx", &sent));
  sent.Int(1, document_id);
  while ((rc = sqlite3_step(sent.get())) == SQLITE_ROW) {
    SentenceSpan span;
    span.index = static_cast<int32_t>(sent.ColInt(0));
    span.start = static_cast<uint32_t>(sent.ColInt(1));
    span.end = static_cast<uint32_t>(sent.ColInt(2));
    span.text.assign(sent.ColText(3));
    out.sentences.push_back(std::move(span));
  }
  if (rc != SQLITE_DONE) return Error(rc, "reading sentences");
  return out;
}

Result<std::optional<int64_t>> SqliteEventStore::FindDocumentByHash(std::string_view content_hash) {
  Stmt s;
  ENTENTE_RETURN_IF_ERROR(Prepare("SELECT id FROM documents WHERE content_hash = ?1", &s));
  s.Text(1, content_hash);
  int rc = sqlite3_step(s.get());
  if (rc == SQLITE_ROW) return std::optional<int64_t>(s.ColInt(0));
  if (rc == SQLITE_DONE) return std::optional<int64_t>();
  return Error(rc, "looking up a document");
}

Result<std::vector<int64_t>> SqliteEventStore::FindDocumentsByExtId(std::string_view ext_id) {
  Stmt s;
  ENTENTE_RETURN_IF_ERROR(Prepare("SELECT id FROM documents WHERE ext_id = ?1 ORDER BY id", &s));
  s.Text(1, ext_id);
  std::vector<int64_t> out;
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) out.push_back(s.ColInt(0));
  if (rc != SQLITE_DONE) return Error(rc, "looking up documents");
  return out;
}

Status SqliteEventStore::ForEachEvent(const EventQuery& query,
                                      const std::function<Status(const StoredEvent&)>& fn) {
  SqlParams params;
  bool needs_documents = false;
  auto where = EventWhereClause(query, params, &needs_documents);
  if (!where.ok()) return where.status();
  std::string sql = std::string("SELECT ") + kEventColumns;
  if (query.with_sentence_text) sql += ", s.text";
  sql += " FROM events e LEFT JOIN documents d ON d.id = e.doc";
  if (query.with_sentence_text) {
    sql += " LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence";
  }
  sql += " WHERE " + *where + EventOrderAndLimit(query, params);
  Stmt s;
  ENTENTE_RETURN_IF_ERROR(Prepare(sql, &s));
  s.Bind(params.values());
  StoredEvent row;
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
    ENTENTE_RETURN_IF_ERROR(DecodeEventRow(SqliteRow(s), query.with_sentence_text, &row));
    ENTENTE_RETURN_IF_ERROR(fn(row));
  }
  if (rc != SQLITE_DONE) return Error(rc, "querying events");
  return Status::OK();
}

Result<std::vector<StoredEvent>> SqliteEventStore::QueryEvents(const EventQuery& query) {
  std::vector<StoredEvent> out;
  Status st = ForEachEvent(query, [&out](const StoredEvent& e) {
    out.push_back(e);
    return Status::OK();
  });
  if (!st.ok()) return st;
  return out;
}

Result<StoreCounts> SqliteEventStore::Counts() {
  StoreCounts c;
  auto docs = QueryInt("SELECT COUNT(*) FROM documents", {}, "counting documents");
  if (!docs.ok()) return docs.status();
  auto sents = QueryInt("SELECT COUNT(*) FROM sentences", {}, "counting sentences");
  if (!sents.ok()) return sents.status();
  auto events = QueryInt("SELECT COUNT(*) FROM events", {}, "counting events");
  if (!events.ok()) return events.status();
  auto imported = QueryInt("SELECT COUNT(*) FROM events WHERE doc IS NULL", {},
                           "counting imported events");
  if (!imported.ok()) return imported.status();
  auto repeats = QueryInt("SELECT COUNT(*) FROM events WHERE dup_of IS NOT NULL", {},
                          "counting repeated mentions");
  if (!repeats.ok()) return repeats.status();
  c.distinct_events = *events - *repeats;
  c.documents = *docs;
  c.sentences = *sents;
  c.events = *events;
  c.imported_events = *imported;
  return c;
}

Result<int64_t> SqliteEventStore::CountEvents(const EventQuery& query) {
  SqlParams params;
  bool needs_documents = false;
  auto where = EventWhereClause(query, params, &needs_documents);
  if (!where.ok()) return where.status();
  std::string sql = "SELECT COUNT(*) FROM events e";
  if (needs_documents) sql += " JOIN documents d ON d.id = e.doc";
  sql += " WHERE " + *where;
  return QueryInt(sql, params.values(), "counting events");
}

RowRunner SqliteEventStore::Runner() const {
  return [this](const std::string& sql, const SqlParams& params,
                const std::function<Status(const RowAccess&)>& per_row) -> Status {
    Stmt s;
    ENTENTE_RETURN_IF_ERROR(Prepare(sql, &s));
    s.Bind(params.values());
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
      ENTENTE_RETURN_IF_ERROR(per_row(SqliteRow(s)));
    }
    if (rc != SQLITE_DONE) return Error(rc, "reading events by day");
    return Status::OK();
  };
}

Result<std::vector<RootCount>> SqliteEventStore::CountEventsByRoot(const EventQuery& query) {
  SqlParams params;
  bool needs_documents = false;
  auto where = EventWhereClause(query, params, &needs_documents);
  if (!where.ok()) return where.status();
  std::string sql = "SELECT e.root, COUNT(*) FROM events e";
  if (needs_documents) sql += " JOIN documents d ON d.id = e.doc";
  sql += " WHERE " + *where + " GROUP BY e.root ORDER BY e.root";
  Stmt s;
  ENTENTE_RETURN_IF_ERROR(Prepare(sql, &s));
  s.Bind(params.values());
  std::vector<RootCount> out;
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
    out.push_back(RootCount{std::string(s.ColText(0)), s.ColInt(1)});
  }
  if (rc != SQLITE_DONE) return Error(rc, "counting events by root");
  return out;
}

Result<std::vector<DyadCount>> SqliteEventStore::TopDyads(const EventQuery& query,
                                                          const TopDyadsOptions& options) {
  if (options.limit < 0) return Status::InvalidArgument("TopDyads: limit must not be negative");
  SqlParams params;
  bool needs_documents = false;
  auto where = EventWhereClause(query, params, &needs_documents);
  if (!where.ok()) return where.status();
  // Country level: the first three characters, but six for organisations and groups, whose
  // first three are only the kind ("IGOEUR" for the EU, "IGOWST" for NATO).
  const char* src =
      "(CASE WHEN substr(e.source, 1, 3) IN ('IGO', 'NGO', 'IMG', 'MNC') THEN substr(e.source, 1, 6) "
      "ELSE substr(e.source, 1, 3) END)";
  const char* tgt =
      "(CASE WHEN substr(e.target, 1, 3) IN ('IGO', 'NGO', 'IMG', 'MNC') THEN substr(e.target, 1, 6) "
      "ELSE substr(e.target, 1, 3) END)";
  std::string a = options.directed ? src : std::string("min(") + src + ", " + tgt + ")";
  std::string b = options.directed ? tgt : std::string("max(") + src + ", " + tgt + ")";
  std::string sql = "SELECT " + a + " AS a, " + b + " AS b, COUNT(*) AS n FROM events e";
  if (needs_documents) sql += " JOIN documents d ON d.id = e.doc";
  // Actors of unknown country ("---GOV") are no country: left out like empty ones.
  sql += " WHERE " + *where + " AND e.source <> '' AND e.target <> '' AND e.source NOT LIKE '-%'" +
         " AND e.target NOT LIKE '-%' AND " + src + " <> " + tgt +
         " GROUP BY a, b ORDER BY n DESC, a, b LIMIT " + params.Add(int64_t{options.limit});
  Stmt s;
  ENTENTE_RETURN_IF_ERROR(Prepare(sql, &s));
  s.Bind(params.values());
  std::vector<DyadCount> out;
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
    out.push_back(DyadCount{std::string(s.ColText(0)), std::string(s.ColText(1)), s.ColInt(2)});
  }
  if (rc != SQLITE_DONE) return Error(rc, "counting dyads");
  return out;
}

Result<int64_t> SqliteEventStore::StartRun(const RunInfo& info) {
  ENTENTE_RETURN_IF_ERROR(CheckWritable());
  Stmt s;
  ENTENTE_RETURN_IF_ERROR(Prepare(
      std::string("INSERT INTO runs(started, command, dict_fingerprint, coder_version) VALUES(") +
          kNow + ", ?1, ?2, ?3)",
      &s));
  s.Text(1, info.command);
  s.Text(2, info.dict_fingerprint);
  s.Text(3, info.coder_version);
  ENTENTE_RETURN_IF_ERROR(StepDone(s, "starting a run"));
  return sqlite3_last_insert_rowid(db_);
}

Status SqliteEventStore::FinishRun(int64_t run_id, const RunCounts& counts) {
  ENTENTE_RETURN_IF_ERROR(CheckWritable());
  Stmt s;
  ENTENTE_RETURN_IF_ERROR(Prepare(
      std::string("UPDATE runs SET finished = ") + kNow +
          ", documents_seen = ?2, documents_added = ?3, documents_skipped = ?4, "
          "events_added = ?5, errors = ?6 WHERE id = ?1",
      &s));
  s.Int(1, run_id);
  s.Int(2, counts.documents_seen);
  s.Int(3, counts.documents_added);
  s.Int(4, counts.documents_skipped);
  s.Int(5, counts.events_added);
  s.Int(6, counts.errors);
  ENTENTE_RETURN_IF_ERROR(StepDone(s, "finishing a run"));
  if (sqlite3_changes(db_) == 0) return Status::NotFound("no run " + std::to_string(run_id));
  return Status::OK();
}

Result<std::vector<RunRecord>> SqliteEventStore::ListRuns() {
  Stmt s;
  ENTENTE_RETURN_IF_ERROR(Prepare(
      "SELECT id, started, COALESCE(finished, ''), command, dict_fingerprint, coder_version, "
      "documents_seen, documents_added, documents_skipped, events_added, errors FROM runs "
      "ORDER BY id",
      &s));
  std::vector<RunRecord> out;
  int rc;
  while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
    RunRecord r;
    r.id = s.ColInt(0);
    r.started.assign(s.ColText(1));
    r.finished.assign(s.ColText(2));
    r.info.command.assign(s.ColText(3));
    r.info.dict_fingerprint.assign(s.ColText(4));
    r.info.coder_version.assign(s.ColText(5));
    r.counts.documents_seen = s.ColInt(6);
    r.counts.documents_added = s.ColInt(7);
    r.counts.documents_skipped = s.ColInt(8);
    r.counts.events_added = s.ColInt(9);
    r.counts.errors = s.ColInt(10);
    out.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return Error(rc, "listing runs");
  return out;
}

}  // namespace

Result<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path,
                                                    const StoreOptions& options) {
  const bool memory = path == ":memory:";
  std::string file = path;
  // Never let a path be read as an SQLite URI, even where URI filenames are enabled globally.
  if (!memory && file.starts_with("file:")) file = "./" + file;
  if (!memory && !options.create_if_missing) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
      return Status::NotFound("store file '" + path + "' does not exist");
    }
  }
  int flags = SQLITE_OPEN_NOMUTEX;
  if (options.read_only) {
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE;
    if (options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
  }
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(file.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Status::IOError("cannot open store file '" + path + "': " + detail);
  }
  auto store = std::make_unique<SqliteEventStore>(db, path, options);
  Status st = store->Initialise();
  if (!st.ok()) return st;
  return std::unique_ptr<EventStore>(std::move(store));
}

}  // namespace entente::store_internal
