// Copyright 2026 The entente Authors. Apache-2.0.
//
// Byte sources and the record reader of the import stage (interface in records.h).  Files are
// read through zlib's gzread in 256 KiB chunks whether or not they are compressed (gzread passes
// plain files through), so .gz exports need no separate code path.  Records keep their bytes in
// one string and their fields as views into it, so a row costs no per-field allocation.
#include "import/records.h"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace entente::import_internal {
namespace {

class GzSource final : public ByteSource {
 public:
  GzSource(gzFile f, std::string path) : f_(f), path_(std::move(path)) {}
  ~GzSource() override { gzclose(f_); }
  Result<size_t> Read(char* buf, size_t n) override {
    int got = gzread(f_, buf, static_cast<unsigned>(n));
    if (got < 0) {
      int errnum = 0;
      const char* msg = gzerror(f_, &errnum);
      std::string detail = errnum == Z_ERRNO ? std::strerror(errno) : (msg ? msg : "unknown error");
      return Status::IOError("reading '" + path_ + "': " + detail);
    }
    if (got == 0) {
      // End of input, or a truncated/corrupt stream (zlib then reports Z_BUF_ERROR or
      // Z_DATA_ERROR here).
      int errnum = Z_OK;
      const char* msg = gzerror(f_, &errnum);
      if (errnum != Z_OK) {
        return Status::IOError("reading '" + path_ + "': " +
                               (msg && *msg ? msg : "corrupt gzip data"));
      }
    }
    return static_cast<size_t>(got);
  }

 private:
  gzFile f_;
  std::string path_;
};

class StringSource final : public ByteSource {
 public:
  explicit StringSource(std::string data) : data_(std::move(data)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    size_t k = std::min(n, data_.size() - pos_);
    std::memcpy(buf, data_.data() + pos_, k);
    pos_ += k;
    return k;
  }

 private:
  std::string data_;
  size_t pos_ = 0;
};

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound("no such file: '" + path + "'");
  if (std::filesystem::is_directory(path, ec)) {
    return Status::InvalidArgument("'" + path + "' is a directory, not an events file");
  }
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) {
    return Status::IOError("cannot open '" + path + "': " + std::strerror(errno));
  }
  gzbuffer(f, 256 * 1024);
  return std::unique_ptr<ByteSource>(new GzSource(f, path));
}

std::unique_ptr<ByteSource> MemorySource(std::string data) {
  return std::make_unique<StringSource>(std::move(data));
}

Record& Record::operator=(const Record& o) {
  if (this == &o) return *this;
  line = o.line;
  error = o.error;
  storage = o.storage;
  fields.clear();
  fields.reserve(o.fields.size());
  for (std::string_view f : o.fields) {
    size_t off = static_cast<size_t>(f.data() - o.storage.data());
    fields.emplace_back(storage.data() + off, f.size());
  }
  return *this;
}

Result<bool> RecordReader::FillBuffer() {
  if (eof_) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + 256 * 1024);
  auto got = source_->Read(buf_.data() + old, 256 * 1024);
  if (!got.ok()) {
    buf_.resize(old);
    return got.status();
  }
  buf_.resize(old + *got);
  if (*got == 0) eof_ = true;
  if (!started_) {
    started_ = true;
    if (buf_.size() >= 3 && buf_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
  }
  return *got > 0;
}

Result<bool> RecordReader::NextLine(std::string* line, int64_t* number) {
  if (!pushed_back_.empty()) {
    *line = std::move(pushed_back_.front().first);
    *number = pushed_back_.front().second;
    pushed_back_.pop_front();
    return true;
  }
  while (true) {
    size_t nl = buf_.find('\n', pos_);
    if (nl != std::string::npos) {
      line->assign(buf_, pos_, nl - pos_);
      pos_ = nl + 1;
      break;
    }
    auto more = FillBuffer();
    if (!more.ok()) return more.status();
    if (!*more) {
      if (pos_ >= buf_.size()) return false;
      line->assign(buf_, pos_, std::string::npos);  // last line without a newline
      pos_ = buf_.size();
      break;
    }
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  *number = ++line_no_;
  return true;
}

Result<std::string> RecordReader::PeekFirstLine() {
  std::string line;
  int64_t number = 0;
  while (true) {
    auto got = NextLine(&line, &number);
    if (!got.ok()) return got.status();
    if (!*got) return std::string();
    if (!IsBlank(line)) break;
  }
  pushed_back_.emplace_front(line, number);
  return line;
}

void RecordReader::SplitTab(Record* r) {
  r->fields.clear();
  std::string_view s = r->storage;
  size_t start = 0;
  while (true) {
    size_t tab = s.find('\t', start);
    if (tab == std::string_view::npos) {
      r->fields.push_back(s.substr(start));
      break;
    }
    r->fields.push_back(s.substr(start, tab - start));
    start = tab + 1;
  }
}

bool RecordReader::SplitCsv(const std::string& text, Record* r) {
  // Unescaped field bytes go into r->storage; offsets first, views after (storage may grow).
  r->storage.clear();
  r->storage.reserve(text.size());
  std::vector<std::pair<size_t, size_t>> spans;
  size_t i = 0;
  const size_t n = text.size();
  while (true) {
    size_t begin = r->storage.size();
    if (i < n && text[i] == '"') {
      ++i;
      bool closed = false;
      while (i < n) {
        if (text[i] == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            r->storage.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        r->storage.push_back(text[i++]);
      }
      if (!closed) return false;
      // Anything between the closing quote and the next comma is kept as written.
      while (i < n && text[i] != ',') r->storage.push_back(text[i++]);
    } else {
      while (i < n && text[i] != ',') r->storage.push_back(text[i++]);
    }
    spans.emplace_back(begin, r->storage.size() - begin);
    if (i >= n) break;
    ++i;  // the comma
  }
  r->fields.clear();
  for (auto [b, len] : spans) r->fields.emplace_back(r->storage.data() + b, len);
  return true;
}

Result<bool> RecordReader::Next(Record* out) {
  std::string line;
  int64_t number = 0;
  while (true) {
    auto got = NextLine(&line, &number);
    if (!got.ok()) return got.status();
    if (!*got) return false;
    if (!IsBlank(line)) break;
  }
  out->line = number;
  out->error.clear();
  if (mode_ == Mode::kTab) {
    out->storage.swap(line);
    SplitTab(out);
    return true;
  }
  if (SplitCsv(line, out)) return true;
  // A quoted field runs past the end of the line: join following lines until it closes.
  std::string text = line;
  std::vector<std::pair<std::string, int64_t>> consumed;
  while (true) {
    std::string next;
    int64_t next_no = 0;
    auto got = NextLine(&next, &next_no);
    if (!got.ok()) return got.status();
    if (!*got) {
      out->error = "a quoted field is never closed (unbalanced '\"')";
      break;
    }
    consumed.emplace_back(next, next_no);
    text += '\n';
    text += next;
    if (text.size() > max_record_) {
      out->error = "a quoted field runs on for more than " + std::to_string(max_record_) +
                   " bytes (unbalanced '\"')";
      break;
    }
    if (SplitCsv(text, out)) return true;
  }
  // Malformed: give the lines after the first back, so the rows in them are read normally.
  for (auto it = consumed.rbegin(); it != consumed.rend(); ++it) {
    pushed_back_.emplace_front(std::move(it->first), it->second);
  }
  out->fields.clear();
  out->storage = line;
  return true;
}

}  // namespace entente::import_internal
