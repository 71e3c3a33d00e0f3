// Copyright 2026 The entente Authors. Apache-2.0.
//
// Fuzz target for one dictionary kind, chosen at compile time with ENTENTE_FUZZ_KIND (0 verbs,
// 1 actors, 2 agents, 3 discards, 4 issues): the input is written to a per-process temporary
// file and loaded as that kind with DictionarySet::Load, the other kinds being empty files and
// the CAMEO table the small test fixture (so one execution costs well under a millisecond).  A
// load either fails with a ParseError/Unsupported naming the file and line, or yields a set whose
// indices are all in range; the lookups the coder makes are then run over the set's own words.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "entente/dict.h"
#include "fuzz_util.h"

namespace {

namespace fs = std::filesystem;

struct Files {
  std::string dir, input, empty;
};

const Files& TheFiles() {
  static const Files f = [] {
    Files x;
    const char* tmp = std::getenv("TMPDIR");
    x.dir = std::string(tmp && *tmp ? tmp : "/tmp") + "/entente-dict-fuzz-" + std::to_string(getpid());
    fs::create_directories(x.dir);
    x.input = x.dir + "/input.txt";
    x.empty = x.dir + "/empty.txt";
    std::ofstream(x.empty, std::ios::binary).flush();
    return x;
  }();
  return f;
}

void CheckSet(const entente::DictionarySet& d) {
  using namespace entente;
  for (size_t i = 0; i < d.pattern_count(); ++i) {
    const VerbPattern& p = d.pattern(i);
    FUZZ_CHECK(p.block < d.verb_block_count());
    for (const auto* side : {&p.before, &p.after}) {
      for (const PatternElement& e : *side) {
        if (e.kind == PatternElementKind::kSynset) FUZZ_CHECK(e.synset < d.synset_count());
        if (e.kind == PatternElementKind::kWord) FUZZ_CHECK(!d.Word(e.word).empty());
      }
    }
  }
  for (size_t b = 0; b < d.verb_block_count(); ++b) {
    for (uint32_t e : d.verb_block(b).entries) FUZZ_CHECK(e < d.verb_entry_count());
    for (uint32_t p : d.verb_block(b).patterns) FUZZ_CHECK(p < d.pattern_count());
  }
  std::vector<WordId> words;
  for (size_t v = 0; v < d.verb_entry_count(); ++v) {
    const VerbEntry& ve = d.verb_entry(v);
    FUZZ_CHECK(ve.block < d.verb_block_count());
    for (WordId w : ve.forms) {
      FUZZ_CHECK(!d.Word(w).empty());
      FUZZ_CHECK(d.FindWord(d.Word(w)) == w);
      words.push_back(w);
      for (uint32_t e : d.VerbEntriesFor(w)) FUZZ_CHECK(e < d.verb_entry_count());
    }
  }
  for (size_t s = 0; s < d.synset_count(); ++s)
    for (const auto& ph : d.synset(s).phrases) words.insert(words.end(), ph.begin(), ph.end());
  for (const Discard& x : d.discards()) words.insert(words.end(), x.words.begin(), x.words.end());
  for (const Issue& x : d.issues()) words.insert(words.end(), x.words.begin(), x.words.end());
  for (size_t a = 0; a < d.actor_count(); ++a) {
    (void)d.actor(a).CodeOn(Date::FromDays(18000));
    words.push_back(d.FindWord(d.actor(a).name));
  }
  words.push_back(kNoWord);
  for (size_t i = 0; i < words.size(); ++i) {
    if (auto m = d.MatchActor(words, i)) {
      FUZZ_CHECK(m->entry < d.actor_count());
      FUZZ_CHECK(m->length >= 1 && i + m->length <= words.size());
    }
    if (auto m = d.MatchAgent(words, i)) {
      FUZZ_CHECK(m->entry < d.agent_count());
      FUZZ_CHECK(m->length >= 1 && i + m->length <= words.size());
    }
  }
  FUZZ_CHECK(d.fingerprint().size() == 16);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace entente;
  const Files& f = TheFiles();
  {
    std::ofstream out(f.input, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  DictionaryPaths p;
  p.verbs = {f.empty};
  p.actors = {f.empty};
  p.agents = {f.empty};
  p.discards = {f.empty};
  p.issues = {f.empty};
  std::vector<std::string>* slots[] = {&p.verbs, &p.actors, &p.agents, &p.discards, &p.issues};
  *slots[ENTENTE_FUZZ_KIND] = {f.input};
  p.cameo = std::string(ENTENTE_SOURCE_DIR) + "/tests/fixtures/dict/cameo_codes.tsv";
  DictionaryLoadOptions o;
  o.strict_event_codes = size > 0 && (data[size - 1] & 1);  // both modes, decided by the input
  auto d = DictionarySet::Load(p, o);
  if (!d.ok()) {
    ErrorCode c = d.status().code();
    FUZZ_CHECK_MSG(c == ErrorCode::kParseError || c == ErrorCode::kUnsupported, d.status().ToString());
    FUZZ_CHECK_MSG(d.status().message().find(f.input) != std::string::npos, d.status().ToString());  // names the file
    return 0;
  }
  CheckSet(**d);
  return 0;
}
