// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests for Dittmer triangle classification (every sign pattern, roles under rotation, the
// neutral band), spells and transitions; and for DyadValues / SetSeriesVolume.
#include <gtest/gtest.h>

#include "entente/analysis.h"

namespace entente {
namespace {

constexpr auto kInd = TriangleType::kIndeterminate;
constexpr auto kMen = TriangleType::kMenageATrois;
constexpr auto kRom = TriangleType::kRomantic;
constexpr auto kSta = TriangleType::kStableMarriage;
constexpr auto kVet = TriangleType::kUnitVeto;

TEST(ClassifyTriangle, EverySignPattern) {
  // Relations AB, BC, CA; actors A=0, B=1, C=2.
  struct Case {
    double ab, bc, ca;
    TriangleType type;
    int pivot;
    int outsider;
  };
  const Case cases[] = {
      {2, 2, 2, kMen, -1, -1},
      {-2, -2, -2, kVet, -1, -1},
      // Romantic: the pivot touches both positive sides and faces the negative one.
      {2, 2, -2, kRom, 1, -1},  // A-B+, B-C+, C-A-: B is friends with both
      {2, -2, 2, kRom, 0, -1},  // A-B+, C-A+: A
      {-2, 2, 2, kRom, 2, -1},  // B-C+, C-A+: C
      // Stable marriage: the pair is the positive side, the outsider faces it.
      {2, -2, -2, kSta, -1, 2},  // A-B pair, C outside
      {-2, 2, -2, kSta, -1, 0},  // B-C pair, A outside
      {-2, -2, 2, kSta, -1, 1},  // C-A pair, B outside
      // Any neutral side: indeterminate.
      {0, 2, 2, kInd, -1, -1},
      {2, 0.5, 2, kInd, -1, -1},  // exactly at the threshold is neutral
      {-0.5, -2, -2, kInd, -1, -1},
      {0, 0, 0, kInd, -1, -1},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(testing::Message() << c.ab << " " << c.bc << " " << c.ca);
    TriangleState s = ClassifyTriangle(c.ab, c.bc, c.ca);
    EXPECT_EQ(s.type, c.type) << TriangleTypeName(s.type);
    EXPECT_EQ(s.pivot, c.pivot);
    EXPECT_EQ(s.outsider, c.outsider);
    EXPECT_EQ(s.values[0], c.ab);
  }
}

TEST(ClassifyTriangle, ThresholdSetsTheNeutralBand) {
  EXPECT_EQ(ClassifyTriangle(0.6, 0.6, 0.6).type, kMen);
  EXPECT_EQ(ClassifyTriangle(0.6, 0.6, 0.6, {.threshold = 1.0}).type, kInd);
  EXPECT_EQ(ClassifyTriangle(0.01, -0.01, 0.01, {.threshold = 0}).type, kRom);
  TriangleState s = ClassifyTriangle(3, -0.2, -4);
  EXPECT_EQ(s.signs, (std::array<int, 3>{1, 0, -1}));
}

TEST(ClassifyTriangle, NamesAreStable) {
  EXPECT_EQ(TriangleTypeName(kMen), "menage-a-trois");
  EXPECT_EQ(TriangleTypeName(kRom), "romantic");
  EXPECT_EQ(TriangleTypeName(kSta), "stable-marriage");
  EXPECT_EQ(TriangleTypeName(kVet), "unit-veto");
  EXPECT_EQ(TriangleTypeName(kInd), "indeterminate");
}

TEST(ClassifyTriangleSeries, SpellsAndTransitions) {
  // Periods: stable marriage (A-B against C) x2, a neutral gap, stable marriage x1, romantic
  // (pivot C) x2, stable marriage (C-A against B) x1.
  const std::vector<double> ab = {2, 2, 0, 2, -2, -2, -1};
  const std::vector<double> bc = {-2, -2, 1, -3, 2, 2, -1};
  const std::vector<double> ca = {-2, -1, 1, -1, 2, 2, 1};
  Result<TriangleHistory> h = ClassifyTriangleSeries(ab, bc, ca);
  ASSERT_TRUE(h.ok()) << h.status().ToString();
  ASSERT_EQ(h->states.size(), 7u);
  ASSERT_EQ(h->spells.size(), 5u);
  EXPECT_EQ(h->spells[0].begin, 0);
  EXPECT_EQ(h->spells[0].end, 2);
  EXPECT_EQ(h->spells[0].type, kSta);
  EXPECT_EQ(h->spells[0].outsider, 2);
  EXPECT_EQ(h->spells[1].type, kInd);
  EXPECT_EQ(h->spells[2].type, kSta);
  EXPECT_EQ(h->spells[3].type, kRom);
  EXPECT_EQ(h->spells[3].pivot, 2);
  EXPECT_EQ(h->spells[3].begin, 4);
  EXPECT_EQ(h->spells[3].end, 6);
  EXPECT_EQ(h->spells[4].type, kSta);
  EXPECT_EQ(h->spells[4].outsider, 1);  // same type as spell 2, different outsider: a new spell
  EXPECT_EQ(h->type_counts[static_cast<size_t>(kSta)], 4);
  EXPECT_EQ(h->type_counts[static_cast<size_t>(kInd)], 1);
  EXPECT_EQ(h->type_counts[static_cast<size_t>(kRom)], 2);
  auto idx = [](TriangleType t) { return static_cast<size_t>(t); };
  EXPECT_EQ(h->transitions[idx(kSta)][idx(kSta)], 1);
  EXPECT_EQ(h->transitions[idx(kSta)][idx(kInd)], 1);
  EXPECT_EQ(h->transitions[idx(kInd)][idx(kSta)], 1);
  EXPECT_EQ(h->transitions[idx(kSta)][idx(kRom)], 1);
  EXPECT_EQ(h->transitions[idx(kRom)][idx(kRom)], 1);
  EXPECT_EQ(h->transitions[idx(kRom)][idx(kSta)], 1);
  // Skipping the indeterminate gap: stable -> stable twice.
  EXPECT_EQ(h->determinate_transitions[idx(kSta)][idx(kSta)], 2);
  EXPECT_EQ(h->determinate_transitions[idx(kInd)][idx(kSta)], 0);
  int total = 0, determinate = 0;
  for (size_t a = 0; a < kTriangleTypes; ++a) {
    for (size_t b = 0; b < kTriangleTypes; ++b) {
      total += h->transitions[a][b];
      determinate += h->determinate_transitions[a][b];
    }
  }
  EXPECT_EQ(total, 6);
  EXPECT_EQ(determinate, 5);
}

TEST(ClassifyTriangleSeries, RefusesRaggedInput) {
  EXPECT_FALSE(ClassifyTriangleSeries(std::vector<double>{1, 2}, std::vector<double>{1},
                                      std::vector<double>{1, 2})
                   .ok());
  EXPECT_FALSE(ClassifyTriangleSeries(std::vector<double>{1}, std::vector<double>{1},
                                      std::vector<double>{1}, {.threshold = -1})
                   .ok());
}

// ---------------------------------------------------------------------------------------------
// Series values

DyadSeries TwoPeriods() {
  const Date d1 = *Date::Parse("2019-01-10");
  const Date d2 = *Date::Parse("2019-02-10");
  std::vector<EventPoint> e = {
      {d1, "CHN", "RUS", QuadClass::kVerbalCooperation, 3.0, EventStatus::kAsserted},
      {d1, "RUS", "CHN", QuadClass::kMaterialConflict, -5.0, EventStatus::kAsserted},
      {d1, "RUS", "CHN", QuadClass::kMaterialCooperation, 7.0, EventStatus::kAsserted},
      {d1, "USA", "IRN", QuadClass::kVerbalConflict, -2.0, EventStatus::kAsserted},
      {d2, "USA", "IRN", QuadClass::kVerbalConflict, -2.0, EventStatus::kAsserted},
  };
  return *BuildDyadSeries(e, {"CHN", "RUS", false}, Period::kMonth, d1, d2, {.normalise = true});
}

TEST(DyadValues, EachMeasure) {
  DyadSeries s = TwoPeriods();
  struct Case {
    DyadMeasure m;
    double jan, feb;
  };
  const Case cases[] = {
      {DyadMeasure::kNetCooperation, 5.0, 0},
      {DyadMeasure::kGoldsteinMean, 5.0 / 3, 0},
      {DyadMeasure::kCount, 3, 0},
      {DyadMeasure::kNetCooperationCount, 1, 0},
      {DyadMeasure::kCooperation, 2, 0},
      {DyadMeasure::kConflict, 1, 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(DyadMeasureName(c.m));
    EXPECT_EQ(ParseDyadMeasure(DyadMeasureName(c.m)), c.m);
    Result<std::vector<double>> v = DyadValues(s, c.m);
    ASSERT_TRUE(v.ok());
    EXPECT_DOUBLE_EQ((*v)[0], c.jan);
    EXPECT_DOUBLE_EQ((*v)[1], c.feb);
    Result<std::vector<double>> n = DyadValues(s, c.m, true);
    ASSERT_TRUE(n.ok());
    // January's volume is 4 events; the mean is a rate already and is not divided.
    EXPECT_DOUBLE_EQ((*n)[0], c.m == DyadMeasure::kGoldsteinMean ? c.jan : c.jan / 4);
  }
  EXPECT_FALSE(ParseDyadMeasure("tone").has_value());
}

TEST(DyadValues, NormalisedNeedsVolumes) {
  const Date d1 = *Date::Parse("2019-01-10");
  std::vector<EventPoint> e = {
      {d1, "CHN", "RUS", QuadClass::kVerbalCooperation, 3.0, EventStatus::kAsserted}};
  DyadSeries s = *BuildDyadSeries(e, {"CHN", "RUS", true}, Period::kMonth, d1, d1);
  EXPECT_FALSE(DyadValues(s, DyadMeasure::kCount, true).ok());
  const int64_t totals[] = {10};
  ASSERT_TRUE(SetSeriesVolume(&s, totals).ok());
  Result<std::vector<double>> v = DyadValues(s, DyadMeasure::kNetCooperation, true);
  ASSERT_TRUE(v.ok());
  EXPECT_DOUBLE_EQ((*v)[0], 0.3);
  EXPECT_EQ(s.total, 10);
  const int64_t wrong[] = {1, 2};
  EXPECT_FALSE(SetSeriesVolume(&s, wrong).ok());
}

}  // namespace
}  // namespace entente
