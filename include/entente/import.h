// Copyright 2026 The entente Authors. Apache-2.0.
//
// import: events that others coded (GDELT, ICEWS), read row by row into ImportedEvent, and the
// export formats that write stored events back out (CSV, JSONL, GDELT-compatible TSV).
//
//   ImportOptions opts;
//   opts.on_diagnostic = [](const ImportDiagnostic& d) { log(d.ToString()); };
//   auto reader = EventFileReader::Open("20191024.export.CSV", ImportSource::kGdelt, opts);
//   if (!reader.ok()) return reader.status();
//   ImportedEvent ev;
//   while (true) {
//     Result<bool> more = (*reader)->Next(&ev);
//     if (!more.ok()) return more.status();     // I/O failure or a corrupt .gz: stop
//     if (!*more) break;
//     batch.push_back(ev);                      // then EventStore::PutImportedEvents(batch)
//   }
//
// Formats (the reader recognises them from the first line; .gz files are decompressed on the fly):
//   GDELT 1.0 event files: tab-separated, no header, 57 columns (historical back files) or 58
//     (daily files since April 2013, with SOURCEURL); both may be mixed in one file.
//   GDELT 2.0 event files: tab-separated, no header, 61 columns.
//   GDELT files with a header row (CSV or TSV; e.g. extracts written by R or by database tools):
//     columns are found by name (GLOBALEVENTID, SQLDATE/Day, Actor1Code, EventCode, ...); "NA"
//     means missing; an extra first column of row numbers (R's row.names) is skipped.
//   GDELT 1.0 "reduced" files (header Date, Source, Target, CAMEOCode, NumEvents, NumArts,
//     QuadClass, Goldstein, ...): no event ids, so each row is named by a hash of its content and
//     imported as dataset "gdelt-reduced".
//   GDELT extracts without a date column take the date from ImportOptions::default_date or else
//     from a YYYYMMDD in the file name.
//   ICEWS event files: tab-separated with the ICEWS header ("Event ID", "Event Date", "Source
//     Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity", ...).
//     Actors are mapped to CAMEO-style codes: country name -> ISO 3166 alpha-3 ("Russian
//     Federation" -> RUS), then the most specific sector -> a CAMEO role ("Military" -> MIL,
//     "Government" -> GOV, "Police" -> COP, ...); organisations without a country by name
//     ("European Union" -> IGOEUREEC).  docs/store.md lists the whole mapping.
// Files that are recognisably something else (GDELT 2.0 mention tables, GKG files, derived
// benchmark splits) are refused at Open with Unsupported and a reason.
//
// Row validation: a row is bad, reported as "file:line: reason", counted and skipped when its
// column count is wrong, its id is missing or not a number, its date is not a valid date, an
// actor code has characters other than letters and digits, its event code has no CAMEO root
// (01..20) or contradicts its EventRootCode, its QuadClass is not 1..4 or contradicts the code,
// its Goldstein value is not a number in -10..10, or a count is not a non-negative integer.
// A row whose id appeared earlier in the same file is reported as a duplicate and skipped (the
// first one is kept); duplicates across files are the store's job (PutImportedEvents).
#ifndef ENTENTE_IMPORT_H_
#define ENTENTE_IMPORT_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "entente/cameo.h"
#include "entente/date.h"
#include "entente/imported_event.h"
#include "entente/status.h"
#include "entente/store.h"

namespace entente {

// Which family of files `entente import` is asked to read.
enum class ImportSource : uint8_t { kGdelt = 0, kIcews = 1 };
// "gdelt" or "icews"; anything else is an InvalidArgument.
Result<ImportSource> ParseImportSource(std::string_view name);

struct ImportDiagnostic {
  enum class Kind : uint8_t {
    kBadRow = 0,     // the row was skipped
    kDuplicate = 1,  // the row repeats an id seen earlier in the file; skipped, the first is kept
    kNote = 2,       // the row was imported, but something was approximated (e.g. an unknown
                     // ICEWS country name left the actor's country part empty); once per cause
  };
  Kind kind = Kind::kBadRow;
  std::string file;
  int64_t line = 0;       // 1-based line where the row starts
  std::string category;   // short class for summaries: "columns", "id", "date", "actor",
                          // "event code", "quad class", "goldstein", "count", "geo", "record",
                          // "duplicate id", "country", ...
  std::string message;    // the reason, naming the offending value
  // "file:line: message".
  std::string ToString() const;
};

struct ImportOptions {
  // Date for files without a date column.  Default: none, in which case such a file must carry
  // a YYYYMMDD date in its name, or Open refuses it.
  std::optional<Date> default_date;
  // Called for every bad row, duplicate and note, in file order.  Default: none (only counted).
  std::function<void(const ImportDiagnostic&)> on_diagnostic;
  // The CAMEO table (not owned; must outlive the reader).  When set, an event code that is not in
  // it makes the row bad ("unknown CAMEO code"), and a row without a Goldstein value takes the
  // table's value for its code (GDELT extracts that dropped the column).  Default: none (codes
  // are only checked for shape: 2-4 digits under a root 01..20).
  const CameoTable* cameo = nullptr;
  // A quoted CSV record longer than this (an unbalanced quote swallowing the rest of the file)
  // is a bad row; reading resumes on the line after its start.  Default 1 MiB.
  size_t max_record_bytes = size_t{1} << 20;
};

struct ImportFileStats {
  int64_t rows = 0;         // data rows read (not the header, not blank lines)
  int64_t events = 0;       // rows returned by Next
  int64_t bad = 0;          // rows reported as bad and skipped
  int64_t duplicates = 0;   // rows skipped because their id appeared earlier in the file
  int64_t notes = 0;        // notes reported (the rows were imported)
  std::map<std::string, int64_t> bad_by_category;  // bad rows per ImportDiagnostic::category
  // rows == events + bad + duplicates once the file has been read to the end.
};

// Reads one events file, row by row.
// Ownership: owns its file handle; closes it when destroyed.
// Thread-safety: none; use one reader per thread.
// Failures: Open returns NotFound for a missing file, IOError when it cannot be read,
// Unsupported for a file that is not an events file of the requested family (the message says
// what it looks like); Next returns IOError for a read error or a corrupt .gz stream.  Bad rows
// are not failures: they are reported, counted and skipped.
class EventFileReader {
 public:
  virtual ~EventFileReader() = default;

  static Result<std::unique_ptr<EventFileReader>> Open(const std::string& path,
                                                       ImportSource source,
                                                       const ImportOptions& options = {});
  // The same, over bytes in memory (already decompressed); `name` is used in diagnostics and,
  // for the date-from-file-name rule, as the file name.
  static Result<std::unique_ptr<EventFileReader>> FromString(std::string data,
                                                             const std::string& name,
                                                             ImportSource source,
                                                             const ImportOptions& options = {});

  // Reads the next good row into *out (overwriting it): true, or false at the end of the file.
  virtual Result<bool> Next(ImportedEvent* out) = 0;
  // What the file was recognised as, e.g. "GDELT 1.0 events (57/58 columns)".
  virtual const std::string& format_name() const = 0;
  virtual const ImportFileStats& stats() const = 0;
};

// The CAMEO-style code for an ICEWS actor, from its name, sectors (comma-separated) and country
// as ICEWS writes them ("NA" or "" for none).  Empty when nothing is known.  When the country is
// missing the name is tried as an organisation or region ("European Union", "Africa") and a
// parenthesised country or region in the name ("Cabinet (Africa)").  *unknown_country (when not
// null) is set to the country name if it was given but is not in the table.
std::string IcewsActorCode(std::string_view name, std::string_view sectors,
                           std::string_view country, std::string* unknown_country = nullptr);
// ISO 3166-1 alpha-3 code for a country name as ICEWS and GDELT spell them ("Russian
// Federation", "Cote d'Ivoire", "Occupied Palestinian Territory"); "" when unknown.
// Case-insensitive.
std::string_view CountryNameToIso3(std::string_view name);

// A CAMEO event code as datasets write it, made canonical: leading zeros that numeric exports
// dropped are restored ("63" -> "063"; "421" with root hint "4" -> "0421").  `root_hint` is the
// dataset's EventRootCode ("" when not given).  InvalidArgument when the result is not a 2-4
// digit code with a CAMEO root or contradicts the hint.
Result<EventCode> NormalizeCameoCode(std::string_view code, std::string_view root_hint = {});

// ---------------------------------------------------------------------------------------------
// Export

enum class ExportFormat : uint8_t {
  kCsv = 0,    // RFC 4180 CSV with a header row (ExportHeader)
  kJsonl = 1,  // one JSON object per line
  kGdelt = 2,  // GDELT 1.0 event TSV, 58 columns, no header (readable by GDELT tools and by
               // `entente import gdelt`)
};
// "csv", "jsonl" or "gdelt"; anything else is an InvalidArgument.
Result<ExportFormat> ParseExportFormat(std::string_view name);
// The header line (no newline) for CSV; "" for the formats without one.
std::string ExportHeader(ExportFormat format);
// One stored event in `format`, without the trailing newline.  Fields: store id, dataset
// ("" = coded by entente), external id, date, source, source name/text, target, target
// name/text, code, root, quad class, Goldstein, status, counts, tone, URL (the event's, else its
// document's), location, document id and title, sentence.  GDELT: GLOBALEVENTID is the GDELT id
// for events imported from GDELT and the store id otherwise; codes and actors go into the
// columns GDELT defines for them (Actor1Code, Actor1CountryCode = the first three letters when
// they are a country, Actor1Type1Code = the role, EventBaseCode, EventRootCode, ...); DATEADDED
// is the event date.
std::string ExportLine(ExportFormat format, const StoredEvent& event);

}  // namespace entente

#endif  // ENTENTE_IMPORT_H_
