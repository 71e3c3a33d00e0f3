// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente changes A B`: change points in a dyad series (PELT with a normal mean-and-variance or
// mean-only cost; stats.h) and alerts for periods that depart from their own trailing baseline by
// more than k standard deviations.  Table with sentences on a terminal, or JSON/CSV.
#include <fmt/format.h>

#include <cstdio>

#include "cli.h"
#include "entente/stats.h"
#include "series_cli.h"

namespace entente::cli {
namespace {

struct ChangesFlags {
  SeriesFlags series;
  std::vector<std::string> actors;
  bool directed = false;
  std::string cost = "meanvar";
  double penalty = -1;
  int min_segment = 3;
  double floor = 0.01;
  int window = 12;
  double k = 2.0;
};

int RunChanges(const ChangesFlags& f);

}  // namespace

void RegisterChanges(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<ChangesFlags>();
  CLI::App* cmd = app.add_subcommand(
      "changes",
      "Change points in a dyad series (PELT) and alerts for periods more than k s.d. from their\n"
      "trailing baseline.  Example: entente changes CHN RUS --by quarter");
  cmd->add_option("actors", f->actors, "A B, or A-B / A>B")->required()->expected(1, 2);
  cmd->add_flag("--directed", f->directed, "only events from A towards B");
  cmd->add_option("--cost", f->cost,
                  "meanvar (default): changes in mean and variance; mean: changes in mean only")
      ->check(CLI::IsMember({"meanvar", "mean"}));
  cmd->add_option("--penalty", f->penalty,
                  "penalty per change (default 3 ln n for meanvar, 2 ln n for mean)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--min-segment", f->min_segment, "shortest segment in periods (default 3)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--floor", f->floor,
                  "meanvar: segment variance floor as a fraction of the series' variance "
                  "(default 0.01)")
      ->check(CLI::Range(1e-9, 1.0));
  cmd->add_option("--window", f->window, "alert baseline: preceding periods (default 12)")
      ->check(CLI::Range(2, 1000));
  cmd->add_option("--k", f->k, "alert when |value - baseline mean| > k s.d. (default 2)")
      ->check(CLI::PositiveNumber);
  AddSeriesFlags(cmd, &f->series, "month");
  cmd->callback([f, exit_code] { *exit_code = RunChanges(*f); });
}

namespace {

int RunChanges(const ChangesFlags& f) {
  int exit_code = kExitOk;
  std::optional<LoadedDyad> loaded = LoadDyadFromArgs(f.series, f.actors, f.directed, &exit_code);
  if (!loaded) return exit_code;
  const OutputFormat* format = &loaded->format;
  const NamedDyad* dyad = &loaded->dyad;
  SeriesContext* ctx = &loaded->ctx;
  const DyadSeries* s = &loaded->series;
  Result<std::vector<double>> values = DyadValues(*s, ctx->measure, ctx->normalise);
  if (!values.ok()) {
    Error(values.status().ToString());
    return kExitError;
  }
  const std::vector<double>& x = *values;
  const std::vector<DyadPoint>& pts = s->points;

  ChangePointOptions co;
  co.cost = f.cost == "mean" ? ChangeCost::kNormalMean : ChangeCost::kNormalMeanVar;
  if (f.penalty >= 0) co.penalty = f.penalty;
  co.min_segment = f.min_segment;
  co.variance_floor = f.floor;
  Result<ChangePoints> cp = DetectChangePoints(x, co);
  if (!cp.ok()) {
    Error(dyad->label + ": " + cp.status().message() + " (" + std::to_string(s->count) +
          " events in " + std::to_string(pts.size()) + " " + PeriodWord(ctx->period, 2) + ")");
    return kExitError;
  }
  AlertOptions ao;
  ao.window = f.window;
  ao.k = f.k;
  Result<std::vector<Alert>> alerts = DetectBaselineAlerts(x, ao);
  if (!alerts.ok()) {
    Error(alerts.status().message());
    return kExitError;
  }
  std::string measure(DyadMeasureName(ctx->measure));
  for (char& c : measure) c = c == '-' ? ' ' : c;
  if (ctx->normalise && ctx->measure != DyadMeasure::kGoldsteinMean) measure += " per event";

  if (*format == OutputFormat::kJson) {
    using nlohmann::json;
    json j;
    j["dyad"] = dyad->label;
    j["period"] = std::string(PeriodName(ctx->period));
    j["from"] = ctx->from.ToString();
    j["to"] = ctx->to.ToString();
    j["measure"] = std::string(DyadMeasureName(ctx->measure));
    j["normalised"] = ctx->normalise;
    j["cost"] = f.cost;
    j["penalty"] = cp->penalty;
    j["min_segment"] = f.min_segment;
    j["variance_floor"] = cp->variance_floor;
    json labels = json::array();
    for (const DyadPoint& p : pts) labels.push_back(p.label);
    j["labels"] = labels;
    j["values"] = x;
    json changes = json::array();
    for (int c : cp->changes) changes.push_back(pts[static_cast<size_t>(c)].label);
    j["changes"] = changes;
    json segs = json::array();
    for (const Segment& g : cp->segments) {
      segs.push_back({{"from", pts[static_cast<size_t>(g.begin)].label},
                      {"to", pts[static_cast<size_t>(g.end - 1)].label},
                      {"periods", g.end - g.begin},
                      {"mean", g.mean},
                      {"sd", std::sqrt(g.variance)}});
    }
    j["segments"] = segs;
    json al = json::array();
    for (const Alert& a : *alerts) {
      al.push_back({{"period", pts[static_cast<size_t>(a.index)].label},
                    {"value", a.value},
                    {"baseline_mean", a.baseline_mean},
                    {"baseline_sd", a.baseline_sd},
                    {"z", JsonNumber(a.z)}});
    }
    j["alerts"] = {{"window", f.window}, {"k", f.k}, {"periods", al}};
    std::printf("%s\n", j.dump(1).c_str());
    return kExitOk;
  }
  if (*format == OutputFormat::kCsv) {
    Table t;
    t.headers = {"period", "value", "segment", "segment_mean", "alert_z"};
    size_t seg = 0;
    size_t next_alert = 0;
    for (size_t i = 0; i < pts.size(); ++i) {
      while (seg + 1 < cp->segments.size() && static_cast<int>(i) >= cp->segments[seg].end) ++seg;
      std::string z;
      if (next_alert < alerts->size() && (*alerts)[next_alert].index == static_cast<int>(i)) {
        z = fmt::format("{}", (*alerts)[next_alert++].z);
      }
      t.rows.push_back({pts[i].label, fmt::format("{}", x[i]), std::to_string(seg),
                        fmt::format("{}", cp->segments[seg].mean), z});
    }
    t.PrintCsv(stdout);
    return kExitOk;
  }

  std::printf("Change points in %s %s by %s, %s to %s (%zu %s, %lld events)\n", dyad->label.c_str(),
              measure.c_str(), std::string(PeriodName(ctx->period)).c_str(),
              ctx->from.ToString().c_str(), ctx->to.ToString().c_str(), pts.size(),
              PeriodWord(ctx->period, static_cast<int64_t>(pts.size())).c_str(),
              static_cast<long long>(s->count));
  std::printf("PELT, %s cost, penalty %.2f per change, segments of at least %d %s\n\n",
              f.cost == "mean" ? "normal mean" : "normal mean-and-variance", cp->penalty,
              f.min_segment, PeriodWord(ctx->period, f.min_segment).c_str());
  Table st;
  st.headers = {"from", "to", PeriodWord(ctx->period, 2), "mean", "sd"};
  for (const Segment& g : cp->segments) {
    st.rows.push_back({pts[static_cast<size_t>(g.begin)].label,
                       pts[static_cast<size_t>(g.end - 1)].label, std::to_string(g.end - g.begin),
                       Num(g.mean), Fixed(std::sqrt(g.variance))});
  }
  st.Print(stdout);

  std::printf("\nAlerts: more than %g s.d. from the previous %d %s\n", f.k, f.window,
              PeriodWord(ctx->period, f.window).c_str());
  if (alerts->empty()) {
    std::printf("  none\n");
  } else {
    Table at;
    at.headers = {"period", "value", "baseline", "sd", "z", "events"};
    for (const Alert& a : *alerts) {
      at.rows.push_back({pts[static_cast<size_t>(a.index)].label, Num(a.value),
                         Num(a.baseline_mean), Fixed(a.baseline_sd), Num(a.z),
                         std::to_string(pts[static_cast<size_t>(a.index)].count)});
    }
    at.Print(stdout);
  }

  std::printf("\n");
  if (cp->changes.empty()) {
    PrintParagraph(stdout, fmt::format("No change point: one regime, mean {} per {} (sd {}).",
                                       Num(cp->segments[0].mean), PeriodName(ctx->period),
                                       Fixed(std::sqrt(cp->segments[0].variance))));
  }
  for (size_t i = 1; i < cp->segments.size(); ++i) {
    const Segment& a = cp->segments[i - 1];
    const Segment& b = cp->segments[i];
    PrintParagraph(
        stdout,
        fmt::format("- From {}, {} {} moved from a mean of {} (sd {}) to {} (sd {}) per {}.",
                    pts[static_cast<size_t>(b.begin)].label, dyad->label, measure, Num(a.mean),
                    Fixed(std::sqrt(a.variance)), Num(b.mean), Fixed(std::sqrt(b.variance)),
                    PeriodName(ctx->period)));
  }
  for (const Alert& a : *alerts) {
    PrintParagraph(
        stdout,
        fmt::format("- {}: {} {}, {} the previous {} {}' mean of {}{}.",
                    pts[static_cast<size_t>(a.index)].label, measure, Num(a.value),
                    std::isinf(a.z) ? std::string("departing from the constant value of")
                                    : fmt::format("{:.1f} s.d. {}", std::fabs(a.z),
                                                  a.z > 0 ? "above" : "below"),
                    f.window, PeriodWord(ctx->period, f.window), Num(a.baseline_mean),
                    pts[static_cast<size_t>(a.index)].count < 3
                        ? fmt::format(" (only {} event{})", pts[static_cast<size_t>(a.index)].count,
                                      pts[static_cast<size_t>(a.index)].count == 1 ? "" : "s")
                        : ""));
  }
  if (s->count < 3 * static_cast<int64_t>(pts.size())) {
    PrintParagraph(
        stdout,
        fmt::format(
            "Caveat: {:.1f} events per {} on average; with so few reports a 'change' can be one "
            "story{}.",
            static_cast<double>(s->count) / static_cast<double>(pts.size()),
            PeriodName(ctx->period),
            ctx->period == Period::kYear
                ? ""
                : fmt::format("; a longer period (--by {}) pools more",
                              PeriodName(static_cast<Period>(static_cast<int>(ctx->period) + 1)))));
  }
  return kExitOk;
}

}  // namespace
}  // namespace entente::cli
