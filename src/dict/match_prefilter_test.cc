// Copyright 2026 The entente Authors. Apache-2.0.
//
// MatchPrefilter: on a tiny verb dictionary, which patterns it keeps and skips; on the bundled
// dictionaries, differential checks against brute force: HasDiscard equals the coder's scan over
// every discard and position, and PatternMayMatch never rejects a pattern all of whose words and
// synset phrases occur (and equals "every literal word occurs" for synset-free patterns);
// BlockCandidates equals PatternMayMatch over a block, SynsetLength equals the scan of every
// phrase of the synset.
#include "dict/match_prefilter.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace entente {
namespace {

namespace fs = std::filesystem;

constexpr char kVerbs[] = R"(&CURRENCY
+DOLLAR
+EURO_ZONE
+HARD CURRENCY

--- IMPOSE [163] ---
IMPOSE
- * SANCTIONS ON + [163]
- * &CURRENCY CONTROLS [163]
- + * [163]
- * ^ TARIFFS [163]
)";

class MatchPrefilterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // One directory per process: ctest runs each test of the fixture in a process of its own, in
    // parallel, and TearDown removes the directory (a shared one was removed under another test).
    dir_ = fs::path(::testing::TempDir()) / ("entente_match_prefilter_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    DictionaryPaths p;
    p.verbs = {Write("v.txt", kVerbs)};
    p.actors = {Write("a.txt", "")};
    p.agents = {Write("g.txt", "")};
    p.discards = {Write("d.txt", "+WORLD CUP FINAL\nYEARS LATER\nBASEBALL\n")};
    p.issues = {Write("i.txt", "")};
    p.cameo = std::string(ENTENTE_SOURCE_DIR) + "/tests/fixtures/dict/cameo_codes.tsv";
    auto d = DictionarySet::Load(p);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    dict_ = *d;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    fs::path f = dir_ / name;
    std::ofstream(f, std::ios::binary) << content;
    return f.string();
  }

  std::vector<WordId> Ids(const std::string& text) const {
    std::vector<WordId> out;
    std::string w;
    for (char c : text + " ") {
      if (c == ' ') {
        if (!w.empty()) out.push_back(dict_->FindWord(w));
        w.clear();
      } else {
        w.push_back(c);
      }
    }
    return out;
  }

  int Pattern(const std::string& text) const {
    for (size_t i = 0; i < dict_->pattern_count(); ++i)
      if (dict_->pattern(i).text.find(text) != std::string::npos) return static_cast<int>(i);
    return -1;
  }

  fs::path dir_;
  std::shared_ptr<const DictionarySet> dict_;
};

TEST_F(MatchPrefilterTest, KeepsOrSkipsPatternsByTheirWords) {
  MatchPrefilter f(*dict_);
  ASSERT_EQ(f.pattern_count(), dict_->pattern_count());
  struct Case {
    const char* sentence;
    const char* pattern;
    bool may_match;
  } cases[] = {
      {"GONDOR IMPOSED SANCTIONS ON MORDOR", "SANCTIONS ON", true},
      {"GONDOR IMPOSED TARIFFS ON MORDOR", "SANCTIONS ON", false},   // SANCTIONS absent
      {"GONDOR IMPOSED SANCTIONS AGAINST MORDOR", "SANCTIONS ON", false},  // ON absent
      {"ON SANCTIONS", "SANCTIONS ON", true},   // order and window are the matcher's business
      {"GONDOR IMPOSED DOLLAR CONTROLS", "&CURRENCY CONTROLS", true},
      {"GONDOR IMPOSED EURO CONTROLS", "&CURRENCY CONTROLS", true},   // a phrase starts here
      {"GONDOR IMPOSED CAPITAL CONTROLS", "&CURRENCY CONTROLS", false},  // no phrase starts
      {"GONDOR IMPOSED DOLLAR LIMITS", "&CURRENCY CONTROLS", false},
      {"NOTHING AT ALL", "+ * [163]", true},    // actor slots only: never filtered
      {"IMPOSED TARIFFS", "^ TARIFFS", true},   // '^' needs nothing
  };
  MatchPrefilter::SentenceWords s;
  for (const Case& c : cases) {
    int p = Pattern(c.pattern);
    ASSERT_GE(p, 0) << c.pattern;
    std::vector<WordId> words = Ids(c.sentence);
    f.Load(words, &s);
    EXPECT_EQ(f.PatternMayMatch(static_cast<uint32_t>(p), s), c.may_match) << c.sentence << " / " << c.pattern;
  }
}

TEST_F(MatchPrefilterTest, ReusedScratchForgetsThePreviousSentence) {
  MatchPrefilter f(*dict_);
  MatchPrefilter::SentenceWords s;
  int p = Pattern("SANCTIONS ON");
  std::vector<WordId> first = Ids("SANCTIONS ON DOLLAR");
  std::vector<WordId> second = Ids("TALKS");
  f.Load(first, &s);
  EXPECT_TRUE(f.PatternMayMatch(static_cast<uint32_t>(p), s));
  f.Load(second, &s);
  EXPECT_FALSE(f.PatternMayMatch(static_cast<uint32_t>(p), s));
  EXPECT_FALSE(f.PatternMayMatch(static_cast<uint32_t>(Pattern("&CURRENCY")), s));
}

TEST_F(MatchPrefilterTest, UnknownWordsMatchNothing) {
  MatchPrefilter f(*dict_);
  MatchPrefilter::SentenceWords s;
  std::vector<WordId> words = {kNoWord, kNoWord, dict_->FindWord("ON")};
  f.Load(words, &s);
  EXPECT_FALSE(f.PatternMayMatch(static_cast<uint32_t>(Pattern("SANCTIONS ON")), s));
  EXPECT_FALSE(f.HasDiscard(words, false));
  EXPECT_FALSE(f.HasDiscard({}, false));
}

TEST_F(MatchPrefilterTest, DiscardsByKindAndPosition) {
  MatchPrefilter f(*dict_);
  struct Case {
    const char* sentence;
    bool sentence_discard;
    bool story_discard;
  } cases[] = {
      {"THE WORLD CUP FINAL WAS PLAYED", false, true},
      {"THE WORLD CUP WAS PLAYED", false, false},   // phrase incomplete
      {"WORLD CUP", false, false},                  // ... also at the end
      {"YEARS LATER GONDOR SIGNED", true, false},
      {"THEY PLAYED BASEBALL", true, false},        // last position
      {"LATER YEARS", false, false},
  };
  for (const Case& c : cases) {
    std::vector<WordId> w = Ids(c.sentence);
    EXPECT_EQ(f.HasDiscard(w, false), c.sentence_discard) << c.sentence;
    EXPECT_EQ(f.HasDiscard(w, true), c.story_discard) << c.sentence;
    EXPECT_EQ(f.Discards(w).sentence, c.sentence_discard) << c.sentence;
    EXPECT_EQ(f.Discards(w).story, c.story_discard) << c.sentence;
  }
}

// The coder's scan (coder.cc, before the prefilter): every discard at every position.
bool BruteDiscard(const DictionarySet& d, const std::vector<WordId>& words, bool story) {
  for (const Discard& x : d.discards()) {
    if (x.story != story || x.words.empty()) continue;
    for (size_t i = 0; i + x.words.size() <= words.size(); ++i)
      if (std::equal(x.words.begin(), x.words.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) return true;
  }
  return false;
}

bool Occurs(const std::vector<WordId>& words, const std::vector<WordId>& phrase) {
  if (phrase.empty() || phrase.size() > words.size()) return false;
  return std::search(words.begin(), words.end(), phrase.begin(), phrase.end()) != words.end();
}

class BundledPrefilter : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto d = DictionarySet::Load({});
    if (d.ok()) dict_ = new std::shared_ptr<const DictionarySet>(*d);
  }
  static void TearDownTestSuite() {
    delete dict_;
    dict_ = nullptr;
  }
  static std::shared_ptr<const DictionarySet>* dict_;
};
std::shared_ptr<const DictionarySet>* BundledPrefilter::dict_ = nullptr;

TEST_F(BundledPrefilter, HasDiscardEqualsTheBruteForceScan) {
  ASSERT_NE(dict_, nullptr) << "bundled dictionaries did not load";
  const DictionarySet& d = **dict_;
  MatchPrefilter f(d);
  std::mt19937 rng(20261129);
  // Sentences of discard words (so that phrases occur, whole or in part) and noise.
  std::vector<WordId> pool = {kNoWord, d.FindWord("THE"), d.FindWord("SAID")};
  for (const Discard& x : d.discards()) pool.insert(pool.end(), x.words.begin(), x.words.end());
  int positives = 0;
  for (int iter = 0; iter < 20000; ++iter) {
    std::vector<WordId> w(1 + rng() % 12);
    for (auto& id : w) id = pool[rng() % pool.size()];
    if (iter % 3 == 0) {  // plant a whole phrase
      const Discard& x = d.discards()[rng() % d.discards().size()];
      size_t at = rng() % (w.size() + 1);
      w.insert(w.begin() + static_cast<std::ptrdiff_t>(at), x.words.begin(), x.words.end());
    }
    const MatchPrefilter::DiscardKinds both = f.Discards(w);
    for (bool story : {false, true}) {
      bool want = BruteDiscard(d, w, story);
      positives += want;
      ASSERT_EQ(f.HasDiscard(w, story), want) << "iteration " << iter << " story " << story;
      ASSERT_EQ(story ? both.story : both.sentence, want) << "iteration " << iter << " story " << story;
    }
  }
  EXPECT_GT(positives, 1000);  // the test exercised matches, not only misses
}

TEST_F(BundledPrefilter, NeverRejectsAPatternWhoseElementsAllOccur) {
  ASSERT_NE(dict_, nullptr) << "bundled dictionaries did not load";
  const DictionarySet& d = **dict_;
  MatchPrefilter f(d);
  MatchPrefilter::SentenceWords s;
  std::mt19937 rng(7);
  int kept = 0, skipped = 0;
  for (int iter = 0; iter < 10000; ++iter) {
    // A sentence made of the elements of one or two patterns (a synset as one of its phrases),
    // sometimes with one element dropped, plus noise.
    std::vector<WordId> w;
    for (int k = 0; k < 2; ++k) {
      const VerbPattern& p = d.pattern(rng() % d.pattern_count());
      for (const auto* side : {&p.before, &p.after}) {
        for (const PatternElement& e : *side) {
          if (rng() % 8 == 0) continue;  // drop this one
          if (e.kind == PatternElementKind::kWord) w.push_back(e.word);
          if (e.kind == PatternElementKind::kSynset) {
            const auto& ph = d.synset(e.synset).phrases;
            if (!ph.empty()) {
              const auto& one = ph[rng() % ph.size()];
              w.insert(w.end(), one.begin(), one.end());
            }
          }
          if (rng() % 2) w.push_back(kNoWord);
        }
      }
    }
    f.Load(w, &s);
    for (int probe = 0; probe < 50; ++probe) {
      uint32_t pi = static_cast<uint32_t>(rng() % d.pattern_count());
      const VerbPattern& p = d.pattern(pi);
      bool all_words = true, all_synsets = true, has_synset = false;
      for (const auto* side : {&p.before, &p.after}) {
        for (const PatternElement& e : *side) {
          if (e.kind == PatternElementKind::kWord) all_words &= std::find(w.begin(), w.end(), e.word) != w.end();
          if (e.kind == PatternElementKind::kSynset) {
            has_synset = true;
            bool any = false;
            for (const auto& ph : d.synset(e.synset).phrases) any |= Occurs(w, ph);
            all_synsets &= any;
          }
        }
      }
      bool got = f.PatternMayMatch(pi, s);
      if (all_words && all_synsets) {
        ASSERT_TRUE(got) << p.text;  // sound
      }
      if (!has_synset) {
        ASSERT_EQ(got, all_words) << p.text;  // exact when only words are required
      }
      if (!all_words) {
        ASSERT_FALSE(got) << p.text;
      }
      (got ? kept : skipped)++;
    }
  }
  EXPECT_GT(kept, 1000);
  EXPECT_GT(skipped, 1000);
}

TEST_F(MatchPrefilterTest, SynsetLengthIsTheLongestPhraseAtThePosition) {
  MatchPrefilter f(*dict_);
  const VerbPattern& p = dict_->pattern(static_cast<uint32_t>(Pattern("&CURRENCY CONTROLS")));
  uint32_t currency = 0;
  for (const PatternElement& e : p.after)
    if (e.kind == PatternElementKind::kSynset) currency = e.synset;
  std::vector<WordId> w = Ids("THE EURO ZONE AND HARD CURRENCY DOLLAR");
  EXPECT_EQ(f.SynsetLength(currency, w, 0, true), 0u);   // THE
  EXPECT_EQ(f.SynsetLength(currency, w, 1, true), 2u);   // EURO_ZONE
  EXPECT_EQ(f.SynsetLength(currency, w, 2, false), 2u);  // ... ends at ZONE
  EXPECT_EQ(f.SynsetLength(currency, w, 2, true), 0u);   // ZONE starts nothing
  EXPECT_EQ(f.SynsetLength(currency, w, 4, true), 2u);   // HARD CURRENCY
  EXPECT_EQ(f.SynsetLength(currency, w, 6, true), 1u);   // DOLLAR, the last word
  EXPECT_EQ(f.SynsetLength(currency, w, 6, false), 1u);
  EXPECT_EQ(f.SynsetLength(currency, w, 7, true), 0u);   // past the end
  std::vector<WordId> cut = Ids("THE EURO");
  EXPECT_EQ(f.SynsetLength(currency, cut, 1, true), 0u);  // phrase runs past the end
  EXPECT_EQ(f.SynsetLength(static_cast<uint32_t>(dict_->synset_count()), w, 1, true), 0u);  // unknown synset
}

// What coder/patterns.cc computed before the prefilter's phrase index: every phrase scanned.
uint32_t BruteSynsetLength(const Synset& syn, const std::vector<WordId>& words, uint32_t pos, bool forward) {
  uint32_t best = 0;
  for (const auto& phrase : syn.phrases) {
    uint32_t len = static_cast<uint32_t>(phrase.size());
    if (len == 0 || len <= best) continue;
    size_t start;
    if (forward) {
      if (pos + len > words.size()) continue;
      start = pos;
    } else {
      if (pos + 1 < len) continue;
      start = pos + 1 - len;
    }
    if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(start))) best = len;
  }
  return best;
}

TEST_F(BundledPrefilter, BlockCandidatesAndSynsetLengthEqualTheScans) {
  ASSERT_NE(dict_, nullptr) << "bundled dictionaries did not load";
  const DictionarySet& d = **dict_;
  ASSERT_GT(d.synset_count(), 0u);
  MatchPrefilter f(d);
  MatchPrefilter::SentenceWords s;
  std::mt19937 rng(20261130);
  // Sentences made of synset phrases and pattern words, with noise, as in the test above.
  std::vector<WordId> pool = {kNoWord, d.FindWord("THE"), d.FindWord("SAID")};
  for (uint32_t p = 0; p < d.pattern_count(); p += 7)
    for (const PatternElement& e : d.pattern(p).after)
      if (e.kind == PatternElementKind::kWord) pool.push_back(e.word);
  std::vector<uint32_t> got;
  int synset_hits = 0, candidates = 0;
  for (int iter = 0; iter < 3000; ++iter) {
    std::vector<WordId> w;
    for (int k = 0, parts = 1 + static_cast<int>(rng() % 6); k < parts; ++k) {
      if (rng() % 2) {
        const auto& ph = d.synset(static_cast<uint32_t>(rng() % d.synset_count())).phrases;
        if (!ph.empty()) {
          const auto& one = ph[rng() % ph.size()];
          w.insert(w.end(), one.begin(), one.end());
        }
      } else {
        w.push_back(pool[rng() % pool.size()]);
      }
    }
    for (uint32_t probe = 0; probe < 20 && !w.empty(); ++probe) {
      uint32_t y = static_cast<uint32_t>(rng() % d.synset_count());
      uint32_t pos = static_cast<uint32_t>(rng() % w.size());
      for (bool forward : {true, false}) {
        uint32_t want = BruteSynsetLength(d.synset(y), w, pos, forward);
        synset_hits += want > 0;
        ASSERT_EQ(f.SynsetLength(y, w, pos, forward), want) << "synset " << d.synset(y).name << " at " << pos;
      }
    }
    // Synsets that occur in the sentence, checked at every position.
    for (uint32_t pos = 0; pos < w.size(); ++pos) {
      for (uint32_t y = 0; y < d.synset_count(); y += 1 + static_cast<uint32_t>(rng() % 5)) {
        for (bool forward : {true, false}) {
          uint32_t want = BruteSynsetLength(d.synset(y), w, pos, forward);
          synset_hits += want > 0;
          ASSERT_EQ(f.SynsetLength(y, w, pos, forward), want);
        }
      }
    }
    f.Load(w, &s);
    uint32_t b = static_cast<uint32_t>(rng() % d.verb_block_count());
    std::vector<uint32_t> want;
    for (uint32_t pi : d.verb_block(b).patterns)
      if (f.PatternMayMatch(pi, s)) want.push_back(pi);
    f.BlockCandidates(b, s, &got);
    ASSERT_EQ(got, want) << "block " << d.verb_block(b).name;
    candidates += static_cast<int>(got.size());
  }
  EXPECT_GT(synset_hits, 1000);  // matches were exercised, not only misses
  EXPECT_GT(candidates, 1000);
  f.BlockCandidates(static_cast<uint32_t>(d.verb_block_count()), s, &got);
  EXPECT_TRUE(got.empty());  // unknown block
}

}  // namespace
}  // namespace entente
