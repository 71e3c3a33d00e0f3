// Copyright 2026 The entente Authors. Apache-2.0.
//
// The project's own closed-class word lists (determiners, pronouns, prepositions, conjunctions,
// modals, auxiliaries, common adverbs, numbers, months, titles, abbreviations) and the irregular
// verb table.  Written for this project; the Lexicon merges them with WordNet at load time.
#ifndef ENTENTE_NLP_WORD_LISTS_H_
#define ENTENTE_NLP_WORD_LISTS_H_

#include <array>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>

namespace entente::nlp {

// Word-class bits (WordEntry::word_class).
enum WordClass : uint16_t {
  kClassBe = 1 << 0,             // is, was, be, been, ...
  kClassHave = 1 << 1,           // has, had, have, having
  kClassDo = 1 << 2,             // do, does, did
  kClassTitle = 1 << 3,          // abbreviation that precedes a name: Mr. Gen. Sen. St.
  kClassMonthAbbrev = 1 << 4,    // Jan. Feb. ... (no break before a day number)
  kClassAbbrev = 1 << 5,         // other abbreviation keeping its period: Inc. Corp. No. etc.
  kClassSubjPronoun = 1 << 6,    // I you he she it we they
  kClassParticle = 1 << 7,       // up out off down away back (RP after a verb)
  kClassStarter = 1 << 8,        // words that typically start a sentence (The, He, But, ...)
  kClassReporting = 1 << 9,      // lemma of a reporting verb (say, tell, announce, ...)
  kClassTime = 1 << 10,          // months, weekdays, yesterday, today, ...
  kClassNumber = 1 << 11,        // one ... ten, hundred, million, ...
  kClassSubordinator = 1 << 12,  // after, before, because, while, when, although, if, unless
  kClassNationality = 1 << 13,   // adjectives of nationality written capitalised (JJ)
};

// Words the context rules test by identity.  Sp("that") is a compile-time (consteval) index into
// this list; the Lexicon stores it in WordEntry::special so that the tagger, chunker and clause
// finder compare small integers instead of strings.
inline constexpr std::string_view kSpecialWords[] = {
    "",       "that",      "'s",        "her",        "there",     "more",      "most",
    "less",   "least",     "to",        "all",        "half",      "such",      "about",
    "up",     "out",       "off",       "down",       "back",      "like",      "have",
    "do",     "had",       "what",      "after",      "before",    "since",     "first",
    "last",   "only",      "one",       "yet",        "so",        "own",       "no",
    "either", "neither",   "both",      "'d",         "in",        "on",        "over",
    "by",     "through",   "along",     "around",     "as",        "well",      "near",
    "past",   "following", "including", "concerning", "regarding", "according", "while",
    "home",   "and",       "or",        "nor",        "not",       "n't",       "been",
    "seems",  "appears",   "of",        "from",       "longer",    "it",        "he",
    "she",    "they",      "we",        "i",          "you",       "here",      "if",
    "unless", "whether",   "when",      "whenever",   "who",       "whom",      "never",
    "get",    "got",       "gets",      "which",      "whose",     "because",   "although",
    "though", "whereas",   "once",      "until",      "at"};
consteval uint8_t Sp(std::string_view w) {
  for (size_t i = 1; i < std::size(kSpecialWords); ++i)
    if (kSpecialWords[i] == w) return static_cast<uint8_t>(i);
  throw "Sp(): word missing from kSpecialWords";  // a compile-time error
}

// Per-token facts the tagger passes on to the chunker and clause finder.
struct TokenAux {
  uint16_t cls = 0;     // WordClass bits; kClassReporting also set on verbs whose lemma reports
  uint8_t special = 0;  // Sp(...) of the word, 0 if none
};

struct ClosedWord {
  std::string_view word;   // lower case
  std::string_view tags;   // space-separated Penn tags; the first is the default
  std::string_view lemma;  // empty: the word itself
  uint16_t word_class;
};
std::span<const ClosedWord> ClosedWords();

struct IrregularVerb {
  std::string_view base, past, participle;  // participle "" = same as past
};
std::span<const IrregularVerb> IrregularVerbs();

struct ClassWord {
  std::string_view word;
  uint16_t word_class;
};
// Abbreviations (without their period), reporting verbs, nationality adjectives, ...
std::span<const ClassWord> ClassWords();

// The shapes of the words that ClosedWords() and ClassWords() give kClassTitle,
// kClassMonthAbbrev or kClassAbbrev (no other source sets those classes): bit L of entry b is set
// when such a word of L < 32 bytes starts with byte b.
extern const std::array<uint32_t, 256> kAbbreviationShapes;
// False when no such word has the length and first byte of `lower`, so a lexicon entry of
// `lower` has none of those classes: a cheap test before a look-up made only for them.
inline bool MayBeAbbreviation(std::string_view lower) {
  if (lower.empty() || lower.size() >= 32) return true;
  return (kAbbreviationShapes[static_cast<unsigned char>(lower[0])] >> lower.size()) & 1;
}

}  // namespace entente::nlp

#endif  // ENTENTE_NLP_WORD_LISTS_H_
