// Copyright 2026 The entente Authors. Apache-2.0.
//
// Discard and issue list readers.
//
// Discards: one phrase per line; a leading '+' makes it a story-level discard.  A trailing '_'
// (PETRARCH: "must end at a word boundary") is dropped because entente always matches whole
// words.
//
// Issues (PETRARCH Phoenix.IssueCoding.txt): "phrase [CODE]" lines, "<ISSUE ...>" / "</ISSUE>"
// section tags (ignored), exclusion phrases "~phrase" (code "~": sentence) and "~~phrase"
// (code "~~": story), and the expansions "n:word" (singular and plural), "v:word" (regular verb
// forms) and "a+b" ("a b" and "a-b").
#include <algorithm>

#include "dict/dict_impl.h"

namespace entente::dict_internal {
namespace {

constexpr size_t kLongPhrase = 16;     // words; longer discard/issue phrases are suspicious
constexpr size_t kMaxIssueForms = 512;  // cap on the expansion of one issue line

// Expands "+", "N:" and "V:" in an upper-cased issue phrase.
std::vector<std::string> ExpandIssue(const std::string& target, bool* capped) {
  std::vector<std::string> forms{target};
  bool changed = true;
  while (changed && forms.size() < kMaxIssueForms) {
    changed = false;
    std::vector<std::string> next;
    for (const std::string& f : forms) {
      size_t plus = f.find('+');
      size_t n = f.find("N:");
      size_t v = f.find("V:");
      if (plus != std::string::npos) {
        std::string a = f, b = f;
        a[plus] = ' ';
        b[plus] = '-';
        next.push_back(std::move(a));
        next.push_back(std::move(b));
        changed = true;
      } else if (n != std::string::npos || v != std::string::npos) {
        bool noun = n != std::string::npos && (v == std::string::npos || n < v);
        size_t at = noun ? n : v;
        std::string head = f.substr(0, at);
        std::string rest = f.substr(at + 2);
        size_t sp = rest.find(' ');
        std::string word = rest.substr(0, sp);
        std::string tail = sp == std::string::npos ? std::string() : rest.substr(sp);
        next.push_back(head + word + tail);
        std::vector<std::string> more = noun ? Plurals(word) : VerbForms(word);
        for (const std::string& m : more) next.push_back(head + m + tail);
        changed = true;
      } else {
        next.push_back(f);
      }
    }
    forms = std::move(next);
  }
  if (forms.size() >= kMaxIssueForms) *capped = true;
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  return forms;
}

}  // namespace

Status ReadDiscardFile(Builder& b, const FileContext& f) {
  size_t long_phrases = 0;
  uint32_t first_long = 0;
  for (const Line& ln : f.lines) {
    std::string rest;
    bool extra = false;
    std::string id = TakeId(ln.text, &rest, &extra);
    std::string_view t = Trim(rest);
    if (t.empty()) continue;
    Discard d;
    if (t[0] == '+') {
      d.story = true;
      t.remove_prefix(1);
    }
    while (!t.empty() && t.back() == '_') t.remove_suffix(1);
    std::vector<std::string> words = PhraseWords(t);
    if (words.empty()) {
      b.Warn(f, ln.number, "empty discard phrase ignored");
      continue;
    }
    if (words.size() > kLongPhrase && long_phrases++ == 0) first_long = ln.number;
    d.words = b.InternAll(words);
    b.impl().discards.push_back(std::move(d));
  }
  if (long_phrases > 0) {
    b.Warn(f, first_long, std::to_string(long_phrases) + " discard phrase(s) of more than " +
                              std::to_string(kLongPhrase) + " words; is this really a discard list?");
  }
  return Status::OK();
}

Status ReadIssueFile(Builder& b, const FileContext& f) {
  size_t without_code = 0;
  uint32_t first_without = 0;
  for (const Line& ln : f.lines) {
    std::string rest;
    bool extra = false;
    std::string id = TakeId(ln.text, &rest, &extra);
    std::string_view t = Trim(rest);
    if (t.empty() || t[0] == '<') continue;  // <ISSUE CATEGORY="..."> and </ISSUE>
    std::string code;
    std::string_view target;
    if (t[0] == '~') {
      bool story = t.size() > 1 && t[1] == '~';
      code = story ? "~~" : "~";
      target = Trim(t.substr(story ? 2 : 1));
    } else {
      size_t lb = t.find('[');
      if (lb == std::string_view::npos) {
        if (t.find(']') != std::string_view::npos) return b.Error(f, ln.number, "unbalanced ']'");
        if (without_code++ == 0) first_without = ln.number;
        continue;
      }
      size_t rb = t.find(']', lb);
      if (rb == std::string_view::npos) return b.Error(f, ln.number, "unbalanced '[' (no closing ']')");
      code = std::string(Trim(t.substr(lb + 1, rb - lb - 1)));
      if (code.empty()) return b.Error(f, ln.number, "empty issue code '[]'");
      if (!Trim(t.substr(rb + 1)).empty()) b.Warn(f, ln.number, "text after the issue code ignored");
      target = Trim(t.substr(0, lb));
    }
    bool capped = false;
    std::vector<std::string> forms = ExpandIssue(Upper(target), &capped);
    if (capped) b.Warn(f, ln.number, "issue phrase expands to too many forms; truncated");
    size_t stored = 0;
    for (const std::string& form : forms) {
      std::vector<std::string> words = PhraseWords(form);
      if (words.empty()) continue;
      if (words.size() > kLongPhrase) {
        b.Warn(f, ln.number, "issue phrase of more than " + std::to_string(kLongPhrase) + " words");
      }
      b.impl().issues.push_back(Issue{b.InternAll(words), code});
      ++stored;
    }
    if (stored == 0) b.Warn(f, ln.number, "empty issue phrase ignored");
  }
  if (without_code > 0) {
    b.Warn(f, first_without, std::to_string(without_code) + " issue line(s) without a [code] ignored");
  }
  return Status::OK();
}

}  // namespace entente::dict_internal
