// Copyright 2026 The entente Authors. Apache-2.0.
//
// Shared CLI pieces: dictionary and input flags, diagnostics.
#include "cli.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>

namespace entente::cli {

void Error(const std::string& message) { std::fprintf(stderr, "entente: %s\n", message.c_str()); }
void Warn(const std::string& message) { std::fprintf(stderr, "entente: warning: %s\n", message.c_str()); }
bool StderrIsTty() { return isatty(STDERR_FILENO) == 1; }

void AddDictFlags(CLI::App* cmd, DictFlags* f) {
  const char* group = "Dictionaries (default: the bundled ones)";
  cmd->add_option("--verbs", f->verbs, "TABARI/PETRARCH verb dictionary (replaces the bundled verbs)")
      ->group(group)->check(CLI::ExistingFile);
  cmd->add_option("--actors", f->actors, "actor dictionary; repeat to merge several")
      ->group(group)->check(CLI::ExistingFile);
  cmd->add_option("--agents", f->agents, "agent dictionary")->group(group)->check(CLI::ExistingFile);
  cmd->add_option("--discards", f->discards, "discard list")->group(group)->check(CLI::ExistingFile);
  cmd->add_option("--issues", f->issues, "issue list")->group(group)->check(CLI::ExistingFile);
  cmd->add_option("--cameo", f->cameo, "CAMEO code table (TSV, entente format)")->group(group)->check(CLI::ExistingFile);
  cmd->add_option("--dict-dir", f->dict_dir, "folder of bundled-format dictionaries (default: data/dictionaries)")
      ->group(group)->check(CLI::ExistingDirectory);
}

Result<std::shared_ptr<const DictionarySet>> LoadDictionaries(const DictFlags& f, bool quiet) {
  DictionaryPaths p;
  p.verbs = f.verbs;
  p.actors = f.actors;
  p.agents = f.agents;
  p.discards = f.discards;
  p.issues = f.issues;
  p.cameo = f.cameo;
  p.bundled_dir = f.dict_dir;
  auto t0 = std::chrono::steady_clock::now();
  auto d = DictionarySet::Load(p);
  if (!d.ok()) return d.status();
  if (!quiet) {
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::fprintf(stderr, "entente: dictionaries %s: %zu actors, %zu agents, %zu verbs, %zu patterns (%.0f ms)\n",
                 (*d)->fingerprint().c_str(), (*d)->actor_count(), (*d)->agent_count(),
                 (*d)->verb_entry_count(), (*d)->pattern_count(), ms);
    size_t shown = 0;
    for (const auto& w : (*d)->warnings()) {
      if (++shown > 5) break;
      Warn(w);
    }
    if ((*d)->warnings().size() > 5) {
      Warn(std::to_string((*d)->warnings().size() - 5) + " more dictionary warnings (see `entente dict check`)");
    }
  }
  return d;
}

void AddInputFlags(CLI::App* cmd, InputFlags* f) {
  cmd->add_option("--date", f->date, "date (YYYY-MM-DD) for documents that carry none");
  cmd->add_option("--input-format", f->input_format, "auto (by extension), text, html, jsonl or json")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl", "json"}));
  cmd->add_option("--max-sentence-tokens", f->max_sentence_tokens,
                  "per-sentence budget: a sentence longer than this many tokens is cut into pieces of\n"
                  "at most this length, so that run-on text (tables, lists without full stops) codes in\n"
                  "linear time; the default suits news")
      ->check(CLI::Range(8u, 1000000u))
      ->capture_default_str();
}

AnalyzerOptions MakeAnalyzerOptions(const InputFlags& f) {
  AnalyzerOptions o;
  o.max_sentence_tokens = f.max_sentence_tokens;
  return o;
}

Result<IngestOptions> MakeIngestOptions(const InputFlags& f) {
  IngestOptions o;
  auto fmt = ParseInputFormat(f.input_format);
  if (!fmt.ok()) return fmt.status();
  o.format = *fmt;
  if (!f.date.empty()) {
    auto d = Date::Parse(f.date);
    if (!d.ok()) return Status::InvalidArgument("--date: " + d.status().message());
    o.default_date = *d;
  }
  return o;
}

void AddEventFilterFlags(CLI::App* cmd, EventFilterText* f) {
  cmd->add_option("--source", f->source, "source actor code or prefix (EU, NATO, UN ok)");
  cmd->add_option("--target", f->target, "target actor code or prefix");
  cmd->add_option("--actor", f->actor, "actor as source or target");
  cmd->add_option("--dyad", f->dyad,
                  "A-B: events between A and B in either direction; A>B: from A to B");
  cmd->add_option("--code", f->code, "CAMEO code prefix: 04 (root), 042, 0421");
  cmd->add_option("--from", f->from, "first date: 2019, 2019-Q2, 2019-06 or 2019-06-15");
  cmd->add_option("--to", f->to, "last date, same forms (2019 = to 2019-12-31)");
  cmd->add_option("--status", f->status,
                  "comma-separated statuses: asserted (default), negated, hypothetical, intended, "
                  "reported, or all");
  cmd->add_flag("--exact", f->exact, "actor codes must match exactly, not by prefix");
  cmd->add_flag("--mentions", f->mentions,
                "every mention: one row per report (default: one row per distinct event; "
                "reports of it by other outlets are counted in its mentions)");
  cmd->add_option("--mentions-of", f->mentions_of,
                  "only the mentions of the distinct event with this store id")
      ->check(CLI::PositiveNumber);
}

std::optional<EventQuery> EventQueryFromFlags(const EventFilterText& filter) {
  std::string field;
  Result<EventQuery> q = ParseEventFilter(filter, &field);
  if (!q.ok()) {
    Error("--" + field + ": " + q.status().message());
    return std::nullopt;
  }
  return std::move(q).value();
}

}  // namespace entente::cli
