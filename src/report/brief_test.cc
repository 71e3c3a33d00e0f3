// Copyright 2026 The entente Authors. Apache-2.0.
//
// brief: the headline follows the data it is given (trend, strongest driver or an honest "no
// candidate"), the HTML has every section, references nothing outside itself, escapes what comes
// from data and still renders when the drivers analysis could not run; CollectBrief over a real
// (in-memory SQLite) store picks candidates with reasons, key events spread over time, and
// provenance.
#include "entente/brief.h"

#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <set>

#include "entente/imported_event.h"
#include "report/brief_text.h"
#include "report/brief_xml_check.h"

namespace entente {
namespace {

Date D(std::string_view s) { return *Date::Parse(s); }

// A quarterly A-B series whose net cooperation per quarter is `net` (one event each, with that
// Goldstein value; 0 = no event), with a corpus volume of 10 events a quarter.
DyadSeries Relation(const std::vector<double>& net, int year = 2014) {
  std::vector<EventPoint> points;
  Date d = *Date::FromYmd(year, 1, 1);
  for (double v : net) {
    if (v != 0) {
      points.push_back({.date = d, .source = "CHN", .target = "RUS",
                        .quad = v > 0 ? QuadClass::kVerbalCooperation : QuadClass::kVerbalConflict,
                        .goldstein = v});
    }
    d = NextPeriodStart(d, Period::kQuarter);
  }
  const Date from = *Date::FromYmd(year, 1, 1);
  const Date to = Date::FromDays(d.days() - 1);  // the last quarter's last day
  Result<DyadSeries> s =
      BuildDyadSeries(points, {.source = "CHN", .target = "RUS", .directed = false},
                      Period::kQuarter, from, to, {.normalise = true});
  EXPECT_TRUE(s.ok()) << s.status().message();
  std::vector<int64_t> volume(s->points.size(), 10);
  EXPECT_TRUE(SetSeriesVolume(&*s, volume).ok());
  return std::move(s).value();
}

// A hand-made drivers run: one candidate with the given forward p-value, a 4-step response.
DriversRun Drivers(const std::string& candidate, double p, double peak) {
  DriversRun run;
  DriversReport& r = run.report;
  r.names = {"CHN-RUS", candidate};
  r.periods = 32;
  r.lags = 1;
  DriverFinding f;
  f.candidate = 1;
  f.name = candidate;
  f.forward.f_statistic = 5.25;
  f.forward.df_num = 1;
  f.forward.df_den = 58;
  f.forward.p_value = p;
  f.backward.f_statistic = 0.4;
  f.backward.df_num = 1;
  f.backward.df_den = 58;
  f.backward.p_value = 0.53;
  f.peak_horizon = 2;
  f.peak_response = peak;
  f.peak_lower = peak - 0.3;
  f.peak_upper = peak + 0.3;
  f.sentences = {candidate + " sentence from the drivers analysis."};
  r.findings = {f};
  r.irf.steps = 4;
  r.bands.signif = 0.05;
  r.bands.replications = 100;
  for (int h = 0; h <= 4; ++h) {
    Matrix m(2, 2), lo(2, 2), hi(2, 2);
    m(0, 1) = peak * std::exp(-std::fabs(h - 2.0));
    lo(0, 1) = m(0, 1) - 0.3;
    hi(0, 1) = m(0, 1) + 0.3;
    r.irf.orth.push_back(m);
    r.bands.orth_lower.push_back(lo);
    r.bands.orth_upper.push_back(hi);
  }
  r.caveats = {"Short series: 32 quarters."};
  return run;
}

BriefData Data(const std::vector<double>& net) {
  BriefData d;
  d.a = "CHN";
  d.b = "RUS";
  d.a_code = "CHN";
  d.b_code = "RUS";
  d.period = Period::kQuarter;
  d.relation = Relation(net);
  d.from = d.relation.from;
  d.to = d.relation.to;
  d.provenance.entente_version = "0.1.0";
  d.provenance.generated_at = "2026-01-31 12:00 UTC";
  d.provenance.store_label = "sqlite:/tmp/demo.db";
  d.provenance.dict_fingerprints = {"f00dfeed"};
  return d;
}

std::vector<double> Rising(int n) {
  std::vector<double> v;
  for (int i = 0; i < n; ++i) v.push_back(i < n / 2 ? -2.0 + 0.1 * i : 4.0 + 0.1 * i);
  return v;
}

std::string Joined(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += x + "\n";
  return s;
}

// Every <svg>...</svg> in the page is well-formed XML.
void ExpectSvgsWellFormed(const std::string& html, int at_least) {
  int n = 0;
  for (size_t p = html.find("<svg"); p != std::string::npos; p = html.find("<svg", p + 1)) {
    const size_t e = html.find("</svg>", p);
    ASSERT_NE(e, std::string::npos);
    EXPECT_EQ(CheckXml(html.substr(p, e + 6 - p)), "") << "chart " << n;
    ++n;
  }
  EXPECT_GE(n, at_least);
}

TEST(BriefHeadline, FollowsTheTrendOfNetCooperation) {
  EXPECT_NE(Joined(BriefHeadline(Data(Rising(16)))).find("turned cooperative"), std::string::npos);
  std::vector<double> falling = Rising(16);
  std::reverse(falling.begin(), falling.end());
  EXPECT_NE(Joined(BriefHeadline(Data(falling))).find("conflictual"), std::string::npos);
  const std::string flat = Joined(BriefHeadline(Data(std::vector<double>(16, 3.0))));
  EXPECT_NE(flat.find("held broadly steady"), std::string::npos) << flat;
  // The numbers behind it: both half means and the peak quarter.
  const std::string h = Joined(BriefHeadline(Data(Rising(16))));
  EXPECT_NE(h.find("2014-Q1\u20132015-Q4"), std::string::npos) << h;
  EXPECT_NE(h.find("2017-Q4 (+5.5)"), std::string::npos) << h;
  EXPECT_NE(h.find("from only 16 events"), std::string::npos) << h;  // few: said so
}

TEST(BriefHeadline, NamesTheStrongestDriverWithItsPValueOrSaysNoneIsFound) {
  BriefData d = Data(Rising(16));
  d.drivers = Drivers("USA-RUS", 0.012, -0.8);
  std::string h = Joined(BriefHeadline(d));
  EXPECT_NE(h.find("USA-RUS Granger-causes it"), std::string::npos) << h;
  EXPECT_NE(h.find("p = 0.012"), std::string::npos) << h;
  EXPECT_NE(h.find("after 2 quarters"), std::string::npos) << h;
  EXPECT_EQ(h.find("rests on only"), std::string::npos) << h;  // no candidate info given
  d.candidates = {{*ParseDyad("USA-RUS"), "the third actor", 12}};
  EXPECT_NE(Joined(BriefHeadline(d)).find("USA-RUS rests on only 12 events"), std::string::npos);
  d.drivers = Drivers("USA-RUS", 0.41, 0.1);
  h = Joined(BriefHeadline(d));
  EXPECT_NE(h.find("No candidate (USA-RUS) Granger-causes"), std::string::npos) << h;
  EXPECT_NE(h.find("p = 0.410"), std::string::npos) << h;
  EXPECT_EQ(h.find("strongest driver"), std::string::npos) << h;
}

TEST(BriefHeadline, SaysSoWhenThereAreNoEvents) {
  const std::string h = Joined(BriefHeadline(Data(std::vector<double>(8, 0.0))));
  EXPECT_NE(h.find("holds no CHN\u2013RUS events"), std::string::npos) << h;
}

TEST(RenderBriefHtml, HasEverySectionAndReferencesNothingOutside) {
  BriefData d = Data(Rising(16));
  d.drivers = Drivers("USA-RUS", 0.012, -0.8);
  d.candidates = {{*ParseDyad("USA-RUS"), "the third actor", 40}};
  BriefKeyEvent k;
  k.stored.id = 7;
  k.stored.document_id = 3;
  k.stored.doc_title = "Xi visits Moscow";
  k.stored.external.source_url = "https://example.com/news?a=1&b=2";
  k.stored.event.date = D("2015-05-08");
  k.stored.event.source = *ActorCode::Parse("CHNGOV");
  k.stored.event.target = *ActorCode::Parse("RUS");
  k.stored.event.code = *EventCode::Parse("042");
  k.stored.event.goldstein = 1.9;
  k.stored.event.doc_id = "demo-0042";
  k.stored.event.sentence_text = "Xi <b>met</b> Putin & signed \"deals\" worth $400 billion.";
  k.category = KeyEventCategory("042");
  k.code_label = CodeLabel(nullptr, "042");
  d.key_events = {k};
  const std::string html = RenderBriefHtml(d);
  for (const char* id : {"headline", "relation", "triangle", "drivers", "caveats", "events",
                         "provenance"}) {
    EXPECT_NE(html.find(std::string("<section id=\"") + id + "\""), std::string::npos) << id;
  }
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_FALSE(std::regex_search(html, std::regex("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//",
                                                  std::regex::icase)));
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.find("url(http"), std::string::npos);
  // Data is escaped; the URL is shown as text.
  EXPECT_NE(html.find("Xi &lt;b&gt;met&lt;/b&gt; Putin &amp; signed &quot;deals&quot;"),
            std::string::npos);
  EXPECT_NE(html.find("https://example.com/news?a=1&amp;b=2"), std::string::npos);
  EXPECT_NE(html.find("demo-0042"), std::string::npos);
  EXPECT_NE(html.find("Consult"), std::string::npos);  // the code's label
  EXPECT_NE(html.find("f00dfeed"), std::string::npos);  // dictionary fingerprint
  EXPECT_NE(html.find("sqlite:/tmp/demo.db"), std::string::npos);
  EXPECT_NE(html.find("USA-RUS sentence from the drivers analysis."), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("size: A4"), std::string::npos);
  EXPECT_FALSE(std::regex_search(html, std::regex("\\b(nan|inf)\\b", std::regex::icase)));
  ExpectSvgsWellFormed(html, 3);  // relation, normalised, impulse responses
  EXPECT_EQ(html, RenderBriefHtml(d));  // deterministic
}

TEST(RenderBriefHtml, StillRendersAndSaysWhyWhenDriversCannotRun) {
  BriefData d = Data({1, 2, 0, 3, 1, 2, 4, 1});
  d.drivers_error = "too short: 8 periods for a VAR(1) of 3 series";
  const std::string html = RenderBriefHtml(d);
  EXPECT_NE(html.find("The drivers analysis could not run."), std::string::npos);
  EXPECT_NE(html.find("Too short: 8 periods"), std::string::npos);
  EXPECT_NE(html.find("could not be tested: too short"), std::string::npos);  // headline
  EXPECT_EQ(html.find("class=\"chart irf\""), std::string::npos);
  EXPECT_NE(html.find("<section id=\"events\""), std::string::npos);
  EXPECT_NE(html.find("No events of these kinds"), std::string::npos);
  ExpectSvgsWellFormed(html, 2);
}

TEST(KeyEventCategory, PicksTheKindsABriefShows) {
  struct Case {
    const char* code;
    const char* category;
  };
  for (const Case& c : {Case{"042", "visit or meeting"}, Case{"057", "agreement signed"},
                        Case{"0611", "material cooperation"}, Case{"070", "aid"},
                        Case{"163", "sanctions"}, Case{"172", "sanctions"},
                        Case{"1721", "sanctions"}, Case{"138", "threat"},
                        Case{"190", "fighting"}, Case{"010", ""}, Case{"112", ""},
                        Case{"160", "reduced relations"}, Case{"", ""}, Case{"X1", ""}}) {
    EXPECT_EQ(KeyEventCategory(c.code), c.category) << c.code;
  }
  EXPECT_EQ(CodeLabel(nullptr, "1721"), "Coerce");
  EXPECT_EQ(Signed(-0.04), "0.0");
  EXPECT_EQ(Signed(-1.25, 1), "\u22121.2");
  EXPECT_EQ(PValue(0.0004), "< 0.001");
}

TEST(DefaultBriefPeriod, IsQuarterForLongRangesAndMonthForShortOnes) {
  std::string why;
  EXPECT_EQ(DefaultBriefPeriod(D("2014-01-01"), D("2021-12-31"), &why), Period::kQuarter);
  EXPECT_NE(why.find("32 quarters"), std::string::npos) << why;
  EXPECT_EQ(DefaultBriefPeriod(D("2020-01-01"), D("2021-06-30"), &why), Period::kMonth);
  EXPECT_NE(why.find("6 quarters"), std::string::npos) << why;
}

// ---------------------------------------------------------------------------------------------
// CollectBrief over a store

ImportedEvent Imported(int id, std::string_view src, std::string_view tgt, std::string_view code,
                       Date date, double goldstein) {
  ImportedEvent e;
  e.date = date;
  e.source = *ActorCode::Parse(src);
  e.target = *ActorCode::Parse(tgt);
  e.code = *EventCode::Parse(code);
  e.quad = e.code.quad();
  e.goldstein = goldstein;
  e.event_text = "event " + std::to_string(id);
  e.info.dataset = "gdelt";
  e.info.external_id = std::to_string(id);
  return e;
}

std::unique_ptr<EventStore> StoreWith(const std::vector<ImportedEvent>& events) {
  auto s = OpenStore("sqlite::memory:");
  EXPECT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE((*s)->PutImportedEvents(events).ok());
  return std::move(s).value();
}

SeriesRequest Request(const std::string& by) {
  SeriesRequest r;
  r.by = by;
  return r;
}

// Eight years of quarterly events: CHN-RUS visits, USA-RUS threats and sanctions, a few EU-RUS.
std::vector<ImportedEvent> EightYears() {
  std::vector<ImportedEvent> ev;
  int id = 0;
  for (int q = 0; q < 32; ++q) {
    const Date d = *Date::FromYmd(2014 + q / 4, 1 + 3 * (q % 4), 15);
    const double wave = std::sin(q * 0.7);
    ev.push_back(Imported(++id, "CHNGOV", "RUSGOV", "042", d, 1.9));
    if (q % 3 == 0) ev.push_back(Imported(++id, "RUS", "CHN", "057", d, 8.0));
    ev.push_back(Imported(++id, "USA", "RUS", wave > 0 ? "138" : "036", d, wave > 0 ? -7.0 : 4.0));
    if (q % 2 == 0) ev.push_back(Imported(++id, "USA", "CHN", "163", d, -8.0));
    if (q % 4 == 1) ev.push_back(Imported(++id, "USA", "CHN", "040", d, 1.0));
    if (q % 8 == 0) ev.push_back(Imported(++id, "IGOEUREEC", "RUS", "172", d, -5.0));
    if (q % 5 == 0) ev.push_back(Imported(++id, "JPN", "KOR", "010", d, 0.0));
  }
  return ev;
}

TEST(CollectBrief, ChoosesCandidatesWithReasonsAndPicksKeyEvents) {
  Result<SeriesContext> ctx =
      OpenSeriesContext(StoreWith(EightYears()), Request("quarter"));
  ASSERT_TRUE(ctx.ok()) << ctx.status().message();
  BriefRequest req{.a = "CHN", .b = "RUS", .third = "USA", .generated_at = "now"};
  req.drivers.replications = 50;
  Result<BriefData> d = CollectBrief(*ctx, req);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->relation.points.size(), 32u);
  EXPECT_GT(d->relation.points[0].total, 0);  // volume filled for the normalised chart
  ASSERT_TRUE(d->triangle.has_value());
  EXPECT_EQ(d->triangle->history.states.size(), 32u);
  // The third actor's relations, B first; the EU has only 4 events: left out, with the count.
  ASSERT_EQ(d->candidates.size(), 2u);
  EXPECT_EQ(d->candidates[0].dyad.label, "USA-RUS");
  EXPECT_EQ(d->candidates[1].dyad.label, "USA-CHN");
  EXPECT_NE(d->candidates[0].reason.find("third actor"), std::string::npos);
  EXPECT_EQ(d->candidates[0].events, 32);
  bool eu_left_out = false;
  for (const std::string& s : d->left_out) eu_left_out |= s.rfind("EU-RUS: 4 events", 0) == 0;
  EXPECT_TRUE(eu_left_out) << ::testing::PrintToString(d->left_out);
  EXPECT_TRUE(d->drivers.has_value()) << d->drivers_error;
  // Key events: at most 12, by date, of key kinds only (no 036/010), from all six slices.
  ASSERT_FALSE(d->key_events.empty());
  EXPECT_LE(d->key_events.size(), 12u);
  std::set<int> years;
  for (size_t i = 0; i < d->key_events.size(); ++i) {
    const BriefKeyEvent& k = d->key_events[i];
    EXPECT_NE(k.category, "") << k.stored.event.code.str();
    if (i) {
      EXPECT_LE(d->key_events[i - 1].stored.event.date, k.stored.event.date);
    }
    years.insert(k.stored.event.date.year());
  }
  EXPECT_GE(years.size(), 5u);
  EXPECT_EQ(d->provenance.counts.events, static_cast<int64_t>(EightYears().size()));
  EXPECT_EQ(d->provenance.first_event->ToString(), "2014-01-15");
  EXPECT_EQ(d->provenance.backend, "sqlite");
  const std::string html = RenderBriefHtml(*d);
  EXPECT_NE(html.find("Imported from gdelt"), std::string::npos);
  ExpectSvgsWellFormed(html, 5);
}

TEST(CollectBrief, ShortDataStillGivesABriefThatSaysWhyThereAreNoDrivers) {
  std::vector<ImportedEvent> ev;
  for (int y = 2019; y <= 2021; ++y) {
    ev.push_back(Imported(y, "CHN", "RUS", "042", *Date::FromYmd(y, 3, 1), 1.9));
    ev.push_back(Imported(100 + y, "USA", "RUS", "172", *Date::FromYmd(y, 6, 1), -5.0));
    ev.push_back(Imported(200 + y, "USA", "CHN", "130", *Date::FromYmd(y, 9, 1), -4.4));
  }
  Result<SeriesContext> ctx = OpenSeriesContext(StoreWith(ev), Request("year"));
  ASSERT_TRUE(ctx.ok());
  BriefRequest req{.a = "CHN", .b = "RUS", .third = "USA", .min_candidate_events = 1};
  Result<BriefData> d = CollectBrief(*ctx, req);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_FALSE(d->drivers.has_value());
  EXPECT_FALSE(d->drivers_error.empty());
  const std::string html = RenderBriefHtml(*d);
  EXPECT_NE(html.find("could not run"), std::string::npos);
  EXPECT_NE(html.find("<section id=\"events\""), std::string::npos);
}

TEST(CollectBrief, RefusesTheSameActorTwice) {
  Result<SeriesContext> ctx = OpenSeriesContext(StoreWith(EightYears()), SeriesRequest{});
  ASSERT_TRUE(ctx.ok());
  for (BriefRequest r : {BriefRequest{.a = "CHN", .b = "chn"}, BriefRequest{.a = "CHN", .b = ""},
                         BriefRequest{.a = "CHN", .b = "RUS", .third = "RUS"}}) {
    Result<BriefData> d = CollectBrief(*ctx, r);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.status().code(), ErrorCode::kInvalidArgument);
  }
}

}  // namespace
}  // namespace entente
