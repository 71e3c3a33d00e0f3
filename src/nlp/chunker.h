// Copyright 2026 The entente Authors. Apache-2.0.
//
// Shallow chunker and clause finder over tagged tokens (chunker.cc, clauses.cc).
#ifndef ENTENTE_NLP_CHUNKER_H_
#define ENTENTE_NLP_CHUNKER_H_

#include <vector>

#include "entente/nlp.h"
#include "nlp/word_lists.h"

namespace entente::nlp {

// Chunks of one tagged sentence, in token order, non-overlapping.  Conventions:
//  - NP: optional predeterminer/determiner/possessive pronoun, numbers, adjectives, participles
//    and nouns; a possessive "'s" continues the NP ("China 's president" is one NP, head
//    "president").  Coordinated NPs are separate chunks with the CC token left uncovered
//    ("the U.S." "and" "China").  A pronoun is an NP on its own.  Head: the last noun.
//  - VP: a verb group of modals, auxiliaries, verbs, adverbs between them, negation and
//    particles ("did not sign", "will be visiting", "has been attacked", "set up"); "to" + verb
//    is its own VP ("plans" | "to sign").  Head: the last verb (the main verb).
//  - PP: the preposition alone (the following NP is its own chunk).  Head: the preposition.
//  - SBAR: a complementiser/subordinator that introduces a clause ("that", "which", "who",
//    "if", "after", "because", "while"); "after talks" is a PP, "after they met" an SBAR.
//  - ADJP: adjectives not followed by a noun ("is ready"); ADVP: adverbs outside a VP.
//  Punctuation and coordinating conjunctions are left uncovered.
// `aux` is the tagger's per-token output (TagSentence).  The chunks replace the contents of *out
// (a vector reused sentence after sentence allocates only when a sentence is longer than any
// before it).
void ChunkSentence(const std::vector<Token>& tokens, const std::vector<TokenAux>& aux,
                   std::vector<Chunk>* out);
std::vector<Chunk> ChunkSentence(const std::vector<Token>& tokens,
                                 const std::vector<TokenAux>& aux);

// Clauses of one tagged and chunked sentence; clauses[0] is the main clause.  They replace the
// contents of *out (reusable as above).
void FindClauses(const std::vector<Token>& tokens, const std::vector<Chunk>& chunks,
                 const std::vector<TokenAux>& aux, std::vector<Clause>* out);
std::vector<Clause> FindClauses(const std::vector<Token>& tokens, const std::vector<Chunk>& chunks,
                                const std::vector<TokenAux>& aux);

}  // namespace entente::nlp

#endif  // ENTENTE_NLP_CHUNKER_H_
