// Copyright 2026 The entente Authors. Apache-2.0.
//
// EventFileReader (entente/import.h): GDELT and ICEWS event files, row by row.
//
// One reader class serves every layout.  A layout is a FieldMap: for each field entente keeps
// (id, date, actor codes and names, event code, ...), the column it is in, or -1.  Headerless
// GDELT files use the fixed maps of the 1.0 (57/58 columns) and 2.0 (61 columns) layouts, chosen
// per row by its column count, so files that mix 57- and 58-column rows read as one.  Files with a
// header row (ICEWS, GDELT extracts) build their map from the column names.  Detection looks at
// the first line only: a header names the layout; a headerless line must have 57, 58 or 61
// tab-separated columns.  Everything a row says is validated before it is returned; a bad row
// becomes one ImportDiagnostic and the reader moves on.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <set>
#include <unordered_map>

#include "entente/import.h"
#include "import/records.h"

namespace entente {

using import_internal::Record;
using import_internal::RecordReader;

std::string ImportDiagnostic::ToString() const {
  return file + ":" + std::to_string(line) + ": " + message;
}

Result<ImportSource> ParseImportSource(std::string_view name) {
  if (name == "gdelt") return ImportSource::kGdelt;
  if (name == "icews") return ImportSource::kIcews;
  return Status::InvalidArgument("unknown event dataset '" + std::string(name) +
                                 "' (want gdelt or icews)");
}

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsCameoRoot(std::string_view two) {
  if (two.size() != 2 || !AllDigits(two)) return false;
  int r = (two[0] - '0') * 10 + (two[1] - '0');
  return r >= 1 && r <= 20;
}

}  // namespace

Result<EventCode> NormalizeCameoCode(std::string_view code, std::string_view root_hint) {
  code = Trim(code);
  root_hint = Trim(root_hint);
  if (code.empty()) return Status::InvalidArgument("no event code");
  if (!AllDigits(code)) {
    return Status::InvalidArgument("event code '" + std::string(code) + "' is not a CAMEO code");
  }
  std::string c(code);
  if (!root_hint.empty()) {
    std::string root(root_hint);
    if (root.size() == 1) root = "0" + root;
    if (!IsCameoRoot(root)) {
      return Status::InvalidArgument("event root code '" + std::string(root_hint) +
                                     "' is not a CAMEO root (01..20)");
    }
    while (c.size() < 4 && c.compare(0, 2, root) != 0) c = "0" + c;
    if (c.compare(0, 2, root) != 0) {
      return Status::InvalidArgument("event code '" + std::string(code) +
                                     "' contradicts its root code '" + std::string(root_hint) +
                                     "'");
    }
  } else {
    // Numeric exports drop leading zeros: "63" was "063", "421" was "0421".
    if (c.size() == 2) c = "0" + c;
    if (c.size() == 3 && !IsCameoRoot(std::string_view(c).substr(0, 2))) c = "0" + c;
  }
  if (c.size() < 2 || c.size() > 4 || !IsCameoRoot(std::string_view(c).substr(0, 2))) {
    return Status::InvalidArgument("event code '" + std::string(code) +
                                   "' is not a CAMEO code (2 to 4 digits under a root 01..20)");
  }
  auto parsed = EventCode::Parse(c);
  if (!parsed.ok()) return parsed.status();
  return *parsed;
}

namespace {

enum Field : int {
  kId, kDate, kSrcCode, kSrcName, kTgtCode, kTgtName, kCode, kRoot, kQuad, kGoldstein,
  kMentions, kSources, kArticles, kTone, kGeoName, kGeoCountry, kGeoLat, kGeoLon, kUrl,
  // ICEWS
  kSrcSectors, kSrcCountry, kTgtSectors, kTgtCountry, kEventText, kCity, kDistrict, kProvince,
  kFieldCount
};
using FieldMap = std::array<int, kFieldCount>;

FieldMap EmptyMap() {
  FieldMap m;
  m.fill(-1);
  return m;
}

// GDELT 1.0: 57 columns, plus SOURCEURL as the 58th in files since April 2013.
FieldMap Gdelt1Map(bool with_url) {
  FieldMap m = EmptyMap();
  m[kId] = 0; m[kDate] = 1; m[kSrcCode] = 5; m[kSrcName] = 6; m[kTgtCode] = 15; m[kTgtName] = 16;
  m[kCode] = 26; m[kRoot] = 28; m[kQuad] = 29; m[kGoldstein] = 30; m[kMentions] = 31;
  m[kSources] = 32; m[kArticles] = 33; m[kTone] = 34;
  m[kGeoName] = 50; m[kGeoCountry] = 51; m[kGeoLat] = 53; m[kGeoLon] = 54;
  if (with_url) m[kUrl] = 57;
  return m;
}

// GDELT 2.0: 61 columns; the geography blocks gained ADM2Code, so ActionGeo moved.
FieldMap Gdelt2Map() {
  FieldMap m = Gdelt1Map(false);
  m[kGeoName] = 52; m[kGeoCountry] = 53; m[kGeoLat] = 56; m[kGeoLon] = 57; m[kUrl] = 60;
  return m;
}

struct HeaderName {
  const char* name;  // lower case
  Field field;
};

constexpr HeaderName kGdeltHeader[] = {
    {"globaleventid", kId}, {"sqldate", kDate}, {"day", kDate}, {"date", kDate},
    {"actor1code", kSrcCode}, {"source", kSrcCode}, {"actor1name", kSrcName},
    {"actor2code", kTgtCode}, {"target", kTgtCode}, {"actor2name", kTgtName},
    {"eventcode", kCode}, {"cameocode", kCode}, {"eventrootcode", kRoot},
    {"quadclass", kQuad}, {"goldsteinscale", kGoldstein}, {"goldstein", kGoldstein},
    {"nummentions", kMentions}, {"numsources", kSources}, {"numarticles", kArticles},
    {"numarts", kArticles}, {"avgtone", kTone}, {"actiongeo_fullname", kGeoName},
    {"actiongeo_countrycode", kGeoCountry}, {"country_code_alpha", kGeoCountry},
    {"actiongeo_lat", kGeoLat}, {"actiongeo_long", kGeoLon}, {"sourceurl", kUrl},
    {"sources", kUrl},
};

constexpr HeaderName kIcewsHeader[] = {
    {"event id", kId}, {"event date", kDate}, {"source name", kSrcName},
    {"source sectors", kSrcSectors}, {"source country", kSrcCountry},
    {"event text", kEventText}, {"cameo code", kCode}, {"intensity", kGoldstein},
    {"target name", kTgtName}, {"target sectors", kTgtSectors},
    {"target country", kTgtCountry}, {"city", kCity}, {"district", kDistrict},
    {"province", kProvince}, {"country", kGeoCountry}, {"latitude", kGeoLat},
    {"longitude", kGeoLon},
};

std::vector<std::string> SplitLower(std::string_view line, char delim) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t at = line.find(delim, start);
    std::string_view f = line.substr(start, at == std::string_view::npos ? std::string_view::npos
                                                                         : at - start);
    f = Trim(f);
    if (f.size() >= 2 && f.front() == '"' && f.back() == '"') f = f.substr(1, f.size() - 2);
    out.push_back(Lower(Trim(f)));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

bool Has(const std::vector<std::string>& names, std::string_view n) {
  return std::find(names.begin(), names.end(), n) != names.end();
}

// A YYYYMMDD date somewhere in the file name ("v2_reduced_20171126_x.csv.gz").
std::optional<Date> DateFromFileName(const std::string& path) {
  std::string base = std::filesystem::path(path).filename().string();
  for (size_t i = 0; i + 8 <= base.size(); ++i) {
    std::string_view s = std::string_view(base).substr(i, 8);
    if (!AllDigits(s)) continue;
    if (i > 0 && base[i - 1] >= '0' && base[i - 1] <= '9') continue;
    if (i + 8 < base.size() && base[i + 8] >= '0' && base[i + 8] <= '9') continue;
    auto d = Date::Parse(s);
    if (d.ok() && d->year() >= 1900 && d->year() <= 2100) return *d;
  }
  return std::nullopt;
}

uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string Hex64(uint64_t v) {
  static const char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<size_t>(i)] = kHex[v & 15];
    v >>= 4;
  }
  return out;
}

template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

class TableReader final : public EventFileReader {
 public:
  TableReader(std::unique_ptr<import_internal::ByteSource> source, std::string name,
              ImportSource family, ImportOptions options)
      : records_(std::move(source), options.max_record_bytes),
        name_(std::move(name)),
        family_(family),
        options_(std::move(options)) {}

  Status Init();
  Result<bool> Next(ImportedEvent* out) override;
  const std::string& format_name() const override { return format_name_; }
  const ImportFileStats& stats() const override { return stats_; }

 private:
  enum class Layout { kEmpty, kGdeltPositional, kHeader };

  Status InitFromHeader(RecordReader::Mode mode, const HeaderName* names, size_t n_names);
  // Converts one record; false (after reporting why) for a bad row.
  bool Convert(const Record& r, ImportedEvent* out);
  void Report(ImportDiagnostic::Kind kind, int64_t line, std::string category,
              std::string message);
  bool Bad(int64_t line, std::string category, std::string message) {
    Report(ImportDiagnostic::Kind::kBadRow, line, std::move(category), std::move(message));
    return false;
  }

  RecordReader records_;
  std::string name_;
  ImportSource family_;
  ImportOptions options_;
  Layout layout_ = Layout::kEmpty;
  FieldMap map_ = EmptyMap();
  size_t header_columns_ = 0;
  size_t required_columns_ = 0;  // a short row must still reach every required column
  bool na_is_missing_ = false;
  bool synthesise_ids_ = false;
  std::string dataset_;
  std::optional<Date> file_date_;
  std::string format_name_;
  ImportFileStats stats_;
  // Ids read so far -> their line, keyed by the id's numeric value (GDELT and ICEWS ids are
  // numbers) or, for content-named rows and ids too long for 64 bits, by their hash: about
  // 40 bytes per row, so a 10-million-row back file needs some 400 MB for this.
  std::unordered_map<uint64_t, int64_t> seen_ids_;
  std::set<std::string> noted_;
  Record record_;
};

void TableReader::Report(ImportDiagnostic::Kind kind, int64_t line, std::string category,
                         std::string message) {
  if (kind == ImportDiagnostic::Kind::kBadRow) {
    ++stats_.bad;
    ++stats_.bad_by_category[category];
  } else if (kind == ImportDiagnostic::Kind::kDuplicate) {
    ++stats_.duplicates;
  } else {
    ++stats_.notes;
  }
  if (options_.on_diagnostic) {
    ImportDiagnostic d;
    d.kind = kind;
    d.file = name_;
    d.line = line;
    d.category = std::move(category);
    d.message = std::move(message);
    options_.on_diagnostic(d);
  }
}

Status TableReader::Init() {
  auto first = records_.PeekFirstLine();
  if (!first.ok()) return first.status();
  if (first->empty()) {
    format_name_ = "empty file";
    layout_ = Layout::kEmpty;
    return Status::OK();
  }
  const std::string& line = *first;
  const char delim = line.find('\t') != std::string::npos ? '\t' : ',';
  const RecordReader::Mode mode =
      delim == '\t' ? RecordReader::Mode::kTab : RecordReader::Mode::kCsv;
  std::vector<std::string> names = SplitLower(line, delim);
  const bool icews_header = Has(names, "event id") && Has(names, "cameo code");
  const bool mentions = Has(names, "globaleventid") &&
                        (Has(names, "mentiontimedate") || Has(names, "mentionidentifier"));
  const bool gkg = Has(names, "gkgrecordid");
  const bool gdelt_header = !mentions && (Has(names, "globaleventid") ||
                                          Has(names, "eventcode") || Has(names, "cameocode"));
  size_t tab_columns = static_cast<size_t>(std::count(line.begin(), line.end(), '\t')) + 1;
  const bool gdelt_positional = delim == '\t' && !gdelt_header && !icews_header &&
                                (tab_columns == 57 || tab_columns == 58 || tab_columns == 61);
  const std::string refuse = "'" + name_ + "' ";

  if (mentions) {
    return Status::Unsupported(
        refuse + "is a GDELT 2.0 mentions table (one row per article that mentions an event: " +
        "GlobalEventID, MentionTimeDate, MentionIdentifier, ...), not an event table; import "
        "the matching events export instead");
  }
  if (gkg) {
    return Status::Unsupported(refuse + "is a GDELT Global Knowledge Graph file, not events");
  }
  if (family_ == ImportSource::kGdelt) {
    if (icews_header) {
      return Status::Unsupported(refuse + "is an ICEWS events file (its header names 'Event ID' "
                                 "and 'CAMEO Code'); import it as icews");
    }
    if (gdelt_header) {
      dataset_ = "gdelt";
      return InitFromHeader(mode, kGdeltHeader, std::size(kGdeltHeader));
    }
    if (gdelt_positional) {
      layout_ = Layout::kGdeltPositional;
      records_.set_mode(RecordReader::Mode::kTab);
      dataset_ = "gdelt";
      format_name_ = tab_columns == 61 ? "GDELT 2.0 events (61 tab-separated columns)"
                                       : "GDELT 1.0 events (57/58 tab-separated columns)";
      return Status::OK();
    }
    return Status::Unsupported(
        refuse + "is not a GDELT event file: its first line has " + std::to_string(tab_columns) +
        " tab-separated column(s) and no header naming GLOBALEVENTID or EventCode (GDELT 1.0 "
        "event files have 57 or 58 columns, GDELT 2.0 files 61)");
  }
  // ICEWS.
  if (icews_header) {
    dataset_ = "icews";
    return InitFromHeader(mode, kIcewsHeader, std::size(kIcewsHeader));
  }
  if (gdelt_header || gdelt_positional) {
    return Status::Unsupported(refuse + "is a GDELT event file; import it as gdelt");
  }
  std::string why = refuse + "is not an ICEWS events file: its first line is not the ICEWS "
                    "header (Event ID, Event Date, Source Name, Source Sectors, Source Country, "
                    "Event Text, CAMEO Code, Intensity, ...)";
  bool numeric = true;
  for (const std::string& n : names) numeric = numeric && AllDigits(n);
  if (numeric) {
    why += "; it holds only numbers, like the entity/relation id quadruples of benchmark splits "
           "derived from ICEWS, which carry no event ids, actor names or CAMEO codes";
  }
  return Status::Unsupported(why);
}

Status TableReader::InitFromHeader(RecordReader::Mode mode, const HeaderName* names,
                                   size_t n_names) {
  records_.set_mode(mode);
  Record header;
  auto got = records_.Next(&header);
  if (!got.ok()) return got.status();
  if (!*got || !header.error.empty()) {
    return Status::Unsupported("'" + name_ + "': cannot read the header row");
  }
  layout_ = Layout::kHeader;
  header_columns_ = header.fields.size();
  map_ = EmptyMap();
  for (size_t i = 0; i < header.fields.size(); ++i) {
    std::string n = Lower(Trim(header.fields[i]));
    for (size_t k = 0; k < n_names; ++k) {
      if (n == names[k].name && map_[names[k].field] < 0) {
        map_[names[k].field] = static_cast<int>(i);
      }
    }
  }
  na_is_missing_ = true;  // header files come from R, spreadsheets and ICEWS: "NA" is missing
  if (map_[kCode] < 0) {
    return Status::Unsupported("'" + name_ + "': the header names no event code column (want " +
                               (family_ == ImportSource::kIcews ? "'CAMEO Code'"
                                                                : "EventCode or CAMEOCode") +
                               ")");
  }
  if (map_[kId] < 0) {
    if (family_ == ImportSource::kIcews) {
      return Status::Unsupported("'" + name_ + "': the header names no 'Event ID' column");
    }
    synthesise_ids_ = true;
    dataset_ = "gdelt-reduced";
  }
  std::string date_note;
  if (map_[kDate] < 0) {
    file_date_ = options_.default_date ? options_.default_date : DateFromFileName(name_);
    if (!file_date_) {
      return Status::Unsupported("'" + name_ + "': the header names no date column (SQLDATE, "
                                 "Day, Date or Event Date) and the file name carries no "
                                 "YYYYMMDD date; give the date of its events explicitly");
    }
    date_note = std::string(", no date column: every event dated ") + file_date_->ToString() +
                (options_.default_date ? " as asked" : " from the file name");
  }
  size_t required = 0;
  for (Field f : {kId, kDate, kCode}) {
    if (map_[f] >= 0) required = std::max(required, static_cast<size_t>(map_[f]) + 1);
  }
  required_columns_ = required;
  std::string kind = family_ == ImportSource::kIcews ? "ICEWS events"
                     : synthesise_ids_ ? "GDELT reduced events (no event ids: rows named by "
                                         "content)"
                                       : "GDELT events with a header row";
  format_name_ = kind + " (" + (mode == RecordReader::Mode::kTab ? "tab-separated" : "CSV") +
                 ", " + std::to_string(header_columns_) + " columns" + date_note + ")";
  return Status::OK();
}

bool TableReader::Convert(const Record& r, ImportedEvent* out) {
  const int64_t line = r.line;
  if (!r.error.empty()) return Bad(line, "record", r.error);
  const size_t n = r.fields.size();
  const FieldMap* map = &map_;
  size_t shift = 0;
  static const FieldMap kV1 = Gdelt1Map(false), kV1Url = Gdelt1Map(true), kV2 = Gdelt2Map();
  if (layout_ == Layout::kGdeltPositional) {
    if (n == 57) map = &kV1;
    else if (n == 58) map = &kV1Url;
    else if (n == 61) map = &kV2;
    else {
      return Bad(line, "columns", std::to_string(n) + " columns (GDELT 1.0 rows have 57 or 58, "
                                  "GDELT 2.0 rows 61)");
    }
  } else {
    if (n == header_columns_ + 1 && header_columns_ > 0) {
      shift = 1;  // R's row names: an unnamed first column of row numbers
    } else if (n > header_columns_ + 1) {
      return Bad(line, "columns", std::to_string(n) + " columns, but the header has " +
                                  std::to_string(header_columns_));
    } else if (n < required_columns_) {
      return Bad(line, "columns", "only " + std::to_string(n) + " columns; the header has " +
                                  std::to_string(header_columns_));
    } else if (n < header_columns_ && noted_.insert("short rows").second) {
      Report(ImportDiagnostic::Kind::kNote, line, "columns",
             std::to_string(n) + " columns where the header has " +
                 std::to_string(header_columns_) +
                 ": missing trailing columns are read as empty (noted once per file)");
    }
  }
  auto get = [&](Field f) -> std::string_view {
    int idx = (*map)[f];
    if (idx < 0) return {};
    size_t i = static_cast<size_t>(idx) + shift;
    if (i >= n) return {};
    std::string_view v = Trim(r.fields[i]);
    if (na_is_missing_ && v == "NA") return {};
    return v;
  };

  // Id.
  std::string id;
  uint64_t id_key = 0;
  if (synthesise_ids_) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = shift; i < n; ++i) {
      h = Fnv1a(Trim(r.fields[i]), h);
      h = Fnv1a("\x1f", h);
    }
    id = "h" + Hex64(h);
    id_key = h;
  } else {
    std::string_view v = get(kId);
    if (v.empty()) return Bad(line, "id", "no event id");
    if (!AllDigits(v) || v.size() > 20) {
      return Bad(line, "id", "event id '" + std::string(v) + "' is not a number");
    }
    id.assign(v);
    if (v.size() > 19 || (v.size() > 1 && v[0] == '0') || !ParseNumber(v, &id_key)) {
      id_key = Fnv1a(v);
    }
  }

  // Date.
  std::string_view dv = get(kDate);
  if (dv.empty()) {
    if (!file_date_) return Bad(line, "date", "no date");
    out->date = *file_date_;
  } else {
    auto d = Date::Parse(dv);
    if (!d.ok()) return Bad(line, "date", "date '" + std::string(dv) + "' is not a valid date");
    out->date = *d;
  }

  // Actors.
  if (family_ == ImportSource::kIcews) {
    out->source_name.assign(get(kSrcName));
    out->target_name.assign(get(kTgtName));
    for (int side = 0; side < 2; ++side) {
      std::string unknown;
      std::string code = IcewsActorCode(side == 0 ? get(kSrcName) : get(kTgtName),
                                        side == 0 ? get(kSrcSectors) : get(kTgtSectors),
                                        side == 0 ? get(kSrcCountry) : get(kTgtCountry), &unknown);
      if (!unknown.empty() && noted_.insert("country:" + unknown).second) {
        Report(ImportDiagnostic::Kind::kNote, line, "country",
               "unknown country '" + unknown +
                   "': its actors keep only their role code (noted once per file)");
      }
      auto parsed = ActorCode::Parse(code);
      if (!parsed.ok()) return Bad(line, "actor", "actor code '" + code + "' is invalid");
      (side == 0 ? out->source : out->target) = std::move(parsed).value();
    }
  } else {
    for (int side = 0; side < 2; ++side) {
      std::string_view code = get(side == 0 ? kSrcCode : kTgtCode);
      auto parsed = ActorCode::Parse(code);
      const bool alnum = std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      });
      if (!parsed.ok() || !alnum) {
        return Bad(line, "actor", std::string(side == 0 ? "Actor1Code" : "Actor2Code") + " '" +
                                      std::string(code) + "' is not an actor code");
      }
      (side == 0 ? out->source : out->target) = std::move(parsed).value();
    }
    out->source_name.assign(get(kSrcName));
    out->target_name.assign(get(kTgtName));
  }

  // Event code, quad class, Goldstein.
  auto code = NormalizeCameoCode(get(kCode), get(kRoot));
  if (!code.ok()) return Bad(line, "event code", code.status().message());
  out->code = *code;
  out->quad = out->code.quad();
  if (std::string_view q = get(kQuad); !q.empty()) {
    int quad = 0;
    if (!ParseNumber(q, &quad) || quad < 1 || quad > 4) {
      return Bad(line, "quad class", "QuadClass '" + std::string(q) + "' is not 1..4");
    }
    if (static_cast<QuadClass>(quad) != out->quad) {
      return Bad(line, "quad class",
                 "QuadClass " + std::string(q) + " contradicts event code " +
                     out->code.ToString() + " (quad class " +
                     std::to_string(static_cast<int>(out->quad)) + ")");
    }
  }
  out->goldstein.reset();
  if (std::string_view g = get(kGoldstein); !g.empty()) {
    double v = 0;
    if (!ParseNumber(g, &v) || !(v >= -10.0 && v <= 10.0)) {
      return Bad(line, "goldstein",
                 (family_ == ImportSource::kIcews ? "Intensity '" : "GoldsteinScale '") +
                     std::string(g) + "' is not a number in -10..10");
    }
    out->goldstein = v;
  }

  if (options_.cameo) {
    const CameoEntry* entry = options_.cameo->Find(out->code);
    if (!entry) {
      return Bad(line, "event code",
                 "event code '" + out->code.ToString() + "' is not in the CAMEO table");
    }
    if (!out->goldstein) out->goldstein = entry->goldstein;
  }

  // Counts, tone, place, URL.
  ExternalEventInfo& info = out->info;
  for (auto [field, slot, label] :
       {std::tuple{kMentions, &info.num_mentions, "NumMentions"},
        std::tuple{kSources, &info.num_sources, "NumSources"},
        std::tuple{kArticles, &info.num_articles, "NumArticles"}}) {
    slot->reset();
    std::string_view v = get(field);
    if (v.empty()) continue;
    int32_t count = 0;
    if (!ParseNumber(v, &count) || count < 0) {
      return Bad(line, "count",
                 std::string(label) + " '" + std::string(v) + "' is not a non-negative integer");
    }
    *slot = count;
  }
  info.avg_tone.reset();
  if (std::string_view t = get(kTone); !t.empty()) {
    double v = 0;
    if (!ParseNumber(t, &v)) {
      return Bad(line, "tone", "AvgTone '" + std::string(t) + "' is not a number");
    }
    info.avg_tone = v;
  }
  for (auto [field, slot, limit] : {std::tuple{kGeoLat, &info.geo_lat, 90.0},
                                    std::tuple{kGeoLon, &info.geo_lon, 180.0}}) {
    slot->reset();
    std::string_view v = get(field);
    if (v.empty()) continue;
    double x = 0;
    if (!ParseNumber(v, &x) || !(x >= -limit && x <= limit)) {
      return Bad(line, "geo", std::string(field == kGeoLat ? "latitude '" : "longitude '") +
                                  std::string(v) + "' is not a coordinate");
    }
    *slot = x;
  }
  if (family_ == ImportSource::kIcews) {
    info.geo_name.clear();
    for (Field f : {kCity, kDistrict, kProvince, kGeoCountry}) {
      std::string_view part = get(f);
      if (part.empty()) continue;
      if (!info.geo_name.empty()) info.geo_name += ", ";
      info.geo_name += part;
    }
    out->event_text.assign(get(kEventText));
  } else {
    info.geo_name.assign(get(kGeoName));
    out->event_text.clear();
  }
  info.geo_country.assign(get(kGeoCountry));
  info.source_url.assign(get(kUrl));
  info.dataset = dataset_;
  info.origin = name_ + ":" + std::to_string(line);

  // Duplicates within the file: the first row with an id wins.
  auto [it, inserted] = seen_ids_.try_emplace(id_key, line);
  if (!inserted) {
    Report(ImportDiagnostic::Kind::kDuplicate, line, "duplicate id",
           "event id " + id + " already read at line " + std::to_string(it->second) +
               ": kept once");
    return false;
  }
  info.external_id = std::move(id);
  return true;
}

Result<bool> TableReader::Next(ImportedEvent* out) {
  if (layout_ == Layout::kEmpty) return false;
  while (true) {
    auto got = records_.Next(&record_);
    if (!got.ok()) return got.status();
    if (!*got) return false;
    ++stats_.rows;
    if (Convert(record_, out)) {
      ++stats_.events;
      return true;
    }
  }
}

}  // namespace

Result<std::unique_ptr<EventFileReader>> EventFileReader::Open(const std::string& path,
                                                               ImportSource source,
                                                               const ImportOptions& options) {
  auto bytes = import_internal::OpenFileSource(path);
  if (!bytes.ok()) return bytes.status();
  auto reader = std::make_unique<TableReader>(std::move(bytes).value(), path, source, options);
  ENTENTE_RETURN_IF_ERROR(reader->Init());
  return std::unique_ptr<EventFileReader>(std::move(reader));
}

Result<std::unique_ptr<EventFileReader>> EventFileReader::FromString(std::string data,
                                                                     const std::string& name,
                                                                     ImportSource source,
                                                                     const ImportOptions& options) {
  auto reader = std::make_unique<TableReader>(import_internal::MemorySource(std::move(data)), name,
                                              source, options);
  ENTENTE_RETURN_IF_ERROR(reader->Init());
  return std::unique_ptr<EventFileReader>(std::move(reader));
}

}  // namespace entente
