// Copyright 2026 The entente Authors. Apache-2.0.
//
// LineReader: buffered, length-capped line splitting over a std::istream (64 KiB reads, memchr
// for newlines).  Interface: line_reader.h.
#include "ingest/line_reader.h"

#include <cstring>

namespace entente::ingest {

namespace {
constexpr size_t kChunk = 64 * 1024;
}  // namespace

LineReader::LineReader(std::istream* in, size_t max_line, std::string prefix)
    : in_(in), max_line_(max_line), buf_(prefix.begin(), prefix.end()), end_(prefix.size()) {}

bool LineReader::Fill() {
  if (eof_ || error_) return false;
  buf_.resize(kChunk);
  pos_ = 0;
  in_->read(buf_.data(), static_cast<std::streamsize>(kChunk));
  end_ = static_cast<size_t>(in_->gcount());
  if (in_->bad()) {
    error_ = true;
    return false;
  }
  if (!*in_) eof_ = true;  // short read: end of stream
  return end_ > 0;
}

LineReader::Kind LineReader::Next(std::string* line) {
  line->clear();
  size_t length = 0;
  bool any = false;
  for (;;) {
    if (pos_ == end_ && !Fill()) {
      if (error_) return Kind::kError;
      if (!any) return Kind::kEnd;
      break;  // last line without a newline
    }
    any = true;
    const char* start = buf_.data() + pos_;
    const size_t avail = end_ - pos_;
    const void* nl = std::memchr(start, '\n', avail);
    const size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
    if (length + take <= max_line_) {
      line->append(start, take);
    } else {
      line->clear();
    }
    length += take;
    pos_ += take;
    bytes_ += take;
    if (nl) {
      ++pos_;
      ++bytes_;
      break;
    }
  }
  ++line_number_;
  if (length > max_line_) {
    line_bytes_ = length;
    line->clear();
    return Kind::kTooLong;
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  line_bytes_ = length;
  return Kind::kLine;
}

}  // namespace entente::ingest
