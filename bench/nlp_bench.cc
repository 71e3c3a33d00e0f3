// Copyright 2026 The entente Authors. Apache-2.0.
//
// Google Benchmark of the nlp stage, per corpus: sentence splitting, tokenising, tagging,
// chunking (with clauses) and the whole Analyzer::Analyze.  Rates are per CPU second (per core).
//   entente_nlp_bench [--benchmark_filter=Tag] [--benchmark_min_time=0.5]
#include "bench_main.h"

namespace entente::bench {
namespace {

void Register(BenchContext& ctx) {
  for (size_t i = 0; i < ctx.corpora.size(); ++i) {
    const Corpus* c = &ctx.corpora[i];
    const PreparedCorpus* p = &ctx.prepared[i];
    const Engine* e = &ctx.engine;
    const uint64_t sentences = p->sentences.size();
    benchmark::RegisterBenchmark(("nlp/split/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(RunSplit(*e, *c));
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("nlp/tokenize/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(RunTokenize(*e, *p));
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("nlp/tag/" + c->name).c_str(), [=](benchmark::State& st) {
      std::vector<std::vector<Token>> scratch;
      std::vector<std::vector<nlp::TokenAux>> aux;
      for (auto _ : st) {
        st.PauseTiming();
        ResetTagScratch(*p, &scratch);
        st.ResumeTiming();
        benchmark::DoNotOptimize(RunTag(*e, &scratch, &aux));
      }
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("nlp/chunk/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(RunChunk(*p));
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("nlp/analyze/" + c->name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(RunAnalyze(*e, *c));
      SetCorpusCounters(st, p, *c, sentences);
    })->Unit(benchmark::kMillisecond);
  }
}

}  // namespace
}  // namespace entente::bench

int main(int argc, char** argv) {
  return entente::bench::BenchMain(argc, argv, {.engine = true, .prepared = true}, entente::bench::Register);
}
