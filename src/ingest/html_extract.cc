// Copyright 2026 The entente Authors. Apache-2.0.
//
// Article extraction from news pages with gumbo (HTML5 parser; it also decodes entities).
//
// 1. Metadata, from the whole page:
//      title   og:title > twitter:title > <title>
//      url     <link rel=canonical> > og:url
//      source  og:site_name > <meta name=application-name>
//      date    the first readable candidate, in this order: <meta property|name=
//              article:published_time (and its variants)>, <meta name=date|pubdate|publishdate|
//              dc.date.issued|...>, [itemprop=datePublished] (content, datetime or text), JSON-LD
//              "datePublished", <time datetime> (in the article, then elsewhere outside page
//              furniture; an article's <header> counts as the article here).  The YYYY-MM-DD part is
//              kept (ParseDocumentDate).
// 2. Page furniture is marked in one post-order pass: script, style, nav, header, footer, aside,
//    form, noscript, figcaption (and other non-text elements: iframe, svg, button, ...); elements
//    that are hidden, have a furniture ARIA role, or whose class/id words name furniture
//    (IsBoilerplateName); and link lists: a ul/ol/div/section/... whose visible text is mostly
//    link text.  The same pass counts visible text per element.
// 3. The body root: [itemprop=articleBody], else <article>, else <main> (each: the candidate with
//    the most visible text, outside furniture, and holding at least a third of the text of the
//    best paragraph container, so that a teaser card marked <article> does not win), else the
//    element whose direct <p> children (and loose text) hold the most text (or its parent, when
//    the story is split over sibling blocks of one paragraph each), else <body>.
// 4. Rendering: block elements (p, h1-h6, li, blockquote, div, br, ...) end paragraphs;
//    whitespace is folded; furniture below the root is skipped; paragraphs that are boilerplate
//    (IsBoilerplateParagraph) are dropped.  Paragraphs are joined by a blank line.
// Interface: html_extract.h (ExtractHtml) and item.h (DocumentFromHtml).
#include "ingest/html_extract.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "ingest/item.h"
#include "ingest/json_document.h"
#include "ingest/text_hygiene.h"

namespace entente::ingest {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const char* Attr(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

// True if the space-separated list `value` contains `word` (case-insensitive).
bool HasToken(const char* value, std::string_view word) {
  if (value == nullptr) return false;
  std::string v = Lower(value);
  size_t pos = 0;
  while (pos < v.size()) {
    while (pos < v.size() && std::isspace(static_cast<unsigned char>(v[pos]))) ++pos;
    size_t end = pos;
    while (end < v.size() && !std::isspace(static_cast<unsigned char>(v[end]))) ++end;
    if (std::string_view(v).substr(pos, end - pos) == word) return true;
    pos = end;
  }
  return false;
}

GumboTag TagOf(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

// Elements that never hold article text.
bool IsFurnitureTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_MAP:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_HGROUP: case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

// Containers that are dropped when their text is mostly link text.
bool IsListLikeTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_DL: case GUMBO_TAG_TABLE:
      return true;
    default:
      return false;
  }
}

bool IsHidden(const GumboNode* node) {
  if (Attr(node, "hidden") != nullptr) return true;
  if (const char* style = Attr(node, "style")) {
    std::string s;
    for (const char* p = style; *p; ++p)
      if (!std::isspace(static_cast<unsigned char>(*p))) s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(*p))));
    if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos) return true;
  }
  return false;
}

bool HasFurnitureRole(const GumboNode* node) {
  const char* role = Attr(node, "role");
  return HasToken(role, "navigation") || HasToken(role, "banner") || HasToken(role, "contentinfo") ||
         HasToken(role, "complementary") || HasToken(role, "search") || HasToken(role, "menu") ||
         HasToken(role, "dialog");
}

size_t NonSpaceBytes(const char* text) {
  size_t n = 0;
  for (const char* p = text; *p; ++p)
    if (!std::isspace(static_cast<unsigned char>(*p))) ++n;
  return n;
}

struct NodeInfo {
  bool furniture = false;  // this element is page furniture (by tag, name, role, or link list)
  size_t text = 0;         // visible non-space bytes, furniture excluded
  size_t link_text = 0;    // ... of which inside <a>
  size_t para_text = 0;    // ... in direct <p> children and direct text nodes
};

class Extractor {
 public:
  explicit Extractor(const GumboOutput* out) : out_(out) {}

  HtmlPage Run() {
    Measure(out_->root, false);
    root_ = ChooseRoot();
    CollectMetadata(out_->root, false);
    ChooseDate();
    Render(root_);
    Flush();
    for (size_t i = 0; i < page_.paragraphs.size(); ++i) {
      if (i) page_.body += "\n\n";
      page_.body += page_.paragraphs[i];
    }
    return std::move(page_);
  }

 private:
  // Post-order: furniture flags and text counts.
  const NodeInfo& Measure(const GumboNode* node, bool in_link) {
    NodeInfo& info = info_[node];
    if (node->type != GUMBO_NODE_ELEMENT) return info;
    const GumboTag tag = node->v.element.tag;
    info.furniture = IsFurnitureTag(tag) || IsHidden(node) || HasFurnitureRole(node) ||
                     (Attr(node, "class") && IsBoilerplateName(Attr(node, "class"))) ||
                     (Attr(node, "id") && IsBoilerplateName(Attr(node, "id")));
    const bool link = in_link || tag == GUMBO_TAG_A;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
        const size_t n = NonSpaceBytes(child->v.text.text);
        info.text += n;
        info.para_text += n;
        if (link) info.link_text += n;
      } else if (child->type == GUMBO_NODE_ELEMENT) {
        const NodeInfo& c = Measure(child, link);
        if (c.furniture) continue;
        info.text += c.text;
        info.link_text += c.link_text;
        if (child->v.element.tag == GUMBO_TAG_P) info.para_text += c.text;
      }
    }
    if (!info.furniture && IsListLikeTag(tag) && info.text > 0 && info.link_text * 10 >= info.text * 6) {
      info.furniture = true;  // a list of links to other pages
    }
    return info;
  }

  bool Furniture(const GumboNode* node) const {
    auto it = info_.find(node);
    return it != info_.end() && it->second.furniture;
  }

  void AddDate(int priority, std::string from, const char* text) {
    if (text == nullptr) return;
    std::string_view t = TrimAscii(text);
    if (t.empty()) return;
    dates_.push_back({priority, order_++, std::move(from), std::string(t)});
  }

  bool InsideRoot(const GumboNode* node) const {
    for (; node != nullptr; node = node->parent)
      if (node == root_) return true;
    return false;
  }

  // `skip_dates`: inside furniture other than <head> and <header> (an article's own header holds
  // its <time>; a teaser list's dates are not the page's).
  void CollectMetadata(const GumboNode* node, bool skip_dates) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboTag tag = node->v.element.tag;
    skip_dates = skip_dates || (Furniture(node) && tag != GUMBO_TAG_HEAD && tag != GUMBO_TAG_HEADER);
    if (tag == GUMBO_TAG_META) {
      const char* content = Attr(node, "content");
      const std::string key = Lower(Attr(node, "property") ? Attr(node, "property")
                                    : Attr(node, "name") ? Attr(node, "name") : "");
      if (content != nullptr) {
        if (key == "og:title") og_title_ = content;
        else if (key == "twitter:title") twitter_title_ = content;
        else if (key == "og:url") og_url_ = content;
        else if (key == "og:site_name") site_name_ = content;
        else if (key == "application-name") app_name_ = content;
        else if (key == "article:published_time" || key == "og:article:published_time" ||
                 key == "article:published" || key == "published_time" || key == "datepublished")
          AddDate(0, "meta " + key, content);
        else if (key == "date" || key == "pubdate" || key == "publishdate" || key == "publish-date" ||
                 key == "publish_date" || key == "dc.date.issued" || key == "dc.date" ||
                 key == "dcterms.issued" || key == "dcterms.date" || key == "sailthru.date" ||
                 key == "parsely-pub-date" || key == "article.published")
          AddDate(1, "meta " + key, content);
      }
    } else if (tag == GUMBO_TAG_LINK) {
      if (HasToken(Attr(node, "rel"), "canonical") && Attr(node, "href")) canonical_ = Attr(node, "href");
    } else if (tag == GUMBO_TAG_TITLE) {
      if (title_.empty()) title_ = TextOf(node);
    } else if (tag == GUMBO_TAG_SCRIPT) {
      if (const char* type = Attr(node, "type"); type && Lower(type) == "application/ld+json") {
        const std::string json = TextOf(node);
        if (std::optional<std::string> d = json_.FindString(json, "datePublished")) {
          AddDate(3, "JSON-LD datePublished", d->c_str());
        }
      }
    }
    if (!skip_dates && HasToken(Attr(node, "itemprop"), "datepublished")) {
      const char* v = Attr(node, "content") ? Attr(node, "content") : Attr(node, "datetime");
      if (v != nullptr) AddDate(2, "itemprop datePublished", v);
      else if (tag != GUMBO_TAG_META) AddDate(2, "itemprop datePublished", TextOf(node).c_str());
    }
    if (tag == GUMBO_TAG_TIME && !skip_dates) {
      // Times in the article itself before those elsewhere on the page.
      AddDate(InsideRoot(node) ? 4 : 5, "time datetime", Attr(node, "datetime"));
    }
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      CollectMetadata(static_cast<const GumboNode*>(children.data[i]), skip_dates);
    }
  }

  // All text below `node` (for <title>, <script>, itemprop values), whitespace folded.
  static std::string TextOf(const GumboNode* node) {
    std::string out;
    AppendText(node, &out);
    return CollapseWhitespace(out);
  }
  static void AppendText(const GumboNode* node, std::string* out) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
        node->type == GUMBO_NODE_WHITESPACE) {
      *out += node->v.text.text;
    } else if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& children = node->v.element.children;
      for (unsigned i = 0; i < children.length; ++i)
        AppendText(static_cast<const GumboNode*>(children.data[i]), out);
    }
  }

  void ChooseDate() {
    page_.title = CollapseWhitespace(!og_title_.empty() ? og_title_ : !twitter_title_.empty() ? twitter_title_ : title_);
    page_.url = CollapseWhitespace(!canonical_.empty() ? canonical_ : og_url_);
    page_.source = CollapseWhitespace(!site_name_.empty() ? site_name_ : app_name_);
    std::stable_sort(dates_.begin(), dates_.end(), [](const DateCandidate& a, const DateCandidate& b) {
      return a.priority != b.priority ? a.priority < b.priority : a.order < b.order;
    });
    for (const DateCandidate& c : dates_) {
      Result<Date> d = ParseDocumentDate(c.text);
      if (d.ok()) {
        page_.date = *d;
        page_.date_from = c.from;
        return;
      }
    }
    if (!dates_.empty()) page_.unreadable_date = dates_.front().from + " '" + dates_.front().text + "'";
  }

  // Candidates for the body, in document order, outside furniture.
  void FindCandidates(const GumboNode* node, std::vector<const GumboNode*>* body_props,
                      std::vector<const GumboNode*>* articles, std::vector<const GumboNode*>* mains,
                      const GumboNode** best_para) {
    if (node->type != GUMBO_NODE_ELEMENT || Furniture(node)) return;
    const GumboTag tag = node->v.element.tag;
    if (HasToken(Attr(node, "itemprop"), "articlebody")) body_props->push_back(node);
    if (tag == GUMBO_TAG_ARTICLE) articles->push_back(node);
    if (tag == GUMBO_TAG_MAIN || HasToken(Attr(node, "role"), "main")) mains->push_back(node);
    if (info_[node].para_text > (*best_para ? info_[*best_para].para_text : 0)) *best_para = node;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      FindCandidates(static_cast<const GumboNode*>(children.data[i]), body_props, articles, mains, best_para);
    }
  }

  const GumboNode* ChooseRoot() {
    std::vector<const GumboNode*> body_props, articles, mains;
    const GumboNode* best_para = nullptr;
    FindCandidates(out_->root, &body_props, &articles, &mains, &best_para);
    const size_t para_best = best_para ? info_[best_para].para_text : 0;
    for (const auto* list : {&body_props, &articles, &mains}) {
      const GumboNode* best = nullptr;
      for (const GumboNode* n : *list)
        if (best == nullptr || info_[n].text > info_[best].text) best = n;
      if (best != nullptr && info_[best].text > 0 && info_[best].text * 3 >= para_best) return best;
    }
    if (best_para != nullptr) return PromoteToParent(best_para);
    // No paragraphs anywhere: the body (or the whole tree).
    const GumboVector& children = out_->root->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (TagOf(child) == GUMBO_TAG_BODY) return child;
    }
    return out_->root;
  }

  // Pages that wrap each paragraph in its own block (<div class="text-block"><p>..</p></div> ...)
  // have no single element holding the story: when `best` has at least one sibling with
  // comparable paragraph text and together they hold half again as much, take the parent.
  const GumboNode* PromoteToParent(const GumboNode* best) {
    const GumboNode* parent = best->parent;
    if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return best;
    const size_t own = info_[best].para_text;
    size_t total = 0;
    int blocks = 0;
    const GumboVector& children = parent->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type != GUMBO_NODE_ELEMENT || Furniture(child)) continue;
      const size_t t = info_[child].para_text;
      if (t > 0 && t * 5 >= own) {
        total += t;
        ++blocks;
      }
    }
    return blocks >= 2 && total * 2 >= own * 3 ? parent : best;
  }

  void Render(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        current_ += node->v.text.text;
        return;
      case GUMBO_NODE_ELEMENT:
        break;
      default:
        return;  // comments, templates, the document node
    }
    if (node != root_ && Furniture(node)) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR) {
      Flush();
      return;
    }
    const bool block = IsBlockTag(tag);
    if (block) Flush();
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) Render(static_cast<const GumboNode*>(children.data[i]));
    if (block) Flush();
  }

  void Flush() {
    if (current_.empty()) return;
    std::string p = CollapseWhitespace(current_);
    current_.clear();
    if (!p.empty() && !IsBoilerplateParagraph(p)) page_.paragraphs.push_back(std::move(p));
  }

  struct DateCandidate {
    int priority;
    int order;
    std::string from;
    std::string text;
  };

  const GumboOutput* out_;
  const GumboNode* root_ = nullptr;
  std::unordered_map<const GumboNode*, NodeInfo> info_;
  JsonDocumentParser json_;
  std::vector<DateCandidate> dates_;
  int order_ = 0;
  std::string og_title_, twitter_title_, title_, og_url_, canonical_, site_name_, app_name_;
  std::string current_;
  HtmlPage page_;
};

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

}  // namespace

bool IsBoilerplateParagraph(std::string_view paragraph) {
  const std::string p = Lower(TrimAscii(paragraph.substr(0, 600)));
  static constexpr std::string_view kPrefixes[] = {
      "image credit", "image:", "image source:", "images:", "photo:", "photo credit", "photos:",
      "photograph:", "picture:", "pictured:", "credit:", "credits:", "read more", "related:",
      "related articles", "related stories", "related coverage", "related content", "see also:",
      "also read:", "read also:", "click here", "sign up for", "subscribe to our", "follow us on",
      "share this", "(reporting by", "(additional reporting by", "\xC2\xA9",  // ©
      "copyright \xC2\xA9", "copyright (c)", "all rights reserved",
  };
  for (std::string_view prefix : kPrefixes)
    if (StartsWith(p, prefix)) return true;
  static constexpr std::string_view kWhole[] = {
      "advertisement", "advertisement.", "story continues below advertisement",
      "scroll to continue with content", "continue reading", "share", "related",
  };
  for (std::string_view whole : kWhole)
    if (p == whole) return true;
  // "The views and opinions expressed in this article are those of the author and do not
  // necessarily reflect the official policy or position of ..."
  if ((p.find("necessarily reflect") != std::string::npos ||
       p.find("necessarily represent") != std::string::npos) &&
      (p.find("views") != std::string::npos || p.find("opinion") != std::string::npos)) {
    return true;
  }
  return false;
}

bool IsBoilerplateName(std::string_view value) {
  // Split into words at non-alphanumerics and camelCase humps: "relatedTeasers" -> related teasers.
  std::vector<std::string> words;
  std::string word;
  char prev = 0;
  for (char c : value) {
    const bool alnum = std::isalnum(static_cast<unsigned char>(c));
    const bool hump = std::isupper(static_cast<unsigned char>(c)) && std::islower(static_cast<unsigned char>(prev));
    if (!alnum || hump) {
      if (!word.empty()) words.push_back(word);
      word.clear();
    }
    if (alnum) word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    prev = c;
  }
  if (!word.empty()) words.push_back(word);
  static constexpr std::string_view kStems[] = {
      "nav", "menu", "related", "teaser", "promo", "share", "sharing", "social", "comment",
      "newsletter", "advert", "breadcrumb", "footer", "sidebar", "subscri", "cookie", "paywall",
      "popup", "byline", "caption", "credit", "sponsor", "recommend", "outbrain", "taboola",
  };
  static constexpr std::string_view kExact[] = {"ad", "ads", "adslot", "adunit"};
  static constexpr std::string_view kNotFurniture[] = {"commentary", "commentator", "navy", "shareholder"};
  for (const std::string& w : words) {
    if (std::any_of(std::begin(kNotFurniture), std::end(kNotFurniture),
                    [&](std::string_view x) { return StartsWith(w, x); })) {
      continue;
    }
    for (std::string_view exact : kExact)
      if (w == exact) return true;
    for (std::string_view stem : kStems)
      if (StartsWith(w, stem)) return true;
  }
  return false;
}

size_t EstimateHtmlNesting(std::string_view html) {
  static constexpr std::string_view kNotCounted[] = {
      // void elements
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
      "track", "wbr", "basefont", "bgsound", "frame", "keygen",
      // closed implicitly by their next sibling or parent
      "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
      "colgroup", "rp", "rt", "html", "head", "body"};
  static constexpr std::string_view kRawText[] = {"script", "style", "textarea", "title", "xmp",
                                                  "noembed", "noframes", "iframe", "plaintext"};
  auto find_ci = [&](size_t from, std::string_view needle) {
    for (size_t i = from; i + needle.size() <= html.size(); ++i) {
      size_t k = 0;
      while (k < needle.size() && std::tolower(static_cast<unsigned char>(html[i + k])) == needle[k]) ++k;
      if (k == needle.size()) return i;
    }
    return std::string_view::npos;
  };
  size_t depth = 0, max_depth = 0, i = 0;
  const size_t n = html.size();
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = i + 1 < n && html[i + 1] == '/';
    size_t j = i + (closing ? 2 : 1);
    std::string name;
    while (j < n && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-' || html[j] == ':')) {
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[j]))));
      ++j;
    }
    if (name.empty()) {  // "<!DOCTYPE", "<?xml", a stray "<"
      i = j;
      continue;
    }
    // End of the tag, skipping quoted attribute values.
    char quote = 0;
    while (j < n && (quote || html[j] != '>')) {
      if (quote) {
        if (html[j] == quote) quote = 0;
      } else if (html[j] == '"' || html[j] == '\'') {
        quote = html[j];
      }
      ++j;
    }
    const bool self_closing = j > 0 && j < n && html[j - 1] == '/';
    i = j;
    if (std::find(std::begin(kNotCounted), std::end(kNotCounted), name) != std::end(kNotCounted)) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    if (std::find(std::begin(kRawText), std::end(kRawText), name) != std::end(kRawText)) {
      const size_t end = find_ci(i, "</" + name);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    if (!self_closing) max_depth = std::max(max_depth, ++depth);
  }
  return max_depth;
}

HtmlPage ExtractHtml(std::string_view utf8_html) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, utf8_html.data(), utf8_html.size());
  if (out == nullptr || out->root == nullptr) return HtmlPage();
  HtmlPage page = Extractor(out).Run();
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return page;
}

bool DocumentFromHtml(std::string_view raw, const ItemContext& ctx, Document* doc) {
  std::string transcoded;
  std::string_view html = raw;
  if (!IsValidUtf8(raw)) {
    std::optional<std::string> charset = SniffHtmlCharset(raw);
    if (charset && *charset != "utf-8" && *charset != "utf8") {
      if (std::optional<std::string> t = TranscodeToUtf8(raw, *charset)) {
        transcoded = std::move(*t);
        html = transcoded;
      } else {
        ctx.log->Repair(ctx.location, "unknown charset '" + *charset + "'; read as UTF-8");
      }
    }
  }
  std::optional<std::string> clean = CleanItemText(html, ctx, "empty document");
  if (!clean) return false;
  if (const size_t nesting = EstimateHtmlNesting(*clean); nesting > kMaxHtmlNesting) {
    ctx.log->Skip(ctx.location, "HTML nested about " + std::to_string(nesting) + " elements deep (limit " +
                                    std::to_string(kMaxHtmlNesting) + "); not parsed");
    return false;
  }
  HtmlPage page = ExtractHtml(*clean);
  // Entities may have produced control characters, hence Clean(); it may also leave nothing (a
  // body that is one U+FEFF, dropped as a byte-order mark: tests/regress/html_reader).
  std::string text = page.body.empty() ? std::string() : Clean(page.body).text;
  if (text.empty()) {
    ctx.log->Skip(ctx.location, "no article text found in the page");
    return false;
  }
  InitDocument(ctx, doc);
  doc->text = std::move(text);
  doc->title = std::move(page.title);
  doc->url = std::move(page.url);
  doc->source = std::move(page.source);
  if (page.date) {
    doc->date = page.date;
  } else if (!page.unreadable_date.empty()) {
    ctx.log->Repair(ctx.location, "unreadable date " + page.unreadable_date +
                                      (ctx.options->default_date ? "; using the default date"
                                                                 : "; document left undated"));
  }
  return true;
}

}  // namespace entente::ingest
