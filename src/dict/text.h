// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal: the lexical layer shared by every dictionary reader.
//
//   SplitLines()      physical lines -> logical lines with comments removed (PETRARCH rules:
//                     '#' and legacy ';' to end of line, <!-- ... --> possibly over several
//                     lines, whole lines starting with "<!"), blank lines dropped.
//   PhraseWords()     a dictionary phrase -> upper-case words tokenised the way the text
//                     tokenizer does it (split on blanks and '_', Penn Treebank clitics).
//   Plurals(), VerbForms()  English inflection used to expand dictionary entries.
//
// None of these functions fail: odd input gives odd (but bounded) output.
#ifndef ENTENTE_DICT_TEXT_H_
#define ENTENTE_DICT_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente::dict_internal {

struct Line {
  uint32_t number = 0;  // 1-based physical line number
  std::string text;     // comment-free, trimmed, non-empty
};

struct SplitResult {
  std::vector<Line> lines;
  // Non-fatal problems as "line: message" pairs (the caller adds the file name).
  std::vector<std::pair<uint32_t, std::string>> notes;
};

// Splits a whole file into logical lines (an "# entente-dict ..." header line is a comment
// like any other '#' line; the caller checks it separately).
// With verb_headers, a line "### NAME ###" or "### NAME [CODE] ###" (one word between runs of
// three or more '#') is a verb block header and comes out as "--- NAME [CODE] ---" instead of
// being a comment.
SplitResult SplitLines(std::string_view content, bool verb_headers = false);

// Trims ASCII whitespace on both sides.
std::string_view Trim(std::string_view s);
// ASCII upper-case copy (other bytes unchanged).
std::string Upper(std::string_view s);
// The form a word has in Token::norm (the nlp tokenizer's Normalize): upper case, curly quotes
// and dashes mapped to ASCII, accents folded (utf8proc), invalid UTF-8 dropped.
std::string NormalizeWord(std::string_view s);
// Splits on ASCII whitespace.
std::vector<std::string_view> SplitBlanks(std::string_view s);

// The words of a dictionary phrase, upper-cased: split on blanks and '_', and split Penn
// Treebank clitics off ("DIDN'T" -> DID N'T, "CHINA'S" -> CHINA 'S) and trailing ',' ';' ':'.
// Dots, hyphens and inner apostrophes stay in the word ("U.S.", "AL-QAEDA", "O'NEILL").
// With `after_blank`, also per word: a blank (TABARI's open connector), not only '_', stood
// between it and the word before ("ITHILEN TELEVISION": false, true).
std::vector<std::string> PhraseWords(std::string_view phrase, std::vector<bool>* after_blank = nullptr);
// Penn Treebank splitting of one blank/underscore-free word (already upper case).
void SplitClitics(std::string_view word, std::vector<std::string>* out);

// Plural forms of an (upper-case) noun: usually one, none for words that look plural already
// ("SANCTIONS"), two where usage varies.  Never returns the input itself.
std::vector<std::string> Plurals(std::string_view noun);
// Inflected forms of an (upper-case) verb, base excluded: third person -S, past -ED (with
// e-drop, y->ied and consonant doubling; both variants where the doubling depends on stress,
// e.g. CANCELED/CANCELLED) and -ING.  With past=false the -ED forms are left out (used when the
// dictionary lists the irregular past forms itself).
std::vector<std::string> VerbForms(std::string_view verb, bool past = true);

// 64-bit FNV-1a, finished with a splitmix64 avalanche; used for the fingerprint.
class Hasher {
 public:
  void Add(std::string_view s);
  void AddU64(uint64_t v);
  uint64_t Finish() const;

 private:
  uint64_t h_ = 0xcbf29ce484222325ULL;
};

}  // namespace entente::dict_internal

#endif  // ENTENTE_DICT_TEXT_H_
