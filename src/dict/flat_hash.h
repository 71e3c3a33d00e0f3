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
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace entente::dict_internal {

inline uint64_t MixU64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

// Unaligned little-endian loads (memcpy of a constant size compiles to one move).
inline uint64_t Load64(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}
inline uint32_t Load32(const char* p) {
  uint32_t x;
  std::memcpy(&x, p, 4);
  return x;
}

// A hash of a word read a few bytes at a time (words are short: one to three loads instead of
// a multiply per byte), each load within the word's bytes: 8-byte blocks then one overlapping
// 8-byte load for the rest; 4..7 bytes as two overlapping 4-byte loads; 1..3 bytes as the first,
// middle and last byte.  The length is mixed in, so overlaps do not collide.
inline uint64_t HashText(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ (n * 0xff51afd7ed558ccdULL);
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 < n; i += 8) h = (h ^ Load64(p + i)) * 0xc4ceb9fe1a85ec53ULL;
    h ^= Load64(p + n - 8);
  } else if (n >= 4) {
    h ^= Load32(p) | (static_cast<uint64_t>(Load32(p + n - 4)) << 32);
  } else if (n > 0) {
    h ^= static_cast<unsigned char>(p[0]) | (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
         (static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
  }
  return MixU64(h);
}

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

// Byte equality of two short strings, inline (a memcmp call costs more than comparing a word):
// a few overlapping loads, as HashText reads.
inline bool SameBytes(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* x = a.data();
  const char* y = b.data();
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8)
      if (Load64(x + i) != Load64(y + i)) return false;
    return Load64(x + n - 8) == Load64(y + n - 8);
  }
  if (n >= 4) return Load32(x) == Load32(y) && Load32(x + n - 4) == Load32(y + n - 4);
  for (size_t i = 0; i < n; ++i)
    if (x[i] != y[i]) return false;
  return true;
}

class WordTable {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  uint32_t Find(std::string_view word) const {
    if (slots_.empty()) return kMissing;
    uint64_t h = HashText(word);
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
    uint64_t h = HashText(word);
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
      uint64_t h = HashText(words_[id]);
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
