// Copyright 2026 The entente Authors. Apache-2.0.
//
// brief_xml_check: a small well-formedness checker for the SVG that svg_chart.h and the brief
// produce, for tests only (header-only, no library code uses it).  It checks what our output can
// get wrong: every tag closed and nested, attribute values quoted and free of '<', '&' only in
// entities (&amp; &lt; &gt; &quot; &#39; &#N;), one root element.  Comments, CDATA and
// processing instructions are not supported (we never write them).
#ifndef ENTENTE_REPORT_BRIEF_XML_CHECK_H_
#define ENTENTE_REPORT_BRIEF_XML_CHECK_H_

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// "" when `xml` is well-formed, else what is wrong and where.
inline std::string CheckXml(std::string_view xml) {
  std::vector<std::string> stack;
  int roots = 0;
  size_t i = 0;
  auto at = [&](size_t p) { return " at byte " + std::to_string(p); };
  auto entity_ok = [&](size_t p) {
    const size_t semi = xml.find(';', p);
    if (semi == std::string_view::npos || semi - p > 10) return false;
    std::string_view e = xml.substr(p + 1, semi - p - 1);
    if (e == "amp" || e == "lt" || e == "gt" || e == "quot" || e == "apos") return true;
    if (e.size() >= 2 && e[0] == '#') {
      for (size_t k = 1; k < e.size(); ++k) {
        if (!std::isdigit(static_cast<unsigned char>(e[k]))) return false;
      }
      return true;
    }
    return false;
  };
  while (i < xml.size()) {
    const char c = xml[i];
    if (c == '&') {
      if (!entity_ok(i)) return "bare '&'" + at(i);
      ++i;
      continue;
    }
    if (c == '>') return "bare '>'" + at(i);
    if (c != '<') {
      if (stack.empty() && !std::isspace(static_cast<unsigned char>(c))) {
        return "text outside the root" + at(i);
      }
      ++i;
      continue;
    }
    const bool closing = i + 1 < xml.size() && xml[i + 1] == '/';
    size_t p = i + (closing ? 2 : 1);
    size_t name_start = p;
    while (p < xml.size() && (std::isalnum(static_cast<unsigned char>(xml[p])) || xml[p] == '-' ||
                              xml[p] == ':' || xml[p] == '_')) {
      ++p;
    }
    std::string name(xml.substr(name_start, p - name_start));
    if (name.empty()) return "tag without a name" + at(i);
    if (closing) {
      if (p >= xml.size() || xml[p] != '>') return "bad closing tag " + name + at(i);
      if (stack.empty() || stack.back() != name) {
        return "</" + name + "> closes " + (stack.empty() ? "nothing" : "<" + stack.back() + ">") +
               at(i);
      }
      stack.pop_back();
      i = p + 1;
      continue;
    }
    // Attributes.
    bool self_closing = false;
    for (;;) {
      while (p < xml.size() && std::isspace(static_cast<unsigned char>(xml[p]))) ++p;
      if (p >= xml.size()) return "unterminated tag " + name + at(i);
      if (xml[p] == '>') break;
      if (xml[p] == '/') {
        if (p + 1 >= xml.size() || xml[p + 1] != '>') return "bad '/'" + at(p);
        self_closing = true;
        ++p;
        break;
      }
      size_t a = p;
      while (p < xml.size() && (std::isalnum(static_cast<unsigned char>(xml[p])) ||
                                xml[p] == '-' || xml[p] == ':' || xml[p] == '_')) {
        ++p;
      }
      if (p == a) return "bad attribute in " + name + at(p);
      if (p >= xml.size() || xml[p] != '=') return "attribute without value in " + name + at(p);
      ++p;
      if (p >= xml.size() || (xml[p] != '"' && xml[p] != '\'')) {
        return "unquoted attribute in " + name + at(p);
      }
      const char q = xml[p++];
      while (p < xml.size() && xml[p] != q) {
        if (xml[p] == '<') return "'<' in an attribute of " + name + at(p);
        if (xml[p] == '&' && !entity_ok(p)) return "bare '&' in an attribute" + at(p);
        ++p;
      }
      if (p >= xml.size()) return "unterminated attribute in " + name + at(a);
      ++p;
    }
    if (stack.empty()) ++roots;
    if (roots > 1) return "more than one root element" + at(i);
    if (!self_closing) stack.push_back(name);
    i = p + 1;
  }
  if (!stack.empty()) return "<" + stack.back() + "> is never closed";
  if (roots == 0) return "no element";
  return "";
}

}  // namespace entente

#endif  // ENTENTE_REPORT_BRIEF_XML_CHECK_H_
