// Copyright 2026 The entente Authors. Apache-2.0.
//
// Event: one coded "who did what to whom" found in a sentence, with its provenance.
#ifndef ENTENTE_EVENT_H_
#define ENTENTE_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "entente/cameo.h"
#include "entente/date.h"

namespace entente {

// DO NOT CHANGE THESE VALUES: stored in the database.
enum class EventStatus : uint8_t {
  kAsserted = 0,      // it happened (the only status that enters aggregates by default)
  kNegated = 1,       // "did not sign"
  kHypothetical = 2,  // conditionals, predictions, hedges: "if ...", "will", "may", "likely to"
  kIntended = 3,      // "plans to", "would like to", "intends to"
  kReported = 4,      // an attributed claim where attribution matters
};

std::string_view EventStatusName(EventStatus s);  // "asserted", "negated", ...
std::optional<EventStatus> ParseEventStatus(std::string_view name);

struct Event {
  std::string doc_id;
  int32_t sentence = 0;       // 0-based sentence index in the document
  uint32_t start = 0;         // byte offsets of the sentence in the document text
  uint32_t end = 0;
  Date date;
  ActorCode source;
  ActorCode target;           // "---" when the event has no target (only with require_dyad off);
                              // "---GOV": a government of unknown country
  std::string source_text;
  std::string target_text;
  EventCode code;
  QuadClass quad = QuadClass::kNone;
  std::optional<double> goldstein;  // absent for codes the CAMEO table does not know
  EventStatus status = EventStatus::kAsserted;
  std::string verb_text;
  std::string pattern_id;     // which verb pattern fired (dictionary-qualified)
  std::string sentence_text;
};

// Events of one day and quad class, summed: what a series needs without every event
// (EventStore::TotalsByDay, BuildDyadSeriesFromTotals).
struct DayTotals {
  Date date;
  QuadClass quad = QuadClass::kNone;
  int64_t events = 0;
  int64_t goldstein_n = 0;  // events that have a Goldstein value
  double positive = 0;      // sum of the positive Goldstein values
  double negative = 0;      // sum of |negative Goldstein values|
};

// Events of one day (EventStore::CountByDay: the volume normalised series divide by).
struct DayCount {
  Date date;
  int64_t events = 0;
};

}  // namespace entente

#endif  // ENTENTE_EVENT_H_
