// Copyright 2026 The entente Authors. Apache-2.0.
//
// Penn-Treebank-style tokeniser for one sentence (tokenizer.cc).
#ifndef ENTENTE_NLP_TOKENIZER_H_
#define ENTENTE_NLP_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entente/nlp.h"
#include "nlp/lexicon.h"

namespace entente::nlp {

// Appends the tokens of text[begin, end) to *out with begin/end/text/norm set, tag set for
// punctuation (kUnknown for words) and lemma left empty.  `text` views `text`; `norm` views `text`
// when the word is its own norm, else bytes added to *store.  Never fails (bad_alloc aside).
void Tokenize(std::string_view text, uint32_t begin, uint32_t end, const Lexicon& lex,
              std::vector<Token>* out, TokenText* store);

// The normalised form of a token: upper case, curly quotes mapped to ASCII, accents folded.
void Normalize(std::string_view text, std::string* norm);
// The same as a view: `text` itself when it is its own normal form (ASCII without lower-case
// letters: punctuation, numbers, "U.S."), else bytes added to *store.
std::string_view Normalize(std::string_view text, TokenText* store);

}  // namespace entente::nlp

#endif  // ENTENTE_NLP_TOKENIZER_H_
