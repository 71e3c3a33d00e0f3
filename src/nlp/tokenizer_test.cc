// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tokeniser tests: Penn Treebank conventions (clitics, punctuation, abbreviations, numbers,
// hyphens), curly quotes, offsets, norm and lemma.
#include <gtest/gtest.h>

#include <string>

#include "nlp/nlp_test_util.h"

namespace entente {
namespace {

using nlp_test::SharedAnalyzer;
using nlp_test::TokensOf;

struct TokCase {
  const char* text;
  const char* want;  // tokens separated by single spaces
};

void CheckTokenizerTable(const TokCase& c) { EXPECT_EQ(TokensOf(c.text), c.want) << c.text; }

const TokCase kPennTreebankCases[] = {
    {"Russia didn't sign.", "Russia did n't sign ."},
    {"Russia's army can't win and won't stop.", "Russia 's army ca n't win and wo n't stop ."},
    {"They're sure we'll win; I'm sure he'd agree and they've left.",
     "They 're sure we 'll win ; I 'm sure he 'd agree and they 've left ."},
    {"They cannot agree.", "They can not agree ."},
    {"The rebels' demands", "The rebels ' demands"},
    // A possessive written apart, as in tokenised corpora, is one token too; a quote is not.
    {"Israel 's army and Sadr 's militia", "Israel 's army and Sadr 's militia"},
    {"he said 'sure' twice", "he said ' sure ' twice"},
    {"Russia\u2019s president didn\u2019t go.", "Russia \u2019s president did n\u2019t go ."},
    {"Sino-Russian ties and al-Qaeda fighters", "Sino-Russian ties and al-Qaeda fighters"},
    // TABARI's underscore joiner separates like a space; a lone or edge underscore stays.
    {"the Prince of Dol_Amroth spoke", "the Prince of Dol Amroth spoke"},
    {"a _ mark and trail_", "a _ mark and trail _"},
    {"The U.S. and Mr. Putin met Gen. Smith.", "The U.S. and Mr. Putin met Gen. Smith ."},
    {"George W. Bush", "George W. Bush"},
    {"It cost $1.2 billion, or 1,000 times 3.5%.",
     "It cost $ 1.2 billion , or 1,000 times 3.5 % ."},
    {"He met the U.S.", "He met the U.S. ."},
    {"He met (secretly) in Kyiv -- or not...", "He met ( secretly ) in Kyiv -- or not ..."},
    {"\"We will win,\" he said.", "\" We will win , \" he said ."},
    {"\u201cWe will win,\u201d he said.", "\u201c We will win , \u201d he said ."},
    {"Is it over?!", "Is it over ?!"},
    {"AT&T and 9/11 at 10:30", "AT&T and 9/11 at 10:30"},
    {"O'Brien met them", "O'Brien met them"},
    {"on Jan. 5 at 3 p.m.", "on Jan. 5 at 3 p.m. ."},
    {"Caf\u00e9 owners in S\u00e3o Paulo", "Caf\u00e9 owners in S\u00e3o Paulo"},
    // A stock ticker in wire copy is one symbol; other angle brackets stay apart.
    {"Boeing Co <BA> and <BAN.L> rose", "Boeing Co <BA> and <BAN.L> rose"},
    {"if a < b > c <d>", "if a < b > c < d >"}};

TEST(Tokenizer, FollowsPennTreebankConventions) {
  ENTENTE_NEEDS_ANALYZER();
  for (const TokCase& c : kPennTreebankCases) {
    SCOPED_TRACE(c.text);
    CheckTokenizerTable(c);
  }
}

TEST(Tokenizer, OffsetsPointAtTheTokenBytes) {
  ENTENTE_NEEDS_ANALYZER();
  std::string text = "  Russia\u2019s army didn't stop.";
  auto sents = SharedAnalyzer()->Analyze(text);
  ASSERT_EQ(sents.size(), 1u);
  for (const Token& t : sents[0].tokens) {
    EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
  }
}

TEST(Tokenizer, FinalAbbreviationGetsAnExtraPeriodOnTheSameByte) {
  ENTENTE_NEEDS_ANALYZER();
  std::string text = "He met the U.S.";
  auto sents = SharedAnalyzer()->Analyze(text);
  ASSERT_EQ(sents.size(), 1u);
  const auto& toks = sents[0].tokens;
  ASSERT_EQ(toks.size(), 5u);
  EXPECT_EQ(toks[3].text, "U.S.");
  EXPECT_EQ(toks[4].text, ".");
  EXPECT_EQ(toks[4].begin, toks[3].end - 1);
  EXPECT_EQ(toks[4].tag, Tag::kPeriod);
}

struct NormCase {
  const char* text;
  const char* norm;
  const char* lemma;
};

void CheckTokenNormTable(const NormCase& c) {
  const std::string text = std::string("They saw ") + c.text + " today.";  // tokens view it
  auto sents = SharedAnalyzer()->Analyze(text);
  ASSERT_FALSE(sents.empty());
  const Token* found = nullptr;
  for (const Token& t : sents[0].tokens)
    if (t.text == c.text) found = &t;
  ASSERT_NE(found, nullptr) << c.text;
  EXPECT_EQ(found->norm, c.norm);
  EXPECT_EQ(found->lemma, c.lemma);
}

const NormCase kNormCases[] = {
    {"Moscow", "MOSCOW", "moscow"}, {"Z\u00fcrich", "ZURICH", "zurich"},
    {"S\u00e3o", "SAO", "sao"},     {"countries", "COUNTRIES", "country"},
    {"wolves", "WOLVES", "wolf"},   {"U.S.", "U.S.", "u.s."}};

TEST(Tokenizer, NormalisesAndLemmatises) {
  ENTENTE_NEEDS_ANALYZER();
  for (const NormCase& c : kNormCases) {
    SCOPED_TRACE(c.text);
    CheckTokenNormTable(c);
  }
}

TEST(Tokenizer, CurlyApostropheNormalisesToAscii) {
  ENTENTE_NEEDS_ANALYZER();
  auto sents = SharedAnalyzer()->Analyze("Russia\u2019s army");
  ASSERT_EQ(sents.size(), 1u);
  ASSERT_GE(sents[0].tokens.size(), 2u);
  EXPECT_EQ(sents[0].tokens[1].norm, "'S");
  EXPECT_EQ(sents[0].tokens[1].tag, Tag::POS);
}

TEST(Lemmatizer, VerbLemmasFollowTheTag) {
  ENTENTE_NEEDS_ANALYZER();
  auto sents = SharedAnalyzer()->Analyze(
      "Putin signed deals, went home and was attacked while leaders were meeting.");
  ASSERT_EQ(sents.size(), 1u);
  std::string lemmas;
  for (const Token& t : sents[0].tokens) lemmas += std::string(t.lemma) + " ";
  EXPECT_EQ(lemmas, "putin sign deal , go home and be attack while leader be meet . ");
}

TEST(Tokenizer, NormIsTheSameWhereverTheWordStands) {
  // Short ASCII words away from the end of the text are upper-cased eight bytes at a time; at the
  // end (fewer than eight bytes left) and for longer or non-ASCII words, byte by byte.  Both
  // must agree, and both must leave a word without lower-case letters as its own norm.
  ENTENTE_NEEDS_ANALYZER();
  const struct {
    const char* word;
    const char* norm;
  } kCases[] = {{"a", "A"},         {"az", "AZ"},           {"Moscow", "MOSCOW"},   {"zyxwvuts", "ZYXWVUTS"},
                {"x1y2z3w4", "X1Y2Z3W4"}, {"NATO", "NATO"},     {"9/11", "9/11"},       {"al-Qaeda", "AL-QAEDA"},
                {"Zürich", "ZURICH"},   {"@", "@"},             {"Sino-Russian", "SINO-RUSSIAN"}};
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.word);
    const std::string early = std::string("Then ") + c.word + " and the others went home after the talks";
    const std::string late = std::string("Then ") + c.word;
    std::vector<Sentence> a = SharedAnalyzer()->Analyze(early);
    std::vector<Sentence> b = SharedAnalyzer()->Analyze(late);
    ASSERT_FALSE(a.empty());
    ASSERT_FALSE(b.empty());
    std::string na, nb;
    for (const Token& t : a[0].tokens)
      if (t.begin >= 5 && t.end <= 5 + std::string_view(c.word).size()) na += std::string(t.norm) + " ";
    for (const Token& t : b[0].tokens)
      if (t.begin >= 5) nb += std::string(t.norm) + " ";
    EXPECT_EQ(na, nb);
    EXPECT_NE(na.find(c.norm), std::string::npos) << na;
  }
}

}  // namespace
}  // namespace entente
