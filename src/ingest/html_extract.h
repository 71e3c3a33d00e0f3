// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal: article extraction from one HTML page (gumbo).  See html_extract.cc for the rules.
#ifndef ENTENTE_SRC_INGEST_HTML_EXTRACT_H_
#define ENTENTE_SRC_INGEST_HTML_EXTRACT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/date.h"

namespace entente::ingest {

struct HtmlPage {
  std::string title;    // og:title, else twitter:title, else <title>; whitespace folded
  std::string url;      // <link rel=canonical>, else og:url
  std::string source;   // og:site_name, else <meta name=application-name>
  std::optional<Date> date;   // first readable publication date (see html_extract.cc for order)
  std::string date_from;      // where `date` came from, e.g. "meta article:published_time"
  std::string unreadable_date;  // when `date` is empty: the first date text found, if any
  std::vector<std::string> paragraphs;  // the article body, boilerplate removed
  std::string body;     // paragraphs joined by "\n\n"
};

// Extracts metadata and the article body from UTF-8 HTML.  Never fails: a page without an
// article comes back with an empty body.
HtmlPage ExtractHtml(std::string_view utf8_html);

// A linear pre-scan estimate of how deeply elements nest (tags opened minus tags closed, not
// counting void elements, elements HTML closes implicitly such as <p> and <li>, comments, and the
// content of script/style/textarea/title).  gumbo's parse time grows with depth x size, so pages
// nested far deeper than any real article (kMaxHtmlNesting) are not parsed.
size_t EstimateHtmlNesting(std::string_view html);
inline constexpr size_t kMaxHtmlNesting = 512;

// True for a paragraph that is page furniture rather than article text: credit lines ("Image
// credit", "Photo:", "Image:", "Credit:"), the "views and opinions expressed ... do not
// necessarily reflect" disclaimer, "Read more:", "Related:", "Advertisement" and similar.
bool IsBoilerplateParagraph(std::string_view paragraph);

// True for a class or id value whose words suggest page furniture (nav, menu, related, teaser,
// promo, share, social, comment, newsletter, advert, breadcrumb, footer, sidebar, subscribe...).
bool IsBoilerplateName(std::string_view class_or_id);

}  // namespace entente::ingest

#endif  // ENTENTE_SRC_INGEST_HTML_EXTRACT_H_
