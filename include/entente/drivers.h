// Copyright 2026 The entente Authors. Apache-2.0.
//
// drivers: "what drives this relation?" in one call.  A target series and candidate series go
// into one VAR; the lag order is chosen by an information criterion (all four are reported);
// each candidate gets Granger F-tests both ways, the target's orthogonalised impulse response to
// it with residual-bootstrap bands, and cross-correlations; every finding comes with a plain
// sentence and the report with honest caveats (short series, few events, many tests).  The
// building blocks are in stats.h; `entente drivers` prints this report.
//
//   std::vector<DriverSeries> s = {{"CHN-RUS", chn_rus, 49}, {"USA>CHN", usa_chn, 40}};
//   Result<DriversReport> r = AnalyseDrivers(s, {.period = "month"});
//   for (const DriverFinding& f : r->findings) for (auto& line : f.sentences) ...
//
// Thread-safety: pure; may run concurrently.  Errors: InvalidArgument naming the series that is
// too short or constant, or the option that is out of range.
#ifndef ENTENTE_DRIVERS_H_
#define ENTENTE_DRIVERS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "entente/stats.h"
#include "entente/status.h"

namespace entente {

struct DriverSeries {
  std::string name;            // shown in sentences: "CHN-RUS", "USA>CHN"
  std::vector<double> values;  // one per period, all series the same length
  int64_t events = -1;         // events behind the series, for caveats; -1 when unknown
};

struct DriversOptions {
  std::optional<int> lags = std::nullopt;  // fix the lag order; default: chosen by `criterion`
  int max_lags = 0;  // largest order tried; 0 (default): SelectVarOrder's rule
  LagCriterion criterion = LagCriterion::kAic;  // default AIC
  double signif = 0.05;                // test level and band coverage 1 - signif; default 0.05
  int irf_steps = 10;                  // impulse-response horizons; default 10
  int replications = 500;              // bootstrap replications; default 500
  uint64_t seed = 1;                   // bootstrap seed (std::mt19937_64); default 1
  int ccf_max_lag = 6;                 // cross-correlation lags -L..L (capped at n - 1); default 6
  double min_obs_per_parameter = 3.0;  // see VarOptions; default 3
  std::string period = "period";       // unit for sentences, singular ("month"); default "period"
  // What the values measure, for sentences; default "net cooperation".  When `net_measure`
  // (default true) higher values mean more cooperative, and a negative response reads as
  // "conflict ... precedes ... cooperation".
  std::string measure = "net cooperation";
  bool net_measure = true;
  int forecast_steps = 0;  // > 0: also forecast that many periods; default 0 (none)
  std::optional<ScenarioShock> scenario =
      std::nullopt;  // with forecast_steps > 0: also a shocked forecast
};

struct DriverFinding {
  int candidate = 0;  // index into the series
  std::string name;
  GrangerTest forward;   // H0: the candidate does not Granger-cause the target
  GrangerTest backward;  // H0: the target does not Granger-cause the candidate
  // The target's orthogonalised response to a one-s.d. candidate shock at the horizon 1..steps
  // where its absolute value is largest, with the bootstrap band there.
  int peak_horizon = 0;
  double peak_response = 0;
  double peak_lower = 0;
  double peak_upper = 0;
  // Cross-correlation corr(target_{t+h}, candidate_t) with the largest |r|; h > 0: the candidate
  // leads.
  int ccf_lag = 0;
  double ccf = 0;
  std::vector<std::string> sentences;  // plain language, one finding each
};

struct DriversReport {
  std::vector<std::string> names;  // target first
  int periods = 0;
  bool lags_fixed = false;  // options.lags was given
  LagSelection selection;   // empty criteria when lags_fixed and selection was impossible
  LagCriterion criterion = LagCriterion::kAic;
  int lags = 1;  // the order used (at least 1)
  VarModel model;
  ImpulseResponses irf;
  ImpulseResponseBands bands;
  int ccf_max_lag = 0;
  double ccf_band = 0;                   // +/- z / sqrt(n): the white-noise band of a correlation
  std::vector<std::vector<double>> ccf;  // per series (index 0 empty): r(h), h = -L..L
  std::vector<DriverFinding> findings;   // one per candidate, in input order
  std::vector<std::string> caveats;
  std::optional<VarForecast> forecast;
  std::optional<VarForecast> scenario;
};

// series[0] is the target; series[1..] are candidates (at least one).
Result<DriversReport> AnalyseDrivers(std::span<const DriverSeries> series,
                                     const DriversOptions& options = {});

}  // namespace entente

#endif  // ENTENTE_DRIVERS_H_
