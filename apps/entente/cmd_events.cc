// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente events`: query stored events by actor, dyad, code, date range and status; print an
// aligned table (default on a terminal) or JSONL.  One row per distinct event, with how many
// reports (mentions) it has; --mentions lists every report, --mentions-of ID those of one event.
#include <cstdio>
#include <sstream>

#include "cli.h"
#include "entente/report.h"
#include "entente/store.h"

namespace entente::cli {
namespace {

struct EventsFlags {
  std::string db = "sqlite:entente.db";
  EventFilterText filter;
  std::string format = "table";
  int64_t limit = 50;
  int64_t offset = 0;
};

std::string Clip(const std::string& s, size_t width) {
  if (s.size() <= width) return s;
  size_t cut = width > 1 ? width - 1 : 0;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return s.substr(0, cut) + "~";
}

int RunEvents(const EventsFlags& f) {
  std::optional<EventQuery> parsed = EventQueryFromFlags(f.filter);
  if (!parsed) return kExitUsage;
  EventQuery q = std::move(*parsed);
  if (f.limit > 0) q.limit = f.limit;
  q.offset = f.offset;

  StoreOptions so;
  so.create_if_missing = false;
  so.read_only = true;
  auto store = OpenStore(f.db, so);
  if (!store.ok()) { Error(f.db + ": " + store.status().message()); return kExitError; }
  auto rows = (*store)->QueryEvents(q);
  if (!rows.ok()) { Error(rows.status().ToString()); return kExitError; }
  if (f.format == "jsonl") {
    for (const StoredEvent& se : *rows) std::printf("%s\n", StoredEventToJsonLine(se).c_str());
    return kExitOk;
  }
  // "reports": a distinct event's mentions (reports by any outlet); "=ID" on a mention that
  // repeats event ID.
  std::printf("%8s  %-10s  %-12s  %-12s  %-5s  %6s  %-12s  %7s  %s\n", "id", "date", "source", "target",
              "code", "gold", "status", "reports", "sentence");
  for (const StoredEvent& se : *rows) {
    const Event& e = se.event;
    char g[16] = "-";
    if (e.goldstein) std::snprintf(g, sizeof g, "%.1f", *e.goldstein);
    std::string reports = "-";
    if (se.duplicate_of) {
      reports = "=" + std::to_string(*se.duplicate_of);
    } else if (se.external.num_mentions) {
      reports = std::to_string(*se.external.num_mentions);
    }
    std::printf("%8lld  %-10s  %-12s  %-12s  %-5s  %6s  %-12s  %7s  %s\n", static_cast<long long>(se.id),
                e.date.ToString().c_str(), Clip(e.source.str(), 12).c_str(), Clip(e.target.str(), 12).c_str(),
                e.code.ToString().c_str(), g, std::string(EventStatusName(e.status)).c_str(), reports.c_str(),
                Clip(e.sentence_text, 80).c_str());
  }
  auto total = (*store)->CountEvents(q);
  const char* what = q.distinct && !q.mentions_of ? "events" : "mentions";
  if (total.ok() && static_cast<int64_t>(rows->size()) < *total) {
    std::fprintf(stderr, "entente: showing %zu of %lld %s (use --limit/--offset)\n", rows->size(),
                 static_cast<long long>(*total), what);
  }
  return kExitOk;
}

}  // namespace

void RegisterEvents(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<EventsFlags>();
  CLI::App* cmd = app.add_subcommand(
      "events",
      "List stored events.  Actor codes match by prefix (RUS matches RUSGOV, RUSMIL).\n"
      "An event reported by several outlets is one row; 'reports' says how many documents told\n"
      "it (--mentions lists every report, --mentions-of ID the reports of one event).\n"
      "Example: entente events --dyad CHN-RUS --from 2019-01-01 --code 04");
  cmd->add_option("--db", f->db, "store URL (default sqlite:entente.db)");
  AddEventFilterFlags(cmd, &f->filter);
  cmd->add_option("--limit", f->limit, "at most this many events (default 50; 0 = all)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--offset", f->offset, "skip this many first")->check(CLI::NonNegativeNumber);
  cmd->add_option("--format", f->format,
                  "table (default) or jsonl (the `entente code` fields plus id, dataset, mentions, "
                  "sources, articles, duplicate_of)")->check(CLI::IsMember({"table", "jsonl"}));
  cmd->callback([f, exit_code] { *exit_code = RunEvents(*f); });
}

}  // namespace entente::cli
