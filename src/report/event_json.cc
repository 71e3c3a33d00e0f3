// Copyright 2026 The entente Authors. Apache-2.0.
//
// Event -> JSONL, the output contract of `entente code` (DESIGN.md).
#include <nlohmann/json.hpp>

#include "entente/report.h"

namespace entente {

std::string EventToJsonLine(const Event& e) {
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
  // Invalid UTF-8 cannot reach here (ingest repairs it), but never throw out of the library.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace entente
