// Copyright 2026 The entente Authors. Apache-2.0.
//
// Test helpers for the nlp stage: one shared Analyzer (loading WordNet once per test binary)
// and compact renderings of an analysis ("Russia/NNP attacks/VBZ").
#ifndef ENTENTE_NLP_NLP_TEST_UTIL_H_
#define ENTENTE_NLP_NLP_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "entente/nlp.h"

namespace entente::nlp_test {

// The shared analyzer, or nullptr when WordNet is not installed.
inline const Analyzer* SharedAnalyzer() {
  static const Analyzer* a = [] {
    auto r = Analyzer::Create();
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return a;
}

#define ENTENTE_NEEDS_ANALYZER()                        \
  if (::entente::nlp_test::SharedAnalyzer() == nullptr) \
  GTEST_SKIP() << "needs WordNet in /usr/share/wordnet (package wordnet-base)"

// Tokens of the first sentence of `text`, space separated.
inline std::string TokensOf(std::string_view text) {
  std::string out;
  for (const Sentence& s : SharedAnalyzer()->Analyze(text))
    for (const Token& t : s.tokens) {
      if (!out.empty()) out += ' ';
      out += t.text;
    }
  return out;
}

// "word/TAG" for every token of `text`.
inline std::string TaggedOf(std::string_view text) {
  std::string out;
  for (const Sentence& s : SharedAnalyzer()->Analyze(text))
    for (const Token& t : s.tokens) {
      if (!out.empty()) out += ' ';
      out += t.text;
      out += '/';
      out += TagName(t.tag);
    }
  return out;
}

// The tag of the first token spelled `word` in `text` ("?" when absent).
inline std::string TagOfWord(std::string_view text, std::string_view word) {
  for (const Sentence& s : SharedAnalyzer()->Analyze(text))
    for (const Token& t : s.tokens)
      if (t.text == word) return std::string(TagName(t.tag));
  return "?";
}

// Text of tokens [first, last] of sentence s.
inline std::string Span(const Sentence& s, uint32_t first, uint32_t last) {
  std::string out;
  for (uint32_t i = first; i <= last && i < s.tokens.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += s.tokens[i].text;
  }
  return out;
}

}  // namespace entente::nlp_test

#endif  // ENTENTE_NLP_NLP_TEST_UTIL_H_
