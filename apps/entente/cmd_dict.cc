// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente dict check`: load dictionaries (bundled by default), report what was loaded, every
// warning, and exit non-zero on an error.
#include <cstdio>

#include "cli.h"

namespace entente::cli {
namespace {

struct DictCmdFlags {
  DictFlags dict;
  bool warnings_are_errors = false;
};

int RunCheck(const DictCmdFlags& f) {
  auto d = LoadDictionaries(f.dict, /*quiet=*/true);
  if (!d.ok()) { Error(d.status().ToString()); return kExitError; }
  const DictionarySet& ds = **d;
  std::printf("fingerprint  %s\n", ds.fingerprint().c_str());
  std::printf("actors       %zu\n", ds.actor_count());
  std::printf("agents       %zu\n", ds.agent_count());
  std::printf("verbs        %zu\n", ds.verb_entry_count());
  std::printf("patterns     %zu\n", ds.pattern_count());
  std::printf("discards     %zu\n", ds.discards().size());
  std::printf("issues       %zu\n", ds.issues().size());
  std::printf("cameo codes  %zu\n", ds.cameo().size());
  for (const std::string& w : ds.warnings()) std::fprintf(stderr, "warning: %s\n", w.c_str());
  std::printf("warnings     %zu\n", ds.warnings().size());
  if (f.warnings_are_errors && !ds.warnings().empty()) return kExitError;
  return kExitOk;
}

}  // namespace

void RegisterDict(CLI::App& app, int* exit_code) {
  CLI::App* dict = app.add_subcommand("dict", "Dictionary tools");
  dict->require_subcommand(1);
  auto f = std::make_shared<DictCmdFlags>();
  CLI::App* check = dict->add_subcommand(
      "check",
      "Load and validate dictionaries (the bundled set unless flags name others); print counts,\n"
      "the fingerprint and every warning.  Errors name the file and line.");
  AddDictFlags(check, &f->dict);
  check->add_flag("--strict", f->warnings_are_errors, "exit 1 when there is any warning");
  check->callback([f, exit_code] { *exit_code = RunCheck(*f); });
}

}  // namespace entente::cli
