// Copyright 2026 The entente Authors. Apache-2.0.
//
// MatchPrefilter (match_prefilter.h): built from the public DictionarySet accessors into flat
// arrays (compressed rows indexed by word id), so that per sentence Load() sets a few bits,
// PatternMayMatch() tests a pattern's two or three requirements and HasDiscard() looks only at
// the discards that start with each token's word.
#include "dict/match_prefilter.h"

#include <algorithm>

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

bool MatchPrefilter::HasDiscard(std::span<const WordId> words, bool story) const {
  const size_t n = words.size();
  auto matches_at = [&](const DiscardPhrase& d, size_t i) {
    return d.story == story && i + d.words.size() <= n &&
           std::equal(d.words.begin(), d.words.end(), words.begin() + static_cast<std::ptrdiff_t>(i));
  };
  for (size_t i = 0; i < n; ++i) {
    WordId w = words[i];
    if (w < bound_) {
      for (uint32_t k = discard_begin_[w]; k < discard_begin_[w + 1]; ++k) {
        if (matches_at(discards_[discard_ids_[k]], i)) return true;
      }
    }
    for (uint32_t id : unindexed_discards_) {
      if (matches_at(discards_[id], i)) return true;
    }
  }
  return false;
}

}  // namespace entente
