// Copyright 2026 The entente Authors. Apache-2.0.
//
// The lexical layer of the dictionary readers (see text.h): comment stripping with PETRARCH's
// rules, phrase tokenisation that agrees with the Penn Treebank style text tokenizer, English
// plural and verb-form generation, and the fingerprint hash.  Pure functions, no I/O.
#include "dict/text.h"

#include <utf8proc.h>

#include <cctype>

namespace entente::dict_internal {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool IsAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }
bool IsConsonant(char c) { return IsAlpha(c) && !IsVowel(c); }
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Removes '#' comments and legacy ';' comments from a comment-free (no <!-- -->) fragment.
// '#' and ';' inside [...] are literal (TABARI codes "[###]"); ';' is a comment only at the
// start of the line or after a blank, ']' or '}' ("RIP {RIPS RIPPED};shan 7/11/93").
std::string_view CutLineComment(std::string_view s) {
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '[') {
      ++depth;
    } else if (c == ']') {
      if (depth > 0) --depth;
    } else if (depth == 0 && c == '#') {
      return s.substr(0, i);
    } else if (depth == 0 && c == ';') {
      if (i == 0 || IsBlank(s[i - 1]) || s[i - 1] == ']' || s[i - 1] == '}') return s.substr(0, i);
    }
  }
  return s;
}

// Number of vowel groups, a rough syllable count (Y counts as a vowel after a consonant).
int VowelGroups(std::string_view w) {
  int groups = 0;
  bool prev = false;
  for (size_t i = 0; i < w.size(); ++i) {
    bool v = IsVowel(w[i]) || (w[i] == 'Y' && i > 0 && !IsVowel(w[i - 1]));
    if (v && !prev) ++groups;
    prev = v;
  }
  return groups;
}

// Consonant-vowel-consonant ending whose final consonant may double (STOP, BAN, ADMIT).
bool DoublingCandidate(std::string_view w) {
  size_t n = w.size();
  if (n < 3) return false;
  char last = w[n - 1], mid = w[n - 2], first = w[n - 3];
  if (!IsConsonant(last) || last == 'W' || last == 'X' || last == 'Y' || last == 'C') return false;
  if (!IsVowel(mid)) return false;
  if (first == 'U' && n >= 4 && w[n - 4] == 'Q') return true;  // QUIT: the U is not a vowel
  return IsConsonant(first);  // not "EAT", "RAIN"
}

}  // namespace

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

namespace {

// One code point of UTF-8 at s[i]; invalid or truncated sequences give U+FFFD and length 1.
int32_t Decode(std::string_view s, size_t i, int* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (c < 0x80) return c;
  int n;
  int32_t cp;
  if ((c & 0xE0) == 0xC0) {
    n = 2, cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, cp = c & 0x07;
  } else {
    return 0xFFFD;
  }
  if (i + n > s.size()) return 0xFFFD;
  for (int k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (d & 0x3F);
  }
  *len = n;
  return cp;
}

void AppendUtf8(int32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out->append(reinterpret_cast<const char*>(buf), n > 0 ? static_cast<size_t>(n) : 0);
}

}  // namespace

std::string NormalizeWord(std::string_view s) {
  bool ascii = true;
  for (char c : s) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return Upper(s);
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    int len;
    int32_t cp = Decode(s, i, &len);
    i += len;
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
      continue;
    }
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        out.push_back('\'');
        continue;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB: case 0x2033:
        out.push_back('"');
        continue;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013:
        out.push_back('-');
        continue;
      case 0x2014: case 0x2015:
        out.append("--");
        continue;
      case 0x2026:
        out.append("...");
        continue;
      case 0xFFFD:
        continue;
      default:
        break;
    }
    utf8proc_int32_t parts[8];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(
        cp, parts, 8, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT),
        &boundclass);
    if (n <= 0 || n > 8) {
      AppendUtf8(cp, &out);
      continue;
    }
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
      int32_t c = parts[k];
      if (c < 0x80) {
        char a = static_cast<char>(c);
        out.push_back(a >= 'a' && a <= 'z' ? static_cast<char>(a - 'a' + 'A') : a);
      } else {
        AppendUtf8(utf8proc_toupper(c), &out);
      }
    }
  }
  return out;
}

std::vector<std::string_view> SplitBlanks(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsBlank(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsBlank(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// "### NAME ###" / "### NAME [CODE] ###" -> "--- NAME [CODE] ---"; empty if not such a line.
static std::string HashHeader(std::string_view t) {
  size_t lead = 0;
  while (lead < t.size() && t[lead] == '#') ++lead;
  size_t trail = 0;
  while (trail < t.size() - lead && t[t.size() - 1 - trail] == '#') ++trail;
  if (lead < 3 || trail < 3) return {};
  std::vector<std::string_view> parts = SplitBlanks(t.substr(lead, t.size() - lead - trail));
  if (parts.empty() || parts.size() > 2) return {};
  if (parts.size() == 2 && (parts[1].front() != '[' || parts[1].back() != ']')) return {};
  if (parts[0].front() == '[' || parts[0].find('#') != std::string_view::npos) return {};
  std::string out = "--- " + std::string(parts[0]);
  if (parts.size() == 2) out += " " + std::string(parts[1]);
  return out + " ---";
}

SplitResult SplitLines(std::string_view content, bool verb_headers) {
  SplitResult r;
  if (content.size() >= 3 && content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  uint32_t number = 0;
  bool in_comment = false;
  uint32_t comment_start = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view raw = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    ++number;
    // Strip <!-- ... --> (several per line, or spanning lines); keep what lies outside.
    std::string kept;
    std::string_view rest = raw;
    bool whole_line_xml = false;
    if (!in_comment) {
      std::string_view t = Trim(raw);
      // PETRARCH skips every line that starts with "<!" (e.g. "<! -- NEW ACTORS -->").
      if (t.size() >= 2 && t[0] == '<' && t[1] == '!' && t.substr(0, 4) != "<!--") whole_line_xml = true;
    }
    if (whole_line_xml) continue;
    if (verb_headers && !in_comment) {
      std::string header = HashHeader(Trim(raw));
      if (!header.empty()) {
        r.lines.push_back(Line{number, std::move(header)});
        continue;
      }
    }
    while (!rest.empty()) {
      if (in_comment) {
        size_t end = rest.find("-->");
        if (end == std::string_view::npos) {
          rest = {};
          break;
        }
        rest.remove_prefix(end + 3);
        in_comment = false;
        continue;
      }
      // A '#' or ';' comment before any "<!--" ends the line.
      size_t open = rest.find("<!--");
      std::string_view before = open == std::string_view::npos ? rest : rest.substr(0, open);
      std::string_view cut = CutLineComment(before);
      if (cut.size() < before.size()) {
        kept.append(cut);
        rest = {};
        break;
      }
      kept.append(before);
      if (open == std::string_view::npos) {
        rest = {};
        break;
      }
      kept.push_back(' ');
      in_comment = true;
      comment_start = number;
      rest.remove_prefix(open + 4);
    }
    std::string_view t = Trim(kept);
    if (!t.empty()) r.lines.push_back(Line{number, std::string(t)});
  }
  if (in_comment) r.notes.emplace_back(comment_start, "comment '<!--' is never closed by '-->'");
  return r;
}

void SplitClitics(std::string_view w, std::vector<std::string>* out) {
  // Trailing punctuation that the tokenizer always separates.
  std::vector<std::string> tail;
  while (w.size() > 1 && (w.back() == ',' || w.back() == ';' || w.back() == ':' || w.back() == '"' ||
                          w.back() == ')' || w.back() == '!' || w.back() == '?')) {
    tail.insert(tail.begin(), std::string(1, w.back()));
    w.remove_suffix(1);
  }
  while (w.size() > 1 && (w.front() == '"' || w.front() == '(')) {
    out->push_back(std::string(1, w.front()));
    w.remove_prefix(1);
  }
  std::string_view clitic;
  if (w.size() > 3 && EndsWith(w, "N'T")) {
    clitic = w.substr(w.size() - 3);
  } else {
    static constexpr std::string_view kSuffixes[] = {"'S", "'LL", "'RE", "'VE", "'D", "'M"};
    for (std::string_view s : kSuffixes) {
      if (w.size() > s.size() && EndsWith(w, s)) {
        clitic = w.substr(w.size() - s.size());
        break;
      }
    }
    if (clitic.empty() && w.size() > 1 && w.back() == '\'' && w[w.size() - 2] == 'S') {
      clitic = w.substr(w.size() - 1);  // plural possessive "WORKERS'"
    }
  }
  if (!clitic.empty()) {
    out->emplace_back(w.substr(0, w.size() - clitic.size()));
    out->emplace_back(clitic);
  } else if (!w.empty()) {
    out->emplace_back(w);
  }
  for (auto& t : tail) out->push_back(std::move(t));
}

std::vector<std::string> PhraseWords(std::string_view phrase, std::vector<bool>* after_blank) {
  std::vector<std::string> out;
  if (after_blank) after_blank->clear();
  size_t i = 0;
  while (i < phrase.size()) {
    bool blank = false;
    while (i < phrase.size() && (IsBlank(phrase[i]) || phrase[i] == '_')) blank |= IsBlank(phrase[i++]);
    size_t j = i;
    while (j < phrase.size() && !IsBlank(phrase[j]) && phrase[j] != '_') ++j;
    if (j > i) {
      const size_t before = out.size();
      SplitClitics(NormalizeWord(phrase.substr(i, j - i)), &out);
      // (The pieces a clitic split makes are joined: "CHINA 'S".)
      if (after_blank) {
        for (size_t k = before; k < out.size(); ++k) after_blank->push_back(k == before && blank && before > 0);
      }
    }
    i = j;
  }
  return out;
}

std::vector<std::string> Plurals(std::string_view w) {
  std::vector<std::string> out;
  if (w.size() < 2 || !IsAlpha(w.back())) return out;
  std::string s(w);
  auto add = [&](std::string p) { out.push_back(std::move(p)); };
  if (EndsWith(s, "SS") || EndsWith(s, "SH") || EndsWith(s, "CH") || EndsWith(s, "X") || EndsWith(s, "Z")) {
    add(s + "ES");
  } else if (EndsWith(s, "IS") && s.size() > 3) {
    add(s.substr(0, s.size() - 2) + "ES");  // CRISIS -> CRISES
  } else if (EndsWith(s, "US") && s.size() > 3) {
    add(s + "ES");  // CAMPUS -> CAMPUSES
  } else if (s.back() == 'S') {
    // Looks plural already (SANCTIONS, FORCES, NEWS): no new form.
  } else if (s.back() == 'Y') {
    if (IsVowel(s[s.size() - 2])) {
      add(s + "S");  // ATTORNEY -> ATTORNEYS
    } else {
      add(s.substr(0, s.size() - 1) + "IES");
    }
  } else if (EndsWith(s, "MAN") && s.size() > 3) {
    static constexpr std::string_view kMans[] = {"GERMAN", "HUMAN", "ROMAN", "OTTOMAN", "SHAMAN",
                                                 "TALISMAN", "CAYMAN", "OMAN", "WALKMAN", "DOBERMAN"};
    bool regular = false;
    for (std::string_view m : kMans) regular |= (s == m);
    add(regular ? s + "S" : s.substr(0, s.size() - 3) + "MEN");
  } else if (EndsWith(s, "PERSON")) {
    add(s + "S");
    add(s.substr(0, s.size() - 6) + "PEOPLE");
  } else if (EndsWith(s, "CHILD")) {
    add(s + "REN");
  } else if (s.back() == 'O' && IsConsonant(s[s.size() - 2])) {
    add(s + "S");
    add(s + "ES");  // HERO -> HEROES, but RADIO -> RADIOS
  } else {
    add(s + "S");
  }
  return out;
}

std::vector<std::string> VerbForms(std::string_view w, bool past) {
  std::vector<std::string> out;
  if (w.size() < 2 || !IsAlpha(w.back())) return out;
  std::string s(w);
  size_t n = s.size();
  char last = s[n - 1];
  char prev = s[n - 2];
  auto add = [&](std::string f) {
    for (const auto& o : out)
      if (o == f) return;
    if (f != s) out.push_back(std::move(f));
  };
  // Third person singular.
  if (EndsWith(s, "SS") || EndsWith(s, "SH") || EndsWith(s, "CH") || last == 'X' || last == 'Z' ||
      last == 'S' || (last == 'O' && IsConsonant(prev))) {
    add(s + "ES");
  } else if (last == 'Y' && IsConsonant(prev)) {
    add(s.substr(0, n - 1) + "IES");
  } else {
    add(s + "S");
  }
  bool monosyllable = VowelGroups(s) <= 1;
  bool doubling = DoublingCandidate(s);
  // Past tense / participle.
  if (past) {
    if (last == 'E') {
      add(s + "D");
    } else if (last == 'Y' && IsConsonant(prev)) {
      add(s.substr(0, n - 1) + "IED");
    } else if (doubling) {
      add(s + last + "ED");
      if (!monosyllable) add(s + "ED");  // VISITED vs ADMITTED: stress decides, keep both
    } else if (last == 'C') {
      add(s + "KED");  // PANICKED
      add(s + "ED");
    } else {
      add(s + "ED");
    }
  }
  // Present participle.
  if (EndsWith(s, "IE")) {
    add(s.substr(0, n - 2) + "YING");
  } else if (last == 'E' && n > 2 && prev != 'E' && prev != 'O' && prev != 'Y') {
    add(s.substr(0, n - 1) + "ING");
  } else if (doubling) {
    add(s + last + "ING");
    if (!monosyllable) add(s + "ING");
  } else if (last == 'C') {
    add(s + "KING");
    add(s + "ING");
  } else {
    add(s + "ING");
  }
  return out;
}

void Hasher::Add(std::string_view s) {
  for (unsigned char c : s) {
    h_ ^= c;
    h_ *= 0x100000001b3ULL;
  }
  h_ ^= 0xff;  // separator that cannot occur in UTF-8 text
  h_ *= 0x100000001b3ULL;
}

void Hasher::AddU64(uint64_t v) {
  for (int i = 0; i < 8; ++i) {
    h_ ^= (v >> (8 * i)) & 0xff;
    h_ *= 0x100000001b3ULL;
  }
}

uint64_t Hasher::Finish() const {
  uint64_t z = h_ + 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace entente::dict_internal
