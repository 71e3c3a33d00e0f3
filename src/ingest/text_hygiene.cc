// Copyright 2026 The entente Authors. Apache-2.0.
//
// Text hygiene for ingest: a single pass that validates UTF-8 (our own decoder, replacing each
// maximal invalid subpart by U+FFFD), drops NUL and control bytes, normalises line endings and
// counts what it changed so the reader can report it and spot binary files.  UTF-16 input with a
// byte-order mark is decoded first.  Also: HTML charset sniffing and ICU transcoding (ucnv), and
// whitespace folding.  Interface: text_hygiene.h; nothing here fails or allocates beyond the
// output string.
#include "ingest/text_hygiene.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>

namespace entente::ingest {
namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 if it is ill-formed; in that
// case *bad is the length of the maximal subpart to replace (>= 1).  Table 3-7 of the Unicode
// standard.
size_t SequenceLength(std::string_view s, size_t i, size_t* bad) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 3;
    if (b0 == 0xE0) lo = 0xA0;  // no overlongs
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4;
    if (b0 == 0xF0) lo = 0x90;  // no overlongs
    if (b0 == 0xF4) hi = 0x8F;  // <= U+10FFFF
  } else {
    *bad = 1;
    return 0;
  }
  for (size_t k = 1; k < need; ++k) {
    if (i + k >= s.size()) {
      *bad = k;
      return 0;
    }
    const auto b = static_cast<unsigned char>(s[i + k]);
    const unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) {
      *bad = k;
      return 0;
    }
  }
  return need;
}

// Decodes UTF-16 (after its byte-order mark) to UTF-8; unpaired surrogates and a dangling odd
// byte become U+FFFD and are counted.
std::string DecodeUtf16(std::string_view s, bool big_endian, CleanText* stats) {
  std::string out;
  out.reserve(s.size());
  auto unit = [&](size_t i) -> uint32_t {
    const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
    return big_endian ? (a << 8 | b) : (b << 8 | a);
  };
  size_t i = 0;
  while (i + 1 < s.size()) {
    uint32_t u = unit(i);
    i += 2;
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < s.size()) {
      const uint32_t v = unit(i);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        i += 2;
        AppendUtf8(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00), &out);
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      out += kReplacement;
      ++stats->invalid_sequences;
      stats->invalid_bytes += 2;
      continue;
    }
    AppendUtf8(u, &out);
  }
  if (i < s.size()) {
    out += kReplacement;
    ++stats->invalid_sequences;
    ++stats->invalid_bytes;
  }
  return out;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

double CleanText::SuspectFraction() const {
  if (input_bytes == 0) return 0.0;
  return static_cast<double>(invalid_bytes + nul_bytes + control_bytes) / static_cast<double>(input_bytes);
}

CleanText Clean(std::string_view raw, const CleanOptions& options) {
  CleanText r;
  r.input_bytes = raw.size();
  std::string decoded;
  if (options.normalize_controls) {
    if (raw.size() >= 2 && ((raw[0] == '\xFF' && raw[1] == '\xFE') || (raw[0] == '\xFE' && raw[1] == '\xFF'))) {
      // UTF-16 with a byte-order mark.  (A UTF-32 LE mark FF FE 00 00 also lands here; such files
      // come out as NUL-heavy text and are then rejected as binary, which is what we want.)
      decoded = DecodeUtf16(raw.substr(2), raw[0] == '\xFE', &r);
      r.from_utf16 = true;
      raw = decoded;
    } else if (raw.substr(0, 3) == "\xEF\xBB\xBF") {
      raw.remove_prefix(3);
    }
  }
  std::string& out = r.text;
  out.reserve(raw.size());
  size_t i = 0;
  const size_t n = raw.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(raw[i]);
    if (c >= 0x20 && c < 0x7F) {
      // Fast path for runs of printable ASCII.
      size_t j = i + 1;
      while (j < n && static_cast<unsigned char>(raw[j]) >= 0x20 && static_cast<unsigned char>(raw[j]) < 0x7F) ++j;
      out.append(raw.data() + i, j - i);
      i = j;
      continue;
    }
    if (c < 0x80) {
      ++i;
      if (c == 0) {
        ++r.nul_bytes;
      } else if (!options.normalize_controls) {
        out.push_back(static_cast<char>(c));
      } else if (c == '\n' || c == '\t') {
        out.push_back(static_cast<char>(c));
      } else if (c == '\r') {
        if (i < n && raw[i] == '\n') ++i;
        out.push_back('\n');
      } else if (c == '\f' || c == '\v') {
        out.push_back('\n');
      } else {
        ++r.control_bytes;  // other C0 controls and DEL
      }
      continue;
    }
    size_t bad = 0;
    const size_t len = SequenceLength(raw, i, &bad);
    if (len == 0) {
      out += kReplacement;
      ++r.invalid_sequences;
      r.invalid_bytes += bad;
      i += bad;
    } else {
      out.append(raw.data() + i, len);
      i += len;
    }
  }
  return r;
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t bad = 0;
    const size_t len = SequenceLength(s, i, &bad);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::optional<std::string> SniffHtmlCharset(std::string_view html) {
  std::string head(html.substr(0, 4096));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t pos = 0;
  while ((pos = head.find("charset", pos)) != std::string::npos) {
    pos += 7;
    size_t p = pos;
    while (p < head.size() && IsAsciiSpace(head[p])) ++p;
    if (p >= head.size() || head[p] != '=') continue;
    ++p;
    while (p < head.size() && (IsAsciiSpace(head[p]) || head[p] == '"' || head[p] == '\'')) ++p;
    size_t e = p;
    while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' ||
                               head[e] == '_' || head[e] == '.' || head[e] == ':')) {
      ++e;
    }
    if (e > p) return head.substr(p, e - p);
  }
  return std::nullopt;
}

std::optional<std::string> TranscodeToUtf8(std::string_view bytes, std::string_view charset) {
  std::string name(charset);
  if (name == "iso-8859-1" || name == "latin1" || name == "latin-1" || name == "us-ascii" ||
      name == "ascii" || name == "iso8859-1") {
    name = "windows-1252";  // WHATWG encoding standard
  }
  if (bytes.size() > static_cast<size_t>(INT32_MAX / 4)) return std::nullopt;
  UErrorCode err = U_ZERO_ERROR;
  const int32_t need = ucnv_convert("UTF-8", name.c_str(), nullptr, 0, bytes.data(),
                                    static_cast<int32_t>(bytes.size()), &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) return std::nullopt;
  std::string out(static_cast<size_t>(need), '\0');
  err = U_ZERO_ERROR;
  const int32_t got = ucnv_convert("UTF-8", name.c_str(), out.data(), need, bytes.data(),
                                   static_cast<int32_t>(bytes.size()), &err);
  // A result exactly filling the buffer reports U_STRING_NOT_TERMINATED_WARNING, not a failure.
  if (U_FAILURE(err)) return std::nullopt;
  out.resize(static_cast<size_t>(got));
  return out;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    size_t width = 0;
    if (IsAsciiSpace(c)) {
      width = 1;
    } else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      width = 2;  // U+00A0 NO-BREAK SPACE (&nbsp;)
    }
    if (width) {
      pending_space = true;
      i += width;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
    ++i;
  }
  return out;
}

std::string_view TrimAscii(std::string_view text) {
  while (!text.empty() && IsAsciiSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsAsciiSpace(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace entente::ingest
