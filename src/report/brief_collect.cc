// Copyright 2026 The entente Authors. Apache-2.0.
//
// brief_collect: CollectBrief and DefaultBriefPeriod (entente/brief.h).  Reads, through
// series_query.h, everything `entente brief` shows: the A-B series with each period's corpus
// volume, the triangle (mean Goldstein score per side), the drivers run over candidates chosen
// with a stated reason, key events with their sentences and documents, and the store's
// provenance (counts, date range, dictionary fingerprints of its runs).  No printing.
#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <set>

#include <fmt/format.h>

#include "entente/brief.h"
#include "report/brief_text.h"

#ifndef ENTENTE_VERSION
#define ENTENTE_VERSION "unknown"
#endif

namespace entente {
namespace {

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
  return buf;
}

EventQuery DyadQuery(const SeriesContext& ctx, const DyadSpec& d) {
  EventQuery q;
  q.source = d.source;
  q.target = d.target;
  q.either_direction = !d.directed;
  q.date_from = ctx.from;
  q.date_to = ctx.to;
  q.statuses = ctx.statuses;
  q.distinct = ctx.distinct;
  q.with_sentence_text = false;
  return q;
}

// Saves and restores the context's measure and normalisation around a call.
struct MeasureScope {
  SeriesContext& ctx;
  DyadMeasure measure;
  bool normalise;
  explicit MeasureScope(SeriesContext& c) : ctx(c), measure(c.measure), normalise(c.normalise) {}
  ~MeasureScope() {
    ctx.measure = measure;
    ctx.normalise = normalise;
  }
};

Status CollectCandidates(SeriesContext& ctx, const BriefRequest& req, BriefData& data) {
  const int periods = static_cast<int>(data.relation.points.size());
  struct Option {
    NamedDyad dyad;
    std::string reason;
    bool asked = false;
  };
  std::vector<Option> options;
  std::set<std::string> seen;
  auto key = [](const DyadSpec& d) {
    return d.directed ? d.source + ">" + d.target
                      : std::min(d.source, d.target) + "-" + std::max(d.source, d.target);
  };
  seen.insert(key(DyadSpec{data.a_code, data.b_code, false}));
  if (!req.candidates.empty()) {
    for (const std::string& text : req.candidates) {
      Result<NamedDyad> d = ParseDyad(text);
      if (!d.ok()) return d.status().WithContext("candidate");
      if (!seen.insert(key(d->spec)).second) {
        data.left_out.push_back(text + ": the relation itself, or named twice");
        continue;
      }
      options.push_back({*d, "asked for", true});
    }
  } else {
    auto add = [&](const std::string& x, const std::string& y, const std::string& reason) {
      NamedDyad d{DyadSpec{ResolveActor(x), ResolveActor(y), false}, x + "-" + y};
      if (d.spec.source == d.spec.target) return;
      if (!seen.insert(key(d.spec)).second) return;
      options.push_back({d, reason, false});
    };
    if (!data.third.empty()) {
      add(data.third, data.b, data.third + "'s relation with " + data.b + " (the third actor)");
      add(data.third, data.a, data.third + "'s relation with " + data.a + " (the third actor)");
    }
    for (const char* bloc : {"EU", "NATO"}) {
      add(bloc, data.b, std::string("the ") + bloc + "'s relation with " + data.b +
                            ", present in the store");
      add(bloc, data.a, std::string("the ") + bloc + "'s relation with " + data.a +
                            ", present in the store");
    }
  }
  std::vector<BriefCandidate> kept;
  for (const Option& o : options) {
    Result<int64_t> n = ctx.store->CountEvents(DyadQuery(ctx, o.dyad.spec));
    if (!n.ok()) return n.status();
    if (!o.asked && *n < req.min_candidate_events) {
      // Blocs absent from the store are not worth a line; the third actor's relations are.
      if (*n > 0 || o.reason.find("third") != std::string::npos) {
        data.left_out.push_back(fmt::format("{}: {} event{} in the period (fewer than {})",
                                            o.dyad.label, *n, *n == 1 ? "" : "s",
                                            req.min_candidate_events));
      }
      continue;
    }
    kept.push_back({o.dyad, o.reason, *n});
  }
  // Blocs by events, after the third actor's relations (stable: asked-for order is kept).
  if (req.candidates.empty()) {
    std::stable_sort(kept.begin(), kept.end(), [](const BriefCandidate& x, const BriefCandidate& y) {
      const bool tx = x.reason.find("third") != std::string::npos;
      const bool ty = y.reason.find("third") != std::string::npos;
      if (tx != ty) return tx;
      return x.events > y.events;
    });
  }
  // A VAR(1) with k series needs T - 1 >= min_obs (k + 1) periods.
  const double per = req.drivers.min_obs_per_parameter;
  int max_k = per > 0 ? static_cast<int>(std::floor((periods - 1) / per)) - 1 : 99;
  const int cap = std::max(0, std::min(req.max_candidates, max_k - 1));
  if (cap == 0 && !kept.empty()) {
    data.drivers_error = fmt::format(
        "{} {} are too few for a VAR of {}-{} and even one candidate (it needs at least {})",
        periods, PeriodWord(data.period, periods), data.a, data.b,
        static_cast<int>(std::ceil(per * 3)) + 1);
  }
  for (size_t i = 0; i < kept.size(); ++i) {
    if (static_cast<int>(i) < cap) {
      data.candidates.push_back(kept[i]);
    } else {
      data.left_out.push_back(fmt::format(
          "{}: {} events, but {} {} carry at most {} candidate{} in one VAR", kept[i].dyad.label,
          kept[i].events, periods, PeriodWord(data.period, periods), cap, cap == 1 ? "" : "s"));
    }
  }
  return Status::OK();
}

Status CollectKeyEvents(SeriesContext& ctx, const BriefRequest& req, BriefData& data) {
  struct Pool {
    std::vector<BriefKeyEvent> events;
  };
  std::vector<DyadSpec> primary = {DyadSpec{data.a_code, data.b_code, false}};
  std::vector<DyadSpec> secondary;
  if (!data.third.empty()) {
    secondary.push_back(DyadSpec{data.third_code, data.a_code, false});
    secondary.push_back(DyadSpec{data.third_code, data.b_code, false});
  }
  std::set<std::pair<int64_t, int64_t>> sentences;  // (document, sentence) or (0, event id)
  auto gather = [&](const std::vector<DyadSpec>& sides, std::vector<BriefKeyEvent>& out) -> Status {
    for (const DyadSpec& d : sides) {
      EventQuery q = DyadQuery(ctx, d);
      q.with_sentence_text = true;
      q.limit = 200000;
      Result<std::vector<StoredEvent>> r = ctx.store->QueryEvents(q);
      if (!r.ok()) return r.status();
      for (StoredEvent& e : *r) {
        std::string category = KeyEventCategory(e.event.code.str());
        if (category.empty()) continue;
        BriefKeyEvent k;
        k.category = std::move(category);
        k.code_label = CodeLabel(req.cameo, e.event.code.str());
        k.stored = std::move(e);
        out.push_back(std::move(k));
      }
    }
    return Status::OK();
  };
  std::vector<BriefKeyEvent> p1, p2;
  ENTENTE_RETURN_IF_ERROR(gather(primary, p1));
  ENTENTE_RETURN_IF_ERROR(gather(secondary, p2));
  auto magnitude = [](const BriefKeyEvent& k) {
    return k.stored.event.goldstein ? std::fabs(*k.stored.event.goldstein) : 0.0;
  };
  // Strongest first; ties by date, then id (deterministic).
  auto stronger = [&](const BriefKeyEvent& x, const BriefKeyEvent& y) {
    if (magnitude(x) != magnitude(y)) return magnitude(x) > magnitude(y);
    if (x.stored.event.date != y.stored.event.date) return x.stored.event.date < y.stored.event.date;
    return x.stored.id < y.stored.id;
  };
  std::sort(p1.begin(), p1.end(), stronger);
  std::sort(p2.begin(), p2.end(), stronger);
  data.key_event_pool = static_cast<int64_t>(p1.size() + p2.size());
  const size_t max = static_cast<size_t>(std::max(0, req.max_key_events));
  std::vector<BriefKeyEvent> chosen;
  std::set<int64_t> taken;  // store ids
  auto sentence_key = [](const StoredEvent& e) {
    return e.document_id > 0 ? std::pair<int64_t, int64_t>{e.document_id, e.event.sentence}
                             : std::pair<int64_t, int64_t>{0, e.id};
  };
  auto take = [&](BriefKeyEvent& k) {
    if (chosen.size() >= max || taken.count(k.stored.id)) return false;
    if (!sentences.insert(sentence_key(k.stored)).second) return false;  // one per sentence
    taken.insert(k.stored.id);
    chosen.push_back(k);
    return true;
  };
  // Spread over time: six equal slices of the range; each gives its strongest event of A-B,
  // then (with a third actor) its strongest of the third actor with A or B; the remaining
  // places go to the strongest events left.
  constexpr int kSlices = 6;
  const double span = std::max(1, data.to.days() - data.from.days() + 1);
  auto slice_of = [&](const BriefKeyEvent& k) {
    return std::clamp(static_cast<int>((k.stored.event.date.days() - data.from.days()) / span *
                                       kSlices),
                      0, kSlices - 1);
  };
  for (std::vector<BriefKeyEvent>* pool : {&p1, &p2}) {
    for (int s = 0; s < kSlices; ++s) {
      for (BriefKeyEvent& k : *pool) {
        if (slice_of(k) == s && take(k)) break;
      }
    }
  }
  std::vector<BriefKeyEvent> rest;
  for (auto* pool : {&p1, &p2}) rest.insert(rest.end(), pool->begin(), pool->end());
  std::stable_sort(rest.begin(), rest.end(), stronger);
  for (BriefKeyEvent& k : rest) {
    if (chosen.size() >= max) break;
    take(k);
  }
  std::sort(chosen.begin(), chosen.end(), [](const BriefKeyEvent& x, const BriefKeyEvent& y) {
    if (x.stored.event.date != y.stored.event.date) return x.stored.event.date < y.stored.event.date;
    return x.stored.id < y.stored.id;
  });
  data.key_events = std::move(chosen);
  return Status::OK();
}

Status CollectProvenance(SeriesContext& ctx, const BriefRequest& req, BriefData& data) {
  BriefProvenance& p = data.provenance;
  p.store_label = req.store_label;
  p.backend = std::string(ctx.store->backend());
  Result<StoreCounts> counts = ctx.store->Counts();
  if (!counts.ok()) return counts.status();
  p.counts = *counts;
  for (EventOrder order : {EventOrder::kDateAscending, EventOrder::kDateDescending}) {
    EventQuery q;
    q.statuses = ctx.statuses;
    q.distinct = ctx.distinct;
  q.distinct = ctx.distinct;
    q.limit = 1;
    q.order = order;
    q.with_sentence_text = false;
    Result<std::vector<StoredEvent>> r = ctx.store->QueryEvents(q);
    if (!r.ok()) return r.status();
    if (!r->empty()) {
      (order == EventOrder::kDateAscending ? p.first_event : p.last_event) = r->front().event.date;
    }
  }
  Result<std::vector<RunRecord>> runs = ctx.store->ListRuns();
  if (!runs.ok()) return runs.status();
  p.runs = static_cast<int64_t>(runs->size());
  for (const RunRecord& r : *runs) {
    auto add = [](std::vector<std::string>& v, const std::string& s) {
      if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
    };
    add(p.dict_fingerprints, r.info.dict_fingerprint);
    add(p.coder_versions, r.info.coder_version);
  }
  p.entente_version = ENTENTE_VERSION;
  p.generated_at = req.generated_at.empty() ? NowUtc() : req.generated_at;
  return Status::OK();
}

}  // namespace

Period DefaultBriefPeriod(Date from, Date to, std::string* reason) {
  const int quarters = (to.year() - from.year()) * 4 + (to.month() - 1) / 3 -
                       (from.month() - 1) / 3 + 1;
  if (quarters >= 16) {
    if (reason) {
      *reason = fmt::format(
          "Quarterly: the range holds {} quarters, enough for a small VAR, and a quarter "
          "gathers enough news events to give each point some weight.",
          quarters);
    }
    return Period::kQuarter;
  }
  if (reason) {
    *reason = fmt::format(
        "Monthly: the range holds only {} quarter{}, too few for a VAR; months give more "
        "(noisier) points.",
        quarters, quarters == 1 ? "" : "s");
  }
  return Period::kMonth;
}

Result<BriefData> CollectBrief(SeriesContext& ctx, const BriefRequest& req) {
  if (!ctx.store) return Status::InvalidArgument("no store");
  if (req.a.empty() || req.b.empty()) {
    return Status::InvalidArgument("a brief needs two actors, e.g. CHN RUS");
  }
  BriefData data;
  data.a = req.a;
  data.b = req.b;
  data.third = req.third;
  data.a_code = ResolveActor(req.a);
  data.b_code = ResolveActor(req.b);
  data.third_code = req.third.empty() ? "" : ResolveActor(req.third);
  if (data.a_code == data.b_code) {
    return Status::InvalidArgument("the two actors are the same (" + data.a_code + ")");
  }
  if (!req.third.empty() && (data.third_code == data.a_code || data.third_code == data.b_code)) {
    return Status::InvalidArgument("--third " + req.third + " is one of the two actors");
  }
  if (req.max_key_events < 0 || req.max_candidates < 0) {
    return Status::InvalidArgument("max_key_events and max_candidates must be >= 0");
  }
  data.period = ctx.period;
  data.from = ctx.from;
  data.to = ctx.to;
  data.signif = req.drivers.signif;
  data.triangle_threshold = req.triangle.threshold;
  data.drivers_measure = std::string(DyadMeasureName(ctx.measure));
  std::replace(data.drivers_measure.begin(), data.drivers_measure.end(), '-', ' ');
  if (ctx.normalise) data.drivers_measure += " per corpus event";
  {
    MeasureScope scope(ctx);
    ctx.normalise = true;
    Result<DyadSeries> s = LoadDyadSeries(ctx, DyadSpec{data.a_code, data.b_code, false});
    if (!s.ok()) return s.status();
    data.relation = std::move(s).value();
  }
  if (!req.third.empty()) {
    MeasureScope scope(ctx);
    ctx.measure = DyadMeasure::kGoldsteinMean;
    ctx.normalise = false;
    Result<TriangleSeries> t =
        LoadTriangle(ctx, {req.a, req.b, req.third}, req.triangle, req.triangle_min_events);
    if (!t.ok()) return t.status();
    data.triangle = std::move(t).value();
  }
  ENTENTE_RETURN_IF_ERROR(CollectCandidates(ctx, req, data));
  if (data.candidates.empty()) {
    if (data.drivers_error.empty()) data.drivers_error =
        "no candidate dyad has enough events in the period to test (see the list of candidates "
        "left out)";
  } else if (data.relation.count == 0) {
    data.drivers_error = "there are no " + data.a + "-" + data.b + " events in the period";
  } else {
    std::vector<NamedDyad> dyads = {
        NamedDyad{DyadSpec{data.a_code, data.b_code, false}, data.a + "-" + data.b}};
    for (const BriefCandidate& c : data.candidates) dyads.push_back(c.dyad);
    Result<DriversRun> run = LoadDrivers(ctx, dyads, req.drivers);
    if (run.ok()) {
      data.drivers = std::move(run).value();
    } else if (run.status().code() == ErrorCode::kInvalidArgument) {
      data.drivers_error = run.status().message();
    } else {
      return run.status();
    }
  }
  ENTENTE_RETURN_IF_ERROR(CollectKeyEvents(ctx, req, data));
  ENTENTE_RETURN_IF_ERROR(CollectProvenance(ctx, req, data));
  return data;
}

}  // namespace entente
