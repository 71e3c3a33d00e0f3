// Copyright 2026 The entente Authors. Apache-2.0.
//
// The bundled CAMEO verb dictionary (data/dictionaries/verbs/cameo_verbs.txt) loads with the
// dict stage in strict mode, carries entente ids, reaches its blocks through inflected forms and
// has patterns for every CAMEO code.  Complements scripts/lint_verbs.py, which checks the file's
// syntax; these tests check what the loader makes of it.
#include "entente/dict.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

namespace entente {
namespace {

namespace fs = std::filesystem;

std::string VerbsFile() { return std::string(ENTENTE_SOURCE_DIR) + "/data/dictionaries/verbs/cameo_verbs.txt"; }
std::string CameoFile() { return std::string(ENTENTE_SOURCE_DIR) + "/data/dictionaries/cameo/cameo_codes.tsv"; }

// Loads the bundled verbs alone (empty actor, agent, discard and issue files).
std::shared_ptr<const DictionarySet> LoadVerbs(std::vector<std::string>* warnings = nullptr) {
  fs::path dir = fs::path(::testing::TempDir()) / "entente_bundled_verbs";
  fs::create_directories(dir);
  auto empty = [&](const char* name) {
    fs::path p = dir / name;
    std::ofstream(p, std::ios::binary) << "";
    return p.string();
  };
  DictionaryPaths p;
  p.verbs = {VerbsFile()};
  p.actors = {empty("a.txt")};
  p.agents = {empty("g.txt")};
  p.discards = {empty("d.txt")};
  p.issues = {empty("i.txt")};
  p.cameo = CameoFile();
  DictionaryLoadOptions o;
  o.strict_event_codes = true;
  auto r = DictionarySet::Load(p, o);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (!r.ok()) return nullptr;
  if (warnings) *warnings = (*r)->warnings();
  return *r;
}

// The block a verb form belongs to ("" if none, "<several>" if more than one).
std::string BlockOf(const DictionarySet& d, std::string_view form) {
  WordId w = d.FindWord(form);
  if (w == kNoWord) return "";
  auto entries = d.VerbEntriesFor(w);
  std::set<std::string> blocks;
  for (uint32_t e : entries) blocks.insert(d.verb_block(d.verb_entry(e).block).name);
  if (blocks.empty()) return "";
  return blocks.size() == 1 ? *blocks.begin() : "<several>";
}

TEST(BundledVerbs, LoadsInStrictModeWithoutWarnings) {
  std::vector<std::string> warnings;
  auto d = LoadVerbs(&warnings);
  ASSERT_NE(d, nullptr);
  for (const auto& w : warnings) ADD_FAILURE() << w;
  EXPECT_GE(d->pattern_count(), 3000u);
  EXPECT_GE(d->verb_entry_count(), 300u);
}

TEST(BundledVerbs, EveryEntryHasAUniqueIdMatchingItsCode) {
  auto d = LoadVerbs();
  ASSERT_NE(d, nullptr);
  const std::regex id_re("@?V(NUL|[0-9]{3,4})-([0-9]{4})");
  std::set<std::string> seen;
  auto check = [&](const std::string& id, const EventCode& code, const std::string& what) {
    std::smatch m;
    ASSERT_TRUE(std::regex_match(id, m, id_re)) << what << ": id '" << id << "'";
    std::string want = code.empty() ? "NUL" : code.ToString();
    EXPECT_EQ(m[1].str(), want) << what << " " << id;
    EXPECT_TRUE(seen.insert(id).second) << "duplicate id " << id;
  };
  for (size_t i = 0; i < d->pattern_count(); ++i) {
    const VerbPattern& p = d->pattern(static_cast<uint32_t>(i));
    check(p.id, p.code, p.text);
  }
  for (size_t i = 0; i < d->verb_entry_count(); ++i) {
    const VerbEntry& e = d->verb_entry(static_cast<uint32_t>(i));
    check(e.id, e.code, e.text);
  }
}

TEST(BundledVerbs, InflectedFormsReachTheirBlock) {
  auto d = LoadVerbs();
  ASSERT_NE(d, nullptr);
  struct Case {
    const char* form;
    const char* block;
  } cases[] = {
      {"SAID", "SAY"},          {"HELD", "HOLD"},         {"SLAPPED", "IMPOSE"},
      {"IMPOSES", "IMPOSE"},    {"WITHDREW", "WITHDRAW"}, {"WITHDRAWN", "WITHDRAW"},
      {"STRUCK", "STRIKE"},     {"EXPELLED", "EXPEL"},    {"VETOED", "VETO"},
      {"AGREEING", "AGREE"},    {"SOUGHT", "SEEK"},       {"FROZE", "SUSPEND"},
      {"SHOT", "SHOOT"},        {"BEGGED", "URGE"},       {"CRITICISED", "CRITICIZE"},
      {"DENIES", "DENY"},       {"MET", "MEET"},          {"SWORE", "PLEDGE"},
      {"LENT", "LEND"},         {"BANNED", "BAN"},        {"OCCUPIED", "OCCUPY"},
      {"MASSACRED", "MASSACRE"}, {"KIDNAPPED", "ABDUCT"}, {"UNDERTOOK", "PLEDGE"},
  };
  for (const Case& c : cases) EXPECT_EQ(BlockOf(*d, c.form), c.block) << c.form;
}

TEST(BundledVerbs, ReportingAndLightVerbsAloneAreNoEvent) {
  auto d = LoadVerbs();
  ASSERT_NE(d, nullptr);
  for (const char* form : {"SAID", "STRESSED", "HELD", "MADE", "TOOK", "IMPOSED", "SIGNED", "ISSUED"}) {
    WordId w = d->FindWord(form);
    ASSERT_NE(w, kNoWord) << form;
    for (uint32_t e : d->VerbEntriesFor(w)) {
      EXPECT_TRUE(d->verb_entry(e).code.empty()) << form << " has default code " << d->verb_entry(e).code.str();
    }
  }
}

// Finds the pattern of `block` whose text contains `body` and returns its code ("?" if none).
std::string CodeOfPattern(const DictionarySet& d, const std::string& block, const std::string& body) {
  for (size_t i = 0; i < d.pattern_count(); ++i) {
    const VerbPattern& p = d.pattern(static_cast<uint32_t>(i));
    if (d.verb_block(p.block).name != block) continue;
    std::string t = p.text;
    size_t lb = t.rfind('[');
    std::string words = t.substr(0, lb);
    while (!words.empty() && words.back() == ' ') words.pop_back();
    if (words == "- " + body) return p.code.empty() ? "---" : p.code.ToString();
  }
  return "?";
}

TEST(BundledVerbs, NominalConstructionsCodeThroughTheirLightVerb) {
  auto d = LoadVerbs();
  ASSERT_NE(d, nullptr);
  struct Case {
    const char* block;
    const char* pattern;
    const char* code;
  } cases[] = {
      {"HOLD", "* &TALK WITH +", "040"},
      {"IMPOSE", "* &SANCTION ON +", "163"},
      {"PAY", "* &VISIT TO +", "042"},
      {"LAUNCH", "* &ATTACKN ON +", "190"},
      {"LODGE", "* &PROTESTNOTE WITH +", "114"},
      {"EXPEL", "* &DIPLOMAT", "161"},
      {"EXTEND", "* &INVITATION TO +", "036"},
      {"REACH", "* &AGREEMENT WITH +", "057"},
      {"EXPRESS", "* &READINESSN TO_MEET", "036"},
      {"ROLL", "* OUT_THE_RED_CARPET_FOR +", "043"},
      {"SAY", "* &MEDIAAUDIENCE", "---"},
  };
  for (const Case& c : cases) EXPECT_EQ(CodeOfPattern(*d, c.block, c.pattern), c.code) << c.block << " " << c.pattern;
}

TEST(BundledVerbs, EveryCameoCodeHasAPattern) {
  auto d = LoadVerbs();
  ASSERT_NE(d, nullptr);
  std::set<std::string> coded;
  for (size_t i = 0; i < d->pattern_count(); ++i) {
    const VerbPattern& p = d->pattern(static_cast<uint32_t>(i));
    if (!p.code.empty()) coded.insert(p.code.ToString());
  }
  auto table = CameoTable::LoadFile(CameoFile());
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  size_t codes = 0;
  for (const auto& [code, entry] : table->entries()) {
    if (code.size() < 3) continue;  // the 2-digit roots are covered by their x0 codes
    ++codes;
    EXPECT_TRUE(coded.count(code)) << "no pattern for " << code << " " << entry.label;
  }
  EXPECT_GT(codes, 250u);
}

}  // namespace
}  // namespace entente
