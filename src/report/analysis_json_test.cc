// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests of the analyses' JSON (entente/analysis_json.h): numbers, roles, forecast labels and a
// dyad series' fields.  The CLI's byte-for-byte output is checked by ctest cli.analysis_commands
// and the server's use of it by src/server/server_test.cc.
#include "entente/analysis_json.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace entente {
namespace {

TEST(AnalysisJson, NonFiniteNumbersAreNull) {
  EXPECT_TRUE(JsonNumber(std::numeric_limits<double>::quiet_NaN()).is_null());
  EXPECT_TRUE(JsonNumber(INFINITY).is_null());
  EXPECT_EQ(JsonNumber(1.5).get<double>(), 1.5);
}

TEST(AnalysisJson, TriangleRolesNameThePivotOrThePair) {
  const std::array<std::string, 3> names = {"USA", "CHN", "RUS"};
  struct Case {
    int pivot, outsider;
    const char* want;
  };
  for (const Case& c : {Case{1, -1, "pivot CHN"}, Case{-1, 0, "CHN+RUS vs USA"},
                        Case{-1, 2, "USA+CHN vs RUS"}, Case{-1, -1, ""}}) {
    TriangleState s;
    s.pivot = c.pivot;
    s.outsider = c.outsider;
    EXPECT_EQ(TriangleRole(s, names), c.want);
    TriangleSpell sp;
    sp.pivot = c.pivot;
    sp.outsider = c.outsider;
    EXPECT_EQ(TriangleSpellRole(sp, names), c.want);
  }
}

TEST(AnalysisJson, ForecastLabelsContinueAfterTheLastPeriod) {
  Result<DyadSeries> s = BuildDyadSeries({}, {"CHN", "RUS", false}, Period::kQuarter,
                                         *Date::Parse("2020-01-01"), *Date::Parse("2020-12-31"));
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(ForecastLabels(*s, 3), (std::vector<std::string>{"2021-Q1", "2021-Q2", "2021-Q3"}));
  EXPECT_TRUE(ForecastLabels(*s, 0).empty());
}

TEST(AnalysisJson, DyadSeriesHasEveryPointAndOnlyNormalisedFieldsWhenNormalised) {
  Result<DyadSeries> s = BuildDyadSeries({}, {"CHN", "RUS", false}, Period::kMonth,
                                         *Date::Parse("2020-01-01"), *Date::Parse("2020-03-31"));
  ASSERT_TRUE(s.ok());
  nlohmann::json j = DyadSeriesJson(*s, "CHN-RUS");
  EXPECT_EQ(j["dyad"]["label"], "CHN-RUS");
  EXPECT_EQ(j["period"], "month");
  ASSERT_EQ(j["points"].size(), 3u);
  EXPECT_EQ(j["points"][2]["period"], "2020-03");
  EXPECT_TRUE(j["points"][0]["goldstein_mean"].is_null());  // no events
  EXPECT_FALSE(j.contains("volume"));
  EXPECT_FALSE(j["points"][0].contains("normalised"));
}

}  // namespace
}  // namespace entente
