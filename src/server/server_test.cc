// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests of ApiService (entente/server.h) without sockets: every endpoint over a temporary SQLite
// store filled through POST /api/ingest with the demo corpus, bad parameters (each a 400 naming
// the parameter), SQL metacharacters, huge limits, unknown parameters, ingest refused without
// allow_ingest, the dashboard assets, and concurrent requests.  HTTP itself is exercised by
// tests/server/server_checks.py.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "entente/analysis_json.h"
#include "entente/series_query.h"
#include "entente/server.h"
#include "entente/store.h"

namespace entente {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ApiRequest Get(std::string path, std::vector<std::pair<std::string, std::string>> params = {}) {
  ApiRequest r;
  r.path = std::move(path);
  r.params = std::move(params);
  return r;
}

json Body(const ApiResponse& r) {
  json j = json::parse(r.body, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << r.body.substr(0, 200);
  return j;
}

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("entente_server_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = "sqlite:" + (dir_ / "demo.db").string();
    corpus_ = ReadFile(fs::path(ENTENTE_SOURCE_DIR) / "data/samples/demo_corpus.jsonl");
    ServerOptions wo;
    wo.db = db_;
    wo.allow_ingest = true;
    Result<std::unique_ptr<ApiService>> writer = ApiService::Create(wo);
    ASSERT_TRUE(writer.ok()) << writer.status().ToString();
    ApiRequest post;
    post.method = "POST";
    post.path = "/api/ingest";
    post.body = corpus_;
    ApiResponse r = (*writer)->Handle(post);
    ASSERT_EQ(r.status, 200) << r.body;
    first_ingest_ = new json(json::parse(r.body));
    r = (*writer)->Handle(post);
    ASSERT_EQ(r.status, 200) << r.body;
    second_ingest_ = new json(json::parse(r.body));

    ServerOptions ro;
    ro.db = db_;
    Result<std::unique_ptr<ApiService>> reader = ApiService::Create(ro);
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    api_ = reader->release();
  }
  static void TearDownTestSuite() {
    delete api_;
    delete first_ingest_;
    delete second_ingest_;
    fs::remove_all(dir_);
  }

  static std::unique_ptr<EventStore> OpenReadOnly() {
    StoreOptions so;
    so.read_only = true;
    so.create_if_missing = false;
    Result<std::unique_ptr<EventStore>> s = OpenStore(db_, so);
    EXPECT_TRUE(s.ok());
    return s.ok() ? std::move(s).value() : nullptr;
  }

  static inline fs::path dir_;
  static inline std::string db_, corpus_;
  static inline ApiService* api_ = nullptr;
  static inline json* first_ingest_ = nullptr;
  static inline json* second_ingest_ = nullptr;
};

TEST_F(ApiTest, IngestCodesAndStoresThePostedCorpusOnce) {
  const size_t lines = static_cast<size_t>(std::count(corpus_.begin(), corpus_.end(), '\n'));
  const json& first = *first_ingest_;
  EXPECT_EQ(first["documents_seen"].get<size_t>(), lines);
  EXPECT_EQ(first["documents_added"].get<int64_t>() + first["skipped"].get<int64_t>() +
                first["documents_already_present"].get<int64_t>(),
            first["documents_seen"].get<int64_t>());
  EXPECT_GT(first["events_added"].get<int64_t>(), 100);
  // Ingest is idempotent: the second post adds nothing.
  const json& second = *second_ingest_;
  EXPECT_EQ(second["documents_added"], 0);
  EXPECT_EQ(second["events_added"], 0);
  EXPECT_EQ(second["documents_already_present"], first["documents_added"]);
  std::unique_ptr<EventStore> store = OpenReadOnly();
  EXPECT_EQ(store->Counts()->documents, first["documents_added"].get<int64_t>());
}

TEST_F(ApiTest, IngestIsRefusedWithoutTheFlag) {
  ApiRequest post;
  post.method = "POST";
  post.path = "/api/ingest";
  post.body = corpus_.substr(0, corpus_.find('\n') + 1);
  ApiResponse r = api_->Handle(post);
  EXPECT_EQ(r.status, 403);
  EXPECT_NE(Body(r)["error"].get<std::string>().find("--allow-ingest"), std::string::npos);
  EXPECT_EQ(OpenReadOnly()->Counts()->documents, (*first_ingest_)["documents_added"].get<int64_t>());
}

TEST_F(ApiTest, IngestRejectsEmptyOversizedAndUnreadableBodies) {
  ServerOptions o;
  o.db = "sqlite:" + (dir_ / "ingest_limits.db").string();
  o.allow_ingest = true;
  o.max_ingest_bytes = 1000;
  Result<std::unique_ptr<ApiService>> api = ApiService::Create(o);
  ASSERT_TRUE(api.ok()) << api.status().ToString();
  ApiRequest post;
  post.method = "POST";
  post.path = "/api/ingest";
  post.body = "  \n";
  EXPECT_EQ((*api)->Handle(post).status, 400);
  post.body = std::string(1001, 'x');
  ApiResponse big = (*api)->Handle(post);
  EXPECT_EQ(big.status, 413);
  EXPECT_NE(Body(big)["error"].get<std::string>().find("1000"), std::string::npos);
  post.body = "not json\n{\"broken\": \n";
  ApiResponse bad = (*api)->Handle(post);
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_GE(Body(bad)["diagnostics"].size(), 1u);
  post.body =
      R"({"id": "n1", "date": "2019-06-05", "text": "Xi Jinping visited Russia."})"
      "\n";
  ApiResponse ok = (*api)->Handle(post);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(Body(ok)["documents_added"], 1);
}

TEST_F(ApiTest, EventsMatchTheStoreAndPage) {
  ApiResponse r = api_->Handle(Get("/api/events", {{"dyad", "CHN-RUS"}, {"limit", "5"}}));
  ASSERT_EQ(r.status, 200) << r.body;
  json j = Body(r);
  EventQuery q;
  q.source = "CHN";
  q.target = "RUS";
  q.either_direction = true;
  const int64_t total = *OpenReadOnly()->CountEvents(q);
  ASSERT_GT(total, 5);
  EXPECT_EQ(j["total"], total);
  ASSERT_EQ(j["items"].size(), 5u);
  for (const json& e : j["items"]) {
    EXPECT_FALSE(e["sentence"].get<std::string>().empty());
    EXPECT_FALSE(e["document"]["id"].get<std::string>().empty());
    EXPECT_TRUE(e["document"].contains("title"));
    EXPECT_TRUE(e["document"].contains("url"));
    const std::string s = e["source"], t = e["target"];
    EXPECT_TRUE((s.rfind("CHN", 0) == 0 && t.rfind("RUS", 0) == 0) ||
                (s.rfind("RUS", 0) == 0 && t.rfind("CHN", 0) == 0))
        << s << " " << t;
  }
  // Paging: offset 2 starts at the third event of the first page.
  json page2 = Body(api_->Handle(
      Get("/api/events", {{"dyad", "CHN-RUS"}, {"limit", "3"}, {"offset", "2"}})));
  EXPECT_EQ(page2["items"][0]["id"], j["items"][2]["id"]);
  EXPECT_EQ(page2["total"], total);
}

TEST_F(ApiTest, EventsFilterByPartialDatesAndText) {
  json j = Body(api_->Handle(
      Get("/api/events", {{"actor", "RUS"}, {"from", "2019-Q2"}, {"to", "2019-Q2"}, {"limit", "1000"}})));
  ASSERT_GT(j["total"].get<int>(), 0);
  for (const json& e : j["items"]) {
    EXPECT_GE(e["date"].get<std::string>(), "2019-04-01");
    EXPECT_LE(e["date"].get<std::string>(), "2019-06-30");
  }
  json all = Body(api_->Handle(Get("/api/events", {{"limit", "1000"}, {"status", "all"}})));
  json text = Body(api_->Handle(Get("/api/events", {{"q", "SANCTIONS"}, {"limit", "1000"},
                                                     {"status", "all"}})));
  ASSERT_GT(text["total"].get<int>(), 0);
  EXPECT_LT(text["total"].get<int>(), all["total"].get<int>());
  for (const json& e : text["items"]) {
    std::string hay = e["sentence"].get<std::string>() + e["document"]["title"].get<std::string>() +
                      e["verb_text"].get<std::string>() + e["source_text"].get<std::string>() +
                      e["target_text"].get<std::string>();
    for (char& c : hay) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_NE(hay.find("sanctions"), std::string::npos);
  }
}

struct BadCase {
  const char* path;
  std::vector<std::pair<std::string, std::string>> params;
  const char* param;    // expected "param" of the error
  const char* message;  // expected in the error text
};

TEST_F(ApiTest, EveryBadParameterIsA400NamingIt) {
  const std::vector<BadCase> cases = {
      {"/api/events", {{"colour", "red"}}, "colour", "unknown parameter"},
      {"/api/events", {{"limit", "1001"}}, "limit", "1000"},
      {"/api/events", {{"limit", "100000000000000000000000"}}, "limit", "whole number"},
      {"/api/events", {{"limit", "abc"}}, "limit", "whole number"},
      {"/api/events", {{"limit", "0"}}, "limit", "out of range"},
      {"/api/events", {{"offset", "-1"}}, "offset", "out of range"},
      {"/api/events", {{"from", "2014-13"}}, "from", "2014-Q2"},
      {"/api/events", {{"from", "yesterday"}}, "from", "2014"},
      {"/api/events", {{"from", "2020"}, {"to", "2019"}}, "from", "after"},
      {"/api/events", {{"status", "maybe"}}, "status", "unknown status"},
      {"/api/events", {{"dyad", "CHNRUS"}}, "dyad", "A-B"},
      {"/api/events", {{"dyad", "CHN-RUS"}, {"source", "USA"}}, "dyad", "alone"},
      {"/api/events", {{"source", "CHN\x01"}}, "source", "control"},
      {"/api/events", {{"source", std::string(41, 'A')}}, "source", "at most 40"},
      {"/api/events", {{"limit", "5"}, {"limit", "6"}}, "limit", "more than once"},
      {"/api/events", {{"order", "sideways"}}, "order", "asc"},
      {"/api/dyad", {}, "dyad", "required"},
      {"/api/dyad", {{"dyad", "CHN-"}}, "dyad", "lacks an actor"},
      {"/api/dyad", {{"dyad", "CHN-RUS"}, {"by", "decade"}}, "by", "quarter"},
      {"/api/dyad", {{"dyad", "CHN-RUS"}, {"measure", "vibes"}}, "measure", "goldstein-mean"},
      {"/api/dyad", {{"dyad", "CHN-RUS"}, {"normalise", "perhaps"}}, "normalise", "true or false"},
      {"/api/dyad", {{"dyad", "CHN-RUS"}, {"by", "day"}, {"from", "1900"}, {"to", "2100"}},
       "by", "at most 5000"},
      {"/api/triangle", {{"actors", "USA,CHN"}}, "actors", "exactly 3"},
      {"/api/triangle", {{"actors", "USA,,RUS"}}, "actors", "items"},
      {"/api/triangle", {}, "actors", "required"},
      {"/api/triangle", {{"actors", "USA,CHN,RUS"}, {"threshold", "-1"}}, "threshold", "range"},
      {"/api/triangle", {{"actors", "USA,CHN,RUS"}, {"threshold", "nan"}}, "threshold", "number"},
      {"/api/drivers", {{"candidates", "USA-CHN"}}, "target", "required"},
      {"/api/drivers", {{"target", "CHN-RUS"}}, "candidates", "required"},
      {"/api/drivers", {{"target", "CHN-RUS"}, {"candidates", "USA-CHN"}, {"replications", "5000"}},
       "replications", "2000"},
      {"/api/drivers", {{"target", "CHN-RUS"}, {"candidates", "USA-CHN"}, {"signif", "2"}},
       "signif", "range"},
      {"/api/drivers", {{"target", "CHN-RUS"}, {"candidates", "USACHN"}}, "candidates", "A-B"},
      {"/api/drivers", {{"target", "CHN-RUS"}, {"candidates", "USA-CHN"}, {"ic", "xyz"}}, "ic", "bic"},
      {"/api/dyads", {{"limit", "100000"}}, "limit", "range"},
      {"/api/status", {{"verbose", "1"}}, "verbose", "takes none"},
      {"/api/dictionary", {{"x", ""}}, "x", "unknown parameter"},
  };
  for (const BadCase& c : cases) {
    ApiResponse r = api_->Handle(Get(c.path, c.params));
    SCOPED_TRACE(std::string(c.path) + " " + c.param);
    EXPECT_EQ(r.status, 400) << r.body;
    json j = Body(r);
    EXPECT_EQ(j["param"], c.param) << r.body;
    EXPECT_NE(j["error"].get<std::string>().find(c.message), std::string::npos) << r.body;
  }
}

TEST_F(ApiTest, SqlMetacharactersAreJustText) {
  const int64_t events = OpenReadOnly()->Counts()->events;
  const std::vector<std::vector<std::pair<std::string, std::string>>> cases = {
      {{"source", "' OR '1'='1"}},
      {{"target", "RUS\"; DROP TABLE events; --"}},
      {{"code", "%"}},
      {{"code", "0_"}},
      {{"dyad", "CHN'--RUS"}, {"status", "all"}},
      {{"actor", "%"}},
      {{"q", "'; DELETE FROM events; --"}},
  };
  for (const auto& params : cases) {
    ApiResponse r = api_->Handle(Get("/api/events", params));
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(Body(r)["total"], 0) << params[0].second;
  }
  ApiResponse d = api_->Handle(Get("/api/dyad", {{"dyad", "CHN'); DROP TABLE events;--RUS"}}));
  EXPECT_EQ(d.status, 200) << d.body;
  EXPECT_EQ(Body(d)["count"], 0);
  EXPECT_EQ(OpenReadOnly()->Counts()->events, events);
}

TEST_F(ApiTest, DyadIsTheLibrarySeriesJson) {
  ApiResponse r = api_->Handle(
      Get("/api/dyad", {{"dyad", "CHN-RUS"}, {"by", "quarter"}, {"from", "2015"}, {"to", "2019"}}));
  ASSERT_EQ(r.status, 200) << r.body;
  json j = Body(r);
  SeriesRequest req;
  req.db = db_;
  req.by = "quarter";
  req.from = "2015";
  req.to = "2019";
  Result<SeriesContext> ctx = OpenSeriesContext(req);
  ASSERT_TRUE(ctx.ok());
  Result<DyadSeries> s = LoadDyadSeries(*ctx, ParseDyad("CHN-RUS")->spec);
  ASSERT_TRUE(s.ok());
  json expected = DyadSeriesJson(*s, "CHN-RUS");
  for (const auto& [k, v] : expected.items()) EXPECT_EQ(j[k], v) << k;
  EXPECT_EQ(j["points"].size(), 20u);  // 5 years of quarters
  EXPECT_EQ(j["values"].size(), 20u);
  EXPECT_EQ(j["statuses"], "asserted");
  int64_t sum = 0;
  for (const json& p : j["points"]) sum += p["count"].get<int64_t>();
  EXPECT_EQ(sum, j["count"].get<int64_t>());
  EXPECT_GT(sum, 0);
}

TEST_F(ApiTest, DyadNormalisedCarriesVolume) {
  json j = Body(api_->Handle(Get("/api/dyad", {{"dyad", "CHN-RUS"}, {"by", "year"},
                                               {"normalise", "true"}})));
  ASSERT_TRUE(j.contains("volume"));
  EXPECT_TRUE(j["normalised"].get<bool>());
  for (const json& p : j["points"]) {
    ASSERT_TRUE(p.contains("normalised"));
    EXPECT_GE(p["volume"].get<int64_t>(), p["count"].get<int64_t>());
  }
}

TEST_F(ApiTest, TriangleClassifiesEveryPeriod) {
  ApiResponse r = api_->Handle(Get("/api/triangle", {{"actors", "USA,CHN,RUS"}, {"by", "year"}}));
  ASSERT_EQ(r.status, 200) << r.body;
  json j = Body(r);
  EXPECT_EQ(j["relations"], json({"USA-CHN", "CHN-RUS", "RUS-USA"}));
  ASSERT_GT(j["periods"].size(), 3u);
  int counted = 0;
  for (const auto& [type, n] : j["type_counts"].items()) counted += n.get<int>();
  EXPECT_EQ(counted, static_cast<int>(j["periods"].size()));
  int determinate = 0;
  for (const json& p : j["periods"]) determinate += p["type"] != "indeterminate";
  EXPECT_GT(determinate, 0);
}

TEST_F(ApiTest, DriversReportsEachCandidateWithCappedReplications) {
  ApiResponse r = api_->Handle(Get("/api/drivers", {{"target", "CHN-RUS"},
                                                    {"candidates", "USA-CHN,USA-RUS"},
                                                    {"by", "quarter"}}));
  ASSERT_EQ(r.status, 200) << r.body;
  json j = Body(r);
  EXPECT_EQ(j["target"], "CHN-RUS");
  ASSERT_EQ(j["findings"].size(), 2u);
  EXPECT_EQ(j["findings"][0]["candidate"], "USA-CHN");
  EXPECT_EQ(j["bootstrap"]["replications"], 200);  // the interactive default
  for (const json& f : j["findings"]) {
    const double p = f["granger_to_target"]["p"];
    EXPECT_GE(p, 0.0);
    EXPECT_LE(p, 1.0);
    EXPECT_FALSE(f["sentences"].empty());
  }
}

TEST_F(ApiTest, DriversOnTooShortASeriesIsA400WithTheReason) {
  ApiResponse r = api_->Handle(Get("/api/drivers", {{"target", "CHN-RUS"},
                                                    {"candidates", "USA-CHN"},
                                                    {"by", "year"},
                                                    {"from", "2019"},
                                                    {"to", "2020"}}));
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_FALSE(Body(r)["error"].get<std::string>().empty());
}

TEST_F(ApiTest, StatusDescribesTheStore) {
  json j = Body(api_->Handle(Get("/api/status")));
  std::unique_ptr<EventStore> store = OpenReadOnly();
  EXPECT_EQ(j["backend"], "sqlite");
  EXPECT_EQ(j["schema_version"], kStoreSchemaVersion);
  EXPECT_EQ(j["counts"]["documents"], store->Counts()->documents);
  EXPECT_EQ(j["counts"]["events"], store->Counts()->events);
  EXPECT_EQ(j["runs"].size(), 2u);  // the two posts
  EXPECT_EQ(j["runs"][1]["documents_added"], (*first_ingest_)["documents_added"]);
  EXPECT_FALSE(j["allow_ingest"].get<bool>());
  EXPECT_LE(j["asserted_range"]["from"].get<std::string>(),
            j["asserted_range"]["to"].get<std::string>());
}

TEST_F(ApiTest, DictionaryMatchesWhatTheStoreWasCodedWith) {
  json j = Body(api_->Handle(Get("/api/dictionary")));
  ASSERT_TRUE(j["loaded"].is_object());
  EXPECT_EQ(j["loaded"]["fingerprint"].get<std::string>().size(), 16u);
  EXPECT_GT(j["loaded"]["actors"].get<int>(), 100);
  EXPECT_GT(j["loaded"]["patterns"].get<int>(), 100);
  ASSERT_EQ(j["store"].size(), 1u);
  EXPECT_EQ(j["store"][0]["fingerprint"], j["loaded"]["fingerprint"]);
  EXPECT_TRUE(j["store"][0]["matches_loaded"].get<bool>());
  EXPECT_EQ(j["store"][0]["runs"], 2);
}

TEST_F(ApiTest, TopDyadsAreOrderedSuggestions) {
  json j = Body(api_->Handle(Get("/api/dyads", {{"limit", "5"}})));
  ASSERT_EQ(j["items"].size(), 5u);
  for (size_t i = 1; i < j["items"].size(); ++i) {
    EXPECT_GE(j["items"][i - 1]["count"].get<int>(), j["items"][i]["count"].get<int>());
  }
  EXPECT_NE(j["items"][0]["dyad"].get<std::string>().find('-'), std::string::npos);
}

TEST_F(ApiTest, ServesTheSelfContainedDashboard) {
  ApiResponse html = api_->Handle(Get("/"));
  EXPECT_EQ(html.status, 200);
  EXPECT_NE(html.content_type.find("text/html"), std::string::npos);
  EXPECT_NE(html.body.find("id=\"dyad-chart\""), std::string::npos);
  ApiResponse js = api_->Handle(Get("/dashboard.js"));
  EXPECT_EQ(js.status, 200);
  EXPECT_NE(js.content_type.find("javascript"), std::string::npos);
  EXPECT_EQ(api_->Handle(Get("/dashboard.css")).status, 200);
  for (const ApiResponse* r : {&html, &js}) {
    EXPECT_EQ(r->body.find("src=\"http"), std::string::npos);
    EXPECT_EQ(r->body.find("href=\"http"), std::string::npos);
    EXPECT_EQ(r->body.find("fetch('http"), std::string::npos);
  }
  EXPECT_EQ(Body(api_->Handle(Get("/healthz")))["ok"], true);
}

TEST_F(ApiTest, UnknownPathsAndMethods) {
  EXPECT_EQ(api_->Handle(Get("/api/nothing")).status, 404);
  EXPECT_EQ(api_->Handle(Get("/../../etc/passwd")).status, 404);
  ApiRequest post = Get("/api/dyad", {{"dyad", "CHN-RUS"}});
  post.method = "POST";
  EXPECT_EQ(api_->Handle(post).status, 405);
  ApiRequest get_ingest = Get("/api/ingest");
  EXPECT_EQ(api_->Handle(get_ingest).status, 405);
}

TEST_F(ApiTest, ConcurrentRequestsGetTheSameAnswers) {
  const ApiRequest dyad = Get("/api/dyad", {{"dyad", "CHN-RUS"}, {"by", "month"}});
  const ApiRequest events = Get("/api/events", {{"actor", "USA"}, {"limit", "20"}});
  const std::string want_dyad = api_->Handle(dyad).body, want_events = api_->Handle(events).body;
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        const bool d = (i + t) % 2 == 0;
        ApiResponse r = api_->Handle(d ? dyad : events);
        if (r.status != 200 || r.body != (d ? want_dyad : want_events)) ++wrong;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
}

TEST(ApiService, EmptyStoreAnswers404WithAReason) {
  const fs::path dir = fs::temp_directory_path() / ("entente_server_empty_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  ServerOptions o;
  o.db = "sqlite:" + (dir / "empty.db").string();
  o.allow_ingest = true;  // creates the file
  o.load_dictionaries = false;
  Result<std::unique_ptr<ApiService>> api = ApiService::Create(o);
  ASSERT_TRUE(api.ok()) << api.status().ToString();
  ApiResponse r = (*api)->Handle(Get("/api/dyad", {{"dyad", "CHN-RUS"}}));
  EXPECT_EQ(r.status, 404) << r.body;
  EXPECT_NE(Body(r)["error"].get<std::string>().find("no asserted events"), std::string::npos);
  json dict = Body((*api)->Handle(Get("/api/dictionary")));
  EXPECT_TRUE(dict["loaded"].is_null());
  ApiRequest post = Get("/api/ingest");
  post.method = "POST";
  post.body = "{}\n";
  EXPECT_EQ((*api)->Handle(post).status, 503);
  fs::remove_all(dir);
}

TEST(ApiService, MissingStoreFailsAtCreate) {
  ServerOptions o;
  o.db = "sqlite:/nonexistent/dir/x.db";
  EXPECT_FALSE(ApiService::Create(o).ok());
}

}  // namespace
}  // namespace entente
