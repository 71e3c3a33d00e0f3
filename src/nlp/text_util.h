// Copyright 2026 The entente Authors. Apache-2.0.
//
// Small UTF-8 and character-class helpers shared by the splitter, the tokeniser and the tagger.
// All inline, allocation-free; invalid UTF-8 decodes as a one-byte code point U+FFFD so scanning
// always advances.  The byte-range tests at the end look at 8 ASCII bytes at once.
#ifndef ENTENTE_NLP_TEXT_UTIL_H_
#define ENTENTE_NLP_TEXT_UTIL_H_

#include <cstdint>
#include <string_view>

#include "base/short_text.h"

namespace entente::nlp {

using short_text::LoadU64;  // 8 bytes of text as one little-endian word

// Decodes the code point at text[i]; sets *len to its byte length (>= 1).
inline int32_t DecodeAt(std::string_view text, size_t i, int* len) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int n;
  int32_t cp;
  if ((c & 0xE0) == 0xC0)
    n = 2, cp = c & 0x1F;
  else if ((c & 0xF0) == 0xE0)
    n = 3, cp = c & 0x0F;
  else if ((c & 0xF8) == 0xF0)
    n = 4, cp = c & 0x07;
  else {
    *len = 1;
    return 0xFFFD;
  }
  if (i + n > text.size()) {
    *len = 1;
    return 0xFFFD;
  }
  for (int k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(text[i + k]);
    if ((d & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  // Overlong forms and surrogates are invalid.
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
      (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
    *len = 1;
    return 0xFFFD;
  }
  *len = n;
  return cp;
}

inline bool IsSpaceCp(int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF || cp == 0xFFFD /* invalid bytes count as space */ ||
         (cp < 0x20) || cp == 0x7F;
}

inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline char ToLowerAscii(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }
inline char ToUpperAscii(char c) { return IsAsciiLower(c) ? static_cast<char>(c - 32) : c; }

// Quotation marks: straight, curly, guillemets, low-9.
inline bool IsQuoteCp(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A ||
         cp == 0x201B || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F ||
         cp == 0xAB || cp == 0xBB;
}
inline bool IsApostropheCp(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018; }
inline bool IsClosingCp(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x2019 || cp == 0x201D || cp == 0xBB || cp == ')' ||
         cp == ']' || cp == '}';
}
inline bool IsDashCp(int32_t cp) { return cp == 0x2013 || cp == 0x2014 || cp == 0x2015; }

// Letters and digits, including non-ASCII letters (a coarse test good enough for news text:
// every non-ASCII code point that is not a known punctuation or space counts as a letter).
inline bool IsWordCp(int32_t cp) {
  if (cp < 0x80) return IsAsciiAlpha(static_cast<char>(cp)) || IsAsciiDigit(static_cast<char>(cp));
  if (IsSpaceCp(cp) || IsQuoteCp(cp) || IsDashCp(cp)) return false;
  if (cp >= 0x2010 && cp <= 0x206F) return false;  // General Punctuation block
  if (cp >= 0xA1 && cp <= 0xBF) return false;      // Latin-1 punctuation and symbols
  if (cp == 0xD7 || cp == 0xF7) return false;      // x and division signs
  if (cp >= 0x20A0 && cp <= 0x20CF) return false;  // currency symbols
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  return true;
}

inline bool IsUpperStart(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  char c = text[i];
  if (IsAsciiUpper(c)) return true;
  if (static_cast<unsigned char>(c) < 0x80) return false;
  int len;
  int32_t cp = DecodeAt(text, i, &len);
  // Latin-1 and Latin Extended-A capitals (enough for names such as "Élysée", "Łukaszenko").
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) == 0;
  return false;
}

// 8 bytes tested at once (SWAR), each as the byte of a little-endian word (LoadU64): a result
// has the high bit (0x80) of every byte that passes set, and no other bit.  The bytes of `v`
// must be below 0x80 (ASCII; mask them with ~kHighBits or check first), so that adding to one
// never carries into the next.
inline constexpr uint64_t kEachByte = 0x0101010101010101ULL;
inline constexpr uint64_t kHighBits = 0x80 * kEachByte;
// The bytes of v that are >= c (1 <= c <= 0x80).
constexpr uint64_t BytesAtLeast(uint64_t v, unsigned c) { return (v + (0x80 - c) * kEachByte) & kHighBits; }
// The bytes of v in [lo, hi] (1 <= lo <= hi < 0x80).
constexpr uint64_t BytesInRange(uint64_t v, unsigned lo, unsigned hi) {
  // BytesAtLeast(v, lo) & ~BytesAtLeast(v, hi + 1), masked once.
  return (v + (0x80 - lo) * kEachByte) & ~(v + (0x7F - hi) * kEachByte) & kHighBits;
}

}  // namespace entente::nlp

#endif  // ENTENTE_NLP_TEXT_UTIL_H_
