// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente dyad A B`: one dyad's series per period (events by quad class, Goldstein sum and mean,
// net cooperation, optionally normalised by total volume), as a table with a few plain sentences,
// or as JSON/CSV.  Reads the store with ForEachEvent (dyad, dates, statuses); see series_cli.h.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

#include "cli.h"
#include "series_cli.h"

namespace entente::cli {
namespace {

struct DyadFlags {
  SeriesFlags series;
  std::vector<std::string> actors;
  bool directed = false;
};

int RunDyad(const DyadFlags& f);

}  // namespace

void RegisterDyad(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<DyadFlags>();
  CLI::App* cmd = app.add_subcommand(
      "dyad",
      "A dyad's series per period: events by quad class, Goldstein sum and mean, net cooperation.\n"
      "Both directions unless --directed (or A>B).  Example: entente dyad CHN RUS --by month "
      "--from 2014-01");
  cmd->add_option("actors", f->actors, "A B, or A-B / A>B")->required()->expected(1, 2);
  cmd->add_flag("--directed", f->directed, "only events from A towards B");
  AddSeriesFlags(cmd, &f->series, "month");
  cmd->callback([f, exit_code] { *exit_code = RunDyad(*f); });
}

namespace {

int RunDyad(const DyadFlags& f) {
  int exit_code = kExitOk;
  std::optional<LoadedDyad> loaded = LoadDyadFromArgs(f.series, f.actors, f.directed, &exit_code);
  if (!loaded) return exit_code;
  const OutputFormat* format = &loaded->format;
  const NamedDyad* dyad = &loaded->dyad;
  SeriesContext* ctx = &loaded->ctx;
  const DyadSeries* s = &loaded->series;
  const DyadSeries& series = *s;
  const bool norm = ctx->normalise;

  if (*format == OutputFormat::kJson) {
    nlohmann::json j = DyadSeriesJson(series, dyad->label);
    j["statuses"] = f.series.all_statuses ? "all" : "asserted";
    j["counting"] = f.series.all_mentions ? "mentions" : "distinct events";
    std::printf("%s\n", j.dump(1).c_str());
    return kExitOk;
  }
  Table t;
  t.headers = {"period",    "events",        "verb_coop",      "mat_coop", "verb_confl",
               "mat_confl", "goldstein_sum", "goldstein_mean", "net_coop", "net_count"};
  if (norm) t.headers.insert(t.headers.end(), {"volume", "share", "net_coop_per_event"});
  const bool csv = *format == OutputFormat::kCsv;
  if (!csv) {
    // On screen, net cooperation is the Goldstein sum (analysis.h); show it once.
    t.headers.erase(t.headers.begin() + 8);
    t.headers[6] = "net_coop";
  }
  for (const DyadPoint& p : series.points) {
    std::vector<std::string> row = {
        p.label,
        std::to_string(p.count),
        std::to_string(p.quad[0]),
        std::to_string(p.quad[1]),
        std::to_string(p.quad[2]),
        std::to_string(p.quad[3]),
        csv ? fmt::format("{}", p.goldstein_sum) : Num(p.goldstein_sum, 1),
        p.goldstein_mean ? (csv ? fmt::format("{}", *p.goldstein_mean) : Num(*p.goldstein_mean))
                         : (csv ? "" : "-"),
        csv ? fmt::format("{}", p.net_cooperation) : Num(p.net_cooperation, 1),
        std::to_string(p.net_cooperation_count)};
    if (!csv) row.erase(row.begin() + 8);
    if (norm) {
      row.push_back(std::to_string(p.total));
      row.push_back(csv ? fmt::format("{}", p.normalised->count)
                        : fmt::format("{:.1f}%", 100 * p.normalised->count));
      row.push_back(csv ? fmt::format("{}", p.normalised->net_cooperation)
                        : Num(p.normalised->net_cooperation, 3));
    }
    t.rows.push_back(std::move(row));
  }
  if (csv) {
    t.PrintCsv(stdout);
    return kExitOk;
  }

  const int64_t n = static_cast<int64_t>(series.points.size());
  std::printf(
      "%s (%s) by %s, %s to %s, %s\n", dyad->label.c_str(),
      series.dyad.directed
          ? (series.dyad.source + " towards " + series.dyad.target).c_str()
          : ("both directions, " + series.dyad.source + " and " + series.dyad.target).c_str(),
      std::string(PeriodName(series.period)).c_str(), series.from.ToString().c_str(),
      series.to.ToString().c_str(), CountedLabel(f.series).c_str());
  t.Print(stdout);

  // Plain sentences.
  int64_t empty = 0;
  double net = 0;
  const DyadPoint* best = nullptr;
  const DyadPoint* worst = nullptr;
  for (const DyadPoint& p : series.points) {
    if (p.count == 0) ++empty;
    net += p.net_cooperation;
    if (p.count == 0) continue;
    if (!best || p.net_cooperation > best->net_cooperation) best = &p;
    if (!worst || p.net_cooperation < worst->net_cooperation) worst = &p;
  }
  std::printf("\n");
  std::string summary = fmt::format(
      "{} events in {} {} ({} without any); net cooperation {} in all, {} per {} on average.",
      series.count, n, PeriodWord(series.period, n), empty, Num(net, 1),
      Num(n ? net / static_cast<double>(n) : 0), PeriodName(series.period));
  if (best && worst && best != worst) {
    summary +=
        fmt::format(" Most cooperative: {} ({}); most hostile: {} ({}).", best->label,
                    Num(best->net_cooperation, 1), worst->label, Num(worst->net_cooperation, 1));
  }
  PrintParagraph(stdout, summary);
  if (series.count < 3 * n) {
    PrintParagraph(
        stdout,
        fmt::format(
            "Caveat: {:.1f} events per {} on average; single reports move these numbers, so read "
            "trends over several {}.",
            n ? static_cast<double>(series.count) / static_cast<double>(n) : 0.0,
            PeriodName(series.period), PeriodWord(series.period, 2)));
  }
  if (!norm) {
    PrintParagraph(stdout,
                   "Raw sums grow with news volume; --normalise divides by all events "
                   "in each period.");
  }
  return kExitOk;
}

}  // namespace
}  // namespace entente::cli
