// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente dict check`: check dictionaries (bundled by default) with CheckDictionaries() — every
// problem on its own line "<file>:<line>: error|warning: <message> [<check>]" on stdout — then
// print what was loaded.  Exit 1 when there is an error (or, with --strict, any warning).
#include <cstdio>

#include "cli.h"

namespace entente::cli {
namespace {

struct DictCmdFlags {
  DictFlags dict;
  bool warnings_are_errors = false;
  size_t max_problems = 1000;
};

int RunCheck(const DictCmdFlags& f) {
  DictionaryPaths p;
  p.verbs = f.dict.verbs;
  p.actors = f.dict.actors;
  p.agents = f.dict.agents;
  p.discards = f.dict.discards;
  p.issues = f.dict.issues;
  p.cameo = f.dict.cameo;
  p.bundled_dir = f.dict.dict_dir;
  DictionaryCheckOptions opt;
  opt.max_problems = f.max_problems;
  auto r = CheckDictionaries(p, opt);
  if (!r.ok()) { Error(r.status().ToString()); return kExitError; }
  for (const DictionaryProblem& q : r->problems) std::printf("%s\n", q.ToString().c_str());
  if (r->omitted > 0) std::printf("... %zu more problems not shown (--max-problems)\n", r->omitted);
  if (r->set) {
    const DictionarySet& ds = *r->set;
    std::printf("fingerprint  %s\n", ds.fingerprint().c_str());
    std::printf("actors       %zu\n", ds.actor_count());
    std::printf("agents       %zu\n", ds.agent_count());
    std::printf("verbs        %zu\n", ds.verb_entry_count());
    std::printf("patterns     %zu\n", ds.pattern_count());
    std::printf("discards     %zu\n", ds.discards().size());
    std::printf("issues       %zu\n", ds.issues().size());
    std::printf("cameo codes  %zu\n", ds.cameo().size());
  }
  std::printf("files        %zu\n", r->files);
  std::printf("errors       %zu\n", r->errors);
  std::printf("warnings     %zu\n", r->warnings);
  if (r->errors > 0) {
    Error("dictionary check failed: " + std::to_string(r->errors) + " error(s)");
    return kExitError;
  }
  if (f.warnings_are_errors && r->warnings > 0) {
    Error("dictionary check failed (--strict): " + std::to_string(r->warnings) + " warning(s)");
    return kExitError;
  }
  return kExitOk;
}

}  // namespace

void RegisterDict(CLI::App& app, int* exit_code) {
  CLI::App* dict = app.add_subcommand("dict", "Dictionary tools");
  dict->require_subcommand(1);
  auto f = std::make_shared<DictCmdFlags>();
  CLI::App* check = dict->add_subcommand(
      "check",
      "Check dictionaries (the bundled set unless flags name others): ids, CAMEO codes, dated\n"
      "roles, phrases defined twice, duplicate patterns, then load them.  One line per problem,\n"
      "'<file>:<line>: error|warning: <message> [<check>]'; then counts and the fingerprint.\n"
      "Exit 1 on any error.  Problems in TABARI/PETRARCH files are warnings.");
  AddDictFlags(check, &f->dict);
  check->add_flag("--strict", f->warnings_are_errors, "exit 1 when there is any warning");
  check->add_option("--max-problems", f->max_problems, "print at most this many problems (default 1000)")
      ->check(CLI::NonNegativeNumber);
  check->callback([f, exit_code] { *exit_code = RunCheck(*f); });
}

}  // namespace entente::cli
