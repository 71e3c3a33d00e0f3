// Copyright 2026 The entente Authors. Apache-2.0.
//
// Shared item handling for the ingest readers: the diagnostic log, date parsing as found in
// inputs, text hygiene with its diagnostics (binary and empty items are skipped, invalid UTF-8 is
// reported as a repair), and the plain-text format itself (one item = one document).  Interface:
// item.h.
#include "ingest/item.h"

#include <cctype>
#include <cstdio>
#include <utility>

#include "ingest/text_hygiene.h"

namespace entente::ingest {

void DiagnosticLog::Skip(std::string location, std::string message) {
  ++stats_->skipped;
  pending_.push_back({DiagnosticKind::kSkipped, std::move(location), std::move(message)});
}

void DiagnosticLog::Repair(std::string location, std::string message) {
  ++stats_->repairs;
  pending_.push_back({DiagnosticKind::kRepaired, std::move(location), std::move(message)});
}

std::vector<IngestDiagnostic> DiagnosticLog::Take() {
  std::vector<IngestDiagnostic> out;
  out.swap(pending_);
  return out;
}

Result<Date> ParseDocumentDate(std::string_view text) {
  text = TrimAscii(text);
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
      if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
  };
  if (text.size() >= 10 && digits(0, 4) && digits(5, 2) && digits(8, 2) &&
      ((text[4] == '-' && text[7] == '-') || (text[4] == '/' && text[7] == '/'))) {
    // "YYYY-MM-DD", "YYYY/MM/DD", or a timestamp "YYYY-MM-DDThh:mm..." / "YYYY-MM-DD hh:mm".
    if (text.size() == 10 || text[10] == 'T' || text[10] == 't' || text[10] == ' ') {
      auto number = [&](size_t from, size_t n) {
        int v = 0;
        for (size_t i = from; i < from + n; ++i) v = v * 10 + (text[i] - '0');
        return v;
      };
      return Date::FromYmd(number(0, 4), number(5, 2), number(8, 2));
    }
  }
  if (text.size() == 8 && digits(0, 8)) return Date::Parse(text);
  return Status::InvalidArgument("not a date (want YYYY-MM-DD or YYYYMMDD)");
}

std::optional<std::string> CleanItemText(std::string_view raw, const ItemContext& ctx,
                                         std::string_view what) {
  CleanText clean = Clean(raw);
  const double suspect = clean.SuspectFraction();
  if (suspect > ctx.options->max_binary_fraction) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "looks binary (%.0f%% of %zu bytes are invalid UTF-8 or control characters)",
                  suspect * 100.0, clean.input_bytes);
    ctx.log->Skip(ctx.location, buf);
    return std::nullopt;
  }
  if (clean.invalid_sequences > 0) {
    ctx.log->Repair(ctx.location, "invalid UTF-8: " + std::to_string(clean.invalid_sequences) +
                                      " sequence(s) replaced by U+FFFD");
  }
  std::string_view trimmed = TrimAscii(clean.text);
  if (trimmed.empty() && !what.empty()) {
    ctx.log->Skip(ctx.location, std::string(what));
    return std::nullopt;
  }
  if (trimmed.size() == clean.text.size()) return std::move(clean.text);
  return std::string(trimmed);
}

void InitDocument(const ItemContext& ctx, Document* doc) {
  *doc = Document();
  doc->id = ctx.default_id;
  doc->origin = ctx.location;
  doc->date = ctx.options->default_date;
}

bool DocumentFromText(std::string_view raw, const ItemContext& ctx, Document* doc) {
  std::optional<std::string> text = CleanItemText(raw, ctx, "empty document");
  if (!text) return false;
  InitDocument(ctx, doc);
  doc->text = std::move(*text);
  return true;
}

}  // namespace entente::ingest
