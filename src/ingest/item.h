// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal: what every format parser shares.  An ItemContext says where an input item came from
// (for diagnostics and default ids) and where diagnostics go; the parsers turn one item (a text
// file, an HTML page, a JSON line or value) into a Document or a kSkipped diagnostic.
#ifndef ENTENTE_SRC_INGEST_ITEM_H_
#define ENTENTE_SRC_INGEST_ITEM_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/document.h"
#include "entente/ingest.h"

namespace entente::ingest {

// Collects diagnostics and keeps the skip/repair counts of an IngestStats in step.  Not owned
// by anything but the reader that holds it; not thread-safe.
class DiagnosticLog {
 public:
  explicit DiagnosticLog(IngestStats* stats) : stats_(stats) {}
  void Skip(std::string location, std::string message);
  void Repair(std::string location, std::string message);
  std::vector<IngestDiagnostic> Take();
  const std::vector<IngestDiagnostic>& pending() const { return pending_; }

 private:
  IngestStats* stats_;
  std::vector<IngestDiagnostic> pending_;
};

struct ItemContext {
  std::string location;     // "corpus/a.jsonl:17": prefix of every diagnostic, Document::origin
  std::string default_id;   // id when the item carries none: "a.jsonl:17", "a", "sub/a.txt"
  const IngestOptions* options = nullptr;
  DiagnosticLog* log = nullptr;
};

// A document date as found in inputs: "YYYY-MM-DD", "YYYYMMDD", "YYYY/MM/DD", or an ISO 8601
// timestamp whose first ten characters are "YYYY-MM-DD" (the rest, time and zone, is ignored).
[[nodiscard]] Result<Date> ParseDocumentDate(std::string_view text);

// Applies text hygiene to `raw` for the item `ctx`: reports repairs (invalid UTF-8) and returns
// the cleaned, trimmed text, or nullopt after a kSkipped diagnostic when the item is binary or
// (if `what` is non-empty) empty after cleaning ("empty document", "empty text").
std::optional<std::string> CleanItemText(std::string_view raw, const ItemContext& ctx,
                                         std::string_view what);

// Sets id/origin/date defaults shared by all formats.
void InitDocument(const ItemContext& ctx, Document* doc);

// Plain text: the whole item is the body.  False after a kSkipped diagnostic.
bool DocumentFromText(std::string_view raw, const ItemContext& ctx, Document* doc);

// HTML page (html_extract.cc).  False after a kSkipped diagnostic.
bool DocumentFromHtml(std::string_view raw, const ItemContext& ctx, Document* doc);

}  // namespace entente::ingest

#endif  // ENTENTE_SRC_INGEST_ITEM_H_
