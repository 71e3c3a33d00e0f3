// Copyright 2026 The entente Authors. Apache-2.0.
#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "base/word_set.h"
#include "entente/cameo.h"
#include "entente/date.h"
#include "entente/event.h"
#include "entente/status.h"

namespace entente {
namespace {

TEST(Date, ParsesBothContractForms) {
  auto a = Date::Parse("2019-06-05");
  auto b = Date::Parse("20190605");
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(a->ToString(), "2019-06-05");
  EXPECT_EQ(a->year(), 2019);
  EXPECT_EQ(a->month(), 6);
  EXPECT_EQ(a->day(), 5);
}

TEST(Date, RejectsImpossibleDays) {
  EXPECT_FALSE(Date::Parse("2019-02-30").ok());
  EXPECT_FALSE(Date::Parse("2019-13-01").ok());
  EXPECT_FALSE(Date::Parse("yesterday").ok());
  EXPECT_TRUE(Date::Parse("2020-02-29").ok());
  EXPECT_FALSE(Date::Parse("2019-02-29").ok());
}

TEST(Date, ShortTabariFormOnlyWhenAllowed) {
  EXPECT_FALSE(Date::Parse("950601").ok());
  auto d = Date::Parse("950601", true);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->ToString(), "1995-06-01");
  EXPECT_EQ(Date::Parse("050601", true)->year(), 2005);
}

TEST(Date, RoundTripsAcrossCenturies) {
  for (int days = -700000; days < 2000000; days += 997) {  // years 53 .. 7445 {
    Date d = Date::FromDays(days);
    auto back = Date::Parse(d.ToString());
    ASSERT_TRUE(back.ok()) << d.ToString();
    EXPECT_EQ(back->days(), days);
  }
}

TEST(EventCode, ValidatesAndDerivesRootAndQuad) {
  auto c = EventCode::Parse("0231");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->root(), "02");
  EXPECT_EQ(c->quad(), QuadClass::kVerbalCooperation);
  EXPECT_EQ(EventCode::Parse("190")->quad(), QuadClass::kMaterialConflict);
  EXPECT_EQ(EventCode::Parse("112")->quad(), QuadClass::kVerbalConflict);
  EXPECT_EQ(EventCode::Parse("064")->quad(), QuadClass::kMaterialCooperation);
  EXPECT_FALSE(EventCode::Parse("abc")->has_cameo_root());
  EXPECT_FALSE(EventCode::Parse("99")->has_cameo_root());
  EXPECT_FALSE(EventCode::Parse("").ok());
  EXPECT_FALSE(EventCode::Parse("04 2").ok());
  EXPECT_FALSE(EventCode::Parse("12345678").ok());
}

TEST(ActorCode, UpperCasesAndRejectsPunctuation) {
  EXPECT_EQ(ActorCode::Parse("pse")->str(), "PSE");
  EXPECT_EQ(ActorCode::Parse("RUSGOV")->country(), "RUS");
  EXPECT_FALSE(ActorCode::Parse("RUS GOV").ok());
  EXPECT_EQ(ActorCode::Parse("---gov")->str(), "---GOV");
}

TEST(ActorCode, NewActorCodesReadBackThroughParse) {
  ActorCode a = ActorCode::NewActor("the  Ministry of\tMagic");
  EXPECT_EQ(a.str(), "\"THE MINISTRY OF MAGIC\"");
  auto back = ActorCode::Parse(a.str());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(*back, a);
  EXPECT_FALSE(ActorCode::Parse("\"A\"B\"").ok());
  EXPECT_FALSE(ActorCode::Parse("\"").ok());
  EXPECT_FALSE(ActorCode::Parse("\"ABC").ok());
}

TEST(CameoTable, ParsesAndReportsLine) {
  auto t = CameoTable::Parse("# entente-dict cameo v1\n04\t1.0\tConsult\n042\t1.9\tMake a visit\n", "t.tsv");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_NE(t->Find("042"), nullptr);
  EXPECT_DOUBLE_EQ(t->Find("042")->goldstein, 1.9);
  EXPECT_EQ(t->Find("042")->quad, QuadClass::kVerbalCooperation);
  auto bad = CameoTable::Parse("# entente-dict cameo v1\n04\t1.0\tConsult\n042\tlots\tVisit\n", "t.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("t.tsv:3:"), std::string::npos) << bad.status().message();
  EXPECT_FALSE(CameoTable::Parse("04\t1.0\tConsult\n", "t.tsv").ok());
  EXPECT_EQ(CameoTable::Parse("# entente-dict cameo v2\n", "t.tsv").status().code(), ErrorCode::kUnsupported);
}

TEST(EventStatus, NamesRoundTrip) {
  for (auto s : {EventStatus::kAsserted, EventStatus::kNegated, EventStatus::kHypothetical,
                 EventStatus::kIntended, EventStatus::kReported}) {
    EXPECT_EQ(ParseEventStatus(EventStatusName(s)), s);
  }
  EXPECT_FALSE(ParseEventStatus("maybe").has_value());
}

}  // namespace
}  // namespace entente

namespace entente {
namespace {

TEST(CameoTable, BundledTableLoadsWithEveryRoot) {
  auto t = CameoTable::LoadFile(std::string(ENTENTE_SOURCE_DIR) + "/data/dictionaries/cameo/cameo_codes.tsv");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_GT(t->size(), 300u);
  for (int r = 1; r <= 20; ++r) {
    char root[3];
    std::snprintf(root, sizeof root, "%02d", r);
    EXPECT_NE(t->Find(root), nullptr) << root;
  }
  ASSERT_NE(t->Find("042"), nullptr);
  EXPECT_DOUBLE_EQ(t->Find("042")->goldstein, 1.9);
  EXPECT_EQ(t->Find("190")->quad, QuadClass::kMaterialConflict);
}

TEST(WordSet, HoldsExactlyItsMembers) {
  // Words of every length class HashBytes and SameBytes read differently (1-3, 4-7, 8, 9+).
  const std::vector<std::string_view> members = {"a", "be", "say", "tell", "report", "announce",
                                                 "criticise", "extraditions", "assassinate"};
  WordSet set{"a", "be", "say", "tell", "report", "announce", "criticise", "extraditions", "assassinate"};
  for (std::string_view w : members) EXPECT_TRUE(set.contains(w)) << w;
  // Near misses: a prefix, an extension, one letter changed, another case, the empty word.
  for (std::string_view w : {"", "b", "sa", "says", "tel", "repert", "announced", "criticize", "extradition",
                             "Assassinate", "SAY", "assassinatf"}) {
    EXPECT_FALSE(set.contains(w)) << w;
  }
  // A member given twice is one member.
  WordSet twice{"hold", "hold", "free"};
  EXPECT_TRUE(twice.contains("hold"));
  EXPECT_TRUE(twice.contains("free"));
  EXPECT_FALSE(twice.contains("hol"));
}

}  // namespace
}  // namespace entente
