// Copyright 2026 The entente Authors. Apache-2.0.
//
// TopDyads groups organisations by their six-character prefix (IGOEUR, IGOWST), countries by
// three, and leaves out actors of unknown country (---GOV).
#include <gtest/gtest.h>

#include "entente/store.h"

namespace entente {
namespace {

Event MakeEvent(const std::string& src, const std::string& tgt) {
  Event e;
  e.doc_id = "d";
  e.date = *Date::Parse("2019-06-05");
  e.source = *ActorCode::Parse(src);
  e.target = *ActorCode::Parse(tgt);
  e.code = *EventCode::Parse("163");
  e.quad = e.code.quad();
  e.start = 0;
  e.end = 4;
  e.sentence_text = "Text";
  return e;
}

TEST(TopDyads, OrganisationsKeepTheirGroupCode) {
  auto store = OpenStore("sqlite::memory:");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Document doc;
  doc.id = "d";
  doc.date = *Date::Parse("2019-06-05");
  doc.text = "Text";
  std::vector<Event> events = {MakeEvent("IGOEUREEC", "RUSGOV"), MakeEvent("IGOEUREEC", "RUS"),
                               MakeEvent("IGOWSTNAT", "RUS"), MakeEvent("USAGOV", "RUSMIL"),
                               MakeEvent("---GOV", "RUS"), MakeEvent("RUS", "---MIL")};
  ASSERT_TRUE((*store)->PutDocument(doc, {}, events).ok());
  auto dyads = (*store)->TopDyads(EventQuery{});
  ASSERT_TRUE(dyads.ok()) << dyads.status().ToString();
  ASSERT_EQ(dyads->size(), 3u);
  EXPECT_EQ((*dyads)[0].source, "IGOEUR");
  EXPECT_EQ((*dyads)[0].target, "RUS");
  EXPECT_EQ((*dyads)[0].count, 2);
  bool nato = false, usa = false;
  for (const DyadCount& d : *dyads) {
    if (d.source == "IGOWST" && d.target == "RUS") nato = true;
    if (d.source == "RUS" && d.target == "USA") usa = true;
  }
  EXPECT_TRUE(nato);
  EXPECT_TRUE(usa);
}

}  // namespace
}  // namespace entente
