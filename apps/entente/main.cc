// Copyright 2026 The entente Authors. Apache-2.0.
//
// entente CLI entry point: a subcommand dispatcher.  Each subcommand lives in cmd_<name>.cc and
// only parses arguments, calls the library and prints.
#include <CLI/CLI.hpp>

#include "cli.h"

int main(int argc, char** argv) {
  CLI::App app{
      "entente: news in, coded political events out.\n"
      "Reads text, web pages and JSONL, finds who did what to whom (CAMEO codes), stores the events\n"
      "and answers questions about relations between countries.\n\n"
      "Exit status: 0 ok; 1 error; 2 bad command line; 3 done, but some input was skipped\n"
      "(each skipped item is reported on stderr with its file and line)."};
  app.set_version_flag("--version", ENTENTE_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  int exit_code = entente::cli::kExitOk;
  entente::cli::RegisterCode(app, &exit_code);
  entente::cli::RegisterIngest(app, &exit_code);
  entente::cli::RegisterEvents(app, &exit_code);
  entente::cli::RegisterSummary(app, &exit_code);
  entente::cli::RegisterImport(app, &exit_code);
  entente::cli::RegisterExport(app, &exit_code);
  entente::cli::RegisterDict(app, &exit_code);
  entente::cli::RegisterDyad(app, &exit_code);
  entente::cli::RegisterTriangle(app, &exit_code);
  entente::cli::RegisterDrivers(app, &exit_code);
  entente::cli::RegisterChanges(app, &exit_code);
  entente::cli::RegisterBrief(app, &exit_code);
  entente::cli::RegisterServe(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : entente::cli::kExitUsage;
  }
  return exit_code;
}
