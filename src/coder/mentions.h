// Copyright 2026 The entente Authors. Apache-2.0.
//
// Actor mentions in one sentence: dictionary actors composed with agents, grouped into compound
// actors.  Internal to the coder.
#ifndef ENTENTE_CODER_MENTIONS_H_
#define ENTENTE_CODER_MENTIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "entente/cameo.h"
#include "entente/date.h"
#include "entente/dict.h"
#include "entente/nlp.h"
#include "coder/gender.h"

namespace entente::coder {

// One actor as it will appear in an event: "Russia's foreign minister" -> RUSGOVFRM.
struct Mention {
  uint32_t first = 0;      // token span [first, last] including composed agents
  uint32_t last = 0;
  ActorCode code;          // composed code; empty for an agent without an actor
  bool has_actor = false;  // a dictionary actor is part of it (not just an agent)
  bool person = false;     // a named person ("Vladimir Putin"), or a pronoun or "the two
                           // leaders" standing for persons; not a state, body or group
  Gender gender = Gender::kUnknown;  // of a person, as the name shows it (gender.h)
  bool place = false;      // the actor is a place that stands for its country (places.txt ids
                           // @A-<ISO>-0200..0499: "Fallujah", "the Gaza Strip"), not the state
  bool own_role = false;   // the dictionary actor's own code has a role ("BLAIR" GBRGOV), not
                           // only the agents composed with it ("Scottish National" GBR+CVL)
};

// Compound actors: "Beijing and Moscow", "Mordor, Rohan, Fornost and Bree".
struct Group {
  // Indices into SentenceActors::mentions; a group rarely has more than four members, held
  // in place without a heap allocation.
  boost::container::small_vector<uint32_t, 4> members;
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

// What the sentences read so far named, for words that point back to them.  One per document;
// FindActors reads and updates it, sentence by sentence.
struct DocumentMemory {
  struct Named {
    ActorCode code;
    bool person = false;    // a named person ("Vladimir Putin"), not a state or body
    int32_t sentence = 0;   // index of the sentence that named it
  };
  Mention last_person;        // the last person named (empty code: nobody yet)
  Mention last_he;            // the last person named whose name does not show a woman
  Mention last_she;           // the last person named whose name does not show a man
  Mention subject_person;     // the last person who was a sentence's subject (named, or a
                              // pronoun for one, before its first verb)
  std::vector<Named> recent;  // actors named, oldest first, the last kRecent of them
  // Persons named, by the last word of their name ("MORGAN" for "Rhodri Morgan"), so that a
  // later "Mr Morgan" the dictionary does not match is that person; the latest per surname.
  std::vector<std::pair<std::string, Mention>> surnames;
  int32_t sentence = 0;       // index of the sentence being read
  static constexpr size_t kRecent = 16;
  // References reach back this many sentences: "the two countries" three sentences after the
  // pair was named still means them, ten sentences later it may not.
  static constexpr int32_t kReach = 3;
};

// Finds actors and agents in `words` (the sentence's tokens as WordIds), composes and groups
// them.  `ignored[t]` tokens (comma-deleted clauses) are skipped.
// With `memory` (in/out), words that point back become the actors they name:
//   - "he"/"she"/"him"/"her": the last person named earlier in this sentence; a pronoun that
//     opens a sentence (before its first verb) with nobody named yet: the last sentence subject
//     who was a person ("Straw met President Yudhoyono. He will visit Phuket": Straw), else the
//     last person named;
//   - "the latter" / "the former": the last actor named / the one named before it;
//   - "the two countries" (nations, states, neighbours, powers; "both countries"): the last two
//     states named, as country codes ("the two governments": their governments);
//   - "the two leaders" (presidents, ministers, men; "both leaders"): the last two persons;
//   - "both sides" / "the two sides": the last two actors of different
//     countries, as they were named.
// A pair is one compound group of two mentions on the same words.  Only actors named in this
// sentence or the kReach before it count; without a match the words stay what they were.
// `new_actor_length` > 0 (PETRARCH's option): a noun phrase that names a person or body no
// dictionary knows ("Gryffindor's head Minerva McGonagall", "the Ministry of Magic": a proper
// noun other than a day or month, no known actor, at most that many words, "of" phrases
// included, possessive marks not counted) becomes an actor coded by its words
// (ActorCode::NewActor).
// With `analyzer` (for WordNet's noun classes), a name that only modifies a common noun naming
// no party is no actor (TopicHead): "to defend the Iraq situation", "European standards".
SentenceActors FindActors(const DictionarySet& dict, const Sentence& sentence,
                          const std::vector<WordId>& words, const std::vector<bool>& ignored,
                          Date date, DocumentMemory* memory = nullptr, int new_actor_length = 0,
                          const Analyzer* analyzer = nullptr);
// The same into *out, whose previous contents are replaced and whose buffers are reused: the
// coder keeps one SentenceActors per thread, so finding actors allocates nothing in the steady
// state.
void FindActors(const DictionarySet& dict, const Sentence& sentence, const std::vector<WordId>& words,
                const std::vector<bool>& ignored, Date date, DocumentMemory* memory, int new_actor_length,
                const Analyzer* analyzer, SentenceActors* out);

// The last word of the run of common nouns (NN/NNS) that starts at token `t` and that no actor
// covers ("the Iraq *death toll probe*": probe), or -1 when token t is no such noun.
// `in_actor(u)`: token u belongs to an actor.
template <typename InActor>
int32_t NounCompoundHead(const Sentence& sentence, uint32_t t, InActor in_actor) {
  const auto& toks = sentence.tokens;
  auto common_noun = [&](uint32_t u) {
    return u < toks.size() && (toks[u].tag == Tag::NN || toks[u].tag == Tag::NNS) && !in_actor(u);
  };
  if (!common_noun(t)) return -1;
  while (common_noun(t + 1)) ++t;
  return static_cast<int32_t>(t);
}

// A word through which FindActors refers back to actors named before, so that a sentence with
// no dictionary phrase may still name some: he/she/him/her, the latter/former, both/the two ...
bool MayReferBack(std::string_view norm);

// The head of the noun compound that the name ending at `last` modifies, when that noun names
// no party to an event, so that the name is only its topic or attribute: "the Iraq situation",
// "under an Iraq cloud", "a Gaza resolution", "the Iraq death toll probe" (an event noun opening the compound), "European standards",
// "radio interviews".  -1 when the name heads its phrase or modifies a person or body ("Iraqi
// officials"), a place ("the Afghan capital"), a thing ("Chinese goods") or an act the name takes
// part in ("the Iraq war", "China trade talks", "an Israeli offensive", "a US initiative").
// `covered[t]`: token t belongs to an actor.
int32_t TopicHead(const Sentence& sentence, uint32_t last, const std::vector<bool>& covered,
                  const Analyzer& analyzer);

// The locative preposition ("in", "at", "near", "outside", "inside", "across", "throughout",
// "around", "within") that governs the noun phrase starting at `first`, or -1.  Determiners,
// adjectives and numbers may stand between ("in northern Iraq", "at the"), and a place noun with
// "of" ("in the capital of", "near the town of").
int32_t LocativePreposition(const Sentence& sentence, uint32_t first);

// A verb of thinking or perceiving whose object is a clause ("believe", "expect", "fear",
// "see", "warn", ...): a name after it is that clause's subject, not the verb's object.
bool IsCognitionLemma(std::string_view lemma);

// The WordNet lexicographer file of the first noun sense of the word as written (in lower case:
// a plural with a sense of its own, "goods"; a gerund's noun, "bombing"), else of its lemma; -1
// when WordNet knows neither as a noun.
int NounLexFileAsWritten(const Analyzer& analyzer, const Token& tok);

// A noun naming a meeting, whatever WordNet's first sense: talk, discussion, negotiation, summit,
// conference, meeting, forum, round, dialogue, consultation (and "mini-summit").
bool IsMeetingNounLemma(std::string_view lemma);

// A year written as four digits, 1000-2999 ("2018").
bool IsYear(const Token& tok);

// A day or month name ("monday", "june", "sept."), by lemma.
bool IsCalendarWord(std::string_view lemma);

// The text of a mention, from the sentence.
std::string MentionText(const Sentence& sentence, const Mention& m);

}  // namespace entente::coder

#endif  // ENTENTE_CODER_MENTIONS_H_
