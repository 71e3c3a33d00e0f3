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
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace entente::nlp {

// Unaligned loads (memcpy of a constant size compiles to one move).
inline uint64_t LoadU64(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}
inline uint32_t LoadU32(const char* p) {
  uint32_t x;
  std::memcpy(&x, p, 4);
  return x;
}

// A hash of a short string read a few bytes at a time, every load within its bytes: 8-byte
// blocks then one overlapping 8-byte load for the rest; 4..7 bytes as two overlapping 4-byte
// loads; 1..3 bytes as the first, middle and last byte.  The length is mixed in first, so the
// overlaps cannot make two strings collide systematically; a final avalanche spreads every bit.
inline uint64_t HashBytes(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ (n * 0xff51afd7ed558ccdULL);
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) h = (h ^ LoadU64(p + i)) * 0xc4ceb9fe1a85ec53ULL;
    h ^= LoadU64(p + n - 8);
  } else if (n >= 4) {
    h ^= LoadU32(p) | (static_cast<uint64_t>(LoadU32(p + n - 4)) << 32);
  } else if (n > 0) {
    h ^= static_cast<unsigned char>(p[0]) | (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
         (static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// Byte equality of two short strings, inline: keys are words of a few bytes, for which a call
// to memcmp costs more than the comparison.  A few overlapping loads, as HashBytes reads.
inline bool SameBytes(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8)
      if (LoadU64(x + i) != LoadU64(y + i)) return false;
    return LoadU64(x + n - 8) == LoadU64(y + n - 8);
  }
  if (n >= 4) return LoadU32(x) == LoadU32(y) && LoadU32(x + n - 4) == LoadU32(y + n - 4);
  for (size_t i = 0; i < n; ++i)
    if (x[i] != y[i]) return false;
  return true;
}

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
