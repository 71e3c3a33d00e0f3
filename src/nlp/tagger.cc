// Copyright 2026 The entente Authors. Apache-2.0.
//
// Part-of-speech tagger and lemmatiser (tagger.h), in the spirit of Brill's tagger but with
// hand-written rules instead of learned ones:
//   1. Lexical stage: each token gets a set of candidate Penn tags and a default, from the
//      closed-class lists, WordNet (lemma POS, morphy inflections, SemCor frequency priors),
//      suffix guesses for unknown words, and capitalisation (a capitalised word not at the
//      sentence start is NNP; at the start it is NNP when WordNet only knows it capitalised or
//      does not know it at all).
//   2. Contextual stage, left to right: each ambiguous token is decided from the tags already
//      chosen to its left (determiner/adjective -> noun; to/modal/do -> base verb; have ->
//      participle; be -> participle or gerund; a subject without a finite verb yet -> finite
//      verb) and the candidates of the next token.  The noun-verb ambiguity of -s words
//      ("attacks", "talks") is the main target.
//   3. Repairs: a clause without any finite verb gets one if a noun/verb-ambiguous token sits in
//      verb position; closed-class words ("that", "'s", "her", "there") are settled by their
//      neighbours.
//   4. Lemmas follow the final tag (verb lemma for verbs, noun lemma for plurals, ...).
#include "nlp/tagger.h"

#include <algorithm>
#include <initializer_list>
#include <cstring>
#include <memory>
#include <string>

#include "nlp/text_util.h"
#include "nlp/word_lists.h"

namespace entente::nlp {
namespace {

constexpr TagSet kFiniteTags = Bit(Tag::VBD) | Bit(Tag::VBZ) | Bit(Tag::VBP) | Bit(Tag::MD);
constexpr TagSet kNominalTags = kNounTags | Bit(Tag::PRP) | Bit(Tag::CD);
constexpr TagSet kPrenominal = Bit(Tag::DT) | Bit(Tag::PRPS) | Bit(Tag::POS) | Bit(Tag::JJ) |
                               Bit(Tag::JJR) | Bit(Tag::JJS) | Bit(Tag::CD) | Bit(Tag::PDT) |
                               Bit(Tag::WPS);

// What the lexical stage decides about one token from the token alone (its text and whether it
// opens the sentence): memoised per thread (LexicalMemo below), so that a sentence pays for the
// contextual part only.  Plain data; its views and pointers point into the Lexicon.
struct TokLex {
  WordAnalysis wa;
  TagSet cand = 0;
  Tag tag = Tag::kUnknown;
  uint16_t cls = 0;      // WordClass bits of the exact form
  uint8_t sp = 0;        // Sp(word) when the rules test this word by identity
  bool word = false;     // not punctuation
  bool cap = false;      // first letter upper case
  bool allcaps = false;  // two or more letters, all upper case
  bool initial = false;  // first word of the sentence (after opening quotes/brackets)
  bool closed = false;   // closed-class word
  bool number = false;
  bool has_digit = false;  // an ASCII digit in the word (set with `lower`)
  bool fixed = false;  // tag decided, not to be revised
};

struct TokInfo : TokLex {
  // The lower-case norm of a word (empty for punctuation): a view of the token's text when that
  // is already lower case, else of bytes in the sentence's TokenText (the lemma often views it).
  std::string_view lower;
};

// Per-thread memo of the lexical stage, keyed by the token's text (case matters: capitalisation
// is part of the decision), its sentence-initial flag and the sentence's title-case flag.  Two-way set-associative like the
// Lexicon's Analyze() memo; entries carry the id of the Lexicon whose tables their pointers view
// (ids are never reused), so an entry is only ever used with that Lexicon.  A decision that looked
// at the next token (NextIsLowerNoun) is not memoised.
struct alignas(64) LexicalSlot {
  uint64_t lexicon_id = 0;
  uint8_t len = 0;
  uint8_t mode = 0;  // bit 0: sentence-initial; bit 1: title-case sentence
  char key[22];
  TokLex value;
};
constexpr size_t kLexicalWays = 2;
constexpr size_t kLexicalSets = 8192;  // x 2 ways x 192 bytes = 3 MB per thread

// This thread's memo (kLexicalSets sets of kLexicalWays slots); a Tagger asks once per sentence.
LexicalSlot* LexicalMemo() {
  thread_local std::unique_ptr<LexicalSlot[]> memo(new LexicalSlot[kLexicalSets * kLexicalWays]);
  return memo.get();
}

// Inline byte compares: the suffixes are short literals, for which a memcmp call costs more
// than the comparison.
[[gnu::always_inline]] inline bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const char* p = s.data() + (s.size() - suffix.size());
  for (size_t k = 0; k < suffix.size(); ++k)
    if (p[k] != suffix[k]) return false;
  return true;
}

bool LooksNumeric(std::string_view w) {
  // "1,000", "3.5", "1990s", "2-1", "9/11", "10:30"
  if (w.empty() || !IsAsciiDigit(w[0])) return false;
  size_t digits = 0, letters = 0;
  for (char c : w) {
    if (IsAsciiDigit(c))
      ++digits;
    else if (IsAsciiAlpha(c))
      ++letters;
  }
  if (letters == 0) return true;
  return EndsWith(w, "s") && letters == 1;  // 1990s
}

bool IsOrdinal(std::string_view w) {
  if (w.size() < 3 || !IsAsciiDigit(w[0])) return false;
  std::string_view s = w.substr(w.size() - 2);
  for (size_t i = 0; i + 2 < w.size(); ++i)
    if (!IsAsciiDigit(w[i])) return false;
  return s == "st" || s == "nd" || s == "rd" || s == "th";
}

// Suffix guesses for words WordNet does not know.
TagSet GuessBySuffix(std::string_view w, Tag* def) {
  auto is = [&](std::string_view s) { return EndsWith(w, s) && w.size() > s.size() + 2; };
  if (is("ly")) return *def = Tag::RB, Bit(Tag::RB) | Bit(Tag::JJ);
  if (is("ing")) return *def = Tag::VBG, Bit(Tag::VBG) | Bit(Tag::NN) | Bit(Tag::JJ);
  if (is("ed")) return *def = Tag::VBN, Bit(Tag::VBD) | Bit(Tag::VBN) | Bit(Tag::JJ);
  for (std::string_view s : {"tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ship",
                             "hood", "age", "ery", "ure", "ist", "er", "or"}) {
    if (is(s)) return *def = Tag::NN, Bit(Tag::NN);
  }
  for (std::string_view s : {"ous", "ful", "ive", "al", "ic", "able", "ible", "less", "ish", "ary",
                             "ian", "ese", "ern", "ian"}) {
    if (is(s)) return *def = Tag::JJ, Bit(Tag::JJ) | Bit(Tag::NN);
  }
  if (w.size() > 3 && w.back() == 's' && !EndsWith(w, "ss") && !EndsWith(w, "us") &&
      !EndsWith(w, "is"))
    return *def = Tag::NNS, Bit(Tag::NNS) | Bit(Tag::VBZ);
  return *def = Tag::NN, Bit(Tag::NN);
}

class Tagger {
 public:
  Tagger(const Lexicon& lex, std::vector<Token>* tokens, std::vector<TokInfo>* info,
         TokenText* store)
      : lex_(lex), tokens_(*tokens), info_vec_(*info), store_(*store) {}

  void Run(std::vector<TokenAux>* aux) {
    size_t n = tokens_.size();
    n_ = n;
    // info_ only grows: its entries past n are left as they are (every use is bounded by n_), so
    // a sentence longer than the last does not construct entries that Run() rewrites anyway.
    if (info_vec_.size() < n) info_vec_.resize(n);
    toks_ = tokens_.data();
    info_ = info_vec_.data();
    if (set_vec_.size() < n) set_vec_.resize(n);
    sets_ = set_vec_.data();
    // Lower-case forms of the words first, each prefetching its memo slot in the lexicon: the
    // lexical stage then finds the slots in cache instead of waiting on one miss per word.
    // Tokens view one text in order: 8 bytes are readable from a token's start when they end
    // within the last token.
    const char* const readable_end = n ? toks_[n - 1].text.data() + toks_[n - 1].text.size() : nullptr;
    auto readable8 = [readable_end](const char* p) { return readable_end - p >= 8; };
    for (size_t i = 0; i < n; ++i) {
      const Token& t = toks_[i];
      if (t.tag != Tag::kUnknown) {  // punctuation: no lexical look-up
        info_[i].lower = {};
        continue;
      }
      const size_t len = t.norm.size();
      uint64_t h;
      if (len == t.text.size() &&
          ((len - 1 < 8 && readable8(t.text.data()) && LowerShortAscii(t.text, &info_[i], &h)) ||
           (len > 8 && len <= 16 && LowerMidAscii(t.text, &info_[i], &h)))) {
        PrefetchLexical(h, i);
        continue;
      }
      const char* src = t.norm.data();
      char* dst = store_.Allocate(len);
      // The text already is the lower-case norm when it has the norm's length and every byte
      // agrees: the bytes just written are then given back.
      bool same = false;
      bool digit = false;
      if (t.text.size() == len) {
        const char* text = t.text.data();
        unsigned diff = 0;
        for (size_t k = 0; k < len; ++k) {
          dst[k] = ToLowerAscii(src[k]);
          digit |= IsAsciiDigit(src[k]);
          diff |= static_cast<unsigned char>(dst[k] ^ text[k]);
        }
        same = diff == 0;
      } else {
        for (size_t k = 0; k < len; ++k) {
          dst[k] = ToLowerAscii(src[k]);
          digit |= IsAsciiDigit(src[k]);
        }
      }
      if (same) {
        store_.Shrink(len);
        info_[i].lower = t.text;
      } else {
        info_[i].lower = std::string_view(dst, len);
      }
      info_[i].has_digit = digit;
      if (t.text.size() <= sizeof(LexicalSlot::key)) PrefetchLexical(HashBytes(t.text), i);
    }
    title_ = IsTitleCase();
    const bool title = title_;
    bool seen_word = false;
    for (size_t i = 0; i < n; ++i) {
      // A quotation or a colon starts a new sentence-like unit: 'He said: "Clearly, ...'.
      bool restart =
          i > 0 &&
          (toks_[i - 1].tag == Tag::kColon ||
           (toks_[i - 1].tag == Tag::kQuote &&
            (i == 1 || toks_[i - 2].tag == Tag::kColon || toks_[i - 2].tag == Tag::kComma)));
      LexicalMemoised(i, !seen_word || restart, title);
      if (info_[i].word) seen_word = true;
    }
    Contextual();
    Repairs();
    aux->resize(n);  // every field of every entry is set below
    for (size_t i = 0; i < n; ++i) {
      RepairAt(i);
      const TokInfo& x = info_[i];
      toks_[i].tag = x.tag;
      SetLemma(i);
      TokenAux& a = (*aux)[i];
      a.cls = x.cls & ~kClassReporting;
      a.special = x.sp;
      if (IsVerb(x.tag) && x.wa.verb_entry && (x.wa.verb_entry->word_class & kClassReporting))
        a.cls |= kClassReporting;
    }
  }

 private:
  // A title-case headline ("U.S. Urges China to Push for More Talks", "Chinese President Meets
  // With Castro"): at least three words, and every word but the short function words that
  // headline style leaves in lower case starts with a capital.  A sentence with any other
  // lower-case word ("China wary at Taiwan poll result") is not one.  Needs the lower-case norms.
  bool IsTitleCase() const {
    static constexpr std::string_view kMinor[] = {
        "a",  "an", "the", "and", "or", "but", "nor", "of",  "to",   "in",   "on",  "at",  "for",
        "by", "as", "vs",  "via", "up", "off", "out", "from", "into", "over", "with", "per", "amid"};
    size_t capitalised = 0;
    for (size_t i = 0; i < n_; ++i) {
      const Token& t = toks_[i];
      if (t.tag != Tag::kUnknown || t.text.empty() || !IsAsciiAlpha(t.text[0])) continue;
      // Markup left in the text is no word: "Kickstart Sudan Peace <b>...</b>".
      if (i > 0 && i + 1 < n_ && toks_[i + 1].text == ">" &&
          (toks_[i - 1].text == "<" || toks_[i - 1].text == "</" || toks_[i - 1].text == "/")) {
        continue;
      }
      if (IsUpperStart(t.text, 0)) {
        ++capitalised;
        continue;
      }
      const std::string_view w = info_[i].lower;
      if (std::find(std::begin(kMinor), std::end(kMinor), w) == std::end(kMinor)) return false;
    }
    return capitalised >= 3;
  }

  // The lower-case norm and has_digit of a word of 1..8 bytes whose 8 bytes from its start are
  // readable, in one register, when they are ASCII (else false, nothing set).  The norm of ASCII
  // text is its upper case (Tokenize), so the lower-case norm is the text's lower case, and it is
  // the text itself when the text has no upper-case letter.  Same result as the byte loop in Run().
  // Also sets *hash, the text's memo hash (WordHash).
  bool LowerShortAscii(std::string_view text, TokInfo* x, uint64_t* hash) {
    const size_t n = text.size();
    const uint64_t mask = n == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * n)) - 1;  // little-endian
    const uint64_t w = LoadU64(text.data()) & mask;
    if (w & kHighBits) return false;
    const uint64_t upper = BytesInRange(w, 'A', 'Z');  // text_util.h
    const uint64_t digit = BytesInRange(w, '0', '9');
    x->has_digit = digit != 0;
    *hash = WordHash(w, n);
    if (upper == 0) {
      x->lower = text;
      return true;
    }
    const uint64_t lower = w | (upper >> 2);  // sets bit 5 (0x20) of the upper-case letters
    char* out = store_.Allocate(8);
    std::memcpy(out, &lower, 8);
    store_.Shrink(8 - n);
    x->lower = std::string_view(out, n);
    return true;
  }

  // The same for a word of 9 to 16 bytes, as two overlapping 8-byte words within it (the
  // second ends at the last byte).
  bool LowerMidAscii(std::string_view text, TokInfo* x, uint64_t* hash) {
    const size_t n = text.size();
    const uint64_t w0 = LoadU64(text.data());
    const uint64_t w1 = LoadU64(text.data() + n - 8);
    if ((w0 | w1) & kHighBits) return false;
    auto upper = [](uint64_t w) { return BytesInRange(w, 'A', 'Z'); };
    auto digit = [](uint64_t w) { return BytesInRange(w, '0', '9'); };
    const uint64_t upper0 = upper(w0), upper1 = upper(w1);
    x->has_digit = (digit(w0) | digit(w1)) != 0;
    *hash = WordHash(w0 ^ ((w1 << 31) | (w1 >> 33)), n);
    if ((upper0 | upper1) == 0) {
      x->lower = text;
      return true;
    }
    const uint64_t lower0 = w0 | (upper0 >> 2), lower1 = w1 | (upper1 >> 2);
    char* out = store_.Allocate(n);
    std::memcpy(out, &lower0, 8);
    std::memcpy(out + n - 8, &lower1, 8);  // the overlap gets the same bytes twice
    x->lower = std::string_view(out, n);
    return true;
  }

  // A memo hash of a word from its bytes in a register: one multiplication, where HashBytes
  // needs several (the memo only needs its sets used evenly; which hash places a word does
  // not change what the memo returns).
  static uint64_t WordHash(uint64_t bytes, size_t n) {
    return ((bytes ^ (static_cast<uint64_t>(n) << 58)) * 0x9E3779B97F4A7C15ULL) >> 40;
  }

  // Keeps the memo set of token i's hash `h` (LexicalMemoised) and prefetches it.
  void PrefetchLexical(uint64_t h, size_t i) {
    LexicalSlot* const set = LexicalSet(h);
    sets_[i] = set;
    const char* p = reinterpret_cast<const char*>(set);
#pragma GCC unroll 8
    for (size_t off = 0; off < sizeof(LexicalSlot) * kLexicalWays; off += 64) __builtin_prefetch(p + off);
  }

  // ---- lexical stage ----------------------------------------------------------------------
  // Lexical() through the per-thread memo: the same text in the same position class always gets
  // the same decision, so a hit copies it instead of recomputing it.
  void LexicalMemoised(size_t i, bool initial, bool title) {
    const Token& t = toks_[i];
    const uint8_t mode = static_cast<uint8_t>(initial) | static_cast<uint8_t>(title << 1);
    if (t.tag != Tag::kUnknown || t.text.size() > sizeof(LexicalSlot::key)) {
      ResetLexical(i);
      Lexical(i, initial, title);
      return;
    }
    const uint64_t id = lex_.id();
    LexicalSlot* set = sets_[i];
    const size_t len = t.text.size();
    for (size_t k = 0; k < kLexicalWays; ++k) {
      const LexicalSlot& slot = set[k];
      if (slot.lexicon_id == id && slot.len == len && slot.mode == mode &&
          SameBytes(std::string_view(slot.key, len), t.text)) {
        static_cast<TokLex&>(info_[i]) = slot.value;
        return;
      }
    }
    context_used_ = false;
    ResetLexical(i);
    Lexical(i, initial, title);
    if (context_used_ || len == 0) return;
    for (size_t k = kLexicalWays - 1; k > 0; --k) set[k] = set[k - 1];
    LexicalSlot& slot = set[0];
    slot.lexicon_id = id;
    slot.len = static_cast<uint8_t>(len);
    slot.mode = mode;
    std::memcpy(slot.key, t.text.data(), len);
    slot.value = static_cast<const TokLex&>(info_[i]);
  }

  // info_ is reused across sentences without being cleared: Lexical() starts from a fresh
  // TokLex, keeping only has_digit, which Run() set for words.
  void ResetLexical(size_t i) {
    TokInfo& x = info_[i];
    const bool digit = toks_[i].tag == Tag::kUnknown && x.has_digit;
    static_cast<TokLex&>(x) = TokLex{};
    x.has_digit = digit;
  }

  // `title`: the sentence is a title-case headline (IsTitleCase), where a capital says nothing
  // about a word, so every mixed-case word is read as a sentence-initial one is.
  void Lexical(size_t i, bool initial, bool title) {
    Token& t = toks_[i];
    TokInfo& x = info_[i];
    if (t.tag != Tag::kUnknown) {  // punctuation decided by the tokeniser
      x.tag = t.tag;
      x.cand = Bit(t.tag);
      x.fixed = true;
      if (t.norm == "'" || t.norm == "`" || t.norm == "\"") x.cand |= Bit(Tag::POS);
      return;
    }
    x.word = true;
    x.initial = initial;
    std::string_view w = x.lower;  // set by Run()
    std::string_view text = t.text;
    x.cap = IsUpperStart(text, 0);
    size_t letters = 0, uppers = 0;
    for (char c : text) {
      if (IsAsciiAlpha(c)) ++letters;
      if (IsAsciiUpper(c)) ++uppers;
    }
    x.allcaps = letters >= 2 && uppers == letters;
    // Whether a capital may be read as the capital of a sentence's first word.
    const bool as_initial = initial || (title && !x.allcaps);

    if (LooksNumeric(w)) {
      x.number = true;
      Set(i, Tag::CD, Bit(Tag::CD), true);
      return;
    }
    if (IsOrdinal(w)) {
      Set(i, Tag::JJ, Bit(Tag::JJ), true);
      return;
    }
    lex_.Analyze(w, &x.wa);
    const WordAnalysis& e0 = x.wa;
    x.cls = e0.word_class;
    x.sp = e0.special;
    x.closed = e0.closed_tags != 0;
    // Words with digits and letters ("F-16", "G7") and dotted abbreviations ("U.S.").
    bool has_digit = x.has_digit;  // set by Run()
    bool dotted = w.size() >= 2 && w.find('.') != std::string_view::npos && letters > 0;
    if (has_digit && letters > 0 && w.find('-') != std::string_view::npos &&
        IsAsciiAlpha(w.back()) && IsAsciiDigit(w[0])) {
      Set(i, Tag::JJ, Bit(Tag::JJ) | Bit(Tag::NN), false);  // "12-year", "30-day"
      return;
    }
    if ((has_digit && letters > 0) || (dotted && x.cap)) {
      Set(i, Tag::NNP, Bit(Tag::NNP), true);
      return;
    }
    if (dotted && (x.cls & (kClassTitle | kClassMonthAbbrev | kClassAbbrev))) {
      Set(i, Tag::NNP, Bit(Tag::NNP), true);
      return;
    }
    if (x.cap && !x.closed && (x.cls & (kClassTitle | kClassMonthAbbrev))) {
      Set(i, Tag::NNP, Bit(Tag::NNP), true);  // "Gen", "Mr", "Jan"
      return;
    }
    // Hyphenated words with a capitalised part: "Sino-Russian" (JJ), "al-Qaeda" (NNP).
    size_t dash = w.rfind('-');
    if (dash != std::string_view::npos && dash > 0 && dash + 1 < w.size() && letters > 0) {
      std::string_view last_text = text.substr(text.size() - (w.size() - dash - 1));
      std::string_view first_part = w.substr(0, dash);
      if (IsUpperStart(last_text, 0) &&
          (first_part == "pro" || first_part == "anti" || first_part == "non" ||
           first_part == "post" || first_part == "pre")) {
        Set(i, Tag::JJ, Bit(Tag::JJ) | Bit(Tag::NNP), true);  // "pro-Russia", "anti-American"
        return;
      }
      if (IsUpperStart(last_text, 0)) {
        const WordEntry* le = lex_.Find(w.substr(dash + 1));
        if (le && (le->word_class & kClassNationality) && !EndsWith(w, "s"))
          Set(i, Tag::JJ, Bit(Tag::JJ) | Bit(Tag::NNP), true);
        else
          Set(i, Tag::NNP, Bit(Tag::NNP), true);
        return;
      }
    }
    bool cap_name = x.cap;
    if (dash != std::string_view::npos && dash + 1 < w.size() && !x.allcaps &&
        !IsUpperStart(text.substr(text.size() - (w.size() - dash - 1)), 0)) {
      std::string_view last = w.substr(dash + 1);
      // "Moscow-based", "Israeli-occupied": an adjective, not a name.
      if (EndsWith(last, "ed") || last == "based" || last == "led" || last == "run") {
        Set(i, Tag::JJ, Bit(Tag::JJ), true);
        return;
      }
    }
    // Capitalisation.
    if (cap_name && (!as_initial || x.allcaps)) {
      bool closed_ok = x.closed && !(x.allcaps && w != "i" && w != "a") && !(x.cls & kClassTime) &&
                       w != "may" && w != "will";
      if (!closed_ok) {
        if ((x.cls & kClassNationality) && !x.allcaps) {
          Set(i, Tag::JJ, Bit(Tag::JJ) | Bit(Tag::NNP), true);
        } else if (EndsWith(w, "s") && !x.allcaps && Has(x.wa.tags, Tag::NNS) &&
                   (x.wa.noun_score >= 20 || x.wa.capitalised_lemma ||
                    NationalityBase(x.wa.noun_lemma))) {
          Set(i, Tag::NNPS, Bit(Tag::NNPS), true);
        } else if (x.wa.tags == 0 &&
                   (EndsWith(w, "ian") || EndsWith(w, "ean") || EndsWith(w, "ese")) &&
                   NextIsLowerNoun(i)) {
          Set(i, Tag::JJ, Bit(Tag::JJ) | Bit(Tag::NNP), true);
        } else {
          Set(i, Tag::NNP, Bit(Tag::NNP), true);
        }
        return;
      }
    }
    if (x.closed) {
      Set(i, x.wa.closed_default, x.wa.closed_tags, false);
      if (std::popcount(x.wa.closed_tags) == 1) x.fixed = true;
      // Time words are nouns; some closed words also have open-class readings worth keeping.
      return;
    }
    if (x.cap && as_initial) {
      bool known = x.wa.tags != 0;
      if (x.cls & kClassNationality) {
        Set(i, Tag::JJ, Bit(Tag::JJ) | Bit(Tag::NNP), true);
        return;
      }
      bool hyphen_lower = dash != std::string_view::npos && dash + 1 < w.size() &&
                          !IsUpperStart(text.substr(text.size() - (w.size() - dash - 1)), 0);
      if ((!known && !hyphen_lower) || (x.wa.capitalised_lemma && !x.wa.lower_lemma)) {
        Set(i, Tag::NNP, Bit(Tag::NNP), true);
        return;
      }
      // In a title-case headline a name WordNet knows is no verb when its lower-case verb and
      // noun are rare: "Japan" (to japan: 2 uses in SemCor), "Bush", "Rice" are names; "Tell"
      // (a common verb) and "Man" (a common noun) are read as words.
      if (title && x.wa.capitalised_lemma && (x.wa.tags & kVerbTags) && x.wa.verb_score < 20 &&
          x.wa.noun_score < 100 && !Has(x.wa.tags, Tag::NNS)) {
        Set(i, Tag::NNP, Bit(Tag::NNP), true);
        return;
      }
      if (x.wa.capitalised_lemma && (x.wa.tags & ~kNounTags) == 0 && !Has(x.wa.tags, Tag::NNS)) {
        Set(i, Tag::NNP, Bit(Tag::NNP) | x.wa.tags, false);
        return;
      }
    }
    x.wa.tags = Prune(x.wa, x.wa.tags);
    TagSet cand = x.wa.tags;
    Tag def = Tag::kUnknown;
    if (cand == 0) {
      // Hyphenated words: look at the last part ("Sino-Russian", "five-year", "anti-war").
      size_t dash = w.rfind('-');
      if (dash != std::string_view::npos && dash + 1 < w.size()) {
        std::string_view first = w.substr(0, dash);
        std::string_view last = w.substr(dash + 1);
        WordAnalysis la;
        lex_.Analyze(last, &la);
        const WordEntry* fe = lex_.Find(first);
        bool first_num = IsAsciiDigit(first[0]) || (fe && (fe->word_class & kClassNumber));
        if (Has(la.tags, Tag::JJ) || first_num || EndsWith(last, "ed") || first == "anti" ||
            first == "pro" || first == "non" || first == "pre" || first == "post" ||
            first == "cross" || first == "multi" || first == "inter" || first == "so-called") {
          def = Tag::JJ;
          cand = Bit(Tag::JJ) | Bit(Tag::NN);
        } else if (Has(la.tags, Tag::NNS) && !Has(la.tags, Tag::NN)) {
          def = Tag::NNS;
          cand = Bit(Tag::NNS);
        } else if (la.tags & kNounTags) {
          def = Tag::NN;
          cand = Bit(Tag::NN) | Bit(Tag::JJ);
        } else if (la.tags & kVerbTags) {
          def = Tag::JJ;
          cand = Bit(Tag::JJ) | Bit(Tag::NN);
        } else {
          cand = GuessBySuffix(last, &def);
        }
      } else {
        cand = GuessBySuffix(w, &def);
      }
      bool lower_last = dash != std::string_view::npos && dash + 1 < w.size() &&
                        !IsUpperStart(text.substr(text.size() - (w.size() - dash - 1)), 0);
      if (x.cap && as_initial && def != Tag::RB && !lower_last) {
        Set(i, Tag::NNP, Bit(Tag::NNP) | cand, false);
        return;
      }
      Set(i, def, cand, false);
      return;
    }
    Set(i, DefaultOpenTag(x), cand, false);
    if (std::popcount(cand) == 1) x.fixed = true;
  }

  bool NationalityBase(std::string_view base) const {
    const WordEntry* e = base.empty() ? nullptr : lex_.Find(base);
    return e && (e->word_class & kClassNationality);
  }
  // The next token is a lower-case word WordNet knows as a noun.
  bool NextIsLowerNoun(size_t i) {
    context_used_ = true;  // the decision depends on the next token: not memoised
    if (i + 1 >= n_ || toks_[i + 1].tag != Tag::kUnknown) return false;
    std::string_view t = toks_[i + 1].text;
    if (t.empty() || !IsAsciiLower(t[0])) return false;
    WordAnalysis a;
    lex_.Analyze(t, &a);
    return (a.tags & kNounTags) != 0;
  }

  // The most likely tag of an open-class word out of context.  News text is noun-heavy, so an
  // -s form with a plural-noun reading defaults to NNS and a base form with a noun reading to
  // NN unless the verb reading is far more frequent; context rules then decide.
  Tag DefaultOpenTag(const TokInfo& x) const {
    const WordAnalysis& a = x.wa;
    TagSet c = a.tags;
    std::string_view w = x.lower;
    uint32_t noun = (c & kNounTags) ? a.noun_score : 0;
    uint32_t verb = (c & kVerbTags) ? a.verb_score : 0;
    uint32_t adj = (c & kAdjTags) ? a.adj_score : 0;
    uint32_t adv = (c & kAdvTags) ? a.adv_score : 0;
    if (noun && verb) {
      if (Has(c, Tag::NNS) && Has(c, Tag::VBZ))
        verb = 0;
      else if ((Has(c, Tag::VB) || Has(c, Tag::VBP)) &&
               !(c & (Bit(Tag::VBD) | Bit(Tag::VBN) | Bit(Tag::VBG))) && verb < 8 * noun)
        verb = 0;
    }
    if (Has(c, Tag::VBD) || Has(c, Tag::VBN)) verb += 8 + verb;
    if (Has(c, Tag::VBG)) verb += 4;
    if (EndsWith(w, "ly") && adv) adv += 8;
    uint32_t best = std::max({noun, verb, adj, adv});
    if (best == 0) return Tag::NN;
    if (best == noun) {
      if (Has(c, Tag::NNS) && (!Has(c, Tag::NN) || (EndsWith(w, "s") && !EndsWith(w, "ss")) ||
                               (!a.noun_lemma.empty() && a.noun_lemma != w)))
        return Tag::NNS;
      return Has(c, Tag::NN) ? Tag::NN : Tag::NNS;
    }
    if (best == verb) {
      if (Has(c, Tag::VBD)) return Tag::VBD;
      if (Has(c, Tag::VBN)) return Tag::VBN;
      if (Has(c, Tag::VBG)) return Tag::VBG;
      if (Has(c, Tag::VBZ)) return Tag::VBZ;
      return Tag::VBP;
    }
    if (best == adj) return Has(c, Tag::JJ) ? Tag::JJ : Has(c, Tag::JJR) ? Tag::JJR : Tag::JJS;
    return Has(c, Tag::RB) ? Tag::RB : Has(c, Tag::RBR) ? Tag::RBR : Tag::RBS;
  }

  // Drops readings whose frequency prior is negligible next to another reading ("said" as an
  // adjective, "full" as a verb).
  static TagSet Prune(const WordAnalysis& a, TagSet c) {
    uint32_t best =
        std::max({(c & kNounTags) ? a.noun_score : 0, (c & kVerbTags) ? a.verb_score : 0,
                  (c & kAdjTags) ? a.adj_score : 0, (c & kAdvTags) ? a.adv_score : 0});
    auto weak = [&](uint32_t s) { return s < 20 && s * 30 < best; };
    if ((c & kAdjTags) && weak(a.adj_score) && (c & ~kAdjTags)) c &= ~kAdjTags;
    if ((c & kAdvTags) && weak(a.adv_score) && (c & ~kAdvTags)) c &= ~kAdvTags;
    if ((c & kVerbTags) && weak(a.verb_score) && (c & ~kVerbTags) && !(c & Bit(Tag::VBZ)))
      c &= ~kVerbTags;
    return c;
  }

  void Set(size_t i, Tag t, TagSet cand, bool fixed) {
    info_[i].tag = t;
    info_[i].cand = cand | Bit(t);
    info_[i].fixed = fixed;
  }

  // ---- helpers on context -----------------------------------------------------------------
  Tag TagAt(size_t i) const { return i < n_ ? info_[i].tag : Tag::kUnknown; }
  // The word is a verb's base form (also when Prune() dropped that rare reading).
  static bool BaseVerb(const TokInfo& t) {
    return Has(t.cand, Tag::VB) || (!t.wa.verb_lemma.empty() && t.wa.verb_lemma == t.lower);
  }
  bool SpAt(size_t i, uint8_t sp) const { return i < n_ && info_[i].sp == sp; }
  // Index of the previous token skipping adverbs and negation ("did not sign"), or -1.
  int64_t PrevNonAdverb(size_t i) const {
    for (int64_t k = static_cast<int64_t>(i) - 1; k >= 0; --k) {
      Tag t = info_[k].tag;
      if (t == Tag::RB || t == Tag::RBR || t == Tag::RBS || t == Tag::kQuote) continue;
      return k;
    }
    return -1;
  }
  // The next token is (most likely) a noun, adjective or number: its tag so far (decided, or
  // its lexical default) is nominal.
  bool NextLooksNominal(size_t i) const {
    if (i + 1 >= n_) return false;
    const TokInfo& n = info_[i + 1];
    if (!n.word) return false;
    Tag t = n.tag;
    if (IsNoun(t) || t == Tag::JJ || t == Tag::JJR || t == Tag::JJS || t == Tag::CD) return true;
    if (t == Tag::VBG || t == Tag::VBN) return (n.cand & (kNounTags | kAdjTags)) != 0;
    return false;
  }
  // Next token can start a noun phrase (an object after a verb).
  bool NextStartsObject(size_t i) const {
    if (i + 1 >= n_) return false;
    const TokInfo& n = info_[i + 1];
    Tag t = n.tag;
    if (t == Tag::DT || t == Tag::PRPS || t == Tag::NNP || t == Tag::NNPS || t == Tag::CD ||
        t == Tag::kDollar || t == Tag::PDT)
      return true;
    if (t == Tag::PRP && n.lower != "it" && !(n.cls & kClassSubjPronoun)) return true;
    if (t == Tag::PRP && n.sp == Sp("it")) return true;
    if ((t == Tag::JJ || t == Tag::NN || t == Tag::NNS) && !(n.cand & kVerbTags)) return true;
    return false;
  }

  // ---- contextual stage ---------------------------------------------------------------------
  void Contextual() {
    bool finite = false;  // a finite verb has been seen in the current clause
    sent_finite_ = false;
    for (size_t i = 0; i < n_; ++i) {
      TokInfo& x = info_[i];
      if (!x.word) {
        if (x.tag == Tag::kColon || x.tag == Tag::kOpenParen || x.tag == Tag::kQuote ||
            x.tag == Tag::kComma)
          finite = false;
        continue;
      }
      if (x.closed) {
        // DecideClosed() leaves a closed word without an identity or particle rule alone: most
        // ("the", "with", "will") are not worth the call.
        if (x.sp != 0 || (x.cls & kClassParticle)) DecideClosed(i, finite);
      } else if (!x.fixed) {
        DecideOpen(i, finite);
      }
      Tag t = x.tag;
      if (t == Tag::WDT || t == Tag::WP || (t == Tag::IN && (x.cls & kClassSubordinator)) ||
          (t == Tag::IN && x.sp == Sp("that")) || t == Tag::WRB) {
        finite = false;
      } else if (t == Tag::CC && ((i > 0 && TagAt(i - 1) == Tag::kComma) || NewSubjectAt(i + 1))) {
        finite = false;
      } else if (Has(kFiniteTags, t)) {
        finite = true;
        sent_finite_ = true;
        // A reporting verb's complement may follow without "that": "said such a step enjoyed".
        if (IsVerb(t) && x.wa.verb_entry && (x.wa.verb_entry->word_class & kClassReporting))
          finite = false;
      } else if (t == Tag::PRP && (x.cls & kClassSubjPronoun) && x.sp != Sp("it") &&
                 x.sp != Sp("you")) {
        finite = false;  // a subject pronoun starts a clause: "said Wednesday she hoped"
      }
    }
  }

  void DecideClosed(size_t i, bool finite) {
    TokInfo& x = info_[i];
    // Every rule below tests the word's identity (Sp(...) >= 1) or the particle class: a closed
    // word with neither ("the", "with", "will") keeps its lexical tag.
    if (x.sp == 0 && !(x.cls & kClassParticle)) return;
    std::string_view w = x.lower;
    Tag prev = i > 0 ? TagAt(i - 1) : Tag::kUnknown;
    int64_t pk = PrevNonAdverb(i);
    Tag prevna = pk >= 0 ? info_[pk].tag : Tag::kUnknown;
    const TokInfo* next = i + 1 < n_ ? &info_[i + 1] : nullptr;
    if (x.sp == Sp("that")) {
      // An NP followed by a finite verb after "that": it introduces a clause.
      bool np_then_verb = false;
      size_t k = i + 1;
      while (k < n_ && k < i + 12) {
        Tag t = info_[k].tag;
        bool pp = t == Tag::IN && k > i + 1 && IsNoun(info_[k - 1].tag) &&
                  !(info_[k].cls & kClassSubordinator) && info_[k].sp != Sp("that");
        if (IsNoun(t) || t == Tag::JJ || t == Tag::JJR || t == Tag::JJS || t == Tag::CD ||
            t == Tag::DT || t == Tag::POS || t == Tag::PRPS || t == Tag::PRP || t == Tag::VBG ||
            pp) {
          ++k;
          continue;
        }
        break;
      }
      if (k > i + 1 && k < n_) {
        const TokInfo& v = info_[k];
        np_then_verb =
            v.tag == Tag::MD || (v.cls & (kClassBe | kClassHave)) ||
            ((v.tag == Tag::VBD || v.tag == Tag::VBZ || v.tag == Tag::VBP) && (v.cand & kVerbTags));
        if (v.tag == Tag::RB && k + 1 < n_) {
          Tag t2 = info_[k + 1].tag;
          np_then_verb |= t2 == Tag::MD || t2 == Tag::VBD || t2 == Tag::VBZ || t2 == Tag::VBP;
        }
      }
      bool noun_next = next && next->word && !next->cap &&
                       (next->cand & (Bit(Tag::NN) | Bit(Tag::NNS) | Bit(Tag::JJ)));
      bool verb_next = next && (next->tag == Tag::MD || next->tag == Tag::RB ||
                                ((next->cand & kFiniteTags) && !IsNoun(next->tag)) ||
                                (next->cls & (kClassBe | kClassHave)));
      if (IsNoun(prev) && next && next->word &&
          (next->cand & (Bit(Tag::VBZ) | Bit(Tag::VBP) | Bit(Tag::VBD))) && i + 2 < n_ &&
          NextStartsObject(i + 1) && !np_then_verb) {
        verb_next = true;  // "a group that tracks the war"
      }
      if ((IsNoun(prev) || prev == Tag::CD || prev == Tag::PRP) && verb_next && !np_then_verb) {
        x.tag = Tag::WDT;  // "the country that signed"
      } else if (np_then_verb) {
        x.tag = Tag::IN;  // "said that the talks failed"
      } else if (noun_next || (next && next->word && next->sp == Sp("and") && prev == Tag::IN)) {
        x.tag = Tag::DT;  // "that proposal", "on that and other ..."
      } else if (next && (next->tag == Tag::kPeriod || next->tag == Tag::kComma)) {
        x.tag = Tag::DT;
      } else {
        x.tag = Tag::IN;
      }
      return;
    }
    if (x.sp == Sp("'s")) {
      if (prev == Tag::PRP || prev == Tag::EX || prev == Tag::WP || prev == Tag::WDT ||
          SpAt(i - 1, Sp("that")) || SpAt(i - 1, Sp("there")) || SpAt(i - 1, Sp("here")) ||
          SpAt(i - 1, Sp("what")) || SpAt(i - 1, Sp("it")) || SpAt(i - 1, Sp("he")) ||
          SpAt(i - 1, Sp("she"))) {
        x.tag = Tag::VBZ;
      } else if (next &&
                 (((next->tag == Tag::VBN || next->tag == Tag::VBG) && !IsNoun(prev)) ||
                  next->sp == Sp("not") || next->sp == Sp("been") || next->sp == Sp("n't"))) {
        x.tag = Tag::VBZ;
      } else {
        x.tag = Tag::POS;
      }
      return;
    }
    if (x.sp == Sp("her")) {
      x.tag =
          next && next->word && NextLooksNominal(i) && next->tag != Tag::IN ? Tag::PRPS : Tag::PRP;
      return;
    }
    if (x.sp == Sp("there")) {
      x.tag = next && (next->cls & kClassBe || next->tag == Tag::MD || next->sp == Sp("seems") ||
                       next->sp == Sp("appears") || next->sp == Sp("'s"))
                  ? Tag::EX
                  : Tag::RB;
      return;
    }
    if (x.sp == Sp("least") && prev == Tag::IN && SpAt(i - 1, Sp("at"))) {
      x.tag = Tag::JJS;  // "at least"
      return;
    }
    if (x.sp == Sp("more") || x.sp == Sp("most") || x.sp == Sp("less") || x.sp == Sp("least")) {
      bool adv =
          next && next->word && (next->cand & (kAdjTags | kAdvTags)) && !(next->cand & kNounTags);
      bool comp = x.sp == Sp("more") || x.sp == Sp("less");
      x.tag = adv ? (comp ? Tag::RBR : Tag::RBS) : (comp ? Tag::JJR : Tag::JJS);
      if (!adv && next && next->word && IsNoun(next->tag) == false && !(next->cand & kNounTags) &&
          next->tag != Tag::IN)
        x.tag = comp ? Tag::RBR : Tag::RBS;
      return;
    }
    if (x.sp == Sp("to")) {
      // Infinitival "to" before a base verb (possibly after adverbs); else a preposition.
      size_t k = i + 1;
      while (k < n_ && (info_[k].tag == Tag::RB) && info_[k].closed) ++k;
      bool verb = k < n_ && info_[k].word && BaseVerb(info_[k]) &&
                  !(info_[k].cap && !info_[k].initial && !title_);
      x.tag = verb ? Tag::TO : Tag::IN;
      return;
    }
    if (x.sp == Sp("all") || x.sp == Sp("half") || x.sp == Sp("such")) {
      if (next && (next->tag == Tag::DT || next->tag == Tag::PRPS)) x.tag = Tag::PDT;
      return;
    }
    if (x.sp == Sp("about")) {
      if (next && (next->tag == Tag::CD || next->tag == Tag::kDollar))
        x.tag = Tag::RB;
      else if (next && next->tag == Tag::TO)
        x.tag = Tag::JJ;
      else
        x.tag = Tag::IN;
      return;
    }
    if (x.cls & kClassParticle || x.sp == Sp("up") || x.sp == Sp("out") || x.sp == Sp("off") ||
        x.sp == Sp("down")) {
      bool after_verb = IsVerb(prevna) || (pk >= 0 && IsVerb(info_[pk].tag));
      bool next_of =
          next && (next->sp == Sp("of") || next->sp == Sp("to") || next->sp == Sp("from"));
      if (x.cand & Bit(Tag::RP)) {
        x.tag = after_verb && !next_of ? Tag::RP : (Has(x.cand, Tag::IN) ? Tag::IN : x.tag);
      }
      if (x.sp == Sp("back") && !after_verb && next && IsNoun(next->tag)) x.tag = Tag::RB;
      return;
    }
    if (x.sp == Sp("like")) {
      if (prevna == Tag::MD || prevna == Tag::TO)
        x.tag = Tag::VB;
      else if ((prevna == Tag::PRP || prevna == Tag::NNS) && !finite)
        x.tag = Tag::VBP;
      else if (IsVerb(prev) && next && IsVerb(next->tag))
        x.tag = Tag::IN;
      else
        x.tag = Tag::IN;
      return;
    }
    if (x.sp == Sp("have") || x.sp == Sp("do")) {
      x.tag = (prevna == Tag::MD || prevna == Tag::TO) ? Tag::VB : Tag::VBP;
      return;
    }
    if (x.sp == Sp("had")) {
      x.tag = (pk >= 0 && (info_[pk].cls & kClassHave)) ? Tag::VBN : Tag::VBD;
      return;
    }
    if (x.sp == Sp("what")) {
      x.tag = next && next->word && (next->cand & kNounTags) && !(next->cand & kVerbTags) ? Tag::WDT
                                                                                          : Tag::WP;
      return;
    }
    if (x.sp == Sp("after") || x.sp == Sp("before") || x.sp == Sp("since")) {
      x.tag = (!next || !next->word) && next && next->tag != Tag::kQuote ? Tag::RB : Tag::IN;
      return;
    }
    if (x.sp == Sp("first") || x.sp == Sp("last")) {
      if (prev == Tag::DT || prev == Tag::PRPS || prev == Tag::POS || NextLooksNominal(i)) {
        x.tag = Tag::JJ;
      } else if (IsVerb(prev) || !next || !next->word) {
        x.tag = Tag::RB;
      }
      return;
    }
    if (x.sp == Sp("only")) {
      x.tag = (prev == Tag::DT || prev == Tag::PRPS) ? Tag::JJ : Tag::RB;
      return;
    }
    if (x.sp == Sp("one")) {
      x.tag = Tag::CD;
      return;
    }
    if (x.sp == Sp("yet")) {
      x.tag = prev == Tag::kComma && next && next->word && next->tag != Tag::RB ? Tag::CC : Tag::RB;
      return;
    }
    if (x.sp == Sp("so")) {
      x.tag = next && next->sp == Sp("that") ? Tag::IN : Tag::RB;
      return;
    }
    if (x.sp == Sp("own")) {
      x.tag = (prev == Tag::PRPS || prev == Tag::POS)  ? Tag::JJ
              : (prevna == Tag::PRP || IsNoun(prevna)) ? Tag::VBP
                                                       : Tag::JJ;
      return;
    }
    if (x.sp == Sp("no")) {
      x.tag = next && next->word ? Tag::DT : Tag::UH;
      if (next && (next->tag == Tag::RBR || next->sp == Sp("longer"))) x.tag = Tag::RB;
      return;
    }
    if (x.sp == Sp("either") || x.sp == Sp("neither") || x.sp == Sp("both")) {
      uint8_t partner = x.sp == Sp("both")     ? Sp("and")
                        : x.sp == Sp("either") ? Sp("or")
                                               : Sp("nor");
      bool correlative = false;
      for (size_t k = i + 2; k < n_ && k < i + 8; ++k)
        correlative |= info_[k].sp == partner;
      if (correlative)
        x.tag = Tag::CC;
      else if (w != "both")
        x.tag = next && next->word && (next->cand & kNounTags) ? Tag::DT : Tag::CC;
      else
        x.tag = next && (next->tag == Tag::DT || next->tag == Tag::PRPS) ? Tag::PDT : Tag::DT;
      return;
    }
    if (x.sp == Sp("'d")) {
      x.tag =
          next && (next->cand & Bit(Tag::VBN)) && !(next->cand & Bit(Tag::VB)) ? Tag::VBD : Tag::MD;
      return;
    }
    if (x.sp == Sp("in") || x.sp == Sp("on") || x.sp == Sp("over") || x.sp == Sp("by") ||
        x.sp == Sp("through") || x.sp == Sp("along") || x.sp == Sp("around")) {
      bool after_verb = IsVerb(prev);
      bool next_np = next && next->word && next->tag != Tag::TO && next->tag != Tag::CC &&
                     !(next->cand & Bit(Tag::IN));
      if (after_verb && !next_np && (x.cand & Bit(Tag::RP)) && next &&
          (next->tag == Tag::kPeriod || next->tag == Tag::kComma))
        x.tag = Tag::RP;
      else
        x.tag = Tag::IN;
      return;
    }
    if (x.sp == Sp("as")) {
      // "as well as": RB RB IN
      if (next && next->sp == Sp("well") && i + 2 < n_ && info_[i + 2].sp == Sp("as")) {
        x.tag = Tag::RB;
      } else {
        x.tag = Tag::IN;
      }
      return;
    }
    if (x.sp == Sp("well")) {
      x.tag = Tag::RB;
      return;
    }
    if (x.sp == Sp("near") || x.sp == Sp("past")) {
      x.tag = next && next->word && NextLooksNominal(i) && prev != Tag::DT ? Tag::IN : Tag::JJ;
      if (x.sp == Sp("past") && prev == Tag::DT) x.tag = Tag::JJ;
      return;
    }
    if (x.sp == Sp("following") || x.sp == Sp("including") || x.sp == Sp("concerning") ||
        x.sp == Sp("regarding") || x.sp == Sp("according")) {
      if (x.sp == Sp("following") && (prev == Tag::DT || prev == Tag::PRPS))
        x.tag = Tag::JJ;
      else
        x.tag = Tag::VBG;
      return;
    }
    if (x.sp == Sp("while")) {
      x.tag = prev == Tag::DT ? Tag::NN : Tag::IN;
      return;
    }
    if (x.sp == Sp("home") || x.sp == Sp("back")) {
      x.tag = IsVerb(prev)                                                ? Tag::RB
              : (prev == Tag::DT || prev == Tag::PRPS || prev == Tag::JJ) ? Tag::NN
                                                                          : x.tag;
      return;
    }
  }

  void DecideOpen(size_t i, bool finite) {
    TokInfo& x = info_[i];
    TagSet c = x.cand;
    Tag prev = i > 0 ? TagAt(i - 1) : Tag::kUnknown;
    int64_t pk = PrevNonAdverb(i);
    Tag prevna = pk >= 0 ? info_[pk].tag : Tag::kUnknown;
    const TokInfo* pna = pk >= 0 ? &info_[pk] : nullptr;
    const TokInfo* next = i + 1 < n_ ? &info_[i + 1] : nullptr;
    bool has_noun = c & kNounTags;
    bool has_verb = c & kVerbTags;
    bool has_adj = c & kAdjTags;
    std::string_view w = x.lower;

    auto noun_tag = [&]() -> Tag {
      if (Has(c, Tag::NNP)) return Tag::NNP;
      if (Has(c, Tag::NNS) && (!Has(c, Tag::NN) || (EndsWith(w, "s") && !EndsWith(w, "ss")) ||
                               (!x.wa.noun_lemma.empty() && x.wa.noun_lemma != w)))
        return Tag::NNS;  // "talks", "men"
      return Has(c, Tag::NN) ? Tag::NN : Tag::NNS;
    };
    auto nominal = [&]() -> Tag {
      // noun or adjective after a determiner/adjective: adjective if a noun follows.
      bool next_nominal = NextLooksNominal(i) ||
                          (next && next->word && (next->cand & (Bit(Tag::NN) | Bit(Tag::NNS))) &&
                           x.wa.adj_score >= x.wa.noun_score && !next->closed);
      if (has_adj && next_nominal && next && next->word && next->tag != Tag::IN) {
        if (!has_noun) return Has(c, Tag::JJ) ? Tag::JJ : (Has(c, Tag::JJR) ? Tag::JJR : Tag::JJS);
        // Both readings: adjective when its prior is not much weaker.
        if (x.wa.adj_score * 2 >= x.wa.noun_score)
          return Has(c, Tag::JJ) ? Tag::JJ : (Has(c, Tag::JJR) ? Tag::JJR : Tag::JJS);
        return noun_tag();
      }
      if (has_noun) return noun_tag();
      if (has_adj) return Has(c, Tag::JJ) ? Tag::JJ : (Has(c, Tag::JJR) ? Tag::JJR : Tag::JJS);
      if (Has(c, Tag::VBN)) return Tag::VBN;
      if (Has(c, Tag::VBG)) return Tag::VBG;
      return x.tag;
    };
    auto finite_tag = [&]() -> Tag {
      if (Has(c, Tag::VBD)) return Tag::VBD;
      if (Has(c, Tag::VBZ)) return Tag::VBZ;
      if (Has(c, Tag::VBP)) return Tag::VBP;
      if (Has(c, Tag::VBN)) return Tag::VBN;
      if (Has(c, Tag::VBG)) return Tag::VBG;
      return x.tag;
    };

    // Coordination: "the neat or cool place", "talks and attacks": the conjunct takes the tag of
    // the word before the conjunction when it can.
    if (prev == Tag::CC && i >= 2 && info_[i - 2].word) {
      Tag before = info_[i - 2].tag;
      if ((before == Tag::JJ || before == Tag::NN || before == Tag::NNS) && Has(c, before) &&
          !(before == Tag::JJ && !NextLooksNominal(i))) {
        x.tag = before;
        return;
      }
    }
    if (!has_verb) {
      // Noun/adjective/adverb ambiguity only.
      if (has_adj && (has_noun || (c & kAdvTags))) {
        if (prevna == Tag::kUnknown || IsVerb(prevna) || Has(kPrenominal, prevna) ||
            prevna == Tag::IN || prevna == Tag::CC || prevna == Tag::kComma || IsNoun(prevna)) {
          Tag t = nominal();
          // Predicative adjective after "be": "is ready", "are responsible".
          if (pna && (pna->cls & kClassBe) && has_adj && !NextLooksNominal(i) &&
              x.wa.adj_score >= x.wa.noun_score / 4)
            t = Has(c, Tag::JJ) ? Tag::JJ : t;
          if ((c & kAdvTags) && !NextLooksNominal(i) && (IsVerb(prev) || IsVerb(prevna)) &&
              !has_noun && !(pna && (pna->cls & kClassBe)))
            t = Tag::RB;
          x.tag = t;
        }
      }
      return;
    }
    // After "to", a modal, or do-support: base form.
    bool base_ctx = prevna == Tag::MD || prevna == Tag::TO ||
                    (pna && (pna->cls & kClassDo) && (prev == Tag::RB || !has_noun));
    // ... also after the subject of a question a modal opens: "Should Russia sign ...?", "Will
    // the United Kingdom approve ...?".
    if (!base_ctx && (IsNoun(prevna) || prevna == Tag::PRP)) {
      int64_t q = pk;
      while (q >= 0 && pk - q < 5 && (IsNoun(info_[q].tag) || info_[q].tag == Tag::PRP || info_[q].tag == Tag::DT))
        --q;
      base_ctx = q >= 0 && q < pk && info_[q].tag == Tag::MD &&
                 (q == 0 || info_[q - 1].tag == Tag::kQuote || info_[q - 1].tag == Tag::kColon);
    }
    if (base_ctx && (Has(c, Tag::VB) || BaseVerb(x))) {
      x.tag = Tag::VB;  // also rare verb readings pruned by Prune(): "to host"
      return;
    }
    if (prevna == Tag::TO && !Has(c, Tag::VB)) {
      x.tag = has_noun ? noun_tag() : nominal();
      return;
    }
    // After have: participle.
    if (pna && (pna->cls & kClassHave) && Has(c, Tag::VBN)) {
      x.tag = Tag::VBN;
      return;
    }
    // After be: participle or gerund (passive / progressive), else a predicate noun/adjective.
    if (pna && (pna->cls & kClassBe)) {
      // A predicate noun needs a noun after it ("there are cost implications"); a participle
      // before an adjective is a resultative passive ("was shot dead", "were found dead").
      if (has_noun && !EndsWith(w, "ed") && !EndsWith(w, "en") && !EndsWith(w, "ing") &&
          NextLooksNominal(i) && next && !next->cap &&
          !(Has(c, Tag::VBN) && !IsNoun(next->tag))) {
        x.tag = noun_tag();  // "there are cost implications"
        return;
      }
      if (Has(c, Tag::VBN) &&
          !(has_adj && x.wa.adj_score > x.wa.verb_score * 2 && !EndsWith(w, "ed"))) {
        x.tag = Tag::VBN;
        return;
      }
      if (Has(c, Tag::VBG)) {
        x.tag = Tag::VBG;
        return;
      }
      // Predicate adjective: "is expected to be close".
      if (has_adj && !NextLooksNominal(i) && x.wa.adj_score * 4 >= x.wa.noun_score)
        x.tag = Has(c, Tag::JJ) ? Tag::JJ : nominal();
      else
        x.tag = nominal();
      return;
    }
    // "The Russian military attacks the town", "U.S. Military Arrests an Iraqi Commander": an
    // -s word after an adjective, before a determiner, with no finite verb yet, is the verb (a
    // plural noun is not followed by a determiner).
    if (prev == Tag::JJ && Has(c, Tag::VBZ) && Has(c, Tag::NNS) && !sent_finite_ && next &&
        (next->tag == Tag::PRPS || next->lower == "the" || next->lower == "a" || next->lower == "an")) {
      x.tag = Tag::VBZ;
      return;
    }
    // After a determiner, possessive, adjective or number: nominal.
    if (Has(kPrenominal, prev) ||
        (prev == Tag::RB && Has(kPrenominal, prevna) && prevna != Tag::CD)) {
      if (Has(c, Tag::VBG) && EndsWith(w, "ing") && prev != Tag::CD) {
        bool noun_next =
            NextLooksNominal(i) ||
            (next && next->word && (next->cand & (Bit(Tag::NN) | Bit(Tag::NNS))) && !next->closed);
        x.tag = has_adj && noun_next ? Tag::JJ : Tag::NN;  // "the reopening of", "a surprising hit"
        return;
      }
      if (Has(c, Tag::VBN) && x.wa.verb_score > 4 * x.wa.adj_score && !has_noun &&
          NextLooksNominal(i)) {
        x.tag = Tag::VBN;  // "the affected villages"
        return;
      }
      if (has_noun || has_adj) {
        x.tag = nominal();
        return;
      }
      if (Has(c, Tag::VBN) && (prev == Tag::DT || prev == Tag::PRPS || prev == Tag::JJ)) {
        x.tag = Tag::VBN;
        return;
      }
      if (Has(c, Tag::VBG)) {
        x.tag = Tag::VBG;
        return;
      }
    }
    // After a preposition: noun, or gerund ("by attacking").
    if (prevna == Tag::IN && !(pna && pna->sp == Sp("that"))) {
      if (Has(c, Tag::VBG) && (!has_noun || EndsWith(w, "ing")) && !NextIsPrepOrEnd(i)) {
        x.tag = Tag::VBG;
        return;
      }
      if (has_noun || has_adj) {
        x.tag = nominal();
        return;
      }
    }
    // Object position after a main verb: nominal ("restore full ties", "said talks ...").
    if (pna && IsVerb(pna->tag) && !(pna->cls & (kClassBe | kClassHave | kClassDo)) &&
        (has_noun || has_adj) && ((!Has(c, Tag::VBD) && !Has(c, Tag::VBN)) || has_noun) &&
        pk + 1 == static_cast<int64_t>(i)) {
      // Verbs taking a bare infinitive: "help win", "let ... go", "make ... sign".
      std::string_view vl = pna->wa.verb_lemma;
      if (Has(c, Tag::VB) && (vl == "help" || vl == "let" || vl == "make")) {
        x.tag = Tag::VB;
        return;
      }
      if (!(Has(c, Tag::VBG) && EndsWith(w, "ing"))) {
        x.tag = nominal();
        return;
      }
    }
    bool subject_before = false;
    bool strong_subject = false;
    if (pna) {
      Tag p = pna->tag;
      if (p == Tag::PRP && (pna->cls & kClassSubjPronoun)) strong_subject = true;
      if (p == Tag::WDT || p == Tag::WP || (p == Tag::IN && pna->sp == Sp("that")))
        strong_subject = true;
      if (p == Tag::NNP || p == Tag::NNPS || p == Tag::EX) strong_subject = true;
      if (p == Tag::NN || p == Tag::NNS || p == Tag::CD || p == Tag::PRP) subject_before = true;
      if ((strong_subject || subject_before) && IsNoun(p) && InPrepObject(pk) &&
          (finite || !SentenceStartsWithNp() || PrepAfterComma(pk)))
        strong_subject = subject_before = false;
    }
    // -ing words: gerund/participle unless clearly nominal.
    if (Has(c, Tag::VBG) && EndsWith(w, "ing")) {
      x.tag = Tag::VBG;
      if (prev == Tag::NN && NextLooksNominal(i) && next && !next->cap) {
        x.tag = Tag::NN;  // "mushroom hunting trip"
        return;
      }
      if (has_noun && prevna == Tag::kUnknown && !NextStartsObject(i) && next &&
          (next->tag == Tag::IN || !next->word))
        x.tag = Tag::NN;
      return;
    }
    // VBD/VBN.
    if (Has(c, Tag::VBD) || Has(c, Tag::VBN)) {
      if (Has(c, Tag::VBN) && pna && pk + 1 == static_cast<int64_t>(i) && IsVerb(pna->tag) &&
          !(pna->cls & (kClassBe | kClassHave)) && NextLooksNominal(i) && next && !next->cap) {
        x.tag = Tag::VBN;  // "to extend paid maternity leave"
        return;
      }
      if (Has(c, Tag::VBN) && next && next->sp == Sp("by") &&
          (sent_finite_ || FiniteLaterInClause(i + 1))) {
        x.tag = Tag::VBN;  // "ties with China frayed by ..."
        return;
      }
      if ((strong_subject || subject_before) && !finite) {
        x.tag = Has(c, Tag::VBD) ? Tag::VBD : Tag::VBN;
        bool reporting = x.wa.verb_entry && (x.wa.verb_entry->word_class & kClassReporting);
        if (Has(c, Tag::VBN) && next && !reporting &&
            (next->tag == Tag::IN || next->sp == Sp("by") || (next->cls & kClassTime)) &&
            FiniteLaterInClause(i + 1))
          x.tag = Tag::VBN;  // reduced relative: "people killed in the attack were buried"
        return;
      }
      if (prevna == Tag::CC && pk >= 1) {
        // "met and discussed", "condemned an attack ... and promised aid", "... and also said":
        // the conjunct takes the form of the nearest verb before the conjunction; after a modal
        // or "to" verb ("said that it would not work and warned") the past tense of an earlier
        // verb.
        Tag found = Tag::kUnknown;
        bool earlier_past = false;
        for (int64_t k = pk - 1; k >= 0; --k) {
          Tag t = info_[k].tag;
          if (found == Tag::kUnknown &&
              (t == Tag::VBD || t == Tag::VBN || t == Tag::VB || t == Tag::VBZ || t == Tag::VBP))
            found = t;
          earlier_past |= t == Tag::VBD;
        }
        if (found == Tag::VBD || found == Tag::VBN) {
          x.tag = Has(c, found) ? found : finite_tag();
          return;
        }
        if (found != Tag::kUnknown && earlier_past && Has(c, Tag::VBD)) {
          x.tag = Tag::VBD;
          return;
        }
      }
      if (prev == Tag::kComma && Has(c, Tag::VBD) && SubjectBeforeComma(i - 1)) {
        x.tag = Tag::VBD;  // "Arnor's minister, in remarks on Monday, urged ..."
        return;
      }
      if (finite && Has(c, Tag::VBD) && IsNoun(prev) && NextStartsObject(i) &&
          !(next && next->tag == Tag::CD)) {
        x.tag = Tag::VBD;  // a reduced relative is passive and takes no object
        return;
      }
      if (finite || prev == Tag::kComma || prevna == Tag::kUnknown || x.initial) {
        if (Has(c, Tag::VBN)) {
          x.tag = Tag::VBN;
          return;
        }
      }
      if (has_noun && !(strong_subject || subject_before)) {
        x.tag = noun_tag();
        return;
      }
      x.tag = Has(c, Tag::VBD) ? Tag::VBD : Tag::VBN;
      return;
    }
    // Present tense vs noun: "attacks", "talks", "visit", "plans".
    if (has_noun) {
      bool verb_here = false;
      bool sform = Has(c, Tag::VBZ);
      bool agree = true;
      if (pna) {
        Tag p = pna->tag;
        bool plural_subj = p == Tag::NNS || p == Tag::NNPS ||
                           (p == Tag::PRP && (pna->sp == Sp("they") || pna->sp == Sp("we") ||
                                              pna->sp == Sp("i") || pna->sp == Sp("you")));
        if (sform && plural_subj) agree = false;
        if (!sform && !plural_subj &&
            (p == Tag::NN || p == Tag::NNP ||
             (p == Tag::PRP &&
              (pna->sp == Sp("he") || pna->sp == Sp("she") || pna->sp == Sp("it")))))
          agree = CoordinatedSubject(pk);
      }
      bool next_verbal =
          next && next->word && !next->closed &&
          (next->tag == Tag::VBD || next->tag == Tag::VBZ || next->tag == Tag::VBP) &&
          (next->cand & kVerbTags) && !(next->cand & kNounTags);
      if (next && (next->tag == Tag::MD || (next->cls & (kClassBe | kClassHave))))
        next_verbal = true;
      bool pron_subject = pna && pna->tag == Tag::PRP && (pna->cls & kClassSubjPronoun) &&
                          pk + 1 == static_cast<int64_t>(i) && sform;
      bool reporting = x.wa.verb_entry && (x.wa.verb_entry->word_class & kClassReporting);
      if (reporting && (strong_subject || subject_before) && !finite && next &&
          ((next->tag == Tag::PRP && (next->cls & kClassSubjPronoun)) || next->sp == Sp("that"))) {
        x.tag = finite_tag();  // "the commissioner says he is ..."
        return;
      }
      if ((!finite || pron_subject) && agree && !next_verbal) {
        if (strong_subject) {
          verb_here = NextStartsObject(i) || !next || next->tag == Tag::TO ||
                      next->tag == Tag::IN || next->tag == Tag::RB ||
                      (next->cand & (Bit(Tag::VBN) | Bit(Tag::VBG))) || next->tag == Tag::kComma ||
                      next->tag == Tag::kPeriod || next->sp == Sp("that");
          if (pna->tag == Tag::NNP && next && next->tag == Tag::IN &&
              x.wa.noun_score > 3 * x.wa.verb_score)
            verb_here = false;
          // Right after "who" a word that can be a verb is one: "an inmate who leads group".
          if (pna->tag == Tag::WP && pna->sp == Sp("who") && pk + 1 == static_cast<int64_t>(i))
            verb_here = true;
        } else if (subject_before) {
          verb_here =
              NextStartsObject(i) || (next && (next->tag == Tag::TO || next->sp == Sp("that")));
          if (!sform && pna->tag == Tag::NNS && next &&
              (next->tag == Tag::RB || next->tag == Tag::RP))
            verb_here = true;  // "the tanks head back"
          if (next && next->tag == Tag::NNP && pna->tag == Tag::NN) verb_here = true;
        }
        // An adverb between a subject and the word: "pilots still feel", "Russia also plans".
        if ((strong_subject || subject_before) && prev == Tag::RB &&
            pk + 2 == static_cast<int64_t>(i))
          verb_here = true;
      }
      if (verb_here) {
        x.tag = finite_tag();
        if (!sform && Has(c, Tag::VBP)) x.tag = Tag::VBP;
        return;
      }
      x.tag = noun_tag();
      if (!sform && !Has(c, Tag::NN) && Has(c, Tag::VB)) x.tag = Tag::VB;
      return;
    }
    // Verb-only (or verb/adjective) words.
    if (Has(c, Tag::VBZ)) {
      x.tag = Tag::VBZ;
    } else if (Has(c, Tag::VB) || Has(c, Tag::VBP)) {
      bool plural_or_pron =
          pna && (pna->tag == Tag::NNS || pna->tag == Tag::NNPS || pna->tag == Tag::PRP ||
                  pna->tag == Tag::WDT || pna->tag == Tag::WP || IsNoun(pna->tag));
      // A base form that cannot agree with the singular name before it, with a noun after it,
      // modifies that noun: "Iraq kidnap victim" (but "helped Iraq rebuild roads").
      bool singular_before = pna && pk + 1 == static_cast<int64_t>(i) &&
                             (pna->tag == Tag::NNP || pna->tag == Tag::NN) && !CoordinatedSubject(pk) &&
                             !(pk > 0 && IsVerb(TagAt(pk - 1)));
      if (singular_before && !finite && next && next->word && (next->tag == Tag::NN || next->tag == Tag::NNS) &&
          !(next->cand & kVerbTags)) {
        x.tag = Tag::NN;
      } else if (has_adj && (Has(kPrenominal, prev) || (pna && (pna->cls & kClassBe)) || !plural_or_pron))
        x.tag = Tag::JJ;
      else
        x.tag = (!finite && (plural_or_pron || prev == Tag::kCloseParen || IsNoun(prevna)))
                    ? Tag::VBP
                    : Tag::VB;
    }
  }

  // Does a clause with its own subject start at k ("... and the U.N. agreed")?  Looks for a
  // determiner/proper noun/subject pronoun followed within a few tokens by a likely finite verb.
  bool NewSubjectAt(size_t k) const {
    if (k >= n_) return false;
    const TokInfo& a = info_[k];
    if (!(a.tag == Tag::DT || a.tag == Tag::NNP || a.tag == Tag::NNPS ||
          (a.tag == Tag::PRP && (a.cls & kClassSubjPronoun))))
      return false;
    for (size_t j = k + 1; j < n_ && j < k + 6; ++j) {
      Tag t = info_[j].tag;
      if (t == Tag::MD || t == Tag::VBD || t == Tag::VBZ || t == Tag::VBP) return true;
      if (!(IsNoun(t) || t == Tag::JJ || t == Tag::POS || t == Tag::DT || t == Tag::CD ||
            t == Tag::RB))
        return false;
    }
    return false;
  }

  // A finite verb (a be/have form, a modal, or a present-tense verb) follows in the same clause.
  bool FiniteLaterInClause(size_t k) const {
    for (size_t j = k; j < n_; ++j) {
      const TokInfo& t = info_[j];
      if (!t.word && t.tag != Tag::kQuote) return false;
      if (t.tag == Tag::CC || t.tag == Tag::WDT || t.tag == Tag::WP) return false;
      if (t.tag == Tag::IN && (t.cls & kClassSubordinator)) return false;
      if (t.sp == Sp("that")) return false;
      if (t.tag == Tag::PRP && (t.cls & kClassSubjPronoun)) return false;  // a new clause
      bool after_to = j > 0 && (info_[j - 1].tag == Tag::TO || info_[j - 1].tag == Tag::MD ||
                                info_[j - 1].sp == Sp("to"));
      if (after_to) continue;
      if (t.tag == Tag::MD || (t.cls & (kClassBe | kClassHave)) ||
          ((t.tag == Tag::VBZ || t.tag == Tag::VBP) && !(t.cand & kNounTags)))
        return t.tag != Tag::VBG && t.tag != Tag::VBN;
      // A past form with no noun reading right after a noun, followed by "that" or an object:
      // "A report released Tuesday in the capital alleged that ..."
      if ((t.cand & Bit(Tag::VBD)) && !(t.cand & kNounTags) && j > 0 && IsNoun(info_[j - 1].tag) &&
          j + 1 < n_ && (info_[j + 1].sp == Sp("that") || NextStartsObject(j)))
        return true;
    }
    return false;
  }

  bool SentenceStartsWithNp() const {
    size_t f = 0;
    while (f < n_ && !info_[f].word) ++f;
    if (f >= n_) return false;
    Tag t = info_[f].tag;
    return IsNoun(t) || t == Tag::DT || t == Tag::PRPS || t == Tag::JJ || t == Tag::CD ||
           t == Tag::PRP || t == Tag::PDT;
  }

  // The preposition governing the noun at k directly follows a comma (", in remarks ...").
  bool PrepAfterComma(int64_t k) const {
    int64_t j = k;
    while (j >= 0 && info_[j].tag != Tag::IN) --j;
    return j > 0 && info_[j - 1].tag == Tag::kComma;
  }

  // Is the noun at k the object of a preposition ("in remarks", "with safety standards")?
  bool InPrepObject(int64_t k) const {
    int64_t j = k;
    while (j >= 0) {
      Tag t = info_[j].tag;
      if (IsNoun(t) || t == Tag::JJ || t == Tag::JJR || t == Tag::JJS || t == Tag::CD ||
          t == Tag::DT || t == Tag::PRPS || t == Tag::POS || t == Tag::VBN || t == Tag::VBG)
        --j;
      else
        break;
    }
    if (j < 0) return false;
    const TokInfo& p = info_[j];
    return p.tag == Tag::IN && !(p.cls & kClassSubordinator) && p.lower != "that";
  }

  // A noun phrase that can be a subject precedes the comma-delimited material ending at the
  // comma at `comma` ("Arnor's foreign minister, in remarks published on Monday, urged").
  bool SubjectBeforeComma(size_t comma) const {
    // Find the opening comma of the inserted material.
    int64_t j = static_cast<int64_t>(comma) - 1;
    while (j >= 0 && info_[j].tag != Tag::kComma) --j;
    if (j <= 0) return false;
    Tag t = info_[j - 1].tag;
    if (!(IsNoun(t) || t == Tag::PRP)) return false;
    // The sentence must start with its subject, not with a PP or subordinate clause.
    size_t first = 0;
    while (first < n_ && !info_[first].word) ++first;
    if (first < n_ && (info_[first].tag == Tag::IN || info_[first].tag == Tag::WRB ||
                                 info_[first].tag == Tag::VBG || info_[first].tag == Tag::VBN))
      return false;
    for (int64_t k = 0; k < j; ++k)
      if (Has(kFiniteTags, info_[k].tag)) return false;  // the main verb came already
    // The inserted material must not end a clause of its own with an object-taking verb
    // that could be the main one: accept relatives, PPs, appositives.
    return true;
  }

  bool NextIsPrepOrEnd(size_t i) const {
    if (i + 1 >= n_) return true;
    const TokInfo& n = info_[i + 1];
    return !n.word && n.tag != Tag::kQuote;
  }

  // True when the noun at k is the last conjunct of a coordinated subject ("Russia and China").
  bool CoordinatedSubject(int64_t k) const {
    for (int64_t j = k - 1; j >= 0 && j >= k - 4; --j) {
      if (info_[j].tag == Tag::CC) return true;
      if (!IsNoun(info_[j].tag) && info_[j].tag != Tag::DT && info_[j].tag != Tag::JJ) return false;
    }
    return false;
  }

  // ---- repairs ------------------------------------------------------------------------------
  void Repairs() {
    size_t n = n_;
    // A sentence without a finite verb: promote the first plausible noun/verb token.
    // Finite verbs of an adverbial clause ("after crowds trashed its embassy") or of a reporting
    // tail (", a senior official said") do not count: "Ethiopia act on a resolution with Libya
    // after crowds trashed its embassy" has no other main verb, and "act" is it.  The token then
    // promoted stands before the first comma or subordinator.
    bool any_finite = false, none_at_all = true;
    for (size_t i = 0; i < n && none_at_all; ++i) none_at_all = !Has(kFiniteTags, info_[i].tag);
    // A headline's "X to <verb>" ("Poland to cut Iraq troops by 2006") has its predicate: no
    // noun after it is promoted ("troops", "massacre probe"); one before it may be ("Nepal
    // Seeks Talks to End Rebel Blockade").
    size_t future_to = n;
    for (size_t i = 1; i + 1 < n && none_at_all && future_to == n; ++i) {
      if (info_[i].tag == Tag::TO && info_[i + 1].tag == Tag::VB && IsNoun(info_[i - 1].tag)) future_to = i;
    }
    size_t main_end = n;  // the first comma or subordinator
    {
      size_t last_comma = n;
      for (size_t i = 0; i < n; ++i)
        if (info_[i].tag == Tag::kComma) last_comma = i;
      bool in_adverbial = false;
      for (size_t i = 0; i < n && !any_finite; ++i) {
        const TokInfo& t = info_[i];
        if (t.tag == Tag::kComma) {
          in_adverbial = false;
          main_end = std::min(main_end, i);
          continue;
        }
        if (t.tag == Tag::IN && (t.cls & kClassSubordinator)) {
          in_adverbial = true;
          main_end = std::min(main_end, i);
          continue;
        }
        const bool reporting_tail = last_comma != n && i > last_comma && t.wa.verb_entry &&
                                    (t.wa.verb_entry->word_class & kClassReporting);
        any_finite = Has(kFiniteTags, t.tag) && !in_adverbial && !reporting_tail;
      }
    }
    if (!any_finite) {
      for (size_t i = 1; i < (none_at_all ? future_to : main_end); ++i) {
        TokInfo& x = info_[i];
        // (With finite verbs elsewhere only the first common noun that can be a verb right
        // after the opening noun phrase: "US and Afghan forces *raid* houses", "Germany and
        // France both *support* inviting", not "General Motors" or "membership talks".)
        if (!none_at_all) {
          const Tag t = x.tag;
          const bool np = IsNoun(t) || t == Tag::DT || t == Tag::JJ || t == Tag::CC || t == Tag::POS ||
                          t == Tag::CD || !x.word;
          if (!np) break;
          if (t != Tag::NN && t != Tag::NNS) continue;
        }
        if (!x.word || x.fixed || !(x.cand & (Bit(Tag::VBZ) | Bit(Tag::VBD) | Bit(Tag::VBP))))
          continue;
        const bool after_both = !none_at_all && (info_[i - 1].lower == "both" || info_[i - 1].lower == "all");
        if (!IsNoun(info_[i - 1].tag) && info_[i - 1].tag != Tag::PRP && !after_both) continue;
        if (!IsNoun(x.tag)) continue;
        if (Has(x.cand, Tag::VBZ))
          x.tag = Tag::VBZ;
        else if (Has(x.cand, Tag::VBD))
          x.tag = Tag::VBD;
        else
          x.tag = Tag::VBP;
        break;
      }
    }
    // "witnesses and a U.N. aid official said": a noun/verb word between a determiner's proper
    // noun and a common noun is the compound's middle noun, not a present-tense verb.
    for (size_t i = 2; i + 1 < n; ++i) {
      TokInfo& x = info_[i];
      if (!x.word || x.fixed || (x.tag != Tag::VBP && x.tag != Tag::VB) || !Has(x.cand, Tag::NN)) continue;
      if (info_[i - 1].tag != Tag::NNP || info_[i - 2].tag != Tag::DT) continue;
      if (info_[i + 1].tag != Tag::NN && info_[i + 1].tag != Tag::NNS) continue;
      x.tag = Tag::NN;
    }
    // Noun/verb words before the noun they modify: "Israel, Egypt and US trade pact" ("trade"
    // before a trade relation opens the compound; "trade accusations" stays a verb), "entitled to
    // free movement across Europe" ("free" before a freedom; "to free hostages" stays a verb).
    struct Modifier {
      std::string_view word;
      Tag tag;
      std::initializer_list<std::string_view> before;
    };
    static const Modifier kModifiers[] = {
        {"trade", Tag::NN,
         {"pact", "pacts", "deal", "deals", "talks", "war", "wars", "agreement", "agreements", "accord", "dispute",
          "disputes", "row", "ties", "relations", "surplus", "deficit", "zone", "bloc", "treaty", "barriers",
          "policy"}},
        {"free", Tag::JJ,
         {"movement", "trade", "market", "markets", "speech", "elections", "election", "press", "enterprise",
          "passage", "access", "flow"}},
    };
    for (size_t i = 0; i + 1 < n; ++i) {
      TokInfo& x = info_[i];
      if (!x.word || x.fixed || (x.tag != Tag::VBP && x.tag != Tag::VB)) continue;
      for (const Modifier& m : kModifiers) {
        if (x.lower == m.word &&
            std::find(m.before.begin(), m.before.end(), info_[i + 1].lower) != m.before.end()) {
          x.tag = m.tag;
        }
      }
    }
  }

  // The repairs of token i that look at its neighbours' tags (the next token's as it was before
  // its own repair): Run() applies them left to right as it finishes each token.
  void RepairAt(size_t i) {
    const size_t n = n_;
    {
      TokInfo& x = info_[i];
      // A lone apostrophe right after a plural: possessive ("the rebels' demands").
      if (!x.word && x.tag == Tag::kQuote && i > 0 && toks_[i].norm == "'" &&
          toks_[i].begin == toks_[i - 1].end && EndsWith(info_[i - 1].lower, "s") && i + 1 < n &&
          info_[i + 1].word) {
        x.tag = Tag::POS;
      }
      // Sentence-initial capitalised common noun directly before a proper noun: a title.
      if (x.word && x.initial && x.cap && !x.closed && !(x.cls & kClassNationality) &&
          (x.tag == Tag::NN || x.tag == Tag::JJ || x.tag == Tag::VBN || x.tag == Tag::VBD ||
           x.tag == Tag::VB || x.tag == Tag::VBG) &&
          i + 1 < n && (info_[i + 1].tag == Tag::NNP || info_[i + 1].tag == Tag::NNPS) &&
          info_[i + 1].cap) {
        x.tag = Tag::NNP;
      }
    }
  }

  // ---- lemmas -------------------------------------------------------------------------------
  void SetLemma(size_t i) {
    Token& t = toks_[i];
    const TokInfo& x = info_[i];
    if (!x.word) {
      // The lower-case norm: the norm itself unless it has an upper-case letter.
      const std::string_view norm = t.norm;
      size_t k = 0;
      while (k < norm.size() && !IsAsciiUpper(norm[k])) ++k;
      if (k == norm.size()) {
        t.lemma = norm;
        return;
      }
      char* out = store_.Allocate(norm.size());
      for (k = 0; k < norm.size(); ++k) out[k] = ToLowerAscii(norm[k]);
      t.lemma = std::string_view(out, norm.size());
      return;
    }
    const WordAnalysis& a = x.wa;
    Tag tag = x.tag;
    if (x.closed && a.entry) {
      if (x.sp == Sp("'s")) {
        t.lemma = tag == Tag::VBZ ? "be" : "'s";
        return;
      }
      if (x.sp == Sp("'d")) {
        t.lemma = tag == Tag::VBD ? "have" : "would";
        return;
      }
      if (!a.closed_lemma.empty() && Has(a.closed_tags, tag)) {
        t.lemma = a.closed_lemma;
        return;
      }
    }
    if (IsVerb(tag)) {
      if (!a.verb_lemma.empty())
        t.lemma = a.verb_lemma;
      else
        t.lemma = store_.Copy(StripSuffix(x.lower, tag));
      return;
    }
    if (tag == Tag::NNS || tag == Tag::NNPS) {
      if (!a.noun_lemma.empty())
        t.lemma = a.noun_lemma;
      else
        t.lemma = store_.Copy(StripSuffix(x.lower, tag));
      return;
    }
    if ((tag == Tag::JJR || tag == Tag::JJS) && !a.adj_lemma.empty()) {
      t.lemma = a.adj_lemma;
      return;
    }
    t.lemma = x.lower;  // a view of the text or of the sentence's bytes (Run())
  }

  static std::string StripSuffix(std::string_view w, Tag tag) {
    std::string s(w);
    auto ends = [&](std::string_view suf) { return EndsWith(s, suf) && s.size() > suf.size() + 2; };
    switch (tag) {
      case Tag::VBZ:
      case Tag::NNS:
      case Tag::NNPS:
        if (ends("ies"))
          s.replace(s.size() - 3, 3, "y");
        else if (ends("sses") || ends("shes") || ends("ches") || ends("xes"))
          s.resize(s.size() - 2);
        else if (ends("s") && !ends("ss"))
          s.pop_back();
        break;
      case Tag::VBD:
      case Tag::VBN:
        if (ends("ied"))
          s.replace(s.size() - 3, 3, "y");
        else if (ends("ed"))
          s.resize(s.size() - 2);
        break;
      case Tag::VBG:
        if (ends("ing")) s.resize(s.size() - 3);
        break;
      default:
        break;
    }
    return s;
  }

  const Lexicon& lex_;
  std::vector<Token>& tokens_;
  std::vector<TokInfo>& info_vec_;  // per-thread scratch, reused across sentences
  // Run() indexes the tokens and their TokInfo through plain pointers (one load, where a vector
  // reference costs two, reloaded after every byte store): n_ entries of each are in use.
  Token* toks_ = nullptr;
  TokInfo* info_ = nullptr;
  size_t n_ = 0;  // tokens of the sentence (Run())
  TokenText& store_;            // the sentence's bytes: lemmas that view neither text nor lexicon
  bool sent_finite_ = false;    // a finite verb has been seen in the sentence (Contextual pass)
  bool context_used_ = false;   // the current Lexical() call looked at another token
  std::vector<LexicalSlot*>& set_vec_ = SetScratch();  // per token: its text's memo set (PrefetchLexical)
  LexicalSlot** sets_ = nullptr;                        // set_vec_.data()
  bool title_ = false;  // the sentence is a title-case headline (IsTitleCase)
  LexicalSlot* const memo_ = LexicalMemo();       // this thread's lexical memo

  LexicalSlot* LexicalSet(uint64_t hash) const {
    return memo_ + (hash & (kLexicalSets - 1)) * kLexicalWays;
  }

  static std::vector<LexicalSlot*>& SetScratch() {
    thread_local std::vector<LexicalSlot*> sets;
    return sets;
  }
};

}  // namespace

void TagSentence(const Lexicon& lex, std::vector<Token>* tokens, std::vector<TokenAux>* aux,
                 TokenText* store) {
  thread_local std::vector<TokInfo> info;  // not cleared: every entry is rewritten (Run())
  Tagger(lex, tokens, &info, store).Run(aux);
}

}  // namespace entente::nlp
