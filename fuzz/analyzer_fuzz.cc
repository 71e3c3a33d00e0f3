// Copyright 2026 The entente Authors. Apache-2.0.
//
// Fuzz target: the sentence splitter and the whole Analyzer (tokenizer, tagger, chunker,
// clauses) on arbitrary bytes.  Checks the invariants nlp.h promises: sentences in order and
// inside the text, tokens in order and inside their sentence, at most max_sentence_tokens tokens,
// chunks and clauses inside the token range with heads inside the chunk, clause parents earlier,
// and SplitSentences ranges in order.
#include <memory>
#include <string>

#include "entente/nlp.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace entente;
  static const Analyzer* analyzer = [] {
    auto a = Analyzer::Create();
    FUZZ_CHECK(a.ok());
    return std::move(a).value().release();
  }();
  std::string text(reinterpret_cast<const char*>(data), size);
  uint32_t prev_end = 0;
  for (const auto& [b, e] : analyzer->SplitSentences(text)) {
    FUZZ_CHECK(b <= e && e <= text.size());
    FUZZ_CHECK(b >= prev_end);
    prev_end = e;
  }
  const uint32_t max_tokens = AnalyzerOptions().max_sentence_tokens;
  uint32_t prev = 0;
  for (const Sentence& s : analyzer->Analyze(text)) {
    FUZZ_CHECK(s.begin <= s.end && s.end <= text.size());
    FUZZ_CHECK(s.begin >= prev);
    prev = s.begin;
    FUZZ_CHECK(s.text.size() == s.end - s.begin);
    FUZZ_CHECK(!s.tokens.empty() && s.tokens.size() <= max_tokens);
    uint32_t tok_prev = s.begin;
    for (const Token& t : s.tokens) {
      FUZZ_CHECK(t.begin >= tok_prev && t.begin <= t.end && t.end <= s.end);
      tok_prev = t.begin;
    }
    const uint32_t n = static_cast<uint32_t>(s.tokens.size());
    uint32_t chunk_next = 0;
    for (const Chunk& c : s.chunks) {
      FUZZ_CHECK(c.first <= c.last && c.last < n && c.first >= chunk_next);
      FUZZ_CHECK(c.head >= c.first && c.head <= c.last);
      chunk_next = c.last + 1;
    }
    FUZZ_CHECK(!s.clauses.empty());
    FUZZ_CHECK(s.clauses[0].parent == -1);
    for (size_t i = 0; i < s.clauses.size(); ++i) {
      const Clause& c = s.clauses[i];
      FUZZ_CHECK(c.first <= c.last && c.last < n);
      FUZZ_CHECK(c.parent < static_cast<int32_t>(i));
    }
  }
  return 0;
}
