// Copyright 2026 The entente Authors. Apache-2.0.
//
// Helpers shared by the fuzz targets (fuzz/*_fuzz.cc): invariant checks that abort with a
// message (so libFuzzer records the input as a crash), and a UTF-8 validator.  Fuzz targets are
// programs, not library code: they may print and abort.
#ifndef ENTENTE_FUZZ_FUZZ_UTIL_H_
#define ENTENTE_FUZZ_FUZZ_UTIL_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

// Aborts with file, line and the failed condition when `cond` is false.
#define FUZZ_CHECK(cond)                                                                   \
  do {                                                                                     \
    if (!(cond)) {                                                                         \
      std::fprintf(stderr, "%s:%d: invariant violated: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                        \
    }                                                                                      \
  } while (0)

// The same with a message (anything with .c_str(), or a C string) printed after the condition.
#define FUZZ_CHECK_MSG(cond, msg)                                                                   \
  do {                                                                                              \
    if (!(cond)) {                                                                                  \
      std::fprintf(stderr, "%s:%d: invariant violated: %s: %s\n", __FILE__, __LINE__, #cond,        \
                   ::entente::fuzz::CStr(msg));                                                     \
      std::abort();                                                                                 \
    }                                                                                               \
  } while (0)

namespace entente::fuzz {

inline const char* CStr(const char* s) { return s; }
template <typename S>
const char* CStr(const S& s) {
  return s.c_str();
}

// Well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
inline bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (len == 0 || c > 0xF4 || i + len > n) return false;
    uint32_t cp = c & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
      unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

// No NUL and no C0 control character other than tab and newline (ingest's text hygiene).
inline bool CleanControls(std::string_view s) {
  for (unsigned char c : s)
    if (c < 0x20 && c != '\t' && c != '\n') return false;
  return true;
}

}  // namespace entente::fuzz

#endif  // ENTENTE_FUZZ_FUZZ_UTIL_H_
