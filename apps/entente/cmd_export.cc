// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente export [--db URL] [--format csv|jsonl|gdelt] [filters] [-o FILE]`: write stored events
// (coded here and imported) as CSV, JSONL or GDELT 1.0 TSV (entente/import.h), streaming, so the
// store may be larger than memory.  The filters are those of `entente events`, plus --dataset.
#include <cstdio>
#include <memory>
#include <sstream>

#include "cli.h"
#include "entente/import.h"
#include "entente/store.h"

namespace entente::cli {
namespace {

struct ExportFlags {
  std::string db = "sqlite:entente.db";
  std::string format = "csv";
  std::string output;
  EventFilterText filter;
  std::string dataset;
  bool dataset_given = false;
  int64_t limit = 0;
};

int RunExport(const ExportFlags& f) {
  auto format = ParseExportFormat(f.format);
  if (!format.ok()) { Error(format.status().message()); return kExitUsage; }
  std::optional<EventQuery> parsed = EventQueryFromFlags(f.filter);
  if (!parsed) return kExitUsage;
  EventQuery q = std::move(*parsed);
  q.order = EventOrder::kDateAscending;
  if (f.dataset_given) q.dataset = f.dataset == "coded" ? "" : f.dataset;
  if (f.limit > 0) q.limit = f.limit;
  q.with_sentence_text = *format != ExportFormat::kGdelt;

  StoreOptions so;
  so.create_if_missing = false;
  so.read_only = true;
  auto store = OpenStore(f.db, so);
  if (!store.ok()) { Error(f.db + ": " + store.status().message()); return kExitError; }

  std::FILE* out = stdout;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, &std::fclose);
  if (!f.output.empty() && f.output != "-") {
    file.reset(std::fopen(f.output.c_str(), "wb"));
    if (!file) { Error("cannot write '" + f.output + "'"); return kExitError; }
    out = file.get();
  }
  std::string header = ExportHeader(*format);
  if (!header.empty()) std::fprintf(out, "%s\n", header.c_str());
  int64_t n = 0;
  std::string line;
  Status st = (*store)->ForEachEvent(q, [&](const StoredEvent& se) {
    line = ExportLine(*format, se);
    line += '\n';
    if (std::fwrite(line.data(), 1, line.size(), out) != line.size()) {
      return Status::IOError("writing the export failed");
    }
    ++n;
    return Status::OK();
  });
  if (std::fflush(out) != 0 && st.ok()) st = Status::IOError("writing the export failed");
  if (!st.ok()) { Error(st.ToString()); return kExitError; }
  if (file && std::fclose(file.release()) != 0) { Error("writing '" + f.output + "' failed"); return kExitError; }
  std::fprintf(stderr, "entente: exported %lld events (%s)\n", static_cast<long long>(n), f.format.c_str());
  return kExitOk;
}

}  // namespace

void RegisterExport(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<ExportFlags>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Write stored events as CSV (with a header), JSONL, or GDELT 1.0 TSV (58 columns, which\n"
      "`entente import gdelt` and GDELT tools read).  Filters as for `entente events`.\n"
      "Example: entente export --format gdelt --dyad CHN-RUS --from 2019-01-01 -o chn_rus.tsv");
  cmd->add_option("--db", f->db, "store URL (default sqlite:entente.db)");
  cmd->add_option("--format", f->format, "csv (default), jsonl or gdelt")->check(CLI::IsMember({"csv", "jsonl", "gdelt"}));
  cmd->add_option("-o,--output", f->output, "file to write (default: stdout)");
  AddEventFilterFlags(cmd, &f->filter);
  cmd->add_option("--dataset", f->dataset, "only events from this dataset: gdelt, gdelt-reduced, icews, or coded (entente's own)")
      ->each([f](const std::string&) { f->dataset_given = true; });
  cmd->add_option("--limit", f->limit, "at most this many events (default: all)")->check(CLI::NonNegativeNumber);
  cmd->callback([f, exit_code] { *exit_code = RunExport(*f); });
}

}  // namespace entente::cli
