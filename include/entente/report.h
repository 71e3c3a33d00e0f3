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

}  // namespace entente

#endif  // ENTENTE_REPORT_H_
