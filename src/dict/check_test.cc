// Copyright 2026 The entente Authors. Apache-2.0.
//
// CheckDictionaries (check.cc): each check fires on a small broken dictionary set, at the right
// file and line, and stays silent on the clean one.  The sets are written to a temporary
// "bundled" folder (every file with its entente header), one broken file per case.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "entente/dict.h"

namespace entente {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCameo =
    "# entente-dict cameo v1\n"
    "01\t0\tMake public statement\n"
    "010\t0\tMake statement\n"
    "04\t1\tConsult\n"
    "040\t1\tConsult\n"
    "042\t1.9\tMake a visit\n"
    "19\t-10\tFight\n"
    "190\t-10\tUse conventional military force\n"
    "192\t-9.5\tOccupy territory\n";

constexpr const char* kVerbs =
    "# entente-dict verbs v1\n"
    "&TALK\n"
    "+TALK\n"
    "\n"
    "--- VISIT [042] ---\n"
    "VISIT @V042-0001\n"
    "- * + IN [042] @V042-0002\n"
    "- * &TALK WITH + [040] @V040-0001\n"
    "\n"
    "--- ATTACK [190] ---\n"
    "ATTACK @V190-0001\n"
    "- * + WITH TROOPS [190] @V190-0002\n"
    "\n"
    "--- SAY [---] ---\n"
    "SAY {SAYS SAID SAYING} @VNUL-0001\n"
    "- * IN_A_STATEMENT [010] @V010-0001\n";

constexpr const char* kActors =
    "# entente-dict actors v1\n"
    "RUSSIA [RUS] @A-RUS-0001\n"
    "+RUSSIAN_FEDERATION\n"
    "CHINA [CHN] @A-CHN-0001\n"
    "VLADIMIR_PUTIN @A-RUS-0100\n"
    "+PUTIN\n"
    "\t[RUSELI <19990808]\n"
    "\t[RUSGOV >19990809]\n";

constexpr const char* kAgents =
    "# entente-dict agents v1\n"
    "FOREIGN_MINISTER [~GOV] @G-0001\n"
    "TROOPS {} [~MIL] @G-0002\n";

constexpr const char* kDiscards =
    "# entente-dict discards v1\n"
    "PENALTY_SHOOTOUT @D-0001\n"
    "+HOROSCOPE @D-0002\n";

constexpr const char* kIssues =
    "# entente-dict issues v1\n"
    "TRADE_WAR [TRADE] @I-0001\n"
    "SANCTIONS [SANCTIONS] @I-0002\n";

// A complete bundled-format folder; `replace` maps a relative path to new content.
std::string WriteSet(const std::string& name, std::initializer_list<std::pair<std::string, std::string>> replace = {}) {
  fs::path dir = fs::path(::testing::TempDir()) / ("entente_check_" + name);
  fs::remove_all(dir);
  std::map<std::string, std::string> files = {
      {"cameo/cameo_codes.tsv", kCameo}, {"verbs/cameo_verbs.txt", kVerbs},
      {"actors/countries.txt", kActors}, {"agents/agents.txt", kAgents},
      {"discards/discards.txt", kDiscards}, {"issues/issues.txt", kIssues}};
  for (const auto& [rel, content] : replace) files[rel] = content;
  for (const auto& [rel, content] : files) {
    fs::path p = dir / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
  }
  return dir.string();
}

DictionaryCheckReport Check(const std::string& dir) {
  DictionaryPaths p;
  p.bundled_dir = dir;
  auto r = CheckDictionaries(p);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : DictionaryCheckReport();
}

std::string Dump(const DictionaryCheckReport& r) {
  std::string s;
  for (const auto& p : r.problems) s += p.ToString() + "\n";
  return s;
}

TEST(CheckDictionaries, CleanSetHasNoProblemAndLoads) {
  DictionaryCheckReport r = Check(WriteSet("clean"));
  EXPECT_TRUE(r.ok()) << Dump(r);
  EXPECT_TRUE(r.problems.empty()) << Dump(r);
  EXPECT_EQ(r.files, 5u);
  ASSERT_NE(r.set, nullptr);
  EXPECT_EQ(r.set->actor_count(), 3u);
}

struct BrokenCase {
  const char* name;
  const char* file;      // relative path of the broken file
  const char* content;
  const char* check;     // expected check name
  uint32_t line;         // expected line
  const char* fragment;  // expected in the message
};

const BrokenCase kBroken[] = {
    {"overlapping_roles", "actors/leaders.txt",
     "# entente-dict actors v1\n"
     "JOE_BIDEN @A-USA-0101\n"
     "\t[USAGOV 20090120-20170119]\n"
     "\t[USAELI 20170101-20210119]\n",
     "overlapping-roles", 4, "overlaps role USAGOV"},
    {"open_ended_overlap", "actors/leaders.txt",
     "# entente-dict actors v1\n"
     "XI_JINPING @A-CHN-0100\n"
     "\t[CHNGOV >20080315]\n"
     "\t[CHNELI <20121231]\n",
     "overlapping-roles", 4, "CHNELI"},
    {"reversed_range", "actors/leaders.txt",
     "# entente-dict actors v1\n"
     "JOE_BIDEN @A-USA-0101\n"
     "\t[USAGOV 20170119-20090120]\n",
     "reversed-range", 3, "ends before it starts"},
    {"bad_date", "actors/leaders.txt",
     "# entente-dict actors v1\n"
     "JOE_BIDEN @A-USA-0101\n"
     "\t[USAGOV >20090231]\n",
     "bad-date", 3, "20090231"},
    {"phrase_to_two_actors", "actors/leaders.txt",
     "# entente-dict actors v1\n"
     "GEORGE_W._BUSH @A-USA-0110\n"
     "+BUSH\n"
     "\t[USAGOV 20010120-20090119]\n"
     "GEORGE_H._W._BUSH @A-USA-0111\n"
     "+BUSH\n"
     "\t[USAGOV 19890120-19930119]\n",
     "conflicting-phrase", 6, "already names A-USA-0110"},
    {"phrase_across_files", "actors/leaders.txt",
     "# entente-dict actors v1\n"
     "MOSCOW [RUSGOV] @A-RUS-0002\n"
     "+RUSSIA\n",
     "conflicting-phrase", 3, "A-RUS-0001"},
    {"actor_without_code", "actors/leaders.txt",
     "# entente-dict actors v1\n"
     "NOBODY_IN_PARTICULAR @A-USA-0199\n",
     "no-code", 2, "has no code"},
    {"duplicate_actor_id", "actors/leaders.txt",
     "# entente-dict actors v1\n"
     "FRANCE [FRA] @A-RUS-0001\n",
     "duplicate-id", 2, "first at"},
    {"missing_actor_id", "actors/leaders.txt",
     "# entente-dict actors v1\n"
     "FRANCE [FRA]\n",
     "missing-id", 2, "without an '@id'"},
    {"malformed_actor_id", "actors/leaders.txt",
     "# entente-dict actors v1\n"
     "FRANCE [FRA] @A-FRA-1\n",
     "malformed-id", 2, "@A-FRA-1"},
    {"unknown_event_code_in_pattern", "verbs/cameo_verbs.txt",
     "# entente-dict verbs v1\n"
     "--- VISIT [042] ---\n"
     "VISIT @V042-0001\n"
     "- * + IN [0429] @V0429-0001\n",
     "unknown-code", 4, "'0429' is not a CAMEO event code"},
    {"unknown_event_code_in_header", "verbs/cameo_verbs.txt",
     "# entente-dict verbs v1\n"
     "--- VISIT [099] ---\n"
     "VISIT @V099-0001\n",
     "unknown-code", 2, "'099'"},
    {"duplicate_pattern", "verbs/cameo_verbs.txt",
     "# entente-dict verbs v1\n"
     "--- VISIT [042] ---\n"
     "VISIT @V042-0001\n"
     "- * + IN [042] @V042-0002\n"
     "- * + IN [040] @V040-0001\n",
     "duplicate-pattern", 5, "repeats line 4"},
    {"duplicate_pattern_id", "verbs/cameo_verbs.txt",
     "# entente-dict verbs v1\n"
     "--- VISIT [042] ---\n"
     "VISIT @V042-0001\n"
     "- * + IN [042] @V042-0002\n"
     "- * + TO [042] @V042-0002\n",
     "duplicate-id", 5, "V042-0002"},
    {"id_code_mismatch", "verbs/cameo_verbs.txt",
     "# entente-dict verbs v1\n"
     "--- VISIT [042] ---\n"
     "VISIT @V042-0001\n"
     "- * + IN [040] @V042-0002\n",
     "malformed-id", 4, "@V040-nnnn"},
    {"verb_in_two_blocks", "verbs/cameo_verbs.txt",
     "# entente-dict verbs v1\n"
     "--- VISIT [042] ---\n"
     "VISIT @V042-0001\n"
     "\n"
     "--- TOUR [042] ---\n"
     "VISITED @V042-0002\n",
     "verb-in-two-blocks", 6, "VISITED"},
    {"two_stars", "verbs/cameo_verbs.txt",
     "# entente-dict verbs v1\n"
     "--- VISIT [042] ---\n"
     "VISIT @V042-0001\n"
     "- * + * IN [042] @V042-0002\n",
     "pattern-syntax", 4, "exactly one '*'"},
    {"undefined_synset", "verbs/cameo_verbs.txt",
     "# entente-dict verbs v1\n"
     "--- VISIT [042] ---\n"
     "VISIT @V042-0001\n"
     "- * &NOSUCH WITH + [040] @V040-0001\n",
     "undefined-synset", 4, "&NOSUCH"},
    {"agent_form_twice", "agents/agents.txt",
     "# entente-dict agents v1\n"
     "SOLDIER [~MIL] @G-0001\n"
     "SOLDIERS {} [~CVL] @G-0002\n",
     "conflicting-phrase", 3, "SOLDIERS"},
    {"agent_code_without_tilde", "agents/agents.txt",
     "# entente-dict agents v1\n"
     "SOLDIER [MIL] @G-0001\n",
     "bad-code", 2, "'~'"},
    {"duplicate_discard", "discards/discards.txt",
     "# entente-dict discards v1\n"
     "PENALTY_SHOOTOUT @D-0001\n"
     "PENALTY_SHOOTOUT @D-0002\n",
     "duplicate-phrase", 3, "already listed at"},
    {"issue_phrase_two_codes", "issues/issues.txt",
     "# entente-dict issues v1\n"
     "OIL [ENERGY] @I-0001\n"
     "OIL [ECONOMY] @I-0002\n",
     "conflicting-phrase", 3, "with code ENERGY"},
    {"missing_header", "discards/discards.txt",
     "PENALTY_SHOOTOUT @D-0001\n",
     "header", 1, "# entente-dict discards v1"},
};

TEST(CheckDictionaries, EachBrokenFileIsReportedAtItsLine) {
  for (const BrokenCase& c : kBroken) {
    SCOPED_TRACE(c.name);
    DictionaryCheckReport r = Check(WriteSet(c.name, {{c.file, c.content}}));
    EXPECT_FALSE(r.ok()) << "no error reported:\n" << Dump(r);
    bool found = false;
    for (const DictionaryProblem& p : r.problems) {
      if (p.check != c.check) continue;
      found = true;
      EXPECT_EQ(p.severity, CheckSeverity::kError);
      EXPECT_TRUE(p.file.size() >= strlen(c.file) && p.file.substr(p.file.size() - strlen(c.file)) == c.file) << p.file;
      EXPECT_EQ(p.line, c.line) << p.ToString();
      EXPECT_NE(p.message.find(c.fragment), std::string::npos) << p.ToString();
      break;
    }
    EXPECT_TRUE(found) << "no '" << c.check << "' problem in:\n" << Dump(r);
  }
}

TEST(CheckDictionaries, ToStringNamesFileLineSeverityAndCheck) {
  DictionaryProblem p;
  p.file = "actors/leaders.txt";
  p.line = 12;
  p.check = "overlapping-roles";
  p.message = "role X overlaps role Y";
  EXPECT_EQ(p.ToString(), "actors/leaders.txt:12: error: role X overlaps role Y [overlapping-roles]");
  p.severity = CheckSeverity::kWarning;
  p.line = 0;
  EXPECT_EQ(p.ToString(), "actors/leaders.txt: warning: role X overlaps role Y [overlapping-roles]");
}

TEST(CheckDictionaries, ListsEveryProblemNotJustTheFirst) {
  // The loader stops at the first unknown code; the check reports all three.
  DictionaryCheckReport r = Check(WriteSet("many", {{"verbs/cameo_verbs.txt",
                                                     "# entente-dict verbs v1\n"
                                                     "--- VISIT [042] ---\n"
                                                     "VISIT @V042-0001\n"
                                                     "- * + IN [0421] @V0421-0001\n"
                                                     "- * + TO [0422] @V0422-0001\n"
                                                     "- * + AT [0423] @V0423-0001\n"}}));
  int unknown = 0;
  for (const auto& p : r.problems) unknown += p.check == "unknown-code";
  EXPECT_EQ(unknown, 3) << Dump(r);
  EXPECT_EQ(r.set, nullptr) << "the strict loader refuses unknown codes";
  bool load_error = false;
  for (const auto& p : r.problems) load_error |= p.check == "load" && p.severity == CheckSeverity::kError;
  EXPECT_TRUE(load_error) << Dump(r);
}

TEST(CheckDictionaries, ForeignFilesGetWarningsNotErrors) {
  fs::path dir = fs::path(::testing::TempDir()) / "entente_check_foreign";
  fs::create_directories(dir);
  fs::path actors = dir / "foreign.actors.txt";
  std::ofstream(actors, std::ios::binary) << "BUSH\n[USAGOV 010120-090119]\nBUSH\n[USAELI]\n";
  DictionaryPaths p;
  p.bundled_dir = WriteSet("foreign_base");
  p.actors = {actors.string()};
  auto r = CheckDictionaries(p);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->ok()) << Dump(*r);
  EXPECT_GE(r->warnings, 1u) << Dump(*r);
  bool conflicting = false;
  for (const auto& q : r->problems) conflicting |= q.check == "conflicting-phrase" && q.line == 3;
  EXPECT_TRUE(conflicting) << Dump(*r);

  DictionaryCheckOptions strict;
  strict.foreign_as_warnings = false;
  auto s = CheckDictionaries(p, strict);
  ASSERT_TRUE(s.ok());
  EXPECT_FALSE(s->ok());
}

TEST(CheckDictionaries, MaxProblemsKeepsTheFirstAndCountsTheRest) {
  std::string discards = "# entente-dict discards v1\n";
  for (int i = 1; i <= 20; ++i) discards += "SAME_PHRASE @D-" + std::string(i < 10 ? "000" : "00") + std::to_string(i) + "\n";
  DictionaryPaths p;
  p.bundled_dir = WriteSet("max", {{"discards/discards.txt", discards}});
  DictionaryCheckOptions o;
  o.max_problems = 5;
  o.load = false;
  auto r = CheckDictionaries(p, o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->problems.size(), 5u);
  EXPECT_EQ(r->errors, 19u);
  EXPECT_EQ(r->omitted, 14u);
  EXPECT_EQ(r->problems.front().line, 3u);
}

TEST(CheckDictionaries, MissingFileIsNotFound) {
  DictionaryPaths p;
  p.bundled_dir = WriteSet("missing");
  p.agents = {"/nonexistent/agents.txt"};
  auto r = CheckDictionaries(p);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/agents.txt"), std::string::npos);
}

}  // namespace
}  // namespace entente
