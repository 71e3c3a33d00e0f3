// Copyright 2026 The entente Authors. Apache-2.0.
//
// JSON documents for ingest, with simdjson's DOM API used through error codes only (nothing here
// throws).  A JSON object becomes a Document per the DESIGN.md contract:
//   "id"     string or integer; missing/empty -> the item's default id ("<file>:<line>")
//   "text"   string, required; missing, not a string or empty -> the item is skipped
//   "date"   "YYYY-MM-DD", "YYYYMMDD" (string or integer), ISO timestamp; null/"" -> no date;
//            anything else -> a repair diagnostic and IngestOptions::default_date
//   "title", "source", "url"  strings (whitespace folded); other types are ignored
//   "config" {require_dyad, new_actor_length, comma_min ... comma_emax}; a field of the wrong
//            type is a repair diagnostic and is ignored; unknown keys are ignored
//   any other field is ignored.
// Interface: json_document.h.
#include "ingest/json_document.h"

#include <simdjson.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

#include "ingest/text_hygiene.h"

namespace entente::ingest {

namespace dom = simdjson::dom;

struct JsonDocumentParser::Impl {
  dom::parser parser;
};

namespace {

std::string ElementPreview(dom::element e) {
  std::string s = simdjson::minify(e);
  if (s.size() > 40) s = s.substr(0, 37) + "...";
  return s;
}

std::string CleanField(std::string_view raw) { return CollapseWhitespace(Clean(raw).text); }

std::optional<int64_t> AsInteger(dom::element e) {
  int64_t i;
  if (e.type() == dom::element_type::INT64 && e.get_int64().get(i) == simdjson::SUCCESS) return i;
  double d;
  if (e.type() == dom::element_type::DOUBLE && e.get_double().get(d) == simdjson::SUCCESS &&
      std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) {
    return static_cast<int64_t>(d);
  }
  return std::nullopt;  // UINT64 values do not fit an int anyway
}

void ReadConfig(dom::element value, const ItemContext& ctx, DocumentConfig* config) {
  if (value.is_null()) return;
  dom::object obj;
  if (value.get_object().get(obj) != simdjson::SUCCESS) {
    ctx.log->Repair(ctx.location, "\"config\" is not an object; ignored");
    return;
  }
  struct IntField {
    const char* name;
    std::optional<int> DocumentConfig::*field;
  };
  static const IntField kIntFields[] = {
      {"new_actor_length", &DocumentConfig::new_actor_length},
      {"comma_min", &DocumentConfig::comma_min},   {"comma_max", &DocumentConfig::comma_max},
      {"comma_bmin", &DocumentConfig::comma_bmin}, {"comma_bmax", &DocumentConfig::comma_bmax},
      {"comma_emin", &DocumentConfig::comma_emin}, {"comma_emax", &DocumentConfig::comma_emax},
  };
  for (dom::key_value_pair kv : obj) {
    if (kv.key == "require_dyad") {
      bool b;
      std::optional<int64_t> i;
      if (kv.value.get_bool().get(b) == simdjson::SUCCESS) {
        config->require_dyad = b;
      } else if ((i = AsInteger(kv.value)) && (*i == 0 || *i == 1)) {
        config->require_dyad = *i == 1;
      } else if (!kv.value.is_null()) {
        ctx.log->Repair(ctx.location, "config.require_dyad: not a boolean (" + ElementPreview(kv.value) +
                                          "); ignored");
      }
      continue;
    }
    for (const IntField& f : kIntFields) {
      if (kv.key != f.name) continue;
      std::optional<int64_t> i = AsInteger(kv.value);
      if (i && *i >= std::numeric_limits<int>::min() && *i <= std::numeric_limits<int>::max()) {
        config->*f.field = static_cast<int>(*i);
      } else if (!kv.value.is_null()) {
        ctx.log->Repair(ctx.location, std::string("config.") + f.name + ": not an integer (" +
                                          ElementPreview(kv.value) + "); ignored");
      }
      break;
    }
  }
}

void ReadDate(dom::element value, const ItemContext& ctx, Document* doc) {
  std::string text;
  std::string_view sv;
  int64_t i;
  if (value.is_null()) return;
  if (value.get_string().get(sv) == simdjson::SUCCESS) {
    if (TrimAscii(sv).empty()) return;
    text = std::string(sv);
  } else if (value.type() == dom::element_type::INT64 && value.get_int64().get(i) == simdjson::SUCCESS) {
    text = std::to_string(i);
  } else {
    text = ElementPreview(value);
  }
  Result<Date> date = ParseDocumentDate(text);
  if (date.ok()) {
    doc->date = *date;
    return;
  }
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  ctx.log->Repair(ctx.location, "bad date '" + text + "': " + date.status().message() +
                                    (ctx.options->default_date ? "; using the default date"
                                                               : "; document left undated"));
}

// Fills *doc from one JSON value.  False after a kSkipped diagnostic.
bool FromElement(dom::element root, const ItemContext& ctx, Document* doc) {
  dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) {
    ctx.log->Skip(ctx.location, "not a JSON object");
    return false;
  }
  dom::element text_el;
  if (obj["text"].get(text_el) != simdjson::SUCCESS || text_el.is_null()) {
    ctx.log->Skip(ctx.location, "no \"text\" field");
    return false;
  }
  std::string_view raw_text;
  if (text_el.get_string().get(raw_text) != simdjson::SUCCESS) {
    ctx.log->Skip(ctx.location, "\"text\" is not a string");
    return false;
  }
  std::optional<std::string> text = CleanItemText(raw_text, ctx, "empty text");
  if (!text) return false;

  InitDocument(ctx, doc);
  doc->text = std::move(*text);
  for (dom::key_value_pair kv : obj) {
    std::string_view s;
    const bool is_string = kv.value.get_string().get(s) == simdjson::SUCCESS;
    if (kv.key == "id") {
      int64_t i;
      uint64_t u;
      if (is_string) {
        std::string id = CleanField(s);
        if (!id.empty()) doc->id = std::move(id);
      } else if (kv.value.get_int64().get(i) == simdjson::SUCCESS) {
        doc->id = std::to_string(i);
      } else if (kv.value.get_uint64().get(u) == simdjson::SUCCESS) {
        doc->id = std::to_string(u);
      } else if (!kv.value.is_null()) {
        ctx.log->Repair(ctx.location, "\"id\" is not a string or integer; using " + ctx.default_id);
      }
    } else if (kv.key == "date") {
      ReadDate(kv.value, ctx, doc);
    } else if (kv.key == "title") {
      if (is_string) doc->title = CleanField(s);
    } else if (kv.key == "source") {
      if (is_string) doc->source = CleanField(s);
    } else if (kv.key == "url") {
      if (is_string) doc->url = CleanField(s);
    } else if (kv.key == "config") {
      ReadConfig(kv.value, ctx, &doc->config);
    }
  }
  return true;
}

std::string ParseErrorMessage(simdjson::error_code err) {
  std::string m = simdjson::error_message(err);
  // simdjson messages are full sentences; keep the diagnostic on one short line.
  const size_t cut = m.find_first_of(".:");
  if (cut != std::string::npos && cut > 10) m.resize(cut);
  if (!m.empty() && m[0] >= 'A' && m[0] <= 'Z') m[0] = static_cast<char>(m[0] - 'A' + 'a');
  return m;
}

bool FindStringIn(dom::element e, std::string_view key, int depth, std::string* out) {
  if (depth > 64) return false;
  dom::object obj;
  dom::array arr;
  if (e.get_object().get(obj) == simdjson::SUCCESS) {
    for (dom::key_value_pair kv : obj) {
      std::string_view s;
      if (kv.key == key && kv.value.get_string().get(s) == simdjson::SUCCESS) {
        *out = std::string(s);
        return true;
      }
    }
    for (dom::key_value_pair kv : obj)
      if (FindStringIn(kv.value, key, depth + 1, out)) return true;
  } else if (e.get_array().get(arr) == simdjson::SUCCESS) {
    for (dom::element child : arr)
      if (FindStringIn(child, key, depth + 1, out)) return true;
  }
  return false;
}

}  // namespace

JsonDocumentParser::JsonDocumentParser() : impl_(std::make_unique<Impl>()) {}
JsonDocumentParser::~JsonDocumentParser() = default;

bool JsonDocumentParser::FromLine(std::string_view line, const ItemContext& ctx, Document* doc) {
  std::string repaired;
  if (!IsValidUtf8(line) || std::memchr(line.data(), '\0', line.size()) != nullptr) {
    CleanText clean = Clean(line, CleanOptions{.normalize_controls = false});
    if (clean.SuspectFraction() > ctx.options->max_binary_fraction) {
      ctx.log->Skip(ctx.location, "looks binary (invalid UTF-8 or control bytes)");
      return false;
    }
    if (clean.invalid_sequences > 0) {
      ctx.log->Repair(ctx.location, "invalid UTF-8: " + std::to_string(clean.invalid_sequences) +
                                        " sequence(s) replaced by U+FFFD");
    }
    repaired = std::move(clean.text);
    line = repaired;
  }
  dom::element root;
  if (auto err = impl_->parser.parse(line.data(), line.size()).get(root); err != simdjson::SUCCESS) {
    ctx.log->Skip(ctx.location, "not JSON: " + ParseErrorMessage(err));
    return false;
  }
  return FromElement(root, ctx, doc);
}

JsonDocumentParser::FileShape JsonDocumentParser::FromFile(std::string_view content,
                                                           const ItemContext& ctx,
                                                           std::string_view id_base,
                                                           std::vector<Document>* docs) {
  std::string_view body = TrimAscii(content);
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body = TrimAscii(body.substr(3));
  if (body.empty() || (body.front() != '[' && body.front() != '{')) return FileShape::kNotOneValue;
  std::string repaired;
  if (!IsValidUtf8(body)) {
    CleanText clean = Clean(body, CleanOptions{.normalize_controls = false});
    if (clean.SuspectFraction() > ctx.options->max_binary_fraction) {
      ctx.log->Skip(ctx.location, "looks binary (invalid UTF-8 or control bytes)");
      return FileShape::kDocuments;
    }
    ctx.log->Repair(ctx.location, "invalid UTF-8: " + std::to_string(clean.invalid_sequences) +
                                      " sequence(s) replaced by U+FFFD");
    repaired = std::move(clean.text);
    body = repaired;
  }
  dom::element root;
  const simdjson::error_code err = impl_->parser.parse(body.data(), body.size()).get(root);
  if (body.front() == '{') {
    if (err != simdjson::SUCCESS) return FileShape::kNotOneValue;  // perhaps JSONL
    Document doc;
    if (FromElement(root, ctx, &doc)) docs->push_back(std::move(doc));
    return FileShape::kDocuments;
  }
  if (err != simdjson::SUCCESS) {
    ctx.log->Skip(ctx.location, "not JSON: " + ParseErrorMessage(err));
    return FileShape::kDocuments;
  }
  dom::array arr;
  if (root.get_array().get(arr) != simdjson::SUCCESS) return FileShape::kNotOneValue;
  size_t n = 0;
  for (dom::element item : arr) {
    ++n;
    ItemContext item_ctx = ctx;
    item_ctx.location = ctx.location + "#" + std::to_string(n);
    item_ctx.default_id = std::string(id_base) + "#" + std::to_string(n);
    Document doc;
    if (FromElement(item, item_ctx, &doc)) docs->push_back(std::move(doc));
  }
  if (n == 0) ctx.log->Skip(ctx.location, "empty JSON array");
  return FileShape::kDocuments;
}

std::optional<std::string> JsonDocumentParser::FindString(std::string_view json, std::string_view key) {
  dom::element root;
  if (impl_->parser.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS) return std::nullopt;
  std::string out;
  if (FindStringIn(root, key, 0, &out)) return out;
  return std::nullopt;
}

}  // namespace entente::ingest
