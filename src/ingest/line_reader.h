// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal: a line reader with a length cap, for JSONL.  Unlike std::getline it never holds more
// than `max_line` bytes of one line: a longer line is reported as kTooLong and skipped to its end.
#ifndef ENTENTE_SRC_INGEST_LINE_READER_H_
#define ENTENTE_SRC_INGEST_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace entente::ingest {

// Reads "\n"-terminated lines (a final line without "\n" counts; a trailing "\r" is removed).
// Does not own the stream.  Not thread-safe.
class LineReader {
 public:
  // `prefix`: bytes already taken from the stream (e.g. to sniff the content), read first.
  LineReader(std::istream* in, size_t max_line, std::string prefix = {});

  enum class Kind { kLine, kTooLong, kEnd, kError };
  // kLine: *line holds the next line.  kTooLong: the line was longer than max_line bytes; *line
  // is empty and line_bytes() tells its length.  kEnd: no more input.  kError: the stream failed.
  Kind Next(std::string* line);

  size_t line_number() const { return line_number_; }  // of the line last returned, from 1
  size_t line_bytes() const { return line_bytes_; }    // length of that line
  uint64_t bytes() const { return bytes_; }             // bytes consumed so far

 private:
  bool Fill();  // false at end of stream or on error (error_ set)

  std::istream* in_;
  size_t max_line_;
  std::vector<char> buf_;
  size_t pos_ = 0, end_ = 0;
  size_t line_number_ = 0;
  size_t line_bytes_ = 0;
  uint64_t bytes_ = 0;
  bool eof_ = false;
  bool error_ = false;
};

}  // namespace entente::ingest

#endif  // ENTENTE_SRC_INGEST_LINE_READER_H_
