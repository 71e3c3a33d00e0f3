// Copyright 2026 The entente Authors. Apache-2.0.
//
// The JSON form of relation analyses (entente/analysis_json.h): dyad series, triangles and
// drivers reports, shared by the CLI's --format json and the HTTP API so that both emit the same
// objects.  Pure functions over results already computed by series_query.
#include "entente/analysis_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace entente {

nlohmann::json JsonNumber(double v) {
  if (!std::isfinite(v)) return nullptr;
  return v;
}

nlohmann::json DyadSeriesJson(const DyadSeries& s, const std::string& label) {
  using nlohmann::json;
  json j;
  j["dyad"] = {{"label", label},
               {"source", s.dyad.source},
               {"target", s.dyad.target},
               {"directed", s.dyad.directed}};
  j["period"] = std::string(PeriodName(s.period));
  j["from"] = s.from.ToString();
  j["to"] = s.to.ToString();
  j["count"] = s.count;
  json points = json::array();
  bool normalised = false;
  for (const DyadPoint& p : s.points) {
    json q = {{"period", p.label},
              {"start", p.start.ToString()},
              {"end", p.end.ToString()},
              {"count", p.count},
              {"verbal_cooperation", p.quad[0]},
              {"material_cooperation", p.quad[1]},
              {"verbal_conflict", p.quad[2]},
              {"material_conflict", p.quad[3]},
              {"goldstein_sum", p.goldstein_sum},
              {"goldstein_n", p.goldstein_n},
              {"goldstein_mean", p.goldstein_mean ? json(*p.goldstein_mean) : json(nullptr)},
              {"cooperation_weight", p.cooperation_weight},
              {"conflict_weight", p.conflict_weight},
              {"net_cooperation", p.net_cooperation},
              {"net_cooperation_count", p.net_cooperation_count}};
    if (p.normalised) {
      normalised = true;
      const NormalisedValues& v = *p.normalised;
      q["volume"] = p.total;
      q["normalised"] = {{"count", v.count},
                         {"verbal_cooperation", v.quad[0]},
                         {"material_cooperation", v.quad[1]},
                         {"verbal_conflict", v.quad[2]},
                         {"material_conflict", v.quad[3]},
                         {"goldstein_sum", v.goldstein_sum},
                         {"net_cooperation", v.net_cooperation},
                         {"net_cooperation_count", v.net_cooperation_count}};
    }
    points.push_back(std::move(q));
  }
  if (normalised) j["volume"] = s.total;
  j["points"] = std::move(points);
  return j;
}

std::string TriangleRole(const TriangleState& s, std::span<const std::string> names) {
  if (s.pivot >= 0) return "pivot " + names[static_cast<size_t>(s.pivot)];
  if (s.outsider >= 0) {
    const int o = s.outsider;
    return names[static_cast<size_t>((o + 1) % 3)] + "+" + names[static_cast<size_t>((o + 2) % 3)] +
           " vs " + names[static_cast<size_t>(o)];
  }
  return "";
}

std::string TriangleSpellRole(const TriangleSpell& sp, std::span<const std::string> names) {
  TriangleState s;
  s.type = sp.type;
  s.pivot = sp.pivot;
  s.outsider = sp.outsider;
  return TriangleRole(s, names);
}

nlohmann::json TriangleJson(const SeriesContext& ctx, const TriangleSeries& tri, double threshold,
                            int64_t min_events) {
  const std::vector<std::string> names(tri.names.begin(), tri.names.end());
  const std::vector<std::string> codes(tri.codes.begin(), tri.codes.end());
  const std::vector<std::string> side_names(tri.relations.begin(), tri.relations.end());
  const std::array<DyadSeries, 3>& sides = tri.sides;
  const TriangleHistory& h = tri.history;
  const std::vector<DyadPoint>& pts = sides[0].points;
  using nlohmann::json;
  json j;
  j["actors"] = names;
  j["codes"] = codes;
  j["relations"] = side_names;
  j["period"] = std::string(PeriodName(ctx.period));
  j["from"] = ctx.from.ToString();
  j["to"] = ctx.to.ToString();
  j["measure"] = std::string(DyadMeasureName(ctx.measure));
  j["normalised"] = ctx.normalise;
  j["threshold"] = threshold;
  j["min_events"] = min_events;
  json periods = json::array();
  for (size_t t = 0; t < h.states.size(); ++t) {
    const TriangleState& s = h.states[t];
    periods.push_back(
        {{"period", pts[t].label},
         {"values", s.values},
         {"events",
          {sides[0].points[t].count, sides[1].points[t].count, sides[2].points[t].count}},
         {"signs", s.signs},
         {"type", std::string(TriangleTypeName(s.type))},
         {"pivot", s.pivot >= 0 ? json(names[static_cast<size_t>(s.pivot)]) : json(nullptr)},
         {"outsider",
          s.outsider >= 0 ? json(names[static_cast<size_t>(s.outsider)]) : json(nullptr)}});
  }
  j["periods"] = std::move(periods);
  json spells = json::array();
  for (const TriangleSpell& sp : h.spells) {
    spells.push_back({{"from", pts[static_cast<size_t>(sp.begin)].label},
                      {"to", pts[static_cast<size_t>(sp.end - 1)].label},
                      {"periods", sp.end - sp.begin},
                      {"type", std::string(TriangleTypeName(sp.type))},
                      {"role", TriangleSpellRole(sp, names)}});
  }
  j["spells"] = std::move(spells);
  json counts, trans, det;
  for (int a = 0; a < kTriangleTypes; ++a) {
    const std::string an(TriangleTypeName(static_cast<TriangleType>(a)));
    counts[an] = h.type_counts[static_cast<size_t>(a)];
    for (int b = 0; b < kTriangleTypes; ++b) {
      const std::string bn(TriangleTypeName(static_cast<TriangleType>(b)));
      trans[an][bn] = h.transitions[static_cast<size_t>(a)][static_cast<size_t>(b)];
      det[an][bn] = h.determinate_transitions[static_cast<size_t>(a)][static_cast<size_t>(b)];
    }
  }
  j["type_counts"] = counts;
  j["transitions"] = trans;
  j["determinate_transitions"] = det;
  return j;
}

std::vector<std::string> ForecastLabels(const DyadSeries& s, int steps) {
  std::vector<std::string> out;
  if (s.points.empty()) return out;
  Date d = s.points.back().start;
  for (int h = 0; h < steps; ++h) {
    d = NextPeriodStart(d, s.period);
    out.push_back(PeriodLabel(d, s.period));
  }
  return out;
}

nlohmann::json DriversJson(const SeriesContext& ctx, const DriversRun& run,
                           const DriversOptions& options, const std::string& scenario_name) {
  const std::vector<NamedDyad>& dyads = run.dyads;
  const std::vector<DyadSeries>& raw = run.series;
  const std::vector<DriverSeries>& series = run.inputs;
  const DriversReport& r = run.report;
  const int k = static_cast<int>(series.size());
  const std::string period(PeriodName(ctx.period));
  const std::vector<std::string> future =
      r.forecast ? ForecastLabels(raw[0], r.forecast->steps) : std::vector<std::string>();
  using nlohmann::json;
  json j;
  j["target"] = dyads[0].label;
  j["candidates"] = std::vector<std::string>(r.names.begin() + 1, r.names.end());
  j["period"] = period;
  j["from"] = ctx.from.ToString();
  j["to"] = ctx.to.ToString();
  j["periods"] = r.periods;
  j["measure"] = std::string(DyadMeasureName(ctx.measure));
  j["normalised"] = ctx.normalise;
  json sj = json::array();
  for (size_t i = 0; i < series.size(); ++i) {
    json labels = json::array();
    for (const DyadPoint& p : raw[i].points) labels.push_back(p.label);
    sj.push_back({{"name", series[i].name},
                  {"events", series[i].events},
                  {"values", series[i].values},
                  {"labels", labels}});
  }
  j["series"] = sj;
  json sel = {{"max_lags", r.selection.max_lags}, {"nobs", r.selection.nobs}};
  json crit = json::array();
  for (size_t p = 0; p < r.selection.criteria.size(); ++p) {
    const InfoCriteria& c = r.selection.criteria[p];
    crit.push_back({{"p", p}, {"aic", c.aic}, {"bic", c.bic}, {"hqic", c.hqic}, {"fpe", c.fpe}});
  }
  sel["criteria"] = crit;
  if (!r.selection.criteria.empty()) {
    sel["selected"] = {{"aic", r.selection.aic},
                       {"bic", r.selection.bic},
                       {"hqic", r.selection.hqic},
                       {"fpe", r.selection.fpe}};
  }
  j["lag_selection"] = sel;
  j["criterion"] = std::string(LagCriterionName(r.criterion));
  j["lags"] = r.lags;
  j["lags_fixed"] = r.lags_fixed;
  j["var"] = {{"nobs", r.model.nobs},
              {"df_resid", r.model.df_resid},
              {"aic", r.model.ic.aic},
              {"bic", r.model.ic.bic},
              {"llf", r.model.llf}};
  json findings = json::array();
  for (const DriverFinding& fd : r.findings) {
    json irf = json::array();
    for (int h = 0; h <= r.irf.steps; ++h) {
      irf.push_back({{"h", h},
                     {"response", r.irf.orth[static_cast<size_t>(h)](0, fd.candidate)},
                     {"lower", r.bands.orth_lower[static_cast<size_t>(h)](0, fd.candidate)},
                     {"upper", r.bands.orth_upper[static_cast<size_t>(h)](0, fd.candidate)}});
    }
    json ccf = json::array();
    for (int h = -r.ccf_max_lag; h <= r.ccf_max_lag; ++h) {
      ccf.push_back(
          {{"lag", h},
           {"r",
            r.ccf[static_cast<size_t>(fd.candidate)][static_cast<size_t>(h + r.ccf_max_lag)]}});
    }
    auto test = [](const GrangerTest& g) {
      return json{{"f", g.f_statistic},
                  {"df_num", g.df_num},
                  {"df_den", g.df_den},
                  {"p", g.p_value},
                  {"rejects", g.rejects()}};
    };
    findings.push_back({{"candidate", fd.name},
                        {"granger_to_target", test(fd.forward)},
                        {"granger_from_target", test(fd.backward)},
                        {"peak",
                         {{"h", fd.peak_horizon},
                          {"response", fd.peak_response},
                          {"lower", fd.peak_lower},
                          {"upper", fd.peak_upper}}},
                        {"irf_orth_target", irf},
                        {"ccf", ccf},
                        {"ccf_peak", {{"lag", fd.ccf_lag}, {"r", fd.ccf}}},
                        {"sentences", fd.sentences}});
  }
  j["findings"] = findings;
  j["bootstrap"] = {{"replications", r.bands.replications},
                    {"failed", r.bands.failed},
                    {"seed", options.seed},
                    {"signif", options.signif}};
  j["ccf_band"] = r.ccf_band;
  j["caveats"] = r.caveats;
  auto fc_json = [&](const VarForecast& fc) {
    json rows = json::array();
    for (int h = 0; h < fc.steps; ++h) {
      json row = {{"period", future[static_cast<size_t>(h)]}};
      for (int i = 0; i < k; ++i) {
        row[series[static_cast<size_t>(i)].name] = {
            {"point", fc.point(h, i)}, {"lower", fc.lower(h, i)}, {"upper", fc.upper(h, i)}};
      }
      rows.push_back(row);
    }
    return rows;
  };
  if (r.forecast) j["forecast"] = fc_json(*r.forecast);
  if (r.scenario) {
    j["scenario"] = {{"series", scenario_name},
                     {"size_sd", options.scenario->size},
                     {"periods", options.scenario->periods},
                     {"forecast", fc_json(*r.scenario)}};
  }
  return j;
}

}  // namespace entente
