// Copyright 2026 The entente Authors. Apache-2.0.
//
// The drivers report (drivers.h: AnalyseDrivers): input checks with named refusals, lag
// selection, the VAR, Granger tests both ways per candidate, orthogonalised impulse responses
// (target ordered first) with bootstrap bands, cross-correlations, optional forecasts, and the
// sentences and caveats a reader needs.  Wording rules: "Granger-causes" only when the F-test
// rejects at options.signif; a direction ("conflict precedes cooperation") only from the sign of
// the peak response, and flagged when its band includes 0.
#include "entente/drivers.h"

#include <fmt/format.h>

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <cctype>
#include <cmath>
#include <set>
#include <string>

namespace entente {

namespace {

std::string Plural(const std::string& unit, int n) { return n == 1 ? unit : unit + "s"; }

std::string FormatP(double p) {
  if (p < 0.001) return "p<0.001";
  return fmt::format("p={:.3f}", p);
}

std::string Upper(std::string_view s) {
  std::string u(s);
  for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return u;
}

std::string Pct(double level) { return fmt::format("{:g}%", std::round((1 - level) * 1000) / 10); }

Status CheckInputs(std::span<const DriverSeries> series, const DriversOptions& o) {
  if (series.size() < 2) {
    return Status::InvalidArgument("drivers: need a target and at least one candidate series");
  }
  std::set<std::string> names;
  const size_t n = series[0].values.size();
  for (const DriverSeries& s : series) {
    if (!names.insert(s.name).second) {
      return Status::InvalidArgument("drivers: series " + s.name + " given twice");
    }
    if (s.values.size() != n) {
      return Status::InvalidArgument("drivers: series " + s.name + " has " +
                                     std::to_string(s.values.size()) + " periods, " +
                                     series[0].name + " has " + std::to_string(n));
    }
    bool constant = !s.values.empty();
    for (double v : s.values) {
      if (!std::isfinite(v)) {
        return Status::InvalidArgument("drivers: series " + s.name + " has a non-finite value");
      }
      if (v != s.values[0]) constant = false;
    }
    if (constant) {
      return Status::InvalidArgument(fmt::format(
          "drivers: series {} is constant (every one of its {} periods is {:g}{}): a series "
          "that never moves can neither explain nor be explained",
          s.name, n, s.values[0], s.events == 0 ? ", no events" : ""));
    }
  }
  if (o.lags && *o.lags < 1) return Status::InvalidArgument("drivers: lags must be at least 1");
  if (!(o.signif > 0 && o.signif < 1)) return Status::InvalidArgument("drivers: signif in (0, 1)");
  if (o.irf_steps < 1) return Status::InvalidArgument("drivers: irf_steps must be at least 1");
  if (o.ccf_max_lag < 0) return Status::InvalidArgument("drivers: ccf_max_lag must be >= 0");
  if (o.forecast_steps < 0) return Status::InvalidArgument("drivers: forecast_steps must be >= 0");
  if (o.scenario && o.forecast_steps < 1) {
    return Status::InvalidArgument("drivers: a scenario needs forecast_steps > 0");
  }
  return Status::OK();
}

}  // namespace

Result<DriversReport> AnalyseDrivers(std::span<const DriverSeries> series,
                                     const DriversOptions& options) {
  ENTENTE_RETURN_IF_ERROR(CheckInputs(series, options));
  const int k = static_cast<int>(series.size());
  const int n = static_cast<int>(series[0].values.size());
  std::vector<std::vector<double>> columns;
  DriversReport rep;
  for (const DriverSeries& s : series) {
    columns.push_back(s.values);
    rep.names.push_back(s.name);
  }
  const Matrix y = Matrix::FromColumns(columns);
  rep.periods = n;
  rep.criterion = options.criterion;
  const std::string& unit = options.period;
  const std::string& target = series[0].name;

  // Lag order.
  auto too_short = [&](const Status& s) {
    return Status::InvalidArgument(
        fmt::format("drivers: {} {} of {} series: {}", n, Plural(unit, n), k, s.message()));
  };
  Result<LagSelection> sel = SelectVarOrder(y, options.max_lags, options.min_obs_per_parameter);
  if (options.lags) {
    rep.lags_fixed = true;
    rep.lags = *options.lags;
    if (sel.ok()) rep.selection = *sel;
  } else {
    if (!sel.ok()) return too_short(sel.status());
    rep.selection = *sel;
    const int chosen = SelectedLag(*sel, options.criterion);
    rep.lags = std::max(1, chosen);
    if (chosen == 0) {
      rep.caveats.push_back(fmt::format(
          "{} prefers 0 lags: none of the series' past values, not even their own, predict them "
          "well enough to pay for the parameters.  The tests below use 1 lag; expect no "
          "significant findings.",
          Upper(LagCriterionName(options.criterion))));
    }
  }
  VarOptions vo;
  vo.lags = rep.lags;
  vo.min_obs_per_parameter = options.min_obs_per_parameter;
  Result<VarModel> model = FitVar(y, vo);
  if (!model.ok()) return too_short(model.status());
  rep.model = std::move(model).value();
  const VarModel& m = rep.model;

  Result<ImpulseResponses> irf = ComputeImpulseResponses(m, options.irf_steps);
  if (!irf.ok()) return irf.status();
  rep.irf = std::move(irf).value();
  BootstrapOptions bo;
  bo.replications = options.replications;
  bo.seed = options.seed;
  bo.signif = options.signif;
  bo.steps = options.irf_steps;
  Result<ImpulseResponseBands> bands = BootstrapImpulseResponses(m, bo);
  if (!bands.ok()) return bands.status();
  rep.bands = std::move(bands).value();

  rep.ccf_max_lag = std::min(options.ccf_max_lag, n - 1);
  double z = 1.96;
  try {
    z = boost::math::quantile(boost::math::normal(0.0, 1.0), 1.0 - options.signif / 2.0);
  } catch (const std::exception&) {
  }
  rep.ccf_band = z / std::sqrt(static_cast<double>(n));
  rep.ccf.resize(static_cast<size_t>(k));

  const std::string level = Pct(options.signif);
  for (int c = 1; c < k; ++c) {
    DriverFinding f;
    f.candidate = c;
    f.name = series[static_cast<size_t>(c)].name;
    const int target_idx[] = {0};
    const int cand_idx[] = {c};
    Result<GrangerTest> fw = TestGrangerCausality(m, target_idx, cand_idx, options.signif);
    if (!fw.ok()) return fw.status();
    Result<GrangerTest> bw = TestGrangerCausality(m, cand_idx, target_idx, options.signif);
    if (!bw.ok()) return bw.status();
    f.forward = *fw;
    f.backward = *bw;
    for (int h = 1; h <= options.irf_steps; ++h) {
      const double r = rep.irf.orth[static_cast<size_t>(h)](0, c);
      if (f.peak_horizon == 0 || std::fabs(r) > std::fabs(f.peak_response)) {
        f.peak_horizon = h;
        f.peak_response = r;
        f.peak_lower = rep.bands.orth_lower[static_cast<size_t>(h)](0, c);
        f.peak_upper = rep.bands.orth_upper[static_cast<size_t>(h)](0, c);
      }
    }
    Result<std::vector<double>> cc =
        CrossCorrelation(series[0].values, series[static_cast<size_t>(c)].values, rep.ccf_max_lag);
    if (!cc.ok()) return cc.status();
    rep.ccf[static_cast<size_t>(c)] = *cc;
    for (int h = -rep.ccf_max_lag; h <= rep.ccf_max_lag; ++h) {
      const double r = (*cc)[static_cast<size_t>(h + rep.ccf_max_lag)];
      if (h == -rep.ccf_max_lag || std::fabs(r) > std::fabs(f.ccf)) {
        f.ccf = r;
        f.ccf_lag = h;
      }
    }

    // Sentences.
    const bool band_has_zero = f.peak_lower <= 0 && f.peak_upper >= 0;
    const bool rises = f.peak_response > 0;
    const std::string lag_text = fmt::format("{} {}", f.peak_horizon, Plural(unit, f.peak_horizon));
    const std::string stats =
        fmt::format("F={:.2f}, df=({}, {}), {}", f.forward.f_statistic, f.forward.df_num,
                    f.forward.df_den, FormatP(f.forward.p_value));
    if (f.forward.rejects()) {
      if (options.net_measure) {
        f.sentences.push_back(fmt::format(
            "{} {} Granger-causes {} cooperation, strongest at lag {} ({}; VAR({}) on {} {}).",
            f.name, rises ? "cooperation" : "conflict", target, lag_text, stats, m.p, n,
            Plural(unit, n)));
      } else {
        f.sentences.push_back(fmt::format("{} Granger-causes {} ({}; VAR({}) on {} {}).", f.name,
                                          target, stats, m.p, n, Plural(unit, n)));
      }
    } else {
      f.sentences.push_back(
          fmt::format("No evidence at the {} level that {} Granger-causes {} ({}).",
                      Pct(1 - options.signif), f.name, target, stats));
    }
    f.sentences.push_back(fmt::format(
        "A one-s.d. rise in {} {} is followed by a {} in {} {}, largest after {} ({:+.3g}; {} "
        "bootstrap band {:+.3g} to {:+.3g}{}).",
        f.name, options.measure, rises ? "rise" : "fall", target, options.measure, lag_text,
        f.peak_response, level, f.peak_lower, f.peak_upper,
        band_has_zero ? ", which includes 0: the direction is not established" : ""));
    if (f.backward.rejects()) {
      f.sentences.push_back(fmt::format(
          "Feedback: {} also Granger-causes {} (F={:.2f}, {}), so the influence runs both ways.",
          target, f.name, f.backward.f_statistic, FormatP(f.backward.p_value)));
    } else {
      f.sentences.push_back(fmt::format("{} does not Granger-cause {} (F={:.2f}, {}).", target,
                                        f.name, f.backward.f_statistic,
                                        FormatP(f.backward.p_value)));
    }
    std::string lead;
    if (f.ccf_lag > 0) {
      lead = fmt::format("with {} leading by {} {}", f.name, f.ccf_lag, Plural(unit, f.ccf_lag));
    } else if (f.ccf_lag < 0) {
      lead = fmt::format("with {} leading by {} {}", target, -f.ccf_lag, Plural(unit, -f.ccf_lag));
    } else {
      lead = "in the same " + unit;
    }
    f.sentences.push_back(fmt::format(
        "Strongest cross-correlation: r={:+.2f} {} ({} the white-noise band of +/-{:.2f}).", f.ccf,
        lead, std::fabs(f.ccf) > rep.ccf_band ? "outside" : "inside", rep.ccf_band));
    rep.findings.push_back(std::move(f));
  }

  // Caveats.
  if (m.nobs < 60) {
    rep.caveats.push_back(fmt::format(
        "Short series: {} {} ({} after {} presample); tests have little power, so 'no evidence' "
        "is not evidence of no effect.",
        n, Plural(unit, n), m.nobs, m.p));
  }
  for (const DriverSeries& s : series) {
    const auto zeros = std::count(s.values.begin(), s.values.end(), 0.0);
    if (zeros * 2 >= n) {
      rep.caveats.push_back(fmt::format(
          "{}: {}{} of {} {} are zero; a mostly-empty series makes the VAR's normal errors a "
          "rough approximation.",
          s.name, s.events >= 0 ? fmt::format("{} events; ", s.events) : "", zeros, n,
          Plural(unit, n)));
    } else if (s.events >= 0 && s.events < 3 * n) {
      rep.caveats.push_back(
          fmt::format("{}: only {} events over {} {}; each period rests on few "
                      "reports.",
                      s.name, s.events, n, Plural(unit, n)));
    }
  }
  if (k > 2) {
    rep.caveats.push_back(fmt::format(
        "{} candidates tested: even if none mattered, each would pass at the {} level one time "
        "in {}; read p-values near {} with care.",
        k - 1, Pct(1 - options.signif), static_cast<int>(std::lround(1 / options.signif)),
        options.signif));
  }
  rep.caveats.push_back(fmt::format(
      "Granger causality means 'helps predict', not 'causes': a driver left out of the system "
      "(news volume, a fourth actor) can produce it.  Responses are orthogonalised with {} "
      "ordered first, so a candidate's shock reaches it from the next {} on.",
      target, unit));

  if (options.forecast_steps > 0) {
    Result<VarForecast> fc = ForecastVar(m, options.forecast_steps, options.signif);
    if (!fc.ok()) return fc.status();
    rep.forecast = *fc;
    if (options.scenario) {
      Result<VarForecast> sc =
          ForecastScenario(m, options.forecast_steps, *options.scenario, options.signif);
      if (!sc.ok()) return sc.status();
      rep.scenario = *sc;
    }
  }
  return rep;
}

}  // namespace entente
