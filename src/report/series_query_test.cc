// Copyright 2026 The entente Authors. Apache-2.0.
//
// series_query: parsing of what users write, and dyad series read from a real (in-memory SQLite)
// store: default range, both directions, status filter, volume normalisation.
#include "entente/series_query.h"

#include <gtest/gtest.h>

#include "entente/imported_event.h"

namespace entente {
namespace {

Date D(std::string_view s) { return *Date::Parse(s); }

TEST(ParseDyad, ReadsBothDirectionsAndDirectedForms) {
  struct Case {
    const char* text;
    const char* source;
    const char* target;
    bool directed;
  };
  for (const Case& c : {Case{"CHN-RUS", "CHN", "RUS", false}, Case{"chn,rus", "CHN", "RUS", false},
                        Case{"USA>CHN", "USA", "CHN", true}, Case{"USA->CHN", "USA", "CHN", true},
                        Case{"EU-RUS", "IGOEUREEC", "RUS", false},
                        Case{"NATO>RUS", "IGOWSTNAT", "RUS", true}}) {
    Result<NamedDyad> d = ParseDyad(c.text);
    ASSERT_TRUE(d.ok()) << c.text;
    EXPECT_EQ(d->spec.source, c.source) << c.text;
    EXPECT_EQ(d->spec.target, c.target) << c.text;
    EXPECT_EQ(d->spec.directed, c.directed) << c.text;
    EXPECT_EQ(d->label, c.text);
  }
}

TEST(ParseDyad, RejectsWhatIsNotADyadWithAHint) {
  for (const char* bad : {"CHN", "CHN-", ">RUS", ""}) {
    Result<NamedDyad> d = ParseDyad(bad);
    ASSERT_FALSE(d.ok()) << bad;
    EXPECT_EQ(d.status().code(), ErrorCode::kInvalidArgument);
  }
  EXPECT_NE(ParseDyad("CHN").status().message().find("A-B"), std::string::npos);
}

TEST(ParsePartialDate, GivesFirstOrLastDayOfWhatItNames) {
  struct Case {
    const char* text;
    const char* first;
    const char* last;
  };
  for (const Case& c : {Case{"2014", "2014-01-01", "2014-12-31"},
                        Case{"2016-02", "2016-02-01", "2016-02-29"},
                        Case{"2019-Q2", "2019-04-01", "2019-06-30"},
                        Case{"2019-06-15", "2019-06-15", "2019-06-15"}}) {
    EXPECT_EQ(ParsePartialDate(c.text, false)->ToString(), c.first) << c.text;
    EXPECT_EQ(ParsePartialDate(c.text, true)->ToString(), c.last) << c.text;
  }
  for (const char* bad : {"14", "2019-Q5", "2019-13", "2019/06", "June 2019", ""}) {
    EXPECT_FALSE(ParsePartialDate(bad, false).ok()) << bad;
  }
}

TEST(ParseEventFilter, ResolvesAliasesDyadsAndPartialDates) {
  EventFilterText f;
  f.dyad = "EU>RUS";
  f.from = "2019-Q2";
  f.to = "2019";
  f.status = "asserted,negated";
  Result<EventQuery> q = ParseEventFilter(f);
  ASSERT_TRUE(q.ok()) << q.status().message();
  EXPECT_EQ(*q->source, "IGOEUREEC");
  EXPECT_EQ(*q->target, "RUS");
  EXPECT_FALSE(q->either_direction);
  EXPECT_EQ(q->date_from->ToString(), "2019-04-01");
  EXPECT_EQ(q->date_to->ToString(), "2019-12-31");
  EXPECT_EQ(q->statuses, (std::vector<EventStatus>{EventStatus::kAsserted, EventStatus::kNegated}));
  EventFilterText all;
  all.actor = "nato";
  all.status = "all";
  q = ParseEventFilter(all);
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(*q->source, "IGOWSTNAT");
  EXPECT_TRUE(q->either_direction);
  EXPECT_TRUE(q->statuses.empty());
}

TEST(ParseEventFilter, NamesTheFieldThatIsWrong) {
  struct Case {
    EventFilterText filter;
    const char* field;
  };
  std::vector<Case> cases;
  cases.push_back({EventFilterText{.dyad = "CHN"}, "dyad"});
  cases.push_back({EventFilterText{.source = "USA", .dyad = "CHN-RUS"}, "dyad"});
  cases.push_back({EventFilterText{.target = "USA", .actor = "CHN"}, "actor"});
  cases.push_back({EventFilterText{.from = "last year"}, "from"});
  cases.push_back({EventFilterText{.to = "2019-13"}, "to"});
  cases.push_back({EventFilterText{.from = "2020", .to = "2019"}, "from"});
  cases.push_back({EventFilterText{.status = "asserted,maybe"}, "status"});
  for (const Case& c : cases) {
    std::string field;
    Result<EventQuery> q = ParseEventFilter(c.filter, &field);
    ASSERT_FALSE(q.ok()) << c.field;
    EXPECT_EQ(q.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(field, c.field) << q.status().message();
  }
}

ImportedEvent Imported(std::string id, std::string_view src, std::string_view tgt,
                       std::string_view code, std::string_view date, double goldstein) {
  ImportedEvent e;
  e.date = D(date);
  e.source = *ActorCode::Parse(src);
  e.target = *ActorCode::Parse(tgt);
  e.code = *EventCode::Parse(code);
  e.quad = e.code.quad();
  e.goldstein = goldstein;
  e.info.dataset = "gdelt";
  e.info.external_id = std::move(id);
  return e;
}

std::unique_ptr<EventStore> StoreWith(const std::vector<ImportedEvent>& events) {
  auto s = OpenStore("sqlite::memory:");
  EXPECT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE((*s)->PutImportedEvents(events).ok());
  return std::move(s).value();
}

TEST(SeriesQuery, EmptyStoreIsNotFoundWithAHint) {
  Result<SeriesContext> ctx = OpenSeriesContext(StoreWith({}), SeriesRequest{});
  ASSERT_FALSE(ctx.ok());
  EXPECT_EQ(ctx.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(ctx.status().message().find("ingest or import"), std::string::npos);
}

TEST(SeriesQuery, BadRequestFieldsAreInvalidArgument) {
  std::vector<ImportedEvent> ev = {Imported("1", "CHN", "RUS", "042", "2019-01-05", 1.9)};
  for (SeriesRequest r : {SeriesRequest{.by = "fortnight"}, SeriesRequest{.from = "20x9"},
                          SeriesRequest{.measure = "vibes"},
                          SeriesRequest{.from = "2020", .to = "2019"}}) {
    Result<SeriesContext> ctx = OpenSeriesContext(StoreWith(ev), r);
    ASSERT_FALSE(ctx.ok());
    EXPECT_EQ(ctx.status().code(), ErrorCode::kInvalidArgument) << ctx.status().message();
  }
}

TEST(SeriesQuery, DyadSeriesCountsBothDirectionsOverTheStoresRange) {
  std::vector<ImportedEvent> ev = {
      Imported("1", "CHNGOV", "RUSGOV", "042", "2019-01-05", 1.9),  // CHN -> RUS, January
      Imported("2", "RUS", "CHN", "057", "2019-01-20", 8.0),        // RUS -> CHN, January
      Imported("3", "USA", "CHN", "112", "2019-02-10", -2.0),       // another dyad, February
      Imported("4", "CHN", "RUS", "130", "2019-03-02", -4.4),       // CHN -> RUS, March
  };
  Result<SeriesContext> ctx = OpenSeriesContext(StoreWith(ev), SeriesRequest{.normalise = true});
  ASSERT_TRUE(ctx.ok()) << ctx.status().message();
  EXPECT_EQ(ctx->from.ToString(), "2019-01-05");
  EXPECT_EQ(ctx->to.ToString(), "2019-03-02");

  Result<DyadSeries> both = LoadDyadSeries(*ctx, ParseDyad("CHN-RUS")->spec);
  ASSERT_TRUE(both.ok()) << both.status().message();
  ASSERT_EQ(both->points.size(), 3u);
  EXPECT_EQ(both->points[0].label, "2019-01");
  EXPECT_EQ(both->points[0].count, 2);
  EXPECT_DOUBLE_EQ(both->points[0].net_cooperation, 9.9);
  EXPECT_EQ(both->points[1].count, 0);
  EXPECT_EQ(both->points[1].total, 1);  // the US-China event is volume
  EXPECT_EQ(both->points[2].count, 1);
  ASSERT_TRUE(both->points[2].normalised.has_value());
  EXPECT_DOUBLE_EQ(both->points[2].normalised->count, 1.0);

  Result<DyadSeries> directed = LoadDyadSeries(*ctx, ParseDyad("RUS>CHN")->spec);
  ASSERT_TRUE(directed.ok());
  EXPECT_EQ(directed->points[0].count, 1);
  EXPECT_EQ(directed->points[2].count, 0);
}

}  // namespace
}  // namespace entente
