// Copyright 2026 The entente Authors. Apache-2.0.
//
// Google Benchmark of the dict stage: loading and compiling the bundled dictionaries (and, when
// ../shared is present, PETRARCH's production set: CAMEO.2.0 verbs, Phoenix actors, agents,
// discards), and the lookups the coder makes per token (FindWord, MatchActor + MatchAgent at
// every position, VerbEntriesFor), per corpus.
//   entente_dict_bench [--benchmark_filter=load]
#include <filesystem>

#include "bench_main.h"

namespace entente::bench {
namespace {

void BM_Load(benchmark::State& st, DictionaryPaths paths) {
  size_t patterns = 0;
  for (auto _ : st) {
    auto d = DictionarySet::Load(paths);
    if (!d.ok()) {
      st.SkipWithError(d.status().ToString().c_str());
      return;
    }
    patterns = (*d)->pattern_count();
  }
  st.counters["patterns"] = static_cast<double>(patterns);
}

void Register(BenchContext& ctx) {
  benchmark::RegisterBenchmark("dict/load/bundled", BM_Load, DictionaryPaths{})->Unit(benchmark::kMillisecond);
  std::string shared = std::string(ENTENTE_BENCH_SOURCE_DIR) + "/../shared/data/petrarch/dictionaries/";
  if (std::filesystem::exists(shared + "CAMEO.2.0.txt")) {
    DictionaryPaths p;
    p.verbs = {shared + "CAMEO.2.0.txt"};
    p.actors = {shared + "Phoenix.Countries.actors.txt", shared + "Phoenix.International.actors.txt",
                shared + "Phoenix.MilNonState.actors.txt"};
    p.agents = {shared + "Phoenix.agents.txt"};
    p.discards = {shared + "Phoenix.discards.txt"};
    benchmark::RegisterBenchmark("dict/load/petrarch_phoenix", BM_Load, p)->Unit(benchmark::kMillisecond);
  }
  for (size_t i = 0; i < ctx.corpora.size(); ++i) {
    const Corpus* c = &ctx.corpora[i];
    const PreparedCorpus* p = &ctx.prepared[i];
    const DictionarySet* d = ctx.engine.dict.get();
    const uint64_t sentences = p->sentences.size();
    benchmark::RegisterBenchmark(("dict/find_word/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) {
        uint64_t n = 0;
        for (const Sentence& s : p->sentences)
          for (const Token& t : s.tokens) n += d->FindWord(t.norm);
        benchmark::DoNotOptimize(n);
      }
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("dict/match_phrases/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) {
        uint64_t n = 0;
        for (const auto& w : p->words) {
          for (size_t k = 0; k < w.size(); ++k) {
            if (auto m = d->MatchActor(w, k)) n += m->length;
            if (auto m = d->MatchAgent(w, k)) n += m->length;
          }
        }
        benchmark::DoNotOptimize(n);
      }
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("dict/verb_entries/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) {
        uint64_t n = 0;
        for (const auto& w : p->words)
          for (WordId id : w) n += d->VerbEntriesFor(id).size();
        benchmark::DoNotOptimize(n);
      }
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMicrosecond);
  }
}

}  // namespace
}  // namespace entente::bench

int main(int argc, char** argv) {
  return entente::bench::BenchMain(argc, argv, {.engine = true, .prepared = true}, entente::bench::Register);
}
