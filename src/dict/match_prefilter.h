// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal, for the coder: exact prefilters over a compiled DictionarySet, so that per sentence
// the coder skips work that cannot succeed (bench/README.md has the profile that motivates them).
//
//   MatchPrefilter filter(*dict);                    // once per DictionarySet, O(dictionary)
//   MatchPrefilter::SentenceWords scratch;           // one per thread, reused
//   filter.Load(words, &scratch);                    // per sentence, O(tokens)
//   if (filter.HasDiscard(words, /*story=*/false)) ...             // replaces the O(d * n) scan
//   for (uint32_t p : block.patterns)
//     if (filter.PatternMayMatch(p, scratch)) MatchPattern(...);    // most patterns skipped
//
// PatternMayMatch(p) is false only when pattern p cannot match the sentence whatever the window:
// one of its literal words (kWord) does not occur in the sentence, or one of its synsets
// (kSynset) has no phrase whose first word occurs.  Every element of a pattern must be found for
// it to match (coder/patterns.cc), so skipping such a pattern never changes the coder's result.
// HasDiscard(words, story) is exactly "some discard phrase of that kind occurs as consecutive
// words" (what the coder's scan over DictionarySet::discards() computes), found through an index
// by first word.  Words that are kNoWord match nothing, as in the coder.
//
//   filter.BlockCandidates(block, scratch, &ids);                  // the same, by block index
//   filter.SynsetLength(synset, words, pos, forward);              // a synset at a position
//
// Ownership: a MatchPrefilter keeps a reference to nothing; it copies what it needs (about 8
// bytes per pattern element, 12 bytes per vocabulary word, 28 bytes per synset phrase plus its
// words).  SentenceWords is caller-owned scratch.  Thread-safety: MatchPrefilter is immutable after construction and safe to share;
// a SentenceWords belongs to one thread at a time.  Failure modes: none (construction
// allocates; std::bad_alloc propagates like any allocation in the caller).
#ifndef ENTENTE_DICT_MATCH_PREFILTER_H_
#define ENTENTE_DICT_MATCH_PREFILTER_H_

#include <cstdint>
#include <span>
#include <vector>

#include "dict/flat_hash.h"
#include "entente/dict.h"

namespace entente {

class MatchPrefilter {
 public:
  // Which words and synset starts occur in one sentence.  Reusable: Load() clears what the
  // previous sentence set, in O(previous tokens).
  class SentenceWords {
   public:
    SentenceWords() = default;

   private:
    friend class MatchPrefilter;
    std::vector<uint64_t> word_bits_;    // bit w set: word w occurs
    std::vector<uint64_t> synset_bits_;  // bit s set: a phrase of synset s starts with a word that occurs
    std::vector<uint32_t> words_set_;    // the word ids set, to clear them
    std::vector<uint32_t> synsets_set_;
  };

  explicit MatchPrefilter(const DictionarySet& dict);

  // Records the sentence's words (the coder's WordIds, kNoWord for unknown tokens).
  void Load(std::span<const WordId> words, SentenceWords* s) const;

  // False when pattern `pattern` (an index into DictionarySet::pattern()) cannot match the
  // sentence last loaded into `s`; true otherwise.
  bool PatternMayMatch(uint32_t pattern, const SentenceWords& s) const;

  // True when a discard phrase with Discard::story == story occurs in `words` (consecutive).
  bool HasDiscard(std::span<const WordId> words, bool story) const;
  // Both kinds in one pass: {HasDiscard(words, true), HasDiscard(words, false)}.
  struct DiscardKinds {
    bool story = false;
    bool sentence = false;
  };
  DiscardKinds Discards(std::span<const WordId> words) const;

  // The patterns of verb block `block` (DictionarySet::verb_block(block).patterns) for which
  // PatternMayMatch is true, in the block's order, into *out (cleared first).  Exactly the
  // patterns a loop over the block testing PatternMayMatch would keep, found through an index
  // of each pattern's first literal requirement so that the block's other patterns are not
  // visited.  An unknown block gives nothing.
  void BlockCandidates(uint32_t block, const SentenceWords& s, std::vector<uint32_t>* out) const;

  // The length of the longest phrase of synset `synset` that matches `words` at `pos`: starting
  // there (forward) or ending there (!forward); 0 when none does.  Exactly what scanning every
  // phrase of DictionarySet::synset(synset) gives (coder/patterns.cc), found through an index by
  // first (last) word.  An unknown synset gives 0.
  uint32_t SynsetLength(uint32_t synset, std::span<const WordId> words, uint32_t pos, bool forward) const;

  size_t pattern_count() const { return req_begin_.empty() ? 0 : req_begin_.size() - 1; }

 private:
  static constexpr uint32_t kSynsetBit = 0x80000000u;  // requirement is a synset, not a word

  bool WordOccurs(const SentenceWords& s, uint32_t w) const {
    return w < bound_ && w < s.word_bits_.size() * 64 && ((s.word_bits_[w >> 6] >> (w & 63)) & 1);
  }

  uint32_t bound_ = 0;                      // 1 + the largest word id any index refers to
  // Pattern requirements: pattern p needs req_[req_begin_[p] .. req_begin_[p + 1]).  A
  // requirement is a word id, or kSynsetBit | synset index.
  std::vector<uint32_t> req_begin_;
  std::vector<uint32_t> req_;
  std::vector<uint8_t> synset_always_;      // synset s may match anything (a phrase starts with kNoWord)
  // Synsets by the first word of their phrases (CSR over word ids < bound_).
  std::vector<uint32_t> first_begin_;
  std::vector<uint32_t> first_synsets_;
  // Discards by first word (CSR over word ids < bound_), each with its words and kind.
  struct DiscardPhrase {
    std::vector<WordId> words;
    bool story = false;
  };
  std::vector<DiscardPhrase> discards_;
  std::vector<uint32_t> discard_begin_;
  std::vector<uint32_t> discard_ids_;
  std::vector<uint32_t> unindexed_discards_;  // first word kNoWord: checked at every position

  // Verb blocks: per block, the positions (in the block's pattern list) of patterns without
  // requirements, and its distinct key requirements (one per pattern that has any: its rarest,
  // KeyRarity in the .cc), each with the positions of the patterns it keys.
  std::vector<uint32_t> block_patterns_begin_;  // block b's pattern ids: block_patterns_[begin[b], begin[b+1])
  std::vector<uint32_t> block_patterns_;
  std::vector<uint32_t> block_always_begin_;    // CSR over blocks: positions with no requirement
  std::vector<uint32_t> block_always_;
  std::vector<uint32_t> block_keys_begin_;      // CSR over blocks: indices into key_req_
  std::vector<uint32_t> key_req_;               // a requirement (word id or kSynsetBit | synset)
  std::vector<uint32_t> key_pos_begin_;         // CSR over keys: positions keyed by key k
  std::vector<uint32_t> key_pos_;
  // (block << 32 | key requirement) -> key index k: a block with more keys than the sentence has
  // words and synsets is searched from the sentence's side.
  dict_internal::EdgeMap key_index_;

  // Synset phrases by first and by last word: per synset a run of entries sorted by word, then
  // longest first; phrase words are copied into phrase_words_.
  struct PhraseRef {
    WordId word;       // first (last) word of the phrase
    uint32_t offset;   // into phrase_words_
    uint32_t length;   // >= 1
  };
  std::vector<uint32_t> phrase_words_;
  std::vector<uint32_t> by_first_begin_;  // CSR over synsets into by_first_
  std::vector<PhraseRef> by_first_;
  std::vector<uint32_t> by_last_begin_;   // CSR over synsets into by_last_
  std::vector<PhraseRef> by_last_;
};

}  // namespace entente

#endif  // ENTENTE_DICT_MATCH_PREFILTER_H_
