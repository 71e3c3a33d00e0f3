// Copyright 2026 The entente Authors. Apache-2.0.
//
// Lexicon: the tagger's lexical knowledge.  Built once from WordNet's database files (index.*,
// *.exc, cntlist.rev, and the lemma columns of data.noun/data.adj for capitalisation) plus the
// project's own closed-class word lists and irregular-verb table (word_lists.cc).  Lookups are by
// lower-case word and never allocate.
//
// Ownership: a Lexicon owns all its tables; string_views it returns point into them and stay
// valid while it lives.  Thread-safety: immutable after Load(); all methods are const and safe to
// call concurrently.  Failure modes: Load() returns NotFound when a WordNet file is missing and
// ParseError when one is malformed.  Analyze() memoises results in a per-thread table keyed by a
// never-reused Lexicon id, so it stays safe across threads and Lexicon lifetimes.
#ifndef ENTENTE_NLP_LEXICON_H_
#define ENTENTE_NLP_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/nlp.h"
#include "entente/status.h"
#include "nlp/flat_map.h"

namespace entente::nlp {

// A set of Penn tags as a bit mask (Tag values are < 64).
using TagSet = uint64_t;
constexpr TagSet Bit(Tag t) { return TagSet{1} << static_cast<unsigned>(t); }
constexpr bool Has(TagSet s, Tag t) { return (s & Bit(t)) != 0; }
constexpr TagSet kNounTags = Bit(Tag::NN) | Bit(Tag::NNS) | Bit(Tag::NNP) | Bit(Tag::NNPS);
constexpr TagSet kVerbTags =
    Bit(Tag::VB) | Bit(Tag::VBD) | Bit(Tag::VBG) | Bit(Tag::VBN) | Bit(Tag::VBP) | Bit(Tag::VBZ);
constexpr TagSet kAdjTags = Bit(Tag::JJ) | Bit(Tag::JJR) | Bit(Tag::JJS);
constexpr TagSet kAdvTags = Bit(Tag::RB) | Bit(Tag::RBR) | Bit(Tag::RBS);

// Maps a Penn tag name ("NNS", "PRP$", ",") to a Tag; false when unknown.
bool ParseTagName(std::string_view name, Tag* tag);

enum WnPos : uint8_t { kWnNoun = 0, kWnVerb = 1, kWnAdj = 2, kWnAdv = 3 };

// Everything known about one lower-case string.
struct WordEntry {
  uint8_t wn_mask = 0;     // bit p (WnPos) set: the string is a lemma in index.<p>
  uint8_t case_flags = 0;  // kCapitalisedLemma / kLowerLemma, from data.noun and data.adj
  uint16_t count[4] = {};  // SemCor tag counts per WnPos (cntlist.rev), saturating
  uint8_t senses[4] = {};  // number of WordNet senses per WnPos, saturating at 255
  uint32_t exc_first = 0;  // irregular inflections of this form: exceptions_[first, first+count)
  uint16_t exc_count = 0;
  uint8_t verb_form = 0;  // irregular verb form bits: kIrrPast, kIrrParticiple (word_lists.cc)
  int32_t irregular_base = -1;  // entry index of the base of an irregular verb form
  TagSet closed_tags = 0;       // closed-class tags (0: not a closed-class word)
  Tag closed_default = Tag::kUnknown;
  int32_t closed_lemma = -1;  // entry index of the closed-class lemma, -1: the word itself
  uint16_t word_class = 0;    // WordClass bits (word_lists.h)
  uint8_t special = 0;        // Sp(word) for words the rules test by identity (word_lists.h)
};
constexpr uint8_t kCapitalisedLemma = 1;  // WordNet spells some lemma of this string capitalised
constexpr uint8_t kLowerLemma = 2;        // ... and some lemma in lower case
constexpr uint8_t kIrrPast = 1;
constexpr uint8_t kIrrParticiple = 2;

// Result of morphological analysis of one lower-case word.
struct WordAnalysis {
  const WordEntry* entry = nullptr;  // the exact form, if the lexicon knows it
  TagSet tags = 0;                   // open-class candidates (closed-class ones are in entry)
  std::string_view noun_lemma, verb_lemma, adj_lemma;
  const WordEntry* verb_entry = nullptr;                                  // the entry of verb_lemma
  uint32_t noun_score = 0, verb_score = 0, adj_score = 0, adv_score = 0;  // frequency priors
  bool capitalised_lemma = false;  // WordNet knows a capitalised lemma for this word
  bool lower_lemma = false;
  // Copies of the exact form's entry fields the tagger reads on every token (so that it need
  // not touch the large entry table): closed-class tags and lemma, word classes, special id.
  TagSet closed_tags = 0;
  Tag closed_default = Tag::kUnknown;
  uint8_t special = 0;
  uint16_t word_class = 0;
  std::string_view closed_lemma;  // empty: the word itself
};

}  // namespace entente::nlp

namespace entente {

// Declared in namespace entente because nlp.h forward-declares it there (Analyzer owns one).
class Lexicon {
 public:
  using WordEntry = nlp::WordEntry;
  using WordAnalysis = nlp::WordAnalysis;
  using WnPos = nlp::WnPos;

  static Result<std::unique_ptr<Lexicon>> Load(const std::string& wordnet_dir);

  // Exact lookup of a lower-case string; nullptr when unknown.
  const WordEntry* Find(std::string_view lower) const { return map_.Find(lower); }
  std::string_view KeyOf(int32_t index) const { return map_.KeyAt(static_cast<size_t>(index)); }

  // Morphological analysis (WordNet morphy plus the irregular tables) of a lower-case word.
  // Results are memoised in a small per-thread table (thread-safe; no locks).
  void Analyze(std::string_view lower, WordAnalysis* out) const;
  // A hint that Analyze(lower) is coming: prefetches the word's memo slot.  No effect on results.
  void PrefetchAnalysis(std::string_view lower) const;
  void AnalyzeUncached(std::string_view lower, WordAnalysis* out) const;

  // Base form of `lower` as a WnPos, or empty when none is known.
  std::string_view Morphy(std::string_view lower, WnPos pos) const;
  // The same as an entry index, -1 when none.
  int64_t MorphyIndex(std::string_view lower, WnPos pos) const;

  size_t size() const { return map_.size(); }
  // Unique per Lexicon object and never reused: keys per-thread memos of results that point
  // into this Lexicon's tables.
  uint64_t id() const { return id_; }

  // WordNet's lexicographer file number of the noun `lemma`'s first (sense 0) or second (sense
  // 1) sense, as in data.noun: 4 noun.act, 14 noun.group, 15 noun.location, 18 noun.person,
  // 26 noun.state, ...  -1 when the lemma is no WordNet noun or has no such sense.
  int NounLexFile(std::string_view lemma, int sense = 0) const;

 private:
  struct Exception {
    uint8_t pos;
    uint32_t base;  // entry index
  };
  Lexicon();
  Status LoadIndex(const std::string& path, WnPos pos);
  Status LoadExceptions(const std::string& path, WnPos pos);
  Status LoadCounts(const std::string& path);
  Status LoadCase(const std::string& path);
  void GroupExceptions();
  void AddWordLists();
  void ResolveNounClasses(std::string_view data_noun);
  bool HasPos(std::string_view w, WnPos pos) const {
    const WordEntry* e = map_.Find(w);
    return e && ((e->wn_mask >> pos) & 1);
  }

  const uint64_t id_;  // unique per Lexicon object, keys the per-thread Analyze() memo
  nlp::StringMap<WordEntry> map_;
  std::vector<Exception> exceptions_;
  std::vector<std::pair<uint32_t, Exception>> pending_exceptions_;  // while loading
  // Per entry index: lexicographer files of the first two noun senses (low byte: first), 0 none.
  std::vector<uint16_t> noun_classes_;
  static constexpr uint32_t kNoOffset = 0xFFFFFFFFu;
  struct PendingNoun {
    uint32_t entry;
    uint32_t offsets[2];
  };
  std::vector<PendingNoun> pending_nouns_;  // while loading: index.noun's first two offsets
};

}  // namespace entente

#endif  // ENTENTE_NLP_LEXICON_H_
