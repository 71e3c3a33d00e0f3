// Copyright 2026 The entente Authors. Apache-2.0.
//
// Penn-Treebank-style tokeniser (tokenizer.h).  Scans one sentence left to right:
//   - a word is a run of letters/digits joined by inner hyphens ("Sino-Russian", "al-Qaeda"),
//     inner periods ("U.S", "3.5", "a.m"), digit-group commas ("1,000"), apostrophes followed by
//     a letter ("O'Brien", "didn't"), "&" and "/" between word characters ("AT&T", "9/11");
//   - a following period is kept on abbreviations: dotted ones and initials ("U.S.", "W.") and
//     listed ones ("Mr.", "Inc.", "Jan."); at the very end of the sentence a dotted abbreviation
//     is followed by an extra "." token covering the same byte (as PTB does), a listed one gives
//     up its period;
//   - clitics are split: "did" "n't", "ca" "n't", "wo" "n't", "Russia" "'s", "they" "'re",
//     and one written apart as in tokenised corpora ("Israel 's army") is one token "'s";
//     "cannot" -> "can" "not";
//   - punctuation is one token per mark except runs: "...", "--", "``", "''", "?!";
//   - an underscore between words separates them like a space ("Dol_Amroth": TABARI's joiner).
// Curly quotes and apostrophes behave like straight ones.  Normalize() gives the upper-case,
// accent-folded form (utf8proc) used for dictionary matching.
#include "nlp/tokenizer.h"

#include <array>
#include <bit>
#include <cstring>

#include <utf8proc.h>

#include "nlp/text_util.h"
#include "nlp/word_lists.h"

namespace entente::nlp {
namespace {

// kAsciiAlnum[b]: byte b is an ASCII letter or digit (IsWordCp of a one-byte code point).
constexpr auto kAsciiAlnum = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}();

// kAsciiStop[b]: b is an ASCII byte that is neither a letter or digit nor one of the marks
// ReadWord() may keep inside a word (- . , ' & / :), so a word ends before it.
constexpr auto kAsciiStop = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[c] = !kAsciiAlnum[c];
  for (char c : {'-', '.', ',', '\'', '&', '/', ':'}) t[static_cast<unsigned char>(c)] = false;
  return t;
}();

// kAsciiUpper[b]: the upper case of an ASCII lower-case letter, every other byte itself.
constexpr auto kAsciiUpper = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = static_cast<unsigned char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  return t;
}();

// The high bit of each of the 8 bytes at p that is not an ASCII letter or digit (little-endian:
// the lowest set bit marks the first such byte), 0 when all are.  SWAR on the bytes with their
// high bit cleared, so no addition carries from one byte into the next.
inline uint64_t NotAsciiAlnum(const char* p) {
  const uint64_t x = LoadU64(p);
  const uint64_t y = x & ~kHighBits;  // bytes 0..0x7F (text_util.h)
  const uint64_t digit = BytesInRange(y, '0', '9');
  const uint64_t folded = y | (0x20 * kEachByte);  // 'A'..'Z' -> 'a'..'z'; no other byte lands there
  const uint64_t letter = BytesInRange(folded, 'a', 'z');
  return (x & kHighBits) | (~(digit | letter) & kHighBits);
}

class TokenizerImpl {
 public:
  TokenizerImpl(std::string_view text, uint32_t begin, uint32_t end, const Lexicon& lex,
                std::vector<Token>* out, TokenText* store)
      : text_(text.substr(0, end)), readable_(text.size()), begin_(begin), end_(end), lex_(lex), out_(out),
        store_(store) {}

  void Run() {
    size_t i = begin_;
    while (i < end_) {
      // ASCII bytes, the bulk of news text, without decoding a code point: the same decisions
      // as the general path below (IsSpaceCp of a one-byte code point is c <= ' ' or DEL;
      // IsWordCp is kAsciiAlnum).
      const unsigned char c = static_cast<unsigned char>(text_[i]);
      if (c < 0x80) {
        if (c <= ' ' || c == 0x7F) {
          ++i;
        } else if (kAsciiAlnum[c]) {
          i = ReadWord(i);
          // A single space and another word: read it straight away (the loop would skip the
          // space and come to the word's first byte).
          while (i + 1 < end_ && text_[i] == ' ' && kAsciiAlnum[static_cast<unsigned char>(text_[i + 1])])
            i = ReadWord(i + 1);
        } else if (c == '_' && i > begin_ && WordAt(i + 1) && IsWordCp(PrevCp(i))) {
          ++i;
        } else {
          i = ReadPunct(i, c, 1);
        }
        continue;
      }
      int len;
      int32_t cp = DecodeAt(text_, i, &len);
      if (IsSpaceCp(cp)) {
        i += len;
        continue;
      }
      // An underscore between words joins the words of one name, TABARI style ("Dol_Amroth",
      // "Minas_Tirith"): it separates them like a space.
      if (cp == '_' && i > begin_ && WordAt(i + 1) && IsWordCp(PrevCp(i))) {
        i += len;
        continue;
      }
      if (IsWordCp(cp)) {
        i = ReadWord(i);
      } else {
        i = ReadPunct(i, cp, len);
      }
    }
  }

 private:
  int32_t CpAt(size_t i, int* len) const {
    if (i >= end_) {
      *len = 0;
      return -1;
    }
    return DecodeAt(text_, i, len);
  }
  // The code point that ends just before byte i (i > begin_).
  int32_t PrevCp(size_t i) const {
    size_t k = i - 1;
    while (k > begin_ && (static_cast<unsigned char>(text_[k]) & 0xC0) == 0x80) --k;
    int len;
    return DecodeAt(text_, k, &len);
  }
  bool WordAt(size_t i) const {
    if (i < end_ && static_cast<unsigned char>(text_[i]) < 0x80)
      return kAsciiAlnum[static_cast<unsigned char>(text_[i])];
    int len;
    int32_t cp = CpAt(i, &len);
    return cp >= 0 && IsWordCp(cp);
  }

  // Inline at every call: a call per token cost more than the work (b <= e <= end_ always).
  [[gnu::always_inline]] void Emit(size_t b, size_t e, Tag tag = Tag::kUnknown) {
    Token& t = out_->emplace_back();
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.text = std::string_view(text_.data() + b, e - b);
    // A word of at most 8 bytes with 8 bytes of the analysed text readable from its start (all
    // but the last few bytes of a document): one 8-byte load, upper-cased in a register.
    if (e - b <= 8 && b + 8 <= readable_ && NormalizeShortAscii(text_.data() + b, e - b, &t.norm)) {
      t.tag = tag;
      return;
    }
    // A word of 9 to 16 bytes: two overlapping 8-byte loads within the word.
    if (e - b > 8 && e - b <= 16 && NormalizeMidAscii(text_.data() + b, e - b, &t.norm)) {
      t.tag = tag;
      return;
    }
    t.norm = Normalize(t.text, store_);
    t.tag = tag;
  }

  // True when only closing quotes/brackets and spaces remain after position k.
  bool OnlyClosersAfter(size_t k) const {
    while (k < end_) {
      int len;
      int32_t cp = DecodeAt(text_, k, &len);
      if (!IsClosingCp(cp) && !IsSpaceCp(cp)) return false;
      k += len;
    }
    return true;
  }

  size_t ReadWord(size_t p) {
    size_t q = p;
    bool plain = true;  // only ASCII letters and digits so far: no apostrophe to split at
    while (q < end_) {
      // ASCII letters and digits, the bulk of every word: eight bytes at a time while eight are
      // left, then one table look-up per byte, instead of decoding code points (the general
      // loop below would take them one by one alike).
      while (q + 8 <= end_) {
        const uint64_t other = NotAsciiAlnum(text_.data() + q);
        if (other != 0) {
          q += static_cast<size_t>(std::countr_zero(other)) / 8;
          break;
        }
        q += 8;
      }
      while (q < end_ && kAsciiAlnum[static_cast<unsigned char>(text_[q])]) ++q;
      if (q >= end_) break;
      // Most words end at a space or a mark that never joins words: the rules below would all
      // decline it, so stop without decoding it.
      if (kAsciiStop[static_cast<unsigned char>(text_[q])]) break;
      int len;
      int32_t cp = DecodeAt(text_, q, &len);
      if (cp >= 0x80 && IsWordCp(cp)) {  // an ASCII word byte was taken above
        q += len;
        plain = false;
        continue;
      }
      size_t nx = q + len;
      if (!WordAt(nx)) break;
      char prev = text_[q - 1];
      char next = text_[nx];
      if (cp == '-' || cp == 0x2010 || cp == 0x2011) {
        q = nx, plain = false;
      } else if (cp == '.' && (IsAsciiAlpha(next) || IsAsciiDigit(next))) {
        q = nx, plain = false;
      } else if (cp == ',' && IsAsciiDigit(prev) && nx + 3 <= end_ && IsAsciiDigit(text_[nx]) &&
                 IsAsciiDigit(text_[nx + 1]) && IsAsciiDigit(text_[nx + 2]) &&
                 (nx + 3 == end_ || !IsAsciiDigit(text_[nx + 3]))) {
        q = nx, plain = false;
      } else if (IsApostropheCp(cp) && cp != 0x2018 && IsAsciiAlpha(next)) {
        q = nx, plain = false;
      } else if ((cp == '&' || cp == '/') && q > p) {
        q = nx, plain = false;
      } else if (cp == ':' && IsAsciiDigit(prev) && IsAsciiDigit(next)) {
        q = nx, plain = false;
      } else {
        break;
      }
    }
    // A period after the word: keep it on abbreviations.
    size_t word_end = q;
    bool extra_period = false;
    if (q < end_ && text_[q] == '.' && !(q + 1 < end_ && text_[q + 1] == '.')) {
      std::string_view w = text_.substr(p, q - p);
      bool has_alpha = false;
      for (char c : w) has_alpha |= IsAsciiAlpha(c);
      bool dotted = has_alpha && w.find('.') != std::string_view::npos;
      bool initial = w.size() == 1 && IsAsciiUpper(w[0]);
      bool at_end = OnlyClosersAfter(q + 1);
      if (dotted || initial) {
        word_end = q + 1;
        extra_period = at_end;
      } else if (has_alpha && w.size() < 16) {
        char buf[16];
        for (size_t k = 0; k < w.size(); ++k) buf[k] = ToLowerAscii(w[k]);
        const std::string_view lower(buf, w.size());
        const WordEntry* e = MayBeAbbreviation(lower) ? lex_.Find(lower) : nullptr;
        if (e && (e->word_class & (kClassTitle | kClassMonthAbbrev | kClassAbbrev)) && !at_end)
          word_end = q + 1;
      }
    }
    EmitWord(p, word_end, plain);
    if (extra_period) Emit(word_end - 1, word_end, Tag::kPeriod);
    return word_end;
  }

  // Emits text[p, q) splitting clitics.  `plain`: text[p, q) is ASCII letters and digits
  // (and perhaps a final period), so it holds no apostrophe.
  void EmitWord(size_t p, size_t q, bool plain) {
    std::string_view w = text_.substr(p, q - p);
    if (w.size() == 6 && (w[0] | 0x20) == 'c') {  // 'c' or 'C'
      char buf[6];
      for (int k = 0; k < 6; ++k) buf[k] = ToLowerAscii(w[k]);
      if (std::string_view(buf, 6) == "cannot") {
        Emit(p, p + 3);
        Emit(p + 3, q);
        return;
      }
    }
    if (plain) {
      Emit(p, q);
      return;
    }
    // Find the last apostrophe (ASCII or U+2019, 3 bytes E2 80 99).
    size_t ap = std::string_view::npos;
    size_t aplen = 0;
    for (size_t k = w.size(); k-- > 0;) {
      if (w[k] == '\'') {
        ap = k, aplen = 1;
        break;
      }
      if (k + 2 < w.size() && static_cast<unsigned char>(w[k]) == 0xE2 &&
          static_cast<unsigned char>(w[k + 1]) == 0x80 &&
          static_cast<unsigned char>(w[k + 2]) == 0x99) {
        ap = k, aplen = 3;
        break;
      }
    }
    if (ap != std::string_view::npos && ap > 0) {
      std::string_view after = w.substr(ap + aplen);
      char suf[3] = {0, 0, 0};
      if (after.size() <= 2) {
        for (size_t k = 0; k < after.size(); ++k) suf[k] = ToLowerAscii(after[k]);
      }
      std::string_view s(suf, after.size() <= 2 ? after.size() : 0);
      if (s == "t" && ap >= 2 && ToLowerAscii(w[ap - 1]) == 'n') {
        Emit(p, p + ap - 1);
        Emit(p + ap - 1, q);
        return;
      }
      if (s == "s" || s == "re" || s == "ve" || s == "ll" || s == "d" || s == "m") {
        Emit(p, p + ap);
        Emit(p + ap, q);
        return;
      }
    }
    Emit(p, q);
  }

  size_t ReadPunct(size_t i, int32_t cp, int len) {
    // A possessive written apart, as in tokenised corpora ("Israel 's army", "Sadr 's militia"):
    // one "'s" token, as if it had been attached.
    if (IsApostropheCp(cp) && cp != 0x2018 && i > begin_ + 1 && text_[i - 1] == ' ' &&
        kAsciiAlnum[static_cast<unsigned char>(text_[i - 2])] && i + len < end_ &&
        (text_[i + len] == 's' || text_[i + len] == 'S') &&
        (i + len + 1 >= end_ || !kAsciiAlnum[static_cast<unsigned char>(text_[i + len + 1])])) {
      Emit(i, i + len + 1);
      return i + len + 1;
    }
    auto run = [&](char c) {
      size_t k = i;
      while (k < end_ && text_[k] == c) ++k;
      return k;
    };
    switch (cp) {
      case '.': {
        size_t k = run('.');
        if (k - i >= 2) {
          Emit(i, k, Tag::kColon);
          return k;
        }
        // ". . ." spaced ellipsis
        if (i + 5 <= end_ && text_.substr(i, 5) == ". . .") {
          Emit(i, i + 5, Tag::kColon);
          return i + 5;
        }
        Emit(i, i + 1, Tag::kPeriod);
        return i + 1;
      }
      case '!':
      case '?': {
        size_t k = i;
        while (k < end_ && (text_[k] == '!' || text_[k] == '?')) ++k;
        Emit(i, k, Tag::kPeriod);
        return k;
      }
      case ',':
        Emit(i, i + 1, Tag::kComma);
        return i + 1;
      case ';':
      case ':':
        Emit(i, i + 1, Tag::kColon);
        return i + 1;
      case '-': {
        size_t k = run('-');
        Emit(i, k, Tag::kColon);
        return k;
      }
      case '(':
      case '[':
      case '{':
        Emit(i, i + 1, Tag::kOpenParen);
        return i + 1;
      case ')':
      case ']':
      case '}':
        Emit(i, i + 1, Tag::kCloseParen);
        return i + 1;
      case '`': {
        size_t k = run('`');
        Emit(i, k, Tag::kQuote);
        return k;
      }
      case '\'': {
        size_t k = run('\'');
        Emit(i, k, Tag::kQuote);
        return k;
      }
      case '"':
        Emit(i, i + 1, Tag::kQuote);
        return i + 1;
      case '$':
        Emit(i, i + 1, Tag::kDollar);
        return i + 1;
      case '#':
        Emit(i, i + 1, Tag::kHash);
        return i + 1;
      case '%':
        Emit(i, i + 1, Tag::NN);
        return i + 1;
      case '&':
        Emit(i, i + 1, Tag::CC);
        return i + 1;
      case '<': {
        // A stock ticker in wire copy ("Boeing Co <BA>", "<BAN>") is one symbol, no word: its
        // letters would otherwise read as a name or a word ("ban").
        size_t k = i + 1;
        while (k < end_ && k < i + 12 &&
               ((text_[k] >= 'A' && text_[k] <= 'Z') || (text_[k] >= '0' && text_[k] <= '9') || text_[k] == '.')) {
          ++k;
        }
        if (k > i + 1 && k < end_ && text_[k] == '>') {
          Emit(i, k + 1, Tag::SYM);
          return k + 1;
        }
        break;
      }
      default:
        break;
    }
    if (IsQuoteCp(cp)) {
      Emit(i, i + len, Tag::kQuote);
    } else if (IsDashCp(cp) || cp == 0x2026) {
      Emit(i, i + len, Tag::kColon);
    } else if (cp == 0x20AC || cp == 0xA3 || cp == 0xA5) {  // euro, pound, yen
      Emit(i, i + len, Tag::kDollar);
    } else {
      Emit(i, i + len, Tag::SYM);
    }
    return i + len;
  }

  // Normalize() of the n <= 8 bytes at p, 8 bytes being readable there, when they are ASCII:
  // sets *norm (p itself when no letter is lower case, else 8 bytes of the store, 8 - n given
  // back) and returns true; false (nothing stored) for any other byte.
  bool NormalizeShortAscii(const char* p, size_t n, std::string_view* norm) {
    const uint64_t mask = n == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * n)) - 1;  // little-endian
    const uint64_t x = LoadU64(p) & mask;
    if (x & kHighBits) return false;
    const uint64_t lower = BytesInRange(x, 'a', 'z') & mask;  // text_util.h
    if (lower == 0) {
      *norm = std::string_view(p, n);
      return true;
    }
    const uint64_t upper = x ^ (lower >> 2);  // clears bit 5 (0x20) of the lower-case letters
    char* out = store_->Allocate(8);
    std::memcpy(out, &upper, 8);
    store_->Shrink(8 - n);
    *norm = std::string_view(out, n);
    return true;
  }

  // Normalize() of the 8 < n <= 16 bytes at p when they are ASCII, as two overlapping 8-byte
  // words (the second ends at the last byte): sets *norm (p itself when no letter is lower case,
  // else n bytes of the store) and returns true; false (nothing stored) for any other byte.
  bool NormalizeMidAscii(const char* p, size_t n, std::string_view* norm) {
    const uint64_t x0 = LoadU64(p);
    const uint64_t x1 = LoadU64(p + n - 8);
    if ((x0 | x1) & kHighBits) return false;
    const uint64_t lower0 = BytesInRange(x0, 'a', 'z');
    const uint64_t lower1 = BytesInRange(x1, 'a', 'z');
    if ((lower0 | lower1) == 0) {
      *norm = std::string_view(p, n);
      return true;
    }
    const uint64_t upper0 = x0 ^ (lower0 >> 2);
    const uint64_t upper1 = x1 ^ (lower1 >> 2);
    char* out = store_->Allocate(n);
    std::memcpy(out, &upper0, 8);
    std::memcpy(out + n - 8, &upper1, 8);  // the overlap gets the same bytes twice
    *norm = std::string_view(out, n);
    return true;
  }

  std::string_view text_;
  size_t readable_;  // bytes readable from text_.data(): the whole analysed text, not only to end_
  size_t begin_, end_;
  const Lexicon& lex_;
  std::vector<Token>* out_;
  TokenText* store_;
};

void AppendCp(int32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

}  // namespace

void Tokenize(std::string_view text, uint32_t begin, uint32_t end, const Lexicon& lex,
              std::vector<Token>* out, TokenText* store) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (begin >= end) return;
  out->reserve(out->size() + (end - begin) / 5 + 4);  // ~5 bytes per token in news text
  TokenizerImpl(text, begin, end, lex, out, store).Run();
}

std::string_view Normalize(std::string_view text, TokenText* store) {
  // ASCII text (almost every token) in one pass, upper-casing by table; anything else through
  // the general path.  A word without lower-case letters is its own norm.
  const size_t n = text.size();
  char* out = store->Allocate(n);
  unsigned char seen = 0;   // OR of the bytes: >= 0x80 when one is not ASCII
  unsigned char lower = 0;  // OR of (byte != its upper case)
  for (size_t k = 0; k < n; ++k) {
    const unsigned char c = static_cast<unsigned char>(text[k]);
    const unsigned char u = kAsciiUpper[c];
    seen |= c;
    lower |= c ^ u;
    out[k] = static_cast<char>(u);
  }
  if (seen < 0x80) {
    if (lower != 0) return {out, n};
    store->Shrink(n);
    return text;
  }
  store->Shrink(n);
  thread_local std::string norm;
  Normalize(text, &norm);
  return store->Copy(norm);
}

void Normalize(std::string_view text, std::string* norm) {
  // ASCII text (almost every token) in one pass; anything else starts over on the general path.
  norm->resize(text.size());
  char* out = norm->data();
  size_t i = 0;
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) {
    out[i] = ToUpperAscii(text[i]);
    ++i;
  }
  if (i == text.size()) return;
  norm->clear();
  i = 0;
  while (i < text.size()) {
    int len;
    int32_t cp = DecodeAt(text, i, &len);
    i += len;
    if (cp < 0x80) {
      norm->push_back(ToUpperAscii(static_cast<char>(cp)));
      continue;
    }
    switch (cp) {
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032:
        norm->push_back('\'');
        continue;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0xAB:
      case 0xBB:
      case 0x2033:
        norm->push_back('"');
        continue;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
        norm->push_back('-');
        continue;
      case 0x2014:
      case 0x2015:
        norm->append("--");
        continue;
      case 0x2026:
        norm->append("...");
        continue;
      case 0xFFFD:
        continue;
      default:
        break;
    }
    utf8proc_int32_t parts[8];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(
        cp, parts, 8,
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT),
        &boundclass);
    if (n <= 0 || n > 8) {
      AppendCp(cp, norm);
      continue;
    }
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
      int32_t c = parts[k];
      if (c < 0x80)
        norm->push_back(ToUpperAscii(static_cast<char>(c)));
      else
        AppendCp(utf8proc_toupper(c), norm);
    }
  }
}

}  // namespace entente::nlp
