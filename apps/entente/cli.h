// Copyright 2026 The entente Authors. Apache-2.0.
//
// Shared pieces of the entente CLI: dictionary flags, diagnostics to stderr, exit codes.
// Only apps/ prints or exits.
#ifndef ENTENTE_APPS_CLI_H_
#define ENTENTE_APPS_CLI_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "entente/dict.h"
#include "entente/ingest.h"
#include "entente/nlp.h"
#include "entente/series_query.h"
#include "entente/status.h"

namespace entente::cli {

// Exit codes (documented in `entente --help` and the README).
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;       // a fatal error: nothing or not everything was done
inline constexpr int kExitUsage = 2;       // bad command line
inline constexpr int kExitPartial = 3;     // done, but some input items were skipped (see stderr)

struct DictFlags {
  std::vector<std::string> verbs, actors, agents, discards, issues;
  std::string cameo;
  std::string dict_dir;
};
void AddDictFlags(CLI::App* cmd, DictFlags* flags);
Result<std::shared_ptr<const DictionarySet>> LoadDictionaries(const DictFlags& flags, bool quiet);

struct InputFlags {
  std::string date;
  std::string input_format = "auto";
  uint32_t max_sentence_tokens = AnalyzerOptions().max_sentence_tokens;
};
void AddInputFlags(CLI::App* cmd, InputFlags* flags);
Result<IngestOptions> MakeIngestOptions(const InputFlags& flags);
// The analyser's options from those flags (--max-sentence-tokens).
AnalyzerOptions MakeAnalyzerOptions(const InputFlags& flags);

// "entente: <message>" on stderr.
void Error(const std::string& message);
void Warn(const std::string& message);
// Stderr is a terminal (progress display allowed).
bool StderrIsTty();

// Subcommand registration; each sets *exit_code when run.
void RegisterCode(CLI::App& app, int* exit_code);
// --source --target --actor --dyad --code --from --to --status --exact, for the commands that
// select stored events (events, export).
void AddEventFilterFlags(CLI::App* cmd, EventFilterText* filter);
// The EventQuery of those flags; on a mistake prints "--<flag>: <reason>" and returns nullopt.
std::optional<EventQuery> EventQueryFromFlags(const EventFilterText& filter);

void RegisterIngest(CLI::App& app, int* exit_code);
void RegisterEvents(CLI::App& app, int* exit_code);
void RegisterSummary(CLI::App& app, int* exit_code);
void RegisterDict(CLI::App& app, int* exit_code);
void RegisterImport(CLI::App& app, int* exit_code);
void RegisterExport(CLI::App& app, int* exit_code);
void RegisterDyad(CLI::App& app, int* exit_code);
void RegisterTriangle(CLI::App& app, int* exit_code);
void RegisterDrivers(CLI::App& app, int* exit_code);
void RegisterChanges(CLI::App& app, int* exit_code);
void RegisterBrief(CLI::App& app, int* exit_code);
void RegisterServe(CLI::App& app, int* exit_code);

}  // namespace entente::cli

#endif  // ENTENTE_APPS_CLI_H_
