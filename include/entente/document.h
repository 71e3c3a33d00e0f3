// Copyright 2026 The entente Authors. Apache-2.0.
//
// Document: one article, page or sentence to be coded, as produced by ingest/ and consumed by the
// coder and the store.  `text` is UTF-8; all event offsets are byte offsets into it.
#ifndef ENTENTE_DOCUMENT_H_
#define ENTENTE_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>

#include "entente/date.h"

namespace entente {

// Per-document coder options carried by JSONL input ("config": {...}).  A field that is absent
// leaves the coder's own default in force.  Names and meanings follow PETRARCH's config file.
struct DocumentConfig {
  std::optional<bool> require_dyad;     // emit only events with both source and target
  std::optional<int> new_actor_length;  // >0: unknown capitalised noun phrases up to N words become actors
  std::optional<int> comma_min, comma_max;    // comma-delimited clause deletion, anywhere
  std::optional<int> comma_bmin, comma_bmax;  // ... at the beginning of the sentence
  std::optional<int> comma_emin, comma_emax;  // ... at the end of the sentence
};

struct Document {
  std::string id;             // unique within a run; from the input or derived from path/line
  std::optional<Date> date;   // publication date; documents without one are reported, not coded
  std::string title;
  std::string source;         // outlet ("Reuters") or origin label
  std::string url;
  std::string text;           // the body, UTF-8, paragraphs separated by blank lines
  DocumentConfig config;
  std::string origin;         // where it came from, for diagnostics: "corpus.jsonl:17", "page.html"
};

// One sentence of a document, as the coder split it and the store keeps it.
struct SentenceSpan {
  int32_t index = 0;    // 0-based sentence index in the document (Event::sentence refers to it)
  uint32_t start = 0;   // byte offsets of the sentence in the document text
  uint32_t end = 0;
  std::string text;     // the sentence as the coder saw it
};

}  // namespace entente

#endif  // ENTENTE_DOCUMENT_H_
