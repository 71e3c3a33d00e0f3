// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal, header-only: WordSet, a fixed set of short words written in the code ("say",
// "tell", "report", ...), asked whether it holds a word.  One hash and, almost always, one
// comparison, instead of comparing the word with each member in turn: the coder asks such
// questions of nearly every token.
//
//   static const WordSet kReporting{"say", "tell", "report"};
//   if (kReporting.contains(token.lemma)) ...
//
// The members are views: pass string literals or other storage that outlives the set.  Built
// once (a function-local static); contains() is const and thread-safe; no failure modes (an
// empty word is never a member).
#ifndef ENTENTE_BASE_WORD_SET_H_
#define ENTENTE_BASE_WORD_SET_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string_view>
#include <vector>

#include "base/short_text.h"

namespace entente {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : WordSet(words.begin(), words.end()) {}
  // From a range of things convertible to std::string_view (an array of literals).
  template <typename It>
  WordSet(It first, It last) {
    size_t cap = 8;
    while (cap < static_cast<size_t>(std::distance(first, last)) * 4) cap *= 2;  // a quarter full at most
    slots_.assign(cap, std::string_view());
    mask_ = cap - 1;
    for (; first != last; ++first) {
      std::string_view w = *first;
      if (w.empty()) continue;
      size_t i = short_text::HashBytes(w) & mask_;
      while (!slots_[i].empty() && !short_text::SameBytes(slots_[i], w)) i = (i + 1) & mask_;
      slots_[i] = w;
    }
  }

  bool contains(std::string_view w) const {
    if (w.empty()) return false;
    for (size_t i = short_text::HashBytes(w) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].empty()) return false;
      if (short_text::SameBytes(slots_[i], w)) return true;
    }
  }

 private:
  std::vector<std::string_view> slots_;  // empty: a free slot
  size_t mask_ = 0;
};

}  // namespace entente

#endif  // ENTENTE_BASE_WORD_SET_H_
