// Copyright 2026 The entente Authors. Apache-2.0.
//
// Verb pattern matching (TABARI/PETRARCH semantics over a flat token sequence).  Internal.
#ifndef ENTENTE_CODER_PATTERNS_H_
#define ENTENTE_CODER_PATTERNS_H_

#include <cstdint>
#include <vector>

#include "coder/mentions.h"
#include "dict/match_prefilter.h"
#include "entente/dict.h"
#include "entente/nlp.h"

namespace entente::coder {

// Where a pattern may look: tokens [lo, verb_first) before the verb, (verb_last, hi] after.
struct MatchWindow {
  uint32_t lo = 0;
  uint32_t verb_first = 0;
  uint32_t verb_last = 0;
  uint32_t hi = 0;
  // Optional, per token: true inside a relative or parenthetical clause nested in the verb's
  // ("meet for talks which mark a last chance for African diplomacy"): an actor slot after the
  // verb does not bind a group that starts there.
  const std::vector<bool>* nested = nullptr;
  // Optional, per token: true at the first token of a group before the verb that cannot be
  // its subject; a '$' or '%' before the verb does not bind it.
  const std::vector<bool>* not_subject = nullptr;
  // Optional, per token: true at the first token of a group that only modifies a noun naming
  // no person or body ("met *European* standards", "visited *Chinese* factories"); an actor
  // slot of a meeting pattern (IsVenueCode) does not bind it.
  const std::vector<bool>* not_partner = nullptr;
  // Optional, per token: true at the first token of a group that names the victims of a deed
  // ("condemned the killing *of American hostages*"); an actor slot binds it only for force
  // (IsForceCode): words about the deed are aimed at whoever did it.
  const std::vector<bool>* victim = nullptr;
  // Optional, per token: true in an aside that names no party, an attribution ("according to
  // analysts and a British diplomat") or a comparison ("similar to Australia's"); no actor slot
  // binds a group that starts there.
  const std::vector<bool>* aside = nullptr;
  // Optional, per token: true at the first token of a place that is where a topic is ("the war
  // *in Iraq*", "funding for transit camps *in Africa*"); an actor slot binds it only for force
  // and statements (roots 17-20, 01) or when the pattern names its preposition.
  const std::vector<bool>* topic_place = nullptr;
};

struct PatternMatch {
  bool matched = false;
  int score = 0;            // literal words matched (longer patterns win)
  int32_t source = -1;      // group bound by '$' or '%'
  int32_t target = -1;      // group bound by '+' or '%'
  bool compound_after = false;  // the '%' stood after the verb ("* WITH %")
  uint32_t span_first = 0;  // tokens the pattern covered
  uint32_t span_last = 0;
  // A literal word or synset of the pattern matched before the verb ("NOT" in "NOT * +").
  bool literal_before = false;
};

// Codes whose partner is never the place where the event happens: consultations, meetings,
// mediation and negotiation (040, 041, 044, 045, 046: "ministers meeting in Luxembourg", "talks
// in Geneva") and the intent to meet (036: "agreed to meet in Nigeria").  Not visits (042,
// 043): "arrived in Beijing" is a visit to China.  For these, a place in a locative phrase ("in Moscow", "at
// the UN") fills an actor slot only when the pattern names its preposition.
bool IsVenueCode(const EventCode& code);

// Coercion and violence (roots 17-20): acts done to persons and places themselves.
bool IsForceCode(const EventCode& code);

// With `prefilter` (built from `dict`), synsets are found through its phrase index
// (MatchPrefilter::SynsetLength) instead of a scan of their phrases; the result is the same.
PatternMatch MatchPattern(const DictionarySet& dict, const VerbPattern& pattern,
                          const Sentence& sentence, const std::vector<WordId>& words,
                          const SentenceActors& actors, const MatchWindow& window,
                          const MatchPrefilter* prefilter = nullptr);

}  // namespace entente::coder

#endif  // ENTENTE_CODER_PATTERNS_H_
