// Copyright 2026 The entente Authors. Apache-2.0.
//
// Sentence splitter tests: news abbreviations, quotes, ellipses, paragraph breaks, headlines.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/nlp_test_util.h"

namespace entente {
namespace {

using nlp_test::SharedAnalyzer;

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& [b, e] : SharedAnalyzer()->SplitSentences(text))
    out.emplace_back(text.substr(b, e - b));
  return out;
}

struct SplitCase {
  const char* text;
  std::vector<std::string> want;
};

void CheckSentenceSplitterTable(const SplitCase& c) { EXPECT_EQ(Split(c.text), c.want) << c.text; }

const SplitCase kAbbreviationCases[] = {
    {"The U.S. imposed sanctions. Russia objected.",
     {"The U.S. imposed sanctions.", "Russia objected."}},
    {"The U.N. Security Council met. It voted.", {"The U.N. Security Council met.", "It voted."}},
    {"The U.K. and the E.U. agreed. Talks ended.",
     {"The U.K. and the E.U. agreed.", "Talks ended."}},
    {"Mr. Putin met Mrs. May and Ms. Merkel. They talked.",
     {"Mr. Putin met Mrs. May and Ms. Merkel.", "They talked."}},
    {"Dr. Smith and Gen. Milley spoke.", {"Dr. Smith and Gen. Milley spoke."}},
    {"Lt. Col. Jones met Sen. Graham and Rep. Cheney.",
     {"Lt. Col. Jones met Sen. Graham and Rep. Cheney."}},
    {"Gov. Newsom praised Pres. Biden.", {"Gov. Newsom praised Pres. Biden."}},
    {"He flew to St. Petersburg on Monday.", {"He flew to St. Petersburg on Monday."}},
    {"Talks began Jan. 5 and ended Feb. 2. Nothing changed.",
     {"Talks began Jan. 5 and ended Feb. 2.", "Nothing changed."}},
    {"It happened on Aug. 12, Sept. 3 and Dec. 24.",
     {"It happened on Aug. 12, Sept. 3 and Dec. 24."}},
    {"Gazprom Inc. and Rosneft Corp. signed with Huawei Co. Ltd. on Monday.",
     {"Gazprom Inc. and Rosneft Corp. signed with Huawei Co. Ltd. on Monday."}},
    {"He works for Apple Inc. The company declined to comment.",
     {"He works for Apple Inc.", "The company declined to comment."}},
    {"Resolution No. 5 passed.", {"Resolution No. 5 passed."}},
    {"The blast came at 5 a.m. local time. Police arrived at 6 p.m.",
     {"The blast came at 5 a.m. local time.", "Police arrived at 6 p.m."}},
    {"The talks ended at 5 p.m. The sides met again.",
     {"The talks ended at 5 p.m.", "The sides met again."}},
    {"George W. Bush met John F. Kennedy Jr. in a dream.",
     {"George W. Bush met John F. Kennedy Jr. in a dream."}},
    {"Trade rose 3.5 percent to $1.2 billion. Exports fell.",
     {"Trade rose 3.5 percent to $1.2 billion.", "Exports fell."}},
    {"The U.S.-led coalition struck. Iran protested.",
     {"The U.S.-led coalition struck.", "Iran protested."}}};

TEST(SentenceSplitter, KeepsNewsAbbreviations) {
  ENTENTE_NEEDS_ANALYZER();
  for (const SplitCase& c : kAbbreviationCases) {
    SCOPED_TRACE(c.text);
    CheckSentenceSplitterTable(c);
  }
}

const SplitCase kPunctuationCases[] = {
    {"\"We will not back down,\" he said. \"Never.\"",
     {"\"We will not back down,\" he said.", "\"Never.\""}},
    {"\"We will fight,\" he said. Then he left.", {"\"We will fight,\" he said.", "Then he left."}},
    {"He said: \"It is over.\" Russia disagreed.",
     {"He said: \"It is over.\"", "Russia disagreed."}},
    {"\u201cIt is over.\u201d Russia disagreed.", {"\u201cIt is over.\u201d", "Russia disagreed."}},
    {"Why now? Nobody knows! Really.", {"Why now?", "Nobody knows!", "Really."}},
    {"\"Why?\" he asked.", {"\"Why?\" he asked."}},
    {"He paused... Then he spoke.", {"He paused...", "Then he spoke."}},
    {"He paused... and then spoke.", {"He paused... and then spoke."}},
    {"He paused\u2026 Then he spoke.", {"He paused\u2026", "Then he spoke."}},
    {"(The talks ended.) Russia left.", {"(The talks ended.)", "Russia left."}},
    {"A sentence without a final period", {"A sentence without a final period"}},
    {"   ", {}},
    {"", {}}};

TEST(SentenceSplitter, HandlesQuotesEllipsesAndTerminators) {
  ENTENTE_NEEDS_ANALYZER();
  for (const SplitCase& c : kPunctuationCases) {
    SCOPED_TRACE(c.text);
    CheckSentenceSplitterTable(c);
  }
}

const SplitCase kLayoutCases[] = {
    {"Russia and China sign energy deal\n\nMoscow and Beijing signed a deal.",
     {"Russia and China sign energy deal", "Moscow and Beijing signed a deal."}},
    {"First paragraph without period\n  \nSecond one",
     {"First paragraph without period", "Second one"}},
    {"Xi visits Moscow\nChinese President Xi Jinping arrived in Moscow on Monday.",
     {"Xi visits Moscow", "Chinese President Xi Jinping arrived in Moscow on Monday."}},
    {"The minister said on Monday that the\ngovernment would act.",
     {"The minister said on Monday that the\ngovernment would act."}},
    {"MOSCOW, June 5 (Reuters) - Russia and China signed deals.",
     {"MOSCOW, June 5 (Reuters) - Russia and China signed deals."}}};

TEST(SentenceSplitter, BreaksAtBlankLinesAndHeadlines) {
  ENTENTE_NEEDS_ANALYZER();
  for (const SplitCase& c : kLayoutCases) {
    SCOPED_TRACE(c.text);
    CheckSentenceSplitterTable(c);
  }
}

TEST(SentenceSplitter, OffsetsAreBytesIntoTheInput) {
  ENTENTE_NEEDS_ANALYZER();
  std::string text = "Caf\u00e9 talks ended. Na\u00efve hopes faded.";
  auto ranges = SharedAnalyzer()->SplitSentences(text);
  ASSERT_EQ(ranges.size(), 2u);
  EXPECT_EQ(ranges[0].first, 0u);
  EXPECT_EQ(text.substr(ranges[1].first, ranges[1].second - ranges[1].first),
            "Na\u00efve hopes faded.");
}

TEST(SentenceSplitter, AnalyzeUsesTheSameBoundaries) {
  ENTENTE_NEEDS_ANALYZER();
  std::string text = "Mr. Xi met Mr. Putin. They signed deals in St. Petersburg.";
  auto ranges = SharedAnalyzer()->SplitSentences(text);
  auto sents = SharedAnalyzer()->Analyze(text);
  ASSERT_EQ(ranges.size(), sents.size());
  for (size_t i = 0; i < sents.size(); ++i) {
    EXPECT_EQ(sents[i].begin, ranges[i].first);
    EXPECT_EQ(sents[i].end, ranges[i].second);
    EXPECT_EQ(sents[i].text, text.substr(ranges[i].first, ranges[i].second - ranges[i].first));
  }
}

}  // namespace
}  // namespace entente
