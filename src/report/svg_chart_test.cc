// Copyright 2026 The entente Authors. Apache-2.0.
//
// svg_chart: every chart is well-formed XML (checked by a small parser below), labels its axes,
// draws bands and gaps, never prints a non-finite number, escapes text, puts dates on the time
// axis without overlapping labels, and is deterministic.
#include "report/svg_chart.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <regex>
#include <string>
#include <vector>

#include "report/brief_xml_check.h"

namespace entente::svg {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<Date> Quarters(int from_year, int to_year) {
  std::vector<Date> v;
  for (int y = from_year; y <= to_year; ++y) {
    for (int m : {1, 4, 7, 10}) v.push_back(*Date::FromYmd(y, m, 1));
  }
  return v;
}

std::vector<Date> Months(int year, int month, int n) {
  std::vector<Date> v;
  Date d = *Date::FromYmd(year, month, 1);
  for (int i = 0; i < n; ++i, d = NextPeriodStart(d, Period::kMonth)) v.push_back(d);
  return v;
}

int Count(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
  return n;
}

// Text of every <text class="tick" ...>label</text>.
std::vector<std::string> TickLabels(const std::string& svg) {
  std::vector<std::string> out;
  std::regex re("<text class=\"tick\"[^>]*>([^<]*)</text>");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), re); it != std::sregex_iterator();
       ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

std::vector<double> Ramp(size_t n, double start, double step) {
  std::vector<double> v;
  for (size_t i = 0; i < n; ++i) v.push_back(start + step * static_cast<double>(i));
  return v;
}

TEST(XmlCheck, CatchesWhatIsNotWellFormed) {
  EXPECT_EQ(CheckXml("<svg a=\"1\"><g><text>x &amp; y</text></g></svg>"), "");
  for (const char* bad : {"<svg><g></svg>", "<svg a=1></svg>", "<svg>a & b</svg>",
                          "<svg><text>x</g></svg>", "<svg>", "<svg></svg><svg></svg>",
                          "<svg a=\"x<y\"></svg>"}) {
    EXPECT_NE(CheckXml(bad), "") << bad;
  }
}

TEST(TimeSeriesChart, IsWellFormedWithLabelledAxesLegendAndZeroLine) {
  const std::vector<Date> starts = Quarters(2014, 2021);
  LineSeries a{.name = "cooperation", .values = Ramp(starts.size(), -3, 0.5)};
  LineSeries b{.name = "conflict", .values = Ramp(starts.size(), 4, -0.2), .dash = Dash::kDashed,
               .marker = Marker::kSquare};
  const std::string svg =
      TimeSeriesChart(starts, Period::kQuarter, {a, b},
                      {.id = "t1", .title = "CHN-RUS", .y_label = "Goldstein points per quarter"});
  EXPECT_EQ(CheckXml(svg), "");
  EXPECT_NE(svg.find(">Goldstein points per quarter</text>"), std::string::npos);
  EXPECT_NE(svg.find(">CHN-RUS</text>"), std::string::npos);
  EXPECT_NE(svg.find(">cooperation</text>"), std::string::npos);  // legend
  EXPECT_NE(svg.find(">conflict</text>"), std::string::npos);
  EXPECT_NE(svg.find("class=\"zero\""), std::string::npos);  // the range spans zero
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos);  // not colour alone
  EXPECT_NE(svg.find("<rect"), std::string::npos);             // square markers
  EXPECT_EQ(Count(svg, "class=\"series\""), 2);
}

TEST(TimeSeriesChart, PutsYearsOnTheTimeAxisForLongSpans) {
  const std::vector<Date> starts = Quarters(2014, 2021);
  const std::string svg = TimeSeriesChart(
      starts, Period::kQuarter, {{.name = "x", .values = Ramp(starts.size(), 1, 1)}}, {});
  const std::vector<std::string> ticks = TickLabels(svg);
  // Year boundaries 2015..2021 lie inside 2014-01-01..2021-12-31 (2014 at the left edge too).
  for (const char* y : {"2015", "2016", "2018", "2020", "2021"}) {
    EXPECT_NE(std::find(ticks.begin(), ticks.end(), y), ticks.end()) << y;
  }
}

TEST(TimeSeriesChart, UsesMonthsOrQuartersForShortSpansAndThinsLabelsToFit) {
  struct Case {
    std::vector<Date> starts;
    int width;
    const char* expect_re;
  };
  for (const Case& c : {Case{Months(2019, 1, 6), 760, "^2019-0[1-6]$"},
                        Case{Months(2019, 1, 24), 760, "^20(19|20)-Q[1-4]$"},
                        Case{Months(2019, 1, 24), 300, "^20(19|20)-Q[1-4]$"}}) {
    const std::string svg =
        TimeSeriesChart(c.starts, Period::kMonth,
                        {{.name = "x", .values = Ramp(c.starts.size(), 0, 1)}},
                        {.width = c.width});
    EXPECT_EQ(CheckXml(svg), "");
    const std::vector<std::string> ticks = TickLabels(svg);
    ASSERT_GE(ticks.size(), 2u);
    for (const std::string& t : ticks) EXPECT_TRUE(std::regex_match(t, std::regex(c.expect_re))) << t;
    // Labels are ~6.3 px a character; together with a gap they must fit in the plot.
    double need = 0;
    for (const std::string& t : ticks) need += t.size() * 6.3 + 10;
    EXPECT_LE(need, c.width - 66 - 14 + 60) << c.width;
  }
}

TEST(TimeSeriesChart, DrawsMissingValuesAsGapsAndNeverPrintsNaN) {
  const std::vector<Date> starts = Quarters(2018, 2019);  // 8 periods
  std::vector<double> v = {1, 2, kNaN, 4, 5, std::numeric_limits<double>::infinity(), 7, 8};
  const std::string svg = TimeSeriesChart(starts, Period::kQuarter, {{.name = "x", .values = v}},
                                          {.y_label = "events"});
  EXPECT_EQ(CheckXml(svg), "");
  for (const char* bad : {"nan", "NaN", "inf"}) EXPECT_EQ(svg.find(bad), std::string::npos) << bad;
  // Three runs: [1, 2], [4, 5], [7, 8]: three "M" moves in the series path.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(svg, m, std::regex("class=\"series\"[^>]*><path d=\"([^\"]*)\"")));
  EXPECT_EQ(Count(m[1], "M"), 3) << m[1];
  EXPECT_EQ(Count(svg, "<circle"), 6 + 1);  // markers only where there is a value, + legend
}

TEST(TimeSeriesChart, ShadesABandOnlyWhenGiven) {
  const std::vector<Date> starts = Quarters(2018, 2019);
  LineSeries s{.name = "forecast", .values = Ramp(8, 0, 1)};
  const std::string plain = TimeSeriesChart(starts, Period::kQuarter, {s}, {});
  EXPECT_EQ(plain.find("class=\"band\""), std::string::npos);
  s.lower = Ramp(8, -1, 1);
  s.upper = Ramp(8, 1, 1);
  s.lower[4] = kNaN;  // a gap in the band: two polygons
  const std::string band =
      TimeSeriesChart(starts, Period::kQuarter, {s}, {.band_label = "95% band"});
  EXPECT_EQ(CheckXml(band), "");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(band, m, std::regex("class=\"band\" d=\"([^\"]*)\"")));
  EXPECT_EQ(Count(m[1], "Z"), 2);
  EXPECT_NE(band.find("forecast (95% band)"), std::string::npos);
}

TEST(TimeSeriesChart, ShadesAReferenceZoneWithALegendEntry) {
  const std::vector<Date> starts = Quarters(2018, 2019);
  LineSeries s{.name = "tone", .values = Ramp(8, 2, 1)};  // all above the zone
  EXPECT_EQ(TimeSeriesChart(starts, Period::kQuarter, {s}, {}).find("class=\"reference\""),
            std::string::npos);
  ChartOptions o;
  o.reference_lo = -0.5;
  o.reference_hi = 0.5;
  o.reference_label = "neutral zone";
  const std::string svg = TimeSeriesChart(starts, Period::kQuarter, {s}, o);
  EXPECT_EQ(CheckXml(svg), "");
  EXPECT_EQ(Count(svg, "class=\"reference\""), 1);
  EXPECT_NE(svg.find(">neutral zone</text>"), std::string::npos);
}

TEST(TimeSeriesChart, EscapesTextAndIsDeterministic) {
  const std::vector<Date> starts = Quarters(2018, 2018);
  LineSeries s{.name = "A<B & \"C\" 'D'", .values = {1, 2, 3, 4}};
  ChartOptions o{.id = "x\"y", .title = "<script>alert(1)</script>", .y_label = "a & b"};
  const std::string svg = TimeSeriesChart(starts, Period::kQuarter, {s}, o);
  EXPECT_EQ(CheckXml(svg), "");
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(svg.find("A&lt;B &amp; &quot;C&quot; &#39;D&#39;"), std::string::npos);
  EXPECT_NE(svg.find(">a &amp; b</text>"), std::string::npos);
  EXPECT_EQ(svg, TimeSeriesChart(starts, Period::kQuarter, {s}, o));
}

TEST(TimeSeriesChart, SaysNoDataInsteadOfAnEmptyPlot) {
  const std::vector<Date> starts = Quarters(2018, 2018);
  const std::string svg =
      TimeSeriesChart(starts, Period::kQuarter, {{.name = "x", .values = {kNaN, kNaN, kNaN, kNaN}}}, {});
  EXPECT_EQ(CheckXml(svg), "");
  EXPECT_NE(svg.find("no data"), std::string::npos);
  EXPECT_EQ(CheckXml(TimeSeriesChart({}, Period::kYear, {}, {})), "");
}

TEST(TimelineChart, DrawsOneSegmentPerRunWithLegendLettersAndHatching) {
  const std::vector<Date> starts = Quarters(2018, 2019);
  const std::vector<Category> cats = {{"indeterminate", "", -1, 0},
                                      {"romantic triangle", "R", 1, 1},
                                      {"stable marriage", "S", 0, 2}};
  const std::string svg = TimelineChart(starts, Period::kQuarter, {1, 1, 1, 0, 2, 2, 2, 2}, cats,
                                        {.id = "tri", .title = "Triangle type"});
  EXPECT_EQ(CheckXml(svg), "");
  EXPECT_EQ(Count(svg, "class=\"segment\""), 3);
  EXPECT_NE(svg.find("data-category=\"romantic triangle\""), std::string::npos);
  EXPECT_NE(svg.find(">romantic triangle</text>"), std::string::npos);  // legend
  EXPECT_NE(svg.find("url(#tri-h1)"), std::string::npos);  // hatching, ids prefixed
  EXPECT_NE(svg.find("<pattern id=\"tri-h2\""), std::string::npos);
  EXPECT_NE(svg.find(">R</text>"), std::string::npos);
  EXPECT_NE(svg.find(">2019-Q1</text>"), std::string::npos);  // dates on the axis
}

TEST(IrfChart, DrawsSmallMultiplesWithBandsAndAHorizonAxis) {
  std::vector<IrfPanel> panels;
  for (const char* name : {"USA-RUS", "USA-CHN", "EU-RUS", "NATO-RUS"}) {
    IrfPanel p{.title = std::string("shock: ") + name};
    for (int h = 0; h <= 10; ++h) {
      p.response.push_back(std::exp(-h / 3.0));
      p.lower.push_back(std::exp(-h / 3.0) - 0.5);
      p.upper.push_back(std::exp(-h / 3.0) + 0.5);
    }
    panels.push_back(p);
  }
  panels[3].response[5] = kNaN;
  const std::string svg = IrfChart(panels, "quarters",
                                   {.id = "irf", .y_label = "response", .band_label = "95% band"});
  EXPECT_EQ(CheckXml(svg), "");
  EXPECT_EQ(Count(svg, "class=\"panel\""), 4);
  EXPECT_EQ(Count(svg, "class=\"band\""), 4);
  EXPECT_EQ(Count(svg, ">quarters after the shock</text>"), 4);
  EXPECT_NE(svg.find(">shock: NATO-RUS</text>"), std::string::npos);
  EXPECT_NE(svg.find(">95% band</text>"), std::string::npos);
  EXPECT_EQ(svg.find("nan"), std::string::npos);
  EXPECT_EQ(CheckXml(IrfChart({}, "months", {})), "");
}

TEST(NiceTicks, CoverTheRangeInRoundSteps) {
  struct Case {
    double lo, hi;
  };
  for (const Case& c : {Case{0, 7.3}, Case{-3.2, 41}, Case{0.001, 0.0123}, Case{-250, -3},
                        Case{5, 5}}) {
    const std::vector<double> t = NiceTicks(c.lo, c.hi);
    ASSERT_GE(t.size(), 2u);
    EXPECT_LE(t.front(), std::min(c.lo, c.hi));
    EXPECT_GE(t.back(), std::max(c.lo, c.hi) - 1e-12);
    const double step = t[1] - t[0];
    const double mant = step / std::pow(10, std::floor(std::log10(step)));
    EXPECT_TRUE(std::fabs(mant - 1) < 1e-9 || std::fabs(mant - 2) < 1e-9 ||
                std::fabs(mant - 2.5) < 1e-9 || std::fabs(mant - 5) < 1e-9)
        << step;
    EXPECT_LE(t.size(), 12u);
  }
}

TEST(Coord, NeverPrintsNegativeZeroOrNonFinite) {
  EXPECT_EQ(Coord(-0.01), "0.0");
  EXPECT_EQ(Coord(12.345), "12.3");
  EXPECT_EQ(Coord(kNaN), "0");
  EXPECT_EQ(Coord(-std::numeric_limits<double>::infinity()), "0");
}

}  // namespace
}  // namespace entente::svg
