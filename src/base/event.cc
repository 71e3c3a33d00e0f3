// Copyright 2026 The entente Authors. Apache-2.0.
//
// EventStatus names, as used in JSONL output, the store and CLI filters.
#include "entente/event.h"

namespace entente {

std::string_view EventStatusName(EventStatus s) {
  switch (s) {
    case EventStatus::kAsserted: return "asserted";
    case EventStatus::kNegated: return "negated";
    case EventStatus::kHypothetical: return "hypothetical";
    case EventStatus::kIntended: return "intended";
    case EventStatus::kReported: return "reported";
  }
  return "asserted";
}

std::optional<EventStatus> ParseEventStatus(std::string_view name) {
  for (auto s : {EventStatus::kAsserted, EventStatus::kNegated, EventStatus::kHypothetical,
                 EventStatus::kIntended, EventStatus::kReported}) {
    if (EventStatusName(s) == name) return s;
  }
  return std::nullopt;
}

}  // namespace entente
