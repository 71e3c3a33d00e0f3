// Copyright 2026 The entente Authors. Apache-2.0.
//
// analysis_json: the JSON form of relation analyses (a dyad series, a strategic triangle, a
// drivers report), one definition for every front end: `entente dyad|triangle|drivers --format
// json` and the `entente serve` API emit exactly these objects.
//
//   Result<DyadSeries> s = LoadDyadSeries(ctx, dyad.spec);
//   nlohmann::json j = DyadSeriesJson(*s, dyad.label);   // #include <nlohmann/json.hpp> to use j
//
// Non-finite numbers come out as null (JsonNumber).  Object keys are sorted (nlohmann::json), so
// a dump is deterministic.  Pure functions: thread-safe, no I/O, nothing fails (the inputs are
// already-validated results).
#ifndef ENTENTE_ANALYSIS_JSON_H_
#define ENTENTE_ANALYSIS_JSON_H_

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <span>
#include <string>
#include <vector>

#include "entente/analysis.h"
#include "entente/drivers.h"
#include "entente/series_query.h"

namespace entente {

// A JSON number, or null for a non-finite value.
nlohmann::json JsonNumber(double v);

// A dyad series, every field of every point: {"dyad": {label, source, target, directed},
// "period", "from", "to", "count", "points": [...], "volume" (when normalised)}.
nlohmann::json DyadSeriesJson(const DyadSeries& s, const std::string& label);

// A triangle state's or spell's role in words: "pivot CHN", "CHN+RUS vs USA", or "" (names in
// the triangle's actor order).
std::string TriangleRole(const TriangleState& s, std::span<const std::string> names);
std::string TriangleSpellRole(const TriangleSpell& spell, std::span<const std::string> names);

// A triangle as read by LoadTriangle: actors, codes, relations, period/range/measure from `ctx`,
// the classification parameters, one object per period, spells, type counts and transitions.
nlohmann::json TriangleJson(const SeriesContext& ctx, const TriangleSeries& triangle,
                            double threshold, int64_t min_events);

// Labels of the `steps` periods after a series' last point ("2022-01", ...), for forecasts.
std::vector<std::string> ForecastLabels(const DyadSeries& s, int steps);

// A drivers report as run by LoadDrivers with `options` (seed, signif and scenario are reported
// from it); `scenario_name` names the shocked series when options.scenario is set.
nlohmann::json DriversJson(const SeriesContext& ctx, const DriversRun& run,
                           const DriversOptions& options, const std::string& scenario_name = "");

}  // namespace entente

#endif  // ENTENTE_ANALYSIS_JSON_H_
