// Copyright 2026 The entente Authors. Apache-2.0.
//
// Test-only: the documents and events the store tests build, shared by the SQLite tests
// (src/store/store_test.cc) and the PostgreSQL tests (tests/pg/pg_store_test.cc) so that both
// backends are exercised with exactly the same input.
#ifndef ENTENTE_STORE_STORE_TEST_UTIL_H_
#define ENTENTE_STORE_STORE_TEST_UTIL_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "entente/cameo.h"
#include "entente/date.h"
#include "entente/document.h"
#include "entente/event.h"
#include "entente/imported_event.h"

namespace entente::store_test_util {

inline Date D(std::string_view s) { return *Date::Parse(s); }

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

}  // namespace entente::store_test_util

#endif  // ENTENTE_STORE_STORE_TEST_UTIL_H_
