// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente ingest`: read documents, code them on all cores, store documents, sentences and
// events.  Idempotent: a document whose text is already stored is skipped.  Progress (documents
// and their rate, new documents, events, share of the input read and the time left, from the
// input's size in bytes) is a status line on a terminal and a log line every 10 s otherwise.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli.h"
#include "entente/coder.h"
#include "entente/nlp.h"
#include "entente/store.h"
#include "parallel.h"

namespace entente::cli {
namespace {

struct IngestFlags {
  DictFlags dict;
  InputFlags input;
  std::string db = "sqlite:entente.db";
  std::vector<std::string> paths;
  int jobs = 0;
  int batch = 500;  // documents per store transaction; 0 = the whole input in one
  bool quiet = false;
};

// Bytes the inputs hold (files, and files under directories); 0 when unknown (standard input).
uint64_t InputBytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& p : paths) {
    if (p == "-") return 0;
    if (fs::is_directory(p, ec)) {
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

std::string Duration(double secs) {
  const long s = static_cast<long>(secs + 0.5);
  if (s < 60) return std::to_string(s) + "s";
  if (s < 3600) return std::to_string(s / 60) + "m" + std::to_string(s % 60) + "s";
  return std::to_string(s / 3600) + "h" + std::to_string(s / 60 % 60) + "m";
}

int RunIngest(const IngestFlags& f, const std::string& command_line) {
  auto opts = MakeIngestOptions(f.input);
  if (!opts.ok()) { Error(opts.status().message()); return kExitUsage; }
  auto dict = LoadDictionaries(f.dict, f.quiet);
  if (!dict.ok()) { Error(dict.status().ToString()); return kExitError; }
  auto analyzer = Analyzer::Create(MakeAnalyzerOptions(f.input));
  if (!analyzer.ok()) { Error(analyzer.status().ToString()); return kExitError; }
  Coder coder(**dict, **analyzer);
  auto store = OpenStore(f.db);
  if (!store.ok()) { Error(f.db + ": " + store.status().message()); return kExitError; }
  auto reader = OpenDocumentReader(f.paths, *opts);
  if (!reader.ok()) { Error(reader.status().message()); return kExitError; }

  auto run = (*store)->StartRun({command_line, (*dict)->fingerprint(), Coder::Version()});
  if (!run.ok()) { Error(run.status().ToString()); return kExitError; }
  Provenance prov{(*dict)->fingerprint(), Coder::Version(), *run};

  RunCounts counts;
  uint64_t skipped = 0, failed = 0;
  Status store_error;
  const bool tty = StderrIsTty() && !f.quiet;
  const bool log_lines = !tty && !f.quiet;
  const uint64_t input_bytes = InputBytes(f.paths);
  auto t0 = std::chrono::steady_clock::now();
  auto last_progress = t0;
  auto on_diag = [&](const IngestDiagnostic& d) {
    if (d.kind == DiagnosticKind::kSkipped) { ++skipped; Error(d.ToString()); }
    else if (!f.quiet) Warn(d.ToString());
  };
  if (Status s = (*store)->BeginBatch(); !s.ok()) { Error(s.ToString()); return kExitError; }
  // PostgreSQL with several ingests at once: a document this batch counted as new may have been
  // committed first by another process; the store kept one copy and says how many were ours.
  auto settle_races = [&] {
    BatchRaces races = (*store)->last_batch_races();
    counts.documents_added -= races.documents;
    counts.documents_skipped += races.documents;
    counts.events_added -= races.events;
  };
  size_t in_batch = 0;
  auto on_coded = [&](const Document& doc, Result<CodedDocument>& r) {
    ++counts.documents_seen;
    if (!store_error.ok()) return;
    if (!r.ok()) { ++skipped; ++counts.errors; Error(r.status().message()); return; }
    auto put = (*store)->PutDocument(doc, r->sentences, r->events, prov);
    if (!put.ok()) { store_error = put.status(); return; }
    if (put->already_present) ++counts.documents_skipped;
    else { ++counts.documents_added; counts.events_added += put->events_added; }
    if (f.batch > 0 && ++in_batch >= static_cast<size_t>(f.batch)) {
      store_error = (*store)->CommitBatch();
      settle_races();
      if (store_error.ok()) store_error = (*store)->BeginBatch();
      in_batch = 0;
    }
    auto now = std::chrono::steady_clock::now();
    if ((tty && now - last_progress > std::chrono::milliseconds(250)) ||
        (log_lines && now - last_progress > std::chrono::seconds(10))) {
      const double secs = std::chrono::duration<double>(now - t0).count();
      std::string line = std::to_string(counts.documents_seen) + " documents (" +
                         std::to_string(static_cast<long long>(counts.documents_seen / secs)) +
                         "/s), " + std::to_string(counts.documents_added) + " new, " +
                         std::to_string(counts.events_added) + " events";
      const uint64_t read = (*reader)->stats().bytes;
      if (input_bytes > 0 && read > 0) {
        const double share = std::min(1.0, static_cast<double>(read) / static_cast<double>(input_bytes));
        line += ", " + std::to_string(static_cast<int>(share * 100)) + "% read, ETA " +
                Duration(secs * (1 - share) / share);
      }
      if (tty) std::fprintf(stderr, "\r\033[K%s", line.c_str());
      else std::fprintf(stderr, "entente: %s\n", line.c_str());
      last_progress = now;
    }
  };
  Status st = CodeInParallel(reader->get(), coder, f.jobs, on_coded, on_diag, &failed);
  if (tty) std::fprintf(stderr, "\r\033[K");
  if (store_error.ok()) {
    store_error = (*store)->CommitBatch();
    settle_races();
  } else {
    (void)(*store)->RollbackBatch();
  }
  counts.errors += static_cast<int64_t>(skipped + failed);
  (void)(*store)->FinishRun(*run, counts);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!f.quiet) {
    std::fprintf(stderr,
                 "entente: ingested %lld documents into %s in %.1f s: %lld new, %lld already stored, "
                 "%lld events added, %llu skipped\n",
                 static_cast<long long>(counts.documents_seen), f.db.c_str(), secs,
                 static_cast<long long>(counts.documents_added), static_cast<long long>(counts.documents_skipped),
                 static_cast<long long>(counts.events_added), static_cast<unsigned long long>(skipped));
    if (auto total = (*store)->Counts(); total.ok()) {
      std::fprintf(stderr,
                   "entente: the store holds %lld event mentions, %lld distinct events (reports "
                   "of one event by several outlets or documents count once)\n",
                   static_cast<long long>(total->events), static_cast<long long>(total->distinct_events));
    }
  }
  if (!st.ok()) { Error(st.message()); return kExitError; }
  if (!store_error.ok()) { Error(f.db + ": " + store_error.ToString()); return kExitError; }
  if (failed > 0) return kExitError;
  return skipped > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void RegisterIngest(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<IngestFlags>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Code documents and keep them, their sentences and events in a store.\n"
      "Ingesting the same text twice adds nothing (documents are identified by content).\n"
      "Example: entente ingest --db sqlite:entente.db data/samples/demo_corpus.jsonl");
  AddDictFlags(cmd, &f->dict);
  AddInputFlags(cmd, &f->input);
  cmd->add_option("--db", f->db, "store URL: sqlite:PATH (default sqlite:entente.db) or postgresql://...");
  cmd->add_option("inputs", f->paths, "files, directories, or - for JSONL on stdin")->required();
  cmd->add_option("-j,--jobs", f->jobs, "coding threads (default: all cores)")->check(CLI::Range(0, 256));
  cmd->add_option("--batch", f->batch,
                  "documents per store transaction (default 500); 0 = the whole input in one\n"
                  "transaction: all or nothing (entente-dask uses it per partition; PostgreSQL holds\n"
                  "the batch in memory until it commits)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("-q,--quiet", f->quiet, "no progress or summary on stderr");
  cmd->callback([f, exit_code, cmd] {
    std::string line = "entente ingest";
    for (const auto& p : f->paths) line += " " + p;
    *exit_code = RunIngest(*f, line);
  });
}

}  // namespace entente::cli
