// Copyright 2026 The entente Authors. Apache-2.0.
//
// svg_chart: SVG text for the charts of `entente brief` (src/report/svg_chart.h): a time-series
// line chart with date ticks, gaps for missing values and optional bands; a categorical
// timeline; small-multiples impulse responses.  Everything is computed from the input alone
// (no clock, no locale, no randomness), so output is byte-for-byte deterministic.  Coordinates
// are written with one decimal; non-finite numbers never reach the output.
#include "report/svg_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace entente::svg {
namespace {

// Default colour order for lines: the darker Okabe-Ito colours first (yellow last: weak on
// white).  Values index kPalette.
constexpr int kLineOrder[] = {4, 5, 2, 6, 1, 0, 3};
constexpr double kCharWidth = 6.3;  // average width of an 11 px sans-serif character
constexpr const char* kGrid = "#DDDDDD";
constexpr const char* kFont = "font-family=\"'DejaVu Sans', Arial, Helvetica, sans-serif\"";

bool Finite(double v) { return std::isfinite(v); }

const char* Colour(int index) {
  if (index < 0) return "#BBBBBB";
  return kPalette[index % kPaletteSize];
}

const char* LineColour(const LineSeries& s, int position) {
  if (s.colour >= 0) return Colour(s.colour);
  return kPalette[kLineOrder[position % kPaletteSize]];
}

const char* DashArray(Dash d) {
  switch (d) {
    case Dash::kSolid: return "";
    case Dash::kDashed: return " stroke-dasharray=\"7 4\"";
    case Dash::kDotted: return " stroke-dasharray=\"2 3\"";
    case Dash::kDashDot: return " stroke-dasharray=\"8 3 2 3\"";
  }
  return "";
}

double TextWidth(std::string_view s, double char_width = kCharWidth) {
  // UTF-8: count code points, not bytes.
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n * char_width;
}

std::string MarkerSvg(Marker m, double x, double y, double r, const char* colour) {
  switch (m) {
    case Marker::kNone: return "";
    case Marker::kCircle:
      return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"/>", Coord(x), Coord(y),
                         Coord(r), colour);
    case Marker::kSquare:
      return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                         Coord(x - r), Coord(y - r), Coord(2 * r), Coord(2 * r), colour);
    case Marker::kTriangle:
      return fmt::format("<path d=\"M{} {}L{} {}L{} {}Z\" fill=\"{}\"/>", Coord(x),
                         Coord(y - 1.2 * r), Coord(x + 1.1 * r), Coord(y + 0.9 * r),
                         Coord(x - 1.1 * r), Coord(y + 0.9 * r), colour);
    case Marker::kDiamond:
      return fmt::format("<path d=\"M{} {}L{} {}L{} {}L{} {}Z\" fill=\"{}\"/>", Coord(x),
                         Coord(y - 1.3 * r), Coord(x + 1.3 * r), Coord(y), Coord(x),
                         Coord(y + 1.3 * r), Coord(x - 1.3 * r), Coord(y), colour);
  }
  return "";
}

// Decimals that show ticks `step` apart without clutter.
int Decimals(double step) {
  if (!(step > 0)) return 0;
  return std::clamp(static_cast<int>(-std::floor(std::log10(step) + 1e-9)), 0, 6);
}

std::string TickLabel(double v, int decimals) {
  std::string s = fmt::format("{:.{}f}", v, decimals);
  if (s.find_first_not_of("-0.") == std::string::npos && s[0] == '-') s.erase(0, 1);
  if (s[0] == '-') s = "\u2212" + s.substr(1);  // a real minus sign
  return s;
}

struct YScale {
  double lo = 0, hi = 1;
  std::vector<double> ticks;
  double top = 0, bottom = 0;  // pixel rows
  double At(double v) const { return bottom - (v - lo) / (hi - lo) * (bottom - top); }
};

YScale MakeYScale(double lo, double hi, double top, double bottom) {
  YScale y;
  if (!Finite(lo) || !Finite(hi)) lo = hi = 0;
  lo = std::min(lo, 0.0);
  hi = std::max(hi, 0.0);
  if (hi - lo < 1e-12) {
    lo -= 1;
    hi += 1;
  }
  y.ticks = NiceTicks(lo, hi, 5);
  y.lo = y.ticks.front();
  y.hi = y.ticks.back();
  y.top = top;
  y.bottom = bottom;
  return y;
}

// Y axis: gridlines, tick labels, zero line and the rotated label.
void DrawYAxis(std::string& out, const YScale& y, double left, double right, double label_x,
               const std::string& label) {
  const int dec = y.ticks.size() > 1 ? Decimals(y.ticks[1] - y.ticks[0]) : 0;
  for (double t : y.ticks) {
    const double py = y.At(t);
    if (std::fabs(t) > 1e-12) {
      out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>",
                         Coord(left), Coord(py), Coord(right), Coord(py), kGrid);
    }
    out += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"11\" fill=\"{}\">{}</text>",
        Coord(left - 5), Coord(py + 4), kInk, XmlEscape(TickLabel(t, dec)));
  }
  if (y.lo <= 0 && y.hi >= 0) {
    out += fmt::format(
        "<line class=\"zero\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
        "stroke-width=\"1.2\"/>",
        Coord(left), Coord(y.At(0)), Coord(right), Coord(y.At(0)), kInk);
  }
  if (!label.empty()) {
    const double cy = (y.top + y.bottom) / 2;
    out += fmt::format(
        "<text class=\"axis-label\" x=\"{}\" y=\"{}\" transform=\"rotate(-90 {} {})\" "
        "text-anchor=\"middle\" font-size=\"11\" fill=\"{}\">{}</text>",
        Coord(label_x), Coord(cy), Coord(label_x), Coord(cy), kInk, XmlEscape(label));
  }
}

// Time axis over [t0, t1) days, pixels [left, right], at row `base`.
void DrawTimeAxis(std::string& out, int32_t t0, int32_t t1, double left, double right,
                  double base) {
  const double span = std::max(1, t1 - t0);
  auto x = [&](int32_t d) { return left + (d - t0) / span * (right - left); };
  // Tick unit: years for spans over three years, quarters over nine months, else months.
  const Period unit = span > 3 * 366 ? Period::kYear : (span > 270 ? Period::kQuarter
                                                                   : Period::kMonth);
  std::vector<Date> ticks;
  Date d = PeriodStart(Date::FromDays(t0), unit);
  if (d.days() < t0) d = NextPeriodStart(d, unit);
  // Boundaries inside [t0, t1): the end of the last period gets no label of its own (a "2022"
  // under a series that ends in 2021 would read as data for 2022).
  for (; d.days() < t1 && ticks.size() < 2000; d = NextPeriodStart(d, unit)) ticks.push_back(d);
  auto label = [&](Date t) {
    if (unit == Period::kYear) return std::to_string(t.year());
    if (unit == Period::kQuarter) return PeriodLabel(t, Period::kQuarter);
    return PeriodLabel(t, Period::kMonth);
  };
  // Thin labels until they fit: steps that keep years round (1, 2, 5, 10, ...) or quarter /
  // month positions aligned (1, 2, 4 quarters; 1, 2, 3, 6, 12 months).
  std::vector<int> steps = unit == Period::kYear      ? std::vector<int>{1, 2, 5, 10, 20, 50, 100}
                           : unit == Period::kQuarter ? std::vector<int>{1, 2, 4, 8}
                                                      : std::vector<int>{1, 2, 3, 6, 12, 24};
  const double per_tick = ticks.size() > 1 ? (x(ticks[1].days()) - x(ticks[0].days())) : span;
  double widest = 0;
  for (const Date& t : ticks) widest = std::max(widest, TextWidth(label(t)));
  int step = steps.back();
  for (int s : steps) {
    if (per_tick * s >= widest + 10) {
      step = s;
      break;
    }
  }
  auto labelled = [&](Date t) {
    if (unit == Period::kYear) return t.year() % step == 0;
    if (unit == Period::kQuarter) return ((t.month() - 1) / 3) % step == 0;
    return (t.month() - 1) % step == 0;
  };
  out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>",
                     Coord(left), Coord(base), Coord(right), Coord(base), kInk);
  int shown = 0;
  for (const Date& t : ticks) {
    const double px = x(t.days());
    const bool lab = labelled(t);
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>", Coord(px),
                       Coord(base), Coord(px), Coord(base + (lab ? 5 : 3)), kInk);
    // A label whose box would cross the plot's edges is left out.
    const double w = TextWidth(label(t));
    if (lab && px - w / 2 >= left - 30 && px + w / 2 <= right + 30) {
      out += fmt::format(
          "<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" "
          "fill=\"{}\">{}</text>",
          Coord(px), Coord(base + 17), kInk, XmlEscape(label(t)));
      ++shown;
    }
  }
  if (shown == 0) {  // a very short span: name its first day
    out += fmt::format(
        "<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"start\" font-size=\"11\" "
        "fill=\"{}\">{}</text>",
        Coord(left), Coord(base + 17), kInk, XmlEscape(Date::FromDays(t0).ToString()));
  }
}

void OpenSvg(std::string& out, const ChartOptions& o, int height, const std::string& cls) {
  out += fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart {}\" viewBox=\"0 0 {} {}\" "
      "width=\"{}\" height=\"{}\" role=\"img\" aria-labelledby=\"{}-t {}-d\" {}>",
      cls, o.width, height, o.width, height, XmlEscape(o.id), XmlEscape(o.id), kFont);
  out += fmt::format("<title id=\"{}-t\">{}</title><desc id=\"{}-d\">{}</desc>", XmlEscape(o.id),
                     XmlEscape(o.title), XmlEscape(o.id),
                     XmlEscape(o.description.empty() ? o.title : o.description));
  if (!o.title.empty()) {
    out += fmt::format(
        "<text class=\"chart-title\" x=\"8\" y=\"16\" font-size=\"13\" font-weight=\"bold\" "
        "fill=\"{}\">{}</text>",
        kInk, XmlEscape(o.title));
  }
}

struct LegendItem {
  std::string text;
  std::string sample;  // SVG of the sample, drawn in a 28 x 12 box at (0, 0)
};

double LegendWidth(const LegendItem& i) { return 34 + TextWidth(i.text) + 18; }

int LegendRows(const std::vector<LegendItem>& items, double width) {
  if (items.empty()) return 0;
  int rows = 1;
  double x = 0;
  for (const LegendItem& i : items) {
    const double w = LegendWidth(i);
    if (x > 0 && x + w > width) {
      ++rows;
      x = 0;
    }
    x += w;
  }
  return rows;
}

void DrawLegend(std::string& out, const std::vector<LegendItem>& items, double left, double top,
                double width) {
  double x = 0, y = 0;
  out += "<g class=\"legend\">";
  for (const LegendItem& i : items) {
    const double w = LegendWidth(i);
    if (x > 0 && x + w > width) {
      x = 0;
      y += 18;
    }
    out += fmt::format("<g transform=\"translate({} {})\">{}", Coord(left + x), Coord(top + y),
                       i.sample);
    out += fmt::format("<text x=\"34\" y=\"10\" font-size=\"11\" fill=\"{}\">{}</text></g>", kInk,
                       XmlEscape(i.text));
    x += w;
  }
  out += "</g>";
}

// A path through the finite points, broken at missing ones.
std::string LinePath(const std::vector<double>& xs, const std::vector<double>& ys) {
  std::string d;
  bool pen = false;
  for (size_t i = 0; i < ys.size(); ++i) {
    if (!Finite(ys[i])) {
      pen = false;
      continue;
    }
    d += fmt::format("{}{} {}", pen ? "L" : "M", Coord(xs[i]), Coord(ys[i]));
    pen = true;
  }
  return d;
}

// Closed polygons over each run where both bounds are finite.
std::string BandPath(const std::vector<double>& xs, const std::vector<double>& lo,
                     const std::vector<double>& hi) {
  std::string d;
  size_t i = 0;
  const size_t n = std::min({xs.size(), lo.size(), hi.size()});
  while (i < n) {
    if (!Finite(lo[i]) || !Finite(hi[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n && Finite(lo[j]) && Finite(hi[j])) ++j;
    for (size_t k = i; k < j; ++k) d += fmt::format("{}{} {}", k == i ? "M" : "L", Coord(xs[k]), Coord(hi[k]));
    for (size_t k = j; k-- > i;) d += fmt::format("L{} {}", Coord(xs[k]), Coord(lo[k]));
    d += "Z";
    i = j;
  }
  return d;
}

std::string NoData(double cx, double cy) {
  return fmt::format(
      "<text class=\"no-data\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\" "
      "fill=\"#666666\">no data in this period</text>",
      Coord(cx), Coord(cy));
}

}  // namespace

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        // Control characters other than tab/newline are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string Coord(double v) {
  if (!Finite(v)) return "0";
  std::string s = fmt::format("{:.1f}", v);
  if (s == "-0.0") s = "0.0";
  return s;
}

std::vector<double> NiceTicks(double lo, double hi, int target) {
  if (!Finite(lo) || !Finite(hi)) lo = hi = 0;
  if (lo > hi) std::swap(lo, hi);
  if (hi - lo < 1e-12) {
    lo -= 1;
    hi += 1;
  }
  target = std::max(2, target);
  const double raw = (hi - lo) / target;
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (m * mag >= raw) {
      step = m * mag;
      break;
    }
  }
  const double first = std::floor(lo / step + 1e-9) * step;
  const double last = std::ceil(hi / step - 1e-9) * step;
  std::vector<double> ticks;
  for (double t = first; t <= last + step * 0.5 && ticks.size() < 50; t += step) {
    ticks.push_back(std::fabs(t) < step * 1e-9 ? 0.0 : t);
  }
  return ticks;
}

std::string TimeSeriesChart(const std::vector<Date>& starts, Period period,
                            const std::vector<LineSeries>& series, const ChartOptions& o) {
  const double left = 66, right = o.width - 14.0, top = o.title.empty() ? 12.0 : 30.0;
  std::vector<LegendItem> legend;
  const double r = starts.size() > 48 ? 2.0 : 3.0;
  for (size_t i = 0; i < series.size(); ++i) {
    const LineSeries& s = series[i];
    const char* c = LineColour(s, static_cast<int>(i));
    std::string sample;
    if (!s.lower.empty()) {
      sample += fmt::format("<rect x=\"0\" y=\"0\" width=\"28\" height=\"12\" fill=\"{}\" "
                            "fill-opacity=\"0.2\"/>",
                            c);
    }
    sample += fmt::format(
        "<line x1=\"0\" y1=\"6\" x2=\"28\" y2=\"6\" stroke=\"{}\" stroke-width=\"2\"{}/>", c,
        DashArray(s.dash));
    sample += MarkerSvg(s.marker, 14, 6, 3, c);
    legend.push_back({s.name + (s.lower.empty() ? "" : " (" + o.band_label + ")"), sample});
  }
  const bool reference = Finite(o.reference_lo) && Finite(o.reference_hi) &&
                         o.reference_lo < o.reference_hi;
  if (reference) {
    legend.push_back({o.reference_label, "<rect x=\"0\" y=\"0\" width=\"28\" height=\"12\" "
                                         "fill=\"#000000\" fill-opacity=\"0.08\"/>"});
  }
  const int rows = LegendRows(legend, right - left);
  const double legend_h = rows * 18.0;
  const double bottom = o.height - 30.0 - (o.x_label.empty() ? 0 : 16) - legend_h -
                        (rows > 0 ? 8 : 0);
  std::string out;
  OpenSvg(out, o, o.height, "timeseries");

  const int32_t t0 = starts.empty() ? 0 : starts.front().days();
  const int32_t t1 =
      starts.empty() ? 1 : PeriodEnd(starts.back(), period).days() + 1;
  std::vector<double> xs;
  for (const Date& s : starts) {
    const double mid = (s.days() + PeriodEnd(s, period).days() + 1) / 2.0;
    xs.push_back(left + (mid - t0) / std::max(1, t1 - t0) * (right - left));
  }
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  bool any = false;
  for (const LineSeries& s : series) {
    for (const auto* v : {&s.values, &s.lower, &s.upper}) {
      for (size_t i = 0; i < v->size() && i < starts.size(); ++i) {
        if (!Finite((*v)[i])) continue;
        lo = std::min(lo, (*v)[i]);
        hi = std::max(hi, (*v)[i]);
        any = true;
      }
    }
  }
  const YScale y = MakeYScale(any ? (reference ? std::min(lo, o.reference_lo) : lo) : 0,
                              any ? (reference ? std::max(hi, o.reference_hi) : hi) : 1, top,
                              bottom);
  if (reference) {
    out += fmt::format(
        "<rect class=\"reference\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
        "fill=\"#000000\" fill-opacity=\"0.08\"/>",
        Coord(left), Coord(y.At(o.reference_hi)), Coord(right - left),
        Coord(y.At(o.reference_lo) - y.At(o.reference_hi)));
  }
  DrawYAxis(out, y, left, right, 14, o.y_label);
  DrawTimeAxis(out, t0, t1, left, right, bottom);
  if (!o.x_label.empty()) {
    out += fmt::format(
        "<text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" "
        "fill=\"{}\">{}</text>",
        Coord((left + right) / 2), Coord(bottom + 32), kInk, XmlEscape(o.x_label));
  }
  if (!any) out += NoData((left + right) / 2, (top + bottom) / 2);
  auto ys_of = [&](const std::vector<double>& v) {
    std::vector<double> ys(starts.size(), std::numeric_limits<double>::quiet_NaN());
    for (size_t i = 0; i < v.size() && i < starts.size(); ++i) {
      if (Finite(v[i])) ys[i] = y.At(v[i]);
    }
    return ys;
  };
  // Bands first, then lines, then markers.
  for (size_t i = 0; i < series.size(); ++i) {
    const LineSeries& s = series[i];
    if (s.lower.empty() || s.upper.empty()) continue;
    const std::string d = BandPath(xs, ys_of(s.lower), ys_of(s.upper));
    if (!d.empty()) {
      out += fmt::format("<path class=\"band\" d=\"{}\" fill=\"{}\" fill-opacity=\"0.2\" "
                         "stroke=\"none\"/>",
                         d, LineColour(s, static_cast<int>(i)));
    }
  }
  for (size_t i = 0; i < series.size(); ++i) {
    const LineSeries& s = series[i];
    const char* c = LineColour(s, static_cast<int>(i));
    const std::vector<double> ys = ys_of(s.values);
    const std::string d = LinePath(xs, ys);
    out += fmt::format("<g class=\"series\" data-name=\"{}\">", XmlEscape(s.name));
    if (!d.empty()) {
      out += fmt::format(
          "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\" "
          "stroke-linejoin=\"round\"{}/>",
          d, c, DashArray(s.dash));
    }
    for (size_t k = 0; k < ys.size(); ++k) {
      if (Finite(ys[k])) out += MarkerSvg(s.marker, xs[k], ys[k], r, c);
    }
    out += "</g>";
  }
  DrawLegend(out, legend, left, o.height - legend_h - 2, right - left);
  out += "</svg>";
  return out;
}

std::string TimelineChart(const std::vector<Date>& starts, Period period,
                          const std::vector<int>& category,
                          const std::vector<Category>& categories, const ChartOptions& o) {
  const double left = 66, right = o.width - 14.0, top = o.title.empty() ? 12.0 : 30.0;
  std::vector<LegendItem> legend;
  const std::string id = XmlEscape(o.id);
  auto fill_of = [&](int c) { return Colour(categories[static_cast<size_t>(c)].colour); };
  auto letter_colour = [&](int c) {
    // White on the dark blue and vermillion, ink on the rest.
    const int col = categories[static_cast<size_t>(c)].colour;
    return (col == 4 || col == 5) ? "#FFFFFF" : kInk;
  };
  auto swatch = [&](int c, double w, double h) {
    const Category& k = categories[static_cast<size_t>(c)];
    std::string s = fmt::format("<rect width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"{}\" "
                                "stroke-width=\"0.5\"/>",
                                Coord(w), Coord(h), fill_of(c), kInk);
    if (k.hatch > 0) {
      s += fmt::format("<rect width=\"{}\" height=\"{}\" fill=\"url(#{}-h{})\"/>", Coord(w),
                       Coord(h), id, k.hatch);
    }
    return s;
  };
  for (size_t c = 0; c < categories.size(); ++c) {
    std::string sample = swatch(static_cast<int>(c), 28, 12);
    if (!categories[c].letter.empty()) {
      sample += fmt::format(
          "<text x=\"14\" y=\"10\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"bold\" "
          "fill=\"{}\">{}</text>",
          letter_colour(static_cast<int>(c)), XmlEscape(categories[c].letter));
    }
    legend.push_back({categories[c].name, sample});
  }
  const int rows = LegendRows(legend, right - left);
  const double legend_h = rows * 18.0;
  const double bar_top = top + 4, bar_h = 30, base = bar_top + bar_h;
  const int height = static_cast<int>(base + 30 + legend_h + 8);
  std::string out;
  OpenSvg(out, o, height, "timeline");
  out += "<defs>";
  const char* p = "stroke=\"#000000\" stroke-opacity=\"0.45\"";
  out += fmt::format(
      "<pattern id=\"{}-h1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
      "<path d=\"M0 6L6 0M-1 1L1 -1M5 7L7 5\" {} stroke-width=\"1\"/></pattern>",
      id, p);
  out += fmt::format(
      "<pattern id=\"{}-h2\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
      "<circle cx=\"2.5\" cy=\"2.5\" r=\"1\" fill=\"#000000\" fill-opacity=\"0.45\"/></pattern>",
      id);
  out += fmt::format(
      "<pattern id=\"{}-h3\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
      "<path d=\"M0 6L6 0M0 0L6 6\" {} stroke-width=\"0.8\"/></pattern>",
      id, p);
  out += fmt::format(
      "<pattern id=\"{}-h4\" width=\"6\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
      "<path d=\"M0 2.5L6 2.5\" {} stroke-width=\"1\"/></pattern>",
      id, p);
  out += "</defs>";
  const int32_t t0 = starts.empty() ? 0 : starts.front().days();
  const int32_t t1 = starts.empty() ? 1 : PeriodEnd(starts.back(), period).days() + 1;
  auto x = [&](int32_t d) {
    return left + static_cast<double>(d - t0) / std::max(1, t1 - t0) * (right - left);
  };
  const size_t n = std::min(starts.size(), category.size());
  const int nc = static_cast<int>(categories.size());
  size_t i = 0;
  bool any = false;
  while (i < n) {
    const int c = category[i];
    size_t j = i + 1;
    while (j < n && category[j] == c) ++j;
    if (c >= 0 && c < nc) {
      any = true;
      const double x0 = x(starts[i].days());
      const double x1 = x(PeriodEnd(starts[j - 1], period).days() + 1);
      out += fmt::format("<g class=\"segment\" data-category=\"{}\" transform=\"translate({} {})\">",
                         XmlEscape(categories[static_cast<size_t>(c)].name), Coord(x0),
                         Coord(bar_top));
      out += swatch(c, x1 - x0, bar_h);
      out += fmt::format("<title>{}: {} to {}</title>",
                         XmlEscape(categories[static_cast<size_t>(c)].name),
                         XmlEscape(PeriodLabel(starts[i], period)),
                         XmlEscape(PeriodLabel(starts[j - 1], period)));
      const std::string& letter = categories[static_cast<size_t>(c)].letter;
      if (!letter.empty() && x1 - x0 >= TextWidth(letter, 8) + 4) {
        out += fmt::format(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" "
            "fill=\"{}\">{}</text>",
            Coord((x1 - x0) / 2), Coord(bar_h / 2 + 4), letter_colour(c), XmlEscape(letter));
      }
      out += "</g>";
    }
    i = j;
  }
  if (!any) out += NoData((left + right) / 2, bar_top + bar_h / 2 + 4);
  if (!o.y_label.empty()) {
    out += fmt::format(
        "<text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"11\" "
        "fill=\"{}\">{}</text>",
        Coord(left - 6), Coord(bar_top + bar_h / 2 + 4), kInk, XmlEscape(o.y_label));
  }
  DrawTimeAxis(out, t0, t1, left, right, base);
  DrawLegend(out, legend, left, height - legend_h - 2, right - left);
  out += "</svg>";
  return out;
}

std::string IrfChart(const std::vector<IrfPanel>& panels, const std::string& period_word,
                     const ChartOptions& o) {
  const int n = static_cast<int>(panels.size());
  const int cols = std::clamp(n, 1, 3);
  const int rows = std::max(1, (n + cols - 1) / cols);
  const double outer_left = 62, gap = 26, top0 = o.title.empty() ? 8.0 : 26.0;
  const double panel_w = (o.width - outer_left - 10 - gap * (cols - 1)) / cols;
  const double panel_h = 150;  // plot area
  const double row_h = panel_h + 20 /*title*/ + 42 /*ticks + x label*/;
  std::vector<LegendItem> legend = {
      {"response",
       fmt::format("<line x1=\"0\" y1=\"6\" x2=\"28\" y2=\"6\" stroke=\"{}\" stroke-width=\"2\"/>"
                   "{}",
                   kPalette[4], MarkerSvg(Marker::kCircle, 14, 6, 3, kPalette[4]))},
      {o.band_label, fmt::format("<rect width=\"28\" height=\"12\" fill=\"{}\" "
                                 "fill-opacity=\"0.25\"/>",
                                 kPalette[4])}};
  const int height = static_cast<int>(top0 + rows * row_h + 26);
  std::string out;
  OpenSvg(out, o, height, "irf");
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  int steps = 0;
  for (const IrfPanel& p : panels) {
    steps = std::max(steps, static_cast<int>(p.response.size()) - 1);
    for (const auto* v : {&p.response, &p.lower, &p.upper}) {
      for (double x : *v) {
        if (!Finite(x)) continue;
        lo = std::min(lo, x);
        hi = std::max(hi, x);
      }
    }
  }
  const bool any = Finite(lo) && Finite(hi);
  steps = std::max(steps, 1);
  const int xstep = steps <= 12 ? (panel_w / steps >= 18 ? 1 : 2) : (steps <= 30 ? 5 : 10);
  for (int k = 0; k < n; ++k) {
    const IrfPanel& p = panels[static_cast<size_t>(k)];
    const int row = k / cols, col = k % cols;
    const double left = outer_left + col * (panel_w + gap), right = left + panel_w;
    const double ptop = top0 + row * row_h + 20, pbottom = ptop + panel_h;
    out += fmt::format("<g class=\"panel\" data-name=\"{}\">", XmlEscape(p.title));
    out += fmt::format(
        "<text class=\"panel-title\" x=\"{}\" y=\"{}\" font-size=\"12\" font-weight=\"bold\" "
        "fill=\"{}\">{}</text>",
        Coord(left), Coord(ptop - 7), kInk, XmlEscape(p.title));
    const YScale y = MakeYScale(any ? lo : -1, any ? hi : 1, ptop, pbottom);
    DrawYAxis(out, y, left, right, outer_left - 48 + col * (panel_w + gap),
              col == 0 ? o.y_label : "");
    auto x = [&](double h) { return left + h / steps * (right - left); };
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>",
                       Coord(left), Coord(pbottom), Coord(right), Coord(pbottom), kInk);
    for (int h = 0; h <= steps; h += xstep) {
      out += fmt::format(
          "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>"
          "<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" "
          "fill=\"{}\">{}</text>",
          Coord(x(h)), Coord(pbottom), Coord(x(h)), Coord(pbottom + 4), kInk, Coord(x(h)),
          Coord(pbottom + 16), kInk, h);
    }
    out += fmt::format(
        "<text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" "
        "fill=\"{}\">{} after the shock</text>",
        Coord((left + right) / 2), Coord(pbottom + 32), kInk, XmlEscape(period_word));
    std::vector<double> xs, ys, yl, yu;
    for (size_t h = 0; h < p.response.size(); ++h) {
      xs.push_back(x(static_cast<double>(h)));
      ys.push_back(Finite(p.response[h]) ? y.At(p.response[h])
                                         : std::numeric_limits<double>::quiet_NaN());
      const double l = h < p.lower.size() ? p.lower[h] : std::numeric_limits<double>::quiet_NaN();
      const double u = h < p.upper.size() ? p.upper[h] : std::numeric_limits<double>::quiet_NaN();
      yl.push_back(Finite(l) ? y.At(l) : l);
      yu.push_back(Finite(u) ? y.At(u) : u);
    }
    const std::string band = BandPath(xs, yl, yu);
    if (!band.empty()) {
      out += fmt::format("<path class=\"band\" d=\"{}\" fill=\"{}\" fill-opacity=\"0.25\" "
                         "stroke=\"none\"/>",
                         band, kPalette[4]);
    }
    const std::string line = LinePath(xs, ys);
    if (!line.empty()) {
      out += fmt::format("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>", line,
                         kPalette[4]);
    } else {
      out += NoData((left + right) / 2, (ptop + pbottom) / 2);
    }
    for (size_t h = 0; h < ys.size(); ++h) {
      if (Finite(ys[h])) out += MarkerSvg(Marker::kCircle, xs[h], ys[h], 2.5, kPalette[4]);
    }
    out += "</g>";
  }
  if (n == 0) out += NoData(o.width / 2.0, top0 + row_h / 2);
  DrawLegend(out, legend, outer_left, height - 20, o.width - outer_left);
  out += "</svg>";
  return out;
}

}  // namespace entente::svg
