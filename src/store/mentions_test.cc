// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests for deduplication across outlets: the wording test (MentionsRepeat), clustering
// (ClusterMentions), and the SQLite store grouping mentions as documents arrive, in any order,
// in batches or not, and when an older store is upgraded.  The PostgreSQL store runs the same
// reports in tests/pg/pg_store_test.cc.
#include "store/mentions.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "entente/store.h"
#include "store/sqlite_migrations.h"
#include "store/store_test_util.h"

namespace entente {
namespace {

using store_internal::ClusterMentions;
using store_internal::Mention;
using store_test_util::DescribeMentions;
using store_test_util::RawExec;
using store_test_util::OutletReports;
using store_test_util::Report;

TEST(MentionsRepeat, CloseWordingRepeatsAndOtherWordingDoesNot) {
  struct Case {
    const char* a;
    const char* b;
    bool repeat;
  };
  const Case cases[] = {
      // The same wire copy, with a clause added, and reordered with inflections changed.
      {"Russia and China signed a major energy agreement in Beijing on Wednesday.",
       "Russia and China signed a major energy agreement in Beijing on Wednesday, officials said.",
       true},
      {"Russia and China signed an energy agreement in Beijing on Wednesday.",
       "On Wednesday, China and Russia sign energy agreements in BEIJING", true},
      {"Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing.",
       "Russia's foreign minister Sergei Lavrov held talks with Wang Yi in Beijing on Tuesday.",
       true},
      // Same actors and verb, a different matter.
      {"The United States said China must stop building islands in the South China Sea.",
       "The United States said China's trade practices were unfair to American farmers.", false},
      {"Russia and China signed a major energy agreement in Beijing on Wednesday.",
       "Moscow agreed with Beijing to build a new pipeline across Siberia.", false},
      // A headline inside a longer sentence repeats it.
      {"China condemns US", "China condemned the US strikes.", true},
      // Fewer than three content words: only the same words repeat.
      {"Putin warns", "Putin warned.", true},
      {"Putin warns", "Putin warns Kyiv", false},
      // No words, nothing to compare.
      {"", "", false},
      {"", "Putin warns Kyiv", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(MentionsRepeat(c.a, c.b), c.repeat) << c.a << " | " << c.b;
    EXPECT_EQ(MentionsRepeat(c.b, c.a), c.repeat) << "symmetric: " << c.a << " | " << c.b;
  }
}

Mention M(int64_t id, std::string hash, std::string text, std::string outlet, int64_t doc) {
  Mention m;
  m.id = id;
  m.document = doc;
  m.content_hash = std::move(hash);
  m.text = std::move(text);
  m.outlet = std::move(outlet);
  return m;
}

TEST(ClusterMentions, FirstInContentOrderStandsForTheClusterAndCarriesTheCounts) {
  const std::string wire = "Russia and China signed a major energy agreement in Beijing.";
  std::vector<Mention> ms = {
      M(10, "c", wire, "Wire", 1), M(11, "a", wire + " Officials said.", "Daily", 2),
      M(12, "b", wire, "", 3), M(13, "b", wire, "", 3),  // twice in one document without outlet
      M(14, "d", "Moscow agreed with Beijing to build a pipeline across Siberia.", "Wire", 4)};
  std::vector<store_internal::MentionRow> rows = ClusterMentions(ms);
  ASSERT_EQ(rows.size(), 5u);
  std::map<int64_t, store_internal::MentionRow> by_id;
  for (const auto& r : rows) by_id[r.id] = r;
  // Content order puts hash "a" (id 11) first: it stands for the cluster.
  EXPECT_FALSE(by_id[11].dup_of);
  EXPECT_EQ(by_id[11].mentions, 4);
  EXPECT_EQ(by_id[11].sources, 3);   // Wire, Daily, and document 3 as its own outlet
  EXPECT_EQ(by_id[11].articles, 3);  // documents 1, 2, 3
  for (int64_t id : {10, 12, 13}) {
    EXPECT_EQ(by_id[id].dup_of, 11) << id;
    EXPECT_FALSE(by_id[id].mentions) << id;
  }
  EXPECT_FALSE(by_id[14].dup_of);
  EXPECT_EQ(by_id[14].mentions, 1);
  // The same mentions in another order give the same rows.
  std::reverse(ms.begin(), ms.end());
  std::vector<store_internal::MentionRow> again = ClusterMentions(ms);
  std::sort(rows.begin(), rows.end(), [](auto& x, auto& y) { return x.id < y.id; });
  std::sort(again.begin(), again.end(), [](auto& x, auto& y) { return x.id < y.id; });
  EXPECT_EQ(rows, again);
}

// A temporary SQLite file, removed at scope exit.
class TempDb {
 public:
  TempDb() {
    static std::atomic<int> counter{0};
    path_ = (std::filesystem::temp_directory_path() /
             ("entente_mentions_test_" + std::to_string(::getpid()) + "_" +
              std::to_string(counter++) + ".db"))
                .string();
  }
  ~TempDb() {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::unique_ptr<EventStore> Open(const std::string& url) {
  auto s = OpenStore(url);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(s).value() : nullptr;
}

void Put(EventStore& store, const Report& r) {
  auto put = store.PutDocument(r.doc, r.sentences, r.events);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
}

// Checks the grouping of OutletReports(), whatever order they were stored in.
void ExpectReportsGrouped(EventStore& store) {
  std::vector<std::string> lines = DescribeMentions(store);
  ASSERT_EQ(lines.size(), 6u) << ::testing::PrintToString(lines);
  // Exactly one of a, b, c stands for the signing; the other two repeat it.
  int distinct = 0;
  std::string first;
  for (int i = 0; i < 3; ++i) {
    if (lines[i].find(": distinct 3 mentions 2 sources 3 articles") != std::string::npos) {
      ++distinct;
      first = lines[i].substr(0, lines[i].find(':'));
    }
  }
  ASSERT_EQ(distinct, 1) << ::testing::PrintToString(lines);
  for (int i = 0; i < 3; ++i) {
    if (lines[i].starts_with(first + ":")) continue;
    EXPECT_EQ(lines[i].substr(lines[i].find(':')), ": repeats " + first + " (-)");
  }
  EXPECT_EQ(lines[3], "d-Herald: distinct 1 mentions 1 sources 1 articles");
  EXPECT_EQ(lines[4], "e-Daily: distinct 1 mentions 1 sources 1 articles");
  EXPECT_EQ(lines[5], "f-Herald: distinct 1 mentions 1 sources 1 articles");

  // Queries: distinct events by default, every mention on request, the mentions of one event.
  EventQuery q;  // asserted, distinct
  auto events = store.QueryEvents(q);
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(events->size(), 3u);  // the signing (057), the pipeline (057), the signing as 036
  EXPECT_EQ(*store.CountEvents(q), 3);
  q.distinct = false;
  EXPECT_EQ(*store.CountEvents(q), 5);
  int64_t signing = 0;
  for (const StoredEvent& e : *events) {
    if (e.external.num_mentions == 3) signing = e.id;
  }
  ASSERT_NE(signing, 0);
  EventQuery of;
  of.mentions_of = signing;
  auto mentions = store.QueryEvents(of);
  ASSERT_TRUE(mentions.ok());
  EXPECT_EQ(mentions->size(), 3u);
  for (const StoredEvent& e : *mentions) {
    EXPECT_EQ(e.duplicate_of.value_or(e.id), signing);
    EXPECT_FALSE(e.event.sentence_text.empty());
  }
  // Series count distinct events.
  EventQuery dyad;
  dyad.source = "RUS";
  dyad.target = "CHN";
  auto days = store.TotalsByDay(dyad);
  ASSERT_TRUE(days.ok());
  int64_t n = 0;
  for (const DayTotals& d : *days) n += d.events;
  EXPECT_EQ(n, 3);
  auto volume = store.CountByDay(dyad);
  ASSERT_TRUE(volume.ok());
  ASSERT_EQ(volume->size(), 1u);
  EXPECT_EQ((*volume)[0].events, 3);
  auto counts = store.Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->events, 6);
  EXPECT_EQ(counts->distinct_events, 4);
}

TEST(StoreDeduplication, GroupsMentionsAcrossOutletsOneDocumentAtATime) {
  auto store = Open("sqlite::memory:");
  ASSERT_TRUE(store);
  for (const Report& r : OutletReports()) Put(*store, r);
  ExpectReportsGrouped(*store);
}

TEST(StoreDeduplication, GroupsTheSameInABatchAndInAnyOrder) {
  std::vector<Report> reports = OutletReports();
  auto forward = Open("sqlite::memory:");
  ASSERT_TRUE(forward);
  for (const Report& r : reports) Put(*forward, r);
  const std::vector<std::string> expected = DescribeMentions(*forward);

  std::vector<Report> order = reports;
  std::sort(order.begin(), order.end(),
            [](const Report& x, const Report& y) { return x.doc.id < y.doc.id; });
  int permutations = 0;
  do {
    auto store = Open("sqlite::memory:");
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->BeginBatch().ok());
    // Half in one batch, the rest one by one: groups are regrouped at each commit.
    for (size_t i = 0; i < order.size(); ++i) {
      if (i == order.size() / 2) {
        ASSERT_TRUE(store->CommitBatch().ok());
      }
      Put(*store, order[i]);
    }
    EXPECT_EQ(DescribeMentions(*store), expected) << "permutation " << permutations;
    ++permutations;
  } while (std::next_permutation(order.begin(), order.end(), [](const Report& x, const Report& y) {
             return x.doc.id < y.doc.id;
           }) && permutations < 40);
  EXPECT_EQ(permutations, 40);
  ExpectReportsGrouped(*forward);
}

TEST(StoreDeduplication, ARolledBackBatchLeavesTheGroupsAsTheyWere) {
  std::vector<Report> reports = OutletReports();
  auto store = Open("sqlite::memory:");
  ASSERT_TRUE(store);
  Put(*store, reports[0]);
  const std::vector<std::string> before = DescribeMentions(*store);
  ASSERT_TRUE(store->BeginBatch().ok());
  Put(*store, reports[1]);
  Put(*store, reports[2]);
  ASSERT_TRUE(store->RollbackBatch().ok());
  EXPECT_EQ(DescribeMentions(*store), before);
  for (size_t i = 1; i < reports.size(); ++i) Put(*store, reports[i]);
  ExpectReportsGrouped(*store);
}

TEST(StoreDeduplication, UpgradingAVersion3StoreGroupsTheMentionsItHolds) {
  TempDb tmp;
  // A store as version 3 left it, with the reports stored but not grouped.
  std::string sql;
  for (int v = 0; v < 3; ++v) sql += std::string(store_internal::SqliteMigrations()[v].sql);
  sql +=
      "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, "
      "description TEXT NOT NULL); INSERT INTO schema_version VALUES(1, 'x', 'v1'), "
      "(2, 'x', 'v2'), (3, 'x', 'v3'); PRAGMA application_id = " +
      std::to_string(store_internal::kSqliteApplicationId) + ";";
  int id = 1;
  for (const Report& r : OutletReports()) {
    const Event& e = r.events[0];
    auto q = [](std::string_view s) {
      std::string out = "'";
      for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
      return out + "'";
    };
    sql += "INSERT INTO documents(id, ext_id, content_hash, source, text, ingested_at) VALUES(" +
           std::to_string(id) + ", " + q(r.doc.id) + ", " + q(ContentHash(r.doc.text)) + ", " +
           q(r.doc.source) + ", " + q(r.doc.text) + ", 'now');";
    sql += "INSERT INTO sentences(doc, idx, start, \"end\", text) VALUES(" + std::to_string(id) +
           ", 1, 10, " + std::to_string(r.sentences[0].end) + ", " + q(r.sentences[0].text) + ");";
    sql += "INSERT INTO events(doc, sentence, start, \"end\", date, source, target, code, root, "
           "quad, goldstein, status) VALUES(" +
           std::to_string(id) + ", 1, 10, " + std::to_string(e.end) + ", '2019-06-05', 'RUS', "
           "'CHN', " + q(e.code.str()) + ", " + q(e.code.root()) + ", " +
           std::to_string(static_cast<int>(e.quad)) + ", 1.0, " +
           std::to_string(static_cast<int>(e.status)) + ");";
    ++id;
  }
  RawExec(tmp.path(), sql);

  StoreOptions ro;
  ro.read_only = true;
  auto refused = OpenStore("sqlite:" + tmp.path(), ro);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), ErrorCode::kUnsupported);
  EXPECT_NE(refused.status().message().find("schema upgrade"), std::string::npos)
      << refused.status().ToString();

  auto store = Open("sqlite:" + tmp.path());
  ASSERT_TRUE(store);
  EXPECT_EQ(*store->SchemaVersion(), 4);
  ExpectReportsGrouped(*store);
}

}  // namespace
}  // namespace entente
