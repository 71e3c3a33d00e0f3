// Copyright 2026 The entente Authors. Apache-2.0.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "entente/report.h"

namespace entente {
namespace {

TEST(EventJson, FollowsTheContract) {
  Event e;
  e.doc_id = "d1";
  e.sentence = 2;
  e.start = 310;
  e.end = 402;
  e.date = *Date::Parse("2019-06-05");
  e.source = *ActorCode::Parse("CHNGOV");
  e.source_text = "Xi Jinping";
  e.target = *ActorCode::Parse("RUS");
  e.target_text = "Russia";
  e.code = *EventCode::Parse("042");
  e.quad = e.code.quad();
  e.goldstein = 1.9;
  e.verb_text = "visited";
  e.pattern_id = "@V042-0001";
  e.sentence_text = "Xi Jinping visited Russia.";
  std::string line = EventToJsonLine(e);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["doc"], "d1");
  EXPECT_EQ(j["sent"], 2);
  EXPECT_EQ(j["date"], "2019-06-05");
  EXPECT_EQ(j["source"], "CHNGOV");
  EXPECT_EQ(j["code"], "042");
  EXPECT_EQ(j["root"], "04");
  EXPECT_EQ(j["quad"], 1);
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), 1.9);
  EXPECT_EQ(j["status"], "asserted");
  EXPECT_EQ(line.rfind("{\"doc\":", 0), 0u) << "doc is the first field";
}

TEST(EventJson, UnknownGoldsteinIsNullAndInvalidUtf8DoesNotThrow) {
  Event e;
  e.code = *EventCode::Parse("abc");
  e.sentence_text = std::string("bad \xff byte");
  std::string line;
  ASSERT_NO_THROW(line = EventToJsonLine(e));
  auto j = nlohmann::json::parse(line);
  EXPECT_TRUE(j["goldstein"].is_null());
  EXPECT_EQ(j["root"], "");
}

}  // namespace
}  // namespace entente
