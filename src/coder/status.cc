// Copyright 2026 The entente Authors. Apache-2.0.
//
// Event status.  Looks at the verb group between the subject and the verb, and at the clause:
//   negated       "did not sign", "has never visited", "won't attend", "failed to agree",
//                 "unable to meet", "his refusal to accept", "its failure to sign", "denied
//                 accusing"
//   hypothetical  yes/no questions ("Should the UK approve the treaty?"), modals and hedges
//                 ("will", "would", "may", "could", "likely to", "expected to", "seems to",
//                 "scheduled/due/set/poised to";
//                 "threatened to" is a code, not a hedge), and any verb inside
//                 an "if/unless" clause (also when negated there: "if Tokyo does not
//                 withdraw") or governed by one (before it, or after it with no other finite
//                 verb between)
//                 and an infinitive whose subject "for" introduces ("a demand for Turkey to
//                 recognise Cyprus") or that a verb like "urge" governs ("urged Iran to halt")
//   intended      "plans to", "intends to", "wants to", "would like to", "seeks to", "aims to",
//                 "is ready/willing/prepared/eager/keen/determined to", and the nouns: "his
//                 decision to visit", "its bid to join", "a plan/promise/pledge/offer to"
// Otherwise asserted.  "refused to" is a verb with its own code, not a negation.  "is about
// to" (imminent action, as in wire copy) stays asserted.
#include "coder/status.h"

#include <string_view>

#include "base/word_set.h"
#include "coder/mentions.h"

namespace entente::coder {
namespace {

bool IsIntentionLemma(std::string_view l) {
  return l == "plan" || l == "intend" || l == "want" || l == "seek" || l == "aim" || l == "hope" ||
         l == "wish" || l == "prepare" || l == "mean" || l == "propose" || l == "like" ||
         // trying is no doing: "struggling to stay on track to join the EU in 2007"
         l == "try" || l == "attempt" || l == "struggle" || l == "strive" || l == "endeavour" ||
         l == "endeavor" ||
         // a promise is not yet kept: "promised to work together to restore normalcy"
         l == "promise" || l == "pledge" || l == "vow" || l == "offer" || l == "undertake" ||
         // a plot is not yet a deed: "rebels plotted to assassinate George Bush"
         l == "plot" || l == "conspire" || l == "scheme";
}

// A noun whose "that" clause is talked of, not reported as fact: "investigate rumours that
// Israel poisoned Arafat", "allegations that troops abused prisoners".
bool IsUnconfirmedNounLemma(std::string_view l) {
  static const WordSet kWords{"rumour", "rumor", "speculation", "allegation", "suspicion", "suggestion",
      "fear", "possibility", "hypothesis", "conspiracy"};
  return kWords.contains(l);
}

bool IsHedgeLemma(std::string_view l) {
  return l == "likely" || l == "expect" || l == "seem" || l == "appear" || l == "unlikely" ||
         l == "possible" || l == "may" || l == "might" || l == "could" || l == "would" ||
         l == "will" || l == "shall" || l == "should" || l == "can" || l == "probably" ||
         l == "perhaps" || l == "possibly" || l == "schedule" || l == "due" || l == "set" ||
         l == "poised" || l == "slate" ||
         // "it was difficult to discuss with US banks" reports no discussion
         l == "difficult" || l == "hard" || l == "impossible";
}

// A yes/no question asserts nothing: "Should the United Kingdom approve the treaty?", "Will
// Russia attack Ukraine?".  The sentence ends with '?' after the verb, and an auxiliary or modal
// opens the question: at the start, or after a colon or an opening quote before the verb.
bool InYesNoQuestion(const Sentence& s, uint32_t verb) {
  const auto& toks = s.tokens;
  size_t end = toks.size();
  while (end > 0 && (toks[end - 1].tag == Tag::kQuote || toks[end - 1].tag == Tag::kCloseParen)) --end;
  if (end == 0 || verb + 1 >= end || toks[end - 1].text != "?") return false;
  int64_t t = verb;
  while (t > 0 && toks[t - 1].tag != Tag::kColon && toks[t - 1].tag != Tag::kQuote) --t;
  while (static_cast<uint32_t>(t) < verb && IsPunct(toks[t].tag)) ++t;
  const Token& first = toks[t];
  if (static_cast<uint32_t>(t) >= verb) return false;
  return first.tag == Tag::MD ||
         (IsVerb(first.tag) && (first.lemma == "be" || first.lemma == "do" || first.lemma == "have"));
}

}  // namespace

bool IsIntentNounLemma(std::string_view l) {
  static const WordSet kWords{"decision", "plan", "intention", "bid", "promise", "pledge", "commitment",
      "readiness", "willingness", "determination", "offer", "proposal", "plot", "conspiracy", "scheme"};
  return kWords.contains(l);
}

bool IsFailureNounLemma(std::string_view l) {
  static const WordSet kWords{"failure", "refusal", "inability", "reluctance", "unwillingness"};
  return kWords.contains(l);
}

bool IsObjectControlLemma(std::string_view l) {
  static const WordSet kWords{"urge", "ask", "press", "force", "advise", "encourage", "invite", "persuade",
      "order", "pressure", "push", "compel", "oblige", "instruct", "call"};
  return kWords.contains(l);
}

EventStatus StatusOf(const Sentence& s, uint32_t verb, int64_t subject_last, int32_t clause,
                     std::span<const uint32_t> skip) {
  const auto& toks = s.tokens;
  uint32_t from = 0;
  if (clause >= 0 && static_cast<size_t>(clause) < s.clauses.size()) from = s.clauses[clause].first;
  if (subject_last >= 0 && static_cast<uint32_t>(subject_last) + 1 > from) {
    from = static_cast<uint32_t>(subject_last) + 1;
  }
  bool negated = false, hypothetical = false, intended = false;
  for (uint32_t t = from; t < verb && t < toks.size(); ++t) {
    bool skipped = false;
    for (uint32_t k : skip) skipped |= k == t;
    if (skipped) continue;
    const Token& tok = toks[t];
    std::string_view n = tok.norm, l = tok.lemma;
    // A participle clause after a comma is an act of its own: "Blair tried to bridge the rift,
    // urging the world to unite" did urge; "Russia did not attack, saying ..." did say.
    if (tok.tag == Tag::kComma && t + 1 <= verb && toks[t + 1].tag == Tag::VBG) {
      negated = hypothetical = intended = false;
      continue;
    }
    // ("not just", "not only", "not merely" add, they do not deny: "the policy, and not just its
    // implementation, was a mistake and accepted responsibility")
    const bool additive = n == "NOT" && t + 1 < toks.size() &&
                          (toks[t + 1].norm == "JUST" || toks[t + 1].norm == "ONLY" || toks[t + 1].norm == "MERELY" ||
                           toks[t + 1].norm == "SIMPLY");
    if ((n == "NOT" || n == "N'T" || n == "NEVER" || n == "NO" || n == "CANNOT") && !additive) negated = true;
    // "in case they need to help evacuate": a precaution, not an act.
    if (n == "CASE" && t > 0 && toks[t - 1].norm == "IN") hypothetical = true;
    // "won 't", "didn ' t": a contraction split by spacing in the source text.
    if ((n == "'T" || (n == "T" && t > 0 && (toks[t - 1].norm == "'" || toks[t - 1].text == "\u2019"))) &&
        t > 0 && t + 1 <= verb) {
      negated = true;
    }
    // Failure is no event: "failed to agree", "unable to meet", "did not manage to sign", and
    // the nouns: "Blair's refusal to accept", "China's failure to sign".
    if ((l == "fail" || n == "UNABLE" || (IsNoun(tok.tag) && IsFailureNounLemma(l))) &&
        t + 1 < toks.size() && toks[t + 1].norm == "TO") {
      negated = true;
    }
    // A denied deed: "he denied accusing Germany", "denies having attacked".
    if (l == "deny" && IsVerb(tok.tag) &&
        ((t + 1 == verb && toks[verb].tag == Tag::VBG) || (t + 2 == verb && toks[t + 1].norm == "HAVING"))) {
      negated = true;
    }
    if (tok.tag == Tag::MD) {
      if (n == "WOULD" && t + 1 < verb && toks[t + 1].lemma == "like") intended = true;
      else hypothetical = true;
    } else if ((n == "READY" || n == "WILLING" || n == "EAGER" || n == "KEEN" || n == "DETERMINED" ||
                n == "PREPARED") &&
               t + 1 < toks.size() && toks[t + 1].norm == "TO") {
      // "is ready to resume talks", "are willing to compromise": readiness is intent.
      intended = true;
    } else if (IsNoun(tok.tag) && t + 1 < toks.size() && toks[t + 1].norm == "TO" && IsIntentNounLemma(l)) {
      // "his decision to visit Japan", "Turkey's bid to join the EU": a decided or offered act.
      intended = true;
    } else if (IsHedgeLemma(l) && t + 1 < toks.size() &&
               (toks[t + 1].tag == Tag::TO || toks[t + 1].norm == "TO")) {
      hypothetical = true;
    } else if (IsIntentionLemma(l) && IsVerb(tok.tag) && t + 1 < toks.size() &&
               (toks[t + 1].norm == "TO" ||
                // a day or an adverb between: "promised Friday to work together", "vowed again to"
                (t + 2 < toks.size() && toks[t + 2].norm == "TO" &&
                 (toks[t + 1].tag == Tag::RB || IsCalendarWord(toks[t + 1].lemma) || toks[t + 1].norm == "TODAY" ||
                  toks[t + 1].norm == "YESTERDAY")))) {
      intended = true;
    } else if (n == "GOING" && t + 1 < toks.size() && toks[t + 1].norm == "TO") {
      hypothetical = true;
    }
  }
  // "a demand for Turkey to recognise Cyprus", "called for Israel to withdraw": an infinitive
  // whose subject is introduced by "for" is wished for, not done.
  {
    int64_t t = static_cast<int64_t>(verb) - 1;
    while (t >= 0 && toks[t].tag == Tag::RB) --t;
    if (t >= 1 && toks[t].norm == "TO") {
      int64_t u = t - 1, words = 0;
      while (u >= 0 && words < 6 &&
             (IsNoun(toks[u].tag) || toks[u].tag == Tag::DT || toks[u].tag == Tag::JJ || toks[u].tag == Tag::POS ||
              toks[u].tag == Tag::CD || toks[u].tag == Tag::PRP || toks[u].norm == "'S")) {
        --u;
        ++words;
      }
      if (words > 0 && u >= 0 && toks[u].norm == "FOR") hypothetical = true;
      // "urged Russia to attack", "Blair urged to launch", "called on Iran to halt".
      if (u >= 0 && toks[u].norm == "ON" && u > 0) --u;
      if (u >= 0 && IsVerb(toks[u].tag) && IsObjectControlLemma(toks[u].lemma)) hypothetical = true;
    }
  }
  // Conditionals: the verb sits in an if-clause, or its clause contains one.
  bool in_condition = false;  // "if Tokyo does not withdraw its troops" states no failure
  for (int32_t c = clause; c >= 0 && static_cast<size_t>(c) < s.clauses.size(); c = s.clauses[c].parent) {
    if (s.clauses[c].type == ClauseType::kConditional) hypothetical = in_condition = true;
  }
  // (One after the verb governs it unless another finite verb of the clause comes between:
  // "militants who killed two hostages and are threatening to execute a Briton unless ..." did
  // kill them.)
  if (clause >= 0 && static_cast<size_t>(clause) < s.clauses.size()) {
    for (size_t c = 0; c < s.clauses.size(); ++c) {
      const Clause& cc = s.clauses[c];
      if (cc.type != ClauseType::kConditional || cc.parent != clause) continue;
      bool finite_between = false;
      for (uint32_t t = verb + 1; t < cc.first && t < toks.size() && !finite_between; ++t)
        finite_between = IsFinite(toks[t].tag);
      if (!finite_between) hypothetical = true;
    }
  }
  if (InYesNoQuestion(s, verb)) hypothetical = true;
  // A headline's "X to <verb>" is its future tense: "Poland to cut Iraq troops by 2006", "German
  // leader to arrive in China", "Iraq group to free 3 Indians" (no finite verb in the sentence).
  {
    int64_t t = static_cast<int64_t>(verb) - 1;
    while (t >= 0 && toks[t].tag == Tag::RB) --t;
    if (t >= 1 && toks[t].norm == "TO" && verb < toks.size() && toks[verb].tag == Tag::VB &&
        (IsNoun(toks[t - 1].tag) || toks[t - 1].tag == Tag::PRP)) {
      bool finite = false;
      for (const Token& k : toks) finite |= IsFinite(k.tag);
      if (!finite) hypothetical = true;
    }
  }
  // A plot coded at its own verb is not yet carried out: "rebels plotted to assassinate Bush"
  // (185 is an attempt made).
  if (verb < toks.size() && IsVerb(toks[verb].tag) &&
      (toks[verb].lemma == "plot" || toks[verb].lemma == "conspire")) {
    intended = true;
  }
  // The verb in the "that" clause of a rumour or an allegation, with nothing of the clause's own
  // between but auxiliaries: "rumours that he was about to resign".
  for (int64_t t = static_cast<int64_t>(verb) - 1; t > 0 && verb - t <= 15; --t) {
    const Token& tok = toks[t];
    if (IsPunct(tok.tag)) break;
    if (IsFinite(tok.tag) && tok.tag != Tag::MD && tok.lemma != "be" && tok.lemma != "have" && tok.lemma != "do") break;
    if (tok.norm == "THAT") {
      if (IsNoun(toks[t - 1].tag) && IsUnconfirmedNounLemma(toks[t - 1].lemma)) hypothetical = true;
      break;
    }
  }
  if (negated && !in_condition) return EventStatus::kNegated;
  if (intended) return EventStatus::kIntended;
  if (hypothetical) return EventStatus::kHypothetical;
  return EventStatus::kAsserted;
}

}  // namespace entente::coder
