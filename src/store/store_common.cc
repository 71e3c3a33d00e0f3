// Copyright 2026 The entente Authors. Apache-2.0.
//
// Row decoding and input checks shared by the SQLite and PostgreSQL backends (interface in
// store_common.h).  Stored codes and enum values are validated on the way out, so a tampered or
// corrupted row surfaces as Corruption instead of an invalid EventCode or enum value.
#include "store/store_common.h"

#include <set>

namespace entente::store_internal {

const char kEventColumns[] =
    "e.id, e.doc, d.ext_id, d.title, e.sentence, e.start, e.\"end\", e.date, e.source, "
    "e.source_text, e.target, e.target_text, e.code, e.quad, e.goldstein, e.status, e.verb_text, "
    "e.pattern_id, e.dict_fingerprint, e.coder_version, e.dataset, e.ext_id, e.num_mentions, "
    "e.num_sources, e.num_articles, e.avg_tone, COALESCE(NULLIF(e.source_url, ''), d.url, ''), "
    "e.geo_name, e.geo_country, e.geo_lat, e.geo_lon, e.origin, e.dup_of";

Status DecodeEventRow(const RowAccess& s, bool with_sentence, StoredEvent* out) {
  out->id = s.Int(0);
  out->document_id = s.Int(1);
  out->doc_title.assign(s.Text(3));
  Event& e = out->event;
  e.doc_id.assign(s.Text(2));
  e.sentence = static_cast<int32_t>(s.Int(4));
  e.start = static_cast<uint32_t>(s.Int(5));
  e.end = static_cast<uint32_t>(s.Int(6));
  auto bad = [&](std::string_view what, std::string_view value) {
    return Status::Corruption("event " + std::to_string(out->id) + ": stored " + std::string(what) +
                              " '" + std::string(value) + "' is invalid");
  };
  auto date = Date::Parse(s.Text(7));
  if (!date.ok()) return bad("date", s.Text(7));
  e.date = *date;
  auto source = ActorCode::Parse(s.Text(8));
  if (!source.ok()) return bad("source", s.Text(8));
  e.source = std::move(source).value();
  e.source_text.assign(s.Text(9));
  auto target = ActorCode::Parse(s.Text(10));
  if (!target.ok()) return bad("target", s.Text(10));
  e.target = std::move(target).value();
  e.target_text.assign(s.Text(11));
  if (s.Text(12).empty()) {
    e.code = EventCode();
  } else {
    auto code = EventCode::Parse(s.Text(12));
    if (!code.ok()) return bad("code", s.Text(12));
    e.code = *code;
  }
  int64_t quad = s.Int(13);
  if (quad < 0 || quad > static_cast<int64_t>(QuadClass::kMaterialConflict)) {
    return bad("quad class", std::to_string(quad));
  }
  e.quad = static_cast<QuadClass>(quad);
  e.goldstein = s.Null(14) ? std::nullopt : std::optional<double>(s.Real(14));
  int64_t status = s.Int(15);
  if (status < 0 || status > static_cast<int64_t>(EventStatus::kReported)) {
    return bad("status", std::to_string(status));
  }
  e.status = static_cast<EventStatus>(status);
  e.verb_text.assign(s.Text(16));
  e.pattern_id.assign(s.Text(17));
  out->dict_fingerprint.assign(s.Text(18));
  out->coder_version.assign(s.Text(19));
  ExternalEventInfo& x = out->external;
  x.dataset.assign(s.Text(20));
  x.external_id.assign(s.Text(21));
  auto opt_int = [&](int c) {
    return s.Null(c) ? std::nullopt : std::optional<int32_t>(static_cast<int32_t>(s.Int(c)));
  };
  auto opt_real = [&](int c) {
    return s.Null(c) ? std::nullopt : std::optional<double>(s.Real(c));
  };
  x.num_mentions = opt_int(22);
  x.num_sources = opt_int(23);
  x.num_articles = opt_int(24);
  x.avg_tone = opt_real(25);
  x.source_url.assign(s.Text(26));
  x.geo_name.assign(s.Text(27));
  x.geo_country.assign(s.Text(28));
  x.geo_lat = opt_real(29);
  x.geo_lon = opt_real(30);
  x.origin.assign(s.Text(31));
  out->duplicate_of = s.Null(32) ? std::nullopt : std::optional<int64_t>(s.Int(32));
  if (with_sentence) {
    e.sentence_text.assign(s.Text(kSentenceTextColumn));
  } else {
    e.sentence_text.clear();
  }
  return Status::OK();
}

Status ValidateDocumentInput(const Document& doc, const std::vector<SentenceSpan>& sentences,
                             const std::vector<Event>& events) {
  const size_t n = doc.text.size();
  auto where = [&](std::string_view what) {
    return "document '" + doc.id + "': " + std::string(what);
  };
  std::set<int32_t> indices;
  for (const SentenceSpan& s : sentences) {
    if (s.start > s.end || s.end > n) {
      return Status::InvalidArgument(where("sentence " + std::to_string(s.index) + " offsets " +
                                           std::to_string(s.start) + ".." + std::to_string(s.end) +
                                           " lie outside the text (" + std::to_string(n) +
                                           " bytes)"));
    }
    if (!indices.insert(s.index).second) {
      return Status::InvalidArgument(
          where("sentence index " + std::to_string(s.index) + " given twice"));
    }
  }
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    if (!e.doc_id.empty() && e.doc_id != doc.id) {
      return Status::InvalidArgument(where("event " + std::to_string(i) + " belongs to document '" +
                                           e.doc_id + "'"));
    }
    if (e.start > e.end || e.end > n) {
      return Status::InvalidArgument(where("event " + std::to_string(i) + " offsets " +
                                           std::to_string(e.start) + ".." + std::to_string(e.end) +
                                           " lie outside the text (" + std::to_string(n) +
                                           " bytes)"));
    }
  }
  return Status::OK();
}

Status ValidateImportedEvents(const std::vector<ImportedEvent>& events) {
  for (size_t i = 0; i < events.size(); ++i) {
    const ImportedEvent& e = events[i];
    auto where = [&](std::string_view what) {
      std::string name = e.info.origin.empty() ? "imported event " + std::to_string(i)
                                               : "imported event at " + e.info.origin;
      return Status::InvalidArgument(name + ": " + std::string(what));
    };
    const std::string& ds = e.info.dataset;
    if (ds.empty()) return where("no dataset name");
    for (char c : ds) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return where("dataset name '" + ds + "' is not lower-case letters, digits and '-'");
      }
    }
    if (e.info.external_id.empty()) return where("no external id");
    if (e.code.empty()) return where("no event code");
  }
  return Status::OK();
}

namespace {

Result<Date> RowDate(const RowAccess& row, int c) {
  Result<Date> d = Date::Parse(row.Text(c));
  if (!d.ok()) return Status::Corruption("stored event date '" + std::string(row.Text(c)) + "'");
  return d;
}

}  // namespace

Result<std::vector<DayTotals>> QueryTotalsByDay(const EventQuery& q, PlaceholderStyle style,
                                                const RowRunner& run) {
  SqlParams params(style);
  Result<std::string> sql = TotalsByDaySql(q, params);
  if (!sql.ok()) return sql.status();
  std::vector<DayTotals> out;
  Status s = run(*sql, params, [&out](const RowAccess& row) -> Status {
    DayTotals t;
    Result<Date> d = RowDate(row, 0);
    if (!d.ok()) return d.status();
    t.date = *d;
    const int64_t quad = row.Int(1);
    if (quad < 0 || quad > 4) return Status::Corruption("stored quad class " + std::to_string(quad));
    t.quad = static_cast<QuadClass>(quad);
    t.events = row.Int(2);
    t.goldstein_n = row.Int(3);
    t.positive = row.Real(4);
    t.negative = row.Real(5);
    out.push_back(t);
    return Status::OK();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<DayCount>> QueryCountByDay(const EventQuery& q, PlaceholderStyle style,
                                              const RowRunner& run) {
  SqlParams params(style);
  Result<std::string> sql = CountByDaySql(q, params);
  if (!sql.ok()) return sql.status();
  std::vector<DayCount> out;
  Status s = run(*sql, params, [&out](const RowAccess& row) -> Status {
    Result<Date> d = RowDate(row, 0);
    if (!d.ok()) return d.status();
    out.push_back(DayCount{*d, row.Int(1)});
    return Status::OK();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace entente::store_internal
