// Copyright 2026 The entente Authors. Apache-2.0.
//
// Shallow chunker (chunker.h): a single left-to-right pass over the tags that groups noun
// phrases, verb groups, prepositions, subordinators and adjective/adverb phrases, following
// the conventions documented in chunker.h.  Linear time, no allocation beyond the output's.
#include "nlp/chunker.h"

#include <string_view>

#include "nlp/text_util.h"

namespace entente::nlp {
namespace {

bool IsAdj(Tag t) { return t == Tag::JJ || t == Tag::JJR || t == Tag::JJS; }
bool IsAdv(Tag t) { return t == Tag::RB || t == Tag::RBR || t == Tag::RBS; }

// Tags that may continue a noun phrase.
bool NpInner(Tag t) {
  return IsNoun(t) || IsAdj(t) || t == Tag::CD || t == Tag::POS || t == Tag::kHash;
}
// Tags that may start a noun phrase.
bool NpStart(Tag t) {
  return IsNoun(t) || IsAdj(t) || t == Tag::CD || t == Tag::DT || t == Tag::PDT || t == Tag::PRPS ||
         t == Tag::WPS || t == Tag::kDollar || t == Tag::kHash;
}

class Chunker {
 public:
  Chunker(const std::vector<Token>& t, const std::vector<TokenAux>& aux, std::vector<Chunk>* out)
      : t_(t.data()), aux_(aux.data()), n_(t.size()), out_(*out) {}

  void Run() {
    out_.clear();
    out_.reserve(n_);  // at most one chunk per token: no growth series
    size_t i = 0;
    while (i < n_) {
      Tag tag = t_[i].tag;
      if (tag == Tag::PRP || tag == Tag::EX || (tag == Tag::WP && false)) {
        Add(ChunkType::kNP, i, i, i);
        ++i;
      } else if (NpStart(tag) || ((tag == Tag::VBN || tag == Tag::VBG) && StartsModifiedNp(i))) {
        i = ReadNp(i);
      } else if (IsVerb(tag) || tag == Tag::MD || (tag == Tag::TO && NextIsVerb(i))) {
        i = ReadVp(i);
      } else if (tag == Tag::WDT || tag == Tag::WP || tag == Tag::WRB) {
        Add(ChunkType::kSBAR, i, i, i);
        ++i;
      } else if (tag == Tag::IN || tag == Tag::TO) {
        ChunkType ct = IsSubordinating(i) ? ChunkType::kSBAR : ChunkType::kPP;
        Add(ct, i, i, i);
        ++i;
      } else if (IsAdv(tag)) {
        size_t j = i;
        while (j + 1 < n_ && IsAdv(t_[j + 1].tag)) ++j;
        if (j + 1 < n_ && (IsVerb(t_[j + 1].tag) || t_[j + 1].tag == Tag::MD)) {
          i = ReadVp(i);  // "also signed"
        } else if (j + 1 < n_ && IsAdj(t_[j + 1].tag)) {
          i = ReadAdjOrNp(i, j + 1);
        } else {
          Add(ChunkType::kADVP, i, j, j);
          i = j + 1;
        }
      } else if (tag == Tag::RP) {
        Add(ChunkType::kPP, i, i, i);
        ++i;
      } else {
        ++i;  // punctuation, CC, UH, SYM, ...
      }
    }
  }

 private:
  void Add(ChunkType type, size_t first, size_t last, size_t head) {
    Chunk c;
    c.type = type;
    c.first = static_cast<uint32_t>(first);
    c.last = static_cast<uint32_t>(last);
    c.head = static_cast<uint32_t>(head);
    out_.push_back(c);
  }

  bool NextIsVerb(size_t i) const {
    size_t j = i + 1;
    while (j < n_ && IsAdv(t_[j].tag)) ++j;
    return j < n_ && (t_[j].tag == Tag::VB || t_[j].tag == Tag::VBP);
  }

  // A participle that modifies a following noun ("the injured man" inside an NP, or
  // "armed groups" at the start).
  bool StartsModifiedNp(size_t i) const {
    return i + 1 < n_ && (IsNoun(t_[i + 1].tag) || IsAdj(t_[i + 1].tag)) &&
           (i == 0 || !IsVerb(t_[i - 1].tag)) && t_[i].tag == Tag::VBN;
  }

  // Does the IN at i introduce a clause (a finite verb before the next punctuation)?
  bool IsSubordinating(size_t i) const {
    if (t_[i].tag == Tag::TO) return false;
    if (Is(i, Sp("that"))) return true;
    bool sub = (aux_[i].cls & kClassSubordinator) != 0;
    if (!sub) return false;
    for (size_t j = i + 1; j < n_ && j < i + 14; ++j) {
      Tag t = t_[j].tag;
      if (t == Tag::kComma || t == Tag::kPeriod || t == Tag::kColon) return false;
      if (IsFinite(t)) return true;
      if (t == Tag::IN && j > i + 1) return false;
    }
    return false;
  }

  size_t ReadNp(size_t i) {
    size_t j = i;
    size_t head = i;
    bool have_noun = false;
    // Determiner-like start.
    if (t_[j].tag == Tag::PDT) ++j;
    if (j < n_ && (t_[j].tag == Tag::DT || t_[j].tag == Tag::PRPS || t_[j].tag == Tag::WPS)) ++j;
    if (j < n_ && t_[j].tag == Tag::kDollar) ++j;
    size_t last = j > i ? j - 1 : i;
    while (j < n_) {
      Tag t = t_[j].tag;
      bool take = false;
      if (NpInner(t)) {
        take = true;
        if (t == Tag::POS) {
          // "'s" must follow a noun and continue into a noun phrase.
          take = have_noun && j + 1 < n_ && (NpStart(t_[j + 1].tag) || t_[j + 1].tag == Tag::VBG);
          if (take && (t_[j + 1].tag == Tag::DT)) take = false;
        }
        // A determiner after nouns starts a new NP; nouns after CD/JJ continue.
      } else if ((t == Tag::VBN || t == Tag::VBG) && j + 1 < n_ &&
                 (IsNoun(t_[j + 1].tag) || IsAdj(t_[j + 1].tag)) && !have_noun) {
        take = true;  // "the injured man", "a growing economy"
      } else if ((t == Tag::RB || t == Tag::RBS || t == Tag::RBR) && j + 1 < n_ &&
                 IsAdj(t_[j + 1].tag) && !have_noun && j > i) {
        take = true;  // "a very large army"
      } else if (t == Tag::kDollar && j + 1 < n_ && t_[j + 1].tag == Tag::CD) {
        take = !have_noun;
      }
      // A proper noun after a plural common noun starts a new NP ("told reporters Russia").
      if (take && have_noun && (t == Tag::NNP || t == Tag::NNPS) && t_[j - 1].tag == Tag::NNS)
        take = false;
      if (!take) break;
      if (IsNoun(t) || t == Tag::CD) {
        // A noun after a noun phrase that already ended in a plural and is followed by a
        // verb-like reading is still part of the compound; keep it simple: always continue.
        have_noun = true;
        head = j;
      }
      if (t == Tag::POS) have_noun = false;
      last = j;
      ++j;
    }
    if (!have_noun) {
      // No noun: an adjective phrase ("is ready") or a bare determiner ("that", "all").
      bool any_adj = false;
      for (size_t k = i; k <= last; ++k) any_adj |= IsAdj(t_[k].tag);
      bool only_det = true;
      for (size_t k = i; k <= last; ++k)
        only_det &= t_[k].tag == Tag::DT || t_[k].tag == Tag::PDT || t_[k].tag == Tag::CD;
      if (any_adj && !only_det) {
        size_t h = last;
        while (h > i && !IsAdj(t_[h].tag)) --h;
        Add(ChunkType::kADJP, i, last, h);
      } else {
        Add(ChunkType::kNP, i, last, last);
      }
      return last + 1;
    }
    Add(ChunkType::kNP, i, last, head);
    return last + 1;
  }

  size_t ReadAdjOrNp(size_t i, size_t adj) {
    // Adverbs then an adjective: an NP if a noun follows, else an ADJP.
    size_t j = adj;
    while (j < n_ && IsAdj(t_[j].tag)) ++j;
    if (j < n_ && (IsNoun(t_[j].tag))) return ReadNp(i);
    Add(ChunkType::kADJP, i, j - 1, j - 1);
    return j;
  }

  size_t ReadVp(size_t i) {
    size_t j = i;
    size_t head = i;
    size_t last = i;
    bool have_verb = false;
    if (t_[j].tag == Tag::TO) {
      last = j;
      ++j;
    }
    while (j < n_) {
      Tag t = t_[j].tag;
      if (IsVerb(t) || t == Tag::MD) {
        if (have_verb && IsVerb(t_[head].tag) && !IsAux(head) && t != Tag::VBG && t != Tag::VBN) {
          break;  // "said Russia ..." never joins two main verbs
        }
        if (have_verb && IsVerb(t_[head].tag) && !IsAux(head)) break;
        have_verb = true;
        head = j;
        last = j;
        ++j;
      } else if (IsAdv(t) && j + 1 < n_ && (IsVerb(t_[j + 1].tag) || IsAdv(t_[j + 1].tag)) &&
                 (!have_verb || IsAux(head) || t_[head].tag == Tag::MD)) {
        last = j;
        ++j;
      } else if (IsAdv(t) && (Is(j, Sp("not")) || Is(j, Sp("n't")) || Is(j, Sp("never"))) &&
                 j + 1 < n_ && (IsVerb(t_[j + 1].tag) || IsAdv(t_[j + 1].tag))) {
        last = j;
        ++j;
      } else if (t == Tag::RP && have_verb) {
        last = j;
        ++j;
        break;
      } else if (t == Tag::TO && have_verb && j + 1 < n_ && t_[j + 1].tag == Tag::VB && false) {
        break;
      } else {
        break;
      }
    }
    if (!have_verb) {
      // Adverbs or "to" without a verb: emit as ADVP / PP.
      Add(t_[i].tag == Tag::TO ? ChunkType::kPP : ChunkType::kADVP, i, last, last);
      return last + 1;
    }
    Add(ChunkType::kVP, i, last, head);
    return last + 1;
  }

  // Auxiliary: a form of be/have/do, or a modal, followed by more of the verb group.
  bool IsAux(size_t k) const {
    if (t_[k].tag == Tag::MD) return true;
    if (aux_[k].cls & (kClassBe | kClassHave | kClassDo)) return true;
    uint8_t sp = aux_[k].special;
    if (sp == Sp("get") || sp == Sp("got") || sp == Sp("gets")) return true;
    return false;
  }

  bool Is(size_t i, uint8_t sp) const { return aux_[i].special == sp; }

  // The tokens and their aux facts as plain pointers (n_ of each): one load per access, where a
  // vector reference costs two, reloaded after every byte store.
  const Token* t_;
  const TokenAux* aux_;
  size_t n_;
  std::vector<Chunk>& out_;
};

}  // namespace

void ChunkSentence(const std::vector<Token>& tokens, const std::vector<TokenAux>& aux,
                   std::vector<Chunk>* out) {
  Chunker(tokens, aux, out).Run();
}

std::vector<Chunk> ChunkSentence(const std::vector<Token>& tokens,
                                 const std::vector<TokenAux>& aux) {
  std::vector<Chunk> out;
  ChunkSentence(tokens, aux, &out);
  return out;
}

}  // namespace entente::nlp
