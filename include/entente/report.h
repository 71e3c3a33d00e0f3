// Copyright 2026 The entente Authors. Apache-2.0.
//
// report: renders results for people and programs.  Takes plain structs; never queries a store.
#ifndef ENTENTE_REPORT_H_
#define ENTENTE_REPORT_H_

#include <string>

#include "entente/event.h"

namespace entente {

// One event as a JSON object on one line (no trailing newline), in the field order of the
// DESIGN.md contract: doc, sent, start, end, date, source, source_text, target, target_text,
// code, root, quad, goldstein, status, verb_text, pattern, sentence.  `goldstein` is null when
// the CAMEO table does not know the code; `root` is "" for non-CAMEO codes.
std::string EventToJsonLine(const Event& e);

struct StoredEvent;  // entente/store.h

// A stored event: the fields above, then "id" (store id), "dataset" ("" when coded by entente),
// "mentions", "sources", "articles" (a distinct event's mentions, outlets and documents; null on
// a mention that repeats another, and as the dataset gave them for imported events) and
// "duplicate_of" (the distinct event a mention repeats, or null).
std::string StoredEventToJsonLine(const StoredEvent& e);

}  // namespace entente

#endif  // ENTENTE_REPORT_H_
