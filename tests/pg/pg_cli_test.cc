// Copyright 2026 The entente Authors. Apache-2.0.
//
// The acceptance checks of the event store, end to end through the CLI (label `pg`):
//   - four `entente ingest` processes writing overlapping shards of a corpus into one fresh
//     PostgreSQL database at once store exactly the union of their inputs, each document once,
//     with the same events as one SQLite ingest of the union;
//   - ingesting ../shared/data/news twice gives the same store on SQLite and PostgreSQL, and the
//     second run adds nothing;
//   - importing every file of ../shared/data/events (twice) gives the same counts on both
//     backends, matching the distinct ids in the files, and the same export.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "entente/import.h"
#include "entente/store.h"
#include "pg_test_util.h"

namespace entente {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::FreshDatabase;
using testing::Process;
using testing::RunEntente;

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/entente_pg_cli_XXXXXX";
    path_ = ::mkdtemp(tmpl) ? tmpl : "";
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

void WriteLines(const std::string& path, const std::vector<std::string>& lines) {
  std::ofstream out(path);
  for (const auto& l : lines) out << l << "\n";
}

// Every event mention of a store, described without store ids (a mention that repeats another
// names it by document and offset), with its counts, sorted: equal for equal stores.
std::vector<std::string> EventMultiset(EventStore& store) {
  EventQuery all;
  all.statuses.clear();
  all.distinct = false;
  all.with_sentence_text = false;
  std::vector<StoredEvent> events;
  Status st = store.ForEachEvent(all, [&](const StoredEvent& se) {
    events.push_back(se);
    return Status::OK();
  });
  EXPECT_TRUE(st.ok()) << st.ToString();
  std::map<int64_t, std::string> where;
  for (const StoredEvent& se : events) {
    where[se.id] = se.event.doc_id + "@" + std::to_string(se.event.start);
  }
  auto n = [](const std::optional<int32_t>& v) { return v ? std::to_string(*v) : "-"; };
  std::vector<std::string> out;
  for (const StoredEvent& se : events) {
    const Event& e = se.event;
    std::ostringstream ss;
    ss << (se.duplicate_of ? "repeats " + where[*se.duplicate_of] : "distinct") << "|"
       << n(se.external.num_mentions) << "/" << n(se.external.num_sources) << "/"
       << n(se.external.num_articles) << "|";
    ss << e.doc_id << "|" << e.sentence << "|" << e.start << "-" << e.end << "|"
       << e.date.ToString() << "|" << e.source.str() << "|" << e.target.str() << "|"
       << e.code.str() << "|" << EventStatusName(e.status) << "|" << e.pattern_id << "|"
       << (e.goldstein ? std::to_string(*e.goldstein) : "-") << "|" << se.external.dataset << "|"
       << se.external.external_id << "|" << se.external.geo_name << "|" << se.external.source_url;
    out.push_back(ss.str());
  }
  std::sort(out.begin(), out.end());
  return out;
}

StoreCounts CountsOf(const std::string& url) {
  auto store = OpenStore(url);
  EXPECT_TRUE(store.ok()) << url << ": " << store.status().ToString();
  if (!store.ok()) return {};
  auto c = (*store)->Counts();
  EXPECT_TRUE(c.ok());
  return c.ok() ? *c : StoreCounts{};
}

void ExpectSameStore(const std::string& a_url, const std::string& b_url) {
  auto a = OpenStore(a_url);
  auto b = OpenStore(b_url);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  auto ca = (*a)->Counts();
  auto cb = (*b)->Counts();
  ASSERT_TRUE(ca.ok() && cb.ok());
  EXPECT_EQ(ca->documents, cb->documents);
  EXPECT_EQ(ca->sentences, cb->sentences);
  EXPECT_EQ(ca->events, cb->events);
  EXPECT_EQ(ca->distinct_events, cb->distinct_events);
  EXPECT_EQ(ca->imported_events, cb->imported_events);
  std::vector<std::string> ea = EventMultiset(**a), eb = EventMultiset(**b);
  EXPECT_EQ(ea.size(), eb.size());
  EXPECT_TRUE(ea == eb) << "the stores hold different events";
}

TEST(PostgresCli, FourConcurrentIngestsStoreTheUnionOfTheirInputsOnce) {
  const std::string corpus = std::string(ENTENTE_SOURCE_DIR) + "/data/samples/demo_corpus.jsonl";
  std::vector<std::string> docs = ReadLines(corpus);
  ASSERT_GT(docs.size(), 100u) << corpus;
  TempDir dir;
  // Shard w holds every document whose number i has (i + w) % 4 != 3: each document is in three
  // shards.  Odd shards run backwards, so the processes meet the same documents in opposite
  // orders.
  std::vector<std::string> shard_paths;
  for (int w = 0; w < 4; ++w) {
    std::vector<std::string> shard;
    for (size_t i = 0; i < docs.size(); ++i) {
      if ((i + static_cast<size_t>(w)) % 4 != 3) shard.push_back(docs[i]);
    }
    if (w % 2) std::reverse(shard.begin(), shard.end());
    shard_paths.push_back(dir.path() + "/shard" + std::to_string(w) + ".jsonl");
    WriteLines(shard_paths.back(), shard);
  }
  const std::string url = FreshDatabase();  // fresh: the four processes also race to migrate it
  ASSERT_FALSE(url.empty());
  std::vector<std::unique_ptr<Process>> procs;
  for (const auto& shard : shard_paths) {
    procs.push_back(std::make_unique<Process>(
        std::vector<std::string>{"ingest", "--db", url, "-j", "1", shard}));
  }
  std::vector<CommandResult> results;
  for (auto& p : procs) results.push_back(p->Wait());

  const std::string ref = "sqlite:" + dir.path() + "/reference.db";
  CommandResult reference = RunEntente({"ingest", "--db", ref, "-j", "1", "-q", corpus});
  ASSERT_TRUE(reference.exit_code == 0 || reference.exit_code == 3) << reference.err;
  for (const auto& r : results) {
    EXPECT_EQ(r.exit_code, reference.exit_code) << r.err;
  }

  // The union, each document once, with the same sentences and events as one ingest of it.
  ExpectSameStore(ref, url);
  StoreCounts pg = CountsOf(url);
  EXPECT_GT(pg.documents, 100);
  EXPECT_GT(pg.events, 0);

  // The four runs' own accounting agrees: every document was counted as new exactly once.
  auto store = OpenStore(url);
  ASSERT_TRUE(store.ok());
  auto runs = (*store)->ListRuns();
  ASSERT_TRUE(runs.ok());
  ASSERT_EQ(runs->size(), 4u);
  int64_t added = 0, events_added = 0, seen = 0;
  for (const RunRecord& r : *runs) {
    added += r.counts.documents_added;
    events_added += r.counts.events_added;
    seen += r.counts.documents_seen;
    EXPECT_FALSE(r.finished.empty());
  }
  EXPECT_EQ(added, pg.documents);
  EXPECT_EQ(events_added, pg.events);
  EXPECT_EQ(seen, static_cast<int64_t>(3 * docs.size()));
}

// kill -9 in the middle of an ingest into PostgreSQL, run it again: the store equals a clean
// run's, mentions, their grouping and counts included.
TEST(PostgresCli, KilledIngestResumedEqualsACleanRun) {
  const std::string demo = std::string(ENTENTE_SOURCE_DIR) + "/data/samples/demo_corpus.jsonl";
  std::vector<std::string> docs = ReadLines(demo);
  ASSERT_GT(docs.size(), 100u) << demo;
  TempDir dir;
  // 10 editions of the demo corpus: new texts (so 10 times the documents), close wording (so
  // each event gets a mention per edition).
  std::vector<std::string> corpus;
  for (int k = 0; k < 10; ++k) {
    for (const std::string& line : docs) {
      nlohmann::json j = nlohmann::json::parse(line);
      j["id"] = j["id"].get<std::string>() + "-e" + std::to_string(k);
      j["text"] = j["text"].get<std::string>() + " (Edition " + std::to_string(k) + ".)";
      corpus.push_back(j.dump());
    }
  }
  const std::string path = dir.path() + "/editions.jsonl";
  WriteLines(path, corpus);

  const std::string clean = FreshDatabase(), crashed = FreshDatabase();
  ASSERT_FALSE(clean.empty() || crashed.empty());
  CommandResult c = RunEntente({"ingest", "--db", clean, "-q", "--batch", "200", path});
  ASSERT_EQ(c.exit_code, 0) << c.err;

  Process victim({"ingest", "--db", crashed, "-q", "--batch", "200", "-j", "1", path});
  int64_t at_kill = 0;
  for (int i = 0; i < 1200 && victim.Running(); ++i) {
    ::usleep(50 * 1000);
    auto store = OpenStore(crashed);
    if (!store.ok()) continue;  // not created yet
    auto counts = (*store)->Counts();
    at_kill = counts.ok() ? counts->documents : 0;
    if (at_kill >= 400) break;
  }
  victim.Kill();
  CommandResult v = victim.Wait();
  ASSERT_EQ(v.exit_code, 128 + 9) << "the ingest was killed while it ran: " << v.err;
  const int64_t partial = CountsOf(crashed).documents;
  EXPECT_GE(partial, 400);
  EXPECT_LT(partial, static_cast<int64_t>(corpus.size())) << "killed before the end";

  CommandResult resumed = RunEntente({"ingest", "--db", crashed, "--batch", "200", path});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_NE(resumed.err.find(std::to_string(partial) + " already stored"), std::string::npos)
      << resumed.err;
  ExpectSameStore(clean, crashed);
  StoreCounts counts = CountsOf(crashed);
  EXPECT_EQ(counts.documents, static_cast<int64_t>(corpus.size()));
  EXPECT_LT(counts.distinct_events * 5, counts.events) << "the editions' mentions were grouped";
}

TEST(PostgresCli, SharedNewsIngestedTwiceGivesTheSameStoreOnBothBackends) {
  const fs::path news = fs::path(ENTENTE_SHARED_DIR) / "data" / "news";
  if (!fs::exists(news)) GTEST_SKIP() << "needs ../shared (data/news)";
  TempDir dir;
  const std::string lite = "sqlite:" + dir.path() + "/news.db";
  const std::string pg = FreshDatabase();
  ASSERT_FALSE(pg.empty());
  for (const std::string& url : {lite, pg}) {
    StoreCounts first, second;
    for (int pass = 0; pass < 2; ++pass) {
      CommandResult r =
          RunEntente({"ingest", "--db", url, "--date", "2020-01-01", "-q", news.string()});
      EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 3) << url << ": " << r.err;
      (pass == 0 ? first : second) = CountsOf(url);
    }
    EXPECT_GT(first.documents, 100) << url;
    EXPECT_EQ(first.documents, second.documents) << url;
    EXPECT_EQ(first.sentences, second.sentences) << url;
    EXPECT_EQ(first.events, second.events) << url;
    auto store = OpenStore(url);
    ASSERT_TRUE(store.ok());
    auto runs = (*store)->ListRuns();
    ASSERT_TRUE(runs.ok());
    ASSERT_EQ(runs->size(), 2u);
    EXPECT_EQ((*runs)[1].counts.documents_added, 0) << url;
    EXPECT_EQ((*runs)[1].counts.events_added, 0) << url;
    EXPECT_EQ((*runs)[1].counts.documents_skipped, (*runs)[0].counts.documents_seen -
                                                       (*runs)[0].counts.errors)
        << url;
  }
  ExpectSameStore(lite, pg);
}

// Distinct (dataset, id) pairs over event files, read independently of the CLI.
int64_t DistinctIds(const std::vector<std::string>& files, ImportSource source) {
  std::set<std::pair<std::string, std::string>> ids;
  auto table = CameoTable::LoadFile(std::string(ENTENTE_SOURCE_DIR) +
                                    "/data/dictionaries/cameo/cameo_codes.tsv");
  ImportOptions options;
  if (table.ok()) options.cameo = &*table;
  for (const auto& f : files) {
    auto r = EventFileReader::Open(f, source, options);
    if (!r.ok()) continue;
    ImportedEvent ev;
    while (true) {
      auto more = (*r)->Next(&ev);
      if (!more.ok() || !*more) break;
      ids.emplace(ev.info.dataset, ev.info.external_id);
    }
  }
  return static_cast<int64_t>(ids.size());
}

TEST(PostgresCli, SharedEventFilesImportIdenticallyIntoBothBackends) {
  const fs::path root = fs::path(ENTENTE_SHARED_DIR) / "data" / "events";
  if (!fs::exists(root)) GTEST_SKIP() << "needs ../shared (data/events)";
  std::vector<std::string> gdelt, icews;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file() || e.path().string().find("/schema/") != std::string::npos) continue;
    (e.path().string().find("/icews/") != std::string::npos ? icews : gdelt)
        .push_back(e.path().string());
  }
  std::sort(gdelt.begin(), gdelt.end());
  std::sort(icews.begin(), icews.end());
  const int64_t expected = DistinctIds(gdelt, ImportSource::kGdelt) +
                           DistinctIds(icews, ImportSource::kIcews);
  ASSERT_GT(expected, 100000);

  TempDir dir;
  const std::string lite = "sqlite:" + dir.path() + "/events.db";
  const std::string pg = FreshDatabase();
  ASSERT_FALSE(pg.empty());
  for (const std::string& url : {lite, pg}) {
    for (int pass = 0; pass < 2; ++pass) {
      for (auto* files : {&gdelt, &icews}) {
        std::vector<std::string> args = {"import", files == &gdelt ? "gdelt" : "icews", "--db", url};
        args.insert(args.end(), files->begin(), files->end());
        CommandResult r = RunEntente(args);
        // Some files are not event tables (mentions, column lists, id-only splits): they are
        // refused with a reason, the rest is imported, and the exit status says so.
        EXPECT_EQ(r.exit_code, 1) << r.err;
        EXPECT_NE(r.err.find("file(s) not read"), std::string::npos) << r.err;
        if (pass == 1) {
          EXPECT_NE(r.err.find(" 0 imported,"), std::string::npos) << "second import adds nothing: " << r.err;
        }
      }
    }
    StoreCounts c = CountsOf(url);
    EXPECT_EQ(c.imported_events, expected) << url;
    EXPECT_EQ(c.events, expected) << url;
  }
  ExpectSameStore(lite, pg);

  // The same export from both, store ids aside.
  std::map<std::string, std::vector<std::string>> exports;
  for (const std::string& url : {lite, pg}) {
    CommandResult r = RunEntente({"export", "--db", url, "--format", "jsonl", "--status", "all"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::string> lines;
    std::istringstream in(r.out);
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line);
      j.erase("id");
      lines.push_back(j.dump());
    }
    std::sort(lines.begin(), lines.end());
    exports[url] = std::move(lines);
  }
  EXPECT_EQ(static_cast<int64_t>(exports[lite].size()), expected);
  EXPECT_TRUE(exports[lite] == exports[pg]);
}

}  // namespace
}  // namespace entente
