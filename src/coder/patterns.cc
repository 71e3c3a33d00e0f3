// Copyright 2026 The entente Authors. Apache-2.0.
//
// Verb pattern matching.  A pattern is `before * after`: the elements after the verb are matched
// left to right starting just after the verb, the elements before it right to left ending just
// before it.  A blank between elements lets other words intervene; '_' (PatternElement::
// connected) demands adjacency.  '+' / '$' / '%' bind the next compound actor group; '^' skips a
// noun phrase.  The pattern with the most literal words wins (MatchPattern reports the score).
// For meetings (IsVenueCode), a place (an actor heading a locative phrase: "in Geneva") fills an
// actor slot only when the pattern's own literal word is its preposition ("* IN +").
#include "coder/patterns.h"

namespace entente::coder {
namespace {

// Does a phrase of the synset start at `pos` (forward) / end at `pos` (backward)?  Returns the
// length matched, 0 if none (the longest phrase wins).
uint32_t SynsetAt(const Synset& syn, const std::vector<WordId>& words, uint32_t pos, bool forward) {
  uint32_t best = 0;
  for (const auto& phrase : syn.phrases) {
    uint32_t len = static_cast<uint32_t>(phrase.size());
    if (len == 0 || len <= best) continue;
    uint32_t start;
    if (forward) {
      if (pos + len > words.size()) continue;
      start = pos;
    } else {
      if (pos + 1 < len) continue;
      start = pos + 1 - len;
    }
    bool ok = true;
    for (uint32_t k = 0; k < len && ok; ++k) ok = words[start + k] == phrase[k];
    if (ok) best = len;
  }
  return best;
}

// End (inclusive) of the noun phrase starting at or after `pos`, or `pos` when none.
uint32_t SkipNounPhrase(const Sentence& s, uint32_t pos, uint32_t hi) {
  for (const Chunk& c : s.chunks) {
    if (c.type == ChunkType::kNP && c.last >= pos && c.first <= hi) return c.last;
  }
  return pos;
}

}  // namespace

bool IsVenueCode(const EventCode& code) {
  std::string_view c = code.str();
  if (c.size() < 3) return false;
  std::string_view k = c.substr(0, 3);
  return k == "036" || k == "040" || k == "041" || k == "044" || k == "045" || k == "046";
}

bool IsForceCode(const EventCode& code) {
  std::string_view root = code.root();
  return root >= "17" && root <= "20";
}

PatternMatch MatchPattern(const DictionarySet& dict, const VerbPattern& pattern,
                          const Sentence& sentence, const std::vector<WordId>& words,
                          const SentenceActors& actors, const MatchWindow& w,
                          const MatchPrefilter* prefilter) {
  auto synset_at = [&](uint32_t synset, uint32_t t, bool forward) {
    return prefilter ? prefilter->SynsetLength(synset, words, t, forward)
                     : SynsetAt(dict.synset(synset), words, t, forward);
  };
  PatternMatch m;
  m.span_first = w.verb_first;
  m.span_last = w.verb_last;

  // After the verb, left to right.
  uint32_t pos = w.verb_last + 1;
  bool must_be_adjacent = pattern.verb_connected;  // "*_OUT"
  // Last token matched by the verb or a literal element: a place ("in Baghdad") fills an actor
  // slot only when the pattern itself names its preposition ("intervened in +", "* IN $").
  int64_t last_literal = w.verb_last;
  auto place_allowed = [&](int32_t g) {
    if (w.not_partner && (*w.not_partner)[actors.groups[g].first] && IsVenueCode(pattern.code)) return false;
    if (w.victim && (*w.victim)[actors.groups[g].first] && !IsForceCode(pattern.code)) return false;
    if (w.aside && (*w.aside)[actors.groups[g].first]) return false;
    if (static_cast<size_t>(g) >= actors.locative_prep.size()) return true;
    int32_t prep = actors.locative_prep[g];
    if (prep >= 0 && prep != last_literal && w.topic_place && (*w.topic_place)[actors.groups[g].first] &&
        !IsForceCode(pattern.code) && pattern.code.root() != "01") {
      return false;  // "challenging Bush's credibility on jobs ... and the war in Iraq"
    }
    return prep < 0 || prep == last_literal || !IsVenueCode(pattern.code);
  };
  for (size_t k = 0; k < pattern.after.size(); ++k) {
    const PatternElement& e = pattern.after[k];
    // A preposition before an actor slot ("* TO +") is no infinitive marker: "heading north to
    // replace US troops" has no "to +".
    bool before_slot = k + 1 < pattern.after.size() && pattern.after[k + 1].kind != PatternElementKind::kWord &&
                       pattern.after[k + 1].kind != PatternElementKind::kSynset &&
                       pattern.after[k + 1].kind != PatternElementKind::kSkip;
    bool found = false;
    for (uint32_t t = pos; t <= w.hi && t < words.size(); ++t) {
      // Nothing of the pattern inside a clause nested after the verb or past a wh-word: "made
      // his first gesture ... when he said he would visit Egypt" is no "made * visit".
      if (w.nested && (*w.nested)[t] && e.kind != PatternElementKind::kSkip) break;
      if (e.kind == PatternElementKind::kWord) {
        bool infinitive = before_slot && sentence.tokens[t].norm == "TO" && t + 1 < sentence.tokens.size() &&
                          sentence.tokens[t + 1].tag == Tag::VB;
        if (words[t] == e.word && !infinitive) { pos = t + 1; found = true; ++m.score; last_literal = t; }
      } else if (e.kind == PatternElementKind::kSynset) {
        // A synset names things: an infinitive is no member ("suspend payments, ... willing to
        // talk" has no "suspend * talks").
        bool infinitive = t > 0 && sentence.tokens[t].tag == Tag::VB && sentence.tokens[t - 1].norm == "TO";
        uint32_t len = infinitive ? 0 : synset_at(e.synset, t, true);
        if (len) { pos = t + len; found = true; m.score += 1; last_literal = t + len - 1; }
      } else if (e.kind == PatternElementKind::kSkip) {
        pos = SkipNounPhrase(sentence, t, w.hi) + 1;
        found = true;
      } else {  // an actor slot
        int32_t g = actors.group_at[t];
        // '%' needs a real compound ("China and Russia signed"), not one actor.
        bool fits = g >= 0 && (e.kind != PatternElementKind::kCompound || actors.groups[g].members.size() > 1) &&
                    place_allowed(g) && !(w.nested && (*w.nested)[t]);
        if (fits && actors.groups[g].first == t) {
          if (e.kind != PatternElementKind::kSource) m.target = g;
          if (e.kind != PatternElementKind::kTarget) m.source = g;
          if (e.kind == PatternElementKind::kCompound) m.compound_after = true;
          pos = actors.groups[g].last + 1;
          found = true;
        }
      }
      if (found || must_be_adjacent) break;
    }
    if (!found) return PatternMatch{};
    must_be_adjacent = e.connected;
    m.span_last = pos - 1;
  }

  // Before the verb, right to left.
  if (!pattern.before.empty()) {
    int64_t p = static_cast<int64_t>(w.verb_first) - 1;
    must_be_adjacent = false;
    for (size_t k = pattern.before.size(); k-- > 0;) {
      const PatternElement& e = pattern.before[k];
      // An element joined to the verb or to the element after it must be adjacent.
      must_be_adjacent = e.connected;
      bool found = false;
      for (int64_t t = p; t >= static_cast<int64_t>(w.lo); --t) {
        uint32_t ut = static_cast<uint32_t>(t);
        if (e.kind == PatternElementKind::kWord) {
          if (words[ut] == e.word) { p = t - 1; found = true; ++m.score; m.literal_before = true; }
        } else if (e.kind == PatternElementKind::kSynset) {
          uint32_t len = synset_at(e.synset, ut, false);
          if (len) { p = t - len; found = true; m.score += 1; m.literal_before = true; }
        } else if (e.kind == PatternElementKind::kSkip) {
          p = t - 1;
          found = true;
        } else {
          int32_t g = actors.group_at[ut];
          bool fits = g >= 0 && (e.kind != PatternElementKind::kCompound || actors.groups[g].members.size() > 1);
          if (fits && e.kind != PatternElementKind::kTarget && w.not_subject &&
              (*w.not_subject)[actors.groups[g].first]) {
            fits = false;
          }
          // A place before the verb only when the pattern names its preposition ("IN $ *").
          if (fits && static_cast<size_t>(g) < actors.locative_prep.size() && actors.locative_prep[g] >= 0 &&
              IsVenueCode(pattern.code)) {
            const PatternElement* prev = k > 0 ? &pattern.before[k - 1] : nullptr;
            int32_t prep = actors.locative_prep[g];
            fits = prev && prev->kind == PatternElementKind::kWord && words[prep] == prev->word;
          }
          if (fits && actors.groups[g].last == ut) {
            if (e.kind != PatternElementKind::kSource) m.target = g;
            if (e.kind != PatternElementKind::kTarget) m.source = g;
            p = static_cast<int64_t>(actors.groups[g].first) - 1;
            found = true;
          }
        }
        if (found || must_be_adjacent) break;
      }
      if (!found) return PatternMatch{};
      m.span_first = static_cast<uint32_t>(p + 1);
    }
  }
  // "China and Russia clashed" is mutual; "Brazil and France ... to combat the negative effects"
  // has an object and is not: a compound before a verb of conflict with nothing after binds
  // only an intransitive use.  (Talks and deals stay mutual with an object: "the two sides
  // discussed the offer".)
  std::string_view code = pattern.code.str();
  bool conflict = code.size() >= 2 && (code[0] == '1' || code[0] == '2');
  if (conflict && pattern.after.empty() && !pattern.before.empty() &&
      pattern.before.back().kind == PatternElementKind::kCompound && w.verb_last + 1 < sentence.tokens.size()) {
    Tag next = sentence.tokens[w.verb_last + 1].tag;
    if (next == Tag::DT || next == Tag::PRPS || next == Tag::JJ || next == Tag::NN || next == Tag::NNS ||
        next == Tag::CD) {
      return PatternMatch{};
    }
  }
  m.matched = true;
  return m;
}

}  // namespace entente::coder
