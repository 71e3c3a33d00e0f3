// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal: two small open-addressing hash tables (linear probing, power-of-two capacity, no
// deletion) that keep the dictionary's hot lookups in flat arrays instead of one heap node per
// entry: EdgeMap (uint64 key -> uint32 value, the phrase tries' edges) and WordTable (the
// vocabulary: word text -> WordId).  Not thread-safe while inserting; const lookups may run
// concurrently.
#ifndef ENTENTE_DICT_FLAT_HASH_H_
#define ENTENTE_DICT_FLAT_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/short_text.h"

namespace entente::dict_internal {

using short_text::HashBytes;  // src/base/short_text.h, shared with the lexicon's table
using short_text::MixU64;
using short_text::SameBytes;

class EdgeMap {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  // Returns a reference to the value for `key`, inserting `fresh` if absent; *inserted tells.
  uint32_t& FindOrInsert(uint64_t key, uint32_t fresh, bool* inserted) {
    if ((size_ + 1) * 4 > keys_.size() * 3) Grow();
    size_t i = MixU64(key) & mask_;
    while (keys_[i] != kEmptyKey) {
      if (keys_[i] == key) {
        *inserted = false;
        return values_[i];
      }
      i = (i + 1) & mask_;
    }
    keys_[i] = key;
    values_[i] = fresh;
    ++size_;
    *inserted = true;
    return values_[i];
  }

  uint32_t Find(uint64_t key) const {
    if (keys_.empty()) return kMissing;
    size_t i = MixU64(key) & mask_;
    while (keys_[i] != kEmptyKey) {
      if (keys_[i] == key) return values_[i];
      i = (i + 1) & mask_;
    }
    return kMissing;
  }

  size_t size() const { return size_; }

 private:
  static constexpr uint64_t kEmptyKey = UINT64_MAX;

  void Grow() {
    std::vector<uint64_t> old_keys = std::move(keys_);
    std::vector<uint32_t> old_values = std::move(values_);
    size_t cap = old_keys.empty() ? 1024 : old_keys.size() * 2;
    keys_.assign(cap, kEmptyKey);
    values_.assign(cap, 0);
    mask_ = cap - 1;
    for (size_t j = 0; j < old_keys.size(); ++j) {
      if (old_keys[j] == kEmptyKey) continue;
      size_t i = MixU64(old_keys[j]) & mask_;
      while (keys_[i] != kEmptyKey) i = (i + 1) & mask_;
      keys_[i] = old_keys[j];
      values_[i] = old_values[j];
    }
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

class WordTable {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  uint32_t Find(std::string_view word) const {
    if (slots_.empty()) return kMissing;
    uint64_t h = HashBytes(word);
    uint32_t tag = static_cast<uint32_t>(h >> 32);
    size_t i = h & mask_;
    while (slots_[i].id != kMissing) {
      if (slots_[i].tag == tag && SameBytes(words_[slots_[i].id], word)) return slots_[i].id;
      i = (i + 1) & mask_;
    }
    return kMissing;
  }

  uint32_t Intern(std::string_view word) {
    // At most half full: most lookups are of words not in the vocabulary, and an unsuccessful
    // linear probe at 3/4 load visits ~8 slots (at 1/2: ~2.5).
    if ((words_.size() + 1) * 2 > slots_.size()) Grow();
    uint64_t h = HashBytes(word);
    uint32_t tag = static_cast<uint32_t>(h >> 32);
    size_t i = h & mask_;
    while (slots_[i].id != kMissing) {
      if (slots_[i].tag == tag && SameBytes(words_[slots_[i].id], word)) return slots_[i].id;
      i = (i + 1) & mask_;
    }
    uint32_t id = static_cast<uint32_t>(words_.size());
    words_.emplace_back(word);
    slots_[i] = Slot{id, tag};
    return id;
  }

  const std::string& word(uint32_t id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  struct Slot {
    uint32_t id = kMissing;
    uint32_t tag = 0;
  };

  void Grow() {
    size_t cap = slots_.empty() ? 1024 : slots_.size() * 2;
    slots_.assign(cap, Slot());
    mask_ = cap - 1;
    for (uint32_t id = 0; id < words_.size(); ++id) {
      uint64_t h = HashBytes(words_[id]);
      size_t i = h & mask_;
      while (slots_[i].id != kMissing) i = (i + 1) & mask_;
      slots_[i] = Slot{id, static_cast<uint32_t>(h >> 32)};
    }
  }

  std::vector<std::string> words_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace entente::dict_internal

#endif  // ENTENTE_DICT_FLAT_HASH_H_
