// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests for the store: content hashing, URL handling, round trips (in memory and in a file),
// idempotent ingest, batches, every query filter, hostile query values, counts, runs, schema
// version checks, foreign and corrupt files, locking, and insert throughput.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "entente/store.h"
#include "store/query_sql.h"
#include "store/sha256.h"
#include "store/sqlite_migrations.h"
#include "store/store_test_util.h"

namespace entente {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------
// Helpers

using store_test_util::D;
using store_test_util::MakeDoc;
using store_test_util::MakeEvent;
using store_test_util::MakeImported;
using store_test_util::RawExec;

// A temporary database path, removed (with its -wal/-shm companions) at scope exit.
class TempDb {
 public:
  TempDb() {
    static std::atomic<int> counter{0};
    path_ = (fs::temp_directory_path() /
             ("entente_store_test_" + std::to_string(::getpid()) + "_" +
              std::to_string(counter++) + ".db"))
                .string();
    Remove();
  }
  ~TempDb() { Remove(); }
  const std::string& path() const { return path_; }
  std::string url() const { return "sqlite:" + path_; }

 private:
  void Remove() {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path_ + suffix, ec);
  }
  std::string path_;
};

std::unique_ptr<EventStore> OpenOrDie(std::string_view url, const StoreOptions& options = {}) {
  auto s = OpenStore(url, options);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(s).value() : nullptr;
}



std::set<std::string> Names(const std::vector<StoredEvent>& events) {
  std::set<std::string> out;
  for (const auto& e : events) out.insert(e.event.verb_text);
  return out;
}

std::vector<std::string> NamesInOrder(const std::vector<StoredEvent>& events) {
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(e.event.verb_text);
  return out;
}

std::string RawQueryText(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(s, 0);
    out = t ? reinterpret_cast<const char*>(t) : "";
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Content hash

TEST(ContentHash, MatchesFips180Vectors) {
  EXPECT_EQ(ContentHash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(ContentHash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(ContentHash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(ContentHash(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(ContentHash, IncrementalUpdatesAgreeWithOneShotAtEveryBlockBoundary) {
  std::string data;
  for (int i = 0; i < 300; ++i) data.push_back(static_cast<char>('a' + i % 26));
  for (size_t len = 0; len <= data.size(); ++len) {
    std::string_view whole(data.data(), len);
    for (size_t split : {size_t{1}, size_t{7}, size_t{63}, size_t{64}, size_t{65}}) {
      store_internal::Sha256 h;
      for (size_t pos = 0; pos < len; pos += split) h.Update(whole.substr(pos, split));
      auto digest = h.Finish();
      static const char kHex[] = "0123456789abcdef";
      std::string hex;
      for (uint8_t b : digest) {
        hex.push_back(kHex[b >> 4]);
        hex.push_back(kHex[b & 15]);
      }
      ASSERT_EQ(hex, ContentHash(whole)) << "len " << len << " split " << split;
    }
  }
}

TEST(ContentHash, DiffersForDifferentTexts) {
  EXPECT_NE(ContentHash("Xi visited Moscow."), ContentHash("Xi visited Moscow!"));
  EXPECT_NE(ContentHash("Xi visited Moscow."), ContentHash("Xi visitedMoscow."));
}

TEST(ContentHash, IgnoresHowWhitespaceIsWrapped) {
  EXPECT_EQ(ContentHash("Xi visited Moscow."), ContentHash("  Xi visited\r\nMoscow. \n"));
  EXPECT_EQ(ContentHash("Xi visited Moscow."), ContentHash("Xi\tvisited   Moscow."));
}

// ---------------------------------------------------------------------------------------------
// URLs

TEST(OpenStore, HandlesEachUrlForm) {
  struct Case {
    std::string url;
    ErrorCode code;
    std::string message_part;
  };
  const Case cases[] = {
      {"sqlite::memory:", ErrorCode::kOk, ""},
      {"mysql://localhost/db", ErrorCode::kInvalidArgument, "want sqlite:PATH"},
      {"entente.db", ErrorCode::kInvalidArgument, "want sqlite:PATH"},
      {"sqlite:", ErrorCode::kInvalidArgument, "names no file"},
      {"sqlite://", ErrorCode::kInvalidArgument, "names no file"},
      {"", ErrorCode::kInvalidArgument, "unknown store URL"},
  };
  for (const Case& c : cases) {
    auto s = OpenStore(c.url);
    EXPECT_EQ(s.status().code(), c.code) << c.url << ": " << s.status().ToString();
    EXPECT_NE(s.status().message().find(c.message_part), std::string::npos)
        << c.url << ": " << s.status().ToString();
    if (s.ok()) {
      EXPECT_EQ((*s)->backend(), "sqlite");
      EXPECT_EQ(*(*s)->SchemaVersion(), kStoreSchemaVersion);
    }
  }
}

TEST(OpenStore, PostgresqlUrlWithoutAServerIsACleanError) {
  // Port 1 on loopback: nothing listens there.  Builds without PostgreSQL say so instead.
  for (const char* url : {"postgresql://entente@127.0.0.1:1/entente?connect_timeout=2",
                          "postgres://127.0.0.1:1/entente?connect_timeout=2"}) {
    auto s = OpenStore(url);
    ASSERT_FALSE(s.ok()) << url;
    const bool unreachable = s.status().code() == ErrorCode::kIOError &&
                             s.status().message().find("cannot connect") != std::string::npos;
    const bool not_built = s.status().code() == ErrorCode::kUnsupported &&
                           s.status().message().find("without PostgreSQL") != std::string::npos;
    EXPECT_TRUE(unreachable || not_built) << url << ": " << s.status().ToString();
  }
}

TEST(OpenStore, TripleSlashUrlIsAnAbsolutePath) {
  TempDb tmp;
  auto s = OpenOrDie("sqlite://" + tmp.path());  // "sqlite:///tmp/..."
  ASSERT_TRUE(s);
  EXPECT_TRUE(fs::exists(tmp.path()));
}

// ---------------------------------------------------------------------------------------------
// Round trips

void ExpectSameEvent(const Event& want, const Event& got) {
  EXPECT_EQ(got.sentence, want.sentence);
  EXPECT_EQ(got.start, want.start);
  EXPECT_EQ(got.end, want.end);
  EXPECT_EQ(got.date, want.date);
  EXPECT_EQ(got.source, want.source);
  EXPECT_EQ(got.target, want.target);
  EXPECT_EQ(got.source_text, want.source_text);
  EXPECT_EQ(got.target_text, want.target_text);
  EXPECT_EQ(got.code, want.code);
  EXPECT_EQ(got.quad, want.quad);
  EXPECT_EQ(got.goldstein, want.goldstein);
  EXPECT_EQ(got.status, want.status);
  EXPECT_EQ(got.verb_text, want.verb_text);
  EXPECT_EQ(got.pattern_id, want.pattern_id);
}

// Stores a two-sentence document with three events and checks that everything reads back.
void RoundTrip(EventStore& store) {
  const std::string text =
      "Xi Jinping visited Moscow on Wednesday. Russia and China signed 30 deals worth $20 billion.";
  Document doc = MakeDoc("d1", text);
  std::vector<SentenceSpan> sentences = {{0, 0, 39, text.substr(0, 39)},
                                         {1, 40, static_cast<uint32_t>(text.size()),
                                          text.substr(40)}};
  Event visit =
      MakeEvent("visited", "CHNGOV", "RUS", "042", "2019-06-05", EventStatus::kAsserted, 1.9);
  visit.doc_id = "d1";
  visit.start = 0;
  visit.end = 39;
  visit.sentence_text = sentences[0].text;
  Event sign1 = MakeEvent("signed", "RUS", "CHN", "057", "2019-06-05", EventStatus::kAsserted, 8.0);
  sign1.sentence = 1;
  sign1.start = 40;
  sign1.end = static_cast<uint32_t>(text.size());
  sign1.sentence_text = sentences[1].text;
  Event sign2 = sign1;
  sign2.source = *ActorCode::Parse("CHN");
  sign2.target = *ActorCode::Parse("RUS");
  sign2.goldstein = std::nullopt;           // absent Goldstein survives as NULL
  sign2.status = EventStatus::kHypothetical;
  sign2.verb_text = "signed-2";

  Provenance prov{"fp-1234", "coder-0.1", std::nullopt};
  auto put = store.PutDocument(doc, sentences, {visit, sign1, sign2}, prov);
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_FALSE(put->already_present);
  EXPECT_EQ(put->sentences_added, 2);
  EXPECT_EQ(put->events_added, 3);
  EXPECT_EQ(put->content_hash, ContentHash(text));

  auto counts = store.Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 1);
  EXPECT_EQ(counts->sentences, 2);
  EXPECT_EQ(counts->events, 3);

  EventQuery all;
  all.statuses.clear();
  all.order = EventOrder::kId;
  auto events = store.QueryEvents(all);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 3u);
  const Event* want[] = {&visit, &sign1, &sign2};
  for (size_t i = 0; i < 3; ++i) {
    const StoredEvent& got = (*events)[i];
    SCOPED_TRACE(want[i]->verb_text);
    ExpectSameEvent(*want[i], got.event);
    EXPECT_EQ(got.event.doc_id, "d1");
    EXPECT_EQ(got.event.sentence_text, want[i]->sentence_text);
    EXPECT_EQ(got.doc_title, "Title of d1");
    EXPECT_EQ(got.document_id, put->document_id);
    EXPECT_EQ(got.dict_fingerprint, "fp-1234");
    EXPECT_EQ(got.coder_version, "coder-0.1");
  }

  auto stored = store.GetDocument(put->document_id);
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  EXPECT_EQ(stored->document.id, "d1");
  EXPECT_EQ(stored->document.text, text);
  EXPECT_EQ(stored->document.date, D("2019-06-05"));
  EXPECT_EQ(stored->document.title, "Title of d1");
  EXPECT_EQ(stored->document.source, "Wire");
  EXPECT_EQ(stored->document.url, "https://example.org/d1");
  EXPECT_EQ(stored->document.origin, "test.jsonl:1");
  EXPECT_EQ(stored->content_hash, ContentHash(text));
  EXPECT_EQ(stored->ingested_at.size(), 24u) << stored->ingested_at;  // 2026-01-31T12:00:00.000Z
  ASSERT_EQ(stored->sentences.size(), 2u);
  EXPECT_EQ(stored->sentences[1].index, 1);
  EXPECT_EQ(stored->sentences[1].start, 40u);
  EXPECT_EQ(stored->sentences[1].text, sentences[1].text);
}

TEST(EventStore, RoundTripsInMemory) {
  auto store = OpenOrDie("sqlite::memory:");
  ASSERT_TRUE(store);
  RoundTrip(*store);
}

TEST(EventStore, RoundTripsThroughAFileAcrossReopen) {
  TempDb tmp;
  {
    auto store = OpenOrDie(tmp.url());
    ASSERT_TRUE(store);
    RoundTrip(*store);
  }
  auto store = OpenOrDie(tmp.url());
  ASSERT_TRUE(store);
  EXPECT_EQ(*store->SchemaVersion(), kStoreSchemaVersion);
  auto counts = store->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->events, 3);
  EXPECT_EQ(store->QueryEvents({})->size(), 2u);  // default: asserted only
  store.reset();
  EXPECT_EQ(RawQueryText(tmp.path(), "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(RawQueryText(tmp.path(), "SELECT MAX(version) FROM schema_version"),
            std::to_string(kStoreSchemaVersion));
}

TEST(EventStore, DocumentWithoutDateKeepsNoDate) {
  auto store = OpenOrDie("sqlite::memory:");
  ASSERT_TRUE(store);
  auto put = store->PutDocument(MakeDoc("nodate", "Undated text.", std::nullopt), {}, {});
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  auto doc = store->GetDocument(put->document_id);
  ASSERT_TRUE(doc.ok());
  EXPECT_FALSE(doc->document.date.has_value());
  EXPECT_EQ(store->GetDocument(put->document_id + 100).status().code(), ErrorCode::kNotFound);
}

TEST(EventStore, EventSentenceMissingFromSpansIsStoredFromTheEvent) {
  auto store = OpenOrDie("sqlite::memory:");
  ASSERT_TRUE(store);
  const std::string text = "One. Two sentences here.";
  Event e = MakeEvent("x", "USA", "CHN", "010", "2019-01-01");
  e.sentence = 1;
  e.start = 5;
  e.end = static_cast<uint32_t>(text.size());
  e.sentence_text = text.substr(5);
  auto put = store->PutDocument(MakeDoc("d", text), {{0, 0, 4, "One."}}, {e});
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(put->sentences_added, 2);
  auto doc = store->GetDocument(put->document_id);
  ASSERT_EQ(doc->sentences.size(), 2u);
  EXPECT_EQ(doc->sentences[1].text, "Two sentences here.");
  EXPECT_EQ((*store->QueryEvents({}))[0].event.sentence_text, "Two sentences here.");
}

// ---------------------------------------------------------------------------------------------
// Idempotence and batches

TEST(EventStore, SameTextTwiceIsStoredOnce) {
  auto store = OpenOrDie("sqlite::memory:");
  ASSERT_TRUE(store);
  Document doc = MakeDoc("a", "Putin praised Xi.");
  std::vector<Event> events = {MakeEvent("praised", "RUSGOV", "CHNGOV", "051", "2019-06-05")};
  auto first = store->PutDocument(doc, {}, events);
  ASSERT_TRUE(first.ok());
  EXPECT_FALSE(first->already_present);
  EXPECT_EQ(first->events_added, 1);

  auto second = store->PutDocument(doc, {}, events);
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(second->already_present);
  EXPECT_EQ(second->document_id, first->document_id);
  EXPECT_EQ(second->events_added, 0);
  EXPECT_EQ(second->sentences_added, 0);

  Document renamed = doc;  // another outlet's copy: same text, other id and title
  renamed.id = "b";
  renamed.title = "Copy";
  auto third = store->PutDocument(renamed, {}, {});
  ASSERT_TRUE(third.ok());
  EXPECT_TRUE(third->already_present);
  EXPECT_EQ(third->document_id, first->document_id);

  Document edited = doc;
  edited.text += " Again.";
  auto fourth = store->PutDocument(edited, {}, events);
  ASSERT_TRUE(fourth.ok());
  EXPECT_FALSE(fourth->already_present);

  auto counts = store->Counts();
  EXPECT_EQ(counts->documents, 2);
  EXPECT_EQ(counts->events, 2);
  EXPECT_EQ(*store->FindDocumentByHash(ContentHash(doc.text)), first->document_id);
  EXPECT_FALSE(store->FindDocumentByHash(ContentHash("never stored"))->has_value());
  EXPECT_EQ(*store->FindDocumentsByExtId("a"),
            (std::vector<int64_t>{first->document_id, fourth->document_id}));
}

TEST(EventStore, IngestingTheSameBatchTwiceLeavesTheStoreUnchanged) {
  TempDb tmp;
  auto ingest = [&](EventStore& store) {
    EXPECT_TRUE(store.BeginBatch().ok());
    int added = 0;
    for (int i = 0; i < 50; ++i) {
      auto r = store.PutDocument(MakeDoc("doc" + std::to_string(i), "Text " + std::to_string(i)),
                                 {}, {MakeEvent("e", "USA", "CHN", "042", "2019-06-05")});
      EXPECT_TRUE(r.ok());
      if (r.ok() && !r->already_present) ++added;
    }
    EXPECT_TRUE(store.CommitBatch().ok());
    return added;
  };
  {
    auto store = OpenOrDie(tmp.url());
    ASSERT_TRUE(store);
    EXPECT_EQ(ingest(*store), 50);
  }
  auto store = OpenOrDie(tmp.url());
  ASSERT_TRUE(store);
  EXPECT_EQ(ingest(*store), 0);
  EXPECT_EQ(store->Counts()->documents, 50);
  EXPECT_EQ(store->Counts()->events, 50);
}

TEST(EventStore, FailedDocumentInsideBatchIsUndoneAlone) {
  TempDb tmp;
  { ASSERT_TRUE(OpenOrDie(tmp.url())); }
  // Fault injection: the second event of a document fails after the document row, its sentence
  // and its first event have been written.
  RawExec(tmp.path(),
          "CREATE TRIGGER inject_failure BEFORE INSERT ON events WHEN NEW.verb_text = 'boom' "
          "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
  auto store = OpenOrDie(tmp.url());
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_TRUE(store->in_batch());
  ASSERT_TRUE(store->PutDocument(MakeDoc("ok1", "First."), {{0, 0, 6, "First."}},
                                 {MakeEvent("fine", "USA", "CHN", "042", "2019-06-05")})
                  .ok());
  auto bad = store->PutDocument(MakeDoc("bad", "Second text."), {{0, 0, 12, "Second text."}},
                                {MakeEvent("fine", "USA", "CHN", "042", "2019-06-05"),
                                 MakeEvent("boom", "USA", "CHN", "042", "2019-06-05")});
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("injected failure"), std::string::npos)
      << bad.status().ToString();
  EXPECT_NE(bad.status().message().find("document 'bad'"), std::string::npos);
  EXPECT_TRUE(store->in_batch());
  ASSERT_TRUE(store->PutDocument(MakeDoc("ok2", "Third."), {}, {}).ok());
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_FALSE(store->in_batch());
  auto counts = store->Counts();
  EXPECT_EQ(counts->documents, 2);
  EXPECT_EQ(counts->sentences, 1);
  EXPECT_EQ(counts->events, 1);
  EXPECT_TRUE(store->FindDocumentsByExtId("bad")->empty());

  // Outside a batch the failed document's transaction is rolled back.
  auto bad2 = store->PutDocument(MakeDoc("bad2", "Fourth."), {},
                                 {MakeEvent("boom", "USA", "CHN", "042", "2019-06-05")});
  EXPECT_FALSE(bad2.ok());
  EXPECT_EQ(store->Counts()->documents, 2);
  // And the same text can be stored later (the content hash was not left behind).
  EXPECT_FALSE(store->PutDocument(MakeDoc("bad2", "Fourth."), {}, {})->already_present);
}

TEST(EventStore, DuplicateSentenceIndexIsRejectedBeforeWriting) {
  auto store = OpenOrDie("sqlite::memory:");
  ASSERT_TRUE(store);
  auto bad = store->PutDocument(MakeDoc("bad", "Second text."), {{0, 0, 3, "Sec"}, {0, 4, 6, "on"}},
                                {});
  EXPECT_EQ(bad.status().code(), ErrorCode::kInvalidArgument) << bad.status().ToString();
  EXPECT_NE(bad.status().message().find("given twice"), std::string::npos);
  EXPECT_EQ(store->Counts()->documents, 0);
}

TEST(EventStore, RollbackBatchDiscardsEverything) {
  auto store = OpenOrDie("sqlite::memory:");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->PutDocument(MakeDoc("a", "A."), {}, {}).ok());
  ASSERT_TRUE(store->RollbackBatch().ok());
  EXPECT_EQ(store->Counts()->documents, 0);
}

TEST(EventStore, BatchMisuseIsInvalidArgument) {
  auto store = OpenOrDie("sqlite::memory:");
  ASSERT_TRUE(store);
  EXPECT_EQ(store->CommitBatch().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(store->RollbackBatch().code(), ErrorCode::kInvalidArgument);
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_EQ(store->BeginBatch().code(), ErrorCode::kInvalidArgument);
  EXPECT_TRUE(store->CommitBatch().ok());
}

TEST(EventStore, RejectsMalformedInputWithoutStoringIt) {
  auto store = OpenOrDie("sqlite::memory:");
  ASSERT_TRUE(store);
  Document doc = MakeDoc("d", "Short.");
  Event outside = MakeEvent("x", "USA", "CHN", "042", "2019-06-05");
  outside.end = 100;
  auto r1 = store->PutDocument(doc, {}, {outside});
  EXPECT_EQ(r1.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(r1.status().message().find("outside the text"), std::string::npos);

  Event foreign = MakeEvent("x", "USA", "CHN", "042", "2019-06-05");
  foreign.doc_id = "another";
  EXPECT_EQ(store->PutDocument(doc, {}, {foreign}).status().code(), ErrorCode::kInvalidArgument);

  EXPECT_EQ(store->PutDocument(doc, {{0, 3, 2, ""}}, {}).status().code(),
            ErrorCode::kInvalidArgument);

  Provenance no_such_run{"", "", 42};
  auto r4 = store->PutDocument(doc, {}, {}, no_such_run);
  EXPECT_EQ(r4.status().code(), ErrorCode::kInvalidArgument) << r4.status().ToString();
  EXPECT_EQ(store->Counts()->documents, 0);
}

// ---------------------------------------------------------------------------------------------
// Queries

// A store with ten events over three documents, named e1..e10.
class EventStoreQuery : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = OpenOrDie("sqlite::memory:");
    ASSERT_TRUE(store_);
    using S = EventStatus;
    ASSERT_TRUE(store_->PutDocument(
        MakeDoc("doc-a", "Text A."), {},
        {MakeEvent("e1", "CHNGOV", "RUSGOV", "042", "2019-06-05", S::kAsserted, 1.9),
         MakeEvent("e2", "RUSGOV", "CHNGOV", "051", "2019-06-06", S::kAsserted, 3.4),
         MakeEvent("e3", "RUS", "CHN", "057", "2019-06-07", S::kNegated, 8.0),
         MakeEvent("e4", "USAGOV", "CHNGOV", "112", "2019-05-10", S::kAsserted, -2.0)}).ok());
    ASSERT_TRUE(store_->PutDocument(
        MakeDoc("doc-b", "Text B."), {},
        {MakeEvent("e5", "USA", "CHN", "172", "2019-05-13", S::kAsserted, -5.0),
         MakeEvent("e6", "USAMIL", "RUSMIL", "190", "2018-12-31", S::kHypothetical, -10.0),
         MakeEvent("e7", "CHN", "CHNMIL", "043", "2019-01-02", S::kAsserted, 2.8),
         MakeEvent("e8", "RUS", "", "010", "2019-02-01", S::kAsserted, 0.0)}).ok());
    ASSERT_TRUE(store_->PutDocument(
        MakeDoc("doc-c", "Text C."), {},
        {MakeEvent("e9", "RUSBUS", "CHNBUS", "0611", "2019-06-05", S::kIntended, 6.4),
         MakeEvent("e10", "RUSGOV", "USAGOV", "130", "2019-03-03", S::kReported, -4.4)}).ok());
  }
  std::unique_ptr<EventStore> store_;
};

TEST_F(EventStoreQuery, EachFilterSelectsExactlyItsEvents) {
  using S = EventStatus;
  auto q = [](auto&& setup) {
    EventQuery query;
    query.statuses.clear();  // every status unless the case says otherwise
    setup(query);
    return query;
  };
  struct Case {
    std::string name;
    EventQuery query;
    std::set<std::string> want;
  };
  const std::vector<Case> cases = {
      {"no filter, every status", q([](EventQuery&) {}),
       {"e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10"}},
      {"default statuses: asserted only", EventQuery{}, {"e1", "e2", "e4", "e5", "e7", "e8"}},
      {"source country prefix", q([](EventQuery& x) { x.source = "RUS"; }),
       {"e2", "e3", "e8", "e9", "e10"}},
      {"source full code", q([](EventQuery& x) { x.source = "RUSGOV"; }), {"e2", "e10"}},
      {"target prefix", q([](EventQuery& x) { x.target = "CHN"; }),
       {"e2", "e3", "e4", "e5", "e7", "e9"}},
      {"empty target means no target", q([](EventQuery& x) { x.target = ""; }), {"e8"}},
      {"directed dyad", q([](EventQuery& x) { x.source = "CHN"; x.target = "RUS"; }), {"e1"}},
      {"dyad either direction",
       q([](EventQuery& x) { x.source = "CHN"; x.target = "RUS"; x.either_direction = true; }),
       {"e1", "e2", "e3", "e9"}},
      {"one actor either side",
       q([](EventQuery& x) { x.source = "USA"; x.either_direction = true; }),
       {"e4", "e5", "e6", "e10"}},
      {"exact actors", q([](EventQuery& x) { x.source = "RUS"; x.actors_exact = true; }),
       {"e3", "e8"}},
      {"code prefix = root", q([](EventQuery& x) { x.code_prefix = "04"; }), {"e1", "e7"}},
      {"code prefix, longer", q([](EventQuery& x) { x.code_prefix = "061"; }), {"e9"}},
      {"quad class",
       q([](EventQuery& x) { x.quad = QuadClass::kMaterialConflict; }), {"e5", "e6"}},
      {"date from (inclusive)", q([](EventQuery& x) { x.date_from = D("2019-06-06"); }),
       {"e2", "e3"}},
      {"date to (inclusive)", q([](EventQuery& x) { x.date_to = D("2019-01-02"); }), {"e6", "e7"}},
      {"date range",
       q([](EventQuery& x) { x.date_from = D("2019-05-01"); x.date_to = D("2019-05-31"); }),
       {"e4", "e5"}},
      {"statuses", q([](EventQuery& x) { x.statuses = {S::kNegated, S::kIntended}; }),
       {"e3", "e9"}},
      {"document", q([](EventQuery& x) { x.doc_id = "doc-c"; }), {"e9", "e10"}},
      {"combined",
       q([](EventQuery& x) {
         x.source = "RUS";
         x.target = "CHN";
         x.either_direction = true;
         x.statuses = {S::kAsserted};
         x.date_from = D("2019-06-01");
       }),
       {"e1", "e2"}},
  };
  for (const Case& c : cases) {
    auto got = store_->QueryEvents(c.query);
    ASSERT_TRUE(got.ok()) << c.name << ": " << got.status().ToString();
    EXPECT_EQ(Names(*got), c.want) << c.name;
    auto n = store_->CountEvents(c.query);
    ASSERT_TRUE(n.ok()) << c.name;
    EXPECT_EQ(*n, static_cast<int64_t>(c.want.size())) << c.name;
  }
}

TEST_F(EventStoreQuery, OpenEndedDateBoundsSelectEverything) {
  EventQuery q;
  q.statuses.clear();
  q.date_from = Date::Min();
  q.date_to = Date::Max();
  EXPECT_EQ(store_->QueryEvents(q)->size(), 10u);
  q.date_from = D("0001-01-01");
  q.date_to = D("9999-12-31");
  EXPECT_EQ(store_->QueryEvents(q)->size(), 10u);
  q.date_to = D("2019-01-01");
  EXPECT_EQ(store_->QueryEvents(q)->size(), 1u);  // e6
}

TEST_F(EventStoreQuery, OrdersAndPages) {
  EventQuery q;  // asserted: e7 (01-02) e8 (02-01) e4 (05-10) e5 (05-13) e1 (06-05) e2 (06-06)
  EXPECT_EQ(NamesInOrder(*store_->QueryEvents(q)),
            (std::vector<std::string>{"e7", "e8", "e4", "e5", "e1", "e2"}));
  q.order = EventOrder::kDateDescending;
  EXPECT_EQ(NamesInOrder(*store_->QueryEvents(q)),
            (std::vector<std::string>{"e2", "e1", "e5", "e4", "e8", "e7"}));
  q.order = EventOrder::kId;
  EXPECT_EQ(NamesInOrder(*store_->QueryEvents(q)),
            (std::vector<std::string>{"e1", "e2", "e4", "e5", "e7", "e8"}));
  q.order = EventOrder::kDateAscending;
  q.limit = 2;
  q.offset = 1;
  EXPECT_EQ(NamesInOrder(*store_->QueryEvents(q)), (std::vector<std::string>{"e8", "e4"}));
  q.limit.reset();
  q.offset = 4;
  EXPECT_EQ(NamesInOrder(*store_->QueryEvents(q)), (std::vector<std::string>{"e1", "e2"}));
  q.limit = 0;
  EXPECT_TRUE(store_->QueryEvents(q)->empty());
  q.limit = -1;
  EXPECT_EQ(store_->QueryEvents(q).status().code(), ErrorCode::kInvalidArgument);
}

TEST_F(EventStoreQuery, SqlMetacharactersInValuesAreMatchedLiterally) {
  const std::string hostile[] = {"RU%",  "R_S",         "%",          "_",
                                 "'",    "' OR '1'='1", "\"; DROP TABLE events; --",
                                 "RUS'--", "\\", std::string("RUS\0X", 5)};
  for (const std::string& v : hostile) {
    EventQuery q;
    q.statuses.clear();
    q.source = v;
    auto r1 = store_->QueryEvents(q);
    ASSERT_TRUE(r1.ok()) << v << ": " << r1.status().ToString();
    EXPECT_TRUE(r1->empty()) << v;
    EventQuery q2;
    q2.statuses.clear();
    q2.code_prefix = v;
    q2.doc_id = v;
    q2.target = v;
    q2.either_direction = true;
    auto r2 = store_->QueryEvents(q2);
    ASSERT_TRUE(r2.ok()) << v;
    EXPECT_TRUE(r2->empty()) << v;
    auto r3 = store_->TopDyads(q2);
    ASSERT_TRUE(r3.ok()) << v;
    EXPECT_TRUE(r3->empty()) << v;
  }
  EXPECT_EQ(store_->Counts()->events, 10);  // nothing was dropped

  // Text with quotes and metacharacters is stored and found verbatim.
  Document doc = MakeDoc("it's \"quoted\" %_;--", "O'Brien said \"no\"; 100% -- DROP TABLE x;");
  doc.title = "'); DELETE FROM documents; --";
  ASSERT_TRUE(
      store_->PutDocument(doc, {}, {MakeEvent("q", "IRL", "GBR", "012", "2019-06-05")}).ok());
  EventQuery q;
  q.doc_id = doc.id;
  auto found = store_->QueryEvents(q);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].doc_title, doc.title);
  EXPECT_EQ(store_->Counts()->documents, 4);
}

TEST_F(EventStoreQuery, CountsByRootAndTopDyads) {
  EventQuery all;
  all.statuses.clear();
  auto roots = store_->CountEventsByRoot(all);
  ASSERT_TRUE(roots.ok());
  std::vector<std::pair<std::string, int64_t>> got;
  for (const auto& r : *roots) got.emplace_back(r.root, r.count);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, int64_t>>{
                     {"01", 1}, {"04", 2}, {"05", 2}, {"06", 1}, {"11", 1}, {"13", 1},
                     {"17", 1}, {"19", 1}}));

  // Undirected country dyads (every status): CHN-RUS: e1 e2 e3 e9; CHN-USA: e4 e5;
  // RUS-USA: e6 e10.  e7 (CHN->CHNMIL) is same-country, e8 has no target.
  auto dyads = store_->TopDyads(all);
  ASSERT_TRUE(dyads.ok()) << dyads.status().ToString();
  ASSERT_EQ(dyads->size(), 3u);
  EXPECT_EQ((*dyads)[0].source, "CHN");
  EXPECT_EQ((*dyads)[0].target, "RUS");
  EXPECT_EQ((*dyads)[0].count, 4);
  EXPECT_EQ((*dyads)[1].source, "CHN");
  EXPECT_EQ((*dyads)[1].target, "USA");
  EXPECT_EQ((*dyads)[1].count, 2);
  EXPECT_EQ((*dyads)[2].source, "RUS");
  EXPECT_EQ((*dyads)[2].target, "USA");

  TopDyadsOptions directed{.limit = 2, .directed = true};
  auto d2 = store_->TopDyads(all, directed);
  ASSERT_TRUE(d2.ok());
  ASSERT_EQ(d2->size(), 2u);
  // Directed: RUS->CHN (e2 e3 e9) = 3, then ties of 2: USA->CHN (e4 e5) ... by name.
  EXPECT_EQ((*d2)[0].source, "RUS");
  EXPECT_EQ((*d2)[0].target, "CHN");
  EXPECT_EQ((*d2)[0].count, 3);
  EXPECT_EQ((*d2)[1].source, "USA");
  EXPECT_EQ((*d2)[1].target, "CHN");

  // Filters apply: asserted only leaves CHN-RUS = 2 (e1 e2) and CHN-USA = 2 (e4 e5).
  auto asserted = store_->TopDyads(EventQuery{});
  ASSERT_TRUE(asserted.ok());
  ASSERT_EQ(asserted->size(), 2u);
  EXPECT_EQ((*asserted)[0].count, 2);
  EXPECT_EQ((*asserted)[1].count, 2);
}

TEST_F(EventStoreQuery, TotalsAndCountsByDaySumWhatTheEventsHold) {
  // China-Russia both ways, every status: e1 (06-05, 042 +1.9), e2 (06-06, 051 +3.4),
  // e3 (06-07, 057 +8.0, negated), e9 (06-05, 0611 +6.4, intended).
  EventQuery dyad;
  dyad.statuses.clear();
  dyad.source = "CHN";
  dyad.target = "RUS";
  dyad.either_direction = true;
  auto days = store_->TotalsByDay(dyad);
  ASSERT_TRUE(days.ok()) << days.status().ToString();
  ASSERT_EQ(days->size(), 4u);  // 06-05 has two quad classes (verbal 042, material 0611)
  EXPECT_EQ((*days)[0].date.ToString(), "2019-06-05");
  EXPECT_EQ((*days)[0].quad, QuadClass::kVerbalCooperation);
  EXPECT_EQ((*days)[0].events, 1);
  EXPECT_DOUBLE_EQ((*days)[0].positive, 1.9);
  EXPECT_EQ((*days)[1].date.ToString(), "2019-06-05");
  EXPECT_EQ((*days)[1].quad, QuadClass::kMaterialCooperation);
  EXPECT_EQ((*days)[3].date.ToString(), "2019-06-07");
  // Asserted only (the default query): e1 and e2.
  dyad.statuses = {EventStatus::kAsserted};
  days = store_->TotalsByDay(dyad);
  ASSERT_TRUE(days.ok());
  ASSERT_EQ(days->size(), 2u);
  EXPECT_DOUBLE_EQ((*days)[0].positive + (*days)[1].positive, 1.9 + 3.4);
  // Conflict lands in `negative`: USA->CHN e4 (-2.0), e5 (-5.0).
  EventQuery usa;
  usa.source = "USA";
  usa.target = "CHN";
  days = store_->TotalsByDay(usa);
  ASSERT_TRUE(days.ok());
  double negative = 0, positive = 0;
  int64_t n = 0;
  for (const DayTotals& d : *days) {
    negative += d.negative;
    positive += d.positive;
    n += d.goldstein_n;
  }
  EXPECT_DOUBLE_EQ(negative, 7.0);
  EXPECT_DOUBLE_EQ(positive, 0.0);
  EXPECT_EQ(n, 2);
  // Volume per day: every asserted event in May-June 2019 (e1 e2 e4 e5).
  EventQuery volume;
  volume.date_from = D("2019-05-01");
  volume.date_to = D("2019-06-30");
  auto counts = store_->CountByDay(volume);
  ASSERT_TRUE(counts.ok()) << counts.status().ToString();
  std::vector<std::pair<std::string, int64_t>> got;
  for (const DayCount& c : *counts) got.emplace_back(c.date.ToString(), c.events);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, int64_t>>{
                     {"2019-05-10", 1}, {"2019-05-13", 1}, {"2019-06-05", 1}, {"2019-06-06", 1}}));
}

TEST_F(EventStoreQuery, ForEachEventStreamsAndStopsOnError) {
  int seen = 0;
  Status st = store_->ForEachEvent(EventQuery{}, [&](const StoredEvent& e) {
    ++seen;
    return seen == 3 ? Status::Internal("stop here") : Status::OK();
  });
  EXPECT_EQ(st.code(), ErrorCode::kInternal);
  EXPECT_EQ(st.message(), "stop here");
  EXPECT_EQ(seen, 3);

  EventQuery lean;
  lean.with_sentence_text = false;
  std::vector<std::string> dates;
  ASSERT_TRUE(store_->ForEachEvent(lean, [&](const StoredEvent& e) {
    dates.push_back(e.event.date.ToString());
    return Status::OK();
  }).ok());
  EXPECT_EQ(dates.size(), 6u);
  EXPECT_TRUE(std::is_sorted(dates.begin(), dates.end()));
}

TEST(QuerySql, PrefixUpperBound) {
  using store_internal::PrefixUpperBound;
  EXPECT_EQ(PrefixUpperBound("RUS"), "RUT");
  EXPECT_EQ(PrefixUpperBound("RU\xff"), "RV");
  EXPECT_EQ(PrefixUpperBound("\xff\xff"), std::nullopt);
  EXPECT_EQ(PrefixUpperBound(""), std::nullopt);
}

TEST(QuerySql, ValuesNeverAppearInTheSqlText) {
  EventQuery q;
  q.source = "X'Y";
  q.target = "Z%";
  q.code_prefix = "04";
  q.doc_id = "doc;--";
  q.limit = 5;
  store_internal::SqlParams params;
  bool needs_documents = false;
  auto where = store_internal::EventWhereClause(q, params, &needs_documents);
  ASSERT_TRUE(where.ok());
  std::string sql = *where + store_internal::EventOrderAndLimit(q, params);
  for (const char* v : {"X'Y", "Z%", "doc;--", "'04'"}) EXPECT_EQ(sql.find(v), std::string::npos);
  EXPECT_TRUE(needs_documents);
  EXPECT_GE(params.values().size(), 7u);
}

// ---------------------------------------------------------------------------------------------
// Runs

TEST(EventStore, RecordsRunsAndLinksDocumentsToThem) {
  auto store = OpenOrDie("sqlite::memory:");
  ASSERT_TRUE(store);
  auto run = store->StartRun({"entente ingest corpus/", "fp-9", "0.1.0"});
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  auto put = store->PutDocument(MakeDoc("d", "Text."), {}, {}, {"fp-9", "0.1.0", *run});
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(store->GetDocument(put->document_id)->run_id, *run);
  auto before = store->ListRuns();
  ASSERT_EQ(before->size(), 1u);
  EXPECT_EQ((*before)[0].finished, "");
  ASSERT_TRUE(store->FinishRun(*run, {3, 1, 2, 0, 0}).ok());
  auto runs = store->ListRuns();
  ASSERT_TRUE(runs.ok());
  ASSERT_EQ(runs->size(), 1u);
  EXPECT_EQ((*runs)[0].info.command, "entente ingest corpus/");
  EXPECT_EQ((*runs)[0].info.dict_fingerprint, "fp-9");
  EXPECT_EQ((*runs)[0].counts.documents_seen, 3);
  EXPECT_EQ((*runs)[0].counts.documents_skipped, 2);
  EXPECT_FALSE((*runs)[0].finished.empty());
  EXPECT_EQ(store->FinishRun(*run + 1, {}).code(), ErrorCode::kNotFound);
}

// ---------------------------------------------------------------------------------------------
// Opening files: versions, foreign and corrupt files, permissions, locks

TEST(EventStoreOpen, NewerSchemaVersionIsUnsupported) {
  TempDb tmp;
  { ASSERT_TRUE(OpenOrDie(tmp.url())); }
  RawExec(tmp.path(),
          "INSERT INTO schema_version(version, applied_at, description) VALUES(7, 'x', 'future')");
  auto s = OpenStore(tmp.url());
  EXPECT_EQ(s.status().code(), ErrorCode::kUnsupported);
  EXPECT_NE(s.status().message().find("schema version 7"), std::string::npos)
      << s.status().ToString();
}

TEST(EventStoreOpen, ForeignSqliteDatabaseIsRefusedAndLeftUntouched) {
  TempDb tmp;
  RawExec(tmp.path(), "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)");
  auto s = OpenStore(tmp.url());
  EXPECT_EQ(s.status().code(), ErrorCode::kUnsupported);
  EXPECT_NE(s.status().message().find("not an entente database"), std::string::npos);
  EXPECT_EQ(RawQueryText(tmp.path(), "SELECT COUNT(*) FROM sqlite_master"), "1");
  EXPECT_EQ(RawQueryText(tmp.path(), "PRAGMA journal_mode"), "delete");
}

TEST(EventStoreOpen, ForeignDatabaseWithItsOwnSchemaVersionTableIsRefused) {
  TempDb tmp;
  RawExec(tmp.path(),
          "CREATE TABLE schema_version(version INTEGER); INSERT INTO schema_version VALUES(1)");
  auto s = OpenStore(tmp.url());
  EXPECT_EQ(s.status().code(), ErrorCode::kUnsupported) << s.status().ToString();
  EXPECT_EQ(RawQueryText(tmp.path(), "SELECT COUNT(*) FROM sqlite_master"), "1");
}

TEST(EventStoreOpen, OtherApplicationIdIsRefused) {
  TempDb tmp;
  RawExec(tmp.path(), "PRAGMA application_id = 1234");
  auto s = OpenStore(tmp.url());
  EXPECT_EQ(s.status().code(), ErrorCode::kUnsupported) << s.status().ToString();
}

TEST(EventStoreOpen, NonSqliteFileGivesACleanError) {
  TempDb tmp;
  {
    std::ofstream out(tmp.path(), std::ios::binary);
    for (int i = 0; i < 200; ++i) out << "this is a plain text file, not a database\n";
  }
  auto s = OpenStore(tmp.url());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), ErrorCode::kUnsupported) << s.status().ToString();
  EXPECT_NE(s.status().message().find("not an SQLite database"), std::string::npos);
  EXPECT_NE(s.status().message().find(tmp.path()), std::string::npos);
}

TEST(EventStoreOpen, CorruptedStoreGivesACleanError) {
  TempDb tmp;
  {
    auto store = OpenOrDie(tmp.url());
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->BeginBatch().ok());
    for (int i = 0; i < 200; ++i) {
      ASSERT_TRUE(store->PutDocument(MakeDoc("d" + std::to_string(i),
                                             "Document number " + std::to_string(i)),
                                     {}, {MakeEvent("e", "USA", "CHN", "042", "2019-06-05")})
                      .ok());
    }
    ASSERT_TRUE(store->CommitBatch().ok());
  }
  RawExec(tmp.path(), "PRAGMA wal_checkpoint(TRUNCATE)");
  // Overwrite everything after the first page (the schema page survives, the data does not).
  auto size = fs::file_size(tmp.path());
  ASSERT_GT(size, 8192u);
  {
    std::fstream f(tmp.path(), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4096);
    std::string junk(size - 4096, '\x5a');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  auto s = OpenStore(tmp.url());
  if (!s.ok()) {
    EXPECT_TRUE(s.status().code() == ErrorCode::kCorruption ||
                s.status().code() == ErrorCode::kUnsupported)
        << s.status().ToString();
    return;
  }
  EventQuery all;
  all.statuses.clear();
  auto events = (*s)->QueryEvents(all);
  auto counts = (*s)->Counts();
  EXPECT_TRUE(!events.ok() || !counts.ok());
  if (!events.ok()) {
    EXPECT_EQ(events.status().code(), ErrorCode::kCorruption) << events.status().ToString();
  }
}

TEST(EventStoreOpen, UnopenableAndMissingFiles) {
  auto s1 = OpenStore("sqlite:/nonexistent-entente-dir/sub/events.db");
  EXPECT_EQ(s1.status().code(), ErrorCode::kIOError) << s1.status().ToString();
  EXPECT_NE(s1.status().message().find("cannot open"), std::string::npos);

  TempDb tmp;
  StoreOptions no_create;
  no_create.create_if_missing = false;
  EXPECT_EQ(OpenStore(tmp.url(), no_create).status().code(), ErrorCode::kNotFound);
  EXPECT_FALSE(fs::exists(tmp.path()));
}

TEST(EventStoreOpen, ReadOnlyStoreReadsButRefusesWrites) {
  TempDb tmp;
  {
    auto store = OpenOrDie(tmp.url());
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->PutDocument(MakeDoc("d", "Text."), {},
                                   {MakeEvent("e", "USA", "CHN", "042", "2019-06-05")})
                    .ok());
  }
  StoreOptions ro;
  ro.read_only = true;
  auto store = OpenOrDie(tmp.url(), ro);
  ASSERT_TRUE(store);
  EXPECT_EQ(store->QueryEvents({})->size(), 1u);
  EXPECT_EQ(store->PutDocument(MakeDoc("x", "Other."), {}, {}).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(store->BeginBatch().code(), ErrorCode::kInvalidArgument);

  TempDb empty;
  { std::ofstream touch(empty.path()); }  // a zero-byte file is an empty SQLite database
  EXPECT_EQ(OpenStore(empty.url(), ro).status().code(), ErrorCode::kUnsupported);
}

TEST(EventStoreOpen, SecondWriterGetsLockedErrorThenSucceeds) {
  TempDb tmp;
  auto writer = OpenOrDie(tmp.url());
  ASSERT_TRUE(writer);
  StoreOptions impatient;
  impatient.busy_timeout_ms = 50;
  auto other = OpenOrDie(tmp.url(), impatient);
  ASSERT_TRUE(other);

  ASSERT_TRUE(writer->BeginBatch().ok());
  ASSERT_TRUE(writer->PutDocument(MakeDoc("a", "A."), {}, {}).ok());
  auto blocked = other->PutDocument(MakeDoc("b", "B."), {}, {});
  EXPECT_EQ(blocked.status().code(), ErrorCode::kIOError) << blocked.status().ToString();
  EXPECT_NE(blocked.status().message().find("locked"), std::string::npos);
  EXPECT_EQ(other->Counts()->documents, 0);  // readers see the last committed state (WAL)
  ASSERT_TRUE(writer->CommitBatch().ok());

  EXPECT_TRUE(other->PutDocument(MakeDoc("b", "B."), {}, {}).ok());
  EXPECT_EQ(other->Counts()->documents, 2);
}

// ---------------------------------------------------------------------------------------------
// Imported events (schema version 2)


TEST(ImportedEvents, AreStoredOnceAndSeenByEveryQuery) {
  auto store = OpenOrDie("sqlite::memory:");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->PutDocument(MakeDoc("doc-a", "Text A."), {},
                                 {MakeEvent("coded", "CHNGOV", "RUSGOV", "042", "2019-06-05")})
                  .ok());
  ImportedEvent g1 = MakeImported("gdelt", "100", "CHN", "RUS", "057", "2019-06-06", 8.0);
  g1.info.num_mentions = 12;
  g1.info.num_sources = 3;
  g1.info.num_articles = 10;
  g1.info.avg_tone = -1.25;
  g1.info.source_url = "https://example.org/g1";
  g1.info.geo_name = "Moscow, Russia";
  g1.info.geo_country = "RS";
  g1.info.geo_lat = 55.75;
  g1.info.geo_lon = 37.62;
  ImportedEvent g2 = MakeImported("gdelt", "101", "USA", "CHN", "112", "2019-05-10", std::nullopt);
  ImportedEvent i1 = MakeImported("icews", "100", "RUSMIL", "UKR", "190", "2018-06-01", -10.0);
  i1.event_text = "Use conventional military force";
  auto put = store->PutImportedEvents({g1, g2, i1});
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(put->added, 3);
  EXPECT_EQ(put->already_present, 0);

  // Again, plus one new event and a repeat inside the same call: only the new one is added.
  ImportedEvent g3 = MakeImported("gdelt", "102", "IRN", "USA", "173", "2019-07-01");
  auto again = store->PutImportedEvents({g1, g2, i1, g3, g3});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->added, 1);
  EXPECT_EQ(again->already_present, 4);

  auto counts = store->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->events, 5);
  EXPECT_EQ(counts->imported_events, 4);
  EXPECT_EQ(counts->documents, 1);

  EventQuery all;
  all.order = EventOrder::kId;
  auto events = store->QueryEvents(all);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 5u);
  const StoredEvent& coded = (*events)[0];
  EXPECT_EQ(coded.external.dataset, "");
  EXPECT_EQ(coded.external.source_url, "https://example.org/doc-a");  // the document's URL
  EXPECT_EQ(coded.event.doc_id, "doc-a");
  const StoredEvent& got = (*events)[1];
  EXPECT_EQ(got.document_id, 0);
  EXPECT_EQ(got.event.doc_id, "");
  EXPECT_EQ(got.event.date, D("2019-06-06"));
  EXPECT_EQ(got.event.source.str(), "CHN");
  EXPECT_EQ(got.event.source_text, "CHN name");
  EXPECT_EQ(got.event.code.str(), "057");
  EXPECT_EQ(got.event.quad, QuadClass::kVerbalCooperation);
  EXPECT_EQ(got.event.goldstein, 8.0);
  EXPECT_EQ(got.event.status, EventStatus::kAsserted);
  EXPECT_EQ(got.external.dataset, "gdelt");
  EXPECT_EQ(got.external.external_id, "100");
  EXPECT_EQ(got.external.num_mentions, 12);
  EXPECT_EQ(got.external.num_sources, 3);
  EXPECT_EQ(got.external.num_articles, 10);
  EXPECT_EQ(got.external.avg_tone, -1.25);
  EXPECT_EQ(got.external.source_url, "https://example.org/g1");
  EXPECT_EQ(got.external.geo_name, "Moscow, Russia");
  EXPECT_EQ(got.external.geo_country, "RS");
  EXPECT_EQ(got.external.geo_lat, 55.75);
  EXPECT_EQ(got.external.geo_lon, 37.62);
  EXPECT_EQ(got.external.origin, "file.tsv:100");
  EXPECT_FALSE((*events)[2].event.goldstein.has_value());
  EXPECT_FALSE((*events)[2].external.num_mentions.has_value());
  EXPECT_EQ((*events)[3].event.verb_text, "Use conventional military force");

  // Filters see imported events like any other; `dataset` tells them apart.
  auto count = [&](auto&& setup) {
    EventQuery q;
    setup(q);
    auto n = store->CountEvents(q);
    EXPECT_TRUE(n.ok()) << n.status().ToString();
    auto rows = store->QueryEvents(q);
    EXPECT_TRUE(rows.ok());
    EXPECT_EQ(static_cast<int64_t>(rows->size()), n.ok() ? *n : -1);
    return n.ok() ? *n : -1;
  };
  EXPECT_EQ(count([](EventQuery& q) { q.source = "CHN"; q.target = "RUS"; }), 2);
  EXPECT_EQ(count([](EventQuery& q) { q.dataset = "gdelt"; }), 3);
  EXPECT_EQ(count([](EventQuery& q) { q.dataset = "icews"; }), 1);
  EXPECT_EQ(count([](EventQuery& q) { q.dataset = ""; }), 1);
  EXPECT_EQ(count([](EventQuery& q) { q.doc_id = "doc-a"; }), 1);
  EXPECT_EQ(count([](EventQuery& q) { q.code_prefix = "19"; }), 1);
  EXPECT_EQ(count([](EventQuery& q) { q.date_from = D("2019-06-01"); }), 3);
  auto dyads = store->TopDyads(EventQuery{});
  ASSERT_TRUE(dyads.ok());
  ASSERT_FALSE(dyads->empty());
  EXPECT_EQ((*dyads)[0].source, "CHN");
  EXPECT_EQ((*dyads)[0].target, "RUS");
  EXPECT_EQ((*dyads)[0].count, 2);
  auto roots = store->CountEventsByRoot(EventQuery{});
  ASSERT_TRUE(roots.ok());
  EXPECT_EQ(roots->size(), 5u);  // 04, 05, 11, 17, 19
}

TEST(ImportedEvents, MalformedInputIsRefusedBeforeAnythingIsWritten) {
  auto store = OpenOrDie("sqlite::memory:");
  ASSERT_TRUE(store);
  ImportedEvent good = MakeImported("gdelt", "1", "CHN", "RUS", "042", "2019-06-05");
  struct Case {
    std::string name;
    std::function<void(ImportedEvent&)> spoil;
    std::string message_part;
  };
  const std::vector<Case> cases = {
      {"no dataset", [](ImportedEvent& e) { e.info.dataset = ""; }, "no dataset"},
      {"upper-case dataset", [](ImportedEvent& e) { e.info.dataset = "GDELT"; }, "dataset name"},
      {"dataset with quote", [](ImportedEvent& e) { e.info.dataset = "g'; DROP"; }, "dataset name"},
      {"no id", [](ImportedEvent& e) { e.info.external_id = ""; }, "no external id"},
      {"no code", [](ImportedEvent& e) { e.code = EventCode(); }, "no event code"},
  };
  for (const Case& c : cases) {
    ImportedEvent bad = MakeImported("gdelt", "2", "USA", "CHN", "112", "2019-05-10");
    c.spoil(bad);
    auto r = store->PutImportedEvents({good, bad});
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument) << c.name;
    EXPECT_NE(r.status().message().find(c.message_part), std::string::npos)
        << c.name << ": " << r.status().message();
    EXPECT_NE(r.status().message().find("file.tsv:2"), std::string::npos) << r.status().message();
  }
  EXPECT_EQ(store->Counts()->events, 0);
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_EQ(store->PutImportedEvents({good}).status().code(), ErrorCode::kInvalidArgument);
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_EQ(store->PutImportedEvents({})->added, 0);
  StoreOptions ro;
  ro.read_only = true;
  TempDb tmp;
  { ASSERT_TRUE(OpenOrDie(tmp.url())); }
  auto read_only = OpenOrDie(tmp.url(), ro);
  ASSERT_TRUE(read_only);
  EXPECT_EQ(read_only->PutImportedEvents({good}).status().code(), ErrorCode::kInvalidArgument);
}

TEST(ImportedEvents, AreIdempotentAcrossReopeningTheFile) {
  TempDb tmp;
  std::vector<ImportedEvent> batch;
  for (int i = 0; i < 200; ++i) {
    batch.push_back(MakeImported("gdelt", std::to_string(1000 + i), "USA", "CHN", "042",
                                 "2019-06-05"));
  }
  {
    auto store = OpenOrDie(tmp.url());
    ASSERT_TRUE(store);
    EXPECT_EQ(store->PutImportedEvents(batch)->added, 200);
  }
  auto store = OpenOrDie(tmp.url());
  ASSERT_TRUE(store);
  auto again = store->PutImportedEvents(batch);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->added, 0);
  EXPECT_EQ(again->already_present, 200);
  EXPECT_EQ(store->Counts()->events, 200);
  EXPECT_EQ(RawQueryText(tmp.path(),
                         "SELECT COUNT(*) FROM (SELECT dataset, ext_id FROM events "
                         "GROUP BY 1, 2 HAVING COUNT(*) > 1)"),
            "0");
}

TEST(EventStoreOpen, AVersion2StoreIsRefusedReadOnlyAndUpgradedWhenWritable) {
  TempDb tmp;
  // A store as version 2 wrote it: migrations 1 and 2 only.
  RawExec(tmp.path(), std::string(store_internal::SqliteMigrations()[0].sql));
  RawExec(tmp.path(), std::string(store_internal::SqliteMigrations()[1].sql));
  RawExec(tmp.path(),
          "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, "
          "description TEXT NOT NULL); INSERT INTO schema_version VALUES(1, 'x', 'v1');"
          "INSERT INTO schema_version VALUES(2, 'x', 'v2');"
          "PRAGMA application_id = " + std::to_string(store_internal::kSqliteApplicationId) + ";"
          "INSERT INTO events(dataset, ext_id, date, source, target, code, root, quad, goldstein, "
          "status) VALUES('gdelt', '1', '2010-01-02', 'USA', 'CHN', '042', '04', 1, 1.9, 0);");
  StoreOptions ro;
  ro.read_only = true;
  ro.create_if_missing = false;
  // Read-only, nothing can be upgraded, and queries need the deduplication column (version 4).
  auto refused = OpenStore(tmp.url(), ro);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("needs a schema upgrade"), std::string::npos)
      << refused.status().ToString();
  auto store = OpenOrDie(tmp.url());
  ASSERT_TRUE(store);
  EXPECT_EQ(*store->SchemaVersion(), kStoreSchemaVersion);
  auto days = store->TotalsByDay({});
  ASSERT_TRUE(days.ok()) << days.status().ToString();
  ASSERT_EQ(days->size(), 1u);
  EXPECT_EQ(RawQueryText(tmp.path(), "SELECT COUNT(*) FROM pragma_index_info('events_by_dyad')"),
            "7");
  store.reset();
  auto reader = OpenOrDie(tmp.url(), ro);
  ASSERT_TRUE(reader);
  EXPECT_EQ(*reader->CountEvents({}), 1);
}

TEST(EventStoreOpen, MigratesAVersion1StoreAndKeepsItsEvents) {
  TempDb tmp;
  // A store as version 1 wrote it, built from the version-1 migration itself.
  std::string v1(store_internal::SqliteMigrations()[0].sql);
  RawExec(tmp.path(), v1);
  RawExec(tmp.path(),
          "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, "
          "description TEXT NOT NULL); INSERT INTO schema_version VALUES(1, 'x', 'v1'); "
          "PRAGMA application_id = " + std::to_string(store_internal::kSqliteApplicationId) + ";"
          "INSERT INTO documents(id, ext_id, content_hash, text, ingested_at) "
          "VALUES(7, 'old', 'h', 'Old text.', 'now');"
          "INSERT INTO events(id, doc, sentence, start, \"end\", date, source, target, code, root, "
          "quad, goldstein, status) VALUES(42, 7, 0, 0, 9, '2010-01-02', 'USA', 'CHN', '042', "
          "'04', 1, 1.9, 0);");
  auto store = OpenOrDie(tmp.url());
  ASSERT_TRUE(store);
  EXPECT_EQ(*store->SchemaVersion(), kStoreSchemaVersion);
  auto events = store->QueryEvents({});
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].id, 42);
  EXPECT_EQ((*events)[0].event.doc_id, "old");
  EXPECT_EQ((*events)[0].event.goldstein, 1.9);
  EXPECT_EQ((*events)[0].external.dataset, "");
  EXPECT_TRUE(store->PutImportedEvents({MakeImported("icews", "1", "RUS", "UKR", "190",
                                                     "2018-06-01")})
                  .ok());
  EXPECT_EQ(store->Counts()->events, 2);
  store.reset();
  EXPECT_EQ(RawQueryText(tmp.path(), "SELECT COUNT(*) FROM schema_version"),
            std::to_string(kStoreSchemaVersion));
  // The coded event still belongs to its document: deleting the document removes it.
  RawExec(tmp.path(), "PRAGMA foreign_keys = ON; DELETE FROM documents WHERE id = 7");
  EXPECT_EQ(RawQueryText(tmp.path(), "SELECT COUNT(*) FROM events"), "1");
}

// ---------------------------------------------------------------------------------------------
// Throughput

// A measurement, not a test: it runs only when ENTENTE_STORE_BENCH_EVENTS is set (e.g. 1000000)
// and prints insert and read rates.  Speed targets live in benchmarks, never in unit tests.
TEST(EventStorePerf, MeasuresInsertAndStreamRates) {
  const char* env = std::getenv("ENTENTE_STORE_BENCH_EVENTS");
  if (!env) GTEST_SKIP() << "set ENTENTE_STORE_BENCH_EVENTS=N to measure";
  int64_t total = std::atoll(env);
  const int per_doc = 10;
  TempDb tmp;
  auto store = OpenOrDie(tmp.url());
  ASSERT_TRUE(store);
  std::vector<Event> events;
  const char* actors[] = {"USAGOV", "CHNGOV", "RUSGOV", "RUSMIL", "IRNGOV", "GBRGOV"};
  const char* codes[] = {"042", "051", "0611", "112", "173", "190"};
  for (int i = 0; i < per_doc; ++i) {
    Event e = MakeEvent("verb", actors[i % 6], actors[(i + 1) % 6], codes[i % 6], "2019-06-05");
    e.sentence = i;
    e.sentence_text = "A sentence of ordinary news length, about twenty words or so, to store.";
    events.push_back(e);
  }
  const std::string body(1200, 'x');
  Document doc = MakeDoc("d", body);
  auto t0 = std::chrono::steady_clock::now();
  const std::clock_t c0 = std::clock();
  ASSERT_TRUE(store->BeginBatch().ok());
  for (int64_t d = 0; d < total / per_doc; ++d) {
    doc.text = std::to_string(d) + body;
    doc.id = "d" + std::to_string(d);
    // Chronological ingest, as news arrives: 50 documents a day.
    for (int i = 0; i < per_doc; ++i) {
      events[i].date = Date::FromDays(static_cast<int32_t>(17000 + d / 50));
    }
    auto r = store->PutDocument(doc, {}, events);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    ASSERT_FALSE(r->already_present);
    if ((d + 1) % 1000 == 0) {  // commit every 1000 documents, as ingest would
      ASSERT_TRUE(store->CommitBatch().ok());
      ASSERT_TRUE(store->BeginBatch().ok());
    }
  }
  ASSERT_TRUE(store->CommitBatch().ok());
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  double rate = static_cast<double>(total) / secs;
  RecordProperty("events_per_second", static_cast<int>(rate));
  RecordProperty("events_per_cpu_second", static_cast<int>(static_cast<double>(total) / cpu));
  std::printf("[ perf     ] %lld events in %.3f s = %.0f events/s wall, %.0f events/s of CPU "
              "(file store, with indexes)\n",
              static_cast<long long>(total), secs, rate, static_cast<double>(total) / cpu);
  EXPECT_EQ(store->Counts()->events, total);

  // Reading back: stream every event (no sentence text), as analysis does.
  EventQuery all;
  all.with_sentence_text = false;
  int64_t seen = 0;
  auto r0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(store->ForEachEvent(all, [&](const StoredEvent&) {
    ++seen;
    return Status::OK();
  }).ok());
  double read_secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - r0).count();
  EXPECT_EQ(seen, total);
  std::printf("[ perf     ] streamed %lld events in %.3f s = %.0f events/s\n",
              static_cast<long long>(seen), read_secs, static_cast<double>(seen) / read_secs);
}

}  // namespace
}  // namespace entente
