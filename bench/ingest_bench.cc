// Copyright 2026 The entente Authors. Apache-2.0.
//
// Google Benchmark of the ingest stage: every corpus as JSONL through NewStringReader (the path
// of `entente code corpus.jsonl`), the sample web page through the HTML reader, and, when
// present, the BBC politics folder through the directory reader.  Rates are documents (and MB)
// per CPU second.
//   entente_ingest_bench [--benchmark_filter=jsonl]
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench_main.h"
#include "entente/ingest.h"

namespace entente::bench {
namespace {

// Reads every document of `reader`; returns the count (0 and an error on failure).
uint64_t Drain(benchmark::State& st, Result<std::unique_ptr<DocumentReader>> reader) {
  if (!reader.ok()) {
    st.SkipWithError(reader.status().ToString().c_str());
    return 0;
  }
  uint64_t n = 0;
  Status s = ReadAll(reader->get(), [&](Document&&) { ++n; return Status::OK(); }, nullptr);
  if (!s.ok()) st.SkipWithError(s.ToString().c_str());
  return n;
}

void Register(BenchContext& ctx) {
  using benchmark::Counter;
  for (const Corpus& c : ctx.corpora) {
    auto jsonl = std::make_shared<std::string>(ToJsonl(c));
    double docs = static_cast<double>(c.docs.size());
    double mb = static_cast<double>(jsonl->size()) / 1e6;
    benchmark::RegisterBenchmark(("ingest/jsonl/" + c.name).c_str(), [=](benchmark::State& st) {
      for (auto _ : st) benchmark::DoNotOptimize(Drain(st, NewStringReader(*jsonl, c.name + ".jsonl", IngestOptions{})));
      st.counters["docs/s"] = Counter(docs, Counter::kIsIterationInvariantRate);
      st.counters["MB/s"] = Counter(mb, Counter::kIsIterationInvariantRate);
    })->Unit(benchmark::kMillisecond);
  }
  std::string html_path = std::string(ENTENTE_BENCH_SOURCE_DIR) + "/data/samples/article.html";
  std::ifstream in(html_path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  auto html = std::make_shared<std::string>(ss.str());
  benchmark::RegisterBenchmark("ingest/html/article", [=](benchmark::State& st) {
    for (auto _ : st) benchmark::DoNotOptimize(Drain(st, NewStringReader(*html, "article.html", IngestOptions{})));
    st.counters["docs/s"] = Counter(1, Counter::kIsIterationInvariantRate);
    st.counters["MB/s"] = Counter(static_cast<double>(html->size()) / 1e6, Counter::kIsIterationInvariantRate);
  })->Unit(benchmark::kMicrosecond);
  std::string bbc = std::string(ENTENTE_BENCH_SOURCE_DIR) + "/../shared/data/news/bbc_politics";
  if (std::filesystem::is_directory(bbc)) {
    benchmark::RegisterBenchmark("ingest/text_dir/bbc_politics", [=](benchmark::State& st) {
      uint64_t n = 0;
      IngestOptions o;
      o.default_date = *Date::FromYmd(2005, 1, 1);
      for (auto _ : st) n = Drain(st, OpenDocumentReader({bbc}, o));
      st.counters["docs/s"] = Counter(static_cast<double>(n), Counter::kIsIterationInvariantRate);
    })->Unit(benchmark::kMillisecond);
  }
}

}  // namespace
}  // namespace entente::bench

int main(int argc, char** argv) {
  return entente::bench::BenchMain(argc, argv, {}, entente::bench::Register);
}
