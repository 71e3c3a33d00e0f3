// Copyright 2026 The entente Authors. Apache-2.0.
//
// Actor mentions in one sentence: dictionary actors composed with agents, grouped into compound
// actors.  Internal to the coder.
#ifndef ENTENTE_CODER_MENTIONS_H_
#define ENTENTE_CODER_MENTIONS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "entente/cameo.h"
#include "entente/date.h"
#include "entente/dict.h"
#include "entente/nlp.h"

namespace entente::coder {

// One actor as it will appear in an event: "Russia's foreign minister" -> RUSGOVFRM.
struct Mention {
  uint32_t first = 0;      // token span [first, last] including composed agents
  uint32_t last = 0;
  ActorCode code;          // composed code; empty for an agent without an actor
  bool has_actor = false;  // a dictionary actor is part of it (not just an agent)
  std::string actor_id;    // dictionary entry id of the actor
};

// Compound actors: "Beijing and Moscow", "Mordor, Rohan, Fornost and Bree".
struct Group {
  std::vector<uint32_t> members;  // indices into SentenceActors::mentions
  uint32_t first = 0;             // token span of the whole group
  uint32_t last = 0;
};

struct SentenceActors {
  std::vector<Mention> mentions;
  std::vector<Group> groups;         // in token order, non-overlapping
  std::vector<int32_t> group_at;     // per token: the group covering it, or -1
  // Per group: the token of the locative preposition that makes it a place ("bombs exploded
  // in Baghdad", "a summit in Moscow", "in the northern city of Mosul"), or -1.  A place is
  // not a source or target unless a verb pattern names that preposition ("* IN +").
  std::vector<int32_t> locative_prep;
};

// Finds actors and agents in `words` (the sentence's tokens as WordIds), composes and groups
// them.  `ignored[t]` tokens (comma-deleted clauses) are skipped.
// `last_person` (in/out) carries the last person named in the document: "he"/"she"/"him"/"her"
// become that person (the most recent one named earlier in this sentence, else in an earlier
// sentence), and the sentence's last named person is left in it for the next sentence.
// `new_actor_length` > 0 (PETRARCH's option): a noun phrase that names a person or body no
// dictionary knows ("Gryffindor's head Minerva McGonagall", "the Ministry of Magic": a proper
// noun other than a day or month, no known actor, at most that many words, "of" phrases
// included, possessive marks not counted) becomes an actor coded by its words
// (ActorCode::NewActor).
SentenceActors FindActors(const DictionarySet& dict, const Sentence& sentence,
                          const std::vector<WordId>& words, const std::vector<bool>& ignored,
                          Date date, Mention* last_person = nullptr, int new_actor_length = 0);

// The locative preposition ("in", "at", "near", "outside", "inside", "across", "throughout",
// "around", "within") that governs the noun phrase starting at `first`, or -1.  Determiners,
// adjectives and numbers may stand between ("in northern Iraq", "at the"), and a place noun with
// "of" ("in the capital of", "near the town of").
int32_t LocativePreposition(const Sentence& sentence, uint32_t first);

// The text of a mention, from the sentence.
std::string MentionText(const Sentence& sentence, const Mention& m);

}  // namespace entente::coder

#endif  // ENTENTE_CODER_MENTIONS_H_
