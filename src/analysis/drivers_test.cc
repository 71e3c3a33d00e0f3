// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests for AnalyseDrivers: a synthetic system with a known driver (direction, lag and sign
// recovered, and said in the sentences), refusals that name the offending series, and caveats.
#include "entente/drivers.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>

namespace entente {
namespace {

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

// target <- driver at lag 2 with `effect`; noise is unrelated.
std::vector<DriverSeries> System(uint64_t seed, double effect, int n = 240) {
  Normal g(seed);
  std::vector<double> target(n), driver(n), noise(n);
  for (int t = 0; t < n; ++t) {
    driver[t] = (t ? 0.4 * driver[t - 1] : 0) + g();
    target[t] = (t ? 0.3 * target[t - 1] : 0) + (t >= 2 ? effect * driver[t - 2] : 0) + g();
    noise[t] = g();
  }
  return {{"CHN-RUS", target, -1}, {"USA>CHN", driver, -1}, {"EU-RUS", noise, -1}};
}

bool Contains(const std::vector<std::string>& lines, const std::string& text) {
  for (const std::string& l : lines) {
    if (l.find(text) != std::string::npos) return true;
  }
  return false;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string s;
  for (const std::string& l : lines) s += l + "\n";
  return s;
}

TEST(AnalyseDrivers, RecoversTheDriverItsLagAndSignAndSaysSo) {
  std::vector<DriverSeries> s = System(101, -0.7);
  DriversOptions o;
  o.period = "month";
  o.replications = 200;
  Result<DriversReport> r = AnalyseDrivers(s, o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_GE(r->lags, 2);
  EXPECT_EQ(r->names[0], "CHN-RUS");
  ASSERT_EQ(r->findings.size(), 2u);

  const DriverFinding& usa = r->findings[0];
  EXPECT_EQ(usa.name, "USA>CHN");
  EXPECT_TRUE(usa.forward.rejects());
  EXPECT_LT(usa.forward.p_value, 1e-6);
  EXPECT_FALSE(usa.backward.rejects());
  EXPECT_EQ(usa.peak_horizon, 2);
  EXPECT_LT(usa.peak_response, 0);
  EXPECT_LT(usa.peak_upper, 0) << "the band at the peak excludes 0";
  EXPECT_EQ(usa.ccf_lag, 2) << "the driver leads by two months";
  EXPECT_LT(usa.ccf, 0);
  // Negative effect on net cooperation: conflict of the candidate precedes target cooperation.
  EXPECT_TRUE(
      Contains(usa.sentences,
               "USA>CHN conflict Granger-causes CHN-RUS cooperation, strongest at lag 2 months"))
      << Join(usa.sentences);
  EXPECT_TRUE(Contains(usa.sentences, "followed by a fall in CHN-RUS")) << Join(usa.sentences);
  EXPECT_TRUE(Contains(usa.sentences, "CHN-RUS does not Granger-cause USA>CHN"))
      << Join(usa.sentences);
  EXPECT_TRUE(Contains(usa.sentences, "USA>CHN leading by 2 months")) << Join(usa.sentences);

  const DriverFinding& eu = r->findings[1];
  EXPECT_FALSE(eu.forward.rejects()) << eu.forward.p_value;
  EXPECT_TRUE(
      Contains(eu.sentences, "No evidence at the 5% level that EU-RUS Granger-causes CHN-RUS"))
      << Join(eu.sentences);
  // Two candidates: the multiple-testing caveat; always the 'helps predict' caveat.
  EXPECT_TRUE(Contains(r->caveats, "2 candidates tested")) << Join(r->caveats);
  EXPECT_TRUE(Contains(r->caveats, "helps predict")) << Join(r->caveats);
  EXPECT_FALSE(Contains(r->caveats, "Short series")) << Join(r->caveats);
}

TEST(AnalyseDrivers, PositiveEffectReadsAsCooperation) {
  std::vector<DriverSeries> s = System(102, 0.7);
  s.pop_back();
  Result<DriversReport> r = AnalyseDrivers(s, {.replications = 100, .period = "week"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->findings.size(), 1u);
  EXPECT_TRUE(Contains(r->findings[0].sentences,
                       "USA>CHN cooperation Granger-causes CHN-RUS "
                       "cooperation, strongest at lag 2 weeks"))
      << Join(r->findings[0].sentences);
  EXPECT_FALSE(Contains(r->caveats, "candidates tested"));
}

TEST(AnalyseDrivers, RefusesAConstantSeriesByName) {
  std::vector<DriverSeries> s = System(103, 0.5);
  s[2].values.assign(s[2].values.size(), 0.0);
  s[2].events = 0;
  Result<DriversReport> r = AnalyseDrivers(s);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("EU-RUS is constant"), std::string::npos)
      << r.status().message();
  EXPECT_NE(r.status().message().find("no events"), std::string::npos) << r.status().message();
}

TEST(AnalyseDrivers, RefusesATooShortSeriesWithCounts) {
  std::vector<DriverSeries> s = System(104, 0.5, 9);
  Result<DriversReport> r = AnalyseDrivers(s, {.period = "quarter"});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("9 quarters of 3 series"), std::string::npos)
      << r.status().message();
  EXPECT_NE(r.status().message().find("too short"), std::string::npos) << r.status().message();
  // A fixed lag order that the data cannot carry is refused too.
  std::vector<DriverSeries> longer = System(104, 0.5, 40);
  Result<DriversReport> fixed = AnalyseDrivers(longer, {.lags = 6, .replications = 20});
  ASSERT_FALSE(fixed.ok());
  EXPECT_NE(fixed.status().message().find("too short"), std::string::npos);
}

TEST(AnalyseDrivers, RefusesMismatchedOrDuplicateSeries) {
  std::vector<DriverSeries> s = System(105, 0.5);
  s[1].values.pop_back();
  EXPECT_FALSE(AnalyseDrivers(s).ok());
  std::vector<DriverSeries> d = System(105, 0.5);
  d[2].name = d[1].name;
  EXPECT_FALSE(AnalyseDrivers(d).ok());
  std::vector<DriverSeries> one = {System(105, 0.5)[0]};
  EXPECT_FALSE(AnalyseDrivers(one).ok());
}

TEST(AnalyseDrivers, CaveatsForShortAndSparseSeries) {
  // 40 periods; the candidate is mostly zeros with a few events.
  std::vector<DriverSeries> s = System(106, 0.3, 40);
  s.pop_back();
  for (size_t t = 0; t < s[1].values.size(); ++t) {
    if (t % 4 != 0) s[1].values[t] = 0;
  }
  s[1].events = 12;
  Result<DriversReport> r = AnalyseDrivers(s, {.replications = 50, .period = "month"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(Contains(r->caveats, "Short series: 40 months")) << Join(r->caveats);
  EXPECT_TRUE(Contains(r->caveats, "USA>CHN: 12 events; 30 of 40 months are zero"))
      << Join(r->caveats);
}

TEST(AnalyseDrivers, ForecastAndScenarioOnRequest) {
  std::vector<DriverSeries> s = System(107, 0.6);
  DriversOptions o;
  o.replications = 50;
  o.forecast_steps = 6;
  o.scenario = ScenarioShock{.variable = 1, .size = 1.0, .periods = 3};
  Result<DriversReport> r = AnalyseDrivers(s, o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_TRUE(r->forecast.has_value());
  ASSERT_TRUE(r->scenario.has_value());
  EXPECT_EQ(r->forecast->point.rows(), 6);
  // A positive driver shock lifts the target from lag 2 on.
  EXPECT_GT(r->scenario->point(3, 0), r->forecast->point(3, 0));
  DriversOptions bad = o;
  bad.forecast_steps = 0;
  EXPECT_FALSE(AnalyseDrivers(s, bad).ok());
}

}  // namespace
}  // namespace entente
