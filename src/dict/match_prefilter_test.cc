// Copyright 2026 The entente Authors. Apache-2.0.
//
// MatchPrefilter: on a tiny verb dictionary, which patterns it keeps and skips; on the bundled
// dictionaries, differential checks against brute force: HasDiscard equals the coder's scan over
// every discard and position, and PatternMayMatch never rejects a pattern all of whose words and
// synset phrases occur (and equals "every literal word occurs" for synset-free patterns).
#include "dict/match_prefilter.h"

#include <gtest/gtest.h>

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
    dir_ = fs::path(::testing::TempDir()) / "entente_match_prefilter";
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
    for (bool story : {false, true}) {
      bool want = BruteDiscard(d, w, story);
      positives += want;
      ASSERT_EQ(f.HasDiscard(w, story), want) << "iteration " << iter << " story " << story;
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

}  // namespace
}  // namespace entente
