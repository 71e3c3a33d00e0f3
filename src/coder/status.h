// Copyright 2026 The entente Authors. Apache-2.0.
//
// Event status from the words around a verb: negation, modality, intention, conditionals.
// Internal to the coder.
#ifndef ENTENTE_CODER_STATUS_H_
#define ENTENTE_CODER_STATUS_H_

#include <cstdint>

#include <span>
#include <string_view>

#include "entente/event.h"
#include "entente/nlp.h"

namespace entente::coder {

// The status of the event whose verb is token `verb` and whose subject ends at token
// `subject_last` (or -1 when the subject is unknown: the clause start is used).  `clause` is
// the innermost clause holding the verb.  Tokens in `skip` are literal words of the verb
// pattern that fired and do not count: a pattern that spells out "NOT * ..." has already made
// the negation part of the event code.
EventStatus StatusOf(const Sentence& s, uint32_t verb, int64_t subject_last, int32_t clause,
                     std::span<const uint32_t> skip);

// Verbs whose object is told or made to act ("X urged Y to ...", "asked", "pressed", "forced"):
// the act of the infinitive is wished for (hypothetical), and without an object the verb is
// passive ("Blair urged to launch inquiry").
bool IsObjectControlLemma(std::string_view lemma);

// Nouns whose infinitive is a decided or offered act ("his decision to visit", "Turkey's bid to
// join") and nouns whose infinitive did not happen ("Blair's refusal to accept").
bool IsIntentNounLemma(std::string_view lemma);
bool IsFailureNounLemma(std::string_view lemma);

}  // namespace entente::coder

#endif  // ENTENTE_CODER_STATUS_H_
