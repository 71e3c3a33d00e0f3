// Copyright 2026 The entente Authors. Apache-2.0.
//
// Relation series read from an event store (entente/series_query.h): actor aliases, dyad and
// partial-date parsing, the store's date range, dyad series with optional volume normalisation.
#include "entente/series_query.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace entente {

std::string ResolveActor(std::string_view name) {
  std::string up;
  for (char c : name) up += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  struct Alias {
    const char* name;
    const char* code;
  };
  // Blocs whose CAMEO codes are not their everyday names (data/dictionaries/actors).
  static constexpr Alias kAliases[] = {
      {"EU", "IGOEUREEC"},    {"NATO", "IGOWSTNAT"}, {"UN", "IGOUNO"},
      {"ASEAN", "IGOSEAASN"}, {"AU", "IGOAFRAFU"},
  };
  for (const Alias& a : kAliases) {
    if (up == a.name) return a.code;
  }
  return up;
}

Result<NamedDyad> ParseDyad(std::string_view text) {
  NamedDyad d;
  d.label = std::string(text);
  size_t cut = std::string_view::npos, len = 1;
  if ((cut = text.find("->")) != std::string_view::npos) {
    len = 2;
    d.spec.directed = true;
  } else if ((cut = text.find('>')) != std::string_view::npos) {
    d.spec.directed = true;
  } else if ((cut = text.find_first_of("-,")) != std::string_view::npos) {
    d.spec.directed = false;
  } else {
    return Status::InvalidArgument("dyad '" + std::string(text) +
                                   "': write A-B (both directions) or A>B (A towards B)");
  }
  std::string_view a = text.substr(0, cut), b = text.substr(cut + len);
  if (a.empty() || b.empty()) {
    return Status::InvalidArgument("dyad '" + std::string(text) + "' lacks an actor");
  }
  d.spec.source = ResolveActor(a);
  d.spec.target = ResolveActor(b);
  return d;
}

Result<Date> ParsePartialDate(std::string_view text, bool end) {
  auto digits = [](std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  auto bad = [&] {
    return Status::InvalidArgument("date '" + std::string(text) +
                                   "': write 2014, 2014-Q2, 2014-06 or 2014-06-15");
  };
  if (text.size() == 4 && digits(text)) {
    const int y = std::atoi(std::string(text).c_str());
    return Date::FromYmd(y, end ? 12 : 1, end ? 31 : 1);
  }
  if (text.size() == 7 && digits(text.substr(0, 4)) && text[4] == '-') {
    const int y = std::atoi(std::string(text.substr(0, 4)).c_str());
    if (text[5] == 'Q' || text[5] == 'q') {
      const int q = text[6] - '0';
      if (q < 1 || q > 4) return bad();
      Result<Date> d = Date::FromYmd(y, (q - 1) * 3 + 1, 1);
      if (!d.ok()) return d;
      return end ? PeriodEnd(*d, Period::kQuarter) : *d;
    }
    if (!digits(text.substr(5, 2))) return bad();
    Result<Date> d = Date::FromYmd(y, std::atoi(std::string(text.substr(5, 2)).c_str()), 1);
    if (!d.ok()) return bad();
    return end ? PeriodEnd(*d, Period::kMonth) : *d;
  }
  Result<Date> d = Date::Parse(text);
  if (!d.ok()) return bad();
  return d;
}

Result<EventQuery> ParseEventFilter(const EventFilterText& f, std::string* bad_field) {
  auto fail = [bad_field](const char* field, const std::string& message) -> Status {
    if (bad_field) *bad_field = field;
    return Status::InvalidArgument(message);
  };
  EventQuery q;
  q.actors_exact = f.exact;
  if (!f.actor.empty() && (!f.source.empty() || !f.target.empty() || !f.dyad.empty())) {
    return fail("actor", "give actor alone, not with source, target or dyad");
  }
  if (!f.dyad.empty() && (!f.source.empty() || !f.target.empty())) {
    return fail("dyad", "give dyad alone, not with source or target");
  }
  if (!f.dyad.empty()) {
    Result<NamedDyad> d = ParseDyad(f.dyad);
    if (!d.ok()) return fail("dyad", d.status().message());
    q.source = d->spec.source;
    q.target = d->spec.target;
    q.either_direction = !d->spec.directed;
  }
  if (!f.source.empty()) q.source = ResolveActor(f.source);
  if (!f.target.empty()) q.target = ResolveActor(f.target);
  if (!f.actor.empty()) {
    q.source = ResolveActor(f.actor);
    q.either_direction = true;
  }
  if (!f.code.empty()) q.code_prefix = f.code;
  q.distinct = !f.mentions;
  if (f.mentions_of < 0) return fail("mentions-of", "write the store id of a distinct event");
  if (f.mentions_of > 0) q.mentions_of = f.mentions_of;
  if (!f.from.empty()) {
    Result<Date> d = ParsePartialDate(f.from, false);
    if (!d.ok()) return fail("from", d.status().message());
    q.date_from = *d;
  }
  if (!f.to.empty()) {
    Result<Date> d = ParsePartialDate(f.to, true);
    if (!d.ok()) return fail("to", d.status().message());
    q.date_to = *d;
  }
  if (q.date_from && q.date_to && *q.date_from > *q.date_to) {
    return fail("from", "from " + q.date_from->ToString() + " is after to " + q.date_to->ToString());
  }
  q.statuses.clear();
  if (f.status != "all") {
    size_t pos = 0;
    while (true) {
      const size_t comma = f.status.find(',', pos);
      const std::string item =
          f.status.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
      std::optional<EventStatus> st = ParseEventStatus(item);
      if (!st) {
        return fail("status", "unknown status '" + item +
                                  "'; write asserted, negated, hypothetical, intended, reported "
                                  "(comma-separated) or all");
      }
      q.statuses.push_back(*st);
      if (comma == std::string::npos) break;
      pos = comma + 1;
    }
  }
  return q;
}

Result<SeriesContext> OpenSeriesContext(const SeriesRequest& f) {
  StoreOptions so;
  so.create_if_missing = false;
  so.read_only = true;
  Result<std::unique_ptr<EventStore>> store = OpenStore(f.db, so);
  if (!store.ok()) return store.status().WithContext(f.db);
  return OpenSeriesContext(std::move(store).value(), f);
}

Result<SeriesContext> OpenSeriesContext(std::unique_ptr<EventStore> store,
                                        const SeriesRequest& f) {
  if (!store) return Status::InvalidArgument("no store");
  SeriesContext ctx;
  std::optional<Period> period = ParsePeriod(f.by);
  if (!period) {
    return Status::InvalidArgument("period '" + f.by + "': write day, week, month, quarter or year");
  }
  ctx.period = *period;
  std::optional<DyadMeasure> measure = ParseDyadMeasure(f.measure);
  if (!measure) {
    return Status::InvalidArgument("measure '" + f.measure +
                                   "': write net-cooperation, goldstein-mean, count, "
                                   "net-cooperation-count, cooperation or conflict");
  }
  ctx.measure = *measure;
  ctx.normalise = f.normalise;
  if (!f.all_statuses) ctx.statuses = {EventStatus::kAsserted};
  ctx.distinct = !f.all_mentions;
  ctx.store = std::move(store);

  std::optional<Date> from, to;
  if (!f.from.empty()) {
    Result<Date> d = ParsePartialDate(f.from, false);
    if (!d.ok()) return d.status().WithContext("from");
    from = *d;
  }
  if (!f.to.empty()) {
    Result<Date> d = ParsePartialDate(f.to, true);
    if (!d.ok()) return d.status().WithContext("to");
    to = *d;
  }
  // Default range: the store's first and last matching event.
  for (auto [slot, order] : {std::pair{&from, EventOrder::kDateAscending},
                             std::pair{&to, EventOrder::kDateDescending}}) {
    if (*slot) continue;
    EventQuery q;
    q.statuses = ctx.statuses;
  q.distinct = ctx.distinct;
    q.distinct = ctx.distinct;
    q.limit = 1;
    q.order = order;
    q.with_sentence_text = false;
    Result<std::vector<StoredEvent>> r = ctx.store->QueryEvents(q);
    if (!r.ok()) return r.status();
    if (r->empty()) {
      return Status::NotFound(f.db + " holds no " + (f.all_statuses ? "" : "asserted ") +
                              "events; ingest or import some first");
    }
    *slot = r->front().event.date;
  }
  if (*from > *to) {
    return Status::InvalidArgument("from " + from->ToString() + " is after to " +
                                   to->ToString());
  }
  ctx.from = *from;
  ctx.to = *to;
  return ctx;
}

Result<DyadSeries> LoadDyadSeries(SeriesContext& ctx, const DyadSpec& dyad) {
  EventQuery q;
  q.source = dyad.source;
  q.target = dyad.target;
  q.either_direction = !dyad.directed;
  // No date bounds in the query: with them SQLite's planner may walk the date index over the
  // whole range instead of the dyad's covering index; the series keeps only [from, to] anyway.
  q.statuses = ctx.statuses;
  q.distinct = ctx.distinct;
  Result<std::vector<DayTotals>> days = ctx.store->TotalsByDay(q);
  if (!days.ok()) return days.status();
  Result<DyadSeries> series = BuildDyadSeriesFromTotals(*days, dyad, ctx.period, ctx.from, ctx.to);
  if (!series.ok() || !ctx.normalise) return series;
  if (!ctx.volume) {
    EventQuery v;
    v.statuses = ctx.statuses;
    v.distinct = ctx.distinct;
    v.date_from = ctx.from;
    v.date_to = ctx.to;
    Result<std::vector<DayCount>> counts = ctx.store->CountByDay(v);
    if (!counts.ok()) return counts.status();
    ctx.volume = PeriodVolumes(*series, *counts);
  }
  ENTENTE_RETURN_IF_ERROR(SetSeriesVolume(&*series, *ctx.volume));
  return series;
}

Result<std::vector<double>> SeriesValues(const SeriesContext& ctx, const DyadSeries& series) {
  return DyadValues(series, ctx.measure, ctx.normalise);
}

Result<TriangleSeries> LoadTriangle(SeriesContext& ctx, const std::array<std::string, 3>& actors,
                                    const TriangleOptions& options, int64_t min_events) {
  TriangleSeries t;
  for (size_t i = 0; i < 3; ++i) {
    if (actors[i].empty()) return Status::InvalidArgument("a triangle needs three actors");
    t.names[i] = actors[i];
    t.codes[i] = ResolveActor(actors[i]);
  }
  for (size_t r = 0; r < 3; ++r) {
    const size_t a = r, b = (r + 1) % 3;
    Result<DyadSeries> s = LoadDyadSeries(ctx, DyadSpec{t.codes[a], t.codes[b], false});
    if (!s.ok()) return s.status();
    Result<std::vector<double>> v = SeriesValues(ctx, *s);
    if (!v.ok()) return v.status();
    for (size_t p = 0; p < v->size(); ++p) {
      if (s->points[p].count < min_events) (*v)[p] = 0;
    }
    t.relations[r] = t.names[a] + "-" + t.names[b];
    t.sides[r] = std::move(s).value();
    t.values[r] = std::move(v).value();
  }
  Result<TriangleHistory> h = ClassifyTriangleSeries(t.values[0], t.values[1], t.values[2], options);
  if (!h.ok()) return h.status();
  t.history = std::move(h).value();
  return t;
}

Result<DriversRun> LoadDrivers(SeriesContext& ctx, const std::vector<NamedDyad>& dyads,
                               DriversOptions options) {
  if (dyads.size() < 2) {
    return Status::InvalidArgument("drivers need a target and at least one candidate dyad");
  }
  DriversRun run;
  run.dyads = dyads;
  std::vector<DriverSeries>& series = run.inputs;
  for (const NamedDyad& d : dyads) {
    Result<DyadSeries> s = LoadDyadSeries(ctx, d.spec);
    if (!s.ok()) return s.status();
    Result<std::vector<double>> v = SeriesValues(ctx, *s);
    if (!v.ok()) return v.status();
    series.push_back({d.label, std::move(v).value(), s->count});
    run.series.push_back(std::move(s).value());
  }
  options.period = std::string(PeriodName(ctx.period));
  options.net_measure = ctx.measure == DyadMeasure::kNetCooperation ||
                        ctx.measure == DyadMeasure::kGoldsteinMean ||
                        ctx.measure == DyadMeasure::kNetCooperationCount;
  options.measure = std::string(DyadMeasureName(ctx.measure));
  for (char& c : options.measure) c = c == '-' ? ' ' : c;
  if (ctx.normalise) options.measure += " per event";
  Result<DriversReport> rep = AnalyseDrivers(series, options);
  if (!rep.ok()) return rep.status();
  run.report = std::move(rep).value();
  return run;
}

}  // namespace entente
