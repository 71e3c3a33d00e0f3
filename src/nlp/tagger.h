// Copyright 2026 The entente Authors. Apache-2.0.
//
// Rule-based part-of-speech tagger and lemmatiser (tagger.cc).
#ifndef ENTENTE_NLP_TAGGER_H_
#define ENTENTE_NLP_TAGGER_H_

#include <vector>

#include "entente/nlp.h"
#include "nlp/lexicon.h"
#include "nlp/word_lists.h"

namespace entente::nlp {

// Sets tag and lemma of every token of one sentence (tokens as produced by Tokenize()), and
// fills *aux (one entry per token) with the word facts the chunker and clause finder use.  A
// lemma views the token's text or norm, the lexicon, a static string or bytes added to *store.
void TagSentence(const Lexicon& lex, std::vector<Token>* tokens, std::vector<TokenAux>* aux,
                 TokenText* store);

}  // namespace entente::nlp

#endif  // ENTENTE_NLP_TAGGER_H_
