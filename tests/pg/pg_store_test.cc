// Copyright 2026 The entente Authors. Apache-2.0.
//
// The PostgreSQL backend against a real server (label `pg`).
//
// The heart is a differential test: one scenario of store operations (documents, batches,
// idempotence, malformed input, every query filter, hostile values, counts, dyads, runs, imported
// events) runs on SQLite and on PostgreSQL, each step writing a line of what it observed; the two
// transcripts must be identical.  The SQLite unit tests (src/store/store_test.cc) pin down what
// the lines must say, so equal transcripts mean PostgreSQL behaves as specified.  Then what only
// PostgreSQL has: versioned migrations and refusals of foreign or newer databases, and writers in
// several threads at once.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <cstdio>
#include <functional>
#include <set>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "entente/store.h"
#include "pg_test_util.h"
#include "store/pg_migrations.h"
#include "store/sqlite_migrations.h"
#include "store/store_test_util.h"

namespace entente {
namespace {

using testing::FreshDatabase;
using testing::SharedServer;

using store_test_util::D;
using store_test_util::MakeDoc;
using store_test_util::MakeEvent;
using store_test_util::MakeImported;




std::string Opt(const std::optional<double>& v) {
  if (!v) return "null";
  std::ostringstream ss;
  ss << *v;
  return ss.str();
}
std::string Opt(const std::optional<int32_t>& v) { return v ? std::to_string(*v) : "null"; }

// Everything about a stored event except its store ids (which backends may number differently).
std::string Describe(const StoredEvent& se) {
  const Event& e = se.event;
  const ExternalEventInfo& x = se.external;
  std::ostringstream ss;
  ss << e.verb_text << "|" << e.doc_id << "|" << se.doc_title << "|" << e.sentence << "|"
     << e.start << "-" << e.end << "|" << e.date.ToString() << "|" << e.source.str() << "|"
     << e.source_text << "|" << e.target.str() << "|" << e.target_text << "|" << e.code.str()
     << "|" << static_cast<int>(e.quad) << "|" << Opt(e.goldstein) << "|"
     << EventStatusName(e.status) << "|" << e.pattern_id << "|" << e.sentence_text << "|"
     << se.dict_fingerprint << "|" << se.coder_version << "|" << x.dataset << "|"
     << x.external_id << "|" << Opt(x.num_mentions) << "|" << Opt(x.num_sources) << "|"
     << Opt(x.num_articles) << "|" << Opt(x.avg_tone) << "|" << x.source_url << "|"
     << x.geo_name << "|" << x.geo_country << "|" << Opt(x.geo_lat) << "|" << Opt(x.geo_lon)
     << "|" << x.origin << "|doc=" << (se.document_id != 0);
  return ss.str();
}

std::string StatusLine(const Status& s) {
  return s.ok() ? "OK" : std::string(ErrorCodeName(s.code()));
}

// Runs the scenario on `store`, returning what each step observed.
std::vector<std::string> Scenario(EventStore& store) {
  std::vector<std::string> t;
  auto note = [&](std::string line) { t.push_back(std::move(line)); };
  auto counts = [&](const std::string& when) {
    auto c = store.Counts();
    if (!c.ok()) return note(when + " counts: " + c.status().ToString());
    note(when + " counts: documents " + std::to_string(c->documents) + " sentences " +
         std::to_string(c->sentences) + " events " + std::to_string(c->events) + " imported " +
         std::to_string(c->imported_events));
  };
  auto put = [&](const std::string& label, const Document& doc,
                 const std::vector<SentenceSpan>& sentences, const std::vector<Event>& events,
                 const Provenance& prov = {}) {
    auto r = store.PutDocument(doc, sentences, events, prov);
    if (!r.ok()) return note(label + ": " + StatusLine(r.status()));
    note(label + ": present=" + std::to_string(r->already_present) + " sentences=" +
         std::to_string(r->sentences_added) + " events=" + std::to_string(r->events_added) +
         " hash=" + r->content_hash.substr(0, 12));
  };
  auto query = [&](const std::string& label, const EventQuery& q, bool ordered) {
    auto rows = store.QueryEvents(q);
    if (!rows.ok()) return note(label + ": " + rows.status().ToString());
    std::vector<std::string> lines;
    for (const StoredEvent& se : *rows) lines.push_back(Describe(se));
    if (!ordered) std::sort(lines.begin(), lines.end());
    note(label + ": " + std::to_string(lines.size()) + " events");
    for (auto& l : lines) note("  " + l);
    auto n = store.CountEvents(q);
    note(label + " count: " + (n.ok() ? std::to_string(*n) : n.status().ToString()));
  };

  note("schema version " + std::to_string(store.SchemaVersion().value()));
  counts("empty");

  // Round trip of a two-sentence document.
  const std::string text =
      "Xi Jinping visited Moscow on Wednesday. Russia and China signed 30 deals worth $20 billion.";
  std::vector<SentenceSpan> spans = {{0, 0, 39, text.substr(0, 39)},
                                     {1, 40, static_cast<uint32_t>(text.size()), text.substr(40)}};
  Event visit = MakeEvent("visited", "CHNGOV", "RUS", "042", "2019-06-05", EventStatus::kAsserted,
                          1.9);
  visit.doc_id = "d1";
  visit.end = 39;
  visit.sentence_text = spans[0].text;
  Event sign = MakeEvent("signed", "RUS", "CHN", "057", "2019-06-05", EventStatus::kAsserted, 8.0);
  sign.sentence = 1;
  sign.start = 40;
  sign.end = static_cast<uint32_t>(text.size());
  Event sign2 = sign;
  sign2.goldstein = std::nullopt;
  sign2.status = EventStatus::kHypothetical;
  sign2.verb_text = "signed-2";
  auto run = store.StartRun({"entente ingest corpus/", "fp-9", "0.1.0"});
  note("start run: " + StatusLine(run.status()));
  put("round trip", MakeDoc("d1", text), spans, {visit, sign, sign2},
      {"fp-1234", "coder-0.1", run.ok() ? std::optional<int64_t>(*run) : std::nullopt});
  counts("after round trip");
  auto ids = store.FindDocumentsByExtId("d1");
  if (ids.ok() && ids->size() == 1) {
    auto doc = store.GetDocument((*ids)[0]);
    if (doc.ok()) {
      note("document: " + doc->document.id + "|" + doc->document.text + "|" +
           doc->document.date->ToString() + "|" + doc->document.title + "|" +
           doc->document.source + "|" + doc->document.url + "|" + doc->document.origin + "|" +
           doc->content_hash + "|" + std::to_string(doc->ingested_at.size()) + "|run " +
           std::to_string(doc->run_id.has_value()));
      for (const auto& s : doc->sentences) {
        note("  sentence " + std::to_string(s.index) + " " + std::to_string(s.start) + "-" +
             std::to_string(s.end) + " " + s.text);
      }
    } else {
      note("document: " + doc.status().ToString());
    }
    auto by_hash = store.FindDocumentByHash(ContentHash(text));
    note("by hash found: " + std::to_string(by_hash.ok() && by_hash->value_or(-1) == (*ids)[0]));
  } else {
    note("documents by ext id: " + (ids.ok() ? std::to_string(ids->size()) : ids.status().ToString()));
  }
  note("missing document: " + StatusLine(store.GetDocument(987654).status()));
  note("missing hash: " +
       std::to_string(store.FindDocumentByHash(ContentHash("never stored"))->has_value()));

  // Idempotence.
  put("same text again", MakeDoc("d1", text), spans, {visit});
  put("same text, other id", MakeDoc("copy", "  " + text + "\n"), {}, {});
  put("undated", MakeDoc("nodate", "Undated text.", std::nullopt), {}, {});
  EventQuery all;
  all.statuses.clear();
  all.order = EventOrder::kId;
  query("all after round trip", all, true);

  // Batches: 30 documents, then the same 30 again (nothing added), then a rolled-back batch.
  for (int pass = 0; pass < 2; ++pass) {
    note("begin: " + StatusLine(store.BeginBatch()));
    int added = 0, present = 0;
    for (int i = 0; i < 30; ++i) {
      auto r = store.PutDocument(MakeDoc("b" + std::to_string(i), "Batch text " + std::to_string(i)),
                                 {}, {MakeEvent("batch", "USA", "CHN", "042", "2019-06-05")});
      if (!r.ok()) {
        note("batch put failed: " + r.status().ToString());
        continue;
      }
      (r->already_present ? present : added) += 1;
    }
    // The same text twice inside one batch.
    auto twice = store.PutDocument(MakeDoc("b0-again", "Batch text 0"), {}, {});
    note("twice in a batch: present=" + std::to_string(twice.ok() && twice->already_present));
    note("commit: " + StatusLine(store.CommitBatch()));
    note("pass " + std::to_string(pass) + ": added " + std::to_string(added) + " present " +
         std::to_string(present));
  }
  note("begin: " + StatusLine(store.BeginBatch()));
  put("in rolled-back batch", MakeDoc("rb", "Rolled back."), {}, {});
  note("rollback: " + StatusLine(store.RollbackBatch()));
  counts("after batches");

  // Misuse and malformed input.
  note("commit without begin: " + StatusLine(store.CommitBatch()));
  note("rollback without begin: " + StatusLine(store.RollbackBatch()));
  note("begin: " + StatusLine(store.BeginBatch()));
  note("nested begin: " + StatusLine(store.BeginBatch()));
  note("commit: " + StatusLine(store.CommitBatch()));
  Event outside = MakeEvent("x", "USA", "CHN", "042", "2019-06-05");
  outside.end = 100;
  put("offsets outside", MakeDoc("bad", "Short."), {}, {outside});
  Event foreign = MakeEvent("x", "USA", "CHN", "042", "2019-06-05");
  foreign.doc_id = "another";
  put("foreign event", MakeDoc("bad", "Short."), {}, {foreign});
  put("inverted sentence", MakeDoc("bad", "Short."), {{0, 3, 2, ""}}, {});
  put("duplicate sentence index", MakeDoc("bad", "Second text."),
      {{0, 0, 3, "Sec"}, {0, 4, 6, "on"}}, {});
  put("unknown run", MakeDoc("bad", "Short."), {}, {}, {"", "", 424242});
  counts("after malformed input");

  // The query fixture of store_test.cc: ten events e1..e10 over three documents.
  using S = EventStatus;
  put("doc-a", MakeDoc("doc-a", "Text A."), {},
      {MakeEvent("e1", "CHNGOV", "RUSGOV", "042", "2019-06-05", S::kAsserted, 1.9),
       MakeEvent("e2", "RUSGOV", "CHNGOV", "051", "2019-06-06", S::kAsserted, 3.4),
       MakeEvent("e3", "RUS", "CHN", "057", "2019-06-07", S::kNegated, 8.0),
       MakeEvent("e4", "USAGOV", "CHNGOV", "112", "2019-05-10", S::kAsserted, -2.0)});
  put("doc-b", MakeDoc("doc-b", "Text B."), {},
      {MakeEvent("e5", "USA", "CHN", "172", "2019-05-13", S::kAsserted, -5.0),
       MakeEvent("e6", "USAMIL", "RUSMIL", "190", "2018-12-31", S::kHypothetical, -10.0),
       MakeEvent("e7", "CHN", "CHNMIL", "043", "2019-01-02", S::kAsserted, 2.8),
       MakeEvent("e8", "RUS", "", "010", "2019-02-01", S::kAsserted, 0.0)});
  put("doc-c", MakeDoc("doc-c", "Text C."), {},
      {MakeEvent("e9", "RUSBUS", "CHNBUS", "0611", "2019-06-05", S::kIntended, 6.4),
       MakeEvent("e10", "RUSGOV", "USAGOV", "130", "2019-03-03", S::kReported, -4.4)});
  // Organisations and actors of unknown country, which the dyad counts treat specially.
  put("doc-d", MakeDoc("doc-d", "Text D."), {},
      {MakeEvent("e11", "IGOEUREEC", "RUSGOV", "163", "2019-04-01", S::kAsserted, -8.0),
       MakeEvent("e12", "IGOWSTNAT", "RUS", "111", "2019-04-02", S::kAsserted, -2.0),
       MakeEvent("e13", "IGOEUREEC", "IGOWSTNAT", "040", "2019-04-03", S::kAsserted, 1.0),
       MakeEvent("e14", "---GOV", "RUS", "010", "2019-04-04", S::kAsserted, 0.0)});

  // Imported events next to them.
  ImportedEvent g1 = MakeImported("gdelt", "100", "CHN", "RUS", "057", "2019-06-08", 8.0);
  g1.info.num_mentions = 12;
  g1.info.num_sources = 3;
  g1.info.num_articles = 10;
  g1.info.avg_tone = -1.25;
  g1.info.source_url = "https://example.org/g1";
  g1.info.geo_name = "Moscow, \"Moskva\"\tRussia\\";  // COPY metacharacters survive
  g1.info.geo_country = "RS";
  g1.info.geo_lat = 55.75;
  g1.info.geo_lon = -37.62;
  ImportedEvent g2 = MakeImported("gdelt", "101", "USA", "CHN", "112", "2019-05-11", std::nullopt);
  ImportedEvent i1 = MakeImported("icews", "100", "RUSMIL", "UKR", "190", "2018-06-01", -10.0);
  i1.event_text = "Use conventional military force";
  ImportedEvent g3 = MakeImported("gdelt", "102", "IRN", "USA", "173", "2019-07-01");
  auto report = [&](const std::string& label, const Result<ImportPutResult>& r) {
    note(label + ": " + (r.ok() ? "added " + std::to_string(r->added) + " present " +
                                      std::to_string(r->already_present)
                                : r.status().ToString()));
  };
  report("import", store.PutImportedEvents({g1, g2, i1}));
  report("import again", store.PutImportedEvents({g1, g2, i1, g3, g3}));
  ImportedEvent bad = g3;
  bad.info.dataset = "GDELT";
  report("import bad dataset", store.PutImportedEvents({g3, bad}));
  note("begin: " + StatusLine(store.BeginBatch()));
  report("import in a batch", store.PutImportedEvents({g3}));
  note("commit: " + StatusLine(store.CommitBatch()));
  counts("after import");

  // Every filter, on coded and imported events.
  auto q = [](auto&& setup) {
    EventQuery query;
    query.statuses.clear();
    setup(query);
    return query;
  };
  const std::vector<std::pair<std::string, EventQuery>> cases = {
      {"no filter", q([](EventQuery&) {})},
      {"asserted only", EventQuery{}},
      {"source prefix", q([](EventQuery& x) { x.source = "RUS"; })},
      {"source code", q([](EventQuery& x) { x.source = "RUSGOV"; })},
      {"target prefix", q([](EventQuery& x) { x.target = "CHN"; })},
      {"no target", q([](EventQuery& x) { x.target = ""; })},
      {"directed dyad", q([](EventQuery& x) { x.source = "CHN"; x.target = "RUS"; })},
      {"either direction",
       q([](EventQuery& x) { x.source = "CHN"; x.target = "RUS"; x.either_direction = true; })},
      {"one actor either side", q([](EventQuery& x) { x.source = "USA"; x.either_direction = true; })},
      {"exact", q([](EventQuery& x) { x.source = "RUS"; x.actors_exact = true; })},
      {"root", q([](EventQuery& x) { x.code_prefix = "04"; })},
      {"code prefix", q([](EventQuery& x) { x.code_prefix = "061"; })},
      {"quad", q([](EventQuery& x) { x.quad = QuadClass::kMaterialConflict; })},
      {"from", q([](EventQuery& x) { x.date_from = D("2019-06-06"); })},
      {"to", q([](EventQuery& x) { x.date_to = D("2019-01-02"); })},
      {"range", q([](EventQuery& x) { x.date_from = D("2019-05-01"); x.date_to = D("2019-05-31"); })},
      {"open range", q([](EventQuery& x) { x.date_from = Date::Min(); x.date_to = Date::Max(); })},
      {"statuses", q([](EventQuery& x) { x.statuses = {S::kNegated, S::kIntended}; })},
      {"document", q([](EventQuery& x) { x.doc_id = "doc-c"; })},
      {"dataset gdelt", q([](EventQuery& x) { x.dataset = "gdelt"; })},
      {"dataset coded", q([](EventQuery& x) { x.dataset = ""; })},
      {"combined", q([](EventQuery& x) {
         x.source = "RUS"; x.target = "CHN"; x.either_direction = true;
         x.statuses = {S::kAsserted}; x.date_from = D("2019-06-01");
       })},
  };
  for (const auto& [name, query_value] : cases) query(name, query_value, false);

  // Orders and pages (distinct dates among asserted events make the orders unique).
  EventQuery paged;
  paged.with_sentence_text = false;
  for (EventOrder order : {EventOrder::kDateAscending, EventOrder::kDateDescending}) {
    paged.order = order;
    query("order " + std::to_string(static_cast<int>(order)), paged, true);
  }
  paged.order = EventOrder::kDateAscending;
  paged.limit = 2;
  paged.offset = 1;
  query("limit 2 offset 1", paged, true);
  paged.limit.reset();
  paged.offset = 4;
  query("offset 4", paged, true);
  paged.limit = 0;
  query("limit 0", paged, true);
  paged.limit = -1;
  note("negative limit: " + StatusLine(store.QueryEvents(paged).status()));

  // Streaming stops where the callback says.
  int seen = 0;
  Status stop = store.ForEachEvent(EventQuery{}, [&](const StoredEvent&) {
    return ++seen == 3 ? Status::Internal("stop here") : Status::OK();
  });
  note("for each stopped: " + stop.ToString() + " after " + std::to_string(seen));

  // Hostile values are plain bytes, and match nothing.
  const std::string hostile[] = {"RU%", "R_S", "%", "_", "'", "' OR '1'='1",
                                 "\"; DROP TABLE events; --", "RUS'--", "\\",
                                 std::string("RUS\0X", 5), "\xff\xfe"};
  for (const std::string& v : hostile) {
    EventQuery h;
    h.statuses.clear();
    h.source = v;
    auto r1 = store.QueryEvents(h);
    EventQuery h2;
    h2.statuses.clear();
    h2.code_prefix = v;
    h2.doc_id = v;
    h2.target = v;
    h2.dataset = v;
    h2.either_direction = true;
    auto r2 = store.QueryEvents(h2);
    auto r3 = store.TopDyads(h2);
    auto r4 = store.CountEventsByRoot(h2);
    auto r5 = store.CountEvents(h);
    note("hostile value: " + std::to_string(r1.ok() && r1->empty()) +
         std::to_string(r2.ok() && r2->empty()) + std::to_string(r3.ok() && r3->empty()) +
         std::to_string(r4.ok() && r4->empty()) + std::to_string(r5.ok() && *r5 == 0));
  }
  Document quoted = MakeDoc("it's \"quoted\" %_;--", "O'Brien said \"no\"; 100% -- DROP TABLE x;");
  quoted.title = "'); DELETE FROM documents; --\ttab\\slash";
  put("quoted document", quoted, {}, {MakeEvent("q", "IRL", "GBR", "012", "2019-06-05")});
  EventQuery by_doc;
  by_doc.doc_id = quoted.id;
  query("quoted document events", by_doc, true);

  // Aggregates.
  EventQuery every;
  every.statuses.clear();
  for (const EventQuery& agg : {every, EventQuery{}}) {
    auto roots = store.CountEventsByRoot(agg);
    std::string line = "roots:";
    if (roots.ok()) {
      for (const auto& r : *roots) line += " " + r.root + "=" + std::to_string(r.count);
    } else {
      line += roots.status().ToString();
    }
    note(line);
    for (TopDyadsOptions opt : {TopDyadsOptions{}, TopDyadsOptions{2, true}, TopDyadsOptions{1, false}}) {
      auto dyads = store.TopDyads(agg, opt);
      std::string d = "dyads:";
      if (dyads.ok()) {
        for (const auto& x : *dyads) d += " " + x.source + "-" + x.target + "=" + std::to_string(x.count);
      } else {
        d += dyads.status().ToString();
      }
      note(d);
    }
  }
  note("negative dyad limit: " + StatusLine(store.TopDyads(every, {-1, false}).status()));
  // Per-day totals (dyad series) and counts (volume), on both backends alike.
  EventQuery either = every;
  either.source = "RUS";
  either.target = "CHN";
  either.either_direction = true;
  for (const EventQuery& q : {every, either}) {
    auto days = store.TotalsByDay(q);
    std::string line = "day totals:";
    if (days.ok()) {
      for (const DayTotals& d : *days) {
        line += fmt::format(" {}/{}={},{},{:.3f},{:.3f}", d.date.ToString(),
                            static_cast<int>(d.quad), d.events, d.goldstein_n, d.positive,
                            d.negative);
      }
    } else {
      line += days.status().ToString();
    }
    note(line);
    auto counts = store.CountByDay(q);
    std::string c = "day counts:";
    if (counts.ok()) {
      for (const DayCount& d : *counts) c += " " + d.date.ToString() + "=" + std::to_string(d.events);
    } else {
      c += counts.status().ToString();
    }
    note(c);
  }

  // Runs.
  if (run.ok()) {
    note("finish run: " + StatusLine(store.FinishRun(*run, {3, 1, 2, 0, 0})));
    note("finish missing run: " + StatusLine(store.FinishRun(*run + 1000, {})));
  }
  auto runs = store.ListRuns();
  if (runs.ok()) {
    for (const RunRecord& r : *runs) {
      note("run: " + r.info.command + "|" + r.info.dict_fingerprint + "|" + r.info.coder_version +
           "|" + std::to_string(r.counts.documents_seen) + "|" +
           std::to_string(r.counts.documents_skipped) + "|started " +
           std::to_string(r.started.size()) + "|finished " + std::to_string(r.finished.size()));
    }
  } else {
    note("runs: " + runs.status().ToString());
  }
  counts("final");
  return t;
}

void ExpectSameTranscript(const std::vector<std::string>& sqlite,
                          const std::vector<std::string>& pg) {
  size_t n = std::min(sqlite.size(), pg.size());
  int shown = 0;
  for (size_t i = 0; i < n && shown < 10; ++i) {
    if (sqlite[i] != pg[i]) {
      ADD_FAILURE() << "step " << i << "\n  sqlite:     " << sqlite[i] << "\n  postgresql: " << pg[i];
      ++shown;
    }
  }
  EXPECT_EQ(sqlite.size(), pg.size());
}

TEST(PostgresStore, BehavesExactlyLikeSqlite) {
  std::string url = FreshDatabase();
  ASSERT_FALSE(url.empty());
  auto sqlite = OpenStore("sqlite::memory:");
  ASSERT_TRUE(sqlite.ok()) << sqlite.status().ToString();
  auto pg = OpenStore(url);
  ASSERT_TRUE(pg.ok()) << pg.status().ToString();
  EXPECT_EQ((*pg)->backend(), "postgresql");
  std::vector<std::string> a = Scenario(**sqlite);
  std::vector<std::string> b = Scenario(**pg);
  ASSERT_GT(a.size(), 200u);
  ExpectSameTranscript(a, b);
  // Spot checks that the transcript says what it should (not merely the same on both).
  EXPECT_NE(std::find(b.begin(), b.end(), "import again: added 1 present 4"), b.end());
  EXPECT_NE(std::find(b.begin(), b.end(), "pass 1: added 0 present 30"), b.end());
}

TEST(PostgresStore, ReopensMigratedAndRefusesForeignOrNewerDatabases) {
  std::string url = FreshDatabase();
  ASSERT_FALSE(url.empty());
  {
    auto s = OpenStore(url);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    EXPECT_EQ(*(*s)->SchemaVersion(), kStoreSchemaVersion);
    ASSERT_TRUE((*s)->PutDocument(MakeDoc("a", "Text."), {}, {MakeEvent("e", "USA", "CHN", "042", "2019-06-05")}).ok());
  }
  {
    StoreOptions ro;
    ro.read_only = true;
    auto s = OpenStore(url, ro);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    EXPECT_EQ((*s)->Counts()->events, 1);
    EXPECT_EQ((*s)->PutDocument(MakeDoc("b", "Other."), {}, {}).status().code(),
              ErrorCode::kInvalidArgument);
    EXPECT_EQ((*s)->PutImportedEvents({MakeImported("gdelt", "1", "USA", "CHN", "042", "2019-06-05")})
                  .status()
                  .code(),
              ErrorCode::kInvalidArgument);
  }
  std::string error, out;
  ASSERT_TRUE(SharedServer().Psql(url.substr(url.rfind('/') + 1),
                                  "SELECT version || ':' || description FROM schema_version ORDER BY version",
                                  &error, &out))
      << error;
  EXPECT_EQ(out,
            "1:documents, sentences, events, runs\n2:imported events: dataset, ext_id, counts, "
            "place\n3:covering indexes for dyad series and daily volume\n4:deduplication across "
            "outlets: dup_of and mention counts\n");

  // Newer schema: refused, untouched.
  std::string db = url.substr(url.rfind('/') + 1);
  ASSERT_TRUE(SharedServer().Psql(db, "INSERT INTO schema_version(version, description) VALUES (9, 'future')", &error)) << error;
  auto newer = OpenStore(url);
  EXPECT_EQ(newer.status().code(), ErrorCode::kUnsupported);
  EXPECT_NE(newer.status().message().find("schema version 9"), std::string::npos) << newer.status().ToString();

  // A database of another application that happens to use our table names.
  std::string foreign = FreshDatabase();
  std::string foreign_db = foreign.substr(foreign.rfind('/') + 1);
  ASSERT_TRUE(SharedServer().Psql(foreign_db, "CREATE TABLE documents (id INT, body TEXT)", &error)) << error;
  auto refused = OpenStore(foreign);
  EXPECT_EQ(refused.status().code(), ErrorCode::kUnsupported);
  EXPECT_NE(refused.status().message().find("not an entente database"), std::string::npos);
  ASSERT_TRUE(SharedServer().Psql(foreign_db, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'", &error, &out));
  EXPECT_EQ(out, "1\n");  // nothing was created

  // An empty database opened read-only, or without create_if_missing, is not created.
  std::string empty = FreshDatabase();
  StoreOptions ro;
  ro.read_only = true;
  EXPECT_EQ(OpenStore(empty, ro).status().code(), ErrorCode::kUnsupported);
  StoreOptions no_create;
  no_create.create_if_missing = false;
  EXPECT_EQ(OpenStore(empty, no_create).status().code(), ErrorCode::kNotFound);

  // Unreachable server and unknown database: IOError naming the problem, password hidden.
  auto missing = OpenStore("postgresql://entente:secret@127.0.0.1:" +
                           std::to_string(SharedServer().port()) + "/no_such_database");
  EXPECT_EQ(missing.status().code(), ErrorCode::kIOError);
  EXPECT_EQ(missing.status().message().find("secret"), std::string::npos) << missing.status().message();
  EXPECT_NE(missing.status().message().find("no_such_database"), std::string::npos);
}

TEST(PostgresStore, TextPostgresqlCannotHoldIsRefusedPerDocument) {
  // Where the backends differ on purpose: SQLite keeps any bytes, PostgreSQL text must be UTF-8
  // without NUL.  The document is refused on its own; the batch goes on.
  std::string url = FreshDatabase();
  auto s = OpenStore(url);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_TRUE((*s)->BeginBatch().ok());
  ASSERT_TRUE((*s)->PutDocument(MakeDoc("ok1", "Fine."), {}, {}).ok());
  for (const std::string& bad : {std::string("caf\xc3", 4), std::string("nul\0byte", 8),
                                 std::string("\xed\xa0\x80 surrogate")}) {
    auto r = (*s)->PutDocument(MakeDoc("bad", bad), {}, {});
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument) << r.status().ToString();
    EXPECT_NE(r.status().message().find("UTF-8"), std::string::npos);
  }
  Event bad_event = MakeEvent("x", "USA", "CHN", "042", "2019-06-05");
  bad_event.source_text = "\xff";
  EXPECT_EQ((*s)->PutDocument(MakeDoc("bad-event", "Text."), {}, {bad_event}).status().code(),
            ErrorCode::kInvalidArgument);
  ASSERT_TRUE((*s)->PutDocument(MakeDoc("ok2", "Also fine: caf\xc3\xa9."), {}, {}).ok());
  ASSERT_TRUE((*s)->CommitBatch().ok());
  EXPECT_EQ((*s)->Counts()->documents, 2);
  ImportedEvent imported = MakeImported("gdelt", "1", "USA", "CHN", "042", "2019-06-05");
  imported.info.source_url = std::string("http://x/\0", 10);
  EXPECT_EQ((*s)->PutImportedEvents({imported}).status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ((*s)->Counts()->imported_events, 0);
}

TEST(PostgresStore, MigratesAVersion1DatabaseKeepingItsEvents) {
  std::string url = FreshDatabase();
  std::string db = url.substr(url.rfind('/') + 1);
  std::string error;
  // The database as version 1 of entente left it.
  std::string v1(store_internal::PostgresMigrations()[0].sql);
  ASSERT_TRUE(SharedServer().Psql(
      db,
      "CREATE TABLE entente_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
      "INSERT INTO entente_meta VALUES ('application', 'entente');"
      "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL "
      "DEFAULT now(), description TEXT NOT NULL);"
      "INSERT INTO schema_version(version, description) VALUES (1, 'v1');" +
          v1 +
          "INSERT INTO documents(id, ext_id, content_hash, text) VALUES (7, 'old', 'h', 'Old.');"
          "INSERT INTO events(id, doc, sentence, start, \"end\", date, source, target, code, root, "
          "quad, goldstein, status) VALUES (42, 7, 0, 0, 4, '2010-01-02', 'USA', 'CHN', '042', "
          "'04', 1, 1.9, 0);",
      &error))
      << error;
  auto s = OpenStore(url);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(*(*s)->SchemaVersion(), kStoreSchemaVersion);
  auto events = (*s)->QueryEvents({});
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].id, 42);
  EXPECT_EQ((*events)[0].event.doc_id, "old");
  auto put = (*s)->PutImportedEvents({MakeImported("icews", "1", "RUS", "UKR", "190", "2018-06-01")});
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(put->added, 1);
}

TEST(PostgresStore, MigrationsAreVersionedAlikeOnBothBackends) {
  auto pg = store_internal::PostgresMigrations();
  auto lite = store_internal::SqliteMigrations();
  ASSERT_EQ(pg.size(), lite.size());
  ASSERT_EQ(static_cast<int>(pg.size()), kStoreSchemaVersion);
  for (size_t i = 0; i < pg.size(); ++i) {
    EXPECT_EQ(pg[i].version, static_cast<int>(i) + 1);
    EXPECT_EQ(pg[i].version, lite[i].version);
    EXPECT_EQ(pg[i].description, lite[i].description);
  }
}

// Runs writer(store, w) for w = 0..n-1 on n threads at once, each with its own store on `url`,
// and expects every one to succeed.
void RunWritersAtOnce(const std::string& url, int n,
                      const std::function<Status(EventStore&, int)>& writer) {
  std::vector<std::string> errors(static_cast<size_t>(n));
  std::vector<std::thread> threads;
  for (int w = 0; w < n; ++w) {
    threads.emplace_back([&, w] {
      auto store = OpenStore(url);
      Status st = store.ok() ? writer(**store, w) : store.status();
      if (!st.ok()) errors[static_cast<size_t>(w)] = st.ToString();
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& e : errors) EXPECT_EQ(e, "");
}

TEST(PostgresStore, ConcurrentWritersStoreEachDocumentOnce) {
  std::string url = FreshDatabase();
  ASSERT_FALSE(url.empty());
  // Open once first, so the four writers find the schema (opening concurrently is covered by
  // the CLI test, which starts four processes on a fresh database).
  ASSERT_TRUE(OpenStore(url).ok());
  constexpr int kDocs = 400;
  constexpr int kWriters = 4;
  // Writer w takes every document whose number is not 3 more than a multiple of 4 plus its own
  // offset, so each document is written by two or three writers; odd writers go backwards, so
  // their batches overlap the others' in opposite orders.
  std::vector<int64_t> reported_added(kWriters, 0), races(kWriters, 0);
  RunWritersAtOnce(url, kWriters, [&](EventStore& store, int w) -> Status {
    std::vector<int> mine;
    for (int i = 0; i < kDocs; ++i) {
      if ((i + w) % 4 != 3) mine.push_back(i);
    }
    if (w % 2) std::reverse(mine.begin(), mine.end());
    size_t k = 0;
    while (k < mine.size()) {
      ENTENTE_RETURN_IF_ERROR(store.BeginBatch());
      for (size_t j = 0; j < 25 && k < mine.size(); ++j, ++k) {
        int i = mine[k];
        auto r = store.PutDocument(
            MakeDoc("d" + std::to_string(i), "Concurrent text number " + std::to_string(i)), {},
            {MakeEvent("c", "USA", "CHN", "042", "2019-06-05"),
             MakeEvent("c", "CHN", "USA", "051", "2019-06-06")});
        if (!r.ok()) return r.status();
        if (!r->already_present) ++reported_added[w];
      }
      ENTENTE_RETURN_IF_ERROR(store.CommitBatch());
      races[w] += store.last_batch_races().documents;
    }
    return Status::OK();
  });
  auto store = OpenStore(url);
  ASSERT_TRUE(store.ok());
  auto counts = (*store)->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, kDocs);
  EXPECT_EQ(counts->events, 2 * kDocs);
  int64_t added = 0;
  for (int w = 0; w < kWriters; ++w) added += reported_added[w] - races[w];
  EXPECT_EQ(added, kDocs) << "after subtracting races, each document is counted as added once";
  int64_t raced = 0;
  for (int64_t r : races) raced += r;
  RecordProperty("documents_lost_to_other_writers", static_cast<int>(raced));
  std::printf("[ info     ] %lld documents were committed first by another writer and kept once\n",
              static_cast<long long>(raced));
  // Every document has exactly its own two events.
  std::string error, out;
  std::string db = url.substr(url.rfind('/') + 1);
  ASSERT_TRUE(SharedServer().Psql(
      db, "SELECT COUNT(*) FROM (SELECT doc FROM events GROUP BY doc HAVING COUNT(*) <> 2) x", &error,
      &out))
      << error;
  EXPECT_EQ(out, "0\n");
}

// Deduplication across outlets: the same reports group the same on both backends.
TEST(PostgresStore, GroupsMentionsAcrossOutletsLikeSqlite) {
  std::string url = FreshDatabase();
  ASSERT_FALSE(url.empty());
  auto pg = OpenStore(url);
  ASSERT_TRUE(pg.ok()) << pg.status().ToString();
  auto lite = OpenStore("sqlite::memory:");
  ASSERT_TRUE(lite.ok());
  std::vector<store_test_util::Report> reports = store_test_util::OutletReports();
  ASSERT_TRUE((*pg)->BeginBatch().ok());
  for (const auto& r : reports) {
    ASSERT_TRUE((*pg)->PutDocument(r.doc, r.sentences, r.events).ok());
    ASSERT_TRUE((*lite)->PutDocument(r.doc, r.sentences, r.events).ok());
  }
  ASSERT_TRUE((*pg)->CommitBatch().ok());
  std::vector<std::string> lines = store_test_util::DescribeMentions(**pg);
  EXPECT_EQ(lines, store_test_util::DescribeMentions(**lite));
  EXPECT_EQ(std::count_if(lines.begin(), lines.end(),
                          [](const std::string& l) {
                            return l.ends_with("distinct 3 mentions 2 sources 3 articles");
                          }),
            1)
      << ::testing::PrintToString(lines);
  EventQuery q;
  EXPECT_EQ(*(*pg)->CountEvents(q), 3);
  q.distinct = false;
  EXPECT_EQ(*(*pg)->CountEvents(q), 5);
  EXPECT_EQ((*pg)->Counts()->distinct_events, 4);
}

// Four writers add overlapping sets of reports, each group's mentions arriving from several
// writers at once: the groups come out as one writer storing them all would leave them.
TEST(PostgresStore, ConcurrentWritersGroupMentionsAsOneWriterWould) {
  std::string url = FreshDatabase();
  ASSERT_FALSE(url.empty());
  ASSERT_TRUE(OpenStore(url).ok());
  // Twelve editions of each report: the text changes a little (a new content hash), the
  // wording stays close.
  std::vector<store_test_util::Report> reports;
  for (int k = 0; k < 12; ++k) {
    for (store_test_util::Report r : store_test_util::OutletReports()) {
      const std::string tail = " Edition " + std::to_string(k) + ".";
      r.doc.id += "-" + std::to_string(k);
      r.doc.text += tail;
      r.sentences[0].text += tail;
      r.sentences[0].end = static_cast<uint32_t>(r.doc.text.size());
      r.events[0].end = r.sentences[0].end;
      reports.push_back(std::move(r));
    }
  }
  auto lite = OpenStore("sqlite::memory:");
  ASSERT_TRUE(lite.ok());
  for (const auto& r : reports) {
    ASSERT_TRUE((*lite)->PutDocument(r.doc, r.sentences, r.events).ok());
  }
  const std::vector<std::string> expected = store_test_util::DescribeMentions(**lite);
  constexpr int kWriters = 4;
  RunWritersAtOnce(url, kWriters, [&](EventStore& store, int w) -> Status {
    std::vector<size_t> mine;
    for (size_t i = 0; i < reports.size(); ++i) {
      if (static_cast<int>(i + w) % kWriters != 0) mine.push_back(i);
    }
    if (w % 2) std::reverse(mine.begin(), mine.end());
    for (size_t k = 0; k < mine.size();) {
      ENTENTE_RETURN_IF_ERROR(store.BeginBatch());
      for (size_t j = 0; j < 5 && k < mine.size(); ++j, ++k) {
        const auto& r = reports[mine[k]];
        if (auto put = store.PutDocument(r.doc, r.sentences, r.events); !put.ok()) {
          return put.status();
        }
      }
      ENTENTE_RETURN_IF_ERROR(store.CommitBatch());
    }
    return Status::OK();
  });
  auto store = OpenStore(url);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->Counts()->documents, static_cast<int64_t>(reports.size()));
  EXPECT_EQ(store_test_util::DescribeMentions(**store), expected);
}

TEST(PostgresStore, ConcurrentImportsOfOverlappingFilesAddEachEventOnce) {
  std::string url = FreshDatabase();
  ASSERT_TRUE(OpenStore(url).ok());
  RunWritersAtOnce(url, 4, [&](EventStore& store, int w) -> Status {
    for (int round = 0; round < 10; ++round) {
      std::vector<ImportedEvent> batch;
      for (int i = 0; i < 300; ++i) {
        int id = (w % 2 ? 299 - i : i) + 100 * round;  // overlapping ranges, opposite orders
        batch.push_back(MakeImported("gdelt", std::to_string(id), "USA", "CHN", "042", "2019-06-05"));
      }
      if (auto r = store.PutImportedEvents(batch); !r.ok()) return r.status();
    }
    return Status::OK();
  });
  auto store = OpenStore(url);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ((*store)->Counts()->imported_events, 100 * 9 + 300);
}

// A measurement, not a test: runs only when ENTENTE_STORE_BENCH_DOCS is set (e.g. 20000) and
// prints the store's write rate on both backends: documents of 1.2 KB with 10 sentences and 10
// events each, in batches of 500 as `entente ingest` writes them, then the same documents again
// (all already stored).  Events fall on 365 days; every tenth document is a reprint of the one
// before it (the same sentences), so deduplication has mentions to group, as in news.
TEST(PostgresStore, MeasuresWriteRatesOnBothBackends) {
  const char* env = std::getenv("ENTENTE_STORE_BENCH_DOCS");
  if (!env) GTEST_SKIP() << "set ENTENTE_STORE_BENCH_DOCS=N to measure";
  const int docs = std::atoi(env);
  char tmpl[] = "/tmp/entente_bench_XXXXXX";
  ASSERT_NE(::mkdtemp(tmpl), nullptr);
  const std::string lite = std::string("sqlite:") + tmpl + "/bench.db";
  const std::string pg = FreshDatabase();
  const char* actors[] = {"USAGOV", "CHNGOV", "RUSGOV", "RUSMIL", "IRNGOV", "GBRGOV"};
  const char* codes[] = {"042", "051", "0611", "112", "173", "190"};
  const std::string body(1200, 'x');
  for (const std::string& url : {lite, pg}) {
    auto store = OpenStore(url);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    for (int pass = 0; pass < 2; ++pass) {
      auto t0 = std::chrono::steady_clock::now();
      int64_t events = 0;
      ASSERT_TRUE((*store)->BeginBatch().ok());
      for (int d = 0; d < docs; ++d) {
        Document doc = MakeDoc("d" + std::to_string(d), std::to_string(d) + body);
        std::vector<SentenceSpan> spans;
        std::vector<Event> evs;
        for (int i = 0; i < 10; ++i) {
          const int story = d % 10 == 9 ? d - 1 : d;
          std::string words;  // eight words of this story's own, four common ones
          for (int w = 0; w < 8; ++w) words += " w" + std::to_string(story) + "x" + std::to_string(i * 8 + w);
          spans.push_back({i, static_cast<uint32_t>(i * 100), static_cast<uint32_t>(i * 100 + 90),
                           "Officials met envoys over the dispute" + words + "."});
          Event e = MakeEvent("verb", actors[i % 6], actors[(i + 1) % 6], codes[i % 6], "2019-01-01");
          e.date = Date::FromDays(e.date.days() + story % 365);
          e.sentence = i;
          e.start = spans.back().start;
          e.end = spans.back().end;
          evs.push_back(e);
        }
        auto r = (*store)->PutDocument(doc, spans, evs);
        ASSERT_TRUE(r.ok()) << r.status().ToString();
        events += r->events_added;
        if ((d + 1) % 500 == 0) {
          ASSERT_TRUE((*store)->CommitBatch().ok());
          ASSERT_TRUE((*store)->BeginBatch().ok());
        }
      }
      ASSERT_TRUE((*store)->CommitBatch().ok());
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::printf("[ perf     ] %-10s pass %d: %d documents, %lld events in %.2f s = %.0f documents/s, "
                  "%.0f events/s\n",
                  std::string((*store)->backend()).c_str(), pass + 1, docs,
                  static_cast<long long>(events), secs, docs / secs, events / secs);
    }
  }
  std::error_code ec;
  std::filesystem::remove_all(tmpl, ec);
}

}  // namespace
}  // namespace entente
