// Copyright 2026 The entente Authors. Apache-2.0.
//
// Test-only: the documents and events the store tests build, shared by the SQLite tests
// (src/store/store_test.cc) and the PostgreSQL tests (tests/pg/pg_store_test.cc) so that both
// backends are exercised with exactly the same input.
#ifndef ENTENTE_STORE_STORE_TEST_UTIL_H_
#define ENTENTE_STORE_STORE_TEST_UTIL_H_

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "entente/cameo.h"
#include "entente/date.h"
#include "entente/document.h"
#include "entente/event.h"
#include "entente/imported_event.h"
#include "entente/store.h"

namespace entente::store_test_util {

inline Date D(std::string_view s) { return *Date::Parse(s); }

// Runs SQL on a raw SQLite connection (to build or tamper with files behind the store).
inline void RawExec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  std::string msg = err ? err : "";
  sqlite3_free(err);
  sqlite3_close(db);
  ASSERT_EQ(rc, SQLITE_OK) << msg;
}

// An event whose verb_text doubles as a name for the test ("e1").
inline Event MakeEvent(std::string_view name, std::string_view source, std::string_view target,
                       std::string_view code, std::string_view date,
                       EventStatus status = EventStatus::kAsserted,
                       std::optional<double> goldstein = 1.0) {
  Event e;
  e.date = D(date);
  e.source = *ActorCode::Parse(source);
  e.target = *ActorCode::Parse(target);
  e.source_text = std::string(source) + " text";
  e.target_text = std::string(target) + " text";
  e.code = *EventCode::Parse(code);
  e.quad = e.code.quad();
  e.goldstein = goldstein;
  e.status = status;
  e.verb_text = std::string(name);
  e.pattern_id = "P-" + std::string(name);
  return e;
}

inline Document MakeDoc(std::string id, std::string text,
                        std::optional<Date> date = D("2019-06-05")) {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.date = date;
  d.title = "Title of " + d.id;
  d.source = "Wire";
  d.url = "https://example.org/" + d.id;
  d.origin = "test.jsonl:1";
  return d;
}

inline ImportedEvent MakeImported(std::string dataset, std::string id, std::string_view source,
                                  std::string_view target, std::string_view code,
                                  std::string_view date, std::optional<double> goldstein = 1.0) {
  ImportedEvent e;
  e.date = D(date);
  e.source = *ActorCode::Parse(source);
  e.target = *ActorCode::Parse(target);
  e.source_name = std::string(source) + " name";
  e.target_name = std::string(target) + " name";
  e.code = *EventCode::Parse(code);
  e.quad = e.code.quad();
  e.goldstein = goldstein;
  e.info.dataset = std::move(dataset);
  e.info.external_id = std::move(id);
  e.info.origin = "file.tsv:" + e.info.external_id;
  return e;
}

// One document with one sentence and its event, as PutDocument takes them.
struct Report {
  Document doc;
  std::vector<SentenceSpan> sentences;
  std::vector<Event> events;
};

// Six reports of 2019-06-05 for the deduplication tests: three outlets tell in close words that
// Russia signed an energy agreement with China (doc ids a, b, c; b adds a clause, c reorders), one
// tells of a different agreement that day in other words (d), one says the agreement was not
// signed (e: negated, a group of its own), and one reports the same signing as a different code
// (f: 036, another group).
inline std::vector<Report> OutletReports() {
  struct Row {
    const char* id;
    const char* outlet;
    const char* text;
    const char* code;
    EventStatus status;
  };
  const Row rows[] = {
      {"a", "Wire", "Russia and China signed a major energy agreement in Beijing on Wednesday.",
       "057", EventStatus::kAsserted},
      {"b", "Daily",
       "Russia and China signed a major energy agreement in Beijing on Wednesday, officials said.",
       "057", EventStatus::kAsserted},
      {"c", "Wire", "On Wednesday Russia and China signed an energy agreement in Beijing.", "057",
       EventStatus::kAsserted},
      {"d", "Herald", "Moscow agreed with Beijing to build a new pipeline across Siberia.", "057",
       EventStatus::kAsserted},
      {"e", "Daily", "Russia and China did not sign a major energy agreement on Wednesday.", "057",
       EventStatus::kNegated},
      {"f", "Herald", "Russia and China signed a major energy agreement in Beijing on Wednesday, "
       "the Kremlin said.", "036", EventStatus::kAsserted},
  };
  std::vector<Report> out;
  for (const Row& r : rows) {
    Report rep;
    rep.doc = MakeDoc(std::string(r.id) + "-" + r.outlet, std::string("Dateline. ") + r.text);
    rep.doc.source = r.outlet;
    SentenceSpan span;
    span.index = 1;
    span.start = 10;
    span.end = static_cast<uint32_t>(rep.doc.text.size());
    span.text = r.text;
    rep.sentences.push_back(span);
    Event e = MakeEvent(r.id, "RUS", "CHN", r.code, "2019-06-05", r.status);
    e.sentence = 1;
    e.start = span.start;
    e.end = span.end;
    rep.events.push_back(std::move(e));
    out.push_back(std::move(rep));
  }
  return out;
}

// How the store grouped every mention, one line per mention ordered by document id:
// "a-Wire: distinct 3 mentions 2 sources 3 articles" or "b-Daily: repeats a-Wire".
inline std::vector<std::string> DescribeMentions(EventStore& store) {
  EventQuery q;
  q.distinct = false;
  q.statuses.clear();
  q.with_sentence_text = false;
  auto events = store.QueryEvents(q);
  if (!events.ok()) return {"query failed: " + events.status().ToString()};
  std::map<int64_t, std::string> doc_of;
  for (const StoredEvent& e : *events) doc_of[e.id] = e.event.doc_id;
  std::vector<std::string> out;
  for (const StoredEvent& e : *events) {
    const ExternalEventInfo& x = e.external;
    auto n = [](const std::optional<int32_t>& v) { return v ? std::to_string(*v) : "-"; };
    if (e.duplicate_of) {
      out.push_back(e.event.doc_id + ": repeats " + doc_of[*e.duplicate_of] + " (" +
                    n(x.num_mentions) + ")");
    } else {
      out.push_back(e.event.doc_id + ": distinct " + n(x.num_mentions) + " mentions " +
                    n(x.num_sources) + " sources " + n(x.num_articles) + " articles");
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace entente::store_test_util

#endif  // ENTENTE_STORE_STORE_TEST_UTIL_H_
