// Copyright 2026 The entente Authors. Apache-2.0.
//
// Dated roles of the bundled actor dictionaries (data/dictionaries/actors/leaders.txt) resolve
// to the office each person held on the day: the phrase is found with DictionarySet::MatchActor
// (the lookup the coder uses) and its code read with ActorEntry::CodeOn.  The expected codes are
// facts (who held which office when), written here independently of the file.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/text.h"
#include "entente/dict.h"

namespace entente {
namespace {

std::shared_ptr<const DictionarySet> Bundled() {
  static std::shared_ptr<const DictionarySet> set = [] {
    DictionaryPaths p;
    p.bundled_dir = std::string(ENTENTE_SOURCE_DIR) + "/data/dictionaries";
    auto r = DictionarySet::Load(p);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : nullptr;
  }();
  return set;
}

// The code of the actor named by `phrase` ("Vladimir Putin") on `date`; "<no match>" when the
// phrase is not an actor phrase as a whole.
std::string CodeOn(const DictionarySet& d, std::string_view phrase, std::string_view date) {
  std::vector<WordId> words;
  for (const std::string& w : dict_internal::PhraseWords(dict_internal::Upper(phrase))) words.push_back(d.FindWord(w));
  auto m = d.MatchActor(words, 0);
  if (!m || m->length != words.size()) return "<no match>";
  Result<Date> day = Date::Parse(date);
  EXPECT_TRUE(day.ok()) << date;
  return d.actor(m->entry).CodeOn(*day).str();
}

struct RoleCase {
  const char* phrase;
  const char* date;
  const char* code;
  const char* why;
};

// The dozen dated roles of issue 4, plus the hand-over days around them.
constexpr RoleCase kRoles[] = {
    {"Vladimir Putin", "1998-07-01", "RUSELI", "before his first government office of 1999 (DESIGN.md)"},
    {"Putin", "2005-06-01", "RUSGOV", "president 2000-2008"},
    {"Putin", "2010-06-01", "RUSGOV", "prime minister 2008-2012"},
    {"Vladimir Putin", "2019-06-05", "RUSGOV", "president since 2012"},
    {"Dmitry Medvedev", "2009-06-01", "RUSGOV", "president 2008-2012"},
    {"Medvedev", "2013-06-01", "RUSGOV", "prime minister 2012-2020"},
    {"Xi Jinping", "2010-06-01", "CHNGOV", "vice-president of the PRC 2008-2013"},
    {"Xi", "2019-06-05", "CHNGOV", "president since 2013"},
    {"Joe Biden", "2015-06-01", "USAGOV", "vice-president 2009-2017"},
    {"Biden", "2022-06-01", "USAGOV", "president 2021-2025"},
    {"Vladimir Putin", "1999-08-08", "RUSELI", "the day before he became prime minister"},
    {"Vladimir Putin", "1999-08-09", "RUSGOV", "appointed acting prime minister"},
    {"Dmitry Medvedev", "2020-01-16", "RUSELI", "deputy chairman of the Security Council after resigning as PM"},
    {"Xi Jinping", "2005-06-01", "CHNELI", "party secretary of Zhejiang: not a state office"},
    {"Joe Biden", "2005-06-01", "USALEG", "senator for Delaware"},
    {"Joe Biden", "2019-06-01", "USAELI", "out of office between vice-presidency and presidency"},
    {"Joe Biden", "2025-01-20", "USAELI", "the day his successor took office"},
    {"Joe Biden", "2021-01-20", "USAGOV", "inauguration day"},
};

TEST(BundledRoles, LeadersResolveToTheirOfficeOnTheDay) {
  auto d = Bundled();
  ASSERT_NE(d, nullptr);
  for (const RoleCase& c : kRoles) {
    EXPECT_EQ(CodeOn(*d, c.phrase, c.date), c.code) << c.phrase << " on " << c.date << ": " << c.why;
  }
}

TEST(BundledRoles, SurnameAndFullNameAreOneEntry) {
  auto d = Bundled();
  ASSERT_NE(d, nullptr);
  for (auto [full, sur] : {std::pair{"Vladimir Putin", "Putin"}, std::pair{"Dmitry Medvedev", "Medvedev"},
                           std::pair{"Xi Jinping", "Xi"}, std::pair{"Joe Biden", "Biden"}}) {
    for (const char* date : {"1998-07-01", "2009-06-01", "2015-06-01", "2022-06-01"}) {
      EXPECT_EQ(CodeOn(*d, full, date), CodeOn(*d, sur, date)) << full << " / " << sur << " on " << date;
    }
  }
}

TEST(BundledRoles, CapitalsStandForTheGovernmentOfTheDay) {
  auto d = Bundled();
  ASSERT_NE(d, nullptr);
  const RoleCase cases[] = {
      {"Russia", "1987-02-26", "RUS", "a country code does not depend on the date"},
      {"Russia", "2019-06-05", "RUS", "a country code does not depend on the date"},
      {"Beijing", "1987-02-26", "CHNGOV", "seat of government"},
      {"Beijing", "2019-06-05", "CHNGOV", "seat of government"},
      {"the Kremlin", "1987-02-26", "SUNGOV", "the Soviet government until the Soviet Union ended"},
      {"Moscow", "1991-12-25", "SUNGOV", "last day of the Soviet Union"},
      {"Moscow", "1991-12-26", "RUSGOV", "Russia's government from then on"},
      {"the Kremlin", "2019-06-05", "RUSGOV", "Russia's government"},
  };
  for (const RoleCase& c : cases) {
    EXPECT_EQ(CodeOn(*d, c.phrase, c.date), c.code) << c.phrase << " on " << c.date << ": " << c.why;
  }
}

TEST(BundledRoles, SurnamesSharedByTwoLeadersFollowTheOfficeHolder) {
  auto d = Bundled();
  ASSERT_NE(d, nullptr);
  const RoleCase cases[] = {
      {"Bush", "1990-06-01", "USAGOV", "George H. W. Bush, president"},
      {"Bush", "1997-06-01", "USAELI", "neither Bush in federal office"},
      {"Bush", "2004-10-01", "USAGOV", "George W. Bush, president"},
      {"Koizumi", "2004-10-01", "JPNGOV", "Junichiro Koizumi, prime minister"},
      {"Koizumi", "2025-11-01", "JPNMIL", "Shinjiro Koizumi, defence minister"},
      {"Koizumi", "2010-06-01", "", "no Koizumi in office: no code"},
      {"Castro", "2004-10-01", "CUBGOV", "Fidel Castro"},
      {"Castro", "2012-06-01", "CUBGOV", "Raul Castro"},
  };
  for (const RoleCase& c : cases) {
    EXPECT_EQ(CodeOn(*d, c.phrase, c.date), c.code) << c.phrase << " on " << c.date << ": " << c.why;
  }
}

TEST(BundledRoles, BundledSetPassesTheDictionaryCheck) {
  DictionaryPaths p;
  p.bundled_dir = std::string(ENTENTE_SOURCE_DIR) + "/data/dictionaries";
  auto r = CheckDictionaries(p);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::string shown;
  for (const DictionaryProblem& q : r->problems) shown += q.ToString() + "\n";
  EXPECT_EQ(r->errors, 0u) << shown;
  EXPECT_EQ(r->warnings, 0u) << shown;
  EXPECT_GE(r->files, 9u);
  ASSERT_NE(r->set, nullptr);
}

}  // namespace
}  // namespace entente
