// Copyright 2026 The entente Authors. Apache-2.0.
//
// ApiService (entente/server.h): the JSON endpoints as functions of (request, store).  Routing,
// a pool of read-only store connections (one per concurrent request), the series endpoints over
// series_query + analysis_json (the same JSON as the CLI), event search with paging, store and
// dictionary information, and ingest of posted JSONL through the coder.  Every parameter is
// validated by Params (params.h); store failures become a 500 whose detail goes to the server log
// (ApiResponse is logged by the HTTP layer), never into the response.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>

#include "entente/analysis_json.h"
#include "entente/coder.h"
#include "entente/dict.h"
#include "entente/ingest.h"
#include "entente/nlp.h"
#include "entente/report.h"
#include "entente/series_query.h"
#include "entente/server.h"
#include "entente/store.h"
#include "server/params.h"
#include "server/web_assets.h"

namespace entente {

using nlohmann::json;
using server_internal::ErrorResponse;
using server_internal::Params;

namespace {

ApiResponse JsonResponse(const json& j, int status = 200) {
  ApiResponse r;
  r.status = status;
  r.body = j.dump(-1, ' ', false, json::error_handler_t::replace);
  return r;
}

// A store failure: the client sees a generic reason, the log gets the detail.
ApiResponse StoreFailure(const Status& s) {
  if (s.code() == ErrorCode::kInvalidArgument) return ErrorResponse(400, s.message());
  if (s.code() == ErrorCode::kNotFound) return ErrorResponse(404, s.message());
  ApiResponse r = ErrorResponse(500, "the store could not answer; see the server log");
  r.log_detail = s.ToString();
  return r;
}

// The store cannot be opened (503); the detail goes to the log.
ApiResponse Unavailable(const Status& s) {
  ApiResponse r = ErrorResponse(503, "the store cannot be opened; see the server log");
  r.log_detail = s.ToString();
  return r;
}

// A store URL without its password (postgresql://user:secret@host/db -> postgresql://user@host/db).
std::string RedactUrl(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos || at < scheme) return url;
  const size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + url.substr(at);
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

struct ApiService::Impl {
  ServerOptions options;
  std::shared_ptr<const DictionarySet> dict;
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Coder> coder;

  std::mutex pool_mu;
  std::vector<std::unique_ptr<EventStore>> pool;  // idle read-only connections
  std::mutex ingest_mu;                            // one ingest at a time
  std::unique_ptr<EventStore> writer;              // opened on first ingest

  // A read-only connection for one request; returned to the pool by Release.
  Result<std::unique_ptr<EventStore>> Acquire() {
    {
      std::lock_guard<std::mutex> lock(pool_mu);
      if (!pool.empty()) {
        std::unique_ptr<EventStore> s = std::move(pool.back());
        pool.pop_back();
        return s;
      }
    }
    StoreOptions so;
    so.create_if_missing = false;
    so.read_only = true;
    so.cache_mib = 16;
    return OpenStore(options.db, so);
  }
  void Release(std::unique_ptr<EventStore> s) {
    if (!s) return;
    std::lock_guard<std::mutex> lock(pool_mu);
    if (pool.size() < 64) pool.push_back(std::move(s));
  }

  ApiResponse Route(const ApiRequest& r);
  ApiResponse Events(const ApiRequest& r);
  ApiResponse Dyad(const ApiRequest& r);
  ApiResponse Triangle(const ApiRequest& r);
  ApiResponse Drivers(const ApiRequest& r);
  ApiResponse TopDyadsList(const ApiRequest& r);
  ApiResponse StoreStatus(const ApiRequest& r);
  ApiResponse Dictionary(const ApiRequest& r);
  ApiResponse Ingest(const ApiRequest& r);

  // Reads the series parameters every analysis endpoint shares (by, from, to, measure,
  // normalise, status) into a SeriesRequest.
  SeriesRequest SeriesParams(Params& p, const std::string& default_by,
                             const std::string& default_measure);
  // Opens a SeriesContext on a pooled store and checks the number of periods.  On failure returns
  // the error response in *error.
  std::optional<SeriesContext> OpenContext(const SeriesRequest& req, ApiResponse* error);
  void Done(SeriesContext& ctx) { Release(std::move(ctx.store)); }
};

SeriesRequest ApiService::Impl::SeriesParams(Params& p, const std::string& default_by,
                                             const std::string& default_measure) {
  SeriesRequest req;
  req.db = options.db;
  req.by = p.Choice("by", default_by, {"day", "week", "month", "quarter", "year"});
  req.measure = p.Choice("measure", default_measure,
                         {"net-cooperation", "goldstein-mean", "count", "net-cooperation-count",
                          "cooperation", "conflict"});
  req.normalise = p.Bool("normalise", false);
  req.all_statuses = p.Choice("status", "asserted", {"asserted", "all"}) == "all";
  req.all_mentions = p.Bool("mentions", false);
  std::optional<Date> from = p.PartialDate("from", false);
  std::optional<Date> to = p.PartialDate("to", true);
  if (from && to && *from > *to) p.Fail("from", "after 'to'");
  if (from) req.from = from->ToString();
  if (to) req.to = to->ToString();
  return req;
}

std::optional<SeriesContext> ApiService::Impl::OpenContext(const SeriesRequest& req,
                                                           ApiResponse* error) {
  Result<std::unique_ptr<EventStore>> store = Acquire();
  if (!store.ok()) {
    *error = Unavailable(store.status());
    return std::nullopt;
  }
  Result<SeriesContext> ctx = OpenSeriesContext(std::move(store).value(), req);
  if (!ctx.ok()) {
    *error = StoreFailure(ctx.status());
    return std::nullopt;
  }
  // Rough upper bound of the number of periods: shortest period length in days.
  static constexpr int kMinDays[] = {1, 7, 28, 90, 365};
  const int64_t days = ctx->to.days() - ctx->from.days() + 1;
  const int64_t periods = days / kMinDays[static_cast<int>(ctx->period)] + 1;
  if (periods > options.max_periods) {
    *error = ErrorResponse(
        400,
        fmt::format("by: {} to {} by {} is about {} periods; at most {} (use a longer period or a "
                    "narrower from/to)",
                    ctx->from.ToString(), ctx->to.ToString(), PeriodName(ctx->period), periods,
                    options.max_periods),
        "by");
    Done(*ctx);
    return std::nullopt;
  }
  return std::move(ctx).value();
}

// ---------------------------------------------------------------------------------------------
// /api/events

ApiResponse ApiService::Impl::Events(const ApiRequest& r) {
  Params p(r, {"source", "target", "actor", "dyad", "code", "from", "to", "status", "mentions", "mentions_of", "q", "limit",
               "offset", "order", "exact"});
  EventQuery q;
  const std::string source = p.Str("source", "", 40);
  const std::string target = p.Str("target", "", 40);
  const std::string actor = p.Str("actor", "", 40);
  const std::string dyad = p.Str("dyad", "", 90);
  const std::string code = p.Str("code", "", 8);
  const std::string text = p.Str("q", "", 200);
  const std::string status = p.Str("status", "asserted", 100);
  const int64_t limit = p.Int("limit", options.default_limit, 1, options.max_limit);
  const int64_t offset = p.Int("offset", 0, 0, 1000000000);
  const std::string order = p.Choice("order", "asc", {"asc", "desc"});
  EventFilterText filter;
  filter.source = source;
  filter.target = target;
  filter.actor = actor;
  filter.dyad = dyad;
  filter.code = code;
  filter.from = p.Str("from", "", 10);
  filter.to = p.Str("to", "", 10);
  filter.status = status;
  filter.exact = p.Bool("exact", false);
  filter.mentions = p.Bool("mentions", false);
  filter.mentions_of = p.Int("mentions_of", 0, 0, int64_t{1} << 62);
  if (p.ok()) {
    std::string field;
    Result<EventQuery> parsed = ParseEventFilter(filter, &field);
    if (parsed.ok()) {
      q = std::move(parsed).value();
    } else {
      p.Fail(field, parsed.status().message());
    }
  }
  q.order = order == "desc" ? EventOrder::kDateDescending : EventOrder::kDateAscending;
  if (!p.ok()) return p.ErrorResponse();

  Result<std::unique_ptr<EventStore>> store = Acquire();
  if (!store.ok()) return Unavailable(store.status());
  EventStore& s = **store;
  auto item = [](const StoredEvent& se) {
    json e = json::parse(StoredEventToJsonLine(se), nullptr, /*allow_exceptions=*/false);
    if (e.is_discarded()) e = json::object();
    e["document"] = {{"id", se.event.doc_id},
                     {"title", se.doc_title},
                     {"url", se.external.source_url}};
    return e;
  };
  json items = json::array();
  int64_t total = 0;
  bool scan_truncated = false;
  if (text.empty()) {
    Result<int64_t> n = s.CountEvents(q);
    if (!n.ok()) return StoreFailure(n.status());
    total = *n;
    q.limit = limit;
    q.offset = offset;
    Result<std::vector<StoredEvent>> rows = s.QueryEvents(q);
    if (!rows.ok()) return StoreFailure(rows.status());
    for (const StoredEvent& se : *rows) items.push_back(item(se));
  } else {
    // Free text: a case-insensitive substring of the sentence, verb, actor texts or title, over
    // at most max_text_scan events of the filtered query.
    const std::string needle = Lower(text);
    int64_t scanned = 0;
    const Status stop = Status::Internal("scan limit");
    Status st = s.ForEachEvent(q, [&](const StoredEvent& se) -> Status {
      if (++scanned > options.max_text_scan) {
        scan_truncated = true;
        return stop;
      }
      const Event& e = se.event;
      for (const std::string* field :
           {&e.sentence_text, &e.verb_text, &e.source_text, &e.target_text, &se.doc_title}) {
        if (Lower(*field).find(needle) != std::string::npos) {
          if (total >= offset && total < offset + limit) items.push_back(item(se));
          ++total;
          break;
        }
      }
      return Status::OK();
    });
    if (!st.ok() && !scan_truncated) return StoreFailure(st);
  }
  Release(std::move(store).value());
  json j = {{"total", total}, {"limit", limit}, {"offset", offset}, {"items", std::move(items)}};
  if (!text.empty()) j["scan_truncated"] = scan_truncated;
  return JsonResponse(j);
}

// ---------------------------------------------------------------------------------------------
// /api/dyad, /api/triangle, /api/drivers

ApiResponse ApiService::Impl::Dyad(const ApiRequest& r) {
  Params p(r, {"dyad", "by", "from", "to", "measure", "normalise", "status", "mentions"});
  const std::string text = p.Str("dyad", "", 90, /*required=*/true);
  SeriesRequest req = SeriesParams(p, "month", "net-cooperation");
  NamedDyad dyad;
  if (p.ok()) {
    Result<NamedDyad> d = ParseDyad(text);
    if (!d.ok()) p.Fail("dyad", d.status().message());
    else dyad = *d;
  }
  if (!p.ok()) return p.ErrorResponse();
  ApiResponse error;
  std::optional<SeriesContext> ctx = OpenContext(req, &error);
  if (!ctx) return error;
  Result<DyadSeries> s = LoadDyadSeries(*ctx, dyad.spec);
  if (!s.ok()) return StoreFailure(s.status());
  json j = DyadSeriesJson(*s, dyad.label);
  j["statuses"] = req.all_statuses ? "all" : "asserted";
  j["counting"] = req.all_mentions ? "mentions" : "distinct events";
  j["measure"] = std::string(DyadMeasureName(ctx->measure));
  j["normalised"] = ctx->normalise;
  Result<std::vector<double>> values = SeriesValues(*ctx, *s);
  if (values.ok()) {
    json v = json::array();
    for (double x : *values) v.push_back(JsonNumber(x));
    j["values"] = std::move(v);
  }
  Done(*ctx);
  return JsonResponse(j);
}

ApiResponse ApiService::Impl::Triangle(const ApiRequest& r) {
  Params p(r, {"actors", "by", "from", "to", "measure", "normalise", "status", "mentions", "threshold",
               "min_events"});
  const std::vector<std::string> actors = p.List("actors", 3, 3, 40);
  if (p.ok() && !p.Has("actors")) p.Fail("actors", "required: three actors, e.g. USA,CHN,RUS");
  SeriesRequest req = SeriesParams(p, "quarter", "goldstein-mean");
  const double threshold = p.Real("threshold", 0.5, 0, 1e6);
  const int64_t min_events = p.Int("min_events", 1, 0, 1000000);
  if (!p.ok()) return p.ErrorResponse();
  ApiResponse error;
  std::optional<SeriesContext> ctx = OpenContext(req, &error);
  if (!ctx) return error;
  TriangleOptions to;
  to.threshold = threshold;
  Result<TriangleSeries> tri = LoadTriangle(*ctx, {actors[0], actors[1], actors[2]}, to, min_events);
  if (!tri.ok()) return StoreFailure(tri.status());
  json j = TriangleJson(*ctx, *tri, threshold, min_events);
  Done(*ctx);
  return JsonResponse(j);
}

ApiResponse ApiService::Impl::Drivers(const ApiRequest& r) {
  Params p(r, {"target", "candidates", "by", "from", "to", "measure", "normalise", "status", "mentions",
               "lags", "max_lags", "ic", "steps", "replications", "seed", "signif", "ccf_lags",
               "forecast"});
  const std::string target = p.Str("target", "", 90, /*required=*/true);
  const std::vector<std::string> candidates =
      p.List("candidates", 1, static_cast<size_t>(options.max_candidates), 90);
  if (p.ok() && !p.Has("candidates")) {
    p.Fail("candidates", "required: comma-separated dyads, e.g. USA-CHN,USA-RUS");
  }
  SeriesRequest req = SeriesParams(p, "month", "net-cooperation");
  DriversOptions o;
  const int64_t lags = p.Int("lags", 0, 1, 52);
  if (lags > 0) o.lags = static_cast<int>(lags);
  o.max_lags = static_cast<int>(p.Int("max_lags", 0, 1, 52));
  const std::string ic = p.Choice("ic", "aic", {"aic", "bic", "hqic", "fpe"});
  for (LagCriterion c :
       {LagCriterion::kAic, LagCriterion::kBic, LagCriterion::kHqic, LagCriterion::kFpe}) {
    if (LagCriterionName(c) == ic) o.criterion = c;
  }
  o.irf_steps = static_cast<int>(p.Int("steps", 10, 1, 60));
  o.replications = static_cast<int>(
      p.Int("replications", options.default_replications, 10, options.max_replications));
  o.seed = static_cast<uint64_t>(p.Int("seed", 1, 0, int64_t{1} << 53));
  o.signif = p.Real("signif", 0.05, 0.0001, 0.5);
  o.ccf_max_lag = static_cast<int>(p.Int("ccf_lags", 6, 0, 60));
  o.forecast_steps = static_cast<int>(p.Int("forecast", 0, 0, 60));
  std::vector<NamedDyad> dyads;
  if (p.ok()) {
    std::vector<std::string> all = {target};
    all.insert(all.end(), candidates.begin(), candidates.end());
    for (size_t i = 0; i < all.size(); ++i) {
      Result<NamedDyad> d = ParseDyad(all[i]);
      if (!d.ok()) {
        p.Fail(i == 0 ? "target" : "candidates", d.status().message());
        break;
      }
      dyads.push_back(*d);
    }
  }
  if (!p.ok()) return p.ErrorResponse();
  ApiResponse error;
  std::optional<SeriesContext> ctx = OpenContext(req, &error);
  if (!ctx) return error;
  Result<DriversRun> run = LoadDrivers(*ctx, dyads, o);
  if (!run.ok()) {
    // The analysis refuses data it cannot support (too few periods, constant series): say why.
    if (run.status().code() == ErrorCode::kInvalidArgument) {
      Done(*ctx);
      return ErrorResponse(400, run.status().message(), "target");
    }
    return StoreFailure(run.status());
  }
  json j = DriversJson(*ctx, *run, o);
  Done(*ctx);
  return JsonResponse(j);
}

// ---------------------------------------------------------------------------------------------
// /api/dyads, /api/status, /api/dictionary

ApiResponse ApiService::Impl::TopDyadsList(const ApiRequest& r) {
  Params p(r, {"limit", "from", "to", "status", "directed"});
  TopDyadsOptions o;
  o.limit = static_cast<int>(p.Int("limit", 20, 1, 200));
  o.directed = p.Bool("directed", false);
  EventQuery q;
  q.date_from = p.PartialDate("from", false);
  q.date_to = p.PartialDate("to", true);
  if (p.Choice("status", "asserted", {"asserted", "all"}) == "all") q.statuses.clear();
  if (!p.ok()) return p.ErrorResponse();
  Result<std::unique_ptr<EventStore>> store = Acquire();
  if (!store.ok()) return Unavailable(store.status());
  Result<std::vector<DyadCount>> top = (*store)->TopDyads(q, o);
  if (!top.ok()) return StoreFailure(top.status());
  Release(std::move(store).value());
  json items = json::array();
  for (const DyadCount& d : *top) {
    items.push_back({{"dyad", d.source + (o.directed ? ">" : "-") + d.target},
                     {"source", d.source},
                     {"target", d.target},
                     {"count", d.count}});
  }
  return JsonResponse({{"directed", o.directed}, {"items", std::move(items)}});
}

ApiResponse ApiService::Impl::StoreStatus(const ApiRequest& r) {
  Params p(r, {});
  if (!p.ok()) return p.ErrorResponse();
  Result<std::unique_ptr<EventStore>> store = Acquire();
  if (!store.ok()) return Unavailable(store.status());
  EventStore& s = **store;
  Result<StoreCounts> counts = s.Counts();
  if (!counts.ok()) return StoreFailure(counts.status());
  Result<int> version = s.SchemaVersion();
  if (!version.ok()) return StoreFailure(version.status());
  Result<std::vector<RunRecord>> runs = s.ListRuns();
  if (!runs.ok()) return StoreFailure(runs.status());
  json range = nullptr;
  {
    EventQuery q;
    q.limit = 1;
    q.with_sentence_text = false;
    Result<std::vector<StoredEvent>> first = s.QueryEvents(q);
    q.order = EventOrder::kDateDescending;
    Result<std::vector<StoredEvent>> last = s.QueryEvents(q);
    if (first.ok() && last.ok() && !first->empty() && !last->empty()) {
      range = {{"from", first->front().event.date.ToString()},
               {"to", last->front().event.date.ToString()}};
    }
  }
  std::string backend(s.backend());
  Release(std::move(store).value());
  json jruns = json::array();
  // Newest first, at most 100.
  for (auto it = runs->rbegin(); it != runs->rend() && jruns.size() < 100; ++it) {
    const RunRecord& run = *it;
    jruns.push_back({{"id", run.id},
                     {"started", run.started},
                     {"finished", run.finished},
                     {"command", run.info.command},
                     {"dict_fingerprint", run.info.dict_fingerprint},
                     {"coder_version", run.info.coder_version},
                     {"documents_seen", run.counts.documents_seen},
                     {"documents_added", run.counts.documents_added},
                     {"documents_skipped", run.counts.documents_skipped},
                     {"events_added", run.counts.events_added},
                     {"errors", run.counts.errors}});
  }
  return JsonResponse({{"backend", backend},
                       {"db", RedactUrl(options.db)},
                       {"schema_version", *version},
                       {"counts",
                        {{"documents", counts->documents},
                         {"sentences", counts->sentences},
                         {"events", counts->events},
                         {"distinct_events", counts->distinct_events},
                         {"imported_events", counts->imported_events}}},
                       {"asserted_range", range},
                       {"runs", std::move(jruns)},
                       {"runs_total", runs->size()},
                       {"allow_ingest", options.allow_ingest},
                       {"version", ENTENTE_VERSION}});
}

ApiResponse ApiService::Impl::Dictionary(const ApiRequest& r) {
  Params p(r, {});
  if (!p.ok()) return p.ErrorResponse();
  json loaded = nullptr;
  if (dict) {
    size_t cameo_codes = dict->cameo().size();
    loaded = {{"fingerprint", dict->fingerprint()},
              {"actors", dict->actor_count()},
              {"agents", dict->agent_count()},
              {"verbs", dict->verb_entry_count()},
              {"verb_blocks", dict->verb_block_count()},
              {"patterns", dict->pattern_count()},
              {"synsets", dict->synset_count()},
              {"discards", dict->discards().size()},
              {"issues", dict->issues().size()},
              {"cameo_codes", cameo_codes},
              {"warnings", dict->warnings().size()},
              {"coder_version", Coder::Version()}};
  }
  Result<std::unique_ptr<EventStore>> store = Acquire();
  if (!store.ok()) return Unavailable(store.status());
  Result<std::vector<RunRecord>> runs = (*store)->ListRuns();
  if (!runs.ok()) return StoreFailure(runs.status());
  Release(std::move(store).value());
  // Fingerprints the store's ingest runs recorded, with how many runs and events each.
  std::map<std::pair<std::string, std::string>, std::pair<int64_t, int64_t>> used;
  for (const RunRecord& run : *runs) {
    auto& slot = used[{run.info.dict_fingerprint, run.info.coder_version}];
    ++slot.first;
    slot.second += run.counts.events_added;
  }
  json in_store = json::array();
  for (const auto& [key, n] : used) {
    in_store.push_back({{"fingerprint", key.first},
                        {"coder_version", key.second},
                        {"runs", n.first},
                        {"events_added", n.second},
                        {"matches_loaded", dict && key.first == dict->fingerprint()}});
  }
  return JsonResponse({{"loaded", loaded}, {"store", std::move(in_store)}});
}

// ---------------------------------------------------------------------------------------------
// POST /api/ingest

ApiResponse ApiService::Impl::Ingest(const ApiRequest& r) {
  if (!options.allow_ingest) {
    return ErrorResponse(403,
                         "ingest is disabled: this server is read-only; start it with "
                         "`entente serve --allow-ingest` to accept documents");
  }
  Params p(r, {});
  if (!p.ok()) return p.ErrorResponse();
  if (r.body.size() > options.max_ingest_bytes) {
    return ErrorResponse(413, fmt::format("the body has {} bytes; at most {} per request",
                                          r.body.size(), options.max_ingest_bytes));
  }
  if (r.body.find_first_not_of(" \t\r\n") == std::string::npos) {
    return ErrorResponse(400, "the body is empty; send JSONL documents, one per line");
  }
  if (!coder) return ErrorResponse(503, "dictionaries are not loaded; ingest is unavailable");
  std::lock_guard<std::mutex> lock(ingest_mu);
  if (!writer) {
    Result<std::unique_ptr<EventStore>> w = OpenStore(options.db);
    if (!w.ok()) return Unavailable(w.status());
    writer = std::move(w).value();
  }
  IngestOptions io;
  io.format = InputFormat::kJsonl;
  io.max_document_bytes = options.max_ingest_bytes;
  Result<std::unique_ptr<DocumentReader>> reader = NewStringReader(r.body, "body", io);
  if (!reader.ok()) return ErrorResponse(400, reader.status().message());

  Result<int64_t> run = writer->StartRun(
      {"POST /api/ingest (" + std::to_string(r.body.size()) + " bytes)", dict->fingerprint(),
       Coder::Version()});
  if (!run.ok()) return StoreFailure(run.status());
  Provenance prov{dict->fingerprint(), Coder::Version(), *run};
  RunCounts counts;
  json diagnostics = json::array();
  auto note = [&](const std::string& text) {
    if (diagnostics.size() < 50) diagnostics.push_back(text);
  };
  Status store_error;
  if (Status s = writer->BeginBatch(); !s.ok()) return StoreFailure(s);
  Status st = ReadAll(
      reader->get(),
      [&](Document&& doc) -> Status {
        ++counts.documents_seen;
        Result<CodedDocument> coded = coder->Code(doc);
        if (!coded.ok()) {
          ++counts.errors;
          note("document '" + doc.id + "': " + coded.status().message());
          return Status::OK();
        }
        Result<PutResult> put = writer->PutDocument(doc, coded->sentences, coded->events, prov);
        if (!put.ok()) {
          store_error = put.status();
          return put.status();
        }
        if (put->already_present) {
          ++counts.documents_skipped;
        } else {
          ++counts.documents_added;
          counts.events_added += put->events_added;
        }
        return Status::OK();
      },
      [&](const IngestDiagnostic& d) {
        if (d.kind == DiagnosticKind::kSkipped) ++counts.errors;
        note(d.ToString());
      });
  if (st.ok() && store_error.ok()) {
    store_error = writer->CommitBatch();
  } else {
    (void)writer->RollbackBatch();
  }
  (void)writer->FinishRun(*run, counts);
  if (!store_error.ok()) {
    writer.reset();  // reopen next time
    return StoreFailure(store_error);
  }
  if (!st.ok()) return ErrorResponse(400, st.message());
  json j = {{"run_id", *run},
            {"documents_seen", counts.documents_seen},
            {"documents_added", counts.documents_added},
            {"documents_already_present", counts.documents_skipped},
            {"events_added", counts.events_added},
            {"skipped", counts.errors},
            {"diagnostics", std::move(diagnostics)}};
  if (counts.documents_seen == 0) {
    ApiResponse bad = ErrorResponse(400, "no document in the body could be read; see diagnostics");
    json e = json::parse(bad.body);
    e["diagnostics"] = j["diagnostics"];
    return JsonResponse(e, 400);
  }
  return JsonResponse(j);
}

// ---------------------------------------------------------------------------------------------
// Routing

ApiResponse ApiService::Impl::Route(const ApiRequest& r) {
  using Handler = ApiResponse (Impl::*)(const ApiRequest&);
  struct RouteEntry {
    const char* path;
    const char* method;
    Handler handler;
  };
  static constexpr RouteEntry kRoutes[] = {
      {"/api/events", "GET", &Impl::Events},       {"/api/dyad", "GET", &Impl::Dyad},
      {"/api/triangle", "GET", &Impl::Triangle},   {"/api/drivers", "GET", &Impl::Drivers},
      {"/api/dyads", "GET", &Impl::TopDyadsList},  {"/api/status", "GET", &Impl::StoreStatus},
      {"/api/dictionary", "GET", &Impl::Dictionary}, {"/api/ingest", "POST", &Impl::Ingest},
  };
  const bool get = r.method == "GET" || r.method == "HEAD";
  for (const RouteEntry& route : kRoutes) {
    if (r.path != route.path) continue;
    if (r.method != route.method && !(get && std::string_view(route.method) == "GET")) {
      return ErrorResponse(405, std::string("use ") + route.method + " for " + route.path);
    }
    return (this->*route.handler)(r);
  }
  if (r.path == "/healthz") {
    if (!get) return ErrorResponse(405, "use GET for /healthz");
    return JsonResponse({{"ok", true}});
  }
  const std::string asset = r.path == "/" || r.path == "/index.html" ? "/dashboard.html" : r.path;
  for (const server_internal::WebAsset& a : server_internal::WebAssets()) {
    if (a.path != asset) continue;
    if (!get) return ErrorResponse(405, "use GET for " + r.path);
    ApiResponse out;
    out.content_type = std::string(a.content_type);
    out.body = std::string(a.body);
    return out;
  }
  return ErrorResponse(404, "no such endpoint: " + r.path.substr(0, 100) +
                                " (see /api/status, /api/events, /api/dyad, /api/triangle, "
                                "/api/drivers, /api/dyads, /api/dictionary, POST /api/ingest)");
}

ApiService::ApiService(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ApiService::~ApiService() = default;

const ServerOptions& ApiService::options() const { return impl_->options; }

Result<std::unique_ptr<ApiService>> ApiService::Create(const ServerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  // Check the store once now, so a wrong --db fails at start, not on the first request.  With
  // ingest allowed, a missing SQLite file is created.
  {
    StoreOptions so;
    so.create_if_missing = options.allow_ingest;
    so.read_only = !options.allow_ingest;
    Result<std::unique_ptr<EventStore>> s = OpenStore(options.db, so);
    if (!s.ok()) return s.status();
    if (options.allow_ingest) {
      impl->writer = std::move(s).value();
    } else {
      impl->pool.push_back(std::move(s).value());
    }
  }
  if (options.load_dictionaries) {
    Result<std::shared_ptr<const DictionarySet>> d = DictionarySet::Load({});
    if (!d.ok()) return d.status().WithContext("bundled dictionaries");
    impl->dict = *d;
    Result<std::unique_ptr<Analyzer>> a = Analyzer::Create();
    if (!a.ok()) return a.status();
    impl->analyzer = std::move(a).value();
    impl->coder = std::make_unique<Coder>(*impl->dict, *impl->analyzer);
  }
  return std::unique_ptr<ApiService>(new ApiService(std::move(impl)));
}

ApiResponse ApiService::Handle(const ApiRequest& request) {
  try {
    return impl_->Route(request);
  } catch (const std::exception& e) {
    // Third-party code (JSON, the standard library) may throw; never let it cross the API.
    ApiResponse r = ErrorResponse(500, "internal error; see the server log");
    r.log_detail = e.what();
    return r;
  }
}

}  // namespace entente
