// Copyright 2026 The entente Authors. Apache-2.0.
//
// ingest: from files to Document values.
//
//   IngestOptions options;
//   options.default_date = Date::Parse("2019-06-05").value();   // from --date
//   auto reader = OpenDocumentReader({"corpus/", "extra.jsonl"}, options);
//   if (!reader.ok()) return reader.status();                   // a path does not exist
//   Document doc;
//   for (;;) {
//     Result<bool> more = (*reader)->Next(&doc);
//     for (const IngestDiagnostic& d : (*reader)->TakeDiagnostics()) Report(d.ToString());
//     if (!more.ok()) return more.status();                     // a file could not be read at all
//     if (!*more) break;                                        // end of input
//     Use(doc);
//   }
//
// Formats (IngestOptions::format; kAuto picks by file extension):
//   text   (.txt, any unknown extension): one document per file; id = file stem, or the path
//          relative to the root when walking a directory ("sub/a.txt").
//   html   (.html, .htm): one document per page; the article body only (navigation, teasers,
//          image credits, disclaimers, footers, scripts removed; paragraphs separated by a blank
//          line); title, date, url and source from <title>/<meta>/<link>/<time>/JSON-LD.  The
//          date is the first readable one of: meta article:published_time, meta name=date (and
//          kin), itemprop=datePublished, JSON-LD datePublished, <time datetime> (in the article
//          first).  A page nested implausibly deep (over 512 open elements; gumbo's parse time
//          grows with depth) is skipped with a diagnostic.
//   jsonl  (.jsonl; also the default for "-" = standard input, which is read in 64 KiB blocks,
//          so the reader suits batch input, not interactive line-by-line streaming): one document
//          per line,
//          {"id", "text", "date", "title", "source", "url", "config": {...}} as in DESIGN.md.
//          Missing id -> "<file>:<line>".  Unknown fields are ignored, and so are title, source
//          and url when they are not strings (the PETRARCH records use "source" for an object).
//   json   (.json): one document object, or an array of them (id default "<file>#<n>");
//          a .json file that is neither is read as JSONL.
//   Directories are walked recursively in byte-wise sorted order of names, reading
//   .txt/.html/.htm/.jsonl/.json files; hidden files and directories (".name") are skipped, other
//   extensions are counted in IngestStats::ignored_files, symbolic links to directories are not
//   followed.
//
// Error model.  A bad *item* (a JSONL line that is not JSON, a document without text, a binary
// file, an empty file, a page without article text) is a diagnostic of kind kSkipped and reading
// continues with the next item.  A document that is kept but was altered (invalid UTF-8 replaced
// by U+FFFD, an unreadable date dropped, a bad config field ignored, a duplicate id) gets a
// diagnostic of kind kRepaired.  Only a fatal problem (a file or directory that cannot be opened
// or read) is a non-OK Status.  Every diagnostic names the file and, where there is one, the line:
// "corpus.jsonl:17: not JSON: ...".  Nothing is dropped without a diagnostic, so
// IngestStats::documents + IngestStats::skipped accounts for every item.
//
// Text hygiene applied to every document: a UTF-8 byte-order mark is removed and UTF-16 input
// with a byte-order mark is decoded; invalid UTF-8 becomes U+FFFD (counted in one kRepaired
// diagnostic per document); NUL bytes and other C0 control characters except tab and newline are
// dropped (form feed and vertical tab become newlines); CR LF and lone CR become LF; leading and
// trailing whitespace is trimmed.  An item of which more than IngestOptions::max_binary_fraction of
// the bytes are invalid UTF-8 or control characters is skipped as binary.  HTML that is not valid
// UTF-8 and declares another charset (<meta charset>) is transcoded with ICU.
#ifndef ENTENTE_INGEST_H_
#define ENTENTE_INGEST_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/date.h"
#include "entente/document.h"
#include "entente/status.h"

namespace entente {

enum class InputFormat : uint8_t {
  kAuto = 0,   // by extension: .html/.htm html, .jsonl jsonl, .json json, else text; "-" jsonl
  kText = 1,
  kHtml = 2,
  kJsonl = 3,
  kJson = 4,
};

// "auto", "text", "html", "jsonl", "json" (case-sensitive); InvalidArgument otherwise.
[[nodiscard]] Result<InputFormat> ParseInputFormat(std::string_view name);
std::string_view InputFormatName(InputFormat format);

struct IngestOptions {
  // How to parse inputs.  Default kAuto (by extension).  In a directory walk the extension filter
  // (.txt .html .htm .jsonl .json) applies whatever the format; the format only changes how the
  // selected files are parsed.
  InputFormat format = InputFormat::kAuto;

  // Date given to documents that have none (or whose date cannot be read).  Default: none; such
  // documents come out with an empty `date` and the caller reports them.  Never "today".
  std::optional<Date> default_date;

  // Largest input item, in bytes: a text or HTML file, a .json file, or one JSONL line.  A larger
  // item is skipped with a diagnostic (never truncated) and is not read into memory whole.
  // Default 50 MiB.
  size_t max_document_bytes = size_t{50} << 20;

  // An item whose fraction of invalid-UTF-8 and control bytes exceeds this is skipped as binary.
  // Default 0.30.
  double max_binary_fraction = 0.30;
};

enum class DiagnosticKind : uint8_t {
  kSkipped = 0,   // the item was dropped; counted in IngestStats::skipped
  kRepaired = 1,  // the document was kept but altered; counted in IngestStats::repairs
};

struct IngestDiagnostic {
  DiagnosticKind kind = DiagnosticKind::kSkipped;
  std::string location;  // "corpus.jsonl:17", "site/page.html", "<stdin>:3"
  std::string message;   // "not JSON: ..."
  // "corpus.jsonl:17: not JSON: ..."
  std::string ToString() const;
};

struct IngestStats {
  uint64_t files = 0;          // inputs opened (files, standard input, in-memory buffers)
  uint64_t ignored_files = 0;  // files met in a directory walk with an extension not read
  uint64_t documents = 0;      // documents returned by Next()
  uint64_t skipped = 0;        // items dropped (kSkipped diagnostics)
  uint64_t repairs = 0;        // kRepaired diagnostics
  uint64_t failed_files = 0;   // inputs that could not be opened or read (non-OK Next())
  uint64_t bytes = 0;          // input bytes read (an oversized file skipped unread adds nothing)
};

// A pull source of documents.
//
// Ownership: returned by the factories below as a unique_ptr; a stream reader does not own its
// std::istream.  Thread-safety: none; use one reader from one thread at a time (distinct readers
// are independent).  Failure modes: see Next().
class DocumentReader {
 public:
  virtual ~DocumentReader() = default;

  // Reads the next document into *doc (all fields overwritten).  Returns true when a document
  // was produced and false at the end of all input.  Bad items are skipped with diagnostics, not
  // errors.  A non-OK result (IOError) means an input could not be opened or read at all; the
  // reader has then moved past that input, so calling Next() again continues with the next one
  // (a caller that wants to fail fast just stops).
  [[nodiscard]] virtual Result<bool> Next(Document* doc) = 0;

  // Moves out the diagnostics raised since the last call, in input order.  After Next() returned
  // a document they include everything up to and including that document's repairs.
  virtual std::vector<IngestDiagnostic> TakeDiagnostics() = 0;

  // Running counts since the reader was created.
  virtual const IngestStats& stats() const = 0;
};

// Reader over files, directories and "-" (standard input, read through std::cin), in the order
// given.  Returns NotFound naming the path when a path does not exist, InvalidArgument when
// `paths` is empty or options are out of range; later problems come from Next().
[[nodiscard]] Result<std::unique_ptr<DocumentReader>> OpenDocumentReader(
    const std::vector<std::string>& paths, const IngestOptions& options);

// Reader over an in-memory input named `name`, used for diagnostics, default ids and, with kAuto,
// the format as for files ("page.html" is HTML, "a.jsonl" JSONL, "note" or "a.txt" text).  For a
// server receiving an upload, and tests.  InvalidArgument when options are out of range.
[[nodiscard]] Result<std::unique_ptr<DocumentReader>> NewStringReader(std::string content,
                                                                      std::string name,
                                                                      const IngestOptions& options);

// Reader over a stream (not owned; must outlive the reader).  `name` as for NewStringReader,
// except that with kAuto an extension-less name is read as JSONL, like standard input.
// InvalidArgument when options are out of range or `in` is null.
[[nodiscard]] Result<std::unique_ptr<DocumentReader>> NewStreamReader(std::istream* in,
                                                                      std::string name,
                                                                      const IngestOptions& options);

// Drains `reader`: every document goes to on_document, every diagnostic to on_diagnostic (may be
// empty), in input order.  Stops at and returns the first non-OK status from the reader or from
// on_document.
[[nodiscard]] Status ReadAll(DocumentReader* reader,
                             const std::function<Status(Document&&)>& on_document,
                             const std::function<void(const IngestDiagnostic&)>& on_diagnostic);

// XXH64 of `bytes` (the published xxHash64 algorithm, implemented here).  Thread-safe, pure.
uint64_t Hash64(std::string_view bytes, uint64_t seed = 0);

// (The content hash that makes ingest idempotent is ContentHash in entente/store.h.)

}  // namespace entente

#endif  // ENTENTE_INGEST_H_
