// Copyright 2026 The entente Authors. Apache-2.0.
//
// Event -> JSONL, the output contract of `entente code` (DESIGN.md); a stored event adds its store
// id, dataset and mention counts.
#include <nlohmann/json.hpp>

#include "entente/report.h"
#include "entente/store.h"

namespace entente {
namespace {

std::string Dump(const nlohmann::ordered_json& j) {
  // Invalid UTF-8 cannot reach here (ingest repairs it), but never throw out of the library.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::ordered_json EventJson(const Event& e) {
  nlohmann::ordered_json j;
  j["doc"] = e.doc_id;
  j["sent"] = e.sentence;
  j["start"] = e.start;
  j["end"] = e.end;
  j["date"] = e.date.ToString();
  j["source"] = e.source.str();
  j["source_text"] = e.source_text;
  j["target"] = e.target.str();
  j["target_text"] = e.target_text;
  j["code"] = e.code.ToString();
  j["root"] = std::string(e.code.root());
  j["quad"] = static_cast<int>(e.quad);
  if (e.goldstein) j["goldstein"] = *e.goldstein; else j["goldstein"] = nullptr;
  j["status"] = std::string(EventStatusName(e.status));
  j["verb_text"] = e.verb_text;
  j["pattern"] = e.pattern_id;
  j["sentence"] = e.sentence_text;
  return j;
}

}  // namespace

std::string EventToJsonLine(const Event& e) { return Dump(EventJson(e)); }

std::string StoredEventToJsonLine(const StoredEvent& se) {
  nlohmann::ordered_json j = EventJson(se.event);
  auto opt = [](const auto& v) { return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(); };
  j["id"] = se.id;
  j["dataset"] = se.external.dataset;
  j["mentions"] = opt(se.external.num_mentions);
  j["sources"] = opt(se.external.num_sources);
  j["articles"] = opt(se.external.num_articles);
  j["duplicate_of"] = opt(se.duplicate_of);
  return Dump(j);
}

}  // namespace entente
