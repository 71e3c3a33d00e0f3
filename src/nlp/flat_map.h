// Copyright 2026 The entente Authors. Apache-2.0.
//
// StringMap<V>: an insert-only open-addressing hash map from short strings to small values, used
// by the lexicon so that a lookup on the tagging hot path costs one hash and (usually) one probe,
// with no heap allocation: keys are looked up as std::string_view.  Keys live in one arena
// (std::string, offsets stored in the slots), so the map is a handful of large allocations.
//
// Ownership: the map owns its keys and values.  Thread-safety: Find() is const and safe to call
// concurrently once building (Insert/FindOrInsert) is over.  Failure modes: none (memory
// exhaustion aside); Find() returns nullptr for a missing key.
#ifndef ENTENTE_NLP_FLAT_MAP_H_
#define ENTENTE_NLP_FLAT_MAP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/short_text.h"

namespace entente::nlp {

using short_text::HashBytes;  // src/base/short_text.h, shared with the dictionary's tables
using short_text::SameBytes;

template <typename V>
class StringMap {
 public:
  StringMap() { Rehash(1024); }

  // Returns the value for `key`, inserting a value-initialised one if absent.
  V& FindOrInsert(std::string_view key) {
    if ((size_ + 1) * 4 > slots_.size() * 3) Rehash(slots_.size() * 2);
    uint64_t h = HashBytes(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.len == kEmpty) {
        s.hash = h;
        s.offset = static_cast<uint32_t>(arena_.size());
        s.len = static_cast<uint32_t>(key.size());
        s.value_index = static_cast<uint32_t>(values_.size());
        arena_.append(key.data(), key.size());
        values_.emplace_back();
        keys_.emplace_back(s.offset, s.len);
        ++size_;
        return values_.back();
      }
      if (s.hash == h && SameBytes(KeyOf(s), key)) return values_[s.value_index];
    }
  }

  const V* Find(std::string_view key) const {
    uint64_t h = HashBytes(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.len == kEmpty) return nullptr;
      if (s.hash == h && SameBytes(KeyOf(s), key)) return &values_[s.value_index];
    }
  }

  // The stored copy of a key (stable while the map lives and no insert happens), or empty.
  std::string_view StoredKey(std::string_view key) const {
    uint64_t h = HashBytes(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.len == kEmpty) return {};
      if (s.hash == h && SameBytes(KeyOf(s), key)) return KeyOf(s);
    }
  }

  size_t size() const { return size_; }

  // Prepares for `n` keys without rehashing.
  void Reserve(size_t n) {
    size_t want = 1024;
    while (want * 3 < n * 4 + 4) want *= 2;
    if (want > slots_.size()) Rehash(want);
    values_.reserve(n);
    keys_.reserve(n);
  }

  // Values are numbered 0..size()-1 in insertion order.  IndexOf returns -1 when absent.
  int64_t IndexOf(std::string_view key) const {
    const V* v = Find(key);
    return v ? v - values_.data() : -1;
  }
  std::string_view KeyAt(size_t index) const {
    return {arena_.data() + keys_[index].first, keys_[index].second};
  }
  const V& ValueAt(size_t index) const { return values_[index]; }
  V& ValueAt(size_t index) { return values_[index]; }

  template <typename F>
  void ForEach(F&& f) const {
    for (const Slot& s : slots_)
      if (s.len != kEmpty) f(KeyOf(s), values_[s.value_index]);
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0;
    uint32_t len = kEmpty;
    uint32_t value_index = 0;
  };
  std::string_view KeyOf(const Slot& s) const { return {arena_.data() + s.offset, s.len}; }
  void Rehash(size_t n) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(n, Slot{});
    size_t mask = n - 1;
    for (const Slot& s : old) {
      if (s.len == kEmpty) continue;
      size_t i = s.hash & mask;
      while (slots_[i].len != kEmpty) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<V> values_;
  std::vector<std::pair<uint32_t, uint32_t>> keys_;  // per value: arena offset, length
  std::string arena_;
  size_t size_ = 0;
};

}  // namespace entente::nlp

#endif  // ENTENTE_NLP_FLAT_MAP_H_
