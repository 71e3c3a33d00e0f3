// Copyright 2026 The entente Authors. Apache-2.0.
//
// Google Benchmark of the coder with the bundled dictionaries, per corpus: dictionary word
// lookup, actor matching (mentions, agents, compounds), verb matching (verb entries and the best
// pattern of the verb's block) on analysed sentences, and the whole coder from raw text
// (Coder::Code: analysis included).  Rates are per CPU second (per core).
//   entente_coder_bench [--benchmark_filter=code/] [--benchmark_min_time=0.5]
#include "bench_main.h"

namespace entente::bench {
namespace {

void Register(BenchContext& ctx) {
  for (size_t i = 0; i < ctx.corpora.size(); ++i) {
    const Corpus* c = &ctx.corpora[i];
    const PreparedCorpus* p = &ctx.prepared[i];
    const Engine* e = &ctx.engine;
    const uint64_t sentences = p->sentences.size();
    benchmark::RegisterBenchmark(("coder/words/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(RunWords(*e, *p));
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("coder/discards/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(RunDiscards(*e, *p));
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("coder/actors/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(RunActors(*e, *p));
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("coder/verbs/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(RunVerbs(*e, *p));
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("coder/discards_prefiltered/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(RunDiscardsPrefiltered(*e, *p));
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("coder/verbs_prefiltered/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(RunVerbsPrefiltered(*e, *p));
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("coder/code/" + c->name).c_str(), [=](benchmark::State& st) {
      uint64_t events = 0;
      for (auto _ : st) benchmark::DoNotOptimize(RunCode(*e, *c, &events));
      SetCorpusCounters(st, p, *c, sentences);
      st.counters["events"] = static_cast<double>(events) / static_cast<double>(st.iterations());
    })->Unit(benchmark::kMillisecond);
  }
}

}  // namespace
}  // namespace entente::bench

int main(int argc, char** argv) {
  return entente::bench::BenchMain(argc, argv, {.engine = true, .prepared = true}, entente::bench::Register);
}
