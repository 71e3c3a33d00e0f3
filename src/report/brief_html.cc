// Copyright 2026 The entente Authors. Apache-2.0.
//
// brief_html: BriefHeadline and RenderBriefHtml (entente/brief.h), plus the text helpers of
// brief_text.h.  The note is one HTML5 document: inline CSS (screen and A4 print), inline SVG
// charts from svg_chart.h, no scripts and no external references.  Every piece of text that
// comes from data (actor names, sentences, titles, URLs) is escaped.  Pure: the same BriefData
// gives the same bytes.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <limits>

#include "entente/brief.h"
#include "report/brief_text.h"
#include "report/svg_chart.h"

namespace entente {

using svg::XmlEscape;

// ---------------------------------------------------------------------------------------------
// brief_text.h

std::string KeyEventCategory(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9') {
    return "";
  }
  if (code.starts_with("163") || code.starts_with("172")) return "sanctions";
  if (code.starts_with("057")) return "agreement signed";
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  switch (root) {
    case 4: return "visit or meeting";
    case 5: return "diplomatic cooperation";
    case 6: return "material cooperation";
    case 7: return "aid";
    case 13: return "threat";
    case 14: return "protest";
    case 15: return "military posture";
    case 16: return "reduced relations";
    case 17: return "coercion";
    case 18: return "assault";
    case 19: return "fighting";
    case 20: return "mass violence";
    default: return "";
  }
}

std::string CodeLabel(const CameoTable* table, std::string_view code) {
  if (table) {
    if (const CameoEntry* e = table->Find(code)) return e->label;
    if (code.size() > 2) {
      if (const CameoEntry* e = table->Find(code.substr(0, 2))) return e->label;
    }
  }
  // The CAMEO root names.
  static constexpr std::array<const char*, 21> kRoots = {
      "",
      "Make public statement",
      "Appeal",
      "Express intent to cooperate",
      "Consult",
      "Engage in diplomatic cooperation",
      "Engage in material cooperation",
      "Provide aid",
      "Yield",
      "Investigate",
      "Demand",
      "Disapprove",
      "Reject",
      "Threaten",
      "Protest",
      "Exhibit military posture",
      "Reduce relations",
      "Coerce",
      "Assault",
      "Fight",
      "Use unconventional mass violence"};
  if (code.size() >= 2 && code[0] >= '0' && code[0] <= '2' && code[1] >= '0' && code[1] <= '9') {
    const int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root >= 1 && root <= 20) return kRoots[static_cast<size_t>(root)];
  }
  return "";
}

std::string PeriodWord(Period p, int64_t n) {
  std::string w(PeriodName(p));
  return n == 1 ? w : w + "s";
}

std::string Signed(double v, int decimals) {
  if (!std::isfinite(v)) return "n/a";
  std::string s = fmt::format("{:+.{}f}", v, decimals);
  if (s.find_first_not_of("+-0.") == std::string::npos) return s.substr(1);  // "0.0"
  if (s[0] == '-') return "\u2212" + s.substr(1);
  return s;
}

std::string PValue(double p) {
  if (!std::isfinite(p)) return "n/a";
  if (p < 0.001) return "< 0.001";
  return fmt::format("{:.3f}", p);
}

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string Dash(const std::string& a, const std::string& b) { return a + "\u2013" + b; }

std::string Pct(double x) { return fmt::format("{:g}%", std::round(x * 1000) / 10); }

std::string TypePhrase(TriangleType t) {
  switch (t) {
    case TriangleType::kMenageATrois: return "m\u00e9nage \u00e0 trois";
    case TriangleType::kRomantic: return "romantic triangle";
    case TriangleType::kStableMarriage: return "stable marriage";
    case TriangleType::kUnitVeto: return "unit veto";
    case TriangleType::kIndeterminate: return "indeterminate";
  }
  return "indeterminate";
}

std::string RolePhrase(TriangleType type, int pivot, int outsider,
                       const std::array<std::string, 3>& names) {
  if (type == TriangleType::kRomantic && pivot >= 0) {
    return names[static_cast<size_t>(pivot)] + " the pivot, courted by both others";
  }
  if (type == TriangleType::kStableMarriage && outsider >= 0) {
    const size_t o = static_cast<size_t>(outsider);
    return names[(o + 1) % 3] + " and " + names[(o + 2) % 3] + " together against " + names[o];
  }
  return "";
}

double Mean(const std::vector<double>& v, size_t b, size_t e) {
  if (e <= b) return 0;
  double s = 0;
  for (size_t i = b; i < e; ++i) s += v[i];
  return s / static_cast<double>(e - b);
}

std::string RangeLabel(const DyadSeries& s, size_t b, size_t e) {
  if (e <= b) return "";
  const std::string x = s.points[b].label, y = s.points[e - 1].label;
  return x == y ? x : Dash(x, y);
}

const DriverFinding* BestFinding(const DriversReport& r) {
  const DriverFinding* best = nullptr;
  for (const DriverFinding& f : r.findings) {
    if (!best || f.forward.p_value < best->forward.p_value) best = &f;
  }
  return best;
}

std::string PercentLevel(double signif) { return fmt::format("{:g}%", signif * 100); }

std::string Upper(std::string_view s) {
  std::string u(s);
  for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return u;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Headline

std::vector<std::string> BriefHeadline(const BriefData& d) {
  std::vector<std::string> out;
  const std::string rel = Dash(d.a, d.b);
  const std::vector<DyadPoint>& pts = d.relation.points;
  const std::string unit(PeriodName(d.period));
  if (pts.empty() || d.relation.count == 0) {
    out.push_back(fmt::format(
        "The store holds no {} events between {} and {}, so this brief cannot say how the "
        "relation moved.",
        rel, d.from.ToString(), d.to.ToString()));
  } else {
    std::vector<double> net;
    for (const DyadPoint& p : pts) net.push_back(p.net_cooperation);
    const size_t n = net.size(), half = n / 2;
    size_t peak = 0;
    for (size_t i = 1; i < n; ++i) {
      if (net[i] > net[peak]) peak = i;
    }
    if (n < 2) {
      out.push_back(fmt::format(
          "{} net cooperation was {} in {} ({} events); one {} is too little to see a trend.",
          rel, Signed(net[0]), pts[0].label, d.relation.count, unit));
    } else {
      const double m1 = Mean(net, 0, half), m2 = Mean(net, half, n), all = Mean(net, 0, n);
      double ss = 0;
      for (double v : net) ss += (v - all) * (v - all);
      const double sd = std::sqrt(ss / static_cast<double>(n - 1));
      std::string trend;
      if (sd == 0 || std::fabs(m2 - m1) < 0.25 * sd) {
        trend = "held broadly steady";
      } else if (m2 > m1) {
        trend = m1 <= 0 && m2 > 0 ? "turned cooperative" : "grew more cooperative";
      } else {
        trend = m2 < 0 ? "turned more conflictual" : "grew less cooperative";
      }
      out.push_back(fmt::format(
          "{} relations {} over {}: net cooperation (Goldstein-weighted, both directions) "
          "averaged {} per {} in {} and {} in {}, from {}{} events in all; the most cooperative "
          "{} was {} ({}).",
          rel, trend, RangeLabel(d.relation, 0, n), Signed(m1), unit,
          RangeLabel(d.relation, 0, half), Signed(m2), RangeLabel(d.relation, half, n),
          d.relation.count < 30 ? "only " : "", d.relation.count, unit, pts[peak].label,
          Signed(net[peak])));
    }
  }
  if (!d.drivers) {
    if (!d.drivers_error.empty()) {
      out.push_back("What drives it could not be tested: " + d.drivers_error +
                    (d.drivers_error.ends_with(".") ? "" : "."));
    }
  } else {
    const DriversReport& r = d.drivers->report;
    const DriverFinding* best = BestFinding(r);
    const std::string target = r.names.empty() ? rel : r.names[0];
    const std::string level = PercentLevel(d.signif);
    if (best && best->forward.rejects()) {
      int passing = 0;
      for (const DriverFinding& f : r.findings) passing += f.forward.rejects();
      std::string s = fmt::format(
          "The strongest driver finding: past {} relations help predict {} net cooperation "
          "({} Granger-causes it at the {} level: F = {:.2f}, p = {}).",
          best->name, target, best->name, level, best->forward.f_statistic,
          PValue(best->forward.p_value));
      if (best->peak_horizon > 0) {
        const bool zero_inside = best->peak_lower <= 0 && best->peak_upper >= 0;
        s += fmt::format(
            " A one-s.d. shock to {} moves it most after {} {} ({}, band {} to {}){}.",
            best->name, best->peak_horizon, PeriodWord(d.period, best->peak_horizon),
            Signed(best->peak_response, 2), Signed(best->peak_lower, 2),
            Signed(best->peak_upper, 2),
            zero_inside ? ", but the band includes zero" : "");
      }
      for (const BriefCandidate& c : d.candidates) {
        if (c.dyad.label == best->name && c.events < 30) {
          s += fmt::format(" Note that {} rests on only {} events.", best->name, c.events);
        }
      }
      if (passing > 1) {
        s += fmt::format(" {} of {} candidates pass the test.", passing, r.findings.size());
      }
      if (r.findings.size() > 1) {
        const double bonferroni = d.signif / static_cast<double>(r.findings.size());
        s += best->forward.p_value < bonferroni
                 ? fmt::format(" It also passes a Bonferroni correction for {} candidates "
                               "(p < {:.3g}).",
                               r.findings.size(), bonferroni)
                 : fmt::format(" It would not pass a Bonferroni correction for {} candidates "
                               "(p < {:.3g}): read it with care.",
                               r.findings.size(), bonferroni);
      }
      out.push_back(s);
    } else if (best) {
      std::string names;
      for (size_t i = 0; i < r.findings.size(); ++i) {
        names += (i ? ", " : "") + r.findings[i].name;
      }
      out.push_back(fmt::format(
          "No candidate ({}) Granger-causes {} net cooperation at the {} level; the closest is "
          "{} (p = {}).  The data do not show what drives the relation.",
          names, target, level, best->name, PValue(best->forward.p_value)));
    }
  }
  if (d.triangle) {
    const TriangleHistory& h = d.triangle->history;
    const int n = static_cast<int>(h.states.size());
    int best = -1;
    for (int t = 1; t < kTriangleTypes; ++t) {
      if (h.type_counts[static_cast<size_t>(t)] > 0 &&
          (best < 0 ||
           h.type_counts[static_cast<size_t>(t)] > h.type_counts[static_cast<size_t>(best)])) {
        best = t;
      }
    }
    if (best < 0) {
      out.push_back(fmt::format(
          "The triangle with {} was indeterminate in every {}: at least one side lacked a clear "
          "sign.",
          d.third, unit));
    } else {
      std::string last;
      for (auto it = h.spells.rbegin(); it != h.spells.rend(); ++it) {
        if (it->type == TriangleType::kIndeterminate) continue;
        const std::string role = RolePhrase(it->type, it->pivot, it->outsider, d.triangle->names);
        last = fmt::format("; the latest, from {}, was a {}{}",
                           d.relation.points[static_cast<size_t>(it->begin)].label,
                           TypePhrase(it->type), role.empty() ? "" : " (" + role + ")");
        break;
      }
      const int indeterminate = h.type_counts[0];
      out.push_back(fmt::format(
          "In the triangle with {}, the most frequent configuration was the {} ({} of {} {}{}){}.",
          d.third, TypePhrase(static_cast<TriangleType>(best)),
          h.type_counts[static_cast<size_t>(best)], n, PeriodWord(d.period, n),
          indeterminate > 0
              ? fmt::format("; {} {} indeterminate", indeterminate,
                            indeterminate == 1 ? "was" : "were")
              : "",
          last));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTML

namespace {

constexpr const char* kCss = R"CSS(
:root { --ink: #222; --muted: #555; --rule: #ccc; --accent: #0072B2; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Serif', Georgia, 'Times New Roman', serif; color: var(--ink);
       max-width: 820px; margin: 24px auto; padding: 0 20px; line-height: 1.45; font-size: 15px; }
h1 { font-size: 26px; margin: 0 0 4px; line-height: 1.2; }
h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 1px solid var(--rule); padding-bottom: 3px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
header .sub { color: var(--muted); font-size: 13px; margin: 0; }
.headline { background: #f3f7fb; border-left: 4px solid var(--accent); padding: 10px 14px;
            margin: 18px 0; }
.headline p { margin: 6px 0; font-size: 16px; }
figure { margin: 14px 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 12.5px; color: var(--muted); margin-top: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0; }
th, td { border-bottom: 1px solid #e3e3e3; padding: 4px 6px; text-align: left; vertical-align: top; }
th { border-bottom: 1.5px solid #999; font-weight: bold; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.pass td { background: #eef6ee; }
.refusal { background: #fdf3e7; border-left: 4px solid #E69F00; padding: 8px 12px; }
ul.caveats li, ul.findings li { margin: 3px 0; font-size: 14px; }
.event { border-bottom: 1px solid #e6e6e6; padding: 8px 0; break-inside: avoid; page-break-inside: avoid; }
.event .meta { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 12.5px; }
.event .meta time { font-weight: bold; }
.event .code { background: #eef2f6; padding: 0 4px; border-radius: 3px; }
.event .cat { color: var(--muted); }
.event blockquote { margin: 4px 0 2px 0; padding-left: 10px; border-left: 3px solid var(--rule);
                    font-style: italic; }
.event .doc { font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
table.kv th { width: 30%; font-weight: normal; color: var(--muted); border-bottom: 1px solid #e3e3e3; }
code { font-size: 12px; overflow-wrap: anywhere; }
footer { margin-top: 30px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--rule);
         padding-top: 6px; }
.muted { color: var(--muted); }
@page { size: A4; margin: 14mm 13mm 16mm 13mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .headline { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)CSS";

std::vector<Date> Starts(const DyadSeries& s) {
  std::vector<Date> v;
  for (const DyadPoint& p : s.points) v.push_back(p.start);
  return v;
}

std::string Figure(const std::string& svg, const std::string& caption) {
  return "<figure>" + svg + "<figcaption>" + caption + "</figcaption></figure>\n";
}

void RelationSection(std::string& h, const BriefData& d) {
  const std::string rel = Dash(d.a, d.b);
  const DyadSeries& s = d.relation;
  const std::string unit(PeriodName(d.period));
  h += "<section id=\"relation\"><h2>1. The relation over time</h2>\n";
  QuadCounts q = {0, 0, 0, 0};
  for (const DyadPoint& p : s.points) {
    for (size_t i = 0; i < 4; ++i) q[i] += p.quad[i];
  }
  h += fmt::format(
      "<p>From {} to {} the store holds <strong>{}</strong> {} events (both directions, "
      "asserted only): {} verbal cooperation, {} material cooperation, {} verbal conflict and {} "
      "material conflict.",
      d.from.ToString(), d.to.ToString(), s.count, XmlEscape(rel), q[0], q[1], q[2], q[3]);
  if (s.total > 0) {
    h += fmt::format(" They are {} of all {} events in the store over the period.",
                     Pct(static_cast<double>(s.count) / static_cast<double>(s.total)), s.total);
  }
  h += "</p>\n";
  svg::LineSeries coop{.name = "cooperation (sum of positive Goldstein scores)",
                       .colour = 4, .dash = svg::Dash::kSolid, .marker = svg::Marker::kCircle};
  svg::LineSeries conf{.name = "conflict (sum of |negative Goldstein scores|)",
                       .colour = 5, .dash = svg::Dash::kDashed, .marker = svg::Marker::kSquare};
  svg::LineSeries ncoop = coop, nconf = conf;
  svg::LineSeries nnet{.name = "net cooperation", .colour = 2, .dash = svg::Dash::kDotted,
                       .marker = svg::Marker::kDiamond};
  ncoop.name = "cooperation";
  nconf.name = "conflict";
  for (const DyadPoint& p : s.points) {
    coop.values.push_back(p.cooperation_weight);
    conf.values.push_back(p.conflict_weight);
    const bool have = p.total > 0;
    const double per = have ? 100.0 / static_cast<double>(p.total) : kNaN;
    ncoop.values.push_back(have ? p.cooperation_weight * per : kNaN);
    nconf.values.push_back(have ? p.conflict_weight * per : kNaN);
    nnet.values.push_back(have ? p.net_cooperation * per : kNaN);
  }
  const std::vector<Date> starts = Starts(s);
  h += Figure(svg::TimeSeriesChart(
                  starts, d.period, {coop, conf},
                  {.id = "rel", .title = "Cooperation and conflict between " + rel,
                   .y_label = "Goldstein points per " + unit, .height = 300}),
              fmt::format("Figure 1. {} events in both directions, per {}: cooperative events "
                          "summed by their Goldstein score (+0.1 to +10), conflictual ones by the "
                          "size of theirs (\u22120.1 to \u221210). Solid line with circles: "
                          "cooperation; dashed line with squares: conflict.",
                          XmlEscape(rel), unit));
  int missing = 0;
  for (const DyadPoint& p : s.points) missing += p.total == 0;
  h += Figure(
      svg::TimeSeriesChart(starts, d.period, {ncoop, nconf, nnet},
                           {.id = "relnorm",
                            .title = "The same, per 100 events in the corpus",
                            .y_label = "Goldstein points per 100 events", .height = 300}),
      fmt::format("Figure 2. Figure 1 divided by the corpus volume: all events in the store in "
                  "the {}, of any actors, times 100. A rise here is more than a rise in news "
                  "coverage. Dotted line with diamonds: net cooperation (cooperation minus "
                  "conflict).{}",
                  unit,
                  missing ? fmt::format(" Gaps: {} {} without any event in the store.", missing,
                                        PeriodWord(d.period, missing))
                          : ""));
  h += "</section>\n";
}

void TriangleSection(std::string& h, const BriefData& d) {
  h += "<section id=\"triangle\"><h2>2. The strategic triangle</h2>\n";
  if (!d.triangle) {
    h += "<p class=\"muted\">No third actor was given; run with <code>--third USA</code> (for "
         "example) to see Dittmer's strategic triangle per period.</p></section>\n";
    return;
  }
  const TriangleSeries& t = *d.triangle;
  const std::string unit(PeriodName(d.period));
  h += fmt::format(
      "<p>{}, {} and {}: each {}, each side gets a sign from the mean Goldstein score of its "
      "events (both directions): + above +{:g}, \u2212 below \u2212{:g}, neutral in between or "
      "without events. Dittmer's types follow from the three signs: <em>m\u00e9nage \u00e0 "
      "trois</em> (+ + +), <em>romantic triangle</em> (a pivot on good terms with two rivals), "
      "<em>stable marriage</em> (a pair against an outsider), <em>unit veto</em> (all hostile); a "
      "neutral side leaves the {} <em>indeterminate</em>.</p>\n",
      XmlEscape(t.names[0]), XmlEscape(t.names[1]), XmlEscape(t.names[2]), unit,
      d.triangle_threshold, d.triangle_threshold, unit);
  const std::vector<svg::Category> cats = {
      {"indeterminate", "", -1, 0},
      {"m\u00e9nage \u00e0 trois", "M", 2, 0},
      {"romantic triangle", "R", 1, 1},
      {"stable marriage", "S", 0, 2},
      {"unit veto", "U", 5, 3},
  };
  std::vector<int> cat;
  for (const TriangleState& s : t.history.states) cat.push_back(static_cast<int>(s.type));
  const std::vector<Date> starts = Starts(t.sides[0]);
  h += Figure(svg::TimelineChart(starts, d.period, cat, cats,
                                 {.id = "tri", .title = "Triangle type per " + unit,
                                  .y_label = "type"}),
              "Figure 3. One segment per run of " + unit +
                  "s with the same type; letters and hatching repeat the colour.");
  std::vector<svg::LineSeries> sides;
  const svg::Dash dashes[] = {svg::Dash::kSolid, svg::Dash::kDashed, svg::Dash::kDashDot};
  const svg::Marker markers[] = {svg::Marker::kCircle, svg::Marker::kSquare,
                                 svg::Marker::kTriangle};
  for (size_t r = 0; r < 3; ++r) {
    svg::LineSeries ls{.name = t.relations[r], .colour = std::array{4, 5, 2}[r],
                       .dash = dashes[r], .marker = markers[r]};
    for (const DyadPoint& p : t.sides[r].points) {
      ls.values.push_back(p.goldstein_mean ? *p.goldstein_mean : kNaN);
    }
    sides.push_back(std::move(ls));
  }
  h += Figure(
      svg::TimeSeriesChart(starts, d.period, sides,
                           {.id = "sides", .title = "Tone of each side",
                            .y_label = "mean Goldstein score", .height = 280,
                            .reference_lo = -d.triangle_threshold,
                            .reference_hi = d.triangle_threshold,
                            .reference_label = fmt::format("neutral zone (\u00b1{:g})",
                                                           d.triangle_threshold)}),
      fmt::format("Figure 4. Mean Goldstein score of each side's events per {} (\u221210 hostile "
                  "to +10 cooperative); gaps are {}s without events, which count as neutral.",
                  unit, unit));
  h += "<table><thead><tr><th>from</th><th>to</th><th class=\"num\">" + unit +
       "s</th><th>type</th><th>roles</th></tr></thead><tbody>\n";
  for (const TriangleSpell& sp : t.history.spells) {
    h += fmt::format("<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>\n",
                     XmlEscape(t.sides[0].points[static_cast<size_t>(sp.begin)].label),
                     XmlEscape(t.sides[0].points[static_cast<size_t>(sp.end - 1)].label),
                     sp.end - sp.begin, TypePhrase(sp.type),
                     XmlEscape(RolePhrase(sp.type, sp.pivot, sp.outsider, t.names)));
  }
  h += "</tbody></table>\n</section>\n";
}

void DriversSection(std::string& h, const BriefData& d) {
  const std::string rel = Dash(d.a, d.b);
  const std::string unit(PeriodName(d.period));
  h += "<section id=\"drivers\"><h2>3. What drives it</h2>\n";
  h += fmt::format(
      "<p>Does the past of another relation help predict {} {}? Candidates tested:</p>\n<ul>\n",
      XmlEscape(rel), XmlEscape(d.drivers_measure));
  for (const BriefCandidate& c : d.candidates) {
    h += fmt::format("<li><strong>{}</strong>: {} ({} events in the period)</li>\n",
                     XmlEscape(c.dyad.label), XmlEscape(c.reason), c.events);
  }
  if (d.candidates.empty()) h += "<li>none</li>\n";
  h += "</ul>\n";
  if (!d.left_out.empty()) {
    h += "<p class=\"muted\">Left out: ";
    for (size_t i = 0; i < d.left_out.size(); ++i) {
      h += (i ? "; " : "") + XmlEscape(d.left_out[i]);
    }
    h += ".</p>\n";
  }
  if (!d.drivers) {
    std::string why = d.drivers_error.empty() ? "No reason was recorded." : d.drivers_error;
    why[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(why[0])));
    const bool coarse = d.period == Period::kQuarter || d.period == Period::kYear;
    h += fmt::format(
        "<p class=\"refusal\"><strong>The drivers analysis could not run.</strong> {}{} A VAR "
        "needs, for each coefficient of each equation, about three periods with events: try a "
        "longer range{}, fewer candidates, or more data.</p>\n",
        XmlEscape(why), why.ends_with(".") ? "" : ".",
        coarse ? ", a finer period (<code>--by month</code>)" : "");
    h += "</section>\n";
    return;
  }
  const DriversReport& r = d.drivers->report;
  const std::string target = r.names.empty() ? rel : r.names[0];
  h += fmt::format(
      "<p>Method: one vector autoregression (VAR) of {} and the {} candidate series over {} "
      "{}; lag order {} ({}); Granger F-tests in both directions (H0: no Granger causality, "
      "level {}); the response of {} to a one-standard-deviation shock in each candidate "
      "(orthogonalised, {} ordered first) with a {} residual-bootstrap band ({} "
      "replications).</p>\n",
      XmlEscape(target), r.findings.size(), r.periods, PeriodWord(d.period, r.periods), r.lags,
      r.lags_fixed ? "fixed" : "chosen by " + Upper(LagCriterionName(r.criterion)),
      PercentLevel(d.signif), XmlEscape(target), XmlEscape(target),
      Pct(1 - r.bands.signif), r.bands.replications);
  h += fmt::format(
      "<table class=\"drivers\"><thead><tr><th>candidate</th><th class=\"num\">F \u2192 {}</th>"
      "<th class=\"num\">df</th><th class=\"num\">p</th><th class=\"num\">F {} \u2192</th>"
      "<th class=\"num\">df</th><th class=\"num\">p</th><th class=\"num\">peak response</th>"
      "<th class=\"num\">band</th></tr></thead><tbody>\n",
      XmlEscape(target), XmlEscape(target));
  for (const DriverFinding& f : r.findings) {
    h += fmt::format(
        "<tr{}><td>{}</td><td class=\"num\">{:.2f}</td><td class=\"num\">{}, {}</td>"
        "<td class=\"num\">{}{}</td><td class=\"num\">{:.2f}</td><td class=\"num\">{}, {}</td>"
        "<td class=\"num\">{}{}</td><td class=\"num\">{} (h = {})</td>"
        "<td class=\"num\">{} to {}</td></tr>\n",
        f.forward.rejects() ? " class=\"pass\"" : "", XmlEscape(f.name), f.forward.f_statistic,
        f.forward.df_num, f.forward.df_den, PValue(f.forward.p_value),
        f.forward.rejects() ? " *" : "", f.backward.f_statistic, f.backward.df_num,
        f.backward.df_den, PValue(f.backward.p_value), f.backward.rejects() ? " *" : "",
        Signed(f.peak_response, 2), f.peak_horizon, Signed(f.peak_lower, 2),
        Signed(f.peak_upper, 2));
  }
  h += fmt::format(
      "</tbody></table>\n<p class=\"muted\" style=\"font-size:12.5px\">F \u2192 {0}: does the "
      "candidate Granger-cause {0}? F {0} \u2192: the reverse. * and shading: p below {1}. Peak "
      "response: the largest response of {0} over horizons 1 to {2}, in {3}.</p>\n",
      XmlEscape(target), d.signif, r.irf.steps, XmlEscape(d.drivers_measure));
  h += "<h3>Findings</h3>\n<ul class=\"findings\">\n";
  for (const DriverFinding& f : r.findings) {
    for (const std::string& s : f.sentences) h += "<li>" + XmlEscape(s) + "</li>\n";
  }
  h += "</ul>\n";
  std::vector<svg::IrfPanel> panels;
  for (const DriverFinding& f : r.findings) {
    svg::IrfPanel p{.title = "shock: " + f.name};
    const size_t c = static_cast<size_t>(f.candidate);
    for (size_t hz = 0; hz < r.irf.orth.size(); ++hz) {
      p.response.push_back(r.irf.orth[hz](0, static_cast<int>(c)));
      if (hz < r.bands.orth_lower.size() && hz < r.bands.orth_upper.size()) {
        p.lower.push_back(r.bands.orth_lower[hz](0, static_cast<int>(c)));
        p.upper.push_back(r.bands.orth_upper[hz](0, static_cast<int>(c)));
      }
    }
    panels.push_back(std::move(p));
  }
  h += Figure(svg::IrfChart(panels, PeriodWord(d.period, 2),
                            {.id = "irf", .title = "Response of " + target + " to each candidate",
                             .y_label = "response (" + d.drivers_measure + ")",
                             .band_label = Pct(1 - r.bands.signif) + " bootstrap band"}),
              fmt::format("Figure 5. Orthogonalised impulse responses of {} {} to a one-s.d. "
                          "shock in each candidate, by {}s after the shock. Where the band "
                          "includes zero, the response cannot be told from none.",
                          XmlEscape(target), XmlEscape(d.drivers_measure), unit));
  h += "</section>\n";
}

void CaveatsSection(std::string& h, const BriefData& d) {
  const std::string unit(PeriodName(d.period));
  h += "<section id=\"caveats\"><h2>4. Caveats</h2>\n<ul class=\"caveats\">\n";
  if (d.drivers) {
    for (const std::string& c : d.drivers->report.caveats) h += "<li>" + XmlEscape(c) + "</li>\n";
  }
  h += fmt::format(
      "<li>Media volume: events are what the corpus reports. A {} with more articles yields more "
      "events of every kind, so totals rise and fall with coverage; Figure 2 divides by the "
      "corpus volume to separate the two.</li>\n",
      unit);
  if (d.relation.count < 100) {
    h += fmt::format(
        "<li>Few events: {} {} events over {} {} ({:.1f} per {}); single reports move the "
        "lines.</li>\n",
        d.relation.count, XmlEscape(Dash(d.a, d.b)), d.relation.points.size(),
        PeriodWord(d.period, static_cast<int64_t>(d.relation.points.size())),
        d.relation.points.empty()
            ? 0.0
            : static_cast<double>(d.relation.count) / static_cast<double>(d.relation.points.size()),
        unit);
  }
  h += "<li>Automatic coding: events come from entente's dictionaries and rules, sentence by "
       "sentence; errors in actor or verb matching pass into every number here. Read the key "
       "events' sentences below as a check.</li>\n";
  h += "</ul>\n</section>\n";
}

void EventsSection(std::string& h, const BriefData& d) {
  h += "<section id=\"events\"><h2>5. Key events</h2>\n";
  h += fmt::format(
      "<p>{} events picked from the {} events of key kinds (visits and meetings 04x, diplomatic "
      "cooperation and agreements 05x, material cooperation 06x, aid 07x, sanctions 163/172, "
      "threats, protests and force 13x\u201320x) between {} and {}{}: the strongest by the size of "
      "their Goldstein score in each sixth of the period, then the strongest left; one event per "
      "sentence.</p>\n",
      d.key_events.size(), d.key_event_pool, XmlEscape(d.a), XmlEscape(d.b),
      d.third.empty() ? "" : ", and of " + XmlEscape(d.third) + " with either");
  if (d.key_events.empty()) {
    h += "<p class=\"muted\">No events of these kinds in the period.</p>\n";
  }
  for (const BriefKeyEvent& k : d.key_events) {
    const Event& e = k.stored.event;
    h += "<div class=\"event\"><div class=\"meta\">";
    h += fmt::format(
        "<time>{}</time> &#183; <span class=\"actors\">{} \u2192 {}</span> &#183; "
        "<span class=\"code\">{} {}</span> &#183; <span class=\"cat\">{}</span>",
        e.date.ToString(), XmlEscape(e.source.str()), XmlEscape(e.target.str()),
        XmlEscape(e.code.str()), XmlEscape(k.code_label), XmlEscape(k.category));
    if (e.goldstein) h += fmt::format(" &#183; Goldstein {}", Signed(*e.goldstein));
    h += "</div>";
    if (!e.sentence_text.empty()) {
      h += "<blockquote>" + XmlEscape(e.sentence_text) + "</blockquote>";
    } else if (!e.verb_text.empty()) {
      h += "<blockquote>" + XmlEscape(e.verb_text) + "</blockquote>";
    }
    h += "<div class=\"doc\">";
    if (!e.doc_id.empty()) {
      h += fmt::format("Document {} (store id {}, sentence {})", XmlEscape(e.doc_id),
                       k.stored.document_id, e.sentence + 1);
    } else if (!k.stored.external.dataset.empty()) {
      h += fmt::format("Imported from {} (id {})", XmlEscape(k.stored.external.dataset),
                       XmlEscape(k.stored.external.external_id));
    }
    if (!k.stored.doc_title.empty()) h += ": \u201c" + XmlEscape(k.stored.doc_title) + "\u201d";
    // URLs as text: the brief references nothing outside itself.
    if (!k.stored.external.source_url.empty()) {
      h += " &#183; <span class=\"url\">" + XmlEscape(k.stored.external.source_url) + "</span>";
    }
    h += "</div></div>\n";
  }
  h += "</section>\n";
}

void ProvenanceSection(std::string& h, const BriefData& d) {
  const BriefProvenance& p = d.provenance;
  h += "<section id=\"provenance\"><h2>6. Data and provenance</h2>\n<table class=\"kv\"><tbody>\n";
  auto row = [&](const std::string& k, const std::string& v) {
    h += "<tr><th>" + k + "</th><td>" + v + "</td></tr>\n";
  };
  if (!p.store_label.empty()) {
    row("store", "<code>" + XmlEscape(p.store_label) + "</code>" +
                     (p.backend.empty() ? "" : " (" + XmlEscape(p.backend) + ")"));
  }
  row("corpus", fmt::format("{} documents, {} sentences, {} events ({} imported); {} distinct "
                            "after merging reports of one event by several outlets",
                            p.counts.documents, p.counts.sentences, p.counts.events,
                            p.counts.imported_events, p.counts.distinct_events));
  if (p.first_event && p.last_event) {
    row("events dated", p.first_event->ToString() + " to " + p.last_event->ToString());
  }
  row("this brief", fmt::format("{} to {}, by {}{}", d.from.ToString(), d.to.ToString(),
                                PeriodName(d.period),
                                d.period_reason.empty() ? "" : ". " + XmlEscape(d.period_reason)));
  std::string fps;
  for (const std::string& f : p.dict_fingerprints) fps += "<code>" + XmlEscape(f) + "</code><br>";
  row("dictionary fingerprint" + std::string(p.dict_fingerprints.size() > 1 ? "s" : ""),
      fps.empty() ? "not recorded" : fps);
  std::string cv;
  for (const std::string& c : p.coder_versions) cv += (cv.empty() ? "" : ", ") + XmlEscape(c);
  row("coder", cv.empty() ? "not recorded" : cv);
  row("ingest runs", std::to_string(p.runs));
  row("made by", "entente " + XmlEscape(p.entente_version) + ", " + XmlEscape(p.generated_at));
  h += "</tbody></table>\n";
  h += "<p class=\"muted\" style=\"font-size:13px\">Only asserted events count (not negated, "
       "hypothetical, intended or merely reported ones). Goldstein scores weigh each CAMEO event "
       "type from \u221210 (most conflictual) to +10 (most cooperative); net cooperation is their "
       "sum. See docs/brief.md for every definition.</p>\n</section>\n";
}

}  // namespace

std::string RenderBriefHtml(const BriefData& d) {
  const std::string rel = Dash(d.a, d.b);
  std::string h;
  h.reserve(200000);
  const std::string title =
      fmt::format("{} relations, {} to {}", rel, d.from.ToString(), d.to.ToString());
  h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<title>" + XmlEscape(title) + "</title>\n<style>" + kCss + "</style>\n</head>\n<body>\n";
  const int y0 = d.from.year(), y1 = d.to.year();
  h += "<header><h1>" + XmlEscape(rel) + " relations, " +
       (y0 == y1 ? std::to_string(y0) : Dash(std::to_string(y0), std::to_string(y1))) + "</h1>";
  h += fmt::format("<p class=\"sub\">{} to {}, by {}{} &#183; {} events &#183; an entente "
                   "brief, {}</p></header>\n",
                   d.from.ToString(), d.to.ToString(), PeriodName(d.period),
                   d.third.empty() ? "" : " &#183; third actor " + XmlEscape(d.third),
                   d.relation.count, XmlEscape(d.provenance.generated_at));
  h += "<section id=\"headline\" class=\"headline\"><h2 style=\"border:0;margin:0 0 4px\">"
       "Headline</h2>\n";
  for (const std::string& s : BriefHeadline(d)) h += "<p>" + XmlEscape(s) + "</p>\n";
  h += "</section>\n";
  RelationSection(h, d);
  TriangleSection(h, d);
  DriversSection(h, d);
  CaveatsSection(h, d);
  EventsSection(h, d);
  ProvenanceSection(h, d);
  h += "<footer>Made by entente " + XmlEscape(d.provenance.entente_version) +
       ". This file is self-contained: no scripts, no network; print it to PDF as it is.</footer>\n";
  h += "</body>\n</html>\n";
  return h;
}

}  // namespace entente
