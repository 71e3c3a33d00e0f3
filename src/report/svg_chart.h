// Copyright 2026 The entente Authors. Apache-2.0.
//
// svg_chart: small, dependency-free SVG charts for reports (`entente brief`).  Pure functions
// from plain data to SVG text: a time-series line chart, a categorical timeline and a
// small-multiples impulse-response chart.  The SVG is meant to be inlined in an HTML page
// (no XML prolog, no scripts, no external references).
//
//   svg::LineSeries s{.name = "CHN-RUS net cooperation", .values = v};
//   std::string chart = svg::TimeSeriesChart(starts, Period::kQuarter, {s},
//                                            {.id = "rel", .y_label = "Goldstein points"});
//
// Readability rules every chart follows: the Okabe-Ito colour-blind-safe palette, and never
// colour alone (series differ by dash pattern and marker shape too; timeline categories by
// hatching and a letter); labelled axes with units; a legend; a zero line; dates as ticks at
// years, quarters or months depending on the span, thinned so that labels never overlap.
// Missing values (NaN or infinite) are drawn as gaps and never printed.  All text is
// XML-escaped.  Output is deterministic: the same input gives the same bytes.
//
// Thread-safety: pure functions; may run concurrently.  Failure modes: none; empty or
// all-missing input gives a chart that says "no data" instead of failing.
#ifndef ENTENTE_REPORT_SVG_CHART_H_
#define ENTENTE_REPORT_SVG_CHART_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/analysis.h"
#include "entente/date.h"

namespace entente::svg {

// Okabe & Ito (2008) palette, without black: orange, sky blue, bluish green, yellow, blue,
// vermillion, reddish purple.
inline constexpr const char* kPalette[] = {"#E69F00", "#56B4E9", "#009E73", "#F0E442",
                                           "#0072B2", "#D55E00", "#CC79A7"};
inline constexpr int kPaletteSize = 7;
// The ink for axes and text.
inline constexpr const char* kInk = "#222222";

enum class Dash { kSolid, kDashed, kDotted, kDashDot };
enum class Marker { kNone, kCircle, kSquare, kTriangle, kDiamond };

// `&`, `<`, `>`, `"` and `'` as entities; other bytes as they are (UTF-8 passes through).
std::string XmlEscape(std::string_view text);

// One line of a time-series chart.
struct LineSeries {
  std::string name{};          // legend text
  std::vector<double> values{};  // one per period; NaN/inf = missing (a gap in the line)
  // Optional shaded band (same length as values; a missing bound leaves a gap in the band).
  std::vector<double> lower{}, upper{};  // default empty: no band
  int colour = -1;             // index into kPalette; default -1: the series' position
  Dash dash = Dash::kSolid;    // default solid
  Marker marker = Marker::kCircle;  // drawn at each present value; default circle
};

struct ChartOptions {
  std::string id = "chart";    // prefix for ids inside the SVG (unique per page); default "chart"
  std::string title{};         // drawn above the plot; default none
  std::string y_label{};       // y-axis label with units; default none
  std::string x_label{};      // x-axis label; default none (time axes say the period)
  int width = 760;             // SVG user units (px); default 760
  int height = 300;            // default 300
  std::string description{};   // <desc> for screen readers; default: the title
  std::string band_label = "band";  // legend text for shaded bands; default "band"
  // TimeSeriesChart: a light grey horizontal zone from reference_lo to reference_hi (e.g. a
  // neutral band), in the legend as `reference_label`; drawn only when lo < hi.
  double reference_lo = 0, reference_hi = 0;  // default 0, 0: none
  std::string reference_label{};              // default none
};

// A line chart over consecutive periods starting at `starts` (one Date per value, the first
// day of each period, as DyadPoint::start).  The x axis is continuous time: each value sits at
// its period's middle.  Ticks fall on year boundaries (quarters or months for short spans).
std::string TimeSeriesChart(const std::vector<Date>& starts, Period period,
                            const std::vector<LineSeries>& series, const ChartOptions& options);

// One category of a timeline.
struct Category {
  std::string name{};   // legend text, e.g. "romantic triangle"
  std::string letter{}; // short mark drawn in wide segments and the legend, e.g. "R"
  int colour = 0;       // index into kPalette, or -1 for light grey (e.g. "indeterminate")
  int hatch = 0;        // 0 none, 1 diagonal lines, 2 dots, 3 cross-hatch, 4 horizontal lines
};

// One horizontal bar of coloured segments, one per run of periods with the same category
// (category[i] indexes `categories`; out of range = no segment), with time ticks and a legend.
std::string TimelineChart(const std::vector<Date>& starts, Period period,
                          const std::vector<int>& category,
                          const std::vector<Category>& categories, const ChartOptions& options);

// One panel of the impulse-response chart.
struct IrfPanel {
  std::string title{};                // e.g. "shock: USA-RUS"
  std::vector<double> response{};     // horizon 0..H
  std::vector<double> lower{}, upper{};  // band, same length (may be empty)
};

// Small multiples, up to three panels a row, sharing one y scale; x = horizon in periods
// (`period_word`, plural, e.g. "quarters").
std::string IrfChart(const std::vector<IrfPanel>& panels, const std::string& period_word,
                     const ChartOptions& options);

// Nice tick values covering [lo, hi] (about `target` of them, steps of 1, 2 or 5 x 10^k).
std::vector<double> NiceTicks(double lo, double hi, int target = 5);

// A number formatted for SVG coordinates: one decimal, no "-0.0"; non-finite values give "0".
std::string Coord(double v);

}  // namespace entente::svg

#endif  // ENTENTE_REPORT_SVG_CHART_H_
