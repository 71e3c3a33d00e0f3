// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests of the lexical layer: comment stripping, phrase tokenisation, plural and verb-form
// generation, the fingerprint hash.
#include "dict/text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace entente::dict_internal {
namespace {

std::vector<std::string> Texts(const SplitResult& r) {
  std::vector<std::string> out;
  for (const auto& l : r.lines) out.push_back(l.text);
  return out;
}

TEST(SplitLines, StripsHashCommentsAndBlankLines) {
  SplitResult r = SplitLines("# header\n\nSAY [010] # note\n   \n\tGRANT\n");
  EXPECT_EQ(Texts(r), (std::vector<std::string>{"SAY [010]", "GRANT"}));
  ASSERT_EQ(r.lines.size(), 2u);
  EXPECT_EQ(r.lines[0].number, 3u);
  EXPECT_EQ(r.lines[1].number, 5u);
}

TEST(SplitLines, KeepsHashInsideCodeBrackets) {
  SplitResult r = SplitLines("ENT  [### <890101] [ENT]\nZIMBABWE [ZBW]#jw 9/30/91\n");
  EXPECT_EQ(Texts(r), (std::vector<std::string>{"ENT  [### <890101] [ENT]", "ZIMBABWE [ZBW]"}));
}

TEST(SplitLines, RemovesXmlCommentsOnOneLine) {
  SplitResult r = SplitLines("things <!-- a comment --> more\n<!-- whole -->\n");
  EXPECT_EQ(Texts(r), (std::vector<std::string>{"things   more"}));
}

TEST(SplitLines, RemovesMultiLineXmlComments) {
  SplitResult r = SplitLines("A\n<!-- start\nB [X]\n# C\nend --> D\nE\n");
  EXPECT_EQ(Texts(r), (std::vector<std::string>{"A", "D", "E"}));
  EXPECT_EQ(r.lines[1].number, 5u);
  EXPECT_TRUE(r.notes.empty());
}

TEST(SplitLines, ReportsUnclosedXmlComment) {
  SplitResult r = SplitLines("A\n<!-- never closed\nB\n");
  EXPECT_EQ(Texts(r), (std::vector<std::string>{"A"}));
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_EQ(r.notes[0].first, 2u);
}

TEST(SplitLines, SkipsLinesStartingWithBangTag) {
  // PETRARCH skips any line starting with "<!", even a malformed comment.
  SplitResult r = SplitLines("<! -- NEW ACTORS -->\nA\n");
  EXPECT_EQ(Texts(r), (std::vector<std::string>{"A"}));
}

TEST(SplitLines, SemicolonIsACommentOnlyAtAWordBoundary) {
  SplitResult r = SplitLines(
      "VOW  [170] ;tony  3/9/91\n"
      "RIP {RIPPING RIPS RIPPED};shan   7/11/93\n"
      "; whole line\n"
      "A;B\n");
  EXPECT_EQ(Texts(r), (std::vector<std::string>{"VOW  [170]", "RIP {RIPPING RIPS RIPPED}", "A;B"}));
}

TEST(SplitLines, HandlesCrLfAndByteOrderMark) {
  SplitResult r = SplitLines("\xEF\xBB\xBFSAY\r\nGRANT\r\n");
  EXPECT_EQ(Texts(r), (std::vector<std::string>{"SAY", "GRANT"}));
}

TEST(PhraseWords, SplitsOnBlanksAndUnderscores) {
  EXPECT_EQ(PhraseWords("vladimir_putin"), (std::vector<std::string>{"VLADIMIR", "PUTIN"}));
  EXPECT_EQ(PhraseWords("GROUP OF  77"), (std::vector<std::string>{"GROUP", "OF", "77"}));
  EXPECT_EQ(PhraseWords("AFGHANISTAN_"), (std::vector<std::string>{"AFGHANISTAN"}));
}

TEST(PhraseWords, KeepsDotsHyphensAndInnerApostrophes) {
  EXPECT_EQ(PhraseWords("PRESIDENT_GEORGE_W._BUSH"),
            (std::vector<std::string>{"PRESIDENT", "GEORGE", "W.", "BUSH"}));
  EXPECT_EQ(PhraseWords("AL-QAEDA U.S. O'NEILL"), (std::vector<std::string>{"AL-QAEDA", "U.S.", "O'NEILL"}));
}

TEST(PhraseWords, SplitsPennTreebankClitics) {
  EXPECT_EQ(PhraseWords("DIDN'T"), (std::vector<std::string>{"DID", "N'T"}));
  EXPECT_EQ(PhraseWords("DID N'T"), (std::vector<std::string>{"DID", "N'T"}));
  EXPECT_EQ(PhraseWords("can't"), (std::vector<std::string>{"CA", "N'T"}));
  EXPECT_EQ(PhraseWords("CHINA'S_ARMY"), (std::vector<std::string>{"CHINA", "'S", "ARMY"}));
  EXPECT_EQ(PhraseWords("WORKERS'"), (std::vector<std::string>{"WORKERS", "'"}));
  EXPECT_EQ(PhraseWords("WASHINGTON, D.C."), (std::vector<std::string>{"WASHINGTON", ",", "D.C."}));
}

TEST(PhraseWords, FoldsAccentsAndQuotesLikeTheTokenizer) {
  EXPECT_EQ(PhraseWords("Hern\xC3\xA1ndez"), (std::vector<std::string>{"HERNANDEZ"}));
  EXPECT_EQ(PhraseWords("C\xC3\xB4te_d\xE2\x80\x99Ivoire"), (std::vector<std::string>{"COTE", "D'IVOIRE"}));
  // Letters without a decomposition stay (upper-cased), exactly as in Token::norm.
  EXPECT_EQ(PhraseWords("\xC5\x82ukaszenko"), (std::vector<std::string>{"\xC5\x81UKASZENKO"}));
  // Invalid UTF-8 is dropped, as the tokenizer drops U+FFFD.
  EXPECT_EQ(PhraseWords("NIG\xEF\xBF\xBD" "ERIA NIG\xFF" "ERIA"), (std::vector<std::string>{"NIGERIA", "NIGERIA"}));
}

struct InflectCase {
  const char* word;
  std::vector<std::string> forms;
};

TEST(Plurals, FollowEnglishSpellingRules) {
  const InflectCase cases[] = {
      {"DOLLAR", {"DOLLARS"}},
      {"CURRENCY", {"CURRENCIES"}},
      {"ATTORNEY", {"ATTORNEYS"}},
      {"CONGRESS", {"CONGRESSES"}},
      {"TAX", {"TAXES"}},
      {"CHURCH", {"CHURCHES"}},
      {"CRISIS", {"CRISES"}},
      {"SANCTIONS", {}},
      {"CHAIRMAN", {"CHAIRMEN"}},
      {"GERMAN", {"GERMANS"}},
      {"SPOKESPERSON", {"SPOKESPERSONS", "SPOKESPEOPLE"}},
      {"HERO", {"HEROS", "HEROES"}},
      {"U.S.", {}},
      {"77", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(Plurals(c.word), c.forms) << c.word;
}

TEST(VerbForms, FollowEnglishSpellingRules) {
  const InflectCase cases[] = {
      {"ACCUSE", {"ACCUSES", "ACCUSED", "ACCUSING"}},
      {"DENY", {"DENIES", "DENIED", "DENYING"}},
      {"STAY", {"STAYS", "STAYED", "STAYING"}},
      {"BAN", {"BANS", "BANNED", "BANNING"}},
      {"ADMIT", {"ADMITS", "ADMITTED", "ADMITED", "ADMITTING", "ADMITING"}},
      {"CANCEL", {"CANCELS", "CANCELLED", "CANCELED", "CANCELLING", "CANCELING"}},
      {"VISIT", {"VISITS", "VISITTED", "VISITED", "VISITTING", "VISITING"}},
      {"MEET", {"MEETS", "MEETED", "MEETING"}},
      {"FIX", {"FIXES", "FIXED", "FIXING"}},
      {"PUSH", {"PUSHES", "PUSHED", "PUSHING"}},
      {"VETO", {"VETOES", "VETOED", "VETOING"}},
      {"TIE", {"TIES", "TIED", "TYING"}},
      {"AGREE", {"AGREES", "AGREED", "AGREEING"}},
      {"PANIC", {"PANICS", "PANICKED", "PANICED", "PANICKING", "PANICING"}},
      {"QUIT", {"QUITS", "QUITTED", "QUITTING"}},
  };
  for (const auto& c : cases) EXPECT_EQ(VerbForms(c.word), c.forms) << c.word;
}

TEST(VerbForms, WithoutPastLeavesOutEdForms) {
  EXPECT_EQ(VerbForms("SAY", /*past=*/false), (std::vector<std::string>{"SAYS", "SAYING"}));
}

TEST(Hasher, DependsOnContentAndBoundaries) {
  Hasher a, b, c;
  a.Add("AB");
  a.Add("C");
  b.Add("A");
  b.Add("BC");
  c.Add("AB");
  c.Add("C");
  EXPECT_NE(a.Finish(), b.Finish());
  EXPECT_EQ(a.Finish(), c.Finish());
}

}  // namespace
}  // namespace entente::dict_internal
