// Copyright 2026 The entente Authors. Apache-2.0.
//
// series_query: relation series read from an event store, for every front end (the CLI's dyad,
// triangle, drivers and changes commands, `entente brief`, `entente serve`).  It parses what a
// user writes (actor aliases, dyads, partial dates, periods, measures), opens the store, settles
// the date range and builds DyadSeries with analysis.h.  No printing, no exiting.
//
//   SeriesRequest r{.db = "sqlite:entente.db", .by = "month", .from = "2014"};
//   Result<SeriesContext> ctx = OpenSeriesContext(r);
//   Result<NamedDyad> d = ParseDyad("CHN-RUS");
//   Result<DyadSeries> s = LoadDyadSeries(*ctx, d->spec);
//
// Thread-safety: a SeriesContext owns its store connection and a cache; use one per thread.
// Failure modes: InvalidArgument for anything the user wrote wrong (the message names the field
// and says what to write), NotFound for an empty store, IOError/Internal from the store.
#ifndef ENTENTE_SERIES_QUERY_H_
#define ENTENTE_SERIES_QUERY_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/analysis.h"
#include "entente/drivers.h"
#include "entente/date.h"
#include "entente/status.h"
#include "entente/store.h"

namespace entente {

// "EU" -> "IGOEUREEC", "NATO" -> "IGOWSTNAT", "UN" -> "IGOUNO", "ASEAN", "AU"; anything else
// upper-cased.
std::string ResolveActor(std::string_view name);

// "CHN-RUS" or "CHN,RUS" (both directions), "USA>CHN" or "USA->CHN" (directed).  Actors go
// through ResolveActor; `label` keeps the names as written.
struct NamedDyad {
  DyadSpec spec;
  std::string label;
};
Result<NamedDyad> ParseDyad(std::string_view text);

// "2014" / "2014-Q2" / "2014-01" / "2014-01-15" as the first (or, with end = true, last) day it
// names.
Result<Date> ParsePartialDate(std::string_view text, bool end);

// Event filters as a user writes them (CLI flags, API parameters), for EventStore queries.
struct EventFilterText {
  std::string source, target;  // actor prefixes or aliases ("RUS", "EU"); default: any
  std::string actor;           // either side; not with source, target or dyad
  std::string dyad;            // "CHN-RUS" (both directions) or "USA>CHN"; not with source/target
  std::string code;            // CAMEO code prefix ("04", "042")
  std::string from, to;        // partial dates: 2014, 2014-Q2, 2014-06, 2014-06-15
  std::string status = "asserted";  // comma-separated statuses, or "all"; default asserted
  bool exact = false;          // actor codes match exactly instead of by prefix
  // Deduplication across outlets (entente/store.h): default false, one row per distinct event;
  // true: every mention (each report of an event).
  bool mentions = false;
  int64_t mentions_of = 0;     // > 0: only the mentions of this distinct event (store id)
};

// The EventQuery a filter means (actors through ResolveActor, the dyad through ParseDyad).  On a
// mistake: InvalidArgument whose message says what to write, and *bad_field (when given) names
// the field ("dyad", "from", "status", ...).
Result<EventQuery> ParseEventFilter(const EventFilterText& filter, std::string* bad_field = nullptr);

// What a front end asks for, as the user wrote it.
struct SeriesRequest {
  std::string db = "sqlite:entente.db";  // store URL; default sqlite:entente.db
  std::string by = "month";              // day, week, month, quarter or year; default month
  std::string from, to;                  // partial dates; default: the store's first/last event
  std::string measure = "net-cooperation";  // see ParseDyadMeasure; default net-cooperation
  bool normalise = false;                // divide by each period's total volume; default false
  bool all_statuses = false;             // default false: asserted events only
  bool all_mentions = false;             // default false: distinct events (reports of one event
                                         // by several outlets count once); true: every mention
};

// The store, opened read-only, and the resolved period, range, measure and status filter.
struct SeriesContext {
  std::unique_ptr<EventStore> store;
  Period period = Period::kMonth;
  Date from, to;
  DyadMeasure measure = DyadMeasure::kNetCooperation;
  bool normalise = false;
  std::vector<EventStatus> statuses;  // empty: every status
  bool distinct = true;               // count distinct events (EventQuery::distinct)
  // Total events per period (the volume), filled on first use when normalising.
  std::optional<std::vector<int64_t>> volume;
};

// Opens request.db read-only and resolves the rest (from/to default to the first and last
// matching event in the store).
Result<SeriesContext> OpenSeriesContext(const SeriesRequest& request);
// The same over a store the caller opened (the context takes ownership).
Result<SeriesContext> OpenSeriesContext(std::unique_ptr<EventStore> store,
                                        const SeriesRequest& request);

// Reads the dyad's events (dyad, status filters) and builds its series over [ctx.from, ctx.to];
// with ctx.normalise also each period's volume (computed once per context; without it the
// points' `total` is 0, since counting the volume reads the whole period's events).
Result<DyadSeries> LoadDyadSeries(SeriesContext& ctx, const DyadSpec& dyad);

// The values an analysis uses from a series: ctx.measure, divided by volume with ctx.normalise.
Result<std::vector<double>> SeriesValues(const SeriesContext& ctx, const DyadSeries& series);

// A triangle of three actors (names as written, resolved with ResolveActor): relation r joins
// actors r and (r + 1) % 3, each both directions.  Periods where a relation has fewer than
// `min_events` events count as neutral (value 0).
struct TriangleSeries {
  std::array<std::string, 3> names;      // as written: "USA", "CHN", "RUS"
  std::array<std::string, 3> codes;      // resolved actor codes
  std::array<std::string, 3> relations;  // "USA-CHN", "CHN-RUS", "RUS-USA"
  std::array<DyadSeries, 3> sides;
  std::array<std::vector<double>, 3> values;  // what was classified
  TriangleHistory history;
};
Result<TriangleSeries> LoadTriangle(SeriesContext& ctx, const std::array<std::string, 3>& actors,
                                    const TriangleOptions& options = {}, int64_t min_events = 1);

// What drives dyads[0]: its series and the others' go into AnalyseDrivers.  `options.period`,
// `measure` and `net_measure` are set from the context (other fields are the caller's).
struct DriversRun {
  std::vector<NamedDyad> dyads;     // target first
  std::vector<DyadSeries> series;   // one per dyad
  std::vector<DriverSeries> inputs; // what went into AnalyseDrivers, one per dyad
  DriversReport report;
};
Result<DriversRun> LoadDrivers(SeriesContext& ctx, const std::vector<NamedDyad>& dyads,
                               DriversOptions options = {});

}  // namespace entente

#endif  // ENTENTE_SERIES_QUERY_H_
