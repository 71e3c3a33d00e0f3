// Copyright 2026 The entente Authors. Apache-2.0.
//
// Behaviour tests for stats.h beyond the reference numbers: refusals with reasons (too short,
// constant, collinear, bad options), recovery of a known causal structure from synthetic series
// (direction and lag), hand-checkable VAR facts, change points and alerts on constructed series.
#include "entente/stats.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>

namespace entente {
namespace {

// Deterministic standard normals (Box-Muller on mt19937_64), the same on every platform.
class Normal {
 public:
  explicit Normal(uint64_t seed) : g_(seed) {}
  double operator()() {
    const double u1 = (static_cast<double>(g_() >> 11) + 0.5) / 9007199254740992.0;
    const double u2 = static_cast<double>(g_() >> 11) / 9007199254740992.0;
    return std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
  }

 private:
  std::mt19937_64 g_;
};

// x drives y at lag 2 only; z is independent noise.  Columns: y, x, z.
Matrix CausalSystem(uint64_t seed, int t = 300, double effect = 0.6) {
  Normal n(seed);
  Matrix m(t, 3);
  for (int s = 0; s < t; ++s) {
    const double x = (s >= 1 ? 0.3 * m(s - 1, 1) : 0) + n();
    const double y = (s >= 1 ? 0.2 * m(s - 1, 0) : 0) + (s >= 2 ? effect * m(s - 2, 1) : 0) + n();
    m(s, 0) = y;
    m(s, 1) = x;
    m(s, 2) = n();
  }
  return m;
}

// ---------------------------------------------------------------------------------------------
// Refusals

TEST(FitVar, RefusesTooShortSeriesWithTheReason) {
  // k = 3, p = 2: 7 coefficients per equation, 3 per coefficient -> 21 rows + 2 presample.
  Matrix y = CausalSystem(1, 22);
  Result<VarModel> r = FitVar(y, {.lags = 2});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("too short"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("at least 23 periods"), std::string::npos)
      << r.status().message();
  EXPECT_TRUE(FitVar(CausalSystem(1, 23), {.lags = 2}).ok());
}

TEST(FitVar, RefusesConstantSeriesNamingIt) {
  Matrix y = CausalSystem(2, 60);
  for (int t = 0; t < y.rows(); ++t) y(t, 2) = 0;
  Result<VarModel> r = FitVar(y, {.lags = 1});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("series 2 is constant"), std::string::npos)
      << r.status().message();
}

TEST(FitVar, RefusesCollinearSeries) {
  Matrix y = CausalSystem(3, 60);
  for (int t = 0; t < y.rows(); ++t) y(t, 2) = 2 * y(t, 1) - 1;  // an exact copy, rescaled
  Result<VarModel> r = FitVar(y, {.lags = 1});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("collinear"), std::string::npos) << r.status().message();
}

TEST(FitVar, RefusesNonFiniteValuesAndZeroLags) {
  Matrix y = CausalSystem(4, 60);
  y(10, 1) = std::nan("");
  EXPECT_FALSE(FitVar(y, {.lags = 1}).ok());
  EXPECT_FALSE(FitVar(CausalSystem(4, 60), {.lags = 0}).ok());
}

TEST(SelectVarOrder, DefaultMaxLagsRespectsTheLengthRule) {
  // statsmodels' default for T = 40 would be round(12 * 0.4^0.25) = 10 lags; with 3 series the
  // 3-observations-per-coefficient rule allows 3 (nobs 37 >= 30), not 4 (nobs 36 < 39).
  Result<LagSelection> s = SelectVarOrder(CausalSystem(5, 40));
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->max_lags, 3);
  EXPECT_EQ(s->criteria.size(), 4u);
  EXPECT_EQ(s->nobs, 37);
  // Asking for more than the data carry is refused, not silently lowered.
  Result<LagSelection> bad = SelectVarOrder(CausalSystem(5, 40), 8);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("too short"), std::string::npos);
  // Too short for even one lag.
  EXPECT_FALSE(SelectVarOrder(CausalSystem(5, 12)).ok());
}

// ---------------------------------------------------------------------------------------------
// Known structure

TEST(FitVar, RecoversCoefficientsOfANoiselessishProcess) {
  Matrix y = CausalSystem(6, 2000);
  Result<VarModel> m = FitVar(y, {.lags = 2});
  ASSERT_TRUE(m.ok());
  EXPECT_NEAR(m->coef(2, 0, 1), 0.6, 0.05);  // x -> y at lag 2
  EXPECT_NEAR(m->coef(1, 0, 0), 0.2, 0.05);  // y's own lag
  EXPECT_NEAR(m->coef(1, 1, 1), 0.3, 0.05);  // x's own lag
  EXPECT_NEAR(m->coef(1, 0, 1), 0.0, 0.05);  // no lag-1 effect
  EXPECT_NEAR(m->coef(2, 1, 0), 0.0, 0.05);  // y does not drive x
  EXPECT_NEAR(m->sigma_u(0, 0), 1.0, 0.1);
  // The intercept column and every equation: params is (1 + k p) x k.
  EXPECT_EQ(m->params.rows(), 7);
  EXPECT_EQ(m->params.cols(), 3);
}

TEST(Granger, RecoversTrueDirectionAndLagOnSyntheticSeries) {
  for (uint64_t seed : {11u, 12u, 13u, 14u, 15u}) {
    SCOPED_TRACE(seed);
    Matrix y = CausalSystem(seed);
    Result<LagSelection> sel = SelectVarOrder(y, 6);
    ASSERT_TRUE(sel.ok());
    EXPECT_EQ(sel->bic, 2) << "BIC should find the lag-2 dynamics";
    Result<VarModel> m = FitVar(y, {.lags = sel->bic});
    ASSERT_TRUE(m.ok());
    const int y_idx[] = {0}, x_idx[] = {1}, z_idx[] = {2};
    Result<GrangerTest> xy = TestGrangerCausality(*m, y_idx, x_idx);
    Result<GrangerTest> yx = TestGrangerCausality(*m, x_idx, y_idx);
    Result<GrangerTest> zy = TestGrangerCausality(*m, y_idx, z_idx);
    ASSERT_TRUE(xy.ok() && yx.ok() && zy.ok());
    EXPECT_LT(xy->p_value, 1e-6) << "x Granger-causes y";
    EXPECT_TRUE(xy->rejects());
    EXPECT_GT(yx->p_value, 0.01) << "y does not Granger-cause x";
    EXPECT_GT(zy->p_value, 0.01) << "noise does not Granger-cause y";
    // The response of y to x: nothing at lag 1 beyond noise, the peak at lag 2.
    Result<ImpulseResponses> irf = ComputeImpulseResponses(*m, 6);
    ASSERT_TRUE(irf.ok());
    int peak = 0;
    for (int h = 1; h <= 6; ++h) {
      if (std::fabs(irf->plain[static_cast<size_t>(h)](0, 1)) >
          std::fabs(irf->plain[static_cast<size_t>(peak)](0, 1))) {
        peak = h;
      }
    }
    EXPECT_EQ(peak, 2);
    Result<ImpulseResponseBands> b =
        BootstrapImpulseResponses(*m, {.replications = 200, .seed = seed});
    ASSERT_TRUE(b.ok());
    EXPECT_GT(b->plain_lower[2](0, 1), 0) << "the lag-2 band excludes 0";
    EXPECT_LT(b->plain_lower[1](0, 1), 0.15);
  }
}

TEST(Granger, ValidatesIndexSets) {
  Result<VarModel> m = FitVar(CausalSystem(7, 100), {.lags = 1});
  ASSERT_TRUE(m.ok());
  const int a[] = {0}, b[] = {0}, c[] = {5}, none[] = {-1};
  EXPECT_FALSE(TestGrangerCausality(*m, a, b).ok());  // overlap
  EXPECT_FALSE(TestGrangerCausality(*m, a, c).ok());  // out of range
  EXPECT_FALSE(TestGrangerCausality(*m, a, none).ok());
  EXPECT_FALSE(TestGrangerCausality(*m, a, std::span<const int>()).ok());
  const int d[] = {1};
  EXPECT_FALSE(TestGrangerCausality(*m, a, d, 1.5).ok());
  EXPECT_TRUE(TestGrangerCausality(*m, a, d).ok());
}

TEST(ImpulseResponses, OrthogonalisedImpactIsTheCholeskyFactor) {
  Result<VarModel> m = FitVar(CausalSystem(8, 200), {.lags = 1});
  ASSERT_TRUE(m.ok());
  Result<ImpulseResponses> r = ComputeImpulseResponses(*m, 3);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->plain.size(), 4u);
  // Phi_0 = I; Theta_0 = P is lower triangular with P P' = sigma_u.
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      EXPECT_EQ(r->plain[0](i, j), i == j ? 1.0 : 0.0);
      if (j > i) {
        EXPECT_EQ(r->orth[0](i, j), 0.0);
      }
      double s = 0;
      for (int l = 0; l < 3; ++l) s += r->orth[0](i, l) * r->orth[0](j, l);
      EXPECT_NEAR(s, m->sigma_u(i, j), 1e-12);
    }
  }
  // Phi_1 = A_1 for a VAR(1).
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) EXPECT_NEAR(r->plain[1](i, j), m->coef(1, i, j), 1e-15);
  }
}

TEST(Bootstrap, SameSeedSameBandsDifferentSeedDifferentBands) {
  Result<VarModel> m = FitVar(CausalSystem(9, 120), {.lags = 2});
  ASSERT_TRUE(m.ok());
  BootstrapOptions o{.replications = 50, .seed = 3, .signif = 0.1, .steps = 4};
  Result<ImpulseResponseBands> a = BootstrapImpulseResponses(*m, o);
  Result<ImpulseResponseBands> b = BootstrapImpulseResponses(*m, o);
  o.seed = 4;
  Result<ImpulseResponseBands> c = BootstrapImpulseResponses(*m, o);
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(a->orth_lower[2].data(), b->orth_lower[2].data());
  EXPECT_NE(a->orth_lower[2].data(), c->orth_lower[2].data());
  for (int h = 0; h <= 4; ++h) {
    for (size_t i = 0; i < 9; ++i) {
      EXPECT_LE(a->plain_lower[static_cast<size_t>(h)].data()[i],
                a->plain_upper[static_cast<size_t>(h)].data()[i]);
    }
  }
  EXPECT_FALSE(BootstrapImpulseResponses(*m, {.replications = 5}).ok());
}

TEST(Forecast, ConvergesToTheUnconditionalMeanAndBandsWiden) {
  Result<VarModel> m = FitVar(CausalSystem(10, 300), {.lags = 2});
  ASSERT_TRUE(m.ok());
  Result<VarForecast> f = ForecastVar(*m, 60);
  ASSERT_TRUE(f.ok());
  for (int h = 1; h < 60; ++h) {
    for (int i = 0; i < 3; ++i) EXPECT_GE(f->se(h, i), f->se(h - 1, i) - 1e-12);
  }
  // Unconditional mean mu = (I - A1 - A2)^-1 c, checked by iterating: the far forecast is a fixed
  // point of the VAR.
  for (int i = 0; i < 3; ++i) {
    double v = m->intercept(i);
    for (int l = 1; l <= 2; ++l) {
      for (int j = 0; j < 3; ++j) v += m->coef(l, i, j) * f->point(59, j);
    }
    EXPECT_NEAR(v, f->point(59, i), 1e-9);
  }
  EXPECT_FALSE(ForecastVar(*m, 0).ok());
}

TEST(Scenario, ShockMovesTheShockedSeriesByItsSizeOnImpact) {
  Result<VarModel> m = FitVar(CausalSystem(11, 300), {.lags = 2});
  ASSERT_TRUE(m.ok());
  Result<VarForecast> base = ForecastVar(*m, 8);
  Result<VarForecast> shocked = ForecastScenario(*m, 8, {.variable = 1, .size = 1.0, .periods = 3});
  ASSERT_TRUE(base.ok() && shocked.ok());
  // Impact: the shocked series moves by one innovation s.d.; y moves by its covariance with it.
  EXPECT_NEAR(shocked->point(0, 1) - base->point(0, 1), std::sqrt(m->sigma_u(1, 1)), 1e-12);
  EXPECT_NEAR(shocked->point(0, 0) - base->point(0, 0),
              m->sigma_u(0, 1) / std::sqrt(m->sigma_u(1, 1)), 1e-12);
  // x drives y at lag 2: by step 3, y is well above the baseline.
  EXPECT_GT(shocked->point(2, 0) - base->point(2, 0), 0.5);
  // Bands move with the point.
  EXPECT_NEAR(shocked->upper(4, 0) - shocked->point(4, 0), base->upper(4, 0) - base->point(4, 0),
              1e-12);
  // A negative shock is the mirror image.
  Result<VarForecast> neg = ForecastScenario(*m, 8, {.variable = 1, .size = -1.0, .periods = 3});
  ASSERT_TRUE(neg.ok());
  EXPECT_NEAR(neg->point(5, 0) - base->point(5, 0), -(shocked->point(5, 0) - base->point(5, 0)),
              1e-12);
  EXPECT_FALSE(ForecastScenario(*m, 8, {.variable = 3}).ok());
  EXPECT_FALSE(ForecastScenario(*m, 8, {.variable = 0, .size = 1, .periods = 0}).ok());
}

TEST(CrossCorrelation, FindsTheLeadOfALaggedCopy) {
  Normal n(21);
  std::vector<double> x(200), y(200);
  for (double& v : y) v = n();
  for (size_t t = 0; t < x.size(); ++t) x[t] = (t >= 3 ? y[t - 3] : 0) + 0.3 * n();
  Result<std::vector<double>> r = CrossCorrelation(x, y, 5);
  ASSERT_TRUE(r.ok());
  // corr(x_{t+h}, y_t) peaks at h = +3: y leads x by 3.
  size_t best = 0;
  for (size_t i = 0; i < r->size(); ++i) {
    if (std::fabs((*r)[i]) > std::fabs((*r)[best])) best = i;
  }
  EXPECT_EQ(static_cast<int>(best) - 5, 3);
  EXPECT_GT((*r)[8], 0.9);
  EXPECT_FALSE(CrossCorrelation(x, std::vector<double>(200, 1.0), 2).ok());
  EXPECT_FALSE(CrossCorrelation(x, y, 200).ok());
}

// ---------------------------------------------------------------------------------------------
// Change points and alerts

TEST(ChangePoints, FindsAMeanShiftAndAVarianceShift) {
  Normal n(31);
  std::vector<double> x;
  for (int i = 0; i < 60; ++i) x.push_back(n());
  for (int i = 0; i < 60; ++i) x.push_back(4 + n());
  for (int i = 0; i < 60; ++i) x.push_back(4 + 6 * n());
  Result<ChangePoints> r = DetectChangePoints(x);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->changes.size(), 2u);
  EXPECT_NEAR(r->changes[0], 60, 2);
  EXPECT_NEAR(r->changes[1], 120, 5);
  ASSERT_EQ(r->segments.size(), 3u);
  EXPECT_NEAR(r->segments[1].mean, 4, 0.5);
  EXPECT_GT(r->segments[2].variance, 10);
  EXPECT_EQ(r->segments.front().begin, 0);
  EXPECT_EQ(r->segments.back().end, 180);
  // The mean-only cost sees the mean shift.
  Result<ChangePoints> mean =
      DetectChangePoints(x, {.cost = ChangeCost::kNormalMean, .min_segment = 5});
  ASSERT_TRUE(mean.ok());
  ASSERT_FALSE(mean->changes.empty());
  EXPECT_NEAR(mean->changes[0], 60, 2);
}

TEST(ChangePoints, NoChangeInStationaryNoise) {
  Normal n(32);
  std::vector<double> x;
  for (int i = 0; i < 150; ++i) x.push_back(2 + n());
  Result<ChangePoints> r = DetectChangePoints(x);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->changes.empty());
  EXPECT_EQ(r->segments.size(), 1u);
}

TEST(ChangePoints, RefusesConstantShortAndBadOptions) {
  EXPECT_FALSE(DetectChangePoints(std::vector<double>(20, 1.5)).ok());
  EXPECT_FALSE(DetectChangePoints(std::vector<double>{1, 2, 3, 4, 5}).ok());  // < 2 * 3
  std::vector<double> ok = {1, 2, 3, 4, 5, 6, 7};
  EXPECT_FALSE(DetectChangePoints(ok, {.min_segment = 1}).ok());  // meanvar needs 2
  EXPECT_FALSE(DetectChangePoints(ok, {.penalty = -1.0}).ok());
  EXPECT_FALSE(DetectChangePoints(ok, {.variance_floor = 0}).ok());
  EXPECT_TRUE(DetectChangePoints(ok).ok());
}

TEST(Alerts, FlagsDeparturesFromTheTrailingBaseline) {
  std::vector<double> x = {1, 2, 1, 2, 1, 2, 9, 1, 2, -6, 1};
  Result<std::vector<Alert>> r = DetectBaselineAlerts(x, {.window = 4, .k = 2.0});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].index, 6);
  EXPECT_NEAR((*r)[0].baseline_mean, 1.5, 1e-12);
  EXPECT_NEAR((*r)[0].baseline_sd, std::sqrt(1.0 / 3.0), 1e-12);
  EXPECT_GT((*r)[0].z, 2);
  EXPECT_EQ((*r)[1].index, 9);
  EXPECT_LT((*r)[1].z, -2);
  // A silent baseline followed by activity: infinite z, flagged.
  std::vector<double> silent = {0, 0, 0, 0, 3};
  Result<std::vector<Alert>> s = DetectBaselineAlerts(silent, {.window = 4});
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->size(), 1u);
  EXPECT_TRUE(std::isinf((*s)[0].z));
  EXPECT_FALSE(DetectBaselineAlerts(x, {.window = 1}).ok());
  EXPECT_FALSE(DetectBaselineAlerts(x, {.window = 4, .k = 0}).ok());
}

}  // namespace
}  // namespace entente
