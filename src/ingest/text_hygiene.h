// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal: byte-level text hygiene shared by the readers (see the "Text hygiene" paragraph of
// include/entente/ingest.h), charset transcoding for HTML, and whitespace helpers.
#ifndef ENTENTE_SRC_INGEST_TEXT_HYGIENE_H_
#define ENTENTE_SRC_INGEST_TEXT_HYGIENE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace entente::ingest {

struct CleanOptions {
  // true: drop NUL and other C0 controls except \t \n, map \f \v to \n, CR LF / CR to LF, and
  // remove a leading byte-order mark.  false (raw JSON lines): only repair invalid UTF-8 and drop
  // NUL bytes; everything else is left for the JSON parser to judge.  Default true.
  bool normalize_controls = true;
};

struct CleanText {
  std::string text;                // valid UTF-8
  size_t input_bytes = 0;          // size of the raw input
  size_t invalid_sequences = 0;    // maximal invalid subparts, each replaced by one U+FFFD
  size_t invalid_bytes = 0;        // bytes those subparts covered
  size_t nul_bytes = 0;            // NUL bytes dropped
  size_t control_bytes = 0;        // other control bytes dropped (not \t \n \r \f \v)
  bool from_utf16 = false;         // input had a UTF-16 byte-order mark and was decoded

  // Fraction of input bytes that were invalid UTF-8, NUL or other control characters.
  double SuspectFraction() const;
};

// Repairs `raw` into valid UTF-8 (U+FFFD for each maximal invalid subpart, as the Unicode
// standard recommends) and applies `options`.  Never fails.
CleanText Clean(std::string_view raw, const CleanOptions& options = {});

// True if `bytes` is entirely valid UTF-8 (no overlongs, surrogates or code points > U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

// The charset an HTML page declares in its first 4 KiB (<meta charset=...> or
// http-equiv content-type), lower-cased, or nullopt.
std::optional<std::string> SniffHtmlCharset(std::string_view html);

// Converts `bytes` from `charset` to UTF-8 with ICU (ISO-8859-1 and US-ASCII are read as
// windows-1252, as browsers do).  nullopt if ICU does not know the charset.
std::optional<std::string> TranscodeToUtf8(std::string_view bytes, std::string_view charset);

// Folds every run of ASCII whitespace and U+00A0 to one space and trims the ends.
std::string CollapseWhitespace(std::string_view text);

// Trims ASCII whitespace at both ends.
std::string_view TrimAscii(std::string_view text);

}  // namespace entente::ingest

#endif  // ENTENTE_SRC_INGEST_TEXT_HYGIENE_H_
