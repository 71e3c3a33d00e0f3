// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente code`: documents in, events out as JSONL on stdout (DESIGN.md contract).  Streams:
// documents are read, coded on all cores in batches and printed in input order, so memory stays
// bounded whatever the input size (usable as a Spark pipe() / Hadoop Streaming mapper).
#include <cstdio>
#include <memory>
#include <thread>

#include "cli.h"
#include "entente/coder.h"
#include "entente/nlp.h"
#include "entente/report.h"
#include "parallel.h"

namespace entente::cli {
namespace {

struct CodeFlags {
  DictFlags dict;
  InputFlags input;
  std::vector<std::string> paths;
  bool explain = false;
  std::string status_model = "entente";
  bool no_statements = false;
  bool no_mutual = false;
  bool quiet = false;
  int jobs = 0;
};

int RunCode(const CodeFlags& f) {
  auto opts = MakeIngestOptions(f.input);
  if (!opts.ok()) { Error(opts.status().message()); return kExitUsage; }
  auto dict = LoadDictionaries(f.dict, f.quiet);
  if (!dict.ok()) { Error(dict.status().ToString()); return kExitError; }
  auto analyzer = Analyzer::Create(MakeAnalyzerOptions(f.input));
  if (!analyzer.ok()) { Error(analyzer.status().ToString()); return kExitError; }
  CoderOptions copt;
  copt.explain = f.explain;
  if (f.status_model == "petrarch") copt.status_model = CoderOptions::StatusModel::kPetrarch;
  copt.statements = !f.no_statements;
  copt.mutual_cooperation = !f.no_mutual;
  Coder coder(**dict, **analyzer, copt);

  auto reader = OpenDocumentReader(f.paths, *opts);
  if (!reader.ok()) { Error(reader.status().message()); return kExitError; }

  uint64_t documents = 0, events = 0, skipped = 0, failed = 0;
  auto on_diag = [&](const IngestDiagnostic& d) {
    if (d.kind == DiagnosticKind::kSkipped) { ++skipped; Error(d.ToString()); }
    else Warn(d.ToString());
  };
  auto on_coded = [&](const Document& doc, Result<CodedDocument>& r) {
    ++documents;
    if (!r.ok()) { ++skipped; Error(r.status().message()); return; }
    for (const std::string& block : r->explain) std::fprintf(stderr, "[%s] %s", doc.id.c_str(), block.c_str());
    for (const Event& e : r->events) {
      std::string line = EventToJsonLine(e);
      line.push_back('\n');
      std::fwrite(line.data(), 1, line.size(), stdout);
      ++events;
    }
  };
  Status st = CodeInParallel(reader->get(), coder, f.jobs, on_coded, on_diag, &failed);
  std::fflush(stdout);
  if (!f.quiet) {
    std::fprintf(stderr, "entente: %llu documents, %llu events, %llu skipped\n",
                 static_cast<unsigned long long>(documents), static_cast<unsigned long long>(events),
                 static_cast<unsigned long long>(skipped));
  }
  if (!st.ok()) { Error(st.message()); return kExitError; }
  if (failed > 0) return kExitError;
  return skipped > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void RegisterCode(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<CodeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "code",
      "Code documents into events, printed as JSONL on stdout (one event per line).\n"
      "Inputs: text files, HTML pages, JSONL ({\"id\",\"text\",\"date\",...} per line), directories,\n"
      "or - for JSONL on stdin.  Diagnostics go to stderr.\n"
      "Example: entente code --date 2019-06-05 article.txt");
  AddDictFlags(cmd, &f->dict);
  AddInputFlags(cmd, &f->input);
  cmd->add_option("inputs", f->paths, "files, directories, or - for stdin")->required();
  cmd->add_flag("--explain", f->explain,
                "print on stderr, per sentence, the analysis, actors, patterns and why each event was "
                "or was not emitted");
  cmd->add_option("--status-model", f->status_model,
                  "entente (default): negated/hypothetical/intended statuses from negation, modals,\n"
                  "conditionals and intentions; petrarch: every event asserted, as PETRARCH and TABARI\n"
                  "code (use it to compare with them or score against their test suites)")
      ->check(CLI::IsMember({"entente", "petrarch"}));
  cmd->add_flag("--no-statements", f->no_statements,
                "no statement event (010) for \"X said (that) ...\": only the reported event is coded, as\n"
                "PETRARCH does with a verb dictionary that leaves SAY uncoded");
  cmd->add_flag("--no-mutual", f->no_mutual,
                "a compound subject with no other party (\"China and Russia pledged to expand trade\")\n"
                "gives no events unless the verb has a paired code, as in PETRARCH; by default it is\n"
                "mutual on cooperative verbs (CAMEO roots 03-06)");
  cmd->add_option("-j,--jobs", f->jobs, "coding threads (default: all cores)")->check(CLI::Range(0, 256));
  cmd->add_flag("-q,--quiet", f->quiet, "no summary lines on stderr");
  cmd->callback([f, exit_code] { *exit_code = RunCode(*f); });
}

}  // namespace entente::cli
