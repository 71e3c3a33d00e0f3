// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal: JSON input (JSONL lines, .json files) to Documents, and a small JSON look-up used for
// JSON-LD in HTML pages.  simdjson stays inside json_document.cc.
#ifndef ENTENTE_SRC_INGEST_JSON_DOCUMENT_H_
#define ENTENTE_SRC_INGEST_JSON_DOCUMENT_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/item.h"

namespace entente::ingest {

// Wraps one reusable simdjson DOM parser (its buffers grow to the largest input seen).
// Not thread-safe; one per reader.  Never throws: simdjson is used through error codes only.
class JsonDocumentParser {
 public:
  JsonDocumentParser();
  ~JsonDocumentParser();
  JsonDocumentParser(const JsonDocumentParser&) = delete;
  JsonDocumentParser& operator=(const JsonDocumentParser&) = delete;

  // One JSONL line (without its newline) to *doc.  False after a kSkipped diagnostic at
  // ctx.location (not JSON, not an object, no text, empty text, binary).  Repairs (bad date,
  // bad config field, invalid UTF-8) are logged and the document is kept.
  bool FromLine(std::string_view line, const ItemContext& ctx, Document* doc);

  enum class FileShape { kDocuments, kNotOneValue };
  // A whole .json file: an object is one document (id default ctx.default_id), an array gives one
  // document per element (location and id default "<ctx.location>#<n>", n from 1).  Returns
  // kNotOneValue, logging nothing, when the content is not a single JSON object (so the caller
  // can read it as JSONL); a malformed array is one kSkipped diagnostic.
  FileShape FromFile(std::string_view content, const ItemContext& ctx, std::string_view id_base,
                     std::vector<Document>* docs);

  // The first string value of `key` anywhere in the JSON text (depth-first, document order), or
  // nullopt (also for malformed JSON).  For JSON-LD "datePublished".
  std::optional<std::string> FindString(std::string_view json, std::string_view key);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace entente::ingest

#endif  // ENTENTE_SRC_INGEST_JSON_DOCUMENT_H_
