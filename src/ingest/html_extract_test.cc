// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests for HTML article extraction: the news-page fixture (tests/fixtures/ingest/article.html),
// date sources and their order, body selection, rendering, boilerplate rules, the nesting guard.
#include "ingest/html_extract.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace entente::ingest {
namespace {

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(ENTENTE_SOURCE_DIR) + "/tests/fixtures/ingest/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

TEST(HtmlExtract, NewsPageKeepsExactlyTheArticleParagraphs) {
  const std::string html = ReadFixture("article.html");
  ASSERT_FALSE(html.empty()) << "fixture tests/fixtures/ingest/article.html missing";
  HtmlPage page = ExtractHtml(html);
  const std::vector<std::string> want = {
      "MOSCOW \xE2\x80\x94 Chinese President Xi Jinping arrived in Moscow on Wednesday for a three-day "
      "state visit, and the two governments signed agreements worth about $20 billion before the talks "
      "had even ended.",
      "Russian President Vladimir Putin praised his guest as \xE2\x80\x9C" "a good friend\xE2\x80\x9D and "
      "said relations between the two countries had reached \xE2\x80\x9C" "an unprecedented "
      "level\xE2\x80\x9D, according to a transcript released by the Kremlin.",
      "Energy at the centre",
      "Among the deals, the telecoms firm MTS agreed with Huawei to develop a 5G network in Russia over "
      "the coming year.",
      "\xE2\x80\x9CWe will not let anyone drive a wedge between us,\xE2\x80\x9D the Chinese foreign "
      "ministry said in a statement.",
      "Trade between China and Russia reached $108 billion last year, Chinese customs data show, and "
      "both sides have said they want it to grow further.",
  };
  EXPECT_EQ(page.paragraphs, want);
  std::string joined;
  for (size_t i = 0; i < want.size(); ++i) joined += (i ? "\n\n" : "") + want[i];
  EXPECT_EQ(page.body, joined);
  EXPECT_EQ(page.title, "Beijing and Moscow sign energy accords during state visit");
  EXPECT_EQ(page.url, "https://ledger.example.org/world/beijing-moscow-energy-accords");
  EXPECT_EQ(page.source, "The Meridian Ledger");
  ASSERT_TRUE(page.date.has_value());
  EXPECT_EQ(page.date->ToString(), "2019-06-05");
  EXPECT_EQ(page.date_from, "meta article:published_time");
}

TEST(HtmlExtract, FixtureBoilerplateIsAbsent) {
  HtmlPage page = ExtractHtml(ReadFixture("article.html"));
  for (const char* junk : {"Image credit", "Photo: Reuters", "views and opinions", "Read more",
                           "Sanctions on Russia: a timeline", "Subscribe", "Share on", "Advertisement",
                           "Central Asia", "Great article", "Oil prices", "morning briefing",
                           "All rights reserved", "Injected", "dataLayer", "line-height", "By Anna",
                           "Home", "World"}) {
    EXPECT_EQ(page.body.find(junk), std::string::npos) << junk;
  }
}

struct DateCase {
  const char* name;
  std::string html;
  const char* want;       // "" = no date
  const char* unreadable; // expected unreadable_date substring, or ""
};

TEST(HtmlExtract, FindsPublicationDateInAllUsualPlaces) {
  const std::string body = "<article><p>Xi visited Moscow and met Putin.</p></article>";
  const DateCase cases[] = {
      {"article:published_time", Page("<meta property=\"article:published_time\" content=\"2019-06-05T10:00:00Z\">", body), "2019-06-05", ""},
      {"meta name=date", Page("<meta name=\"date\" content=\"2018-03-01\">", body), "2018-03-01", ""},
      {"meta name=date compact", Page("<meta name=\"date\" content=\"20180302\">", body), "2018-03-02", ""},
      {"meta name=DC.date.issued", Page("<meta name=\"DC.date.issued\" content=\"2018/03/04\">", body), "2018-03-04", ""},
      {"itemprop meta", Page("", "<article><meta itemprop=\"datePublished\" content=\"2017-12-31T23:59:00-05:00\"><p>Xi visited Moscow.</p></article>"), "2017-12-31", ""},
      {"itemprop time", Page("", "<article><time itemprop=\"datePublished\" datetime=\"2016-02-29\">29 Feb</time><p>Xi visited Moscow.</p></article>"), "2016-02-29", ""},
      {"time datetime", Page("", "<article><p>Xi visited Moscow.</p><time datetime=\"2015-07-08T09:00\">July 8</time></article>"), "2015-07-08", ""},
      {"json-ld", Page("<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\", \"datePublished\": \"2014-05-20T08:00:00+08:00\"}]}</script>", body), "2014-05-20", ""},
      {"meta beats json-ld and time",
       Page("<script type=\"application/ld+json\">{\"datePublished\": \"2001-01-01\"}</script><meta property=\"article:published_time\" content=\"2002-02-02\">",
            "<article><time datetime=\"2003-03-03\"></time><p>Xi visited Moscow.</p></article>"),
       "2002-02-02", ""},
      {"article time beats teaser time",
       Page("", "<div class=\"related\"><time datetime=\"2010-10-10\"></time><a href=\"/x\">Other story</a></div><article><header><time datetime=\"2011-11-11\"></time></header><p>Xi visited Moscow.</p></article>"),
       "2011-11-11", ""},
      {"unreadable falls through to readable", Page("<meta name=\"date\" content=\"5 June 2019\">", "<article><time datetime=\"2019-06-05\"></time><p>Xi visited Moscow.</p></article>"), "2019-06-05", ""},
      {"only unreadable", Page("<meta name=\"date\" content=\"June 5th\">", body), "", "June 5th"},
      {"impossible day", Page("<meta name=\"date\" content=\"2019-02-30\">", body), "", "2019-02-30"},
      {"none", Page("", body), "", ""},
      {"broken json-ld ignored", Page("<script type=\"application/ld+json\">{\"datePublished\": </script>", body), "", ""},
  };
  for (const DateCase& c : cases) {
    HtmlPage page = ExtractHtml(c.html);
    if (*c.want) {
      ASSERT_TRUE(page.date.has_value()) << c.name;
      EXPECT_EQ(page.date->ToString(), c.want) << c.name;
    } else {
      EXPECT_FALSE(page.date.has_value()) << c.name;
    }
    if (*c.unreadable) {
      EXPECT_NE(page.unreadable_date.find(c.unreadable), std::string::npos) << c.name << ": " << page.unreadable_date;
    } else {
      EXPECT_EQ(page.unreadable_date, "") << c.name;
    }
  }
}

TEST(HtmlExtract, TitleUrlAndSourceFallbacks) {
  HtmlPage a = ExtractHtml(Page("<title>  Plain   title </title><meta property=\"og:url\" content=\"https://x.example/a\">"
                                "<meta name=\"application-name\" content=\"Wire\">",
                                "<p>Text.</p>"));
  EXPECT_EQ(a.title, "Plain title");
  EXPECT_EQ(a.url, "https://x.example/a");
  EXPECT_EQ(a.source, "Wire");
  HtmlPage b = ExtractHtml(Page("<title>T | Site</title><meta name=\"twitter:title\" content=\"T\">"
                                "<link rel=\"alternate canonical\" href=\"https://x.example/c\">",
                                "<p>Text.</p>"));
  EXPECT_EQ(b.title, "T");
  EXPECT_EQ(b.url, "https://x.example/c");
}

TEST(HtmlExtract, TeaserCardMarkedArticleDoesNotWinOverTheStory) {
  std::string story;
  for (int i = 0; i < 5; ++i) story += "<p>Paragraph " + std::to_string(i) + " of a long story about talks between Beijing and Moscow on energy.</p>";
  HtmlPage page = ExtractHtml(Page("", "<div class=\"cards\"><article><p>Short teaser text.</p></article></div>"
                                        "<div class=\"content\">" + story + "</div>"));
  ASSERT_EQ(page.paragraphs.size(), 5u);
  EXPECT_EQ(page.paragraphs[0], "Paragraph 0 of a long story about talks between Beijing and Moscow on energy.");
}

TEST(HtmlExtract, WithoutArticleTakesTheElementWithMostParagraphText) {
  HtmlPage page = ExtractHtml(Page("",
      "<div id=\"top\"><p>Short note.</p></div>"
      "<div id=\"story\"><p>First paragraph of the real story, which is long enough.</p>"
      "<p>Second paragraph of the real story, also long enough to count.</p></div>"
      "<div id=\"bottom\"><p>Another short note.</p></div>"));
  EXPECT_EQ(page.paragraphs, (std::vector<std::string>{
                                 "First paragraph of the real story, which is long enough.",
                                 "Second paragraph of the real story, also long enough to count."}));
}

TEST(HtmlExtract, StorySplitOverOneParagraphBlocksIsKeptWhole) {
  HtmlPage page = ExtractHtml(Page("",
      "<div class=\"promo-strip\"><p>Watch live coverage of the summit now.</p></div>"
      "<div id=\"story\">"
      "<div data-component=\"text-block\"><p>Russia and China signed an agreement on energy cooperation.</p></div>"
      "<div data-component=\"image-block\"><figure><img src=\"x.jpg\"><figcaption>The signing ceremony.</figcaption></figure></div>"
      "<div data-component=\"text-block\"><p>The deal covers gas deliveries over the next thirty years.</p></div>"
      "<div data-component=\"links-block\"><ul><li><a href=\"/a\">Related story A</a></li><li><a href=\"/b\">Related story B</a></li></ul></div>"
      "</div>"));
  EXPECT_EQ(page.paragraphs, (std::vector<std::string>{
                                 "Russia and China signed an agreement on energy cooperation.",
                                 "The deal covers gas deliveries over the next thirty years."}));
}

TEST(HtmlExtract, WordPressStyleSharingAndRelatedPostsAreDropped) {
  HtmlPage page = ExtractHtml(Page("",
      "<div class=\"site\"><div class=\"entry-content\">"
      "<p>The foreign ministers met in Geneva on Monday.</p>"
      "<p>They agreed to meet again next month.</p>"
      "<div class=\"sharedaddy sd-sharing-enabled\"><h3>Share this:</h3><ul><li><a href=\"#\">Twitter</a></li></ul></div>"
      "<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3>Related</h3><p>Ministers met in Vienna last year for talks on the same subject.</p></div>"
      "<p class=\"wp-caption-text\">Foreign ministers in Geneva.</p>"
      "</div></div>"));
  EXPECT_EQ(page.paragraphs, (std::vector<std::string>{"The foreign ministers met in Geneva on Monday.",
                                                       "They agreed to meet again next month."}));
}

TEST(HtmlExtract, BlocksAndBreaksBecomeParagraphsAndEntitiesAreDecoded) {
  HtmlPage page = ExtractHtml(Page("", "<article><div>One&nbsp;&amp; <b>two</b>\n   three<br>four<br/><br/>five</div>"
                                        "<ul><li>Item &lt;a&gt;</li><li>Item &#x42;</li></ul>"
                                        "<h3>Heading</h3>tail &eacute;t&eacute;</article>"));
  EXPECT_EQ(page.paragraphs, (std::vector<std::string>{"One & two three", "four", "five", "Item <a>", "Item B",
                                                       "Heading", "tail \xC3\xA9t\xC3\xA9"}));
  EXPECT_EQ(page.body, "One & two three\n\nfour\n\nfive\n\nItem <a>\n\nItem B\n\nHeading\n\ntail \xC3\xA9t\xC3\xA9");
}

TEST(HtmlExtract, DropsLinkListsButKeepsParagraphsWithLinks) {
  HtmlPage page = ExtractHtml(Page("",
      "<article><p>Officials in <a href=\"/m\">Moscow</a> said the talks went well.</p>"
      "<div><a href=\"/1\">Story one</a> | <a href=\"/2\">Story two</a> | <a href=\"/3\">Story three</a></div>"
      "<ol><li><a href=\"/4\">Four</a></li><li><a href=\"/5\">Five</a></li></ol></article>"));
  EXPECT_EQ(page.paragraphs, (std::vector<std::string>{"Officials in Moscow said the talks went well."}));
}

TEST(HtmlExtract, DropsHiddenElementsAndFurnitureRoles) {
  HtmlPage page = ExtractHtml(Page("",
      "<article><p>Kept paragraph.</p><p hidden>Hidden one.</p><p style=\"display: none\">Hidden two.</p>"
      "<div role=\"navigation\">Nav text</div><div class=\"articleSidebar\">Side</div></article>"));
  EXPECT_EQ(page.paragraphs, (std::vector<std::string>{"Kept paragraph."}));
}

TEST(HtmlExtract, PageWithoutTextHasEmptyBody) {
  EXPECT_EQ(ExtractHtml(Page("<title>Only a title</title>", "<nav><a href=\"/\">Home</a></nav><script>x()</script>")).body, "");
  EXPECT_EQ(ExtractHtml("").body, "");
  EXPECT_EQ(ExtractHtml("not really <html").body, "not really");
}

TEST(HtmlNesting, EstimatesDepthOfRealStructureOnly) {
  EXPECT_EQ(EstimateHtmlNesting(""), 0u);
  EXPECT_EQ(EstimateHtmlNesting("<html><body><div><div><span>x</span></div></div></body></html>"), 3u);
  // Void and implicitly closed elements, comments, doctype and self-closing tags do not nest.
  EXPECT_EQ(EstimateHtmlNesting("<!DOCTYPE html><p>a<p>b<br><img src=x><li>c<!-- <div><div> --><div/>"), 0u);
  // Markup inside scripts and attribute values is not structure.
  EXPECT_EQ(EstimateHtmlNesting("<script>var s = '<div><div><div>';</script><a title='>'>x</a>"), 1u);
  std::string unclosed;
  for (int i = 0; i < 1000; ++i) unclosed += "<b><i>text ";
  EXPECT_EQ(EstimateHtmlNesting(unclosed), 2000u);
  EXPECT_LT(EstimateHtmlNesting(ReadFixture("article.html")), 20u);
}

TEST(HtmlBoilerplate, ParagraphRules) {
  const struct {
    const char* text;
    bool boilerplate;
  } cases[] = {
      {"Image credit: Getty Images", true},
      {"IMAGE CREDIT Reuters", true},
      {"Photo: AP", true},
      {"Image: Kremlin press service", true},
      {"Credit: Sputnik", true},
      {"Read more: How the pipeline was built", true},
      {"Related: Sanctions explained", true},
      {"Advertisement", true},
      {"The views and opinions expressed here are those of the author and do not necessarily reflect the position of this outlet.", true},
      {"Opinions expressed are solely the writer's and do not necessarily represent ours.", true},
      {"\xC2\xA9 2019 Wire Service", true},
      {"Photographers gathered outside the Kremlin on Wednesday.", false},
      {"Imagine a world in which Russia and China trade freely.", false},
      {"Credit markets reacted calmly to the announcement.", false},
      {"Related talks are planned for next month in Beijing.", false},
      {"Reading the statement, analysts saw a shift in tone.", false},
      {"The views of the two leaders converged on Syria.", false},
  };
  for (const auto& c : cases) EXPECT_EQ(IsBoilerplateParagraph(c.text), c.boilerplate) << c.text;
}

TEST(HtmlBoilerplate, ClassAndIdRules) {
  const struct {
    const char* name;
    bool furniture;
  } cases[] = {
      {"main-nav", true},           {"navigation", true},       {"related-articles", true},
      {"relatedTeasers", true},     {"teaser", true},           {"promo-banner", true},
      {"social-share", true},       {"comments", true},         {"newsletter-signup", true},
      {"advert", true},             {"ad-slot ad-inline", true}, {"breadcrumb", true},
      {"site-footer", true},        {"sidebar", true},          {"subscribe-cta", true},
      {"story", false},             {"article-body", false},    {"content", false},
      {"commentary", false},        {"unavailable", false},     {"headline", false},
      {"navy-blue", false},         {"loaded", false},          {"shareholders", false},
  };
  for (const auto& c : cases) EXPECT_EQ(IsBoilerplateName(c.name), c.furniture) << c.name;
}

}  // namespace
}  // namespace entente::ingest
