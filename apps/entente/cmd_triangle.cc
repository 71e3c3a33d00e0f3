// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente triangle A B C`: Dittmer's strategic triangle per period.  Builds the three undirected
// dyad series (A-B, B-C, C-A), turns each period's value (mean Goldstein score by default) into a
// sign with a neutral band (--threshold), classifies the triangle (menage a trois, romantic with
// its pivot, stable marriage with its pair and outsider, unit veto) and reports spells and
// transitions, as a table with sentences or as JSON/CSV.
#include <fmt/format.h>

#include <cstdio>

#include "cli.h"
#include "series_cli.h"

namespace entente::cli {
namespace {

struct TriangleFlags {
  SeriesFlags series;
  std::vector<std::string> actors;
  double threshold = 0.5;
  int64_t min_events = 1;
};

int RunTriangle(const TriangleFlags& f);

}  // namespace

void RegisterTriangle(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<TriangleFlags>();
  CLI::App* cmd = app.add_subcommand(
      "triangle",
      "Dittmer's strategic triangle of three actors per period (menage a trois, romantic triangle\n"
      "and its pivot, stable marriage and its outsider, unit veto) with spells and transitions.\n"
      "Example: entente triangle USA CHN RUS --by quarter");
  cmd->add_option("actors", f->actors, "three actors, e.g. USA CHN RUS")->required()->expected(3);
  AddSeriesFlags(cmd, &f->series, "quarter");
  f->series.measure = "goldstein-mean";
  cmd->add_option("--threshold", f->threshold,
                  "a side is + above this value, - below minus it, neutral between "
                  "(default 0.5; the default measure is goldstein-mean)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--min-events", f->min_events,
                  "a side with fewer events in a period is neutral (default 1)")
      ->check(CLI::NonNegativeNumber);
  cmd->callback([f, exit_code] { *exit_code = RunTriangle(*f); });
}

namespace {

std::string SignText(const TriangleState& s) {
  std::string t;
  for (int v : s.signs) t += v > 0 ? '+' : (v < 0 ? '-' : '0');
  return t;
}

int RunTriangle(const TriangleFlags& f) {
  Result<OutputFormat> format = ParseFormat(f.series.format);
  if (!format.ok()) {
    Error(format.status().message());
    return kExitUsage;
  }
  if (f.actors.size() != 3) {
    Error("triangle: give exactly three actors, e.g. USA CHN RUS");
    return kExitUsage;
  }
  Result<SeriesContext> ctx = OpenSeriesContext(f.series);
  if (!ctx.ok()) {
    Error(ctx.status().message());
    return ctx.status().code() == ErrorCode::kInvalidArgument ? kExitUsage : kExitError;
  }
  TriangleOptions to;
  to.threshold = f.threshold;
  Result<TriangleSeries> tri =
      LoadTriangle(*ctx, {f.actors[0], f.actors[1], f.actors[2]}, to, f.min_events);
  if (!tri.ok()) {
    Error(tri.status().ToString());
    return kExitError;
  }
  const std::vector<std::string> names(tri->names.begin(), tri->names.end());
  const std::vector<std::string> side_names(tri->relations.begin(), tri->relations.end());
  const std::array<DyadSeries, 3>& sides = tri->sides;
  const TriangleHistory* h = &tri->history;
  const std::vector<DyadPoint>& pts = sides[0].points;
  const int64_t n = static_cast<int64_t>(pts.size());

  if (*format == OutputFormat::kJson) {
    nlohmann::json j = TriangleJson(*ctx, *tri, f.threshold, f.min_events);
    std::printf("%s\n", j.dump(1).c_str());
    return kExitOk;
  }

  Table t;
  t.headers = {"period"};
  for (const std::string& s : side_names) t.headers.insert(t.headers.end(), {s, "n"});
  t.headers.insert(t.headers.end(), {"signs", "type", "role"});
  const bool csv = *format == OutputFormat::kCsv;
  for (size_t i = 0; i < h->states.size(); ++i) {
    const TriangleState& s = h->states[i];
    std::vector<std::string> row = {pts[i].label};
    for (size_t r = 0; r < 3; ++r) {
      row.push_back(csv ? fmt::format("{}", s.values[r]) : Num(s.values[r]));
      row.push_back(std::to_string(sides[r].points[i].count));
    }
    row.push_back(SignText(s));
    row.push_back(std::string(TriangleTypeName(s.type)));
    row.push_back(TriangleRole(s, names));
    t.rows.push_back(std::move(row));
  }
  if (csv) {
    t.PrintCsv(stdout);
    return kExitOk;
  }
  std::printf(
      "Triangle %s-%s-%s by %s, %s to %s: %s per side (both directions), + above %g, - "
      "below -%g%s\n",
      names[0].c_str(), names[1].c_str(), names[2].c_str(),
      std::string(PeriodName(ctx->period)).c_str(), ctx->from.ToString().c_str(),
      ctx->to.ToString().c_str(), std::string(DyadMeasureName(ctx->measure)).c_str(), f.threshold,
      f.threshold,
      f.min_events > 1
          ? fmt::format(", sides with fewer than {} events neutral", f.min_events).c_str()
          : "");
  t.Print(stdout);

  std::printf("\nSpells\n");
  Table sp;
  sp.headers = {"from", "to", "periods", "type", "role"};
  for (const TriangleSpell& s : h->spells) {
    sp.rows.push_back({pts[static_cast<size_t>(s.begin)].label,
                       pts[static_cast<size_t>(s.end - 1)].label, std::to_string(s.end - s.begin),
                       std::string(TriangleTypeName(s.type)), TriangleSpellRole(s, names)});
  }
  sp.Print(stdout);

  std::printf("\nTransitions between consecutive determinate periods (rows: from, columns: to)\n");
  Table tr;
  tr.headers = {"from \\ to"};
  for (int b = 1; b < kTriangleTypes; ++b) {
    tr.headers.push_back(std::string(TriangleTypeName(static_cast<TriangleType>(b))));
  }
  for (int a = 1; a < kTriangleTypes; ++a) {
    std::vector<std::string> row = {std::string(TriangleTypeName(static_cast<TriangleType>(a)))};
    for (int b = 1; b < kTriangleTypes; ++b) {
      row.push_back(std::to_string(
          h->determinate_transitions[static_cast<size_t>(a)][static_cast<size_t>(b)]));
    }
    tr.rows.push_back(std::move(row));
  }
  tr.Print(stdout);

  // Sentences.
  std::printf("\n");
  std::string mix;
  for (int a = 1; a < kTriangleTypes; ++a) {
    const int c = h->type_counts[static_cast<size_t>(a)];
    if (c == 0) continue;
    mix +=
        fmt::format("{}{} {} {}", mix.empty() ? "" : ", ",
                    TriangleTypeName(static_cast<TriangleType>(a)), c, PeriodWord(ctx->period, c));
  }
  const int ind = h->type_counts[0];
  int changes = 0;
  for (int a = 0; a < kTriangleTypes; ++a) {
    for (int b = 0; b < kTriangleTypes; ++b) {
      if (a != b && a != 0 && b != 0)
        changes += h->determinate_transitions[static_cast<size_t>(a)][static_cast<size_t>(b)];
    }
  }
  PrintParagraph(stdout,
                 fmt::format("Over {} {}: {}{}; {} indeterminate. The type changed {} "
                             "times between determinate periods.",
                             n, PeriodWord(ctx->period, n),
                             mix.empty() ? "no determinate periods" : mix, "", ind, changes));
  const TriangleSpell* last = nullptr;
  for (const TriangleSpell& s : h->spells) {
    if (s.type != TriangleType::kIndeterminate) last = &s;
  }
  if (last) {
    const std::string role = TriangleSpellRole(*last, names);
    PrintParagraph(stdout,
                   fmt::format("Latest determinate shape: {}{} from {} to {}.",
                               TriangleTypeName(last->type), role.empty() ? "" : " (" + role + ")",
                               pts[static_cast<size_t>(last->begin)].label,
                               pts[static_cast<size_t>(last->end - 1)].label));
  }
  if (ind * 2 > n) {
    PrintParagraph(
        stdout,
        fmt::format(
            "Caveat: {} of {} {} are indeterminate (a side without events or with a neutral mean); "
            "a longer --by or a lower --threshold shows more, at the cost of detail.",
            ind, n, PeriodWord(ctx->period, n)));
  }
  return kExitOk;
}

}  // namespace
}  // namespace entente::cli
