// Copyright 2026 The entente Authors. Apache-2.0.
//
// Clause finder (chunker.h: FindClauses).  Heuristic, over tags and chunks:
//   - main clause: the whole sentence (clauses[0], parent -1);
//   - relative: from a relative pronoun (which/who/whom/whose, "that" tagged WDT) that follows
//     a noun phrase, to the next comma/colon/closing bracket, or, when not comma-delimited, to
//     just before the next finite verb group after its own ("the country that signed the deal
//     attacked ..." -> "that signed the deal");
//   - appositive: ", NP (PP NP)* ," directly after a noun phrase, without a verb, or the same at
//     the end of the sentence after a proper noun ("..., China's president.")
//   - reported: the complement of a reporting verb (say, tell, announce, state, add, warn, ...)
//     starting at "that" or at the next token when a clause follows ("said Russia will ..."),
//     to the end of the sentence; and, for the sentence-final tail ", a senior official said
//     on Saturday." (or '"...," he said.'), the material before the tail;
//   - conditional: "if"/"unless" clauses; subordinate: "after", "before", "because", "while",
//     "when", "although", ... (SBAR chunks) up to the next comma when they come first, or to
//     the end of the sentence;
//   - parenthetical: "( ... )" and "-- ... --" spans, brackets included.
// Ranges are inclusive token ranges; each clause's parent is the innermost clause containing
// it.  Output order: main clause first, then by start position.
#include <algorithm>
#include <span>
#include <string_view>

#include "nlp/chunker.h"
#include "nlp/text_util.h"
#include "nlp/word_lists.h"

namespace entente::nlp {
namespace {

constexpr uint64_t TagBit(Tag t) { return uint64_t{1} << static_cast<unsigned>(t); }

class ClauseFinder {
 public:
  ClauseFinder(const std::vector<Token>& t, const std::vector<Chunk>& c,
               const std::vector<TokenAux>& aux, std::vector<Clause>* out)
      : t_(t.data()), c_(c), aux_(aux.data()), n_(static_cast<uint32_t>(t.size())), clauses_(*out) {}

  void Run() {
    clauses_.clear();
    if (n_ == 0) return;
    last_ = n_ - 1;
    clauses_.reserve(8);  // most sentences have fewer: no growth series (a reused vector has room)
    while (last_ > 0 && IsPunct(t_[last_].tag) && t_[last_].tag != Tag::kCloseParen) --last_;
    Add(ClauseType::kMain, 0, n_ - 1);
    // The tags of the sentence, so that a pass that looks for a tag the sentence lacks is
    // skipped (it would add nothing).  Tag values are < 64.
    uint64_t present = 0;
    for (uint32_t i = 0; i < n_; ++i) present |= TagBit(t_[i].tag);
    if (present & (TagBit(Tag::kOpenParen) | TagBit(Tag::kColon))) Parentheticals();
    if (present & (TagBit(Tag::WDT) | TagBit(Tag::WPS) | TagBit(Tag::WP))) Relatives();
    if (present & TagBit(Tag::kComma)) Appositives();
    Subordinates();
    Reported();
    Nest();
  }

 private:
  void Add(ClauseType type, uint32_t first, uint32_t last) {
    if (last < first || last >= n_) return;
    for (const Clause& c : clauses_)
      if (c.type == type && c.first == first && c.last == last) return;
    Clause c;
    c.type = type;
    c.first = first;
    c.last = last;
    clauses_.push_back(c);
  }

  bool IsDash(uint32_t i) const {
    return t_[i].tag == Tag::kColon && (t_[i].norm == "--" || t_[i].norm == "-");
  }

  // The last token before the next comma/colon/closing bracket/end after i.
  uint32_t ToPunct(uint32_t i) const {
    uint32_t j = i;
    while (j + 1 <= last_) {
      Tag t = t_[j + 1].tag;
      if (t == Tag::kComma || t == Tag::kColon || t == Tag::kCloseParen || t == Tag::kPeriod) break;
      ++j;
    }
    return j;
  }

  void Parentheticals() {
    for (uint32_t i = 0; i < n_; ++i) {
      if (t_[i].tag == Tag::kOpenParen) {
        uint32_t j = i + 1;
        while (j < n_ && t_[j].tag != Tag::kCloseParen) ++j;
        if (j < n_) Add(ClauseType::kParenthetical, i, j);
        i = j;
      } else if (IsDash(i) && t_[i].norm == "--") {
        uint32_t j = i + 1;
        while (j < n_ && !(IsDash(j) && t_[j].norm == "--")) ++j;
        if (j < n_) {
          Add(ClauseType::kParenthetical, i, j);
          i = j;
        }
      }
    }
  }

  void Relatives() {
    for (uint32_t i = 1; i < n_; ++i) {
      Tag tag = t_[i].tag;
      bool rel = tag == Tag::WDT || tag == Tag::WPS ||
                 (tag == Tag::WP && (Is(i, Sp("who")) || Is(i, Sp("whom"))));
      if (!rel) continue;
      // Must follow a noun phrase (directly or after a comma).
      uint32_t p = i - 1;
      bool comma = t_[p].tag == Tag::kComma;
      if (comma && p > 0) --p;
      if (!IsNoun(t_[p].tag) && t_[p].tag != Tag::PRP && t_[p].tag != Tag::CD) continue;
      uint32_t end;
      if (comma) {
        end = ToPunct(i);
      } else {
        // Up to the next finite verb after the relative's own verb.
        end = i;
        bool own_verb = false;
        uint32_t j = i + 1;
        for (; j <= last_; ++j) {
          Tag t = t_[j].tag;
          if (t == Tag::kComma || t == Tag::kColon || t == Tag::kCloseParen) break;
          if (IsFinite(t)) {
            if (own_verb &&
                !(IsFinite(t_[j - 1].tag) || t_[j - 1].tag == Tag::RB || t_[j - 1].tag == Tag::CC))
              break;
            own_verb = true;
          }
          end = j;
        }
      }
      Add(ClauseType::kRelative, i, end);
    }
  }

  // Chunk index containing token i, or -1.
  int ChunkAt(uint32_t i) const {
    for (size_t k = 0; k < c_.size(); ++k)
      if (c_[k].first <= i && i <= c_[k].last) return static_cast<int>(k);
    return -1;
  }

  void Appositives() {
    for (uint32_t i = 1; i + 1 < n_; ++i) {
      if (t_[i].tag != Tag::kComma) continue;
      if (!IsNoun(t_[i - 1].tag)) continue;
      int k = ChunkAt(i + 1);
      if (k < 0 || c_[k].type != ChunkType::kNP) continue;
      // Extend over "NP (PP NP)*" and "NP 's NP".
      uint32_t j = c_[k].last;
      size_t m = static_cast<size_t>(k) + 1;
      while (m + 1 < c_.size() && c_[m].type == ChunkType::kPP && c_[m].first == j + 1 &&
             c_[m + 1].type == ChunkType::kNP && c_[m + 1].first == c_[m].last + 1) {
        j = c_[m + 1].last;
        m += 2;
      }
      // The appositive ends at a comma (then the sentence continues) or at the sentence end.
      if (j + 1 < n_ && t_[j + 1].tag == Tag::kComma) {
        // Not a list "A, B, and C" / "A, B and C" / "A, B, C and D".
        if (j + 2 < n_ && (t_[j + 2].tag == Tag::CC)) continue;
        int after = ChunkAt(j + 2);
        if (after >= 0 && c_[after].type == ChunkType::kNP && c_[after].last + 1 < n_ &&
            (t_[c_[after].last + 1].tag == Tag::CC || t_[c_[after].last + 1].tag == Tag::kComma))
          continue;
        // The sentence must continue with a verb group (subject appositive) or have one before.
        bool verb_after = false;
        for (uint32_t q = j + 2; q < n_ && q < j + 5; ++q) {
          if (IsVerb(t_[q].tag) || t_[q].tag == Tag::MD) {
            verb_after = true;
            break;
          }
          if (t_[q].tag != Tag::RB) break;
        }
        bool verb_before = false;
        for (uint32_t q = 0; q < i; ++q) verb_before |= IsFinite(t_[q].tag);
        if (!verb_after && !verb_before) continue;
        if (IsReportingTail(i)) continue;
        Add(ClauseType::kAppositive, i + 1, j);
        i = j;
      } else if (j == last_ && (t_[i - 1].tag == Tag::NNP || t_[i - 1].tag == Tag::NNPS)) {
        bool verb_before = false;
        for (uint32_t q = 0; q < i; ++q) verb_before |= IsFinite(t_[q].tag);
        if (verb_before) Add(ClauseType::kAppositive, i + 1, j);
      }
    }
  }

  // Is the comma at i followed by "NP reporting-verb ... <end>" ("..., a senior official said
  // on Saturday.") or by "reporting-verb NP" ("..., said the minister.")?
  bool IsReportingTail(uint32_t i, uint32_t* verb = nullptr) const {
    uint32_t j = i + 1;
    while (j < n_ && t_[j].tag == Tag::kQuote) ++j;
    int k = ChunkAt(j);
    uint32_t v;
    if (k >= 0 && c_[k].type == ChunkType::kVP) {
      v = c_[k].head;  // "..., said the minister."
    } else {
      if (k < 0 || c_[k].type != ChunkType::kNP) return false;
      size_t m = static_cast<size_t>(k) + 1;
      // NP (PP NP)* , optional appositive commas are not handled here.
      while (m + 1 < c_.size() && c_[m].type == ChunkType::kPP && c_[m + 1].type == ChunkType::kNP)
        m += 2;
      if (m >= c_.size() || c_[m].type != ChunkType::kVP) return false;
      v = c_[m].head;
    }
    if (!Reporting(v)) return false;
    // Only adjuncts may follow the verb up to the next comma: no finite verb, no "that".
    for (uint32_t q = v + 1; q <= last_ && t_[q].tag != Tag::kComma; ++q) {
      if (IsFinite(t_[q].tag) || Is(q, Sp("that"))) return false;
    }
    if (verb) *verb = v;
    return true;
  }

  // Is the comma at i followed by "according to NP" and then the end or another comma?
  bool IsAccordingTail(uint32_t i) const {
    if (i + 2 > last_ || !Is(i + 1, Sp("according"))) return false;
    for (uint32_t q = i + 2; q <= last_ && t_[q].tag != Tag::kComma; ++q)
      if (IsFinite(t_[q].tag)) return false;
    return true;
  }

  void Subordinates() {
    for (const Chunk& ch : c_) {
      if (ch.type != ChunkType::kSBAR) continue;
      const Token& t = t_[ch.first];
      uint32_t f = ch.first;
      if (t.tag != Tag::IN && t.tag != Tag::WRB) continue;
      if (Is(f, Sp("that")) || Is(f, Sp("whether"))) continue;
      ClauseType type = (Is(f, Sp("if")) || Is(f, Sp("unless"))) ? ClauseType::kConditional
                                                                 : ClauseType::kSubordinate;
      if (t.tag == Tag::WRB && !Is(f, Sp("when")) && !Is(f, Sp("whenever"))) continue;
      uint32_t end = ToPunct(ch.first);
      Add(type, ch.first, end);
    }
    // "if" is never a preposition: one the chunker left in a prepositional phrase ("signed a
    // document if the agreement ... failed") opens a conditional clause all the same.
    for (const Chunk& ch : c_) {
      if (ch.type != ChunkType::kPP || ch.first != ch.last || !Is(ch.first, Sp("if"))) continue;
      Add(ClauseType::kConditional, ch.first, ToPunct(ch.first));
    }
  }

  bool IsFrontOfClause(uint32_t i) const {
    return i == 0 || t_[i - 1].tag == Tag::kComma || t_[i - 1].tag == Tag::kQuote ||
           t_[i - 1].tag == Tag::CC;
  }

  void Reported() {
    uint32_t complement_end = last_;
    // Reporting tail (", a senior official said on Saturday", ", according to diplomats"):
    // the complement is everything before the comma.  The tail is one of the last few
    // comma-delimited segments.
    int commas = 0;
    for (uint32_t i = last_; i > 1 && commas < 3; --i) {
      if (t_[i].tag != Tag::kComma) continue;
      ++commas;
      uint32_t v;
      if (IsReportingTail(i, &v) || IsAccordingTail(i)) {
        uint32_t end = i - 1;
        while (end > 0 && t_[end].tag == Tag::kQuote) --end;
        uint32_t start = 0;
        while (start < end && t_[start].tag == Tag::kQuote) ++start;
        Add(ClauseType::kReported, start, end);
        complement_end = end;
        break;
      }
    }
    // Complements of reporting verbs.
    for (const Chunk& ch : c_) {
      if (ch.type != ChunkType::kVP) continue;
      if (!Reporting(ch.head)) continue;
      uint32_t j = ch.last + 1;
      // Skip an object and adjuncts ("told reporters on Saturday that").
      uint32_t k = j;
      bool found_that = false;
      while (k <= last_ && k < j + 10) {
        if (Is(k, Sp("that")) && t_[k].tag == Tag::IN) {
          found_that = true;
          break;
        }
        if (IsFinite(t_[k].tag) || t_[k].tag == Tag::kComma || IsVerb(t_[k].tag)) break;
        ++k;
      }
      uint32_t cend = ch.head < complement_end ? complement_end : last_;
      if (found_that) {
        if (k + 1 <= cend) Add(ClauseType::kReported, k, cend);
        continue;
      }
      // "said Russia will ...": a clause directly follows, possibly after a time expression or
      // adverb ("said Wednesday she hoped ...") or, for "tell", an object ("told reporters").
      while (j <= last_) {
        int c = ChunkAt(j);
        bool time_np =
            c >= 0 && c_[c].type == ChunkType::kNP && (aux_[c_[c].head].cls & kClassTime) != 0;
        bool adv = c >= 0 && c_[c].type == ChunkType::kADVP;
        if (!time_np && !adv) break;
        j = c_[c].last + 1;
      }
      if (j <= last_ && t_[ch.head].lemma == "tell" && ChunkAt(j) >= 0 &&
          c_[ChunkAt(j)].type == ChunkType::kNP) {
        uint32_t after = c_[ChunkAt(j)].last + 1;
        int c2 = after <= last_ ? ChunkAt(after) : -1;
        if (c2 >= 0 && c_[c2].type == ChunkType::kNP) j = after;  // "told reporters Russia ..."
      }
      if (j <= last_) {
        int c = ChunkAt(j);
        if (t_[j].tag == Tag::kQuote || t_[j].tag == Tag::kColon) {
          while (j <= last_ && (t_[j].tag == Tag::kQuote || t_[j].tag == Tag::kColon)) ++j;
          uint32_t end = cend;
          while (end > j && t_[end].tag == Tag::kQuote) --end;
          if (j <= end) Add(ClauseType::kReported, j, end);
          continue;
        }
        if (c >= 0 && c_[c].type == ChunkType::kNP) {
          size_t m = static_cast<size_t>(c) + 1;
          while (m + 1 < c_.size() && c_[m].type == ChunkType::kPP &&
                 c_[m + 1].type == ChunkType::kNP)
            m += 2;
          if (m < c_.size() && c_[m].type == ChunkType::kVP && IsFinite(t_[c_[m].first].tag) &&
              c_[m].first == (m > 0 ? c_[m - 1].last + 1 : 0)) {
            Add(ClauseType::kReported, j, cend);
          }
        }
      }
    }
  }

  void Nest() {
    std::sort(clauses_.begin() + 1, clauses_.end(), [](const Clause& a, const Clause& b) {
      if (a.first != b.first) return a.first < b.first;
      return a.last > b.last;
    });
    for (size_t i = 1; i < clauses_.size(); ++i) {
      int32_t parent = 0;
      uint32_t best = clauses_[0].last - clauses_[0].first;
      for (size_t j = 1; j < clauses_.size(); ++j) {
        if (j == i) continue;
        const Clause& o = clauses_[j];
        bool contains = o.first <= clauses_[i].first && clauses_[i].last <= o.last &&
                        (o.last - o.first > clauses_[i].last - clauses_[i].first ||
                         (o.last - o.first == clauses_[i].last - clauses_[i].first && j < i));
        if (contains && o.last - o.first <= best) {
          best = o.last - o.first;
          parent = static_cast<int32_t>(j);
        }
      }
      clauses_[i].parent = parent;
    }
  }

  bool Is(uint32_t i, uint8_t sp) const { return aux_[i].special == sp; }
  bool Reporting(uint32_t i) const {
    return IsVerb(t_[i].tag) && (aux_[i].cls & kClassReporting) != 0;
  }

  // The tokens and their aux facts as plain pointers (n_ of each): one load per access, where a
  // vector reference costs two, reloaded after every byte store.
  const Token* t_;
  std::span<const Chunk> c_;
  const TokenAux* aux_;
  uint32_t n_;
  uint32_t last_ = 0;  // last non-punctuation token
  std::vector<Clause>& clauses_;
};

}  // namespace

void FindClauses(const std::vector<Token>& tokens, const std::vector<Chunk>& chunks,
                 const std::vector<TokenAux>& aux, std::vector<Clause>* out) {
  ClauseFinder(tokens, chunks, aux, out).Run();
}

std::vector<Clause> FindClauses(const std::vector<Token>& tokens, const std::vector<Chunk>& chunks,
                                const std::vector<TokenAux>& aux) {
  std::vector<Clause> out;
  FindClauses(tokens, chunks, aux, &out);
  return out;
}

}  // namespace entente::nlp
