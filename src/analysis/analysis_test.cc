// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests for analysis: period bucketing and labels (ISO weeks across year boundaries, quarters,
// leap days, dates before 1970), actor prefix matching, and hand-computed dyad series with
// normalisation and empty periods.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>

#include "analysis/period_internal.h"
#include "entente/analysis.h"

namespace entente {
namespace {

Date D(std::string_view s) {
  auto d = Date::Parse(s);
  EXPECT_TRUE(d.ok()) << s;
  return d.ok() ? *d : Date();
}

// ---------------------------------------------------------------------------------------------
// Periods

TEST(Period, BucketsAndLabelsEdgeCases) {
  struct Case {
    const char* date;
    Period period;
    const char* start;
    const char* end;
    const char* label;
  };
  const Case cases[] = {
      // Days.
      {"2019-06-05", Period::kDay, "2019-06-05", "2019-06-05", "2019-06-05"},
      // ISO weeks: Monday to Sunday, labelled with the week-year of their Thursday.
      {"2019-06-05", Period::kWeek, "2019-06-03", "2019-06-09", "2019-W23"},
      {"2019-06-03", Period::kWeek, "2019-06-03", "2019-06-09", "2019-W23"},  // a Monday
      {"2019-06-09", Period::kWeek, "2019-06-03", "2019-06-09", "2019-W23"},  // a Sunday
      {"2019-12-31", Period::kWeek, "2019-12-30", "2020-01-05", "2020-W01"},  // Dec in next year
      {"2020-01-01", Period::kWeek, "2019-12-30", "2020-01-05", "2020-W01"},
      {"2021-01-03", Period::kWeek, "2020-12-28", "2021-01-03", "2020-W53"},  // Jan in last year
      {"2021-01-04", Period::kWeek, "2021-01-04", "2021-01-10", "2021-W01"},
      {"2016-01-01", Period::kWeek, "2015-12-28", "2016-01-03", "2015-W53"},
      {"2018-12-31", Period::kWeek, "2018-12-31", "2019-01-06", "2019-W01"},
      {"2019-12-29", Period::kWeek, "2019-12-23", "2019-12-29", "2019-W52"},
      {"1970-01-01", Period::kWeek, "1969-12-29", "1970-01-04", "1970-W01"},  // a Thursday
      {"1969-12-28", Period::kWeek, "1969-12-22", "1969-12-28", "1969-W52"},  // before the epoch
      // Months, including leap February.
      {"2020-02-29", Period::kMonth, "2020-02-01", "2020-02-29", "2020-02"},
      {"2019-02-10", Period::kMonth, "2019-02-01", "2019-02-28", "2019-02"},
      {"2019-12-31", Period::kMonth, "2019-12-01", "2019-12-31", "2019-12"},
      {"1969-07-20", Period::kMonth, "1969-07-01", "1969-07-31", "1969-07"},
      // Quarters.
      {"2019-01-01", Period::kQuarter, "2019-01-01", "2019-03-31", "2019-Q1"},
      {"2019-03-31", Period::kQuarter, "2019-01-01", "2019-03-31", "2019-Q1"},
      {"2019-04-01", Period::kQuarter, "2019-04-01", "2019-06-30", "2019-Q2"},
      {"2019-06-05", Period::kQuarter, "2019-04-01", "2019-06-30", "2019-Q2"},
      {"2019-09-30", Period::kQuarter, "2019-07-01", "2019-09-30", "2019-Q3"},
      {"2019-12-31", Period::kQuarter, "2019-10-01", "2019-12-31", "2019-Q4"},
      {"1969-11-11", Period::kQuarter, "1969-10-01", "1969-12-31", "1969-Q4"},
      // Years.
      {"2019-06-05", Period::kYear, "2019-01-01", "2019-12-31", "2019"},
      {"2020-12-31", Period::kYear, "2020-01-01", "2020-12-31", "2020"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.date) + " " + std::string(PeriodName(c.period)));
    Date d = D(c.date);
    EXPECT_EQ(PeriodStart(d, c.period).ToString(), c.start);
    EXPECT_EQ(PeriodEnd(d, c.period).ToString(), c.end);
    EXPECT_EQ(NextPeriodStart(d, c.period).days(), PeriodEnd(d, c.period).days() + 1);
    EXPECT_EQ(PeriodLabel(d, c.period), c.label);
  }
}

TEST(Period, EveryDayFallsInsideItsPeriodAndPeriodsTile) {
  // 1968..2032: each day lies in [start, end], and consecutive periods leave no gap or overlap.
  for (Period p : {Period::kDay, Period::kWeek, Period::kMonth, Period::kQuarter, Period::kYear}) {
    SCOPED_TRACE(std::string(PeriodName(p)));
    Date prev_start = PeriodStart(D("1968-01-01"), p);
    for (int32_t days = D("1968-01-01").days(); days <= D("2032-12-31").days(); ++days) {
      Date d = Date::FromDays(days);
      Date start = PeriodStart(d, p);
      ASSERT_LE(start, d);
      ASSERT_GE(PeriodEnd(d, p), d);
      if (start != prev_start) {
        ASSERT_EQ(start, NextPeriodStart(prev_start, p)) << d.ToString();
        prev_start = start;
      }
      ASSERT_EQ(analysis_internal::PeriodOrdinal(NextPeriodStart(d, p), p),
                analysis_internal::PeriodOrdinal(d, p) + 1);
    }
  }
}

TEST(Period, WeeksStartOnMondayAndIsoWeeksNumberOneToFiftyThree) {
  int max_week = 0;
  for (int32_t days = D("2000-01-01").days(); days <= D("2030-12-31").days(); ++days) {
    Date d = Date::FromDays(days);
    Date monday = PeriodStart(d, Period::kWeek);
    // 1970-01-05 was a Monday.
    ASSERT_EQ(((monday.days() - 4) % 7 + 7) % 7, 0) << d.ToString();
    IsoWeek w = IsoWeekOf(d);
    ASSERT_GE(w.week, 1);
    ASSERT_LE(w.week, 53);
    ASSERT_LE(std::abs(w.year - d.year()), 1);
    max_week = std::max(max_week, w.week);
  }
  EXPECT_EQ(max_week, 53);
  // Years with 53 ISO weeks between 2000 and 2030: 2004, 2009, 2015, 2020, 2026.
  for (const char* last_week_day : {"2004-12-31", "2009-12-31", "2015-12-31", "2020-12-31",
                                    "2026-12-31"}) {
    EXPECT_EQ(IsoWeekOf(D(last_week_day)).week, 53) << last_week_day;
  }
  EXPECT_EQ(IsoWeekOf(D("2019-12-28")).week, 52);
}

TEST(Period, NamesRoundTrip) {
  for (Period p : {Period::kDay, Period::kWeek, Period::kMonth, Period::kQuarter, Period::kYear}) {
    EXPECT_EQ(ParsePeriod(PeriodName(p)), p);
  }
  EXPECT_FALSE(ParsePeriod("fortnight").has_value());
  EXPECT_FALSE(ParsePeriod("Month").has_value());
}

// ---------------------------------------------------------------------------------------------
// Actors

TEST(ActorMatches, MatchesByPrefix) {
  struct Case {
    const char* code;
    const char* prefix;
    bool want;
  };
  const Case cases[] = {
      {"RUSGOV", "RUS", true}, {"RUSMIL", "RUS", true},  {"RUS", "RUS", true},
      {"USAGOV", "USA", true}, {"RUSGOV", "RUSGOV", true}, {"RU", "RUS", false},
      {"USXGOV", "USA", false}, {"CHNRUS", "RUS", false}, {"", "RUS", false},
      {"RUSGOV", "", true},    {"", "", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ActorMatches(c.code, c.prefix), c.want) << c.code << "/" << c.prefix;
  }
}

TEST(ToEventPoint, CopiesTheAggregateFields) {
  Event e;
  e.date = D("2019-06-05");
  e.source = *ActorCode::Parse("CHNGOV");
  e.target = *ActorCode::Parse("RUS");
  e.quad = QuadClass::kVerbalCooperation;
  e.goldstein = 1.9;
  e.status = EventStatus::kIntended;
  EventPoint p = ToEventPoint(e);
  EXPECT_EQ(p.date, e.date);
  EXPECT_EQ(p.source, "CHNGOV");
  EXPECT_EQ(p.target, "RUS");
  EXPECT_EQ(p.quad, QuadClass::kVerbalCooperation);
  EXPECT_EQ(p.goldstein, 1.9);
  EXPECT_EQ(p.status, EventStatus::kIntended);
}

// ---------------------------------------------------------------------------------------------
// Dyad series

EventPoint P(const char* date, const char* source, const char* target, QuadClass quad,
             std::optional<double> goldstein, EventStatus status = EventStatus::kAsserted) {
  return EventPoint{D(date), source, target, quad, goldstein, status};
}

constexpr auto kVC = QuadClass::kVerbalCooperation;
constexpr auto kMC = QuadClass::kMaterialCooperation;
constexpr auto kVF = QuadClass::kVerbalConflict;
constexpr auto kMF = QuadClass::kMaterialConflict;

// USA -> CHN in January and March 2019, nothing in February, other dyads for volume, a negated
// event, events outside the range, and an actor code that only looks like USA.
std::vector<EventPoint> Fixture() {
  return {
      P("2019-01-05", "USAGOV", "CHNGOV", kVF, -2.0),
      P("2019-01-20", "USA", "CHN", kMF, -5.0),
      P("2019-01-21", "CHN", "USA", kVC, 3.0),         // reverse direction
      P("2019-01-22", "RUS", "CHN", kVC, 1.0),         // another dyad
      P("2019-03-02", "USAMIL", "CHNMIL", kMC, 6.0),
      P("2019-03-03", "USA", "CHN", kVC, std::nullopt),  // no Goldstein value
      P("2019-03-10", "USA", "CHN", kMF, -10.0, EventStatus::kNegated),
      P("2019-03-15", "GBR", "FRA", kVC, 2.0),
      P("2019-03-16", "GBR", "FRA", kVC, 2.0),
      P("2019-04-10", "USXGOV", "CHN", kVF, -1.0),     // not USA
      P("2018-12-31", "USA", "CHN", kVC, 1.0),         // before the range
      P("2019-05-01", "USA", "CHN", kVC, 1.0),         // after the range
  };
}

TEST(BuildDyadSeries, HandComputedDirectedMonthlySeriesWithNormalisation) {
  auto events = Fixture();
  auto s = BuildDyadSeries(events, {"USA", "CHN", true}, Period::kMonth, D("2019-01-01"),
                           D("2019-04-30"), {.normalise = true});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->points.size(), 4u);
  const DyadPoint& jan = s->points[0];
  const DyadPoint& feb = s->points[1];
  const DyadPoint& mar = s->points[2];
  const DyadPoint& apr = s->points[3];
  EXPECT_EQ(jan.label, "2019-01");
  EXPECT_EQ(feb.label, "2019-02");
  EXPECT_EQ(mar.label, "2019-03");
  EXPECT_EQ(apr.label, "2019-04");
  EXPECT_EQ(feb.start, D("2019-02-01"));
  EXPECT_EQ(feb.end, D("2019-02-28"));

  // January: events 1 and 2 in the dyad; volume 4 (events 1-4).
  EXPECT_EQ(jan.count, 2);
  EXPECT_EQ(jan.quad, (QuadCounts{0, 0, 1, 1}));
  EXPECT_DOUBLE_EQ(jan.goldstein_sum, -7.0);
  EXPECT_EQ(jan.goldstein_n, 2);
  EXPECT_DOUBLE_EQ(*jan.goldstein_mean, -3.5);
  EXPECT_DOUBLE_EQ(jan.cooperation_weight, 0.0);
  EXPECT_DOUBLE_EQ(jan.conflict_weight, 7.0);
  EXPECT_DOUBLE_EQ(jan.net_cooperation, -7.0);
  EXPECT_EQ(jan.net_cooperation_count, -2);
  EXPECT_EQ(jan.total, 4);
  ASSERT_TRUE(jan.normalised.has_value());
  EXPECT_DOUBLE_EQ(jan.normalised->count, 0.5);
  EXPECT_DOUBLE_EQ(jan.normalised->quad[2], 0.25);
  EXPECT_DOUBLE_EQ(jan.normalised->quad[3], 0.25);
  EXPECT_DOUBLE_EQ(jan.normalised->goldstein_sum, -1.75);
  EXPECT_DOUBLE_EQ(jan.normalised->net_cooperation, -1.75);
  EXPECT_DOUBLE_EQ(jan.normalised->net_cooperation_count, -0.5);

  // February: present, all zeros, no mean.
  EXPECT_EQ(feb.count, 0);
  EXPECT_EQ(feb.total, 0);
  EXPECT_EQ(feb.quad, (QuadCounts{0, 0, 0, 0}));
  EXPECT_FALSE(feb.goldstein_mean.has_value());
  ASSERT_TRUE(feb.normalised.has_value());
  EXPECT_DOUBLE_EQ(feb.normalised->count, 0.0);

  // March: events 5 and 6 (7 is negated); volume 4 (5, 6, 8, 9).
  EXPECT_EQ(mar.count, 2);
  EXPECT_EQ(mar.quad, (QuadCounts{1, 1, 0, 0}));
  EXPECT_DOUBLE_EQ(mar.goldstein_sum, 6.0);
  EXPECT_EQ(mar.goldstein_n, 1);
  EXPECT_DOUBLE_EQ(*mar.goldstein_mean, 6.0);
  EXPECT_DOUBLE_EQ(mar.net_cooperation, 6.0);
  EXPECT_EQ(mar.net_cooperation_count, 2);
  EXPECT_EQ(mar.total, 4);
  EXPECT_DOUBLE_EQ(mar.normalised->count, 0.5);
  EXPECT_DOUBLE_EQ(mar.normalised->goldstein_sum, 1.5);
  EXPECT_DOUBLE_EQ(mar.normalised->net_cooperation_count, 0.5);

  // April: USXGOV is not USA; volume 1.
  EXPECT_EQ(apr.count, 0);
  EXPECT_EQ(apr.total, 1);
  EXPECT_DOUBLE_EQ(apr.normalised->count, 0.0);

  EXPECT_EQ(s->count, 4);
  EXPECT_EQ(s->total, 9);
}

TEST(BuildDyadSeries, UndirectedCountsBothDirectionsOnce) {
  auto events = Fixture();
  events.push_back(P("2019-01-25", "USA", "USA", kVC, 1.0));  // matches neither USA->CHN way
  auto s = BuildDyadSeries(events, {"CHN", "USA", false}, Period::kMonth, D("2019-01-01"),
                           D("2019-01-31"));
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->points.size(), 1u);
  const DyadPoint& jan = s->points[0];
  EXPECT_EQ(jan.count, 3);  // events 1, 2, 3
  EXPECT_EQ(jan.quad, (QuadCounts{1, 0, 1, 1}));
  EXPECT_DOUBLE_EQ(jan.goldstein_sum, -4.0);
  EXPECT_DOUBLE_EQ(*jan.goldstein_mean, -4.0 / 3.0);
  EXPECT_DOUBLE_EQ(jan.cooperation_weight, 3.0);
  EXPECT_DOUBLE_EQ(jan.conflict_weight, 7.0);
  EXPECT_EQ(jan.net_cooperation_count, -1);
  EXPECT_EQ(jan.total, 5);
  EXPECT_FALSE(jan.normalised.has_value());

  // An event whose two sides both match both prefixes is still one event.
  std::vector<EventPoint> same = {P("2019-01-02", "RUSGOV", "RUSMIL", kVC, 1.0)};
  auto r = BuildDyadSeries(same, {"RUS", "RUS", false}, Period::kYear, D("2019-01-01"),
                           D("2019-12-31"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->points[0].count, 1);
}

TEST(BuildDyadSeries, AllStatusesWhenAskedInDyadAndVolume) {
  auto events = Fixture();
  auto s = BuildDyadSeries(events, {"USA", "CHN"}, Period::kMonth, D("2019-03-01"),
                           D("2019-03-31"), {.normalise = true, .asserted_only = false});
  ASSERT_TRUE(s.ok());
  const DyadPoint& mar = s->points[0];
  EXPECT_EQ(mar.count, 3);
  EXPECT_EQ(mar.quad, (QuadCounts{1, 1, 0, 1}));
  EXPECT_DOUBLE_EQ(mar.goldstein_sum, -4.0);
  EXPECT_EQ(mar.total, 5);
  EXPECT_DOUBLE_EQ(mar.normalised->count, 0.6);
}

TEST(BuildDyadSeries, WeeklySeriesAcrossTheYearBoundaryIsContinuous) {
  std::vector<EventPoint> events = {
      P("2019-12-25", "USA", "CHN", kVC, 1.0),
      P("2020-01-08", "USA", "CHN", kVF, -2.0),
      P("2020-01-09", "USAGOV", "CHN", kVF, -2.0),
  };
  auto s = BuildDyadSeries(events, {"USA", "CHN"}, Period::kWeek, D("2019-12-25"),
                           D("2020-01-10"));
  ASSERT_TRUE(s.ok());
  std::vector<std::string> labels;
  std::vector<int64_t> counts;
  for (const auto& p : s->points) {
    labels.push_back(p.label);
    counts.push_back(p.count);
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"2019-W52", "2020-W01", "2020-W02"}));
  EXPECT_EQ(counts, (std::vector<int64_t>{1, 0, 2}));
  EXPECT_EQ(s->points[0].start, D("2019-12-23"));  // full period bounds, though the range
  EXPECT_EQ(s->points[2].end, D("2020-01-12"));    // starts and ends mid-week
}

TEST(BuildDyadSeries, PartialEdgePeriodsCountOnlyDaysInRange) {
  std::vector<EventPoint> events = {
      P("2019-04-01", "USA", "CHN", kVC, 1.0),  // in Q2 but before `from`
      P("2019-05-15", "USA", "CHN", kVC, 1.0),
      P("2019-07-02", "USA", "CHN", kVC, 1.0),
      P("2019-09-30", "USA", "CHN", kVC, 1.0),  // in Q3 but after `to`
  };
  auto s = BuildDyadSeries(events, {"USA", "CHN"}, Period::kQuarter, D("2019-05-01"),
                           D("2019-08-31"));
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->points.size(), 2u);
  EXPECT_EQ(s->points[0].label, "2019-Q2");
  EXPECT_EQ(s->points[0].count, 1);
  EXPECT_EQ(s->points[1].label, "2019-Q3");
  EXPECT_EQ(s->points[1].count, 1);
}

TEST(BuildDyadSeries, DailySeriesHasOnePointPerDayAndSumsAgree) {
  std::vector<EventPoint> events;
  for (int i = 0; i < 1000; ++i) {
    events.push_back(P("2019-01-01", "CHN", "RUS", kVC, 1.0));
    events.back().date = Date::FromDays(D("2019-01-01").days() + (i * 7) % 365);
  }
  auto s = BuildDyadSeries(events, {"CHN", "RUS"}, Period::kDay, D("2019-01-01"),
                           D("2019-12-31"));
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->points.size(), 365u);
  EXPECT_EQ(s->count, 1000);
  for (size_t i = 1; i < s->points.size(); ++i) {
    ASSERT_EQ(s->points[i].start.days(), s->points[i - 1].start.days() + 1);
  }
}

TEST(BuildDyadSeries, RejectsBadRanges) {
  std::vector<EventPoint> none;
  auto backwards = BuildDyadSeries(none, {}, Period::kMonth, D("2019-02-01"), D("2019-01-01"));
  EXPECT_EQ(backwards.status().code(), ErrorCode::kInvalidArgument);
  auto huge = BuildDyadSeries(none, {}, Period::kDay, Date::Min(), Date::Max());
  EXPECT_EQ(huge.status().code(), ErrorCode::kInvalidArgument);
  auto single = BuildDyadSeries(none, {}, Period::kYear, D("2019-06-05"), D("2019-06-05"));
  ASSERT_TRUE(single.ok());
  EXPECT_EQ(single->points.size(), 1u);
  EXPECT_EQ(single->points[0].label, "2019");
}

}  // namespace
}  // namespace entente

namespace entente {
namespace {

// The store sums per day (TotalsByDay); the series built from those sums must equal the series
// built from the events one by one, whatever the events.
TEST(DyadSeries, FromDayTotalsEqualsFromEvents) {
  std::mt19937 rng(7);
  const char* actors[] = {"CHN", "CHNGOV", "RUS", "RUSMIL", "USA"};
  std::vector<EventPoint> events;
  for (int i = 0; i < 2000; ++i) {
    EventPoint e;
    e.date = Date::FromDays(Date::FromYmd(2018, 1, 1)->days() + static_cast<int>(rng() % 800));
    e.source = actors[rng() % 5];
    e.target = actors[rng() % 5];
    e.quad = static_cast<QuadClass>(rng() % 5);
    if (rng() % 7 != 0) e.goldstein = static_cast<double>(static_cast<int>(rng() % 201) - 100) / 10;
    events.push_back(e);
  }
  const DyadSpec dyad{"CHN", "RUS", false};
  const Date from = *Date::Parse("2018-02-10"), to = *Date::Parse("2019-11-20");
  // Sum the dyad's events per (day, quad) as the store would.
  std::map<std::pair<int64_t, int>, DayTotals> sums;
  for (const EventPoint& e : events) {
    const bool in = (ActorMatches(e.source, "CHN") && ActorMatches(e.target, "RUS")) ||
                    (ActorMatches(e.source, "RUS") && ActorMatches(e.target, "CHN"));
    if (!in) continue;
    DayTotals& t = sums[{e.date.days(), static_cast<int>(e.quad)}];
    t.date = e.date;
    t.quad = e.quad;
    ++t.events;
    if (e.goldstein) {
      ++t.goldstein_n;
      if (*e.goldstein > 0) t.positive += *e.goldstein;
      if (*e.goldstein < 0) t.negative -= *e.goldstein;
    }
  }
  std::vector<DayTotals> days;
  for (const auto& [key, t] : sums) days.push_back(t);
  for (Period p : {Period::kWeek, Period::kMonth, Period::kQuarter}) {
    Result<DyadSeries> a = BuildDyadSeries(events, dyad, p, from, to, {.asserted_only = false});
    Result<DyadSeries> b = BuildDyadSeriesFromTotals(days, dyad, p, from, to);
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_EQ(a->points.size(), b->points.size());
    EXPECT_EQ(a->count, b->count);
    EXPECT_GT(a->count, 100);
    for (size_t i = 0; i < a->points.size(); ++i) {
      const DyadPoint &x = a->points[i], &y = b->points[i];
      EXPECT_EQ(x.label, y.label);
      EXPECT_EQ(x.count, y.count) << x.label;
      EXPECT_EQ(x.quad, y.quad) << x.label;
      EXPECT_EQ(x.goldstein_n, y.goldstein_n) << x.label;
      EXPECT_NEAR(x.net_cooperation, y.net_cooperation, 1e-9) << x.label;
      EXPECT_NEAR(x.cooperation_weight, y.cooperation_weight, 1e-9) << x.label;
      EXPECT_EQ(x.goldstein_mean.has_value(), y.goldstein_mean.has_value()) << x.label;
    }
  }
}

TEST(DyadSeries, PeriodVolumesSumDaysInsideTheRange) {
  Result<DyadSeries> s = BuildDyadSeriesFromTotals({}, {"A", "B", true}, Period::kMonth,
                                                   *Date::Parse("2019-01-15"),
                                                   *Date::Parse("2019-03-10"));
  ASSERT_TRUE(s.ok());
  std::vector<DayCount> days = {{*Date::Parse("2019-01-01"), 5},   // before `from`: ignored
                                {*Date::Parse("2019-01-20"), 2}, {*Date::Parse("2019-01-31"), 3},
                                {*Date::Parse("2019-03-10"), 4},   // the last day counts
                                {*Date::Parse("2019-03-11"), 9}};  // after `to`: ignored
  EXPECT_EQ(PeriodVolumes(*s, days), (std::vector<int64_t>{5, 0, 4}));
}

}  // namespace
}  // namespace entente
