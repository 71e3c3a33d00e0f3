// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente import gdelt|icews [--db URL] FILE...`: read events coded elsewhere (entente/import.h)
// into a store, in batches of --batch events (one transaction each).  Importing a file twice adds
// nothing.  Reports bad rows (file:line: reason) and repeated ids on stderr, a progress line on a
// terminal, and per file and in total: rows read, imported, already stored, repeated in the file,
// bad (by reason).  rows read = imported + already stored + repeated + bad, always.
#include <chrono>
#include <cstdio>
#include <map>

#include "cli.h"
#include "entente/dict.h"
#include "entente/import.h"
#include "entente/store.h"

namespace entente::cli {
namespace {

struct ImportFlags {
  std::string source;
  std::string db = "sqlite:entente.db";
  std::vector<std::string> files;
  std::string date;
  std::string cameo;
  int64_t batch = 10000;
  int64_t show = 20;
  bool quiet = false;
};

struct Totals {
  int64_t rows = 0, imported = 0, already = 0, duplicates = 0, bad = 0;
  std::map<std::string, int64_t> bad_by_category;
  void Add(const Totals& o) {
    rows += o.rows;
    imported += o.imported;
    already += o.already;
    duplicates += o.duplicates;
    bad += o.bad;
    for (const auto& [k, v] : o.bad_by_category) bad_by_category[k] += v;
  }
  std::string Line() const {
    std::string s = std::to_string(rows) + " rows read, " + std::to_string(imported) +
                    " imported, " + std::to_string(already) + " already stored, " +
                    std::to_string(duplicates) + " repeated ids in the file, " +
                    std::to_string(bad) + " bad";
    if (!bad_by_category.empty()) {
      s += " (";
      bool first = true;
      for (const auto& [k, v] : bad_by_category) {
        s += (first ? "" : ", ") + k + " " + std::to_string(v);
        first = false;
      }
      s += ")";
    }
    return s;
  }
};

int RunImport(const ImportFlags& f) {
  auto source = ParseImportSource(f.source);
  if (!source.ok()) { Error(source.status().message()); return kExitUsage; }
  ImportOptions options;
  if (!f.date.empty()) {
    auto d = Date::Parse(f.date);
    if (!d.ok()) { Error("--date: " + d.status().message()); return kExitUsage; }
    options.default_date = *d;
  }
  // The CAMEO table: unknown codes are bad rows, and a missing Goldstein value is filled in.
  std::string cameo_path =
      f.cameo.empty() ? DictionarySet::DefaultBundledDir() + "/cameo/cameo_codes.tsv" : f.cameo;
  auto table = CameoTable::LoadFile(cameo_path);
  if (table.ok()) {
    options.cameo = &*table;
  } else if (!f.cameo.empty()) {
    Error(table.status().ToString());
    return kExitError;
  } else if (!f.quiet) {
    Warn("no CAMEO table (" + table.status().message() + "): event codes are checked for shape only");
  }

  auto store = OpenStore(f.db);
  if (!store.ok()) { Error(f.db + ": " + store.status().message()); return kExitError; }
  const bool tty = StderrIsTty() && !f.quiet;
  Totals all;
  int failed_files = 0;
  auto t0 = std::chrono::steady_clock::now();

  for (const std::string& path : f.files) {
    int64_t shown = 0, suppressed = 0;
    options.on_diagnostic = [&](const ImportDiagnostic& d) {
      if (d.kind == ImportDiagnostic::Kind::kNote) {
        if (!f.quiet) Warn(d.ToString());
        return;
      }
      if (shown < f.show) {
        ++shown;
        if (tty) std::fprintf(stderr, "\r\033[K");
        Error(d.ToString());
      } else {
        ++suppressed;
      }
    };
    auto reader = EventFileReader::Open(path, *source, options);
    if (!reader.ok()) {
      Error(reader.status().message());
      ++failed_files;
      continue;
    }
    Totals file;
    std::vector<ImportedEvent> batch;
    batch.reserve(static_cast<size_t>(f.batch));
    Status status;
    auto flush = [&]() -> Status {
      if (batch.empty()) return Status::OK();
      auto put = (*store)->PutImportedEvents(batch);
      if (!put.ok()) return put.status();
      file.imported += put->added;
      file.already += put->already_present;
      batch.clear();
      return Status::OK();
    };
    auto last_progress = std::chrono::steady_clock::now();
    while (status.ok()) {
      batch.emplace_back();
      auto more = (*reader)->Next(&batch.back());
      if (!more.ok()) { batch.pop_back(); status = more.status(); break; }
      if (!*more) { batch.pop_back(); break; }
      if (static_cast<int64_t>(batch.size()) >= f.batch) status = flush();
      auto now = std::chrono::steady_clock::now();
      if (tty && now - last_progress > std::chrono::milliseconds(250)) {
        std::fprintf(stderr, "\r\033[K%s: %lld rows, %lld imported", path.c_str(),
                     static_cast<long long>((*reader)->stats().rows),
                     static_cast<long long>(file.imported));
        last_progress = now;
      }
    }
    if (status.ok()) status = flush();
    if (tty) std::fprintf(stderr, "\r\033[K");
    const ImportFileStats& st = (*reader)->stats();
    file.rows = st.rows;
    file.duplicates = st.duplicates;
    file.bad = st.bad;
    file.bad_by_category = st.bad_by_category;
    if (suppressed > 0) {
      Error(path + ": " + std::to_string(suppressed) + " more bad or repeated rows not shown (see --show)");
    }
    if (!status.ok()) {
      Error(path + ": stopped: " + status.ToString() + " (the rows before were imported)");
      ++failed_files;
    }
    if (!f.quiet) {
      std::fprintf(stderr, "entente: %s: %s: %s\n", path.c_str(), (*reader)->format_name().c_str(),
                   file.Line().c_str());
    }
    all.Add(file);
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!f.quiet) {
    std::fprintf(stderr, "entente: imported into %s in %.1f s (%.0f rows/s): %s%s\n", f.db.c_str(), secs,
                 secs > 0 ? static_cast<double>(all.rows) / secs : 0.0, all.Line().c_str(),
                 failed_files ? (", " + std::to_string(failed_files) + " file(s) not read").c_str() : "");
  }
  if (failed_files > 0) return kExitError;
  return all.bad > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void RegisterImport(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<ImportFlags>();
  CLI::App* cmd = app.add_subcommand(
      "import",
      "Import events coded elsewhere: GDELT 1.0 (57/58 columns), GDELT 2.0 (61), GDELT extracts\n"
      "with a header row, and ICEWS event files (.gz too).  Ids are kept; importing a file twice\n"
      "adds nothing; bad rows are reported (file:line: reason), counted and skipped.\n"
      "Example: entente import gdelt --db sqlite:events.db 20191024143000.export.CSV");
  cmd->add_option("dataset", f->source, "gdelt or icews")->required()->check(CLI::IsMember({"gdelt", "icews"}));
  cmd->add_option("files", f->files, "event files")->required();
  cmd->add_option("--db", f->db, "store URL: sqlite:PATH (default sqlite:entente.db) or postgresql://...");
  cmd->add_option("--date", f->date, "date (YYYY-MM-DD) for files without a date column (default: a YYYYMMDD in the file name)");
  cmd->add_option("--cameo", f->cameo, "CAMEO code table (default: the bundled one)")->check(CLI::ExistingFile);
  cmd->add_option("--batch", f->batch, "events per transaction (default 10000)")->check(CLI::Range(int64_t{1}, int64_t{10000000}));
  cmd->add_option("--show", f->show, "bad or repeated rows to print per file (default 20; all are counted)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("-q,--quiet", f->quiet, "no progress or summary on stderr");
  cmd->callback([f, exit_code] { *exit_code = RunImport(*f); });
}

}  // namespace entente::cli
