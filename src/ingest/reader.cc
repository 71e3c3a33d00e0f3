// Copyright 2026 The entente Authors. Apache-2.0.
//
// The DocumentReader behind OpenDocumentReader, NewStringReader and NewStreamReader: a queue of
// inputs (paths, standard input, a stream, a string) read one after the other.  A directory is
// expanded when reached, its entries sorted by name and pushed to the front of the queue (a
// deterministic depth-first walk).  Text, HTML and .json inputs are read whole (size-checked
// first) and parsed into a small queue of ready documents; JSONL is streamed line by line.  Every
// skipped item and every repair goes to the DiagnosticLog; only an input that cannot be opened or
// read ends Next() with an IOError, after which the reader continues with the next input.
// Also: the format names, IngestDiagnostic::ToString and ReadAll.  Interface: entente/ingest.h.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "entente/ingest.h"
#include "ingest/item.h"
#include "ingest/json_document.h"
#include "ingest/line_reader.h"
#include "ingest/text_hygiene.h"

namespace entente {

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kHtml: return "html";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kJson: return "json";
  }
  return "?";
}

Result<InputFormat> ParseInputFormat(std::string_view name) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kHtml, InputFormat::kJsonl,
                        InputFormat::kJson}) {
    if (name == InputFormatName(f)) return f;
  }
  return Status::InvalidArgument("unknown input format '" + std::string(name) +
                                 "' (want auto, text, html, jsonl or json)");
}

std::string IngestDiagnostic::ToString() const {
  std::string s = location;
  s += ": ";
  s += message;
  return s;
}

Status ReadAll(DocumentReader* reader, const std::function<Status(Document&&)>& on_document,
               const std::function<void(const IngestDiagnostic&)>& on_diagnostic) {
  Document doc;
  for (;;) {
    Result<bool> more = reader->Next(&doc);
    for (const IngestDiagnostic& d : reader->TakeDiagnostics())
      if (on_diagnostic) on_diagnostic(d);
    if (!more.ok()) return more.status();
    if (!*more) return Status::OK();
    ENTENTE_RETURN_IF_ERROR(on_document(std::move(doc)));
  }
}

namespace ingest {
namespace {

namespace fs = std::filesystem;

constexpr size_t kSniffBytes = 8192;

enum class InputKind { kPath, kStdin, kStream, kString };

struct Input {
  InputKind kind = InputKind::kPath;
  fs::path path;           // kPath
  std::string display;     // location prefix in diagnostics: the path as given / joined
  std::string id_base;     // default id of a whole-file document: stem, or relative path in a walk
  std::string line_base;   // "<line_base>:<n>" default ids of JSONL lines: file name or relative path
  bool in_walk = false;    // found by walking a directory (extension filter applies)
  std::istream* stream = nullptr;  // kStream
  std::string content;     // kString
};

std::string Lowercase(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Lower-cased extension with its dot (".html"), or "".
std::string ExtensionOf(const std::string& name) {
  return Lowercase(fs::path(name).extension().string());
}

bool IsReadableExtension(const std::string& ext) {
  return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".jsonl" || ext == ".json";
}

InputFormat FormatForName(const std::string& name, InputFormat no_extension) {
  const std::string ext = ExtensionOf(name);
  if (ext == ".html" || ext == ".htm") return InputFormat::kHtml;
  if (ext == ".jsonl") return InputFormat::kJsonl;
  if (ext == ".json") return InputFormat::kJson;
  if (ext.empty()) return no_extension;
  return InputFormat::kText;
}

std::string Stem(const std::string& name) {
  std::string stem = fs::path(name).stem().string();
  return stem.empty() ? name : stem;
}

std::string ErrnoText() { return std::strerror(errno); }

class MultiReader final : public DocumentReader {
 public:
  MultiReader(std::deque<Input> inputs, const IngestOptions& options)
      : options_(options), log_(&stats_), pending_(std::move(inputs)) {}

  Result<bool> Next(Document* doc) override {
    for (;;) {
      if (!ready_.empty()) {
        *doc = std::move(ready_.front());
        ready_.pop_front();
        Emit(*doc);
        return true;
      }
      if (lines_ != nullptr) {
        Result<bool> got = NextLine(doc);
        if (!got.ok()) return got;
        if (*got) {
          Emit(*doc);
          return true;
        }
        continue;
      }
      if (pending_.empty()) return false;
      Input input = std::move(pending_.front());
      pending_.pop_front();
      Status st = Open(std::move(input));
      if (!st.ok()) {
        ++stats_.failed_files;
        return st;
      }
    }
  }

  std::vector<IngestDiagnostic> TakeDiagnostics() override { return log_.Take(); }
  const IngestStats& stats() const override { return stats_; }

 private:
  // Counts the document and warns about a repeated id.
  void Emit(const Document& doc) {
    ++stats_.documents;
    auto [it, inserted] = seen_ids_.try_emplace(doc.id, doc.origin);
    if (!inserted) log_.Repair(doc.origin, "duplicate id '" + doc.id + "' (first at " + it->second + ")");
  }

  InputFormat Resolve(const Input& in) const {
    if (options_.format != InputFormat::kAuto) return options_.format;
    switch (in.kind) {
      case InputKind::kStdin: return InputFormat::kJsonl;
      case InputKind::kStream: return FormatForName(in.display, InputFormat::kJsonl);
      case InputKind::kString: return FormatForName(in.display, InputFormat::kText);
      case InputKind::kPath: break;
    }
    return FormatForName(in.path.filename().string(), InputFormat::kText);
  }

  Status Open(Input in) {
    switch (in.kind) {
      case InputKind::kStdin:
        ++stats_.files;
        return OpenStream(std::move(in), &std::cin);
      case InputKind::kStream: {
        ++stats_.files;
        std::istream* s = in.stream;
        return OpenStream(std::move(in), s);
      }
      case InputKind::kString: {
        ++stats_.files;
        std::string content = std::move(in.content);
        return ParseWhole(std::move(in), std::move(content));
      }
      case InputKind::kPath:
        break;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(in.path, ec);
    if (ec) return Status::IOError(in.display + ": " + ec.message());
    if (fs::is_directory(st)) return ExpandDirectory(in);
    ++stats_.files;
    if (!fs::is_regular_file(st)) {
      // A FIFO or character device (e.g. /dev/stdin): no size to check; stream it.
      auto f = std::make_unique<std::ifstream>(in.path, std::ios::binary);
      if (!*f) return Status::IOError(in.display + ": cannot open: " + ErrnoText());
      file_ = std::move(f);
      Status opened = OpenStream(std::move(in), file_.get());
      if (lines_ == nullptr) file_.reset();  // read whole: close it now
      return opened;
    }
    const InputFormat format = Resolve(in);
    auto f = std::make_unique<std::ifstream>(in.path, std::ios::binary);
    if (!*f) return Status::IOError(in.display + ": cannot open: " + ErrnoText());
    if (format == InputFormat::kJsonl) {
      file_ = std::move(f);
      return StartLines(std::move(in), file_.get());
    }
    const uintmax_t size = fs::file_size(in.path, ec);
    if (!ec && size > options_.max_document_bytes) {
      log_.Skip(in.display, TooLarge(size));
      return Status::OK();
    }
    std::string content;
    bool too_big = false;
    ENTENTE_RETURN_IF_ERROR(ReadCapped(in, f.get(), &content, &too_big));
    if (too_big) {
      log_.Skip(in.display, TooLarge(content.size()) + " or more");
      return Status::OK();
    }
    return ParseWhole(std::move(in), std::move(content));
  }

  std::string TooLarge(uint64_t size) const {
    return std::to_string(size) + " bytes, more than max_document_bytes (" +
           std::to_string(options_.max_document_bytes) + "); skipped";
  }

  // Reads up to max_document_bytes + 1 bytes of `s`.
  Status ReadCapped(const Input& in, std::istream* s, std::string* out, bool* too_big) {
    const size_t cap = options_.max_document_bytes;
    char buf[65536];
    while (*s) {
      s->read(buf, sizeof buf);
      const auto got = static_cast<size_t>(s->gcount());
      if (s->bad()) return Status::IOError(in.display + ": read error: " + ErrnoText());
      stats_.bytes += got;
      if (out->size() + got > cap) {
        out->append(buf, cap + 1 - out->size());
        *too_big = true;
        return Status::OK();
      }
      out->append(buf, got);
    }
    return Status::OK();
  }

  Status OpenStream(Input in, std::istream* s) {
    const InputFormat format = Resolve(in);
    if (format == InputFormat::kJsonl) return StartLines(std::move(in), s);
    std::string content;
    bool too_big = false;
    ENTENTE_RETURN_IF_ERROR(ReadCapped(in, s, &content, &too_big));
    if (too_big) {
      log_.Skip(in.display, TooLarge(content.size()) + " or more");
      return Status::OK();
    }
    return ParseWhole(std::move(in), std::move(content));
  }

  Status ParseWhole(Input in, std::string content) {
    const InputFormat format = Resolve(in);
    const bool json = format == InputFormat::kJsonl || format == InputFormat::kJson;
    if (!json && TrimAscii(content).empty()) {  // JSON inputs report this per line instead
      log_.Skip(in.display, content.empty() ? "empty file" : "empty document");
      return Status::OK();
    }
    const ItemContext ctx{in.display, in.id_base, &options_, &log_};
    Document doc;
    switch (format) {
      case InputFormat::kHtml:
        if (DocumentFromHtml(content, ctx, &doc)) ready_.push_back(std::move(doc));
        return Status::OK();
      case InputFormat::kJson: {
        std::vector<Document> docs;
        if (json_.FromFile(content, ctx, in.line_base, &docs) == JsonDocumentParser::FileShape::kDocuments) {
          for (Document& d : docs) ready_.push_back(std::move(d));
          return Status::OK();
        }
        return StartStringLines(std::move(in), std::move(content));  // not one value: JSONL
      }
      case InputFormat::kJsonl:
        return StartStringLines(std::move(in), std::move(content));
      case InputFormat::kText:
      case InputFormat::kAuto:
        if (DocumentFromText(content, ctx, &doc)) ready_.push_back(std::move(doc));
        return Status::OK();
    }
    return Status::OK();
  }

  // JSONL held in memory (its bytes were counted when it was read).
  Status StartStringLines(Input in, std::string content) {
    owned_stream_ = std::make_unique<std::istringstream>(std::move(content));
    return StartLines(std::move(in), owned_stream_.get(), /*count_bytes=*/false);
  }

  Status StartLines(Input in, std::istream* s, bool count_bytes = true) {
    // Sniff the start so that a binary file is one diagnostic, not one per "line".
    std::string prefix(kSniffBytes, '\0');
    s->read(prefix.data(), static_cast<std::streamsize>(kSniffBytes));
    if (s->bad()) return Status::IOError(in.display + ": read error: " + ErrnoText());
    prefix.resize(static_cast<size_t>(s->gcount()));
    if (!*s && !s->bad()) s->clear(s->rdstate() & ~std::ios::failbit);  // short read is not an error
    if (Clean(prefix).SuspectFraction() > options_.max_binary_fraction) {
      log_.Skip(in.display, "looks binary (invalid UTF-8 or control bytes); not read as JSONL");
      if (count_bytes) stats_.bytes += prefix.size();
      CloseLines();
      return Status::OK();
    }
    count_line_bytes_ = count_bytes;
    counted_line_bytes_ = 0;
    lines_ = std::make_unique<LineReader>(s, options_.max_document_bytes, std::move(prefix));
    current_ = std::move(in);
    current_items_ = 0;
    return Status::OK();
  }

  void CloseLines() {
    CountLineBytes();
    lines_.reset();
    file_.reset();
    owned_stream_.reset();
  }

  // Next document from the current JSONL input; false when the input is exhausted (closed).
  Result<bool> NextLine(Document* doc) {
    std::string line;
    for (;;) {
      const LineReader::Kind kind = lines_->Next(&line);
      CountLineBytes();  // as reading goes, so that progress can be shown within a file
      const std::string n = std::to_string(lines_->line_number());
      switch (kind) {
        case LineReader::Kind::kEnd:
          if (current_items_ == 0) {
            log_.Skip(current_.display, lines_->line_number() == 0 ? "empty file" : "no documents (only blank lines)");
          }
          CloseLines();
          return false;
        case LineReader::Kind::kError: {
          Status st = Status::IOError(current_.display + ":" + n + ": read error: " + ErrnoText());
          CloseLines();
          ++stats_.failed_files;
          return st;
        }
        case LineReader::Kind::kTooLong:
          ++current_items_;
          log_.Skip(current_.display + ":" + n, "line of " + TooLarge(lines_->line_bytes()));
          continue;
        case LineReader::Kind::kLine:
          break;
      }
      std::string_view text = line;
      if (lines_->line_number() == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
      if (TrimAscii(text).empty()) continue;
      ++current_items_;
      const ItemContext ctx{current_.display + ":" + n, current_.line_base + ":" + n, &options_, &log_};
      if (json_.FromLine(text, ctx, doc)) return true;
    }
  }

  Status ExpandDirectory(const Input& dir) {
    std::error_code ec;
    fs::directory_iterator it(dir.path, ec);
    if (ec) return Status::IOError(dir.display + ": cannot read directory: " + ec.message());
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) return Status::IOError(dir.display + ": cannot read directory: " + ec.message());
      entries.push_back(*it);
    }
    if (ec) return Status::IOError(dir.display + ": cannot read directory: " + ec.message());
    std::sort(entries.begin(), entries.end(), [](const fs::directory_entry& a, const fs::directory_entry& b) {
      return a.path().filename().string() < b.path().filename().string();
    });
    std::vector<Input> found;
    for (const fs::directory_entry& e : entries) {
      const std::string name = e.path().filename().string();
      if (name.empty() || name[0] == '.') continue;  // hidden
      std::error_code e1, e2;
      const bool is_link = e.is_symlink(e1);
      const bool is_dir = e.is_directory(e2);
      Input child;
      child.path = e.path();
      child.display = (fs::path(dir.display) / name).string();
      const std::string rel = dir.in_walk ? dir.id_base + "/" + name : name;
      child.id_base = rel;
      child.line_base = rel;
      child.in_walk = true;
      if (is_dir) {
        if (is_link) continue;  // symbolic links to directories are not followed (no cycles)
        found.push_back(std::move(child));
      } else if (e.is_regular_file(e1) && IsReadableExtension(ExtensionOf(name))) {
        found.push_back(std::move(child));
      } else {
        ++stats_.ignored_files;
      }
    }
    for (auto i = found.rbegin(); i != found.rend(); ++i) pending_.push_front(std::move(*i));
    return Status::OK();
  }

  IngestOptions options_;
  IngestStats stats_;
  DiagnosticLog log_;
  JsonDocumentParser json_;
  std::deque<Input> pending_;
  std::deque<Document> ready_;
  // The JSONL input being streamed.
  Input current_;
  std::unique_ptr<std::ifstream> file_;
  std::unique_ptr<std::istringstream> owned_stream_;
  std::unique_ptr<LineReader> lines_;
  bool count_line_bytes_ = true;
  uint64_t counted_line_bytes_ = 0;  // of lines_->bytes(), already in stats_.bytes

  void CountLineBytes() {
    if (!lines_ || !count_line_bytes_) return;
    stats_.bytes += lines_->bytes() - counted_line_bytes_;
    counted_line_bytes_ = lines_->bytes();
  }
  size_t current_items_ = 0;
  std::unordered_map<std::string, std::string> seen_ids_;
};

Status CheckOptions(const IngestOptions& options) {
  if (options.max_document_bytes == 0) return Status::InvalidArgument("max_document_bytes must be positive");
  if (!(options.max_binary_fraction > 0.0 && options.max_binary_fraction <= 1.0)) {
    return Status::InvalidArgument("max_binary_fraction must be in (0, 1]");
  }
  return Status::OK();
}

}  // namespace
}  // namespace ingest

Result<std::unique_ptr<DocumentReader>> OpenDocumentReader(const std::vector<std::string>& paths,
                                                           const IngestOptions& options) {
  namespace fs = std::filesystem;
  using ingest::Input;
  using ingest::InputKind;
  ENTENTE_RETURN_IF_ERROR(ingest::CheckOptions(options));
  if (paths.empty()) return Status::InvalidArgument("no input paths");
  std::deque<Input> inputs;
  for (const std::string& p : paths) {
    Input in;
    if (p == "-") {
      in.kind = InputKind::kStdin;
      in.display = "<stdin>";
      in.id_base = "stdin";
      in.line_base = "stdin";
    } else {
      std::error_code ec;
      if (!fs::exists(fs::path(p), ec)) {
        return ec && ec != std::errc::no_such_file_or_directory
                   ? Status::IOError(p + ": " + ec.message())
                   : Status::NotFound(p + ": no such file or directory");
      }
      in.path = p;
      in.display = p;
      const std::string name = fs::path(p).filename().string();
      in.id_base = ingest::Stem(name);
      in.line_base = name;
    }
    inputs.push_back(std::move(in));
  }
  return std::unique_ptr<DocumentReader>(new ingest::MultiReader(std::move(inputs), options));
}

Result<std::unique_ptr<DocumentReader>> NewStringReader(std::string content, std::string name,
                                                        const IngestOptions& options) {
  ENTENTE_RETURN_IF_ERROR(ingest::CheckOptions(options));
  ingest::Input in;
  in.kind = ingest::InputKind::kString;
  in.content = std::move(content);
  in.id_base = ingest::Stem(name);
  in.line_base = name;
  in.display = std::move(name);
  std::deque<ingest::Input> inputs;
  inputs.push_back(std::move(in));
  return std::unique_ptr<DocumentReader>(new ingest::MultiReader(std::move(inputs), options));
}

Result<std::unique_ptr<DocumentReader>> NewStreamReader(std::istream* stream, std::string name,
                                                        const IngestOptions& options) {
  ENTENTE_RETURN_IF_ERROR(ingest::CheckOptions(options));
  if (stream == nullptr) return Status::InvalidArgument("null stream");
  ingest::Input in;
  in.kind = ingest::InputKind::kStream;
  in.stream = stream;
  in.id_base = ingest::Stem(name);
  in.line_base = name;
  in.display = std::move(name);
  std::deque<ingest::Input> inputs;
  inputs.push_back(std::move(in));
  return std::unique_ptr<DocumentReader>(new ingest::MultiReader(std::move(inputs), options));
}

}  // namespace entente
