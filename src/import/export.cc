// Copyright 2026 The entente Authors. Apache-2.0.
//
// Export formats for stored events (ParseExportFormat, ExportHeader, ExportLine in
// entente/import.h): CSV (RFC 4180, one header row), JSONL (one object per line, the same
// fields) and GDELT 1.0 event TSV (58 columns, no header), which GDELT tooling reads and which
// `entente import gdelt` reads back losslessly for the fields entente keeps.
//
// Numbers are written in their shortest round-trip form (std::to_chars), so 1.9 stays "1.9" and
// an export re-imported compares equal.  Text fields of the TSV cannot hold tabs or line breaks;
// those become spaces.
#include <charconv>
#include <cmath>
#include <algorithm>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "entente/import.h"

namespace entente {
namespace {

std::string Num(double v) {
  char buf[64];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
  if (ec != std::errc()) return "";
  return std::string(buf, p);
}

template <typename T>
std::string Opt(const std::optional<T>& v) {
  if (!v) return "";
  if constexpr (std::is_floating_point_v<T>) return Num(*v);
  else return std::to_string(*v);
}

std::string CsvField(std::string_view s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!quote) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out += c;
  }
  out += '"';
  return out;
}

std::string TsvField(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

constexpr const char* kColumns[] = {
    "id",          "dataset",     "external_id", "date",       "source",      "source_name",
    "target",      "target_name", "code",        "root",       "quad",        "goldstein",
    "status",      "verb_text",   "num_mentions", "num_sources", "num_articles", "duplicate_of",
    "avg_tone",    "url",         "geo_name",    "geo_country", "geo_lat",     "geo_lon",
    "doc",         "doc_title",   "sentence"};

// The values of kColumns for one event, as text.
std::vector<std::string> Values(const StoredEvent& se) {
  const Event& e = se.event;
  const ExternalEventInfo& x = se.external;
  return {std::to_string(se.id),
          x.dataset,
          x.external_id,
          e.date.ToString(),
          e.source.str(),
          e.source_text,
          e.target.str(),
          e.target_text,
          e.code.ToString(),
          std::string(e.code.root()),
          std::to_string(static_cast<int>(e.quad)),
          Opt(e.goldstein),
          std::string(EventStatusName(e.status)),
          e.verb_text,
          Opt(x.num_mentions),
          Opt(x.num_sources),
          Opt(x.num_articles),
          se.duplicate_of ? std::to_string(*se.duplicate_of) : std::string(),
          Opt(x.avg_tone),
          x.source_url,
          x.geo_name,
          x.geo_country,
          Opt(x.geo_lat),
          Opt(x.geo_lon),
          e.doc_id,
          se.doc_title,
          e.sentence_text};
}

// Splits a CAMEO actor code into GDELT's CountryCode and Type1..3 columns: a leading ISO country
// or region code, then three-letter role codes.  "RUSGOV" -> RUS, GOV; "IGOEUREEC" -> "",
// IGO, EUR, EEC (GDELT keeps organisations' codes whole in Actor1Code and their roles as types).
struct GdeltActor {
  std::string country;
  std::string types[3];
};

GdeltActor SplitActor(const ActorCode& a) {
  GdeltActor out;
  const std::string& c = a.str();
  size_t pos = 0;
  if (c.size() >= 3 && c.compare(0, 3, "IGO") != 0 && c.compare(0, 3, "NGO") != 0) {
    // Roles that stand alone (no country) are the known CAMEO role codes.
    static const char* kRoles[] = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SEP", "SPY",
                                   "UAF", "INS", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI",
                                   "ENV", "HLH", "HRI", "LAB", "MED", "REF", "MOD", "RAD", "REL",
                                   "SET", "IMG", "PKO", "UIS"};
    bool role = false;
    for (const char* r : kRoles) role = role || c.compare(0, 3, r) == 0;
    if (!role) {
      out.country = c.substr(0, 3);
      pos = 3;
    }
  }
  for (int i = 0; i < 3 && pos + 3 <= c.size(); ++i, pos += 3) out.types[i] = c.substr(pos, 3);
  return out;
}

std::string GdeltLine(const StoredEvent& se) {
  const Event& e = se.event;
  const ExternalEventInfo& x = se.external;
  std::vector<std::string> f(58);
  f[0] = x.dataset == "gdelt" && !x.external_id.empty() ? x.external_id : std::to_string(se.id);
  char ymd[16];
  std::snprintf(ymd, sizeof ymd, "%04d%02d%02d", e.date.year(), e.date.month(), e.date.day());
  f[1] = ymd;
  f[2] = std::string(ymd, 6);
  f[3] = std::string(ymd, 4);
  auto first = Date::FromYmd(e.date.year(), 1, 1);
  int doy = first.ok() ? e.date.days() - first->days() : 0;  // 0-based day of the year
  char frac[32];
  std::snprintf(frac, sizeof frac, "%04d.%04d", e.date.year(),
                std::min(9999, static_cast<int>(std::lround(doy / 365.0 * 10000))));
  f[4] = frac;
  for (int side = 0; side < 2; ++side) {
    const ActorCode& a = side == 0 ? e.source : e.target;
    const std::string& name = side == 0 ? e.source_text : e.target_text;
    size_t base = side == 0 ? 5 : 15;
    f[base] = a.str();
    f[base + 1] = TsvField(name);
    if (!a.empty()) {
      GdeltActor split = SplitActor(a);
      f[base + 2] = split.country;
      for (int i = 0; i < 3; ++i) f[base + 7 + static_cast<size_t>(i)] = split.types[i];
    }
  }
  f[25] = "0";  // IsRootEvent: not known
  f[26] = e.code.ToString();
  f[27] = e.code.ToString().substr(0, 3);
  f[28] = std::string(e.code.root());
  f[29] = std::to_string(static_cast<int>(e.quad));
  f[30] = Opt(e.goldstein);
  const bool coded = x.dataset.empty();  // one mention in one document
  // A coded event's counts are its mentions, outlets and documents (store deduplication); a
  // mention exported on its own (--mentions) is one report.
  f[31] = coded && !x.num_mentions ? "1" : Opt(x.num_mentions);
  f[32] = coded && !x.num_sources ? "1" : Opt(x.num_sources);
  f[33] = coded && !x.num_articles ? "1" : Opt(x.num_articles);
  f[34] = Opt(x.avg_tone);
  f[35] = "0";  // Actor1Geo_Type: none
  f[42] = "0";  // Actor2Geo_Type: none
  const bool has_place = !x.geo_name.empty() || x.geo_lat || x.geo_lon || !x.geo_country.empty();
  f[49] = has_place ? "" : "0";
  f[50] = TsvField(x.geo_name);
  f[51] = TsvField(x.geo_country);
  f[53] = Opt(x.geo_lat);
  f[54] = Opt(x.geo_lon);
  f[56] = ymd;
  f[57] = TsvField(x.source_url);
  std::string line;
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) line += '\t';
    line += f[i];
  }
  return line;
}

}  // namespace

Result<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "jsonl") return ExportFormat::kJsonl;
  if (name == "gdelt") return ExportFormat::kGdelt;
  return Status::InvalidArgument("unknown export format '" + std::string(name) +
                                 "' (want csv, jsonl or gdelt)");
}

std::string ExportHeader(ExportFormat format) {
  if (format != ExportFormat::kCsv) return "";
  std::string out;
  for (const char* c : kColumns) {
    if (!out.empty()) out += ',';
    out += c;
  }
  return out;
}

std::string ExportLine(ExportFormat format, const StoredEvent& event) {
  switch (format) {
    case ExportFormat::kCsv: {
      std::string out;
      bool first = true;
      for (const std::string& v : Values(event)) {
        if (!first) out += ',';
        first = false;
        out += CsvField(v);
      }
      return out;
    }
    case ExportFormat::kJsonl: {
      // The CSV columns as keys, with numbers as numbers and absent values as null.
      auto opt = [](const auto& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
      const Event& e = event.event;
      const ExternalEventInfo& x = event.external;
      const std::map<std::string_view, nlohmann::json> typed = {
          {"id", event.id},
          {"quad", static_cast<int>(e.quad)},
          {"goldstein", opt(e.goldstein)},
          {"num_mentions", opt(x.num_mentions)},
          {"num_sources", opt(x.num_sources)},
          {"num_articles", opt(x.num_articles)},
          {"duplicate_of", opt(event.duplicate_of)},
          {"avg_tone", opt(x.avg_tone)},
          {"geo_lat", opt(x.geo_lat)},
          {"geo_lon", opt(x.geo_lon)},
      };
      nlohmann::ordered_json j;
      std::vector<std::string> values = Values(event);
      for (size_t i = 0; i < std::size(kColumns); ++i) {
        auto it = typed.find(kColumns[i]);
        if (it != typed.end()) {
          j[kColumns[i]] = it->second;
        } else {
          j[kColumns[i]] = values[i];
        }
      }
      j["sent"] = e.sentence;
      j["start"] = e.start;
      j["end"] = e.end;
      j["pattern"] = e.pattern_id;
      j["origin"] = x.origin;
      return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    case ExportFormat::kGdelt:
      return GdeltLine(event);
  }
  return "";
}

}  // namespace entente
