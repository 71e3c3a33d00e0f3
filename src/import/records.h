// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal to the import stage: byte sources (plain or gzip files through zlib, or memory) and a
// record reader that splits them into tab-separated lines or RFC 4180 CSV records, with the line
// number where each record starts.
#ifndef ENTENTE_IMPORT_RECORDS_H_
#define ENTENTE_IMPORT_RECORDS_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entente/status.h"

namespace entente::import_internal {

// A stream of bytes.  Read returns 0 at the end.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
};

// Opens `path` through zlib's gzread, which decompresses gzip data and passes other files
// through unchanged.  NotFound when the file does not exist; IOError when it cannot be opened.
Result<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path);
std::unique_ptr<ByteSource> MemorySource(std::string data);

// One record: its fields (views into storage owned by the record) and where it starts.
struct Record {
  int64_t line = 0;          // 1-based line of the record's first byte
  std::string error;         // non-empty: the record is malformed (fields are not meaningful)
  std::vector<std::string_view> fields;

  Record() = default;
  Record(const Record& o) { *this = o; }
  Record& operator=(const Record& o);
  std::string storage;       // the bytes the fields point into
};

// Splits a byte source into records.
// Tab mode: one line is one record, fields split at every tab, no quoting.
// CSV mode: fields split at commas; a field that starts with '"' is quoted ("" is a quote inside
// it) and may span lines.  A quoted record longer than max_record_bytes, or one still open at the
// end of the input, is returned with `error` set and reading resumes on the line after its start.
// In both modes a trailing '\r' is dropped from every line, a UTF-8 byte order mark at the start
// of the input is skipped, and blank lines are skipped.
class RecordReader {
 public:
  enum class Mode { kTab, kCsv };
  RecordReader(std::unique_ptr<ByteSource> source, size_t max_record_bytes)
      : source_(std::move(source)), max_record_(max_record_bytes) {}

  void set_mode(Mode m) { mode_ = m; }
  // The first line of the input, without consuming it (for format detection).  Empty at EOF.
  Result<std::string> PeekFirstLine();
  // The next record; false at the end of the input.
  Result<bool> Next(Record* out);

 private:
  // The next raw line (without its newline and '\r') and its number; false at EOF.
  Result<bool> NextLine(std::string* line, int64_t* number);
  Result<bool> FillBuffer();
  void SplitTab(Record* r);
  // Parses r->storage as CSV.  Returns false when a quoted field is still open at the end.
  bool SplitCsv(const std::string& text, Record* r);

  std::unique_ptr<ByteSource> source_;
  size_t max_record_;
  Mode mode_ = Mode::kTab;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  bool started_ = false;
  int64_t line_no_ = 0;
  std::deque<std::pair<std::string, int64_t>> pushed_back_;  // lines to read again
};

}  // namespace entente::import_internal

#endif  // ENTENTE_IMPORT_RECORDS_H_
