// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente ingest`: read documents, code them on all cores, store documents, sentences and
// events.  Idempotent: a document whose text is already stored is skipped.
#include <chrono>
#include <cstdio>

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

int RunIngest(const IngestFlags& f, const std::string& command_line) {
  auto opts = MakeIngestOptions(f.input);
  if (!opts.ok()) { Error(opts.status().message()); return kExitUsage; }
  auto dict = LoadDictionaries(f.dict, f.quiet);
  if (!dict.ok()) { Error(dict.status().ToString()); return kExitError; }
  auto analyzer = Analyzer::Create();
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
    if (tty && now - last_progress > std::chrono::milliseconds(250)) {
      double secs = std::chrono::duration<double>(now - t0).count();
      std::fprintf(stderr, "\r\033[K%lld documents (%.0f/s), %lld new, %lld events",
                   static_cast<long long>(counts.documents_seen), counts.documents_seen / secs,
                   static_cast<long long>(counts.documents_added), static_cast<long long>(counts.events_added));
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
