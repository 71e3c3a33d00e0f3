// Copyright 2026 The entente Authors. Apache-2.0.
//
// BenchMain (bench_main.h): corpus and engine set-up shared by the Google Benchmark programs.
#include "bench_main.h"

#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace entente::bench {

int BenchMain(int argc, char** argv, BenchNeeds needs, const std::function<void(BenchContext&)>& register_fn) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  CorpusOptions opts;
  if (const char* s = std::getenv("ENTENTE_SHARED_DATA"); s && *s) opts.shared_dir = s;
  if (const char* s = std::getenv("ENTENTE_BENCH_CORPORA"); s && *s) {
    std::stringstream ss(s);
    for (std::string name; std::getline(ss, name, ',');) opts.only.push_back(name);
  }
  static BenchContext ctx;  // registered benchmarks refer to it until exit
  std::vector<std::string> notes;
  auto corpora = LoadCorpora(opts, &notes);
  if (!corpora.ok()) {
    std::fprintf(stderr, "bench: %s\n", corpora.status().ToString().c_str());
    return 1;
  }
  for (const auto& n : notes) std::fprintf(stderr, "bench: %s\n", n.c_str());
  ctx.corpora = std::move(corpora).value();
  if (needs.engine || needs.prepared) {
    auto engine = MakeEngine();
    if (!engine.ok()) {
      std::fprintf(stderr, "bench: %s\n", engine.status().ToString().c_str());
      return 1;
    }
    ctx.engine = std::move(engine).value();
  }
  if (needs.prepared) {
    for (const Corpus& c : ctx.corpora) ctx.prepared.push_back(Prepare(ctx.engine, c));
  }
  register_fn(ctx);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

void SetCorpusCounters(benchmark::State& state, const PreparedCorpus* p, const Corpus& c, uint64_t sentences) {
  using benchmark::Counter;
  state.counters["docs/s"] = Counter(static_cast<double>(c.docs.size()), Counter::kIsIterationInvariantRate);
  state.counters["sentences/s"] = Counter(static_cast<double>(sentences), Counter::kIsIterationInvariantRate);
  state.counters["MB/s"] = Counter(static_cast<double>(c.bytes) / 1e6, Counter::kIsIterationInvariantRate);
  if (p) state.counters["tokens"] = static_cast<double>(p->tokens);
}

}  // namespace entente::bench
