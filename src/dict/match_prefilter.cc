// Copyright 2026 The entente Authors. Apache-2.0.
//
// MatchPrefilter (match_prefilter.h): built from the public DictionarySet accessors into flat
// arrays (compressed rows indexed by word id), so that per sentence Load() sets a few bits,
// PatternMayMatch() tests a pattern's two or three requirements and HasDiscard() looks only at
// the discards that start with each token's word.  BlockCandidates() visits a verb block's
// patterns through an index of one requirement each; SynsetLength() finds a synset's phrases at
// a position through an index by first/last word.
#include "dict/match_prefilter.h"

#include <algorithm>
#include <bit>

#include "base/word_set.h"

namespace entente {

namespace {

// Compressed rows: for each key < bound, the values pushed for it, in push order.
void BuildRows(uint32_t bound, const std::vector<std::pair<uint32_t, uint32_t>>& pairs,
               std::vector<uint32_t>* begin, std::vector<uint32_t>* values) {
  begin->assign(static_cast<size_t>(bound) + 1, 0);
  for (const auto& [k, v] : pairs) ++(*begin)[k + 1];
  for (size_t i = 1; i < begin->size(); ++i) (*begin)[i] += (*begin)[i - 1];
  values->resize(pairs.size());
  std::vector<uint32_t> fill(begin->begin(), begin->end() - 1);
  for (const auto& [k, v] : pairs) (*values)[fill[k]++] = v;
}

// How unlikely a pattern requirement is to occur in a news sentence, higher is rarer: a content
// word (longer ones rarer), then a synset (its phrases start with several words), then the
// function words that fill almost every sentence ("TO", "WITH", "THE").  Measured on the news
// set: keyed by a function word, a block marked ~35 patterns a call for ~1 that passed.
int KeyRarity(const DictionarySet& dict, uint32_t requirement, bool synset) {
  static const WordSet kFunctionWords{
      "A", "AN", "THE", "TO", "OF", "IN", "ON", "AT", "BY", "FOR", "WITH", "FROM", "INTO", "ONTO", "UPON",
      "OVER", "UNDER", "ABOUT", "AFTER", "BEFORE", "SINCE", "UNTIL", "DURING", "AGAINST", "BETWEEN",
      "AMONG", "THROUGH", "WITHOUT", "WITHIN", "OUT", "UP", "DOWN", "OFF", "AWAY", "BACK", "AND", "OR",
      "BUT", "NOR", "AS", "IF", "THAN", "THAT", "THIS", "THESE", "THOSE", "IT", "ITS", "HE", "HIS", "HIM",
      "SHE", "HER", "THEY", "THEM", "THEIR", "WE", "OUR", "US", "YOU", "I", "WHO", "WHICH", "WHAT", "WHEN",
      "WHERE", "IS", "WAS", "ARE", "WERE", "BE", "BEEN", "BEING", "HAS", "HAVE", "HAD", "DO", "DOES",
      "DID", "WILL", "WOULD", "CAN", "COULD", "MAY", "MIGHT", "SHOULD", "MUST", "SHALL", "NOT", "NO",
      "ALSO", "MORE", "MOST", "SO", "ALL", "ANY", "SOME", "ONE", "TWO", "NEW", "SAID", "SAYS", "SAY"};
  if (synset) return 1000;
  std::string_view w = dict.Word(requirement);
  if (kFunctionWords.contains(w)) return 0;
  return 2000 + static_cast<int>(std::min<size_t>(w.size(), 100));
}

}  // namespace

MatchPrefilter::MatchPrefilter(const DictionarySet& dict) {
  auto see = [&](WordId w) {
    if (w != kNoWord && w + 1 > bound_) bound_ = w + 1;
  };
  // Synsets: which can start with which word.
  const size_t n_synsets = dict.synset_count();
  synset_always_.assign(n_synsets, 0);
  std::vector<std::pair<uint32_t, uint32_t>> firsts;
  for (uint32_t s = 0; s < n_synsets; ++s) {
    std::vector<WordId> seen;
    for (const auto& phrase : dict.synset(s).phrases) {
      if (phrase.empty()) continue;  // never matches (coder/patterns.cc SynsetAt)
      WordId w = phrase[0];
      if (w == kNoWord) {
        synset_always_[s] = 1;
        continue;
      }
      if (std::find(seen.begin(), seen.end(), w) != seen.end()) continue;
      seen.push_back(w);
      see(w);
      firsts.emplace_back(w, s);
    }
  }
  // Patterns: their literal words and synsets.
  const size_t n_patterns = dict.pattern_count();
  req_begin_.reserve(n_patterns + 1);
  req_begin_.push_back(0);
  for (uint32_t p = 0; p < n_patterns; ++p) {
    const VerbPattern& pat = dict.pattern(p);
    for (const auto* side : {&pat.before, &pat.after}) {
      for (const PatternElement& e : *side) {
        if (e.kind == PatternElementKind::kWord && e.word != kNoWord) {
          see(e.word);
          req_.push_back(e.word);
        } else if (e.kind == PatternElementKind::kSynset && e.synset < n_synsets && !synset_always_[e.synset]) {
          req_.push_back(kSynsetBit | e.synset);
        }
      }
    }
    req_begin_.push_back(static_cast<uint32_t>(req_.size()));
  }
  // Discards, by first word.
  std::vector<std::pair<uint32_t, uint32_t>> by_first;
  for (const Discard& d : dict.discards()) {
    if (d.words.empty()) continue;  // never matches in the coder's scan
    uint32_t id = static_cast<uint32_t>(discards_.size());
    discards_.push_back({d.words, d.story});
    if (d.words[0] == kNoWord) {
      unindexed_discards_.push_back(id);
    } else {
      see(d.words[0]);
      by_first.emplace_back(d.words[0], id);
    }
  }
  BuildRows(bound_, firsts, &first_begin_, &first_synsets_);
  BuildRows(bound_, by_first, &discard_begin_, &discard_ids_);

  // Verb blocks: each pattern keyed by one requirement, the one most likely absent from a
  // sentence (KeyRarity), patterns without requirements listed apart.  Any requirement would give
  // the same candidates (BlockCandidates tests them all); a rare key only means fewer patterns
  // to test.
  const size_t n_blocks = dict.verb_block_count();
  block_patterns_begin_.assign(1, 0);
  block_always_begin_.assign(1, 0);
  block_keys_begin_.assign(1, 0);
  key_pos_begin_.assign(1, 0);
  std::vector<std::pair<uint32_t, uint32_t>> keyed;  // (key requirement, position)
  for (uint32_t b = 0; b < n_blocks; ++b) {
    const std::vector<uint32_t>& pats = dict.verb_block(b).patterns;
    block_patterns_.insert(block_patterns_.end(), pats.begin(), pats.end());
    keyed.clear();
    for (uint32_t pos = 0; pos < pats.size(); ++pos) {
      const uint32_t p = pats[pos];
      if (p + 1 >= req_begin_.size() || req_begin_[p] == req_begin_[p + 1]) {
        block_always_.push_back(pos);  // PatternMayMatch is always true
        continue;
      }
      uint32_t key = req_[req_begin_[p]];
      int best = -1;
      for (uint32_t i = req_begin_[p]; i < req_begin_[p + 1]; ++i) {
        const int r = KeyRarity(dict, req_[i], (req_[i] & kSynsetBit) != 0);
        if (r > best) best = r, key = req_[i];
      }
      keyed.emplace_back(key, pos);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 0; i < keyed.size(); ++i) {
      if (i == 0 || keyed[i].first != keyed[i - 1].first) {
        if (i > 0) key_pos_begin_.push_back(static_cast<uint32_t>(key_pos_.size()));
        bool fresh;
        key_index_.FindOrInsert((static_cast<uint64_t>(b) << 32) | keyed[i].first,
                                static_cast<uint32_t>(key_req_.size()), &fresh);
        key_req_.push_back(keyed[i].first);
      }
      key_pos_.push_back(keyed[i].second);
    }
    if (!keyed.empty()) key_pos_begin_.push_back(static_cast<uint32_t>(key_pos_.size()));
    block_patterns_begin_.push_back(static_cast<uint32_t>(block_patterns_.size()));
    block_always_begin_.push_back(static_cast<uint32_t>(block_always_.size()));
    block_keys_begin_.push_back(static_cast<uint32_t>(key_req_.size()));
  }

  // Synset phrases by first and by last word, longest first within a word.
  by_first_begin_.assign(1, 0);
  by_last_begin_.assign(1, 0);
  auto by_word_then_longest = [](const PhraseRef& a, const PhraseRef& b) {
    return a.word != b.word ? a.word < b.word : a.length > b.length;
  };
  for (uint32_t y = 0; y < n_synsets; ++y) {
    const size_t first_start = by_first_.size(), last_start = by_last_.size();
    for (const auto& phrase : dict.synset(y).phrases) {
      if (phrase.empty()) continue;  // never matches
      const uint32_t offset = static_cast<uint32_t>(phrase_words_.size());
      const uint32_t length = static_cast<uint32_t>(phrase.size());
      phrase_words_.insert(phrase_words_.end(), phrase.begin(), phrase.end());
      by_first_.push_back({phrase.front(), offset, length});
      by_last_.push_back({phrase.back(), offset, length});
    }
    std::sort(by_first_.begin() + static_cast<std::ptrdiff_t>(first_start), by_first_.end(), by_word_then_longest);
    std::sort(by_last_.begin() + static_cast<std::ptrdiff_t>(last_start), by_last_.end(), by_word_then_longest);
    by_first_begin_.push_back(static_cast<uint32_t>(by_first_.size()));
    by_last_begin_.push_back(static_cast<uint32_t>(by_last_.size()));
  }
}

void MatchPrefilter::BlockCandidates(uint32_t block, const SentenceWords& s, std::vector<uint32_t>* out) const {
  out->clear();
  if (static_cast<size_t>(block) + 1 >= block_patterns_begin_.size()) return;
  const uint32_t* pats = block_patterns_.data() + block_patterns_begin_[block];
  const size_t n = block_patterns_begin_[block + 1] - block_patterns_begin_[block];
  // Positions (in the block's pattern list) of the patterns without requirements and of those
  // whose key occurs, marked in a bitmap so that they come out in block order.
  constexpr size_t kMaxWords = 64;  // blocks up to 4,096 patterns use the bitmap
  uint64_t marks[kMaxWords];
  const bool bitmap = n <= kMaxWords * 64;
  const size_t words = (n + 63) / 64;
  if (bitmap) std::fill(marks, marks + words, uint64_t{0});
  auto mark = [&](uint32_t pos) {
    if (bitmap)
      marks[pos >> 6] |= uint64_t{1} << (pos & 63);
    else
      out->push_back(pos);
  };
  for (uint32_t i = block_always_begin_[block]; i < block_always_begin_[block + 1]; ++i) mark(block_always_[i]);
  const uint32_t keys = block_keys_begin_[block + 1] - block_keys_begin_[block];
  if (bitmap && keys > s.words_set_.size() + s.synsets_set_.size()) {
    // More keys than the sentence has words and synsets: look each of those up instead (a
    // synset may be listed twice; marking is idempotent).
    auto mark_key = [&](uint32_t requirement) {
      const uint32_t k = key_index_.Find((static_cast<uint64_t>(block) << 32) | requirement);
      if (k == dict_internal::EdgeMap::kMissing) return;
      for (uint32_t i = key_pos_begin_[k]; i < key_pos_begin_[k + 1]; ++i) mark(key_pos_[i]);
    };
    for (uint32_t w : s.words_set_) mark_key(w);
    for (uint32_t y : s.synsets_set_) mark_key(kSynsetBit | y);
  } else {
    for (uint32_t k = block_keys_begin_[block]; k < block_keys_begin_[block + 1]; ++k) {
      const uint32_t r = key_req_[k];
      bool present;
      if (r & kSynsetBit) {
        const uint32_t y = r & ~kSynsetBit;
        present = (y >> 6) < s.synset_bits_.size() && ((s.synset_bits_[y >> 6] >> (y & 63)) & 1);
      } else {
        present = WordOccurs(s, r);
      }
      if (present)
        for (uint32_t i = key_pos_begin_[k]; i < key_pos_begin_[k + 1]; ++i) mark(key_pos_[i]);
    }
  }
  // Back to pattern ids in block order, keeping those that pass every requirement.
  if (bitmap) {
    // PatternMayMatch() inlined over raw arrays: the pattern ids of a block are valid, so only
    // the requirement bits need checking (the same tests, without the per-call bounds checks).
    const uint64_t* word_bits = s.word_bits_.data();
    const uint64_t* synset_bits = s.synset_bits_.data();
    const uint32_t word_limit = static_cast<uint32_t>(std::min<size_t>(bound_, s.word_bits_.size() * 64));
    const size_t synset_limit = s.synset_bits_.size() * 64;
    const uint32_t* req = req_.data();
    const uint32_t* req_begin = req_begin_.data();
    const size_t pattern_count = req_begin_.empty() ? 0 : req_begin_.size() - 1;
    auto may_match = [&](uint32_t p) {
      if (p >= pattern_count) return true;  // unknown pattern: do not filter
      for (uint32_t i = req_begin[p], e = req_begin[p + 1]; i < e; ++i) {
        const uint32_t r = req[i];
        if (r & kSynsetBit) {
          const uint32_t y = r & ~kSynsetBit;
          if (y >= synset_limit || !((synset_bits[y >> 6] >> (y & 63)) & 1)) return false;
        } else if (r >= word_limit || !((word_bits[r >> 6] >> (r & 63)) & 1)) {
          return false;
        }
      }
      return true;
    };
    for (size_t wi = 0; wi < words; ++wi) {
      for (uint64_t m = marks[wi]; m; m &= m - 1) {
        const uint32_t p = pats[wi * 64 + static_cast<size_t>(std::countr_zero(m))];
        if (may_match(p)) out->push_back(p);
      }
    }
    return;
  }
  std::sort(out->begin(), out->end());
  size_t kept = 0;
  for (uint32_t pos : *out) {
    const uint32_t p = pats[pos];
    if (PatternMayMatch(p, s)) (*out)[kept++] = p;
  }
  out->resize(kept);
}

uint32_t MatchPrefilter::SynsetLength(uint32_t synset, std::span<const WordId> words, uint32_t pos,
                                      bool forward) const {
  if (static_cast<size_t>(synset) + 1 >= by_first_begin_.size() || pos >= words.size()) return 0;
  const std::vector<PhraseRef>& refs = forward ? by_first_ : by_last_;
  const std::vector<uint32_t>& begin = forward ? by_first_begin_ : by_last_begin_;
  const WordId w = words[pos];
  auto first = refs.begin() + begin[synset], last = refs.begin() + begin[synset + 1];
  auto it = std::lower_bound(first, last, w, [](const PhraseRef& r, WordId key) { return r.word < key; });
  for (; it != last && it->word == w; ++it) {  // longest first: the first match is the longest
    const uint32_t len = it->length;
    size_t start;
    if (forward) {
      if (static_cast<size_t>(pos) + len > words.size()) continue;
      start = pos;
    } else {
      if (static_cast<size_t>(pos) + 1 < len) continue;
      start = static_cast<size_t>(pos) + 1 - len;
    }
    if (std::equal(phrase_words_.begin() + it->offset, phrase_words_.begin() + it->offset + len,
                   words.begin() + static_cast<std::ptrdiff_t>(start)))
      return len;
  }
  return 0;
}

void MatchPrefilter::Load(std::span<const WordId> words, SentenceWords* s) const {
  const size_t word_blocks = (static_cast<size_t>(bound_) + 63) / 64;
  const size_t synset_blocks = (synset_always_.size() + 63) / 64;
  if (s->word_bits_.size() != word_blocks || s->synset_bits_.size() != synset_blocks) {
    s->word_bits_.assign(word_blocks, 0);
    s->synset_bits_.assign(synset_blocks, 0);
    s->words_set_.clear();
    s->synsets_set_.clear();
  }
  for (uint32_t w : s->words_set_) s->word_bits_[w >> 6] = 0;
  for (uint32_t y : s->synsets_set_) s->synset_bits_[y >> 6] = 0;
  s->words_set_.clear();
  s->synsets_set_.clear();
  for (WordId w : words) {
    if (w >= bound_) continue;  // kNoWord, or a word no pattern, synset or discard uses
    uint64_t bit = uint64_t{1} << (w & 63);
    if (s->word_bits_[w >> 6] & bit) continue;
    s->word_bits_[w >> 6] |= bit;
    s->words_set_.push_back(w);
    for (uint32_t i = first_begin_[w]; i < first_begin_[w + 1]; ++i) {
      uint32_t y = first_synsets_[i];
      s->synset_bits_[y >> 6] |= uint64_t{1} << (y & 63);
      s->synsets_set_.push_back(y);
    }
  }
}

bool MatchPrefilter::PatternMayMatch(uint32_t pattern, const SentenceWords& s) const {
  if (pattern + 1 >= req_begin_.size()) return true;  // unknown pattern: do not filter
  for (uint32_t i = req_begin_[pattern]; i < req_begin_[pattern + 1]; ++i) {
    uint32_t r = req_[i];
    if (r & kSynsetBit) {
      uint32_t y = r & ~kSynsetBit;
      if ((y >> 6) >= s.synset_bits_.size() || !((s.synset_bits_[y >> 6] >> (y & 63)) & 1)) return false;
    } else if (!WordOccurs(s, r)) {
      return false;
    }
  }
  return true;
}

MatchPrefilter::DiscardKinds MatchPrefilter::Discards(std::span<const WordId> words) const {
  DiscardKinds found;
  const size_t n = words.size();
  auto see = [&](const DiscardPhrase& d, size_t i) {
    if ((d.story ? found.story : found.sentence) || i + d.words.size() > n) return;
    if (std::equal(d.words.begin(), d.words.end(), words.begin() + static_cast<std::ptrdiff_t>(i)))
      (d.story ? found.story : found.sentence) = true;
  };
  for (size_t i = 0; i < n && !(found.story && found.sentence); ++i) {
    WordId w = words[i];
    if (w < bound_)
      for (uint32_t k = discard_begin_[w]; k < discard_begin_[w + 1]; ++k) see(discards_[discard_ids_[k]], i);
    for (uint32_t id : unindexed_discards_) see(discards_[id], i);
  }
  return found;
}

bool MatchPrefilter::HasDiscard(std::span<const WordId> words, bool story) const {
  const DiscardKinds found = Discards(words);
  return story ? found.story : found.sentence;
}

}  // namespace entente
