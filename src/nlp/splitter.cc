// Copyright 2026 The entente Authors. Apache-2.0.
//
// Sentence splitter (splitter.h): one left-to-right pass over the bytes.  A sentence ends
//   - at a blank line (always), or at a line break after a short unpunctuated line that starts
//     a sentence and is followed by a capitalised line (a headline or dateline);
//   - at . ! ? or an ellipsis followed (after closing quotes and brackets, which stay in the
//     sentence) by white space and then something that is not a lower-case letter;
// except after abbreviations: titles (Mr. Gen. Sen. St.) and initials ("George W. Bush") never
// end a sentence; dotted abbreviations (U.S., a.m.), company suffixes (Inc. Corp.) and month
// abbreviations end one only when the next word is a capitalised word that typically starts a
// sentence ("The", "He", "But").  Decimals ("3.5"), "$1.2" and "U.S.-led" never split because
// the period is not followed by white space.
#include "nlp/splitter.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "nlp/text_util.h"
#include "nlp/word_lists.h"

namespace entente::nlp {
namespace {

// kStopsPlainRun[b]: byte b ends a run of plain ASCII characters (a space or control byte, a
// non-ASCII byte or DEL, or a sentence terminator . ! ?).
constexpr auto kStopsPlainRun = [] {
  std::array<bool, 256> t{};
  for (int d = 0; d < 256; ++d) t[d] = d <= ' ' || d >= 0x7F || d == '.' || d == '!' || d == '?';
  return t;
}();

// The high bit of each of the 8 bytes at p that ends a plain run (kStopsPlainRun), and in
// *spaces that of each byte that is a space (0x20).  SWAR on the bytes with their high bit
// cleared, so no addition carries from one byte into the next.
inline uint64_t PlainRunStops(const char* p, uint64_t* spaces) {
  const uint64_t x = LoadU64(p);
  const uint64_t y = x & ~kHighBits;  // bytes 0..0x7F (text_util.h)
  auto eq = [&](unsigned c) { return ~BytesAtLeast(y ^ (c * kEachByte), 1) & kHighBits; };
  *spaces = eq(' ') & ~x;
  return (x & kHighBits) | (~BytesAtLeast(y, ' ' + 1) & kHighBits) | BytesAtLeast(y, 0x7F) | eq('.') | eq('!') |
         eq('?');
}

bool IsTerminator(char c) { return c == '.' || c == '!' || c == '?'; }

// Lower-cased ASCII copy of text[b, e) into buf (at most n bytes); returns the view or empty.
std::string_view LowerInto(std::string_view text, size_t b, size_t e, char* buf, size_t n) {
  if (e <= b || e - b >= n) return {};
  for (size_t i = b; i < e; ++i) buf[i - b] = ToLowerAscii(text[i]);
  return {buf, e - b};
}

// The next word starting at i (letters, digits, apostrophes), as [b, e).
void NextWord(std::string_view text, size_t i, size_t* b, size_t* e) {
  size_t j = i;
  while (j < text.size()) {
    int len;
    int32_t cp = DecodeAt(text, j, &len);
    if (!IsQuoteCp(cp) && cp != '(' && cp != '[') break;
    j += len;
  }
  *b = j;
  while (j < text.size() && (IsAsciiAlpha(text[j]) || static_cast<unsigned char>(text[j]) >= 0x80))
    ++j;
  *e = j;
}

class Splitter {
 public:
  Splitter(std::string_view text, const Lexicon& lex,
           std::vector<std::pair<uint32_t, uint32_t>>* out)
      : text_(text), lex_(lex), out_(*out) {}

  void Run() {
    out_.clear();
    size_t n = text_.size();
    size_t i = 0;
    line_start_ = 0;
    while (i < n) {
      char c = text_[i];
      if (c == '\n') {
        HandleNewline(i);
        line_start_ = i + 1;
        ++i;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x80) {  // ASCII fast path
        if (static_cast<unsigned char>(c) <= ' ' || c == 0x7F) {
          ++i;
          continue;
        }
        if (start_ < 0) start_ = static_cast<int64_t>(i);
        if (IsTerminator(c)) {
          last_ = i + 1;
          i = HandleTerminator(i);
          continue;
        }
        // Plain characters up to the next space, terminator or non-ASCII byte.  A single space
        // between plain characters is taken in the stride: the outer loop would skip it and
        // start the next run at the byte after it, start_ being set already.
        size_t j = i + 1;
        // Eight bytes at a time while nine are readable: the run goes on over a byte that does not
        // stop it and over a space followed by one that does not (the loop below takes the same
        // bytes one by one and stops at the same byte).
        while (j + 9 <= n) {
          uint64_t spaces;
          const uint64_t stops = PlainRunStops(text_.data() + j, &spaces);
          // Stops of the bytes one further on: the same word shifted, and byte j + 8.
          const uint64_t next_stops =
              (stops >> 8) | (uint64_t{kStopsPlainRun[static_cast<unsigned char>(text_[j + 8])]} << 63);
          const uint64_t ends = stops & ~(spaces & ~next_stops);
          if (ends != 0) {
            j += static_cast<size_t>(std::countr_zero(ends)) / 8;
            break;
          }
          j += 8;
        }
        for (;;) {
          while (j < n && !kStopsPlainRun[static_cast<unsigned char>(text_[j])]) ++j;
          if (j + 1 < n && text_[j] == ' ' && !kStopsPlainRun[static_cast<unsigned char>(text_[j + 1])]) {
            j += 2;
            continue;
          }
          break;
        }
        last_ = j;
        i = j;
        continue;
      }
      int len;
      int32_t cp = DecodeAt(text_, i, &len);
      if (IsSpaceCp(cp)) {
        i += len;
        continue;
      }
      if (start_ < 0) start_ = static_cast<int64_t>(i);
      last_ = i + len;
      if (IsTerminator(c)) {
        i = HandleTerminator(i);
        continue;
      }
      if (cp == 0x2026) {  // horizontal ellipsis
        i = HandleEllipsis(i, i + len);
        continue;
      }
      i += len;
    }
    Close(last_);
  }

 private:
  void Close(size_t end) {
    if (start_ >= 0 && end > static_cast<size_t>(start_)) {
      out_.emplace_back(static_cast<uint32_t>(start_), static_cast<uint32_t>(end));
    }
    start_ = -1;
  }

  // Skips closing quotes and brackets after a terminator; returns the position after them.
  size_t SkipClosers(size_t k) const {
    while (k < text_.size()) {
      int len;
      int32_t cp = DecodeAt(text_, k, &len);
      if (!IsClosingCp(cp)) break;
      k += len;
    }
    return k;
  }

  // Position of the first non-space character at or after k (text size if none).
  size_t SkipSpace(size_t k) const {
    while (k < text_.size()) {
      int len;
      int32_t cp = DecodeAt(text_, k, &len);
      if (!IsSpaceCp(cp)) break;
      k += len;
    }
    return k;
  }

  bool FollowedBySpaceOrEnd(size_t k) const {
    if (k >= text_.size()) return true;
    int len;
    return IsSpaceCp(DecodeAt(text_, k, &len));
  }

  // True when the word at k is capitalised and typically starts a sentence.
  bool NextIsStarter(size_t k) const {
    size_t b, e;
    NextWord(text_, k, &b, &e);
    if (b >= e || !IsUpperStart(text_, b)) return false;
    char buf[32];
    std::string_view w = LowerInto(text_, b, e, buf, sizeof buf);
    const WordEntry* entry = w.empty() ? nullptr : lex_.Find(w);
    return entry && (entry->word_class & kClassStarter);
  }

  size_t HandleTerminator(size_t i) {
    size_t j = i;
    while (j < text_.size() && IsTerminator(text_[j])) ++j;
    size_t k = SkipClosers(j);
    last_ = k;
    if (!FollowedBySpaceOrEnd(k)) return k;
    size_t next = SkipSpace(k);
    if (next >= text_.size()) return k;  // closed at the end
    bool next_lower = IsAsciiLower(text_[next]);
    if (j - i >= 2 && text_[i] == '.' && text_[i + 1] == '.') {  // "..." ellipsis
      if (!next_lower && IsUpperStart(text_, next)) Close(k);
      return k;
    }
    if (next_lower) return k;
    if (text_[i] == '.' && j == i + 1 && !PeriodEndsSentence(i, next)) return k;
    Close(k);
    return k;
  }

  size_t HandleEllipsis(size_t i, size_t after) {
    size_t k = SkipClosers(after);
    last_ = k;
    if (!FollowedBySpaceOrEnd(k)) return k;
    size_t next = SkipSpace(k);
    if (next < text_.size() && IsUpperStart(text_, next)) Close(k);
    return k;
  }

  // Decides a single '.' at i followed by white space and a non-lower-case character at next.
  bool PeriodEndsSentence(size_t i, size_t next) const {
    // The word before the period: back to white space or an opening quote/bracket.
    size_t b = i;
    while (b > 0) {
      unsigned char c = static_cast<unsigned char>(text_[b - 1]);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '"' || c == '(' || c == '[' ||
          c == '\'')
        break;
      if (c >= 0x80) {
        // Step back over a multi-byte code point; stop at non-letters such as curly quotes.
        size_t s = b - 1;
        while (s > 0 && (static_cast<unsigned char>(text_[s]) & 0xC0) == 0x80) --s;
        int len;
        int32_t cp = DecodeAt(text_, s, &len);
        if (!IsWordCp(cp)) break;
        b = s;
        continue;
      }
      --b;
    }
    if (b == i) return true;
    std::string_view word = text_.substr(b, i - b);
    bool dotted = word.find('.') != std::string_view::npos;
    bool has_alpha = false;
    for (char c : word) has_alpha |= IsAsciiAlpha(c);
    if (!has_alpha) return true;                                  // "in 1999." or "rose 3%."
    if (word.size() == 1 && IsAsciiUpper(word[0])) return false;  // initial: "George W. Bush"
    char buf[32];
    std::string_view lower = LowerInto(text_, b, i, buf, sizeof buf);
    const WordEntry* e = lower.empty() || !MayBeAbbreviation(lower) ? nullptr : lex_.Find(lower);
    uint16_t cls = e ? e->word_class : 0;
    if (cls & kClassTitle) {
      // "St." and titles precede a name; only a lower-case-looking end can close here.
      return false;
    }
    if (cls & kClassMonthAbbrev) {
      if (IsAsciiDigit(text_[next])) return false;
      return NextIsStarter(next);
    }
    if (dotted || (cls & kClassAbbrev)) {
      if (IsAsciiDigit(text_[next])) return false;  // "No. 5", "U.S. 1"
      return NextIsStarter(next);
    }
    return true;
  }

  void HandleNewline(size_t i) {
    // A blank line always ends the sentence.
    size_t k = i + 1;
    while (k < text_.size() && (text_[k] == ' ' || text_[k] == '\t' || text_[k] == '\r')) ++k;
    if (k < text_.size() && text_[k] == '\n') {
      Close(last_);
      return;
    }
    if (start_ < 0 || static_cast<size_t>(start_) < line_start_) return;
    // A short line that started a sentence, has no final punctuation and is followed by a
    // capitalised line: a headline or dateline.
    size_t e = last_;
    if (e <= static_cast<size_t>(start_)) return;
    char lastc = text_[e - 1];
    if (IsTerminator(lastc) || lastc == ',' || lastc == ';' || lastc == ':' || lastc == '-') return;
    int words = 1;
    for (size_t p = static_cast<size_t>(start_); p < e; ++p) words += text_[p] == ' ';
    if (words > 14) return;
    size_t next = SkipSpace(i + 1);
    if (next >= text_.size()) return;
    if (!IsUpperStart(text_, next) && !IsAsciiDigit(text_[next]) && text_[next] != '"') return;
    Close(e);
  }

  std::string_view text_;
  const Lexicon& lex_;
  std::vector<std::pair<uint32_t, uint32_t>>& out_;
  int64_t start_ = -1;  // start of the open sentence, -1 if none
  size_t last_ = 0;     // end of the last non-space character seen
  size_t line_start_ = 0;
};

}  // namespace

void SplitText(std::string_view text, const Lexicon& lex,
               std::vector<std::pair<uint32_t, uint32_t>>* out) {
  if (text.size() > 0xFFFFFFF0u) text = text.substr(0, 0xFFFFFFF0u);  // offsets are 32-bit
  Splitter(text, lex, out).Run();
}

std::vector<std::pair<uint32_t, uint32_t>> SplitText(std::string_view text, const Lexicon& lex) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  SplitText(text, lex, &out);
  return out;
}

}  // namespace entente::nlp
