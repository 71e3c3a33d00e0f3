// Copyright 2026 The entente Authors. Apache-2.0.
//
// stats: the statistics behind `entente drivers` and `entente changes`, as pure functions over
// plain numbers.  Vector autoregressions (VAR) with lag-order selection, Granger causality
// F-tests, impulse responses with residual-bootstrap bands, cross-correlations, forecasts and
// shocked scenarios; PELT change points and baseline alerts.  docs/analysis.md gives every
// definition with a worked example.
//
//   Matrix y(T, 3);                                  // T periods x 3 series, row t = period t
//   Result<LagSelection> sel = SelectVarOrder(y);     // AIC, BIC, HQIC, FPE for p = 0..max
//   Result<VarModel> var = FitVar(y, {.lags = std::max(1, sel->aic)});
//   Result<GrangerTest> g = TestGrangerCausality(*var, {{0}}, {{1}});  // does 1 cause 0?
//   Result<ImpulseResponses> irf = ComputeImpulseResponses(*var, 10);
//
// Reference: the VAR family follows statsmodels 0.13 (statsmodels.tsa.api.VAR, trend "c")
// definition for definition, and tests check our numbers against it to 1e-6 on fixed data
// (tests/fixtures/analysis, made by scripts/gen_var_fixtures.py):
//   - OLS per equation with an intercept; regressors [1, y_{t-1}, ..., y_{t-p}].
//   - sigma_u = SSE / (nobs - k p - 1); sigma_u_mle = SSE / nobs.
//   - AIC = ln|sigma_u_mle| + 2 m / nobs, BIC = ln|..| + ln(nobs) m / nobs,
//     HQIC = ln|..| + 2 ln(ln(nobs)) m / nobs with m = p k^2 + k (Luetkepohl 2005, 4.3);
//     FPE = ((nobs + k p + 1) / (nobs - k p - 1))^k |sigma_u_mle|.
//   - Lag selection compares p = 0..max on one common sample (the first max_lags rows serve as
//     presample for every p), as statsmodels' select_order does.
//   - Granger F = Wald / (number of restrictions), with df (restrictions, k * df_resid), the Wald
//     statistic built from cov(vec B) = (Z'Z)^-1 (x) sigma_u (statsmodels test_causality, kind
//     "f"; Luetkepohl 3.6.5).  p-values from Boost.Math's F distribution.
//
// Thread-safety: every function is pure (the bootstrap owns its seeded RNG) and may run
// concurrently.  Failures come back as Status (InvalidArgument with the reason: too short,
// constant, collinear, bad option); nothing throws or prints.
#ifndef ENTENTE_STATS_H_
#define ENTENTE_STATS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "entente/status.h"

namespace entente {

// A dense row-major matrix of doubles: a plain value type (copyable, no aliasing, no Eigen in the
// public API).  Element (r, c) is data()[r * cols() + c].  Owns its storage; like std::vector,
// concurrent const use is safe and a write needs exclusive access.  Indices are not checked.
class Matrix {
 public:
  Matrix() = default;
  Matrix(int rows, int cols, double fill = 0.0);
  // Rows of equal length; an empty list gives a 0 x 0 matrix.  Ragged rows: the missing cells are
  // 0.
  static Matrix FromRows(const std::vector<std::vector<double>>& rows);
  // Columns of equal length (one series per column).
  static Matrix FromColumns(const std::vector<std::vector<double>>& columns);

  int rows() const { return rows_; }
  int cols() const { return cols_; }
  double& operator()(int r, int c) { return data_[static_cast<size_t>(r) * cols_ + c]; }
  double operator()(int r, int c) const { return data_[static_cast<size_t>(r) * cols_ + c]; }
  const std::vector<double>& data() const { return data_; }
  std::vector<double>& data() { return data_; }
  std::vector<double> Column(int c) const;

 private:
  int rows_ = 0;
  int cols_ = 0;
  std::vector<double> data_;
};

// ---------------------------------------------------------------------------------------------
// VAR estimation

struct InfoCriteria {
  double aic = 0;
  double bic = 0;
  double hqic = 0;
  double fpe = 0;
};

struct VarOptions {
  int lags = 1;  // lag order p >= 1; default 1
  // Refuse (InvalidArgument "too short") when the estimation sample nobs = T - p has fewer than
  // min_obs_per_parameter * (k p + 1) rows, i.e. fewer than that many observations per
  // coefficient of each equation.  Default 3.
  double min_obs_per_parameter = 3.0;
};

// A fitted VAR(p) with intercept.  Plain value; holds a copy of the data it was fitted to.
struct VarModel {
  int k = 0;         // number of variables
  int p = 0;         // lag order
  int nobs = 0;      // rows in the estimation sample: T - p
  int df_resid = 0;  // nobs - (k p + 1)
  Matrix y;          // the data, T x k
  // (1 + k p) x k, the statsmodels layout: row 0 holds the intercepts; row 1 + (l-1) k + j holds
  // the coefficients on variable j at lag l; column i is the equation of variable i.
  Matrix params;
  Matrix params_se;    // same shape: standard errors, sqrt(diag((Z'Z)^-1) * sigma_u[i][i])
  Matrix resid;        // nobs x k; row r belongs to period p + r
  Matrix sigma_u;      // k x k residual covariance, SSE / df_resid
  Matrix sigma_u_mle;  // k x k, SSE / nobs
  Matrix zz_inv;       // (Z'Z)^-1, (1 + k p) square
  InfoCriteria ic;     // of this model on its own sample
  double llf = 0;      // Gaussian log-likelihood at sigma_u_mle

  double intercept(int i) const { return params(0, i); }
  // A_lag(i, j): the effect of variable j at t - lag on variable i at t (lag = 1..p).
  double coef(int lag, int i, int j) const { return params(1 + (lag - 1) * k + j, i); }
};

// Fits a VAR(p) with intercept by OLS to y (T x k, k >= 1, one column per series).
// Errors (InvalidArgument, message says which): p < 1; a non-finite value; too short (see
// VarOptions); a constant column ("series 2 is constant"); collinear regressors.
Result<VarModel> FitVar(const Matrix& y, const VarOptions& options = {});

// Information criteria for p = 0..max_lags on the common sample rows max_lags..T-1.
struct LagSelection {
  int max_lags = 0;
  int nobs = 0;                        // T - max_lags
  std::vector<InfoCriteria> criteria;  // criteria[p], p = 0..max_lags
  int aic = 0;                         // the p that minimises each criterion (the first on ties)
  int bic = 0;
  int hqic = 0;
  int fpe = 0;
};

enum class LagCriterion : uint8_t { kAic = 0, kBic = 1, kHqic = 2, kFpe = 3 };
std::string_view LagCriterionName(LagCriterion c);  // "aic", "bic", "hqic", "fpe"
int SelectedLag(const LagSelection& s, LagCriterion c);

// max_lags <= 0 picks statsmodels' default round(12 (T/100)^(1/4)) and then lowers it until the
// VAR(max_lags) passes VarOptions::min_obs_per_parameter (`min_obs_per_parameter` here).  An
// explicit max_lags that fails that rule is an InvalidArgument, and so is data too short for
// max_lags = 1; constant or collinear series too.
Result<LagSelection> SelectVarOrder(const Matrix& y, int max_lags = 0,
                                    double min_obs_per_parameter = 3.0);

// ---------------------------------------------------------------------------------------------
// Granger causality

struct GrangerTest {
  std::vector<int> caused;  // variable indices
  std::vector<int> causing;
  double f_statistic = 0;
  int df_num = 0;  // restrictions: |caused| |causing| p
  int df_den = 0;  // k * df_resid
  double p_value = 1;
  double signif = 0.05;
  double crit_value = 0;                             // the F quantile at 1 - signif
  bool rejects() const { return p_value < signif; }  // "causing Granger-causes caused"
};

// H0: the lags of `causing` have zero coefficients in the equations of `caused` (statsmodels
// test_causality(caused, causing, kind="f")).  Errors: empty or overlapping index sets, an index
// out of range, signif outside (0, 1), a singular covariance.
Result<GrangerTest> TestGrangerCausality(const VarModel& m, std::span<const int> caused,
                                         std::span<const int> causing, double signif = 0.05);

// ---------------------------------------------------------------------------------------------
// Impulse responses

struct ImpulseResponses {
  int steps = 0;
  // steps + 1 matrices (h = 0..steps), each k x k.  plain[h](i, j): response of variable i, h
  // periods after a unit innovation in variable j (the MA coefficients Phi_h, Phi_0 = I).
  std::vector<Matrix> plain;
  // orth[h] = Phi_h P with P the lower Cholesky factor of sigma_u: responses to one-s.d.
  // orthogonalised shocks, variables ordered as the columns of y (the first is affected by no
  // other variable within the period).
  std::vector<Matrix> orth;
};

// Errors: steps < 0; sigma_u not positive definite (orth needs its Cholesky factor).
Result<ImpulseResponses> ComputeImpulseResponses(const VarModel& m, int steps);

struct BootstrapOptions {
  int replications = 500;  // default 500
  uint64_t seed = 1;       // std::mt19937_64 seed; default 1
  double signif = 0.05;    // bands cover 1 - signif; default 0.05 (95%)
  int steps = 10;          // horizons 0..steps; default 10
};

// Percentile bands from a residual bootstrap (Runkle 1987; Luetkepohl 2005, appendix D.3):
//   u* = residuals minus their column means.  Per replication: y*_t = y_t for t < p; for
//   t = p..T-1, draw r = g() % nobs from std::mt19937_64 g(seed) (one draw per period, in
//   order) and set y*_t = c + sum_l A_l y*_{t-l} + u*_r.  Refit VAR(p) to y*; keep Phi_h and
//   Phi_h P.  A refit that fails (e.g. a collinear resample) is counted in `failed` and skipped.
//   Bounds per cell, over the n successful replications sorted ascending:
//   lower = v[round(signif/2 n) - 1], upper = v[round((1 - signif/2) n) - 1] (round half to
//   even; statsmodels' irf_errband_mc uses the same order statistics).
// The draw sequence is fully specified, so scripts/gen_var_fixtures.py reproduces it exactly.
struct ImpulseResponseBands {
  int replications = 0;  // successful replications
  int failed = 0;
  double signif = 0.05;
  std::vector<Matrix> plain_lower, plain_upper;  // steps + 1 matrices each, like ImpulseResponses
  std::vector<Matrix> orth_lower, orth_upper;
};

// Errors: bad options (replications < 10, signif outside (0, 1), steps < 0); more than half the
// replications failing.
Result<ImpulseResponseBands> BootstrapImpulseResponses(const VarModel& m,
                                                       const BootstrapOptions& options = {});

// ---------------------------------------------------------------------------------------------
// Cross-correlation

// r[h + max_lag] for h = -max_lag..max_lag:
//   r(h) = (1/n) sum_t (x_{t+h} - mean x)(y_t - mean y) / (sd x  sd y), population s.d.,
// i.e. corr(x_{t+h}, y_t): for h > 0, y leads x by h periods.  For h >= 0 this is statsmodels'
// ccf(x, y, adjusted=False)[h]; for h < 0 it is ccf(y, x, adjusted=False)[-h].
// Errors: lengths differ, n < 2, a constant series, max_lag < 0 or >= n.
Result<std::vector<double>> CrossCorrelation(std::span<const double> x, std::span<const double> y,
                                             int max_lag);

// ---------------------------------------------------------------------------------------------
// Forecasts and scenarios

struct VarForecast {
  int steps = 0;
  double signif = 0.05;
  // steps x k; row h - 1 is h periods after the last observation.
  Matrix point;
  Matrix lower;  // point -/+ z_{1-signif/2} sqrt(diag MSE(h)),
  Matrix upper;  // MSE(h) = sum_{i<h} Phi_i sigma_u Phi_i' (statsmodels forecast_interval)
  Matrix se;     // sqrt(diag MSE(h))
};

// Errors: steps < 1, signif outside (0, 1).
Result<VarForecast> ForecastVar(const VarModel& m, int steps, double signif = 0.05);

// A scenario: innovations to one variable in the first `periods` forecast periods.
// Each shocked period adds the generalised impulse (Pesaran & Shin 1998)
//   delta = sigma_u e_j * size / sqrt(sigma_u[j][j])
// to the innovations: variable j moves by `size` of its innovation s.d., the others by their
// expected co-movement with it (independent of variable order).  So
//   shocked(h) = baseline(h) + sum_{s=1..min(h, periods)} Phi_{h-s} delta.
// Bands are the baseline's MSE bands moved with the point (parameter uncertainty is ignored).
struct ScenarioShock {
  int variable = 0;   // column of y; default 0
  double size = 1.0;  // in s.d. of that variable's innovation; default +1
  int periods = 1;    // shocked periods from the first forecast period on; default 1
};

// Errors: as ForecastVar, plus a variable out of range, periods < 1, a zero innovation variance.
Result<VarForecast> ForecastScenario(const VarModel& m, int steps, const ScenarioShock& shock,
                                     double signif = 0.05);

// ---------------------------------------------------------------------------------------------
// Change points (PELT) and baseline alerts

enum class ChangeCost : uint8_t {
  // Normal with segment mean and variance: C = n ln(2 pi v) + S / v, S = sum (x - mean)^2,
  // v = max(S / n, floor): the maximised likelihood with the variance held at least at the floor.
  kNormalMeanVar = 0,
  // Normal with segment mean and a known variance s2: C = S / s2.  s2 is estimated once from the
  // whole series as var(first differences) / 2, which level shifts barely disturb.
  kNormalMean = 1,
};

struct ChangePointOptions {
  ChangeCost cost = ChangeCost::kNormalMeanVar;  // default mean and variance
  // Penalty per change.  Default: (parameters a change adds) x ln n, the SIC/BIC as the R package
  // `changepoint` counts it (location + mean + variance = 3 ln n for kNormalMeanVar; 2 ln n for
  // kNormalMean).
  std::optional<double> penalty = std::nullopt;
  int min_segment = 3;  // shortest segment, >= 2 for kNormalMeanVar, >= 1 for kNormalMean;
                        // default 3
  // kNormalMeanVar: the variance floor as a fraction of the whole series' variance (event series
  // have runs of identical values whose variance is 0).  Default 0.01.
  double variance_floor = 0.01;
};

struct Segment {
  int begin = 0;  // first index
  int end = 0;    // one past the last index
  double mean = 0;
  double variance = 0;  // population variance of the segment
};

struct ChangePoints {
  std::vector<int> changes;       // index of the first period of each new segment (ascending)
  std::vector<Segment> segments;  // changes.size() + 1 segments covering the series
  double penalty = 0;
  double cost = 0;            // sum of segment costs + penalty * changes.size()
  double variance_floor = 0;  // absolute (kNormalMeanVar) or the known variance (kNormalMean)
};

// Exact penalised segmentation by PELT (Killick, Fearnhead & Eckley 2012): the result equals
// optimal partitioning's, with pruning that is safe under the minimum segment length.
// Errors: n < 2 * min_segment, a non-finite value, a constant series, bad options.
Result<ChangePoints> DetectChangePoints(std::span<const double> x,
                                        const ChangePointOptions& options = {});

struct AlertOptions {
  int window = 12;  // baseline: the `window` periods before the one tested; default 12
  double k = 2.0;   // alert when |x - mean| > k sd; default 2
};

struct Alert {
  int index = 0;
  double value = 0;
  double baseline_mean = 0;
  double baseline_sd = 0;  // sample s.d. (n - 1) of the window
  double z = 0;            // (value - mean) / sd; +/-infinity when sd = 0 and value != mean
};

// Periods that depart from their own trailing baseline by more than k deviations.  The first
// `window` periods have no baseline and are never flagged.  Errors: window < 2, k <= 0, a
// non-finite value.
Result<std::vector<Alert>> DetectBaselineAlerts(std::span<const double> x,
                                                const AlertOptions& options = {});

}  // namespace entente

#endif  // ENTENTE_STATS_H_
