// Copyright 2026 The entente Authors. Apache-2.0.
//
// Benchmark inputs (corpora.h): the demo corpus and the shared news corpora as Documents.  JSONL
// and text folders go through the ingest readers as `entente code` would read them; AG News CSV
// and Reuters SGML (read with zlib, gzip or plain) are parsed here because entente has no reader
// for them.  Interface: corpora.h.
#include "corpora.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "entente/ingest.h"

namespace entente::bench {
namespace {

Status ReadFile(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");  // reads plain files too
  if (f == nullptr) return Status::NotFound(path + ": cannot open");
  out->clear();
  char buf[1 << 16];
  for (;;) {
    int n = gzread(f, buf, sizeof buf);
    if (n < 0) {
      gzclose(f);
      return Status::IOError(path + ": read error");
    }
    if (n == 0) break;
    out->append(buf, static_cast<size_t>(n));
  }
  gzclose(f);
  return Status::OK();
}

Result<Corpus> ReadWithIngest(const std::string& name, const std::string& path, const IngestOptions& opts) {
  auto reader = OpenDocumentReader({path}, opts);
  if (!reader.ok()) return reader.status();
  Corpus c;
  c.name = name;
  c.origin = path;
  Status st = ReadAll(
      reader->get(),
      [&](Document&& d) {
        if (!d.date) return Status::OK();  // the coder would refuse it; not a benchmark input
        c.bytes += d.text.size();
        c.docs.push_back(std::move(d));
        return Status::OK();
      },
      nullptr);
  if (!st.ok()) return st;
  if (c.docs.empty()) return Status::ParseError(path + ": no dated documents");
  return c;
}

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != std::string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

// AG News keeps HTML entities without '&' ("#36;" for '$') and '\' for line breaks.
std::string CleanAg(std::string s) {
  ReplaceAll(&s, "\\", " ");
  ReplaceAll(&s, "#36;", "$");
  ReplaceAll(&s, "#39;", "'");
  ReplaceAll(&s, "quot;", "\"");
  ReplaceAll(&s, "&lt;", "<");
  ReplaceAll(&s, "&gt;", ">");
  ReplaceAll(&s, "&amp;", "&");
  return s;
}

// One RFC 4180 record starting at *pos; false at the end of input.
bool NextCsvRecord(std::string_view in, size_t* pos, std::vector<std::string>* fields) {
  fields->clear();
  if (*pos >= in.size()) return false;
  std::string field;
  bool quoted = false;
  size_t i = *pos;
  for (; i < in.size(); ++i) {
    char c = in[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < in.size() && in[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields->push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      ++i;
      break;
    } else if (c != '\r') {
      field.push_back(c);
    }
  }
  fields->push_back(std::move(field));
  *pos = i;
  return true;
}

std::string_view Between(std::string_view s, std::string_view open, std::string_view close) {
  size_t a = s.find(open);
  if (a == std::string_view::npos) return {};
  a += open.size();
  size_t b = s.find(close, a);
  if (b == std::string_view::npos) return {};
  return s.substr(a, b - a);
}

// &lt; &gt; &amp; &quot; and numeric references; control characters (&#3; ends a body) dropped.
std::string UnescapeSgml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 8) {
      out.push_back('&');
      continue;
    }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (ent == "lt") out.push_back('<');
    else if (ent == "gt") out.push_back('>');
    else if (ent == "amp") out.push_back('&');
    else if (ent == "quot") out.push_back('"');
    else if (!ent.empty() && ent[0] == '#') {
      int v = std::atoi(std::string(ent.substr(1)).c_str());
      if (v >= 32 && v < 127) out.push_back(static_cast<char>(v));
    } else {
      out.append(s.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

// "26-FEB-1987 15:01:01.79" -> 1987-02-26.
std::optional<Date> ReutersDate(std::string_view s) {
  static const char* kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                  "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  size_t d1 = s.find('-');  // "2-MAR-1987 ..." or "26-FEB-1987 ..."
  if (d1 == std::string_view::npos || d1 == 0 || d1 > 2 || s.size() < d1 + 9 || s[d1 + 4] != '-') {
    return std::nullopt;
  }
  int day = std::atoi(std::string(s.substr(0, d1)).c_str());
  int year = std::atoi(std::string(s.substr(d1 + 5, 4)).c_str());
  for (int m = 0; m < 12; ++m) {
    if (s.substr(d1 + 1, 3) == kMonths[m]) {
      auto d = Date::FromYmd(year, m + 1, day);
      if (d.ok()) return *d;
    }
  }
  return std::nullopt;
}

}  // namespace

const std::vector<std::string>& CorpusNames() {
  static const std::vector<std::string> kNames = {"demo", "ag_world", "bbc_politics", "reuters21578", "gigaword"};
  return kNames;
}

Result<Corpus> LoadJsonlCorpus(const std::string& name, const std::string& path,
                               std::optional<Date> default_date) {
  IngestOptions o;
  o.format = InputFormat::kJsonl;
  o.default_date = default_date;
  return ReadWithIngest(name, path, o);
}

Result<Corpus> LoadTextDirCorpus(const std::string& name, const std::string& dir, Date date) {
  IngestOptions o;
  o.format = InputFormat::kText;
  o.default_date = date;
  return ReadWithIngest(name, dir, o);
}

Result<Corpus> LoadAgNews(const std::string& csv_path, int label) {
  std::string content;
  ENTENTE_RETURN_IF_ERROR(ReadFile(csv_path, &content));
  Corpus c;
  c.name = "ag_world";
  c.origin = csv_path;
  const Date date = *Date::FromYmd(2005, 1, 1);
  std::vector<std::string> f;
  size_t pos = 0;
  size_t row = 0;
  while (NextCsvRecord(content, &pos, &f)) {
    ++row;
    if (row == 1 && !f.empty() && f[0] == "label") continue;  // header
    if (f.size() < 3) continue;
    if (label != 0 && std::atoi(f[0].c_str()) != label) continue;
    Document d;
    d.id = "ag-" + std::to_string(row);
    d.date = date;
    d.title = CleanAg(f[1]);
    d.text = d.title + ". " + CleanAg(f[2]);
    d.origin = csv_path + ":" + std::to_string(row);
    c.bytes += d.text.size();
    c.docs.push_back(std::move(d));
  }
  if (c.docs.empty()) return Status::ParseError(csv_path + ": no rows of class " + std::to_string(label));
  return c;
}

Result<Corpus> LoadReuters(const std::string& dir) {
  std::error_code ec;
  std::vector<std::string> files;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string n = it->path().filename().string();
    if (n.rfind("reut2-", 0) == 0 && n.find(".sgm") != std::string::npos) files.push_back(it->path().string());
  }
  if (ec) return Status::NotFound(dir + ": " + ec.message());
  if (files.empty()) return Status::NotFound(dir + ": no reut2-*.sgm files");
  std::sort(files.begin(), files.end());
  Corpus c;
  c.name = "reuters21578";
  c.origin = dir;
  std::string content;
  for (const std::string& path : files) {
    ENTENTE_RETURN_IF_ERROR(ReadFile(path, &content));
    std::string_view all(content);
    size_t pos = 0;
    while ((pos = all.find("<REUTERS", pos)) != std::string_view::npos) {
      size_t end = all.find("</REUTERS>", pos);
      if (end == std::string_view::npos) break;
      std::string_view art = all.substr(pos, end - pos);
      pos = end;
      std::string_view body = Between(art, "<BODY>", "</BODY>");
      std::optional<Date> date = ReutersDate(Between(art, "<DATE>", "</DATE>"));
      if (body.empty() || !date) continue;
      Document d;
      d.id = "reuters-" + std::string(Between(art, "NEWID=\"", "\""));
      d.date = date;
      d.title = UnescapeSgml(Between(art, "<TITLE>", "</TITLE>"));
      d.text = UnescapeSgml(body);
      d.origin = path;
      c.bytes += d.text.size();
      c.docs.push_back(std::move(d));
    }
  }
  if (c.docs.empty()) return Status::ParseError(dir + ": no articles with a body and a date");
  return c;
}

Result<std::vector<Corpus>> LoadCorpora(const CorpusOptions& options, std::vector<std::string>* notes) {
  auto wanted = [&](const std::string& name) {
    return options.only.empty() || std::find(options.only.begin(), options.only.end(), name) != options.only.end();
  };
  const std::string shared = options.shared_dir.empty() ? options.source_dir + "/../shared/data" : options.shared_dir;
  std::vector<Corpus> out;
  if (wanted("demo")) {
    auto demo = LoadJsonlCorpus("demo", options.source_dir + "/data/samples/demo_corpus.jsonl");
    if (!demo.ok()) return demo.status();
    out.push_back(std::move(demo).value());
  }
  auto add = [&](const std::string& name, const std::string& path, auto load) {
    if (!wanted(name)) return;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      notes->push_back(name + ": skipped, " + path + " not found");
      return;
    }
    Result<Corpus> c = load();
    if (!c.ok()) {
      notes->push_back(name + ": skipped, " + c.status().ToString());
      return;
    }
    out.push_back(std::move(c).value());
  };
  const Date y2005 = *Date::FromYmd(2005, 1, 1);
  add("ag_world", shared + "/news/ag_news_test.csv", [&] { return LoadAgNews(shared + "/news/ag_news_test.csv", 1); });
  add("bbc_politics", shared + "/news/bbc_politics",
      [&] { return LoadTextDirCorpus("bbc_politics", shared + "/news/bbc_politics", y2005); });
  add("reuters21578", shared + "/news/reuters21578", [&] { return LoadReuters(shared + "/news/reuters21578"); });
  add("gigaword", shared + "/petrarch/records/GigaWord.sample.jsonl",
      [&] { return LoadJsonlCorpus("gigaword", shared + "/petrarch/records/GigaWord.sample.jsonl"); });
  return out;
}

Corpus Replicate(const Corpus& corpus, int times) {
  Corpus c;
  c.name = corpus.name + "x" + std::to_string(times);
  c.origin = corpus.origin;
  c.docs.reserve(corpus.docs.size() * static_cast<size_t>(times));
  for (int k = 0; k < times; ++k) {
    for (const Document& d : corpus.docs) {
      Document copy = d;
      copy.id += "#" + std::to_string(k);
      c.docs.push_back(std::move(copy));
    }
  }
  c.bytes = corpus.bytes * static_cast<uint64_t>(times);
  return c;
}

std::string ToJsonl(const Corpus& corpus) {
  std::string out;
  for (const Document& d : corpus.docs) {
    nlohmann::json j;
    j["id"] = d.id;
    if (d.date) j["date"] = d.date->ToString();
    j["title"] = d.title;
    j["text"] = d.text;
    out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out.push_back('\n');
  }
  return out;
}

}  // namespace entente::bench
