// Copyright 2026 The entente Authors. Apache-2.0.
//
// DictionarySet tests on tiny inline dictionaries: every construct of the verb, actor, agent,
// discard and issue formats, the entente header and ids, error messages with file:line, and
// robustness against junk input.
#include "entente/dict.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <atomic>
#include <random>
#include <thread>
#include <string>
#include <vector>

namespace entente {
namespace {

namespace fs = std::filesystem;

std::string FixtureCameo() { return std::string(ENTENTE_SOURCE_DIR) + "/tests/fixtures/dict/cameo_codes.tsv"; }

// Writes test files into a fresh folder and loads them.
class DictTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("entente_dict_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  // Paths with an empty file for every kind not given, so nothing falls back to the bundle.
  DictionaryPaths Paths(const std::string& verbs = "", const std::string& actors = "",
                        const std::string& agents = "", const std::string& discards = "",
                        const std::string& issues = "") {
    DictionaryPaths p;
    p.verbs = {Write("test.verbs.txt", verbs)};
    p.actors = {Write("test.actors.txt", actors)};
    p.agents = {Write("test.agents.txt", agents)};
    p.discards = {Write("test.discards.txt", discards)};
    p.issues = {Write("test.issues.txt", issues)};
    p.cameo = FixtureCameo();
    return p;
  }

  std::shared_ptr<const DictionarySet> MustLoad(const DictionaryPaths& p, DictionaryLoadOptions o = {}) {
    auto r = DictionarySet::Load(p, o);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : nullptr;
  }

  Status LoadStatus(const DictionaryPaths& p, DictionaryLoadOptions o = {}) {
    auto r = DictionarySet::Load(p, o);
    return r.ok() ? Status::OK() : r.status();
  }

  fs::path dir_;
};

std::vector<WordId> Ids(const DictionarySet& d, const std::string& text) {
  std::vector<WordId> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    if (j > i) out.push_back(d.FindWord(text.substr(i, j - i)));
    i = j + 1;
  }
  return out;
}

std::vector<std::string> Words(const DictionarySet& d, const std::vector<WordId>& ids) {
  std::vector<std::string> out;
  for (WordId w : ids) out.emplace_back(d.Word(w));
  return out;
}

bool HasWarning(const DictionarySet& d, const std::string& needle) {
  for (const auto& w : d.warnings())
    if (w.find(needle) != std::string::npos) return true;
  return false;
}

// Index of the pattern with this text, or -1.
int FindPattern(const DictionarySet& d, const std::string& text) {
  for (size_t i = 0; i < d.pattern_count(); ++i)
    if (d.pattern(static_cast<uint32_t>(i)).text == text) return static_cast<int>(i);
  return -1;
}

std::vector<std::string> SynsetPhrases(const DictionarySet& d, const PatternElement& e) {
  std::vector<std::string> out;
  for (const auto& ph : d.synset(e.synset).phrases) {
    std::string s;
    for (WordId w : ph) s += (s.empty() ? "" : " ") + std::string(d.Word(w));
    out.push_back(s);
  }
  return out;
}

// ------------------------------------------------------------------------------------------
// Verbs

constexpr char kVerbs[] = R"(<!-- test verbs -->
&TIETYPES
+MILITARY
+ECONOMIC_
+CULTURAL TIE

&AUXVERB_
+HAVE
+HAS

&ACCORDSYN  # nested synsets
+&TIETYPES
+CLOSER

--- CONSULT [040] ---
MEET {MET}  # irregular past
CONFER
VISIT [042:043]
KLM_NOP_+RST [013]
+BEEF_UP
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}
+ANGERED_BY {}
- * &TIETYPES RELATIONS [050]
- $ * WITH + [031]
- IN_*_OUT [036]
- % ** [043:043]
- * TALKS [010:---]
- * NOTHING [---]
- INCHING &ACCORDSYN * [013]
- &AUXVERB * AGAIN [030]
- * &UNDEFINED [110]
- DID N'T * [111]
- * ^ + [112]
- SUGGESTED_+ * (TO {BANNED PARTIES}) [163]

--- PRAISE  ---
PRAISE
)";

TEST_F(DictTest, VerbFormsMapToEntries) {
  auto d = MustLoad(Paths(kVerbs));
  ASSERT_TRUE(d);
  auto entry_text = [&](const std::string& form) {
    std::vector<std::string> out;
    for (uint32_t e : d->VerbEntriesFor(d->FindWord(form))) out.push_back(d->verb_entry(e).text);
    return out;
  };
  EXPECT_EQ(entry_text("MET"), (std::vector<std::string>{"MEET {MET}"}));
  EXPECT_EQ(entry_text("MEETS"), (std::vector<std::string>{"MEET {MET}"}));     // -S generated too
  EXPECT_EQ(entry_text("MEETING"), (std::vector<std::string>{"MEET {MET}"}));   // -ING generated too
  EXPECT_TRUE(entry_text("MEETED").empty());                                    // {...} replaces -ED
  EXPECT_EQ(entry_text("CONFERRED"), (std::vector<std::string>{"CONFER"}));
  EXPECT_EQ(entry_text("VISITED"), (std::vector<std::string>{"VISIT [042:043]"}));
  EXPECT_TRUE(d->VerbEntriesFor(d->FindWord("PRAISED")).size() == 1);
  EXPECT_TRUE(d->VerbEntriesFor(kNoWord).empty());
}

TEST_F(DictTest, VerbCodesComeFromLineOrBlock) {
  auto d = MustLoad(Paths(kVerbs));
  ASSERT_TRUE(d);
  const VerbEntry& met = d->verb_entry(d->VerbEntriesFor(d->FindWord("MET"))[0]);
  EXPECT_EQ(met.code.str(), "040");
  EXPECT_EQ(d->verb_block(met.block).name, "CONSULT");
  const VerbEntry& visit = d->verb_entry(d->VerbEntriesFor(d->FindWord("VISIT"))[0]);
  EXPECT_EQ(visit.code.str(), "042");
  EXPECT_EQ(visit.code2.str(), "043");
  const VerbEntry& praise = d->verb_entry(d->VerbEntriesFor(d->FindWord("PRAISE"))[0]);
  EXPECT_TRUE(praise.code.empty());  // block without code = null code
  EXPECT_EQ(d->verb_block(praise.block).name, "PRAISE");
}

TEST_F(DictTest, MultiWordVerbsKnowTheirVerbWord) {
  auto d = MustLoad(Paths(kVerbs));
  ASSERT_TRUE(d);
  const VerbEntry& rst = d->verb_entry(d->VerbEntriesFor(d->FindWord("RSTS"))[0]);
  EXPECT_EQ(Words(*d, rst.pre), (std::vector<std::string>{"KLM", "NOP"}));
  EXPECT_TRUE(rst.post.empty());
  EXPECT_EQ(rst.code.str(), "013");
  const VerbEntry& beef = d->verb_entry(d->VerbEntriesFor(d->FindWord("BEEFED"))[0]);
  EXPECT_TRUE(beef.pre.empty());
  EXPECT_EQ(Words(*d, beef.post), (std::vector<std::string>{"UP"}));
  const VerbEntry& tap = d->verb_entry(d->VerbEntriesFor(d->FindWord("TAPPED"))[0]);
  EXPECT_EQ(Words(*d, tap.pre), (std::vector<std::string>{"WIRE"}));
  EXPECT_EQ(Words(*d, tap.forms), (std::vector<std::string>{"TAP", "TAPS", "TAPPING", "TAPPED"}));
  // "{}" means: this form only.
  const VerbEntry& angered = d->verb_entry(d->VerbEntriesFor(d->FindWord("ANGERED"))[0]);
  EXPECT_EQ(Words(*d, angered.forms), (std::vector<std::string>{"ANGERED"}));
  EXPECT_EQ(Words(*d, angered.post), (std::vector<std::string>{"BY"}));
}

TEST_F(DictTest, PatternElementsAndConnectors) {
  auto d = MustLoad(Paths(kVerbs));
  ASSERT_TRUE(d);
  int i = FindPattern(*d, "- $ * WITH + [031]");
  ASSERT_GE(i, 0);
  const VerbPattern& p = d->pattern(i);
  ASSERT_EQ(p.before.size(), 1u);
  EXPECT_EQ(p.before[0].kind, PatternElementKind::kSource);
  EXPECT_FALSE(p.before[0].connected);
  ASSERT_EQ(p.after.size(), 2u);
  EXPECT_EQ(p.after[0].kind, PatternElementKind::kWord);
  EXPECT_EQ(d->Word(p.after[0].word), "WITH");
  EXPECT_EQ(p.after[1].kind, PatternElementKind::kTarget);
  EXPECT_EQ(p.code.str(), "031");
  EXPECT_TRUE(p.code2.empty());
  EXPECT_EQ(p.id, "test.verbs.txt:24");  // foreign file: <file>:<line>
  EXPECT_EQ(d->verb_block(p.block).name, "CONSULT");

  i = FindPattern(*d, "- IN_*_OUT [036]");
  ASSERT_GE(i, 0);
  const VerbPattern& q = d->pattern(i);
  ASSERT_EQ(q.before.size(), 1u);
  EXPECT_TRUE(q.before[0].connected);  // IN_* : adjacent to the verb
  EXPECT_TRUE(q.verb_connected);       // *_OUT
  ASSERT_EQ(q.after.size(), 1u);

  i = FindPattern(*d, "- * ^ + [112]");
  ASSERT_GE(i, 0);
  EXPECT_EQ(d->pattern(i).after[0].kind, PatternElementKind::kSkip);
  EXPECT_FALSE(d->pattern(i).verb_connected);

  i = FindPattern(*d, "- DID N'T * [111]");
  ASSERT_GE(i, 0);
  ASSERT_EQ(d->pattern(i).before.size(), 2u);
  EXPECT_EQ(d->Word(d->pattern(i).before[1].word), "N'T");

  // PETRARCH-2 groupings are flattened; "SUGGESTED_+" connects the word to the target.
  i = FindPattern(*d, "- SUGGESTED_+ * (TO {BANNED PARTIES}) [163]");
  ASSERT_GE(i, 0);
  const VerbPattern& g = d->pattern(i);
  ASSERT_EQ(g.before.size(), 2u);
  EXPECT_TRUE(g.before[0].connected);
  EXPECT_EQ(g.before[1].kind, PatternElementKind::kTarget);
  ASSERT_EQ(g.after.size(), 3u);
  EXPECT_EQ(d->Word(g.after[2].word), "PARTIES");
}

TEST_F(DictTest, PairedNullAndCompoundCodes) {
  auto d = MustLoad(Paths(kVerbs));
  ASSERT_TRUE(d);
  int i = FindPattern(*d, "- % ** [043:043]");
  ASSERT_GE(i, 0);
  EXPECT_EQ(d->pattern(i).before[0].kind, PatternElementKind::kCompound);
  EXPECT_EQ(d->pattern(i).code.str(), "043");
  EXPECT_EQ(d->pattern(i).code2.str(), "043");
  EXPECT_FALSE(d->pattern(i).null_code2);
  i = FindPattern(*d, "- * TALKS [010:---]");
  ASSERT_GE(i, 0);
  EXPECT_EQ(d->pattern(i).code.str(), "010");
  EXPECT_TRUE(d->pattern(i).code2.empty());
  EXPECT_TRUE(d->pattern(i).null_code2);
  i = FindPattern(*d, "- * NOTHING [---]");
  ASSERT_GE(i, 0);
  EXPECT_TRUE(d->pattern(i).code.empty());
}

TEST_F(DictTest, SynsetsExpandNestingAndPlurals) {
  auto d = MustLoad(Paths(kVerbs));
  ASSERT_TRUE(d);
  int i = FindPattern(*d, "- * &TIETYPES RELATIONS [050]");
  ASSERT_GE(i, 0);
  const PatternElement& e = d->pattern(i).after[0];
  ASSERT_EQ(e.kind, PatternElementKind::kSynset);
  EXPECT_EQ(d->synset(e.synset).name, "&TIETYPES");
  // ECONOMIC_ has no plural; CULTURAL TIE pluralises its last word.
  EXPECT_EQ(SynsetPhrases(*d, e), (std::vector<std::string>{"MILITARY", "MILITARIES", "ECONOMIC",
                                                            "CULTURAL TIE", "CULTURAL TIES"}));
  i = FindPattern(*d, "- INCHING &ACCORDSYN * [013]");
  ASSERT_GE(i, 0);
  EXPECT_EQ(SynsetPhrases(*d, d->pattern(i).before[1]),
            (std::vector<std::string>{"MILITARY", "MILITARIES", "ECONOMIC", "CULTURAL TIE", "CULTURAL TIES",
                                      "CLOSER", "CLOSERS"}));
  // A label ending in '_' generates no plurals.
  i = FindPattern(*d, "- &AUXVERB * AGAIN [030]");
  ASSERT_GE(i, 0);
  EXPECT_EQ(SynsetPhrases(*d, d->pattern(i).before[0]), (std::vector<std::string>{"HAVE", "HAS"}));
}

TEST_F(DictTest, PatternWithUndefinedSynsetIsSkippedWithWarning) {
  auto d = MustLoad(Paths(kVerbs));
  ASSERT_TRUE(d);
  EXPECT_EQ(FindPattern(*d, "- * &UNDEFINED [110]"), -1);
  EXPECT_TRUE(HasWarning(*d, "test.verbs.txt:31: synset &UNDEFINED is not defined; pattern skipped"));
}

TEST_F(DictTest, NonCameoCodesAreAcceptedUnlessStrict) {
  std::string verbs = "--- X [075A] ---\nX\n- * Y [abc]\n";
  auto d = MustLoad(Paths(verbs));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->pattern(0).code.str(), "abc");
  EXPECT_TRUE(HasWarning(*d, "event code '075A' is not in the CAMEO table"));
  DictionaryLoadOptions strict;
  strict.strict_event_codes = true;
  Status s = LoadStatus(Paths(verbs), strict);
  EXPECT_EQ(s.code(), ErrorCode::kParseError);
  EXPECT_NE(s.message().find("test.verbs.txt:1: '075A' is not a CAMEO event code"), std::string::npos) << s.message();
}

TEST_F(DictTest, UnusableCodesSkipThePatternInForeignFiles) {
  auto d = MustLoad(Paths("--- BLAST [+++] ---\nBLAST\n- * STATEMENT [###]\n- * BOMB [111]\n"));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->pattern_count(), 1u);
  EXPECT_TRUE(HasWarning(*d, "test.verbs.txt:1: event code '+++' is not usable"));
  EXPECT_TRUE(HasWarning(*d, "test.verbs.txt:3: event code '###' is not usable"));
}

TEST_F(DictTest, TabariVerbFilesOpenABlockPerVerb) {
  std::string tabari =
      "<SYNSETS>\n&TIES\n+MILITARY\n</SYNSETS>\n"
      "<TIME>\nLAST_WEEK [-7]\n</TIME>\n"
      "ABANDON  [080] ;pas 15 Jul 2003\n- * &TIES TIES [111]; -PAS\n"
      "- DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS * [112]\n"
      "ACT_ [040]\n{ ACTING_ ACTED_ }\n- SAID WOULD * NOW  [042]\n";
  auto d = MustLoad(Paths(tabari));
  ASSERT_TRUE(d);
  const VerbEntry& ab = d->verb_entry(d->VerbEntriesFor(d->FindWord("ABANDONED"))[0]);
  EXPECT_EQ(d->verb_block(ab.block).name, "ABANDON");
  EXPECT_EQ(d->verb_block(ab.block).code.str(), "080");
  ASSERT_EQ(d->verb_block(ab.block).patterns.size(), 1u);  // disjunction skipped
  EXPECT_TRUE(HasWarning(*d, "disjunction"));
  const VerbEntry& act = d->verb_entry(d->VerbEntriesFor(d->FindWord("ACTING"))[0]);
  EXPECT_EQ(d->verb_block(act.block).name, "ACT_");
  EXPECT_EQ(d->verb_block(act.block).patterns.size(), 1u);
  EXPECT_EQ(d->FindWord("LAST"), kNoWord);  // <TIME> section skipped
}

TEST_F(DictTest, HashHeadersOpenBlocks) {
  auto d = MustLoad(Paths("### GRANT ###\nGRANT [070]\nGIVE {GAVE GIVEN}\n- ** RUPEES [070]\n"));
  ASSERT_TRUE(d);
  const VerbEntry& give = d->verb_entry(d->VerbEntriesFor(d->FindWord("GAVE"))[0]);
  EXPECT_EQ(d->verb_block(give.block).name, "GRANT");
  EXPECT_EQ(d->verb_block(give.block).entries.size(), 2u);
  EXPECT_EQ(d->pattern_count(), 1u);
}

TEST_F(DictTest, SingleAndMultiWordVerbsShareAForm) {
  auto d = MustLoad(Paths("--- BREAK [1717] ---\nBREAK {BROKE BROKEN}\n"
                          "+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN +BROKEN_DOWN RE_+BROKE}\n"));
  ASSERT_TRUE(d);
  std::vector<std::string> texts;
  for (uint32_t e : d->VerbEntriesFor(d->FindWord("BROKE"))) {
    const VerbEntry& v = d->verb_entry(e);
    std::string s = v.text.substr(0, v.text.find(' '));
    for (WordId w : v.pre) s += " pre:" + std::string(d->Word(w));
    for (WordId w : v.post) s += " post:" + std::string(d->Word(w));
    texts.push_back(s);
  }
  // The plain verb, the multi-word one, and the irregular form whose surrounding words differ.
  EXPECT_EQ(texts, (std::vector<std::string>{"BREAK", "+BREAK_DOWN post:DOWN", "+BREAK_DOWN pre:RE"}));
  EXPECT_EQ(d->verb_block(0).entries.size(), 3u);
}

TEST_F(DictTest, AVerbDefinedAgainKeepsItsFirstCodeAndGainsTheLaterPatterns) {
  auto d = MustLoad(Paths("--- SHOOT [---] ---\nSHOOT {SHOT}\n- * AND_WOUND [223]\n"
                          "--- SHOOT [190] ---\nSHOOT {SHOT}\n- + WAS * DEAD [1823]\n"
                          "--- FIRE [190] ---\nFIRE\n- * ON + [190]\n"));
  ASSERT_TRUE(d);
  auto entries = d->VerbEntriesFor(d->FindWord("SHOT"));
  ASSERT_EQ(entries.size(), 2u);
  const VerbEntry& first = d->verb_entry(entries[0]);
  EXPECT_TRUE(first.code.empty());  // the first definition's null code stays
  const VerbBlock& b = d->verb_block(first.block);
  ASSERT_EQ(b.patterns.size(), 2u);  // its own pattern, then the later block's
  EXPECT_EQ(d->pattern(b.patterns[0]).code.str(), "223");
  EXPECT_EQ(d->pattern(b.patterns[1]).code.str(), "1823");
  // Other blocks are untouched.
  EXPECT_EQ(d->verb_block(d->verb_entry(d->VerbEntriesFor(d->FindWord("FIRE"))[0]).block).patterns.size(), 1u);
}

TEST_F(DictTest, HashHeaderWithCode) {
  auto d = MustLoad(Paths("####### VERB PATTERNS #######\n### GRANT [070] ###\nGIVE\n"));
  ASSERT_TRUE(d);
  ASSERT_EQ(d->verb_entry_count(), 1u);
  EXPECT_EQ(d->verb_block(0).name, "GRANT");
  EXPECT_EQ(d->verb_entry(0).code.str(), "070");
}

TEST_F(DictTest, StrictOptionMakesUndefinedSynsetsFatal) {
  DictionaryLoadOptions strict;
  strict.strict_event_codes = true;
  Status s = LoadStatus(Paths("--- A [040] ---\nA\n- * &NOPE [040]\n"), strict);
  EXPECT_EQ(s.code(), ErrorCode::kParseError);
  EXPECT_NE(s.message().find("test.verbs.txt:3: synset &NOPE is not defined"), std::string::npos) << s.message();
}

TEST_F(DictTest, SynsetsMayBeDefinedAfterUseAndInAnotherFile) {
  DictionaryPaths p = Paths("--- A [040] ---\nA\n- * &LATER [040]\n- * &ELSEWHERE [042]\n&LATER\n+SOON\n");
  p.verbs.push_back(Write("more.verbs.txt", "&ELSEWHERE_\n+THERE\n"));
  auto d = MustLoad(p);
  ASSERT_TRUE(d);
  ASSERT_EQ(d->pattern_count(), 2u);
  EXPECT_EQ(SynsetPhrases(*d, d->pattern(0).after[0]), (std::vector<std::string>{"SOON", "SOONS"}));
  EXPECT_EQ(SynsetPhrases(*d, d->pattern(1).after[0]), (std::vector<std::string>{"THERE"}));
}

// ------------------------------------------------------------------------------------------
// Actors

constexpr char kActors[] = R"(<!-- test actors -->
RUSSIA [RUS]
+RUSSIAN
+MOSCOW_
VLADIMIR_PUTIN [RUSELI] # default
+PRESIDENT_PUTIN
	[RUSGOV 20000507 - 20080507]
	[RUSGOV >120507]
	[RUSGOV 19991231-20000506]
ENT
	[ENT]
PRINCE OF DOL AMROTH
	[--- <950630]
	[DOL]
PRESIDENT_GEORGE_W._BUSH [USAGOV]
AL-QAEDA [IMGMOSALQ]
O'NEILL [USAGOV]
NEW_ZEALAND [NZE]
NEW_ZEALAND_ARMY [NZEMIL]
ALBRIGHT  [USAGOV 991201-010114] [---]
)";

TEST_F(DictTest, ActorPhrasesMatchLongestRun) {
  auto d = MustLoad(Paths("", kActors));
  ASSERT_TRUE(d);
  auto words = Ids(*d, "THE NEW ZEALAND ARMY SAID");
  auto m = d->MatchActor(words, 1);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->length, 3u);
  EXPECT_EQ(d->actor(m->entry).default_code.str(), "NZEMIL");
  auto z = Ids(*d, "NEW ZEALAND SAID");
  m = d->MatchActor(z, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->length, 2u);
  EXPECT_FALSE(d->MatchActor(z, 2));
  EXPECT_FALSE(d->MatchActor(words, 0));
  EXPECT_FALSE(d->MatchActor(words, 99));
}

// TABARI's connectors in actor phrases: a blank lets words the caller marks skippable (the coder
// marks adjectives) stand between, at most three; '_' does not.
TEST_F(DictTest, BlankInAnActorPhraseAdmitsSkippableWords) {
  auto d = MustLoad(Paths("", "ITHILEN [ITH]\nITHILEN TELEVISION [ITHTV]\nNEW_ZEALAND [NZE]\nNEW_ZEALAND_ARMY [NZEMIL]\n"));
  ASSERT_TRUE(d);
  auto code = [&](const std::vector<WordId>& w, const std::vector<bool>& skip) -> std::pair<std::string, uint32_t> {
    auto m = d->MatchActorAndAgent(w, 0, &skip).first;
    if (!m) return {"", 0};
    return {d->actor(m->entry).default_code.str(), m->length};
  };
  auto w = Ids(*d, "ITHILEN STATE-RUN TELEVISION SAID");
  EXPECT_EQ(code(w, {false, true, false, false}), std::make_pair(std::string("ITHTV"), 3u));
  EXPECT_EQ(code(w, {false, false, false, false}), std::make_pair(std::string("ITH"), 1u));
  EXPECT_EQ(code(Ids(*d, "ITHILEN TELEVISION"), {false, false}), std::make_pair(std::string("ITHTV"), 2u));
  auto four = Ids(*d, "ITHILEN A B C D TELEVISION");
  EXPECT_EQ(code(four, {false, true, true, true, true, false}), std::make_pair(std::string("ITH"), 1u));
  auto three = Ids(*d, "ITHILEN A B C TELEVISION");
  EXPECT_EQ(code(three, {false, true, true, true, false}), std::make_pair(std::string("ITHTV"), 5u));
  auto army = Ids(*d, "NEW ZEALAND NATIONAL ARMY");
  EXPECT_EQ(code(army, {false, false, true, false}), std::make_pair(std::string("NZE"), 2u));
  // Without flags (MatchActor) only the consecutive phrase matches.
  auto m = d->MatchActor(w, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->length, 1u);
  // The quick test for "may this sentence name an actor" keeps a gapped phrase whose first word
  // names nothing alone.
  auto wing = MustLoad(Paths("", "HAMAS WING [PSEHMSBRD]\n"));
  ASSERT_TRUE(wing);
  EXPECT_TRUE(wing->AnyActorOrAgentPhrase(Ids(*wing, "THE HAMAS ARMED WING SAID")));
  EXPECT_FALSE(wing->AnyActorOrAgentPhrase(Ids(*wing, "THE ARMED WING SAID")));
}

TEST_F(DictTest, AnyActorOrAgentPhraseAgreesWithMatchAtEveryPosition) {
  auto d = MustLoad(Paths("", kActors, "FOREIGN_MINISTER [~GOVFRM]\nPOLICE {} [~COP]\n"));
  ASSERT_TRUE(d);
  struct Case {
    const char* text;
    bool want;
  } cases[] = {
      {"THE NEW ZEALAND ARMY SAID", true},  // an actor phrase inside
      {"NEW YORK SAID", false},             // first word of a phrase only: no match
      {"THE FOREIGN MINISTER LEFT", true},  // an agent phrase
      {"FOREIGN AID ROSE", false},
      {"THE POLICE", true},
      {"IT RAINED ON MONDAY", false},
      {"", false},
  };
  for (const Case& c : cases) {
    auto words = Ids(*d, c.text);
    bool scan = false;
    for (size_t i = 0; i < words.size(); ++i)
      scan |= words[i] != kNoWord && (d->MatchActor(words, i) || d->MatchAgent(words, i));
    EXPECT_EQ(d->AnyActorOrAgentPhrase(words), c.want) << c.text;
    EXPECT_EQ(scan, c.want) << c.text;
  }
}

TEST_F(DictTest, SynonymsShareTheEntry) {
  auto d = MustLoad(Paths("", kActors));
  ASSERT_TRUE(d);
  auto a = d->MatchActor(Ids(*d, "RUSSIA"), 0);
  auto b = d->MatchActor(Ids(*d, "MOSCOW"), 0);
  auto c = d->MatchActor(Ids(*d, "RUSSIAN"), 0);
  ASSERT_TRUE(a && b && c);
  EXPECT_EQ(a->entry, b->entry);
  EXPECT_EQ(a->entry, c->entry);
  EXPECT_EQ(d->actor(a->entry).name, "RUSSIA");
  EXPECT_EQ(d->actor(a->entry).id, "test.actors.txt:2");
}

TEST_F(DictTest, DateRestrictedCodes) {
  auto d = MustLoad(Paths("", kActors));
  ASSERT_TRUE(d);
  auto m = d->MatchActor(Ids(*d, "PRESIDENT PUTIN"), 0);
  ASSERT_TRUE(m);
  const ActorEntry& putin = d->actor(m->entry);
  ASSERT_EQ(putin.roles.size(), 3u);
  struct Case {
    const char* date;
    const char* code;
  } cases[] = {
      {"1995-01-01", "RUSELI"},  // no role: the default
      {"1999-12-31", "RUSGOV"},  // between, boundary inclusive
      {"2000-05-07", "RUSGOV"},
      {"2008-05-07", "RUSGOV"},
      {"2008-05-08", "RUSELI"},
      {"2012-05-07", "RUSGOV"},  // ">120507": YYMMDD, inclusive
      {"2019-06-05", "RUSGOV"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(putin.CodeOn(*Date::Parse(c.date)).str(), c.code) << c.date;
  }
  // "<date" with a null code, then a default on the next line.
  m = d->MatchActor(Ids(*d, "PRINCE OF DOL AMROTH"), 0);
  ASSERT_TRUE(m);
  const ActorEntry& prince = d->actor(m->entry);
  EXPECT_TRUE(prince.CodeOn(*Date::Parse("1995-06-30")).empty());
  EXPECT_EQ(prince.CodeOn(*Date::Parse("1995-07-01")).str(), "DOL");
  // Restriction and null default on the primary line (TABARI style).
  m = d->MatchActor(Ids(*d, "ALBRIGHT"), 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(d->actor(m->entry).CodeOn(*Date::Parse("2000-01-01")).str(), "USAGOV");
  EXPECT_TRUE(d->actor(m->entry).CodeOn(*Date::Parse("2002-01-01")).empty());
}

TEST_F(DictTest, CodeOnTheNextLine) {
  auto d = MustLoad(Paths("", kActors));
  ASSERT_TRUE(d);
  auto m = d->MatchActor(Ids(*d, "ENT"), 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(d->actor(m->entry).default_code.str(), "ENT");
}

TEST_F(DictTest, NamesWithDotsHyphensApostrophes) {
  auto d = MustLoad(Paths("", kActors));
  ASSERT_TRUE(d);
  for (const char* s : {"PRESIDENT GEORGE W. BUSH", "AL-QAEDA", "O'NEILL"}) {
    auto words = Ids(*d, s);
    auto m = d->MatchActor(words, 0);
    ASSERT_TRUE(m) << s;
    EXPECT_EQ(m->length, words.size()) << s;
  }
}

TEST_F(DictTest, MergedActorFilesLaterEntryWins) {
  DictionaryPaths p = Paths("", "RUSSIA [RUS]\nKREMLIN [RUSGOV]\n");
  p.actors.push_back(Write("second.actors.txt", "RUSSIA [RUSX]\n+KREMLIN\n"));
  auto d = MustLoad(p);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->actor_count(), 3u);
  auto m = d->MatchActor(Ids(*d, "RUSSIA"), 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(d->actor(m->entry).default_code.str(), "RUSX");
  EXPECT_EQ(d->actor(m->entry).id, "second.actors.txt:1");
  EXPECT_TRUE(HasWarning(*d, "second.actors.txt:1: actor phrase 'RUSSIA' was defined by test.actors.txt:1"));
  EXPECT_TRUE(HasWarning(*d, "second.actors.txt:2: actor phrase 'KREMLIN' was defined by test.actors.txt:2"));
}

TEST_F(DictTest, ActorWithoutCodeHasEmptyCodeOnEveryDate) {
  auto d = MustLoad(Paths("", "GOLLUM\n+SMEAGOL @X1\nFRODO [HOB]\n"));
  ASSERT_TRUE(d);
  auto m = d->MatchActor(Ids(*d, "SMEAGOL"), 0);
  ASSERT_TRUE(m);
  EXPECT_TRUE(d->actor(m->entry).CodeOn(*Date::Parse("2001-01-01")).empty());
  EXPECT_TRUE(HasWarning(*d, "test.actors.txt:1: actor 'GOLLUM' has no code"));
  EXPECT_TRUE(HasWarning(*d, "test.actors.txt:2: '@id' on a synonym line ignored"));
}

// ------------------------------------------------------------------------------------------
// Agents, discards, issues

constexpr char kAgents[] = R"(!PERSON! = MAN, MEN, WOMAN
PARLIAMENTARY_OPPOSITION {} [~OPP]
FOREIGN_MINISTER [~GOVFRM] # regular plural
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
HUMAN_RIGHTS_BODY  [NGO~]
CONGRESS!PERSON! [~LEG]
POLICE {} [~COP]
SECRETARY [~GOV]
)";

TEST_F(DictTest, AgentsWithPluralsAndCodes) {
  auto d = MustLoad(Paths("", "", kAgents));
  ASSERT_TRUE(d);
  struct Case {
    const char* text;
    const char* code;
    bool prefix;
  } cases[] = {
      {"PARLIAMENTARY OPPOSITION", "OPP", false}, {"FOREIGN MINISTER", "GOVFRM", false},
      {"FOREIGN MINISTERS", "GOVFRM", false},     {"ATTORNEY GENERAL", "GOVATG", false},
      {"ATTORNEYS GENERAL", "GOVATG", false},     {"HUMAN RIGHTS BODY", "NGO", true},
      {"HUMAN RIGHTS BODIES", "NGO", true},       {"CONGRESSMAN", "LEG", false},
      {"CONGRESSMEN", "LEG", false},              {"CONGRESSWOMAN", "LEG", false},
      {"SECRETARIES", "GOV", false},              {"POLICE", "COP", false},
  };
  for (const auto& c : cases) {
    auto words = Ids(*d, c.text);
    auto m = d->MatchAgent(words, 0);
    ASSERT_TRUE(m) << c.text;
    EXPECT_EQ(m->length, words.size()) << c.text;
    EXPECT_EQ(d->agent(m->entry).code, c.code) << c.text;
    EXPECT_EQ(d->agent(m->entry).prefix, c.prefix) << c.text;
    // Alone, an agent is an actor of unknown country ("---GOVFRM"); a prefix code stands as is.
    EXPECT_EQ(d->agent(m->entry).alone.str(), (c.prefix ? "" : "---") + std::string(c.code)) << c.text;
    // MatchActorAndAgent answers as the two calls do.
    auto both = d->MatchActorAndAgent(words, 0);
    ASSERT_TRUE(both.second) << c.text;
    EXPECT_EQ(both.second->entry, m->entry) << c.text;
    EXPECT_EQ(both.second->length, m->length) << c.text;
    EXPECT_EQ(both.first.has_value(), d->MatchActor(words, 0).has_value()) << c.text;
  }
  EXPECT_EQ(d->FindWord("OPPOSITIONS"), kNoWord);  // {} = no plural
  EXPECT_EQ(d->FindWord("POLICES"), kNoWord);
  EXPECT_EQ(d->FindWord("CONGRESSPERSON"), kNoWord);
  EXPECT_EQ(d->agent_count(), 7u);
}

TEST_F(DictTest, DiscardsAndStoryDiscards) {
  auto d = MustLoad(Paths("", "", "", "+World Golf Championships   # pas\nYEARS LATER\nBASEBALL_\n"));
  ASSERT_TRUE(d);
  ASSERT_EQ(d->discards().size(), 3u);
  EXPECT_TRUE(d->discards()[0].story);
  EXPECT_EQ(Words(*d, d->discards()[0].words), (std::vector<std::string>{"WORLD", "GOLF", "CHAMPIONSHIPS"}));
  EXPECT_FALSE(d->discards()[1].story);
  EXPECT_EQ(Words(*d, d->discards()[2].words), (std::vector<std::string>{"BASEBALL"}));
}

TEST_F(DictTest, IssuesExpandNounVerbAndHyphenForms) {
  auto d = MustLoad(Paths("", "", "", "",
                          "<ISSUE CATEGORY=\"EDU\">\nn:school [SCHOOLS]\npre+k [EARLY]\n"
                          "ethnic v:purge [ATROCITY]\n~a head start\n~~Armenian genocide # historical\n"
                          "no code here\n</ISSUE>\n"));
  ASSERT_TRUE(d);
  std::vector<std::string> got;
  for (const Issue& i : d->issues()) {
    std::string s;
    for (WordId w : i.words) s += (s.empty() ? "" : " ") + std::string(d->Word(w));
    got.push_back(s + " [" + i.code + "]");
  }
  EXPECT_EQ(got, (std::vector<std::string>{"SCHOOL [SCHOOLS]", "SCHOOLS [SCHOOLS]", "PRE K [EARLY]",
                                           "PRE-K [EARLY]", "ETHNIC PURGE [ATROCITY]",
                                           "ETHNIC PURGED [ATROCITY]", "ETHNIC PURGES [ATROCITY]",
                                           "ETHNIC PURGING [ATROCITY]", "A HEAD START [~]",
                                           "ARMENIAN GENOCIDE [~~]"}));
  EXPECT_TRUE(HasWarning(*d, "1 issue line(s) without a [code] ignored"));
}

// ------------------------------------------------------------------------------------------
// The entente format

TEST_F(DictTest, EntenteHeaderAndStableIds) {
  DictionaryPaths p = Paths("# entente-dict verbs v1\n--- SANCTION [163] ---\nSANCTION @V163-0001\n"
                            "- * SANCTIONS ON + [163] @V163-0004 # comment\n",
                            "# entente-dict actors v1\nVLADIMIR_PUTIN @A-RUS-0007\n\t[RUSGOV >20000507]\n");
  auto d = MustLoad(p);
  ASSERT_TRUE(d);
  ASSERT_EQ(d->pattern_count(), 1u);
  EXPECT_EQ(d->pattern(0).id, "V163-0004");
  EXPECT_EQ(d->pattern(0).text, "- * SANCTIONS ON + [163]");
  EXPECT_EQ(d->verb_entry(0).id, "V163-0001");
  EXPECT_EQ(d->actor(0).id, "A-RUS-0007");
  EXPECT_EQ(d->actor(0).name, "VLADIMIR_PUTIN");
}

TEST_F(DictTest, EntenteFilesNeedRealCameoCodes) {
  Status s = LoadStatus(Paths("# entente-dict verbs v1\n--- X [040] ---\nX\n- * Y [075A] @V1\n"));
  EXPECT_EQ(s.code(), ErrorCode::kParseError);
  EXPECT_NE(s.message().find("test.verbs.txt:4: '075A' is not a CAMEO event code"), std::string::npos) << s.message();
  s = LoadStatus(Paths("# entente-dict verbs v1\n--- X [040] ---\nX\n- * &NOPE [040] @V1\n"));
  EXPECT_EQ(s.code(), ErrorCode::kParseError);
  EXPECT_NE(s.message().find("test.verbs.txt:4: synset &NOPE is not defined"), std::string::npos) << s.message();
}

TEST_F(DictTest, EntenteHeaderVersionAndKindAreChecked) {
  Status s = LoadStatus(Paths("# entente-dict verbs v2\n"));
  EXPECT_EQ(s.code(), ErrorCode::kUnsupported);
  EXPECT_NE(s.message().find("test.verbs.txt:1:"), std::string::npos) << s.message();
  s = LoadStatus(Paths("", "# entente-dict verbs v1\n"));
  EXPECT_EQ(s.code(), ErrorCode::kParseError);
  EXPECT_NE(s.message().find("test.actors.txt:1:"), std::string::npos) << s.message();
  EXPECT_TRUE(LoadStatus(Paths("# entente-dict verbs v1.3\n")).ok());
}

TEST_F(DictTest, EntenteIdsMustBeUnique) {
  Status s = LoadStatus(Paths("", "# entente-dict actors v1\nA [USA] @A1\nB [RUS] @A1\n"));
  EXPECT_EQ(s.code(), ErrorCode::kParseError);
  EXPECT_NE(s.message().find("duplicate actor id '@A1'"), std::string::npos) << s.message();
  // The message names the second occurrence and the first (found by fuzz/dict_fuzz.cc).
  EXPECT_NE(s.message().find("test.actors.txt:3: duplicate"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("(first at "), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("test.actors.txt:2)"), std::string::npos) << s.message();
  s = LoadStatus(Paths("", "", "# entente-dict agents v1\nMINISTER [~GOV] @G1\nGENERAL [~MIL] @G1\n"));
  EXPECT_NE(s.message().find("test.agents.txt:3: duplicate agent id '@G1'"), std::string::npos) << s.message();
}

// ------------------------------------------------------------------------------------------
// Errors

TEST_F(DictTest, MalformedLinesGiveFileAndLine) {
  // strict: loaded with strict_event_codes, which also makes malformed patterns fatal (in
  // foreign files PETRARCH skips them, and so do we, with a warning).
  struct Case {
    bool strict;
    const char* verbs;
    const char* actors;
    const char* agents;
    const char* message;  // "" = loads, with a warning
  } cases[] = {
      {true, "--- A [040] ---\nA\n- Y Z [040]\n", "", "", "test.verbs.txt:3: pattern without '*'"},
      {false, "--- A [040] ---\nA\n- Y Z [040]\n", "", "", ""},
      {true, "--- A [040] ---\nA\n- * Y\n", "", "", "test.verbs.txt:3: pattern without a [code]"},
      {false, "--- A [040] ---\nA\n- * Y\n", "", "", ""},
      {true, "--- A [040] ---\nA\n- * Y * Z [040]\n", "", "", "test.verbs.txt:3: pattern with more than one '*'"},
      {false, "--- A [040] ---\nA\n- * Y * Z [040]\n", "", "", ""},
      {true, "--- A [040] ---\nA\n- * {X | Y} [040]\n", "", "", "test.verbs.txt:3: disjunction"},
      {true, "--- A [040] ---\nA\n- * (X [040]\n", "", "", "test.verbs.txt:3: unbalanced '{}' or '()'"},
      {true, "--- A [04-0] ---\nA\n", "", "", "test.verbs.txt:1: bad event code '04-0'"},
      {false, "--- A [04-0] ---\nA\n", "", "", ""},
      {false, "--- A [040] ---\nA\n- * Y [040\n", "", "", "test.verbs.txt:3: unbalanced '['"},
      {false, "--- A [040] ---\nA\n- * Y [040] [041]\n", "", "", "test.verbs.txt:3: pattern with more than one [code]"},
      {false, "- * Y [040]\n", "", "", "test.verbs.txt:1: pattern before any verb block"},
      {false, "--- A [040] ---\nA {AS\n", "", "", "test.verbs.txt:2: unbalanced '{'"},
      {false, "--- A [040] ---\nA [040\n", "", "", "test.verbs.txt:2: unbalanced '['"},
      {false, "--- A [] ---\nA\n", "", "", "test.verbs.txt:1: empty code '[]'"},
      {false, "", "X [USA]\n\t[USAGOV 2001x-2002]\n", "", "test.actors.txt:2: malformed date '2001x'"},
      {false, "", "X [USA]\n\t[USAGOV 20010231-20020101]\n", "", "test.actors.txt:2: bad date '20010231'"},
      {false, "", "X [USA]\n\t[USAGOV <2001]\n", "", "test.actors.txt:2: malformed date '2001'"},
      {false, "", "X [USA\n", "", "test.actors.txt:1: unbalanced '['"},
      {false, "", "\t[USA]\n", "", "test.actors.txt:1: code line without an actor"},
      {false, "", "+SYN\n", "", "test.actors.txt:1: synonym '+' without an actor"},
      {false, "", "X [USA]\n\t[<20010101]\n", "", "test.actors.txt:2: date restriction without a code"},
      {true, "", "X [US.A]\n", "", "test.actors.txt:1: bad actor code 'US.A'"},
      {false, "", "X [US.A]\n", "", ""},
      {false, "", "", "MINISTER [~GOV\n", "test.agents.txt:1: unbalanced '['"},
      {false, "", "", "MINISTER {MINISTERS [~GOV]\n", "test.agents.txt:1: unbalanced '{'"},
      {true, "", "", "MINISTER [GOV]\n", "test.agents.txt:1: agent code 'GOV' needs one '~'"},
      {true, "", "", "MINISTER\n", "test.agents.txt:1: agent without a [code]"},
      {true, "", "", "!MIN!_OF_X [~GOV]\n", "test.agents.txt:1: substitution marker !MIN! is not defined"},
  };
  for (const auto& c : cases) {
    DictionaryLoadOptions o;
    o.strict_event_codes = c.strict;
    auto r = DictionarySet::Load(Paths(c.verbs, c.actors, c.agents), o);
    std::string what = std::string(c.strict ? "[strict] " : "") + c.verbs + c.actors + c.agents;
    if (std::string(c.message).empty()) {
      ASSERT_TRUE(r.ok()) << what << " -> " << r.status().ToString();
      EXPECT_FALSE((*r)->warnings().empty()) << what;
      continue;
    }
    ASSERT_FALSE(r.ok()) << what;
    EXPECT_EQ(r.status().code(), ErrorCode::kParseError) << what;
    EXPECT_NE(r.status().message().find(c.message), std::string::npos)
        << what << "\nwant: " << c.message << "\ngot:  " << r.status().message();
  }
}

TEST_F(DictTest, MissingFileIsNotFound) {
  DictionaryPaths p = Paths();
  p.actors.push_back((dir_ / "nope.txt").string());
  auto r = DictionarySet::Load(p);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(r.status().message().find("nope.txt"), std::string::npos);
}

TEST_F(DictTest, MissingCameoTableIsOnlyAWarningForForeignFiles) {
  DictionaryPaths p = Paths("--- A [040] ---\nA\n");
  p.cameo.clear();
  p.bundled_dir = (dir_ / "no-bundle").string();
  auto d = MustLoad(p);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->cameo().size(), 0u);
  EXPECT_TRUE(HasWarning(*d, "CAMEO table not found"));
  // An explicitly named table must exist.
  p.cameo = (dir_ / "missing.tsv").string();
  EXPECT_EQ(LoadStatus(p).code(), ErrorCode::kNotFound);
}

TEST_F(DictTest, BundledFilesMissingNamesTheFile) {
  DictionaryPaths p;
  p.bundled_dir = (dir_ / "empty-bundle").string();
  fs::create_directories(dir_ / "empty-bundle" / "actors");
  auto r = DictionarySet::Load(p);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(r.status().message().find("empty-bundle/verbs/cameo_verbs.txt"), std::string::npos)
      << r.status().message();
}

TEST(DictionarySetDefaults, BundledDirFollowsEnvironment) {
  const char* old = std::getenv("ENTENTE_DATA_DIR");
  std::string saved = old ? old : "";
  setenv("ENTENTE_DATA_DIR", "/opt/x", 1);
  EXPECT_EQ(DictionarySet::DefaultBundledDir(), "/opt/x/dictionaries");
  unsetenv("ENTENTE_DATA_DIR");
  std::string def = DictionarySet::DefaultBundledDir();
  EXPECT_NE(def.find("dictionaries"), std::string::npos);
  EXPECT_NE(def, "/opt/x/dictionaries");
  if (old) setenv("ENTENTE_DATA_DIR", saved.c_str(), 1);
}

// ------------------------------------------------------------------------------------------
// Fingerprint and robustness

TEST_F(DictTest, LookupsAreSafeFromManyThreads) {
  auto d = MustLoad(Paths(kVerbs, kActors, kAgents));
  ASSERT_TRUE(d);
  std::vector<WordId> words = Ids(*d, "THE NEW ZEALAND ARMY MET THE FOREIGN MINISTERS");
  std::atomic<int> hits{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        if (d->MatchActor(words, 1) && d->MatchAgent(words, 6) && !d->VerbEntriesFor(words[4]).empty()) ++hits;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(hits.load(), 8000);
}


TEST_F(DictTest, FingerprintFollowsContentNotComments) {
  std::string v1 = "# entente-dict verbs v1\n--- A [040] ---\nA @V1\n- * B [040] @V2\n";
  std::string v2 = "# entente-dict verbs v1\n# a new comment\n--- A [040] ---\nA @V1 # note\n\n- * B [040] @V2\n";
  std::string v3 = "# entente-dict verbs v1\n--- A [040] ---\nA @V1\n- * C [040] @V2\n";
  auto a = MustLoad(Paths(v1));
  auto b = MustLoad(Paths(v2));
  auto c = MustLoad(Paths(v3));
  auto a2 = MustLoad(Paths(v1));
  ASSERT_TRUE(a && b && c && a2);
  EXPECT_EQ(a->fingerprint().size(), 16u);
  EXPECT_EQ(a->fingerprint(), a2->fingerprint());
  EXPECT_EQ(a->fingerprint(), b->fingerprint());
  EXPECT_NE(a->fingerprint(), c->fingerprint());
}

TEST_F(DictTest, DeeplyNestedAndCyclicSynsetsAreCut) {
  std::string verbs;
  for (int i = 0; i < 200; ++i) verbs += "&S" + std::to_string(i) + "\n+&S" + std::to_string(i + 1) + "\n+W\n";
  verbs += "&S200\n+END\n&LOOP\n+&LOOP\n+X\n--- A [040] ---\nA\n- * &S0 [040]\n- * &LOOP [040]\n";
  auto d = MustLoad(Paths(verbs));
  ASSERT_TRUE(d);
  EXPECT_TRUE(HasWarning(*d, "nested too deeply"));
  EXPECT_TRUE(HasWarning(*d, "synset &LOOP contains itself"));
  ASSERT_EQ(d->pattern_count(), 2u);
  EXPECT_EQ(SynsetPhrases(*d, d->pattern(1).after[0]), (std::vector<std::string>{"X"}));
}

TEST_F(DictTest, JunkInputNeverCrashes) {
  std::mt19937 rng(12345);
  const std::string alphabet = "[]{}()<>!-_+*$%^&@#;:~ \t\n\rABCxyz019/.,'\"|=";
  std::string good = std::string(kVerbs);
  for (int round = 0; round < 60; ++round) {
    std::string junk;
    size_t n = rng() % 400;
    for (size_t i = 0; i < n; ++i) {
      junk.push_back(round % 2 ? static_cast<char>(rng() & 0xff) : alphabet[rng() % alphabet.size()]);
    }
    std::string truncated = good.substr(0, rng() % good.size());
    std::string actors = std::string(kActors).substr(0, rng() % sizeof(kActors));
    std::string agents = std::string(kAgents).substr(0, rng() % sizeof(kAgents));
    for (const std::string& text : {junk, truncated}) {
      auto r = DictionarySet::Load(Paths(text, text == junk ? junk : actors, text == junk ? junk : agents, junk, junk));
      if (r.ok()) {
        EXPECT_EQ((*r)->fingerprint().size(), 16u);
      } else {
        EXPECT_FALSE(r.status().message().empty());
      }
    }
  }
}

}  // namespace
}  // namespace entente
