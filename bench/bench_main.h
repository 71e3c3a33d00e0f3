// Copyright 2026 The entente Authors. Apache-2.0.
//
// Shared main() of the Google Benchmark programs (bench/*_bench.cc): loads the corpora (and,
// when asked, the engine and every stage's prepared input) once, lets the program register its
// benchmarks per corpus, then runs Google Benchmark with the remaining flags.
//
//   int main(int argc, char** argv) {
//     return entente::bench::BenchMain(argc, argv, {.engine = true}, [](BenchContext& ctx) {
//       for (auto& c : ctx.corpora) benchmark::RegisterBenchmark(...);
//     });
//   }
//
// Environment: ENTENTE_BENCH_CORPORA=demo,ag_world,... selects corpora (default: all present);
// ENTENTE_SHARED_DATA overrides the shared data folder (default <source>/../shared/data).
// Rates: counters built with benchmark::Counter::kIsIterationInvariantRate are per CPU second of
// the benchmark thread, i.e. per core, which stays meaningful on a busy machine.
// Failure modes: a missing demo corpus, dictionary or WordNet ends the program with exit 1 and a
// message on stderr (a benchmark program is an application; the library never prints).
#ifndef ENTENTE_BENCH_BENCH_MAIN_H_
#define ENTENTE_BENCH_BENCH_MAIN_H_

#include <benchmark/benchmark.h>

#include <functional>
#include <vector>

#include "corpora.h"
#include "stages.h"

namespace entente::bench {

struct BenchNeeds {
  bool engine = false;    // dictionaries, Analyzer, Coder and the stage Lexicon
  bool prepared = false;  // PreparedCorpus per corpus (implies engine)
};

struct BenchContext {
  Engine engine;                          // empty unless BenchNeeds::engine
  std::vector<Corpus> corpora;            // demo first, then the shared ones present
  std::vector<PreparedCorpus> prepared;   // parallel to corpora when BenchNeeds::prepared
};

int BenchMain(int argc, char** argv, BenchNeeds needs, const std::function<void(BenchContext&)>& register_fn);

// Sets the per-iteration counters every corpus benchmark reports: documents/s, sentences/s and
// MB/s of text (rates per CPU second).
void SetCorpusCounters(benchmark::State& state, const PreparedCorpus* p, const Corpus& c, uint64_t sentences);

}  // namespace entente::bench

#endif  // ENTENTE_BENCH_BENCH_MAIN_H_
