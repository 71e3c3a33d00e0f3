// Copyright 2026 The entente Authors. Apache-2.0.
//
// entente_bench: the end-to-end benchmark behind the README's speed table.  It measures, with
// the bundled dictionaries, on the demo corpus and on every shared news corpus present:
//   - dictionary load time (DictionarySet::Load, and PETRARCH's production set when present) and
//     WordNet load time (Analyzer::Create): medians of --runs;
//   - ingest documents/s (each corpus as JSONL through the ingest reader);
//   - coding sentences/s per core (Coder::Code from raw text, thread CPU time, median of --runs),
//     with wall-clock rates beside them;
//   - the per-stage breakdown (split, tokenize, tag, chunk, words, actors, verbs; bench/stages.h);
//   - scaling: 1 vs N threads (wall time; output order and content checked identical) and time
//     vs corpus size (1x, 4x, 16x copies of the demo corpus, CPU time);
//   - peak RSS (getrusage) after loading, after coding, and at the end;
// and stamps the results with the machine (uname, nproc, CPU model, load average), compiler,
// build type and git revision.  Results go to bench/results/<date>-<host>.json (--out) and a
// summary table to stdout.
//
//   entente_bench                          # everything, 5 runs
//   entente_bench --runs 1 --quick         # a smoke run: demo corpus only, no scaling
//   entente_bench --corpora demo,reuters21578 --out /tmp/r.json
//
// Per-core rates use the CPU time of the coding thread, so they stay meaningful on a shared,
// loaded machine; wall-clock rates and the scaling numbers depend on the load (recorded).
#include <sys/utsname.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <thread>

#include "corpora.h"
#include "entente/ingest.h"
#include "entente/report.h"
#include "stages.h"

namespace entente::bench {
namespace {

using nlohmann::json;

// Stage results are summed here so that the optimiser keeps the work.
volatile uint64_t g_sink = 0;

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\r')) s.pop_back();
  return s;
}

std::string Shell(const std::string& cmd) {
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[512];
    while (size_t n = std::fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    pclose(p);
  }
  return Trimmed(out);
}

std::string ReadFirstMatch(const std::string& path, const std::string& key) {
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(key, 0) == 0) {
      size_t colon = line.find(':');
      if (colon != std::string::npos) {
        std::string v = line.substr(colon + 1);
        v.erase(0, v.find_first_not_of(" \t"));
        return v;
      }
    }
  }
  return "";
}

std::string LoadAvg() {
  std::ifstream in("/proc/loadavg");
  std::string a, b, c;
  in >> a >> b >> c;
  return a + " " + b + " " + c;
}

json Machine() {
  utsname u{};
  uname(&u);
  json m;
  m["host"] = u.nodename;
  m["uname"] = std::string(u.sysname) + " " + u.release + " " + u.version + " " + u.machine;
  m["nproc"] = std::thread::hardware_concurrency();
  m["cpu"] = ReadFirstMatch("/proc/cpuinfo", "model name");
  m["mem_total"] = ReadFirstMatch("/proc/meminfo", "MemTotal");
  m["loadavg_start"] = LoadAvg();
  return m;
}

json Build() {
  json b;
#if defined(__clang__)
  b["compiler"] = std::string("clang ") + __clang_version__;
#elif defined(__GNUC__)
  b["compiler"] = std::string("gcc ") + __VERSION__;
#endif
  b["build_type"] = ENTENTE_BENCH_BUILD_TYPE;
  b["cxx_flags"] = ENTENTE_BENCH_CXX_FLAGS;
  std::string src = ENTENTE_BENCH_SOURCE_DIR;
  b["git_revision"] = Shell("git -C '" + src + "' rev-parse HEAD 2>/dev/null");
  std::string dirty = Shell("git -C '" + src + "' status --porcelain --untracked-files=no 2>/dev/null | wc -l");
  b["git_dirty_files"] = dirty.empty() ? 0 : std::stoi(dirty);
  return b;
}

std::string Today() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", std::localtime(&t));
  return buf;
}

// Runs `fn` `runs` times; returns per-run thread CPU and wall seconds.
template <typename Fn>
std::pair<std::vector<double>, std::vector<double>> Time(int runs, Fn fn) {
  std::vector<double> cpu, wall;
  for (int r = 0; r < runs; ++r) {
    double c0 = ThreadCpuSeconds(), w0 = WallSeconds();
    fn();
    cpu.push_back(ThreadCpuSeconds() - c0);
    wall.push_back(WallSeconds() - w0);
  }
  return {cpu, wall};
}

// Codes `c` on `threads` threads, results in input order; returns the JSONL of all events.
std::string CodeParallel(const Coder& coder, const Corpus& c, unsigned threads, uint64_t* sentences) {
  std::vector<std::optional<Result<CodedDocument>>> results(c.docs.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < c.docs.size();) results[i].emplace(coder.Code(c.docs[i]));
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  std::string out;
  *sentences = 0;
  for (auto& r : results) {
    if (!r->ok()) continue;
    *sentences += (*r)->sentences.size();
    for (const Event& e : (*r)->events) {
      out += EventToJsonLine(e);
      out.push_back('\n');
    }
  }
  return out;
}

struct Flags {
  int runs = 5;
  std::vector<std::string> corpora;
  std::string shared;
  std::string out;
  bool no_out = false;
  bool quick = false;
  bool no_stages = false;
  int threads = 2;
  std::string dump_jsonl;
};

int Run(const Flags& f) {
  json result;
  result["date"] = Today();
  result["tool"] = "entente_bench";
  result["machine"] = Machine();
  result["build"] = Build();
  result["runs"] = f.runs;
  std::printf("entente_bench  %s  %s  %s\n", result["date"].get<std::string>().c_str(),
              result["machine"]["host"].get<std::string>().c_str(),
              result["build"]["git_revision"].get<std::string>().substr(0, 12).c_str());
  std::printf("machine: %s, %u cores, load %s\n", result["machine"]["cpu"].get<std::string>().c_str(),
              std::thread::hardware_concurrency(), LoadAvg().c_str());

  // Dictionaries and WordNet.
  std::vector<double> dict_wall, dict_cpu, wn_wall;
  std::shared_ptr<const DictionarySet> dict;
  for (int r = 0; r < f.runs; ++r) {
    double c0 = ThreadCpuSeconds(), w0 = WallSeconds();
    auto d = DictionarySet::Load({});
    dict_wall.push_back(WallSeconds() - w0);
    dict_cpu.push_back(ThreadCpuSeconds() - c0);
    if (!d.ok()) {
      std::fprintf(stderr, "entente_bench: %s\n", d.status().ToString().c_str());
      return 1;
    }
    dict = std::move(d).value();
  }
  std::unique_ptr<Analyzer> analyzer;
  for (int r = 0; r < f.runs; ++r) {
    analyzer.reset();
    double w0 = WallSeconds();
    auto a = Analyzer::Create();
    wn_wall.push_back(WallSeconds() - w0);
    if (!a.ok()) {
      std::fprintf(stderr, "entente_bench: %s\n", a.status().ToString().c_str());
      return 1;
    }
    analyzer = std::move(a).value();
  }
  json load;
  std::vector<double> dict_ms;
  for (double v : dict_wall) dict_ms.push_back(v * 1e3);
  load["bundled"] = {{"median_ms", Median(dict_wall) * 1e3}, {"cpu_median_ms", Median(dict_cpu) * 1e3},
                     {"runs_ms", dict_ms}, {"fingerprint", dict->fingerprint()},
                     {"actors", dict->actor_count()}, {"agents", dict->agent_count()},
                     {"verbs", dict->verb_entry_count()}, {"patterns", dict->pattern_count()}};
  load["wordnet"] = {{"median_ms", Median(wn_wall) * 1e3}};
  std::printf("load: bundled dictionaries %.0f ms (median of %d; cpu %.0f ms), WordNet %.0f ms\n",
              Median(dict_wall) * 1e3, f.runs, Median(dict_cpu) * 1e3, Median(wn_wall) * 1e3);
  {
    std::string shared = (f.shared.empty() ? std::string(ENTENTE_BENCH_SOURCE_DIR) + "/../shared/data" : f.shared) +
                         "/petrarch/dictionaries/";
    if (!f.quick && std::filesystem::exists(shared + "CAMEO.2.0.txt")) {
      DictionaryPaths p;
      p.verbs = {shared + "CAMEO.2.0.txt"};
      p.actors = {shared + "Phoenix.Countries.actors.txt", shared + "Phoenix.International.actors.txt",
                  shared + "Phoenix.MilNonState.actors.txt"};
      p.agents = {shared + "Phoenix.agents.txt"};
      p.discards = {shared + "Phoenix.discards.txt"};
      std::vector<double> wall;
      bool ok = true;
      for (int r = 0; r < f.runs && ok; ++r) {
        double w0 = WallSeconds();
        ok = DictionarySet::Load(p).ok();
        wall.push_back(WallSeconds() - w0);
      }
      if (ok) {
        load["petrarch_phoenix"] = {{"median_ms", Median(wall) * 1e3}};
        std::printf("load: PETRARCH CAMEO.2.0 + Phoenix dictionaries %.0f ms (median)\n", Median(wall) * 1e3);
      }
    }
  }
  result["load"] = load;
  Engine eng;
  eng.dict = dict;
  eng.analyzer = std::move(analyzer);
  eng.coder = std::make_unique<Coder>(*eng.dict, *eng.analyzer);
  eng.prefilter = std::make_unique<MatchPrefilter>(*eng.dict);
  const Coder& coder = *eng.coder;
  json rss;
  rss["after_load_mb"] = PeakRssMb();

  // Corpora.
  CorpusOptions co;
  co.shared_dir = f.shared;
  co.only = f.quick && f.corpora.empty() ? std::vector<std::string>{"demo"} : f.corpora;
  std::vector<std::string> notes;
  auto loaded = LoadCorpora(co, &notes);
  if (!loaded.ok()) {
    std::fprintf(stderr, "entente_bench: %s\n", loaded.status().ToString().c_str());
    return 1;
  }
  std::vector<Corpus> corpora = std::move(loaded).value();
  for (const auto& n : notes) std::printf("note: %s\n", n.c_str());
  result["notes"] = notes;
  if (!f.dump_jsonl.empty()) {  // the corpora as `entente code` input, e.g. for perf or RSS runs
    std::ofstream out(f.dump_jsonl, std::ios::binary);
    for (const Corpus& c : corpora) out << ToJsonl(c);
    if (!out) {
      std::fprintf(stderr, "entente_bench: cannot write %s\n", f.dump_jsonl.c_str());
      return 1;
    }
    std::printf("wrote %s\n", f.dump_jsonl.c_str());
    return 0;
  }
  rss["after_corpora_mb"] = PeakRssMb();

  std::printf("\n%-14s %6s %7s %8s %8s %12s %12s %12s\n", "corpus", "docs", "sents", "events", "MB",
              "ingest doc/s", "sent/s/core", "sent/s wall");
  json jc = json::array();
  double news_sent = 0, news_cpu = 0;
  for (const Corpus& c : corpora) {
    std::string jsonl = ToJsonl(c);
    uint64_t ingested = 0;
    auto [icpu, iwall] = Time(f.runs, [&] {
      ingested = 0;
      auto reader = NewStringReader(jsonl, c.name + ".jsonl", IngestOptions{});
      if (reader.ok()) (void)ReadAll(reader->get(), [&](Document&&) { ++ingested; return Status::OK(); }, nullptr);
    });
    uint64_t sentences = 0, events = 0;
    auto [cpu, wall] = Time(f.runs, [&] {
      events = 0;
      sentences = RunCode(eng, c, &events);
    });
    double mcpu = Median(cpu), mwall = Median(wall);
    json e;
    e["name"] = c.name;
    e["origin"] = c.origin;
    e["documents"] = c.docs.size();
    e["sentences"] = sentences;
    e["events"] = events;
    e["bytes"] = c.bytes;
    e["ingest"] = {{"docs_per_s", ingested / Median(icpu)}, {"docs_per_s_wall", ingested / Median(iwall)},
                   {"mb_per_s", jsonl.size() / 1e6 / Median(icpu)}};
    e["code"] = {{"sentences_per_s_per_core", sentences / mcpu}, {"sentences_per_s_wall", sentences / mwall},
                 {"docs_per_s_per_core", c.docs.size() / mcpu}, {"cpu_s_runs", cpu}, {"wall_s_runs", wall},
                 {"us_per_sentence", mcpu / static_cast<double>(sentences) * 1e6}};
    if (c.name != "demo") {
      news_sent += static_cast<double>(sentences);
      news_cpu += mcpu;
    }
    std::printf("%-14s %6zu %7llu %8llu %8.2f %12.0f %12.0f %12.0f\n", c.name.c_str(), c.docs.size(),
                static_cast<unsigned long long>(sentences), static_cast<unsigned long long>(events), c.bytes / 1e6,
                ingested / Median(icpu), sentences / mcpu, sentences / mwall);
    jc.push_back(e);
  }
  if (news_cpu > 0) {
    result["news_sentences_per_s_per_core"] = news_sent / news_cpu;
    std::printf("%-14s %6s %7.0f %8s %8s %12s %12.0f\n", "real news", "", news_sent, "", "", "", news_sent / news_cpu);
  }
  rss["after_coding_mb"] = PeakRssMb();

  // Stage breakdown.
  if (!f.no_stages) {
    auto lex = Lexicon::Load(AnalyzerOptions().wordnet_dir);
    if (lex.ok()) {
      eng.lexicon = std::move(lex).value();
      std::printf("\nstages, sentences/s per core (median of %d):\n%-14s", f.runs, "corpus");
      const char* kStages[] = {"split", "tokenize", "tag",    "chunk",    "analyze",    "words",
                               "discards", "discards_pf", "actors", "verbs", "verbs_pf"};
      for (const char* s : kStages) std::printf(" %11s", s);
      std::printf("\n");
      for (size_t i = 0; i < corpora.size(); ++i) {
        const Corpus& c = corpora[i];
        PreparedCorpus p = Prepare(eng, c);
        double n = static_cast<double>(p.sentences.size());
        std::map<std::string, double> rate;
        std::map<std::string, uint64_t> result_of;  // last result of each stage, for the differential checks
        std::vector<std::vector<Token>> scratch;
        std::vector<std::vector<nlp::TokenAux>> aux;
        auto stage = [&](const char* name, auto fn) {
          std::vector<double> cpu;
          for (int r = 0; r < f.runs; ++r) {
            double c0 = ThreadCpuSeconds();
            uint64_t res = fn();
            cpu.push_back(ThreadCpuSeconds() - c0);
            g_sink = g_sink + res;
            result_of[name] = res;
          }
          rate[name] = n / Median(cpu);
        };
        stage("split", [&] { return RunSplit(eng, c); });
        stage("tokenize", [&] { return RunTokenize(eng, p); });
        {
          std::vector<double> cpu;
          for (int r = 0; r < f.runs; ++r) {
            ResetTagScratch(p, &scratch);
            double c0 = ThreadCpuSeconds();
            g_sink = g_sink + RunTag(eng, &scratch, &aux);
            cpu.push_back(ThreadCpuSeconds() - c0);
          }
          rate["tag"] = n / Median(cpu);
        }
        stage("chunk", [&] { return RunChunk(p); });
        stage("analyze", [&] { return RunAnalyze(eng, c); });
        stage("words", [&] { return RunWords(eng, p); });
        stage("discards", [&] { return RunDiscards(eng, p); });
        stage("actors", [&] { return RunActors(eng, p); });
        stage("verbs", [&] { return RunVerbs(eng, p); });
        stage("verbs_pf", [&] { return RunVerbsPrefiltered(eng, p); });
        stage("discards_pf", [&] { return RunDiscardsPrefiltered(eng, p); });
        std::printf("%-14s", c.name.c_str());
        for (const char* s : kStages) std::printf(" %11.0f", rate[s]);
        std::printf("\n");
        jc[i]["stages_sentences_per_s_per_core"] = rate;
        bool same = result_of["verbs"] == result_of["verbs_pf"] && result_of["discards"] == result_of["discards_pf"];
        jc[i]["prefilter_results_identical"] = same;
        if (!same) std::printf("  WARNING: prefiltered stages disagree with the plain ones on %s\n", c.name.c_str());
        jc[i]["tokens"] = p.tokens;
      }
      eng.lexicon.reset();
    }
  }
  result["corpora"] = jc;

  // Scaling: threads and size, on the demo corpus (always present) and the news corpora joined.
  if (!f.quick) {
    json sc;
    Corpus all;
    all.name = "all";
    for (const Corpus& c : corpora) {
      all.docs.insert(all.docs.end(), c.docs.begin(), c.docs.end());
      all.bytes += c.bytes;
    }
    std::printf("\nscaling on all corpora joined (%zu documents), wall time, load %s:\n", all.docs.size(),
                LoadAvg().c_str());
    std::string reference;
    json threads = json::array();
    double t1 = 0;
    for (unsigned t : {1u, static_cast<unsigned>(std::max(1, f.threads))}) {
      std::vector<double> wall;
      std::string out;
      uint64_t sentences = 0;
      for (int r = 0; r < std::max(1, f.runs / 2 + 1); ++r) {
        double w0 = WallSeconds();
        out = CodeParallel(coder, all, t, &sentences);
        wall.push_back(WallSeconds() - w0);
      }
      if (reference.empty()) reference = out;
      double m = Median(wall);
      if (t == 1) t1 = m;
      bool same = out == reference;
      threads.push_back({{"threads", t}, {"wall_s", m}, {"sentences_per_s", sentences / m},
                         {"speedup", t1 / m}, {"output_identical_to_1_thread", same}});
      std::printf("  %u thread(s): %.2f s, %.0f sentences/s, speedup %.2f, output %s\n", t, m, sentences / m,
                  t1 / m, same ? "identical" : "DIFFERS");
      if (f.threads <= 1) break;
    }
    sc["threads"] = threads;
    sc["loadavg"] = LoadAvg();
    const Corpus& base = corpora.front();  // demo
    json sizes = json::array();
    double per1 = 0;
    std::printf("time vs size (%s corpus, CPU time of one thread):\n", base.name.c_str());
    for (int k : {1, 4, 16}) {
      Corpus rep = Replicate(base, k);
      uint64_t sentences = 0, events = 0;
      std::vector<double> cpu;
      for (int r = 0; r < std::max(1, f.runs / 2 + 1); ++r) {
        double c0 = ThreadCpuSeconds();
        sentences = 0;
        for (const Document& d : rep.docs) {
          auto res = coder.Code(d);
          if (res.ok()) { sentences += res->sentences.size(); events += res->events.size(); }
        }
        cpu.push_back(ThreadCpuSeconds() - c0);
      }
      double m = Median(cpu);
      if (k == 1) per1 = m;
      sizes.push_back({{"copies", k}, {"sentences", sentences}, {"cpu_s", m}, {"ratio_to_linear", m / (per1 * k)}});
      std::printf("  %2dx: %6llu sentences, %.3f s, %.2f of linear\n", k, static_cast<unsigned long long>(sentences), m,
                  m / (per1 * k));
    }
    sc["size"] = sizes;
    result["scaling"] = sc;
  }
  rss["peak_mb"] = PeakRssMb();
  result["rss"] = rss;
  result["machine"]["loadavg_end"] = LoadAvg();
  std::printf("\npeak RSS: %.0f MB after loading, %.0f MB after coding, %.0f MB at the end (bench data included)\n",
              rss["after_load_mb"].get<double>(), rss["after_coding_mb"].get<double>(), rss["peak_mb"].get<double>());

  if (!f.no_out) {
    std::string path = f.out;
    if (path.empty()) {
      std::string dir = std::string(ENTENTE_BENCH_SOURCE_DIR) + "/bench/results";
      std::error_code ec;
      std::filesystem::create_directories(dir, ec);
      path = dir + "/" + result["date"].get<std::string>() + "-" + result["machine"]["host"].get<std::string>() + ".json";
    }
    std::ofstream out(path);
    out << result.dump(2) << "\n";
    if (!out) {
      std::fprintf(stderr, "entente_bench: cannot write %s\n", path.c_str());
      return 1;
    }
    std::printf("results: %s\n", path.c_str());
  }
  return 0;
}

}  // namespace
}  // namespace entente::bench

int main(int argc, char** argv) {
  entente::bench::Flags f;
  CLI::App app{"entente_bench: end-to-end throughput, load time and memory of entente (bench/README.md)"};
  app.add_option("--runs", f.runs, "repetitions; medians are reported (default 5)")->check(CLI::Range(1, 100));
  app.add_option("--corpora", f.corpora, "corpora to use (default: all present): demo, ag_world, bbc_politics, "
                                         "reuters21578, gigaword")->delimiter(',');
  app.add_option("--shared", f.shared, "shared data folder (default: <source>/../shared/data)");
  app.add_option("--out", f.out, "results file (default bench/results/<date>-<host>.json)");
  app.add_flag("--no-out", f.no_out, "do not write a results file");
  app.add_flag("--quick", f.quick, "demo corpus only (unless --corpora), no scaling, no PETRARCH load");
  app.add_flag("--no-stages", f.no_stages, "skip the per-stage breakdown");
  app.add_option("--dump-jsonl", f.dump_jsonl, "write the selected corpora as one JSONL file and exit "
                                               "(input for `entente code`, perf, RSS runs)");
  app.add_option("--threads", f.threads, "thread count compared with 1 in the scaling run (default 2)")
      ->check(CLI::Range(1, 256));
  CLI11_PARSE(app, argc, argv);
  return entente::bench::Run(f);
}
