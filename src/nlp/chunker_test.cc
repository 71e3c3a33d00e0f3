// Copyright 2026 The entente Authors. Apache-2.0.
//
// Chunk and clause tests: noun phrases with determiners, possessives and modifiers; verb
// groups with auxiliaries, modals and negation; PPs and SBARs; relative clauses, appositives,
// reported speech (complement and sentence-final tail), conditionals, subordinate clauses and
// parentheticals with their nesting.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/nlp_test_util.h"

namespace entente {
namespace {

using nlp_test::SharedAnalyzer;
using nlp_test::Span;

// "[NP the Russian state energy company *Gazprom]" for every chunk.
std::string ChunksOf(std::string_view text) {
  std::string out;
  for (const Sentence& s : SharedAnalyzer()->Analyze(text)) {
    for (const Chunk& c : s.chunks) {
      if (!out.empty()) out += ' ';
      out += '[';
      out += ChunkTypeName(c.type);
      for (uint32_t i = c.first; i <= c.last; ++i) {
        out += ' ';
        if (i == c.head) out += '*';
        out += s.tokens[i].text;
      }
      out += ']';
    }
  }
  return out;
}

// "type:text" of every clause but the main one, plus the parent's type.
std::vector<std::string> ClausesOf(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : SharedAnalyzer()->Analyze(text)) {
    for (size_t i = 1; i < s.clauses.size(); ++i) {
      const Clause& c = s.clauses[i];
      std::string parent =
          c.parent >= 0 ? std::string(ClauseTypeName(s.clauses[c.parent].type)) : "none";
      out.push_back(std::string(ClauseTypeName(c.type)) + "<" + parent +
                    ">:" + Span(s, c.first, c.last));
    }
  }
  return out;
}

struct ChunkCase {
  const char* text;
  const char* want;
};

void CheckChunkerTable(const ChunkCase& c) { EXPECT_EQ(ChunksOf(c.text), c.want) << c.text; }

const ChunkCase kPhraseCases[] = {
    {"the Russian state energy company Gazprom signed a deal.",
     "[NP the Russian state energy company *Gazprom] [VP *signed] [NP a *deal]"},
    {"Xi Jinping praised Putin.", "[NP Xi *Jinping] [VP *praised] [NP *Putin]"},
    {"The U.S. and China met.", "[NP The *U.S.] [NP *China] [VP *met]"},
    {"Putin did not sign the treaty.", "[NP *Putin] [VP did not *sign] [NP the *treaty]"},
    {"Russia will be visiting Beijing.", "[NP *Russia] [VP will be *visiting] [NP *Beijing]"},
    {"Kyiv has been attacked by Russia.",
     "[NP *Kyiv] [VP has been *attacked] [PP *by] [NP *Russia]"},
    {"China's president met Russia's foreign minister.",
     "[NP China 's *president] [VP *met] [NP Russia 's foreign *minister]"},
    {"Moscow plans to build a pipeline.",
     "[NP *Moscow] [VP *plans] [VP to *build] [NP a *pipeline]"},
    {"Trade reached $108 billion in 2019.",
     "[NP *Trade] [VP *reached] [NP $ 108 *billion] [PP *in] [NP *2019]"},
    {"They set up a joint venture.", "[NP *They] [VP *set up] [NP a joint *venture]"},
    {"Relations are very good.", "[NP *Relations] [VP *are] [ADJP very *good]"},
    {"He left after talks.", "[NP *He] [VP *left] [PP *after] [NP *talks]"},
    {"He left after they met.", "[NP *He] [VP *left] [SBAR *after] [NP *they] [VP *met]"},
    {"He said that Russia won.", "[NP *He] [VP *said] [SBAR *that] [NP *Russia] [VP *won]"}};

TEST(Chunker, GroupsPhrases) {
  ENTENTE_NEEDS_ANALYZER();
  for (const ChunkCase& c : kPhraseCases) {
    SCOPED_TRACE(c.text);
    CheckChunkerTable(c);
  }
}

TEST(Chunker, ChunksAreOrderedAndDisjoint) {
  ENTENTE_NEEDS_ANALYZER();
  auto sents = SharedAnalyzer()->Analyze(
      "Xi Jinping, China's president, said on Monday that Russia and China, which share a "
      "long border, will not sign the deal if the U.S. imposes new sanctions (again).");
  ASSERT_EQ(sents.size(), 1u);
  const Sentence& s = sents[0];
  uint32_t next = 0;
  for (const Chunk& c : s.chunks) {
    EXPECT_GE(c.first, next);
    EXPECT_LE(c.first, c.last);
    EXPECT_LT(c.last, s.tokens.size());
    EXPECT_GE(c.head, c.first);
    EXPECT_LE(c.head, c.last);
    next = c.last + 1;
  }
}

struct ClauseCase {
  const char* text;
  std::vector<std::string> want;
};

void CheckClauseTable(const ClauseCase& c) { EXPECT_EQ(ClausesOf(c.text), c.want) << c.text; }

const ClauseCase kClauseCases[] = {
    {"Arnor, which has imposed sanctions on Moscow, attacked Gondor.",
     {"relative<main>:which has imposed sanctions on Moscow"}},
    {"The country that signed the deal attacked Gondor.", {"relative<main>:that signed the deal"}},
    {"Xi Jinping, China's president, praised Putin.", {"appositive<main>:China 's president"}},
    {"Xi praised Putin, the Russian president.", {"appositive<main>:the Russian president"}},
    {"Russia said that China would help.", {"reported<main>:that China would help"}},
    {"Russia told reporters on Monday that China would help.",
     {"reported<main>:that China would help"}},
    {"The minister said China would help.", {"reported<main>:China would help"}},
    {"Arnor will restore ties with Gondor, a senior official said on Saturday.",
     {"reported<main>:Arnor will restore ties with Gondor"}},
    {"\"We will fight back,\" he said.", {"reported<main>:We will fight back"}},
    {"If they do not fight back, Washington will fight them.",
     {"conditional<main>:If they do not fight back"}},
    {"Washington will fight them unless they surrender.",
     {"conditional<main>:unless they surrender"}},
    {"Protests erupted after the army fired on crowds.",
     {"subordinate<main>:after the army fired on crowds"}},
    {"Because talks failed, Russia withdrew.", {"subordinate<main>:Because talks failed"}},
    {"Russia withdrew while China watched.", {"subordinate<main>:while China watched"}},
    {"Gazprom (the state energy company) signed a deal.",
     {"parenthetical<main>:( the state energy company )"}},
    {"Gazprom -- the state energy company -- signed a deal.",
     {"parenthetical<main>:-- the state energy company --"}},
    {"Russia said that China, which shares a border, would help.",
     {"reported<main>:that China , which shares a border , would help",
      "relative<reported>:which shares a border"}},
    {"The minister said Wednesday she hoped talks would resume.",
     {"reported<main>:she hoped talks would resume"}},
    {"The minister told reporters Russia would not attack.",
     {"reported<main>:Russia would not attack"}},
    {"Troops withdrew on Monday, a correspondent said, after rebels attacked.",
     {"reported<main>:Troops withdrew on Monday", "subordinate<main>:after rebels attacked"}},
    {"Russia moved troops to the border, according to diplomats.",
     {"reported<main>:Russia moved troops to the border"}},
    {"China and Russia signed a deal.", {}}};

TEST(Clauses, FindsClauseKinds) {
  ENTENTE_NEEDS_ANALYZER();
  for (const ClauseCase& c : kClauseCases) {
    SCOPED_TRACE(c.text);
    CheckClauseTable(c);
  }
}

TEST(Clauses, MainClauseSpansTheSentence) {
  ENTENTE_NEEDS_ANALYZER();
  auto sents = SharedAnalyzer()->Analyze("If Russia attacks, China will respond.");
  ASSERT_EQ(sents.size(), 1u);
  const Sentence& s = sents[0];
  ASSERT_FALSE(s.clauses.empty());
  EXPECT_EQ(s.clauses[0].type, ClauseType::kMain);
  EXPECT_EQ(s.clauses[0].first, 0u);
  EXPECT_EQ(s.clauses[0].last, s.tokens.size() - 1);
  EXPECT_EQ(s.clauses[0].parent, -1);
  for (size_t i = 1; i < s.clauses.size(); ++i) {
    const Clause& c = s.clauses[i];
    ASSERT_GE(c.parent, 0);
    ASSERT_LT(static_cast<size_t>(c.parent), s.clauses.size());
    const Clause& p = s.clauses[c.parent];
    EXPECT_LE(p.first, c.first);
    EXPECT_GE(p.last, c.last);
  }
}

}  // namespace
}  // namespace entente
