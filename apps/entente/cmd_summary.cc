// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente summary`: what is in a store, for a person: documents, sentences, events by root code,
// the top dyads and a dyad's monthly Goldstein trend (China-Russia by default).
#include <cmath>
#include <cstdio>

#include "cli.h"
#include "entente/analysis.h"
#include "entente/cameo.h"
#include "entente/dict.h"
#include "entente/store.h"

namespace entente::cli {
namespace {

struct SummaryFlags {
  std::string db = "sqlite:entente.db";
  std::string dyad = "CHN-RUS";
  std::string by = "year";
  int top = 10;
};

int RunSummary(const SummaryFlags& f);

}  // namespace

void RegisterSummary(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<SummaryFlags>();
  CLI::App* cmd = app.add_subcommand(
      "summary",
      "Summarise a store: documents, sentences, events by CAMEO root, top dyads, and one dyad's\n"
      "Goldstein trend (asserted events).  Example: entente summary --dyad CHN-RUS --by month");
  cmd->add_option("--db", f->db, "store URL (default sqlite:entente.db)");
  cmd->add_option("--dyad", f->dyad, "dyad for the trend, A-B (default CHN-RUS)");
  cmd->add_option("--by", f->by, "trend period: month, quarter or year (default year)")
      ->check(CLI::IsMember({"month", "quarter", "year"}));
  cmd->add_option("--top", f->top, "how many dyads to list (default 10)")->check(CLI::Range(1, 1000));
  cmd->callback([f, exit_code] { *exit_code = RunSummary(*f); });
}

}  // namespace entente::cli

namespace entente::cli {
namespace {

std::string Bar(double value, double max_abs, int width) {
  if (max_abs <= 0) return "";
  int n = static_cast<int>(std::lround(std::fabs(value) / max_abs * width));
  std::string s;
  for (int i = 0; i < n; ++i) s += value >= 0 ? "+" : "-";
  return s;
}

const char* RootLabel(const CameoTable* table, const std::string& root) {
  if (!table) return "";
  const CameoEntry* e = table->Find(root);
  return e ? e->label.c_str() : "";
}

int RunSummary(const SummaryFlags& f) {
  StoreOptions so;
  so.create_if_missing = false;
  so.read_only = true;
  auto store = OpenStore(f.db, so);
  if (!store.ok()) { Error(f.db + ": " + store.status().message()); return kExitError; }
  EventStore& st = **store;
  auto counts = st.Counts();
  if (!counts.ok()) { Error(counts.status().ToString()); return kExitError; }
  EventQuery asserted;  // default: asserted only
  auto n_asserted = st.CountEvents(asserted);
  if (!n_asserted.ok()) { Error(n_asserted.status().ToString()); return kExitError; }

  // Labels for root codes, from the bundled table when it is there.
  auto table = CameoTable::LoadFile(DictionarySet::DefaultBundledDir() + "/cameo/cameo_codes.tsv");
  const CameoTable* labels = table.ok() ? &*table : nullptr;

  std::printf("entente summary of %s\n\n", f.db.c_str());
  std::printf("  documents  %lld\n  sentences  %lld\n  events     %lld mentions, %lld distinct after merging "
              "reports by several outlets\n             (%lld distinct and asserted; the rest negated, "
              "hypothetical or intended)\n\n",
              static_cast<long long>(counts->documents), static_cast<long long>(counts->sentences),
              static_cast<long long>(counts->events), static_cast<long long>(counts->distinct_events),
              static_cast<long long>(*n_asserted));

  auto roots = st.CountEventsByRoot(asserted);
  if (!roots.ok()) { Error(roots.status().ToString()); return kExitError; }
  std::printf("Asserted events by CAMEO root\n");
  for (const RootCount& r : *roots) {
    std::printf("  %-3s %-44s %6lld\n", r.root.empty() ? "--" : r.root.c_str(), RootLabel(labels, r.root),
                static_cast<long long>(r.count));
  }

  TopDyadsOptions to;
  to.limit = f.top;
  auto dyads = st.TopDyads(asserted, to);
  if (!dyads.ok()) { Error(dyads.status().ToString()); return kExitError; }
  std::printf("\nTop dyads (country level, both directions)\n");
  for (const DyadCount& d : *dyads) {
    std::string pair = d.source + "-" + d.target;
    std::printf("  %-14s %6lld\n", pair.c_str(), static_cast<long long>(d.count));
  }

  // The trend of one dyad.
  auto dash = f.dyad.find_first_of("-,");
  if (dash == std::string::npos) { Error("--dyad wants A-B, e.g. CHN-RUS"); return kExitUsage; }
  std::string a = f.dyad.substr(0, dash), b = f.dyad.substr(dash + 1);
  std::vector<EventPoint> all;
  std::optional<Date> first, last;
  Status s = st.ForEachEvent(asserted, [&](const StoredEvent& se) {
    all.push_back(ToEventPoint(se.event));
    if (!first || se.event.date < *first) first = se.event.date;
    if (!last || *last < se.event.date) last = se.event.date;
    return Status::OK();
  });
  if (!s.ok()) { Error(s.ToString()); return kExitError; }
  if (!first) { std::printf("\nNo asserted events yet.\n"); return kExitOk; }
  Period period = *ParsePeriod(f.by);
  SeriesOptions sopt;
  sopt.normalise = true;
  auto series = BuildDyadSeries(all, DyadSpec{a, b, false}, period, *first, *last, sopt);
  if (!series.ok()) { Error(series.status().ToString()); return kExitError; }
  double max_abs = 0;
  for (const DyadPoint& p : series->points) max_abs = std::max(max_abs, std::fabs(p.goldstein_sum));
  std::printf("\n%s-%s by %s: events, cooperation/conflict counts, mean and summed Goldstein "
              "(-10 hostile .. +10 cooperative), share of all events\n",
              a.c_str(), b.c_str(), f.by.c_str());
  std::printf("  %-8s %6s %5s %5s %6s %7s %6s\n", "period", "events", "coop", "confl", "mean", "sum", "share");
  for (const DyadPoint& p : series->points) {
    int64_t coop = p.quad[0] + p.quad[1], confl = p.quad[2] + p.quad[3];
    char mean[16] = "   -";
    if (p.goldstein_mean) std::snprintf(mean, sizeof mean, "%+.2f", *p.goldstein_mean);
    double share = p.normalised ? p.normalised->count * 100 : 0;
    std::printf("  %-8s %6lld %5lld %5lld %6s %+7.1f %5.1f%% %s\n", p.label.c_str(),
                static_cast<long long>(p.count), static_cast<long long>(coop), static_cast<long long>(confl),
                mean, p.goldstein_sum, share, Bar(p.goldstein_sum, max_abs, 30).c_str());
  }
  return kExitOk;
}

}  // namespace
}  // namespace entente::cli
