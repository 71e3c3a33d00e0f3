// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal, header-only: hashing and equality of short strings (words of a few bytes) read a
// few bytes at a time, shared by the lexicon's and the dictionary's flat hash tables
// (nlp/flat_map.h, dict/flat_hash.h).  Pure functions; thread-safe; no failure modes.
#ifndef ENTENTE_BASE_SHORT_TEXT_H_
#define ENTENTE_BASE_SHORT_TEXT_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace entente::short_text {

// Unaligned little-endian loads (memcpy of a constant size compiles to one move).
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

// A final avalanche that spreads every bit of a 64-bit key.
inline uint64_t MixU64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

// A hash of a short string read a few bytes at a time, every load within its bytes: 8-byte
// blocks then one overlapping 8-byte load for the rest; 4..7 bytes as two overlapping 4-byte
// loads; 1..3 bytes as the first, middle and last byte.  The length is mixed in first, so the
// overlaps cannot make two strings collide systematically.
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
  return MixU64(h);
}

// Byte equality of two short strings, inline (a call to memcmp costs more than comparing a
// word): a few overlapping loads, as HashBytes reads.
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

}  // namespace entente::short_text

#endif  // ENTENTE_BASE_SHORT_TEXT_H_
