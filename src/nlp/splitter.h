// Copyright 2026 The entente Authors. Apache-2.0.
//
// Rule-based sentence splitter for news English (splitter.cc).
#ifndef ENTENTE_NLP_SPLITTER_H_
#define ENTENTE_NLP_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "nlp/lexicon.h"

namespace entente::nlp {

// Byte ranges [begin, end) of the sentences of `text`, trimmed of surrounding white space.
// Never fails; invalid UTF-8 is treated as white space.
std::vector<std::pair<uint32_t, uint32_t>> SplitText(std::string_view text, const Lexicon& lex);
// The same into *out, whose contents it replaces (a reused vector keeps its capacity).
void SplitText(std::string_view text, const Lexicon& lex,
               std::vector<std::pair<uint32_t, uint32_t>>* out);

}  // namespace entente::nlp

#endif  // ENTENTE_NLP_SPLITTER_H_
