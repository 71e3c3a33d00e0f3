// Copyright 2026 The entente Authors. Apache-2.0.
//
// The PostgreSQL backend of EventStore (interface: OpenPostgresStore in pg_store.h, behaviour as
// documented in include/entente/store.h), on libpqxx 6.4.
//
// Opening: one connection per store, set up for UTF-8, ISO dates and UTC, with notices silenced
// (client_min_messages = warning, and a quiet pqxx error handler: the library never prints).
// Under a transaction-scoped advisory lock the database is inspected: no entente tables -> create
// them (migrations 1..kStoreSchemaVersion); entente tables with the `entente_meta` marker ->
// check the version (newer: Unsupported, older: migrate); tables with our names but no marker ->
// "not an entente database", left untouched.  Processes that open a new database together
// migrate it once: the second waits for the lock and then finds it done.
//
// Writing documents: a batch is gathered client-side.  PutDocument checks its input (including
// that every text is valid UTF-8 without NUL bytes, which PostgreSQL cannot store), asks the
// server whether the content hash is already stored, takes a document id from a block of
// sequence values, and renders the document, sentence and event rows as COPY text.  CommitBatch
// writes it all in one short transaction: COPY the documents into a session temp table, INSERT
// them into `documents` in content-hash order with ON CONFLICT DO NOTHING RETURNING id, then COPY
// the sentences and events of the documents that were really inserted.  The hash order means two
// writers committing overlapping batches wait for each other at most in one direction, never in
// a cycle, so concurrent ingests cannot deadlock; a document another writer committed first is
// skipped with its events (counted in last_batch_races()).  Imported events take the same path
// through a second temp table, ordered by (dataset, ext_id).
//
// Reading: query SQL comes from query_sql.h with $n placeholders and every value bound; rows are
// decoded by store_common's DecodeEventRow.  ForEachEvent streams through a server-side cursor in
// a read-only transaction, 2000 rows per fetch.  A query value with a NUL byte cannot match
// anything PostgreSQL stores, so such queries answer "nothing" without asking the server.
//
// Errors: libpqxx exceptions are caught at every entry point and mapped to Status: a lost or
// refused connection, deadlock, serialization failure or server shutdown -> IOError; integrity
// and data errors -> InvalidArgument; XX001/XX002 -> Corruption; the rest -> Internal.
#include "store/pg_store.h"

#if defined(ENTENTE_HAVE_POSTGRES)

#include <charconv>
#include <cstring>
#include <map>
#include <pqxx/pqxx>
#include <pqxx/tablewriter>
#include <set>
#include <unordered_map>

#include "store/mentions.h"
#include "store/pg_migrations.h"
#include "store/query_sql.h"
#include "store/store_common.h"

namespace entente::store_internal {
namespace {

constexpr int64_t kMigrationLockKey = 0x454E5445'4D494752;  // "ENTEMIGR"
constexpr int64_t kRegroupLockKey = 0x454E5445'44555053;    // "ENTEDUPS"
constexpr char kTimestampFormat[] = "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'";

std::string TrimMessage(std::string m) {
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return m;
}

// Maps a libpqxx or standard exception to a Status that says what was being done.
Status FromException(const std::exception& e, std::string_view what) {
  std::string msg = std::string(what) + ": " + TrimMessage(e.what());
  if (dynamic_cast<const pqxx::broken_connection*>(&e)) {
    return Status::IOError(std::string(what) + ": lost the connection to PostgreSQL: " +
                           TrimMessage(e.what()));
  }
  if (dynamic_cast<const pqxx::transaction_rollback*>(&e)) {
    return Status::IOError(msg + " (transaction rolled back by the server; try again)");
  }
  if (dynamic_cast<const pqxx::in_doubt_error*>(&e)) {
    return Status::IOError(msg + " (the connection broke during COMMIT: outcome unknown)");
  }
  if (const auto* s = dynamic_cast<const pqxx::sql_error*>(&e)) {
    const std::string& state = s->sqlstate();
    if (state == "25006") return Status::InvalidArgument(msg + " (read-only session)");
    if (state.starts_with("22") || state.starts_with("23")) return Status::InvalidArgument(msg);
    if (state.starts_with("08") || state.starts_with("40") || state.starts_with("53") ||
        state.starts_with("57") || state.starts_with("58")) {
      return Status::IOError(msg);
    }
    if (state == "XX001" || state == "XX002") return Status::Corruption(msg);
    return Status::Internal(msg + " (SQLSTATE " + state + ")");
  }
  if (dynamic_cast<const pqxx::failure*>(&e)) return Status::IOError(msg);
  return Status::Internal(msg);
}

// PostgreSQL text must be valid UTF-8 without NUL bytes.
bool PgText(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0) return false;
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      if (c < 0xC2) return false;
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      if (c > 0xF4) return false;
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return false;
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return false;
    i += len;
  }
  return true;
}

// COPY text format: backslash escapes for backslash, tab, newline and carriage return.
void CopyText(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}
void CopyNull(std::string& out) { out += "\\N"; }
void CopyInt(std::string& out, int64_t v) { out += std::to_string(v); }
void CopyReal(std::string& out, double v) {
  char buf[64];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, ec == std::errc() ? p : buf);
}
template <typename T>
void CopyOpt(std::string& out, const std::optional<T>& v) {
  if (!v) {
    CopyNull(out);
  } else if constexpr (std::is_floating_point_v<T>) {
    CopyReal(out, *v);
  } else {
    CopyInt(out, *v);
  }
}

std::string SqlString(const SqlValue& v) {
  if (const auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&v)) {
    std::string s;
    CopyReal(s, *d);
    return s;
  }
  return std::get<std::string>(v);
}

std::vector<std::string> SqlStrings(const SqlParams& p) {
  std::vector<std::string> out;
  out.reserve(p.values().size());
  for (const SqlValue& v : p.values()) out.push_back(SqlString(v));
  return out;
}

class PgRow final : public RowAccess {
 public:
  explicit PgRow(const pqxx::row& r) : r_(r) {}
  bool Null(int c) const override { return r_[c].is_null(); }
  std::string_view Text(int c) const override {
    const pqxx::field f = r_[c];
    if (f.is_null()) return {};
    return std::string_view(f.c_str(), f.size());
  }
  int64_t Int(int c) const override {
    std::string_view t = Text(c);
    int64_t v = 0;
    std::from_chars(t.data(), t.data() + t.size(), v);
    return v;
  }
  double Real(int c) const override {
    std::string_view t = Text(c);
    double v = 0;
    std::from_chars(t.data(), t.data() + t.size(), v);
    return v;
  }

 private:
  const pqxx::row& r_;
};

const char* const kStageDocumentColumns[] = {"id",  "ext_id", "content_hash", "date", "title",
                                             "source", "url", "origin", "text", "run"};
const char* const kSentenceColumns[] = {"doc", "idx", "start", "\"end\"", "text"};
const char* const kEventInsertColumns[] = {
    "doc",         "sentence", "start", "\"end\"", "date",      "source",     "source_text",
    "target",      "target_text", "code", "root",  "quad",      "goldstein",  "status",
    "verb_text",   "pattern_id", "dict_fingerprint", "coder_version"};
const char* const kStageImportedColumns[] = {
    "date",     "source",       "source_text",  "target",   "target_text", "code",
    "root",     "quad",         "goldstein",    "verb_text", "dataset",    "ext_id",
    "num_mentions", "num_sources", "num_articles", "avg_tone", "source_url", "geo_name",
    "geo_country", "geo_lat",   "geo_lon",      "origin"};

// COPYs `lines` (each a COPY text row without its newline) into `table`.
template <size_t N>
void CopyRows(pqxx::transaction_base& tx, const std::string& table, const char* const (&cols)[N],
              const std::vector<std::string>& lines) {
  if (lines.empty()) return;
  std::vector<std::string> columns(std::begin(cols), std::end(cols));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  pqxx::tablewriter writer(tx, table, columns.begin(), columns.end());
#pragma GCC diagnostic pop
  for (const std::string& line : lines) writer.write_raw_line(line);
  writer.complete();
}

// A document waiting for CommitBatch.
struct PendingDocument {
  int64_t id = 0;
  std::string hash;
  std::string row;                     // its COPY row for the stage table
  std::vector<std::string> sentences;  // COPY rows
  std::vector<std::string> events;     // COPY rows
  std::set<MentionGroup> groups;       // of its events
};

// Read and write callbacks over an open transaction, for RegroupMentions (libpqxx exceptions
// pass through to the caller's handler).
RowRunner TxReader(pqxx::transaction_base& tx) {
  return [&tx](const std::string& sql, const SqlParams& params,
               const std::function<Status(const RowAccess&)>& per_row) -> Status {
    pqxx::result r = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(SqlStrings(params)));
    for (const auto& row : r) ENTENTE_RETURN_IF_ERROR(per_row(PgRow(row)));
    return Status::OK();
  };
}

StatementRunner TxWriter(pqxx::transaction_base& tx) {
  return [&tx](const std::string& sql, const SqlParams& params) -> Status {
    tx.exec_params(sql, pqxx::prepare::make_dynamic_params(SqlStrings(params)));
    return Status::OK();
  };
}

class PgEventStore final : public EventStore {
 public:
  PgEventStore(std::string url, const StoreOptions& options)
      : url_(std::move(url)), options_(options) {}
  ~PgEventStore() override {
    quiet_.reset();  // unregister before the connection goes
    conn_.reset();
  }

  Status Initialise();

  std::string_view backend() const override { return "postgresql"; }
  Result<int> SchemaVersion() override;

  Status BeginBatch() override;
  Status CommitBatch() override;
  Status RollbackBatch() override;
  bool in_batch() const override { return in_batch_; }
  BatchRaces last_batch_races() const override { return races_; }

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
    return QueryTotalsByDay(query, PlaceholderStyle::kDollar, Runner());
  }
  Result<std::vector<DayCount>> CountByDay(const EventQuery& query) override {
    return QueryCountByDay(query, PlaceholderStyle::kDollar, Runner());
  }
  // Runs a read query row by row (store_common.h RowRunner).
  RowRunner Runner();
  Result<std::vector<DyadCount>> TopDyads(const EventQuery& query,
                                          const TopDyadsOptions& options) override;

  Result<int64_t> StartRun(const RunInfo& info) override;
  Status FinishRun(int64_t run_id, const RunCounts& counts) override;
  Result<std::vector<RunRecord>> ListRuns() override;

 private:
  Status CheckWritable() const {
    if (options_.read_only) {
      return Status::InvalidArgument("PostgreSQL store '" + RedactedUrl() + "' is open read-only");
    }
    return Status::OK();
  }
  // The URL without a password, for messages.
  std::string RedactedUrl() const;
  Status Migrate(pqxx::work& w, int from);
  Result<int64_t> NextDocumentId();
  // Writes the pending documents (see the file comment) and clears them.
  Status Flush();
  // Runs a query whose single row/column is an integer.
  Result<int64_t> QueryInt(const std::string& sql, const std::vector<std::string>& params,
                           std::string_view what);

  std::string url_;
  StoreOptions options_;
  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::quiet_errorhandler> quiet_;
  bool in_batch_ = false;
  int64_t checked_run_id_ = 0;
  std::vector<PendingDocument> pending_;
  std::unordered_map<std::string, int64_t> pending_by_hash_;
  std::vector<int64_t> free_ids_;  // sequence values fetched ahead, used from the back
  BatchRaces races_;
};

std::string PgEventStore::RedactedUrl() const {
  // postgresql://user:secret@host/db -> postgresql://user:***@host/db
  size_t scheme = url_.find("://");
  size_t at = url_.find('@');
  if (scheme == std::string::npos || at == std::string::npos || at < scheme) return url_;
  size_t colon = url_.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url_;
  return url_.substr(0, colon + 1) + "***" + url_.substr(at);
}

Status PgEventStore::Initialise() {
  const std::string where = "PostgreSQL store '" + RedactedUrl() + "'";
  try {
    conn_ = std::make_unique<pqxx::connection>(url_);
  } catch (const std::exception& e) {
    return Status::IOError("cannot connect to " + where + ": " + TrimMessage(e.what()));
  }
  try {
    quiet_ = std::make_unique<pqxx::quiet_errorhandler>(*conn_);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    conn_->inhibit_reactivation(true);  // a lost connection is an error, not a silent reconnect
#pragma GCC diagnostic pop
    {
      pqxx::nontransaction n(*conn_);
      n.exec(
          "SET client_encoding = 'UTF8'; SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'; "
          "SET client_min_messages = 'warning'; SET application_name = 'entente'");
    }
    {
      pqxx::work w(*conn_, "open");
      w.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kMigrationLockKey) + ")");
      pqxx::result tables = w.exec(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = "
          "current_schema() AND table_name IN ('entente_meta', 'schema_version', 'documents', "
          "'sentences', 'events', 'runs')");
      std::set<std::string> have;
      for (const auto& row : tables) have.insert(row[0].c_str());
      int version = 0;
      if (have.count("entente_meta") && have.count("schema_version")) {
        version = w.exec1("SELECT COALESCE(MAX(version), 0) FROM schema_version")[0].as<int>();
        if (version > kStoreSchemaVersion) {
          return Status::Unsupported(where + " has schema version " + std::to_string(version) +
                                     ", newer than this build understands (" +
                                     std::to_string(kStoreSchemaVersion) + "); upgrade entente");
        }
      } else if (!have.empty()) {
        std::string names;
        for (const auto& n : have) names += (names.empty() ? "" : ", ") + n;
        return Status::Unsupported(where + " is not an entente database (it has tables named " +
                                   names + " but no entente_meta marker); use a database of its "
                                   "own");
      }
      if (version < kStoreSchemaVersion &&
          !(options_.read_only && version >= kStoreMinReadableVersion)) {
        if (options_.read_only) {
          return Status::Unsupported(version == 0 ? where + " is empty, not an entente database"
                                                  : where + " needs a schema upgrade; open it "
                                                            "writable");
        }
        if (version == 0 && !options_.create_if_missing) {
          return Status::NotFound(where + " has no entente tables");
        }
        ENTENTE_RETURN_IF_ERROR(Migrate(w, version));
      }
      w.commit();
    }
    if (options_.read_only) {
      pqxx::nontransaction n(*conn_);
      n.exec("SET default_transaction_read_only = on");
    } else {
      pqxx::nontransaction n(*conn_);
      n.exec(
          "CREATE TEMP TABLE IF NOT EXISTS entente_stage_documents (id BIGINT, ext_id TEXT, "
          "content_hash TEXT COLLATE \"C\", date DATE, title TEXT, source TEXT, url TEXT, "
          "origin TEXT, text TEXT, run BIGINT) ON COMMIT DELETE ROWS");
      n.exec(
          "CREATE TEMP TABLE IF NOT EXISTS entente_stage_events (date DATE, source TEXT, "
          "source_text TEXT, target TEXT, target_text TEXT, code TEXT, root TEXT, quad SMALLINT, "
          "goldstein DOUBLE PRECISION, verb_text TEXT, dataset TEXT COLLATE \"C\", "
          "ext_id TEXT COLLATE \"C\", num_mentions INTEGER, num_sources INTEGER, "
          "num_articles INTEGER, avg_tone DOUBLE PRECISION, source_url TEXT, geo_name TEXT, "
          "geo_country TEXT, geo_lat DOUBLE PRECISION, geo_lon DOUBLE PRECISION, origin TEXT) "
          "ON COMMIT DELETE ROWS");
    }
    conn_->prepare("find_hash", "SELECT id FROM documents WHERE content_hash = $1");
    conn_->prepare("run_exists", "SELECT COUNT(*) FROM runs WHERE id = $1");
  } catch (const std::exception& e) {
    return FromException(e, "opening " + where);
  }
  return Status::OK();
}

Status PgEventStore::Migrate(pqxx::work& w, int from) {
  if (from == 0) {
    w.exec("CREATE TABLE entente_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    w.exec("INSERT INTO entente_meta VALUES ('application', 'entente')");
    w.exec(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT "
        "NULL DEFAULT now(), description TEXT NOT NULL)");
  }
  for (const Migration& m : PostgresMigrations()) {
    if (m.version <= from) continue;
    w.exec(std::string(m.sql));
    w.exec_params("INSERT INTO schema_version(version, description) VALUES ($1, $2)", m.version,
                  std::string(m.description));
  }
  if (from >= 1 && from < 4) {  // events stored before deduplication: group them now
    ENTENTE_RETURN_IF_ERROR(GroupStoredMentions(PlaceholderStyle::kDollar, TxReader(w), TxWriter(w)));
  }
  return Status::OK();
}

Result<int> PgEventStore::SchemaVersion() {
  auto v = QueryInt("SELECT COALESCE(MAX(version), 0) FROM schema_version", {},
                    "reading the schema version");
  if (!v.ok()) return v.status();
  return static_cast<int>(*v);
}

Result<int64_t> PgEventStore::QueryInt(const std::string& sql,
                                       const std::vector<std::string>& params,
                                       std::string_view what) {
  try {
    pqxx::nontransaction n(*conn_);
    pqxx::result r = n.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
    if (r.empty() || r[0][0].is_null()) return int64_t{0};
    return r[0][0].as<int64_t>();
  } catch (const std::exception& e) {
    return FromException(e, what);
  }
}

Status PgEventStore::BeginBatch() {
  ENTENTE_RETURN_IF_ERROR(CheckWritable());
  if (in_batch_) return Status::InvalidArgument("BeginBatch: a batch is already open");
  in_batch_ = true;
  races_ = {};
  pending_.clear();
  pending_by_hash_.clear();
  return Status::OK();
}

Status PgEventStore::CommitBatch() {
  if (!in_batch_) return Status::InvalidArgument("CommitBatch: no batch is open");
  in_batch_ = false;
  return Flush();
}

Status PgEventStore::RollbackBatch() {
  if (!in_batch_) return Status::InvalidArgument("RollbackBatch: no batch is open");
  in_batch_ = false;
  pending_.clear();
  pending_by_hash_.clear();
  return Status::OK();
}

Result<int64_t> PgEventStore::NextDocumentId() {
  if (free_ids_.empty()) {
    try {
      pqxx::nontransaction n(*conn_);
      pqxx::result r = n.exec(
          "SELECT nextval(pg_get_serial_sequence('documents', 'id')) FROM generate_series(1, 256)");
      for (auto it = r.rbegin(); it != r.rend(); ++it) free_ids_.push_back((*it)[0].as<int64_t>());
    } catch (const std::exception& e) {
      return FromException(e, "allocating document ids");
    }
  }
  int64_t id = free_ids_.back();
  free_ids_.pop_back();
  return id;
}

Result<PutResult> PgEventStore::PutDocument(const Document& doc,
                                            const std::vector<SentenceSpan>& sentences,
                                            const std::vector<Event>& events,
                                            const Provenance& provenance) {
  ENTENTE_RETURN_IF_ERROR(CheckWritable());
  ENTENTE_RETURN_IF_ERROR(ValidateDocumentInput(doc, sentences, events));
  auto where = [&](std::string_view what) {
    return "document '" + doc.id + "': " + std::string(what);
  };
  // Everything PostgreSQL will be given must be valid UTF-8 without NUL bytes.
  auto text_ok = [&](std::string_view field, std::string_view value) -> Status {
    if (PgText(value)) return Status::OK();
    return Status::InvalidArgument(where(std::string(field) + " is not valid UTF-8 or holds a "
                                         "NUL byte, which PostgreSQL cannot store"));
  };
  for (auto [field, value] : {std::pair{"id", std::string_view(doc.id)},
                              std::pair{"text", std::string_view(doc.text)},
                              std::pair{"title", std::string_view(doc.title)},
                              std::pair{"source", std::string_view(doc.source)},
                              std::pair{"url", std::string_view(doc.url)},
                              std::pair{"origin", std::string_view(doc.origin)},
                              std::pair{"dictionary fingerprint",
                                        std::string_view(provenance.dict_fingerprint)},
                              std::pair{"coder version",
                                        std::string_view(provenance.coder_version)}}) {
    ENTENTE_RETURN_IF_ERROR(text_ok(field, value));
  }
  for (const SentenceSpan& s : sentences) ENTENTE_RETURN_IF_ERROR(text_ok("a sentence", s.text));
  for (const Event& e : events) {
    for (std::string_view v : {std::string_view(e.source_text), std::string_view(e.target_text),
                               std::string_view(e.verb_text), std::string_view(e.pattern_id),
                               std::string_view(e.sentence_text)}) {
      ENTENTE_RETURN_IF_ERROR(text_ok("an event", v));
    }
  }
  if (provenance.run_id && *provenance.run_id != checked_run_id_) {
    try {
      pqxx::nontransaction n(*conn_);
      if (n.exec_prepared1("run_exists", *provenance.run_id)[0].as<int64_t>() == 0) {
        return Status::InvalidArgument(
            where("no run " + std::to_string(*provenance.run_id) + " (call StartRun first)"));
      }
    } catch (const std::exception& e) {
      return FromException(e, "looking up the run");
    }
    checked_run_id_ = *provenance.run_id;
  }

  PutResult out;
  out.content_hash = ContentHash(doc.text);
  if (auto it = pending_by_hash_.find(out.content_hash); it != pending_by_hash_.end()) {
    out.document_id = it->second;
    out.already_present = true;
    return out;
  }
  try {
    pqxx::nontransaction n(*conn_);
    pqxx::result r = n.exec_prepared("find_hash", out.content_hash);
    if (!r.empty()) {
      out.document_id = r[0][0].as<int64_t>();
      out.already_present = true;
      return out;
    }
  } catch (const std::exception& e) {
    return FromException(e, "looking up the document");
  }
  auto id = NextDocumentId();
  if (!id.ok()) return id.status();
  out.document_id = *id;

  PendingDocument p;
  p.id = *id;
  p.hash = out.content_hash;
  std::string& row = p.row;
  CopyInt(row, p.id);
  row += '\t';
  CopyText(row, doc.id);
  row += '\t';
  row += p.hash;
  row += '\t';
  if (doc.date) row += doc.date->ToString(); else CopyNull(row);
  for (const std::string* f : {&doc.title, &doc.source, &doc.url, &doc.origin, &doc.text}) {
    row += '\t';
    CopyText(row, *f);
  }
  row += '\t';
  if (provenance.run_id) CopyInt(row, *provenance.run_id); else CopyNull(row);

  auto sentence_row = [&](int32_t idx, uint32_t start, uint32_t end, std::string_view text) {
    std::string s;
    CopyInt(s, p.id);
    s += '\t';
    CopyInt(s, idx);
    s += '\t';
    CopyInt(s, start);
    s += '\t';
    CopyInt(s, end);
    s += '\t';
    CopyText(s, text);
    p.sentences.push_back(std::move(s));
  };
  std::set<int32_t> have;
  for (const SentenceSpan& span : sentences) {
    have.insert(span.index);
    sentence_row(span.index, span.start, span.end, span.text);
  }
  for (const Event& e : events) {
    if (have.insert(e.sentence).second) sentence_row(e.sentence, e.start, e.end, e.sentence_text);
  }
  for (const Event& e : events) {
    std::string s;
    CopyInt(s, p.id);
    for (int64_t v : {int64_t{e.sentence}, int64_t{e.start}, int64_t{e.end}}) {
      s += '\t';
      CopyInt(s, v);
    }
    s += '\t';
    s += e.date.ToString();
    for (std::string_view v : {std::string_view(e.source.str()), std::string_view(e.source_text),
                               std::string_view(e.target.str()), std::string_view(e.target_text),
                               e.code.str(), e.code.root()}) {
      s += '\t';
      CopyText(s, v);
    }
    s += '\t';
    CopyInt(s, static_cast<uint8_t>(e.quad));
    s += '\t';
    CopyOpt(s, e.goldstein);
    s += '\t';
    CopyInt(s, static_cast<uint8_t>(e.status));
    for (std::string_view v : {std::string_view(e.verb_text), std::string_view(e.pattern_id),
                               std::string_view(provenance.dict_fingerprint),
                               std::string_view(provenance.coder_version)}) {
      s += '\t';
      CopyText(s, v);
    }
    p.events.push_back(std::move(s));
    p.groups.insert(GroupOf(e));
  }
  out.sentences_added = static_cast<int32_t>(p.sentences.size());
  out.events_added = static_cast<int32_t>(p.events.size());
  pending_by_hash_.emplace(p.hash, p.id);
  pending_.push_back(std::move(p));

  if (!in_batch_) {
    races_ = {};
    Status st = Flush();
    if (!st.ok()) return st.WithContext(where("not stored"));
    if (races_.documents > 0) {  // another writer stored the same text a moment earlier
      auto found = FindDocumentByHash(out.content_hash);
      if (!found.ok()) return found.status();
      out.document_id = found->value_or(0);
      out.already_present = true;
      out.sentences_added = 0;
      out.events_added = 0;
    }
  }
  return out;
}

Status PgEventStore::Flush() {
  std::vector<PendingDocument> docs = std::move(pending_);
  pending_.clear();
  pending_by_hash_.clear();
  if (docs.empty()) return Status::OK();
  try {
    pqxx::work w(*conn_, "batch");
    std::vector<std::string> rows;
    rows.reserve(docs.size());
    for (const PendingDocument& d : docs) rows.push_back(d.row);
    CopyRows(w, "entente_stage_documents", kStageDocumentColumns, rows);
    pqxx::result inserted = w.exec(
        "INSERT INTO documents (id, ext_id, content_hash, date, title, source, url, origin, "
        "text, run) SELECT id, ext_id, content_hash, date, title, source, url, origin, text, run "
        "FROM entente_stage_documents ORDER BY content_hash ON CONFLICT (content_hash) DO "
        "NOTHING RETURNING id");
    std::set<int64_t> ids;
    for (const auto& r : inserted) ids.insert(r[0].as<int64_t>());
    std::vector<std::string> sentence_rows, event_rows;
    std::set<MentionGroup> groups;
    for (const PendingDocument& d : docs) {
      if (!ids.count(d.id)) {
        ++races_.documents;
        races_.sentences += static_cast<int64_t>(d.sentences.size());
        races_.events += static_cast<int64_t>(d.events.size());
        continue;
      }
      sentence_rows.insert(sentence_rows.end(), d.sentences.begin(), d.sentences.end());
      event_rows.insert(event_rows.end(), d.events.begin(), d.events.end());
      groups.insert(d.groups.begin(), d.groups.end());
    }
    CopyRows(w, "sentences", kSentenceColumns, sentence_rows);
    CopyRows(w, "events", kEventInsertColumns, event_rows);
    if (!groups.empty()) {
      // One writer regroups at a time; under READ COMMITTED each statement after the lock sees
      // every mention committed by writers that regrouped before, so the last one to regroup a
      // group sees all of its mentions.
      w.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kRegroupLockKey) + ")");
      Status st = RegroupMentions(groups, PlaceholderStyle::kDollar, TxReader(w), TxWriter(w));
      if (!st.ok()) {
        races_ = {};
        return st.WithContext("grouping mentions");  // the transaction is rolled back
      }
    }
    w.commit();
  } catch (const std::exception& e) {
    races_ = {};
    return FromException(e, "writing a batch of " + std::to_string(docs.size()) + " documents");
  }
  return Status::OK();
}

Result<ImportPutResult> PgEventStore::PutImportedEvents(const std::vector<ImportedEvent>& events) {
  ENTENTE_RETURN_IF_ERROR(CheckWritable());
  if (in_batch_) {
    return Status::InvalidArgument("PutImportedEvents: a batch is open (imports are their own "
                                   "transaction)");
  }
  ENTENTE_RETURN_IF_ERROR(ValidateImportedEvents(events));
  ImportPutResult out;
  if (events.empty()) return out;
  std::vector<std::string> rows;
  rows.reserve(events.size());
  for (const ImportedEvent& e : events) {
    const ExternalEventInfo& x = e.info;
    for (std::string_view v :
         {std::string_view(e.source_name), std::string_view(e.target_name),
          std::string_view(e.event_text), std::string_view(x.external_id),
          std::string_view(x.source_url), std::string_view(x.geo_name),
          std::string_view(x.geo_country), std::string_view(x.origin)}) {
      if (!PgText(v)) {
        return Status::InvalidArgument("imported event at " + x.origin +
                                       ": text is not valid UTF-8 or holds a NUL byte");
      }
    }
    std::string s = e.date.ToString();
    for (std::string_view v : {std::string_view(e.source.str()), std::string_view(e.source_name),
                               std::string_view(e.target.str()), std::string_view(e.target_name),
                               e.code.str(), e.code.root()}) {
      s += '\t';
      CopyText(s, v);
    }
    s += '\t';
    CopyInt(s, static_cast<uint8_t>(e.quad));
    s += '\t';
    CopyOpt(s, e.goldstein);
    for (std::string_view v : {std::string_view(e.event_text), std::string_view(x.dataset),
                               std::string_view(x.external_id)}) {
      s += '\t';
      CopyText(s, v);
    }
    for (const auto* v : {&x.num_mentions, &x.num_sources, &x.num_articles}) {
      s += '\t';
      CopyOpt(s, *v);
    }
    s += '\t';
    CopyOpt(s, x.avg_tone);
    for (std::string_view v : {std::string_view(x.source_url), std::string_view(x.geo_name),
                               std::string_view(x.geo_country)}) {
      s += '\t';
      CopyText(s, v);
    }
    s += '\t';
    CopyOpt(s, x.geo_lat);
    s += '\t';
    CopyOpt(s, x.geo_lon);
    s += '\t';
    CopyText(s, x.origin);
    rows.push_back(std::move(s));
  }
  try {
    pqxx::work w(*conn_, "import");
    CopyRows(w, "entente_stage_events", kStageImportedColumns, rows);
    pqxx::result r = w.exec(
        "INSERT INTO events (date, source, source_text, target, target_text, code, root, quad, "
        "goldstein, status, verb_text, dataset, ext_id, num_mentions, num_sources, num_articles, "
        "avg_tone, source_url, geo_name, geo_country, geo_lat, geo_lon, origin) "
        "SELECT date, source, source_text, target, target_text, code, root, quad, goldstein, 0, "
        "verb_text, dataset, ext_id, num_mentions, num_sources, num_articles, avg_tone, "
        "source_url, geo_name, geo_country, geo_lat, geo_lon, origin FROM entente_stage_events "
        "ORDER BY dataset, ext_id ON CONFLICT DO NOTHING");
    w.commit();
    out.added = static_cast<int64_t>(r.affected_rows());
  } catch (const std::exception& e) {
    return FromException(e, "importing " + std::to_string(events.size()) + " events");
  }
  out.already_present = static_cast<int64_t>(events.size()) - out.added;
  return out;
}

Result<StoredDocument> PgEventStore::GetDocument(int64_t document_id) {
  try {
    pqxx::work w(*conn_, "get_document");
    pqxx::result r = w.exec_params(
        std::string("SELECT ext_id, content_hash, date::text, title, source, url, origin, text, "
                    "to_char(ingested_at AT TIME ZONE 'UTC', ") +
            kTimestampFormat + "), run FROM documents WHERE id = $1",
        document_id);
    if (r.empty()) {
      return Status::NotFound("no document with store id " + std::to_string(document_id));
    }
    const pqxx::row row = r[0];
    StoredDocument out;
    out.id = document_id;
    out.document.id = row[0].c_str();
    out.content_hash = row[1].c_str();
    if (!row[2].is_null()) {
      auto date = Date::Parse(row[2].c_str());
      if (!date.ok()) {
        return Status::Corruption("document " + std::to_string(document_id) + ": stored date '" +
                                  row[2].c_str() + "' is invalid");
      }
      out.document.date = *date;
    }
    out.document.title = row[3].c_str();
    out.document.source = row[4].c_str();
    out.document.url = row[5].c_str();
    out.document.origin = row[6].c_str();
    out.document.text.assign(row[7].c_str(), row[7].size());
    out.ingested_at = row[8].c_str();
    if (!row[9].is_null()) out.run_id = row[9].as<int64_t>();
    pqxx::result sents = w.exec_params(
        "SELECT idx, start, \"end\", text FROM sentences WHERE doc = $1 ORDER BY idx",
        document_id);
    for (const auto& s : sents) {
      SentenceSpan span;
      span.index = s[0].as<int32_t>();
      span.start = s[1].as<uint32_t>();
      span.end = s[2].as<uint32_t>();
      span.text.assign(s[3].c_str(), s[3].size());
      out.sentences.push_back(std::move(span));
    }
    return out;
  } catch (const std::exception& e) {
    return FromException(e, "reading a document");
  }
}

Result<std::optional<int64_t>> PgEventStore::FindDocumentByHash(std::string_view content_hash) {
  if (content_hash.find('\0') != std::string_view::npos || !PgText(content_hash)) {
    return std::optional<int64_t>();
  }
  try {
    pqxx::nontransaction n(*conn_);
    pqxx::result r = n.exec_prepared("find_hash", std::string(content_hash));
    if (r.empty()) return std::optional<int64_t>();
    return std::optional<int64_t>(r[0][0].as<int64_t>());
  } catch (const std::exception& e) {
    return FromException(e, "looking up a document");
  }
}

Result<std::vector<int64_t>> PgEventStore::FindDocumentsByExtId(std::string_view ext_id) {
  std::vector<int64_t> out;
  if (!PgText(ext_id)) return out;
  try {
    pqxx::nontransaction n(*conn_);
    pqxx::result r = n.exec_params("SELECT id FROM documents WHERE ext_id = $1 ORDER BY id",
                                   std::string(ext_id));
    for (const auto& row : r) out.push_back(row[0].as<int64_t>());
    return out;
  } catch (const std::exception& e) {
    return FromException(e, "looking up documents");
  }
}

Status PgEventStore::ForEachEvent(const EventQuery& query,
                                  const std::function<Status(const StoredEvent&)>& fn) {
  SqlParams params(PlaceholderStyle::kDollar);
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
  std::vector<std::string> values = SqlStrings(params);
  for (const std::string& v : values) {
    if (!PgText(v)) return Status::OK();  // cannot match anything stored
  }
  try {
    pqxx::read_transaction w(*conn_, "events");
    w.exec_params("DECLARE entente_events NO SCROLL CURSOR FOR " + sql,
                  pqxx::prepare::make_dynamic_params(values));
    StoredEvent row;
    while (true) {
      pqxx::result batch = w.exec("FETCH 2000 FROM entente_events");
      if (batch.empty()) break;
      for (const auto& r : batch) {
        ENTENTE_RETURN_IF_ERROR(DecodeEventRow(PgRow(r), query.with_sentence_text, &row));
        ENTENTE_RETURN_IF_ERROR(fn(row));
      }
    }
    w.exec("CLOSE entente_events");
    w.commit();
  } catch (const std::exception& e) {
    return FromException(e, "querying events");
  }
  return Status::OK();
}

Result<std::vector<StoredEvent>> PgEventStore::QueryEvents(const EventQuery& query) {
  std::vector<StoredEvent> out;
  Status st = ForEachEvent(query, [&out](const StoredEvent& e) {
    out.push_back(e);
    return Status::OK();
  });
  if (!st.ok()) return st;
  return out;
}

Result<StoreCounts> PgEventStore::Counts() {
  try {
    pqxx::read_transaction w(*conn_, "counts");
    pqxx::row r = w.exec1(
        "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM sentences), "
        "(SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM events WHERE doc IS NULL), "
        "(SELECT COUNT(*) FROM events WHERE dup_of IS NULL)");
    StoreCounts c;
    c.documents = r[0].as<int64_t>();
    c.sentences = r[1].as<int64_t>();
    c.events = r[2].as<int64_t>();
    c.imported_events = r[3].as<int64_t>();
    c.distinct_events = r[4].as<int64_t>();
    return c;
  } catch (const std::exception& e) {
    return FromException(e, "counting");
  }
}

Result<int64_t> PgEventStore::CountEvents(const EventQuery& query) {
  SqlParams params(PlaceholderStyle::kDollar);
  bool needs_documents = false;
  auto where = EventWhereClause(query, params, &needs_documents);
  if (!where.ok()) return where.status();
  std::vector<std::string> values = SqlStrings(params);
  for (const std::string& v : values) {
    if (!PgText(v)) return int64_t{0};
  }
  std::string sql = "SELECT COUNT(*) FROM events e";
  if (needs_documents) sql += " JOIN documents d ON d.id = e.doc";
  sql += " WHERE " + *where;
  return QueryInt(sql, values, "counting events");
}

RowRunner PgEventStore::Runner() {
  return [this](const std::string& sql, const SqlParams& params,
                const std::function<Status(const RowAccess&)>& per_row) -> Status {
    std::vector<std::string> values = SqlStrings(params);
    for (const std::string& v : values) {
      if (!PgText(v)) return Status::OK();  // no stored text holds what PostgreSQL cannot store
    }
    try {
      pqxx::nontransaction n(*conn_);
      pqxx::result r = n.exec_params(sql, pqxx::prepare::make_dynamic_params(values));
      for (const auto& row : r) ENTENTE_RETURN_IF_ERROR(per_row(PgRow(row)));
      return Status::OK();
    } catch (const std::exception& e) {
      return FromException(e, "reading events by day");
    }
  };
}

Result<std::vector<RootCount>> PgEventStore::CountEventsByRoot(const EventQuery& query) {
  SqlParams params(PlaceholderStyle::kDollar);
  bool needs_documents = false;
  auto where = EventWhereClause(query, params, &needs_documents);
  if (!where.ok()) return where.status();
  std::vector<RootCount> out;
  std::vector<std::string> values = SqlStrings(params);
  for (const std::string& v : values) {
    if (!PgText(v)) return out;
  }
  std::string sql = "SELECT e.root, COUNT(*) FROM events e";
  if (needs_documents) sql += " JOIN documents d ON d.id = e.doc";
  sql += " WHERE " + *where + " GROUP BY e.root ORDER BY e.root";
  try {
    pqxx::nontransaction n(*conn_);
    pqxx::result r = n.exec_params(sql, pqxx::prepare::make_dynamic_params(values));
    for (const auto& row : r) out.push_back(RootCount{row[0].c_str(), row[1].as<int64_t>()});
    return out;
  } catch (const std::exception& e) {
    return FromException(e, "counting events by root");
  }
}

Result<std::vector<DyadCount>> PgEventStore::TopDyads(const EventQuery& query,
                                                      const TopDyadsOptions& options) {
  if (options.limit < 0) return Status::InvalidArgument("TopDyads: limit must not be negative");
  SqlParams params(PlaceholderStyle::kDollar);
  bool needs_documents = false;
  auto where = EventWhereClause(query, params, &needs_documents);
  if (!where.ok()) return where.status();
  // As on SQLite: country level is the first three characters, but six for organisations and
  // groups ("IGOEUR", "IGOWST"); actors of unknown country ("---GOV") are left out.
  auto level = [](const char* col) {
    return std::string("(CASE WHEN substr(") + col + ", 1, 3) IN ('IGO', 'NGO', 'IMG', 'MNC') "
           "THEN substr(" + col + ", 1, 6) ELSE substr(" + col + ", 1, 3) END)";
  };
  const std::string src = level("e.source");
  const std::string tgt = level("e.target");
  std::string a = options.directed ? src : "LEAST(" + src + ", " + tgt + ")";
  std::string b = options.directed ? tgt : "GREATEST(" + src + ", " + tgt + ")";
  std::string sql = "SELECT " + a + " AS a, " + b + " AS b, COUNT(*) AS n FROM events e";
  if (needs_documents) sql += " JOIN documents d ON d.id = e.doc";
  sql += " WHERE " + *where + " AND e.source <> '' AND e.target <> '' AND e.source NOT LIKE '-%'" +
         " AND e.target NOT LIKE '-%' AND " + src + " <> " + tgt +
         " GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT " + params.Add(int64_t{options.limit});
  std::vector<DyadCount> out;
  std::vector<std::string> values = SqlStrings(params);
  for (const std::string& v : values) {
    if (!PgText(v)) return out;
  }
  try {
    pqxx::nontransaction n(*conn_);
    pqxx::result r = n.exec_params(sql, pqxx::prepare::make_dynamic_params(values));
    for (const auto& row : r) {
      out.push_back(DyadCount{row[0].c_str(), row[1].c_str(), row[2].as<int64_t>()});
    }
    return out;
  } catch (const std::exception& e) {
    return FromException(e, "counting dyads");
  }
}

Result<int64_t> PgEventStore::StartRun(const RunInfo& info) {
  ENTENTE_RETURN_IF_ERROR(CheckWritable());
  for (const std::string* s : {&info.command, &info.dict_fingerprint, &info.coder_version}) {
    if (!PgText(*s)) return Status::InvalidArgument("run info is not valid UTF-8");
  }
  try {
    pqxx::work w(*conn_, "start_run");
    pqxx::row r = w.exec_params1(
        "INSERT INTO runs(command, dict_fingerprint, coder_version) VALUES ($1, $2, $3) "
        "RETURNING id",
        info.command, info.dict_fingerprint, info.coder_version);
    w.commit();
    return r[0].as<int64_t>();
  } catch (const std::exception& e) {
    return FromException(e, "starting a run");
  }
}

Status PgEventStore::FinishRun(int64_t run_id, const RunCounts& counts) {
  ENTENTE_RETURN_IF_ERROR(CheckWritable());
  try {
    pqxx::work w(*conn_, "finish_run");
    pqxx::result r = w.exec_params(
        "UPDATE runs SET finished = now(), documents_seen = $2, documents_added = $3, "
        "documents_skipped = $4, events_added = $5, errors = $6 WHERE id = $1",
        run_id, counts.documents_seen, counts.documents_added, counts.documents_skipped,
        counts.events_added, counts.errors);
    w.commit();
    if (r.affected_rows() == 0) return Status::NotFound("no run " + std::to_string(run_id));
  } catch (const std::exception& e) {
    return FromException(e, "finishing a run");
  }
  return Status::OK();
}

Result<std::vector<RunRecord>> PgEventStore::ListRuns() {
  try {
    pqxx::nontransaction n(*conn_);
    pqxx::result r = n.exec(
        std::string("SELECT id, to_char(started AT TIME ZONE 'UTC', ") + kTimestampFormat +
        "), COALESCE(to_char(finished AT TIME ZONE 'UTC', " + kTimestampFormat +
        "), ''), command, dict_fingerprint, coder_version, documents_seen, documents_added, "
        "documents_skipped, events_added, errors FROM runs ORDER BY id");
    std::vector<RunRecord> out;
    for (const auto& row : r) {
      RunRecord rec;
      rec.id = row[0].as<int64_t>();
      rec.started = row[1].c_str();
      rec.finished = row[2].c_str();
      rec.info.command = row[3].c_str();
      rec.info.dict_fingerprint = row[4].c_str();
      rec.info.coder_version = row[5].c_str();
      rec.counts.documents_seen = row[6].as<int64_t>();
      rec.counts.documents_added = row[7].as<int64_t>();
      rec.counts.documents_skipped = row[8].as<int64_t>();
      rec.counts.events_added = row[9].as<int64_t>();
      rec.counts.errors = row[10].as<int64_t>();
      out.push_back(std::move(rec));
    }
    return out;
  } catch (const std::exception& e) {
    return FromException(e, "listing runs");
  }
}

}  // namespace

bool HavePostgres() { return true; }

Result<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& url,
                                                      const StoreOptions& options) {
  auto store = std::make_unique<PgEventStore>(url, options);
  Status st = store->Initialise();
  if (!st.ok()) return st;
  return std::unique_ptr<EventStore>(std::move(store));
}

}  // namespace entente::store_internal

#else  // !ENTENTE_HAVE_POSTGRES

namespace entente::store_internal {

bool HavePostgres() { return false; }

Result<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& url,
                                                      const StoreOptions& options) {
  (void)url;
  (void)options;
  return Status::Unsupported(
      "this entente was built without PostgreSQL support (configure with "
      "ENTENTE_WITH_POSTGRES=ON and libpqxx installed)");
}

}  // namespace entente::store_internal

#endif  // ENTENTE_HAVE_POSTGRES
