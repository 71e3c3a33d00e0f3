// Copyright 2026 The entente Authors. Apache-2.0.
//
// The coder: for each sentence of a document, actors (mentions.cc), verbs and their patterns
// (patterns.cc), subject and object choice, status (status.cc), events.
//
// Subject: in the verb's innermost clause, the leftmost actor group before the verb that is not
// the object of a preposition ("On Monday in Moscow, Putin said" -> Putin); in a relative
// clause ("the US, which imposed sanctions") the group just before the clause.  Passive voice
// ("was attacked by X"): the subject becomes the target and the "by" group the source.
// Target: the group bound by the pattern's '+', else the first group after the verb in the
// clause.  A verb inside the span of another verb's matched pattern is not coded again.
//
// TABARI/PETRARCH semantics (tests in coder_test.cc, TabariSemanticsTest): a pattern that binds
// the target before the verb ("NOTED + *") leaves the subject before its first word; a paired
// code with a compound subject and no other party is reciprocal among the members; a multi-word
// verb counts whatever the tag of its head; "X is said to ..." is no passive; with require_dyad
// off, a targetless verb in an adverbial clause under a coded event is its background.
//
// Real-news rules (each with tests in coder_test.cc, RealNewsRulesTest):
//   - a dateline at the start of a sentence ("BAGHDAD (Reuters) -") yields no actor;
//   - a place heading a locative phrase ("in Baghdad", "at the UN", "in the city of Mosul") is
//     never a subject, never the acting "after the verb" actor of a passive, and never the
//     partner of a meeting or negotiation unless the pattern names the preposition
//     (patterns.h IsVenueCode);
//   - a participle after a noun without "be" is a reduced relative ("soldiers attacked by X":
//     X is the source, the soldiers the target), and one before a noun an adjective ("the
//     subsidized exports"); a present-tense form after a modifier and before a preposition is a
//     noun ("possible UN sanctions over"): neither is an event;
//   - a verb that always takes an object, with none, is passive ("Charity chief kidnapped in
//     Iraq"); gerunds after "of"/"from", after a noun or after a determiner and a name are
//     nouns or unrealised ("a strategy of targeting", "prevent him from fighting");
//   - no subject inside a prepositional phrase (but "talks between X and Y"), in a compound
//     adjective ("U.S.-backed") or in the object of an earlier verb; coordinated clauses
//     ("attacked Ukraine, and China criticized") give the second verb its own subject;
//   - the target search stops at a wh-word, a participle modifying a noun or a second predicate
//     after "and", and a pattern's '+' does not bind inside a nested relative clause.
// Op-ed rules (OpEdTest): reported speech is a statement (010) by the speaker plus the reported
// event (CoderOptions::statements); "the two countries", "both sides", "the latter" and pronouns
// resolve through a per-document memory (mentions.h DocumentMemory); a compound subject of two
// countries with no other party cooperates mutually (CoderOptions::mutual_cooperation).
// User-level summary: docs/coder.md.
#include "entente/coder.h"

#include <algorithm>
#include <span>
#include <sstream>

#include "base/word_set.h"
#include "coder/mentions.h"
#include "coder/patterns.h"
#include "coder/status.h"
#include "dict/match_prefilter.h"
#include "entente/dict.h"
#include "entente/nlp.h"

namespace entente {

using coder::Group;
using coder::Mention;
using coder::SentenceActors;

CoderOptions CoderOptions::WithOverrides(const DocumentConfig& c) const {
  CoderOptions o = *this;
  if (c.require_dyad) o.require_dyad = *c.require_dyad;
  if (c.new_actor_length) o.new_actor_length = *c.new_actor_length;
  if (c.comma_min) o.comma_min = *c.comma_min;
  if (c.comma_max) o.comma_max = *c.comma_max;
  if (c.comma_bmin) o.comma_bmin = *c.comma_bmin;
  if (c.comma_bmax) o.comma_bmax = *c.comma_bmax;
  if (c.comma_emin) o.comma_emin = *c.comma_emin;
  if (c.comma_emax) o.comma_emax = *c.comma_emax;
  if (c.comma_emin || c.comma_emax) o.keep_reporting_tail = false;
  return o;
}

Coder::Coder(const DictionarySet& dict, const Analyzer& analyzer, CoderOptions options)
    : dict_(dict),
      analyzer_(analyzer),
      options_(options),
      prefilter_(std::make_unique<const MatchPrefilter>(dict)) {}

Coder::~Coder() = default;

const char* Coder::Version() { return ENTENTE_VERSION; }

namespace {

// Innermost clause of every token (clauses nest; deeper wins).  The result is per-thread
// scratch, valid until the next call.
const std::vector<int32_t>& ClauseOfTokens(const Sentence& s) {
  thread_local std::vector<int32_t> of;  // scratch, reused
  of.assign(s.tokens.size(), s.clauses.empty() ? -1 : 0);
  thread_local std::vector<int> depth;  // scratch, reused
  depth.assign(s.clauses.size(), 0);
  for (size_t c = 0; c < s.clauses.size(); ++c) {
    int d = 0;
    for (int32_t p = s.clauses[c].parent; p >= 0 && d < 64; p = s.clauses[p].parent) ++d;
    depth[c] = d;
  }
  for (size_t c = 0; c < s.clauses.size(); ++c) {
    for (uint32_t t = s.clauses[c].first; t <= s.clauses[c].last && t < of.size(); ++t) {
      if (of[t] < 0 || depth[c] >= depth[of[t]]) of[t] = static_cast<int32_t>(c);
    }
  }
  return of;
}

bool IsAuxiliaryLemma(std::string_view l) {
  return l == "be" || l == "have" || l == "do" || l == "get" || l == "say" || l == "want";
}

// Nouns whose place names no party: a country in a locative phrase after one is where the topic
// is, not whom the act aims at ("funding for the wars in Iraq", "an arms race in South Asia",
// "a lonely exile in Baghdad", "reception centres in Africa", "transit camps in Africa").
bool IsTopicNounLemma(std::string_view l) {
  static const WordSet kWords{"war", "conflict", "crisis", "exile", "race", "killing", "election",
      "situation", "programme", "program", "policy", "problem", "issue", "question", "debate", "row",
      "controversy", "scandal", "affair", "campaign", "education", "poverty", "reform", "process",
      "centre", "center", "economy", "market", "camp", "base", "facility", "plant", "project", "site",
      "settlement"};
  return kWords.contains(l);
}

bool IsReportingLemma(std::string_view l) {
  static const WordSet kWords{"say", "tell", "report", "add", "state", "announce", "note", "claim",
      "confirm", "quote", "write", "declare"};
  return kWords.contains(l);
}

// A wire headline's bare reporting participle, "are said/reported/feared to have been": "two
// troops said killed", "Three Britons feared dead".  ("believe" only where no pattern of its
// own must fire on it: the reduced-passive extension, not the verb skip.)
bool IsHeadlineReportingParticiple(std::string_view l) { return l == "say" || l == "report" || l == "fear"; }

// Reporting verbs whose uncoded use introduces a statement (CoderOptions::statements).
bool IsStatementLemma(std::string_view l) {
  static const WordSet kWords{"say", "tell", "add", "state", "declare", "announce", "note", "claim",
      "insist", "stress", "reiterate", "assert", "argue", "explain", "contend", "write"};
  return kWords.contains(l);
}

// The reported clause of a reporting verb at [first, last] in clause `clause`: a kReported
// child that starts just after it ("said (that) ...", "told reporters that ...") or ends just
// before it ("..., Putin said").  -1 when there is none.
int32_t ReportedClauseOf(const Sentence& s, int32_t clause, uint32_t first, uint32_t last) {
  for (size_t c = 0; c < s.clauses.size(); ++c) {
    const Clause& rc = s.clauses[c];
    if (rc.type != ClauseType::kReported || rc.parent != clause) continue;
    if (rc.first > last && rc.first <= last + 8) return static_cast<int32_t>(c);
    if (rc.last < first && rc.last + 6 >= first) return static_cast<int32_t>(c);
  }
  return -1;
}

// Verbs that always take an object ("X killed Y"): without one they are passive ("Charity chief
// kidnapped in Iraq").  Not verbs with an intransitive use ("fought", "clashed", "met").
bool IsTransitiveEventLemma(std::string_view l) {
  static const WordSet kWords{"kill", "wound", "kidnap", "abduct", "arrest", "detain", "capture", "injure",
      "shoot", "seize", "jail", "imprison", "sentence", "execute", "behead", "expel", "deport",
      "extradite", "convict", "accuse", "torture", "assassinate", "massacre", "hang", "ambush", "bomb",
      "target", "sanction", "indict", "hold", "free", "release", "condemn", "criticise", "criticize",
      "blame", "invite", "summon", "ban", "punish", "fine", "hurt", "murder", "slay", "stab", "lynch",
      "rape", "maim"};
  return kWords.contains(l);
}

// Nouns that complement "take", "hold" or "keep" to say someone was seized: "taken hostage".
bool IsCaptiveNoun(std::string_view l) { return l == "hostage" || l == "captive" || l == "prisoner"; }

// "taken hostage", "held captive", "kept prisoner": `verb` takes, holds or keeps and `next` names
// the captive state.
bool IsCaptiveTaking(const Token& verb, const Token& next) {
  return IsCaptiveNoun(next.lemma) && (verb.lemma == "take" || verb.lemma == "hold" || verb.lemma == "keep");
}

// A comment (010-014) is about its target; claiming, denying or regretting a deed (015-018) is not.
bool IsCommentCode(const EventCode& code) {
  return code.root() == "01" && code.str().size() >= 3 && code.str()[2] <= '4';
}

bool IsTimeLemma(std::string_view l) {
  return l == "day" || l == "week" || l == "month" || l == "year" || l == "hour" || l == "minute";
}

bool IsBeForm(const Token& t) { return t.lemma == "be" || t.norm == "GOT" || t.norm == "GET"; }

// Comma-delimited clause deletion (PETRARCH's comma_* options): a stretch between two commas
// whose length is within [min, max] words is ignored when looking for actors; at the sentence
// start (up to the first comma) [bmin, bmax]; at the end (after the last comma) [emin, emax].
// The result is per-thread scratch, valid until the next call.
std::vector<bool>& CommaIgnored(const Sentence& s, const CoderOptions& o) {
  const auto& toks = s.tokens;
  thread_local std::vector<bool> ignored;  // scratch, reused
  ignored.assign(toks.size(), false);
  thread_local std::vector<uint32_t> commas;  // scratch, reused
  commas.clear();
  for (uint32_t i = 0; i < toks.size(); ++i)
    if (toks[i].tag == Tag::kComma) commas.push_back(i);
  if (commas.empty()) return ignored;
  auto words_between = [&](uint32_t a, uint32_t b) {  // tokens strictly between, minus punct
    int n = 0;
    for (uint32_t t = a; t < b; ++t)
      if (!IsPunct(toks[t].tag)) ++n;
    return n;
  };
  // A stretch that is a clause of its own (a finite verb other than a reporting verb: "If X
  // attacks Y, Z will respond") is kept whatever its length; appositives ("Osgiliath, the
  // state's fiercest foe,") and reporting tails (", a senior official said on Saturday.") go.
  // Items of a list ("Mordor, the Shire, Fornost and Bree") are not clauses either: a stretch
  // that opens with a short noun phrase followed by a comma or a conjunction is kept.
  auto is_list_item = [&](uint32_t a, uint32_t b) {
    uint32_t t = a;
    while (t < b && (toks[t].tag == Tag::DT || toks[t].tag == Tag::JJ || toks[t].tag == Tag::RB)) ++t;
    uint32_t nouns = 0;
    while (t < b && IsNoun(toks[t].tag) && nouns < 5) { ++t; ++nouns; }
    if (nouns == 0) return false;
    return t == b || toks[t].tag == Tag::CC || toks[t].tag == Tag::kComma;
  };
  // reporting_too: also a stretch whose finite verb is a reporting verb.  Not at the end of the
  // sentence (CoderOptions::keep_reporting_tail): ", China tells Downer", ", the State
  // Department said" name the speaker (a statement event of its own, and the referent of a later
  // "it" or "he"); the target search of the verbs before stops at that tail's comma (tail_comma
  // in CodeSentence).
  auto mark = [&](uint32_t a, uint32_t b, bool reporting_too = true) {
    if (is_list_item(a, b)) return;
    // A participial clause before the main verb carries its own event: "Mr Straw, visiting
    // Beijing, noted ...".  (After it, "..., killing 25 people" stays an aside.)
    if (a < b && toks[a].tag == Tag::VBG && !IsReportingLemma(toks[a].lemma)) {
      bool finite_before = false;
      for (uint32_t t = 0; t < a && !finite_before; ++t) finite_before = IsFinite(toks[t].tag);
      if (!finite_before) return;
    }
    for (uint32_t t = a; t < b && t < toks.size(); ++t) {
      Tag tg = toks[t].tag;
      bool finite = IsFinite(tg);
      if (finite && !IsReportingLemma(toks[t].lemma)) return;
      if (finite && !reporting_too) return;
      // A parenthetical report ends at its verb, give or take a time or a place (", officials
      // said on Monday,"); one whose verb goes on opens the sentence's own report (",
      // Steckhan said despite decisions by Peru, Costa Rica ... to suspend payments, these nations
      // were ...").
      if (finite) {
        for (uint32_t u = t + 1; u < b && u < toks.size(); ++u) {
          const Token& k = toks[u];
          if (k.tag == Tag::IN && k.norm != "ON" && k.norm != "IN" && k.norm != "AT") return;
        }
      }
    }
    for (uint32_t t = a; t < b && t < toks.size(); ++t) ignored[t] = true;
  };
  if (o.comma_bmax > 0) {
    int n = words_between(0, commas.front());
    if (n >= o.comma_bmin && n <= o.comma_bmax) mark(0, commas.front());
  }
  if (o.comma_max > 0) {
    for (size_t k = 0; k + 1 < commas.size(); ++k) {
      int n = words_between(commas[k] + 1, commas[k + 1]);
      if (n >= o.comma_min && n <= o.comma_max) mark(commas[k] + 1, commas[k + 1]);
    }
  }
  if (o.comma_emax > 0) {
    int n = words_between(commas.back() + 1, static_cast<uint32_t>(toks.size()));
    if (n >= o.comma_emin && n <= o.comma_emax) mark(commas.back() + 1, static_cast<uint32_t>(toks.size()), !o.keep_reporting_tail);
  }
  return ignored;
}

// `between` (optional, out): the preposition is "between" ("talks between X and Y").
bool PrecededByPreposition(const Sentence& s, uint32_t first, bool* between = nullptr) {
  uint32_t t = first;
  while (t > 0) {
    Tag tag = s.tokens[t - 1].tag;
    // "In 2018 President Trump imposed": a year closes its phrase; the name starts the next.
    if (coder::IsYear(s.tokens[t - 1])) return false;
    // "of an internationally backed Mideast peace plan": adverbs and participles used as
    // adjectives stand between too.
    if (tag == Tag::DT || tag == Tag::JJ || tag == Tag::PRPS || tag == Tag::CD || tag == Tag::RB ||
        (tag == Tag::VBN && t >= 2 && s.tokens[t - 2].tag != Tag::NN && s.tokens[t - 2].tag != Tag::NNS &&
         s.tokens[t - 2].tag != Tag::NNP && s.tokens[t - 2].tag != Tag::PRP)) {
      --t;
      continue;
    }
    if (tag != Tag::IN || s.tokens[t - 1].norm == "THAT") return false;
    if (between) *between = s.tokens[t - 1].norm == "BETWEEN";
    // A subordinating conjunction before a clause is no preposition: "after Russia attacked".
    std::string_view w = s.tokens[t - 1].norm;
    if (w == "AFTER" || w == "BEFORE" || w == "SINCE" || w == "AS" || w == "WHILE" || w == "BECAUSE" ||
        w == "IF" || w == "UNLESS" || w == "ALTHOUGH" || w == "THOUGH" || w == "WHETHER" || w == "UNTIL" ||
        w == "ONCE" || w == "WHEREAS") {
      // Past the whole subject: "after the United States and the European Union imposed".
      uint32_t u = first;
      while (u < s.tokens.size() && (IsNoun(s.tokens[u].tag) || s.tokens[u].tag == Tag::POS ||
                                     s.tokens[u].tag == Tag::JJ || s.tokens[u].tag == Tag::DT ||
                                     s.tokens[u].tag == Tag::CC || s.tokens[u].norm == "'S")) {
        ++u;
      }
      while (u < s.tokens.size() && s.tokens[u].tag == Tag::RB) ++u;
      if (u < s.tokens.size()) {
        Tag v = s.tokens[u].tag;
        if (IsFinite(v)) return false;
      }
    }
    return true;
  }
  return false;
}

// The object of an earlier verb is no subject of a later one: "they had beheaded a second
// American hostage ... and threatened to kill".  Not after a verb that takes a clause ("said
// Russia would ..."), except the addressee of "tell", "inform", "assure" ...
bool IsObjectOfEarlierVerb(const Sentence& s, uint32_t first) {
  int64_t t = static_cast<int64_t>(first) - 1;
  while (t >= 0 && (s.tokens[t].tag == Tag::DT || s.tokens[t].tag == Tag::JJ || s.tokens[t].tag == Tag::CD ||
                    s.tokens[t].tag == Tag::PRPS || s.tokens[t].tag == Tag::RB || s.tokens[t].tag == Tag::JJS)) {
    --t;
  }
  if (t < 0) return false;
  const Token& v = s.tokens[t];
  // A perfect participle takes an object too: "diplomats have left Pyongyang to visit ...".
  bool perfect = false;
  if (v.tag == Tag::VBN) {
    int64_t a = t - 1;
    while (a >= 0 && s.tokens[a].tag == Tag::RB) --a;
    perfect = a >= 0 && s.tokens[a].lemma == "have";
  }
  if (!(v.tag == Tag::VB || v.tag == Tag::VBD || v.tag == Tag::VBZ || v.tag == Tag::VBP || v.tag == Tag::VBG || perfect)) {
    return false;
  }
  std::string_view l = v.lemma;
  // "told reporters after meeting Suharto": whom one tells is an object, the clause comes after.
  if (l == "tell" || l == "inform" || l == "assure" || l == "notify" || l == "remind" || l == "brief") return true;
  return !(IsAuxiliaryLemma(l) || IsReportingLemma(l) || coder::IsCognitionLemma(l));
}

// A name used in a compound adjective is a modifier, no subject: "the U.S.-backed government".
bool IsHyphenModifier(const Sentence& s, uint32_t last) {
  return last + 2 < s.tokens.size() && s.tokens[last + 1].text == "-" &&
         (s.tokens[last + 2].tag == Tag::VBN || s.tokens[last + 2].tag == Tag::JJ);
}

// A purpose adjunct opens at token t: "in a move (likely) to", "in a bid to", "in an effort to",
// "in an attempt to".  What follows is another predicate, neither the verb's object nor its
// pattern's words ("froze nuclear work in a move likely to thwart US efforts to report Iran to
// the UN Security Council" is no freeze of energy to the UN).
bool IsPurposeAdjunctAt(const Sentence& s, uint32_t t) {
  const auto& toks = s.tokens;
  // "in order to", "so as to": "cooperate with each other in order to compete with Japanese firms".
  if (t + 2 < toks.size() && toks[t + 2].norm == "TO" &&
      ((toks[t].norm == "IN" && toks[t + 1].norm == "ORDER") || (toks[t].norm == "SO" && toks[t + 1].norm == "AS"))) {
    return true;
  }
  if (t + 2 >= toks.size() || toks[t].norm != "IN" || toks[t + 1].tag != Tag::DT) return false;
  const std::string_view l = toks[t + 2].lemma;
  return l == "move" || l == "bid" || l == "effort" || l == "attempt" || l == "step" || l == "push" ||
         l == "drive" || l == "gesture";
}

// A dateline at the start of a sentence: "BAGHDAD (Reuters) -", "MOSCOW, June 5 (AFP) -",
// "KABUL, Afghanistan -", "CARACAS --", "LONDON, AUGUST 17:", also after a source credit ("Los
// Angeles Times - BAGHDAD --"); and a section label before a semicolon ("Europe ; Serbia ...").  Returns the number of tokens it
// covers (0: none).  Upper-case place words, an optional ", place or date", an optional
// "(agency)", then a dash or colon.  Its place is where the story was filed, never an actor.
uint32_t DatelineAt(const Sentence& s, uint32_t start);

bool IsDashText(std::string_view w) { return w == "-" || w == "--" || w == "\u2014" || w == "\u2013"; }

uint32_t DatelineLength(const Sentence& s) {
  if (uint32_t len = DatelineAt(s, 0)) return len;
  const auto& toks = s.tokens;
  // A section label: "Europe ; Serbia calls on UN to ...", "World News: ...".
  for (uint32_t t = 0; t < toks.size() && t < 4; ++t) {
    if (toks[t].text == ";") return t > 0 ? t + 1 : 0;
    if (toks[t].tag != Tag::NNP && toks[t].tag != Tag::NNPS) break;
  }
  // A source credit before it: "Los Angeles Times - BAGHDAD -- Militants said ...".
  for (uint32_t t = 0; t < toks.size() && t < 6; ++t) {
    std::string_view w = toks[t].text;
    if (IsDashText(w)) {
      if (t == 0) return 0;
      uint32_t len = DatelineAt(s, t + 1);
      return len ? len : 0;
    }
    if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) return 0;
  }
  return 0;
}

// The dateline starting at token `start`; returns the token index just past it (0: none).
uint32_t DatelineAt(const Sentence& s, uint32_t start) {
  const auto& toks = s.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  auto all_caps = [](std::string_view w) {
    int letters = 0;
    for (char c : w) {
      if (c >= 'a' && c <= 'z') return false;
      if (c >= 'A' && c <= 'Z') ++letters;
      else if (c != '.' && c != '-' && c != '\'') return false;
    }
    return letters >= 2;
  };
  auto is_dash = [](std::string_view w) { return IsDashText(w) || w == ":"; };
  uint32_t t = start;
  bool long_word = false;
  while (t < n && t < start + 4 && all_caps(toks[t].text)) {
    long_word |= toks[t].text.size() >= 3;
    ++t;
  }
  // A place in title case at the very start, then a dash and a capital: "Ouagadougou - Rwanda's
  // threat ...", "New Delhi - India and Pakistan ..." (wire copy in AG News).
  if (t == start && start == 0) {
    auto title_word = [](std::string_view w) {
      if (w.size() < 3 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
      for (size_t k = 1; k < w.size(); ++k)
        if (!(w[k] >= 'a' && w[k] <= 'z') && w[k] != '-') return false;
      return true;
    };
    uint32_t u = 0;
    while (u < n && u < 2 && (toks[u].tag == Tag::NNP || toks[u].tag == Tag::NNPS) && title_word(toks[u].text)) ++u;
    if (u > 0 && u + 1 < n && toks[u].text == "-" && !toks[u + 1].text.empty() && toks[u + 1].text[0] >= 'A' &&
        toks[u + 1].text[0] <= 'Z') {
      const uint32_t more = DatelineAt(s, u + 1);  // a source credit: "Kyiv Post - MOSCOW (AP) -"
      return more ? more : u + 1;
    }
    return 0;
  }
  if (t == start || !long_word) return 0;
  if (t < n && toks[t].tag == Tag::kComma) {  // ", June 5", ", Afghanistan", ", Aug 25, 2004"
    uint32_t u = t + 1;
    while (u < n && u < t + 7 &&
           (toks[u].tag == Tag::NNP || toks[u].tag == Tag::CD || toks[u].tag == Tag::NNPS ||
            (toks[u].tag == Tag::kComma && u + 1 < n && toks[u + 1].tag == Tag::CD))) {
      ++u;
    }
    if (u == t + 1) return 0;
    t = u;
  }
  bool credit = false;
  if (t < n && toks[t].text == "(") {  // "(Reuters)", "(AFP)"
    uint32_t u = t + 1;
    while (u < n && u < t + 5 && toks[u].text != ")") ++u;
    if (u >= n || toks[u].text != ")") return 0;
    t = u + 1;
    credit = true;
  }
  if (t < n && is_dash(toks[t].text)) return t + 1;
  // "BAGHDAD (Reuters) Bombs ..." without the dash.
  return credit ? t : 0;
}


// A participle used as an adjective before a noun: "the subsidized exports", "its disputed
// border", "the recently signed accord", "for suspected al-Qaeda links", "after suspected
// militants attacked".
bool IsParticipialAdjective(const Sentence& s, uint32_t i) {
  const auto& toks = s.tokens;
  Tag tg = toks[i].tag;
  if ((tg != Tag::VBN && tg != Tag::VBD) || i == 0 || i + 1 >= toks.size()) return false;
  if (IsAuxiliaryLemma(toks[i].lemma)) return false;  // "one had plans
  uint32_t p = i - 1;  // "the recently signed agreement"
  while (p > 0 && toks[p].tag == Tag::RB) --p;
  Tag prev = toks[p].tag;
  // "propose increased thresholds", "demanded expanded access": a participle after a verb that
  // is no auxiliary ("has increased" is a verb).
  bool after_verb = tg == Tag::VBN && IsVerb(prev) && !IsAuxiliaryLemma(toks[p].lemma) && toks[p].lemma != "get";
  bool before = prev == Tag::DT || prev == Tag::PRPS || prev == Tag::POS || prev == Tag::JJ || after_verb ||
                (prev == Tag::IN && toks[p].norm != "THAT" && toks[p].norm != "BY");
  Tag next = toks[i + 1].tag;
  bool after = next == Tag::NN || next == Tag::NNS || next == Tag::NNP || next == Tag::NNPS || next == Tag::JJ;
  return before && after;
}

// A present-tense verb form that is a plural noun in its noun phrase: "new sanctions on Russia",
// "the talks in Geneva", "possible UN sanctions over its programme".  The word follows a
// determiner, possessive or adjective (directly, or with a country or organisation name between)
// and is followed by a preposition, punctuation or the end, never by an object.
bool IsNominalUse(const Sentence& s, const SentenceActors& actors, uint32_t i) {
  const auto& toks = s.tokens;
  Tag tg = toks[i].tag;
  if ((tg != Tag::VBZ && tg != Tag::VBP) || i == 0 || IsAuxiliaryLemma(toks[i].lemma)) return false;
  bool after = i + 1 >= toks.size() || toks[i + 1].tag == Tag::IN || IsPunct(toks[i + 1].tag) ||
               toks[i + 1].tag == Tag::CC;
  // "U.S. purchases of Soviet products", "Iran's talks of": a present-tense form followed by
  // "of" is a noun, unless the verb takes "of" ("Russia warns of retaliation").
  if (i + 1 < toks.size() && toks[i + 1].norm == "OF") {
    std::string_view l = toks[i].lemma;
    bool takes_of = l == "warn" || l == "speak" || l == "think" || l == "approve" || l == "complain" ||
                    l == "consist" || l == "dream" || l == "hear" || l == "know" || l == "learn" ||
                    l == "tell" || l == "remind" || l == "inform" || l == "despair" || l == "tire" ||
                    l == "disapprove" || l == "boast" || l == "die" || l == "smell" || l == "taste";
    if (!takes_of) return true;
  }
  if (!after || (i + 1 < toks.size() && toks[i + 1].norm == "THAT")) return false;
  // "warns Singapore officials against future visits to Taiwan": after a noun that a
  // preposition governs, a present-tense form has no subject and is a plural noun.
  if ((toks[i - 1].tag == Tag::NN || toks[i - 1].tag == Tag::NNS) && actors.group_at[i - 1] < 0) {
    int64_t p = static_cast<int64_t>(i) - 2;
    while (p >= 0 && (toks[p].tag == Tag::DT || toks[p].tag == Tag::JJ || toks[p].tag == Tag::NN)) --p;
    if (p >= 0 && toks[p].tag == Tag::IN && toks[p].norm != "THAT" && toks[p].norm != "WHETHER" &&
        toks[p].norm != "IF" && toks[p].norm != "BECAUSE" && toks[p].norm != "AS" && toks[p].norm != "WHILE" &&
        toks[p].norm != "SINCE" && toks[p].norm != "ALTHOUGH" && toks[p].norm != "UNLESS" &&
        toks[p].norm != "BEFORE" && toks[p].norm != "AFTER" && toks[p].norm != "UNTIL") {
      return true;
    }
    // "whether U.S. corn exports to Canada have injured growers": after a common noun, before a
    // preposition, with the clause's own finite verb still to come.
    if (toks[i + 1].tag == Tag::IN) {
      for (uint32_t t = i + 2; t < toks.size() && t < i + 10; ++t) {
        Tag u = toks[t].tag;
        if (u == Tag::CC || IsPunct(u) || u == Tag::WDT || u == Tag::WP || u == Tag::WRB || toks[t].norm == "THAT") break;
        if (IsFinite(u)) return true;
      }
    }
  }
  auto modifier = [](Tag t) { return t == Tag::DT || t == Tag::PRPS || t == Tag::POS || t == Tag::JJ || t == Tag::JJR; };
  Tag prev = toks[i - 1].tag;
  if (modifier(prev) && toks[i - 1].norm != "THAT") return true;
  // "possible UN sanctions", "Iran's nuclear talks": a name with a modifier before it.  Not a
  // determiner ("The US objects to ..." is a verb), not a common noun ("its leaders want").
  int32_t g = actors.group_at[i - 1];
  bool names = g >= 0;
  if (g >= 0) {
    for (uint32_t mi : actors.groups[g].members) names &= actors.mentions[mi].has_actor;
  }
  if (names && actors.groups[g].last == i - 1 && actors.groups[g].first > 0) {
    Tag before = toks[actors.groups[g].first - 1].tag;
    return before == Tag::JJ || before == Tag::PRPS || before == Tag::POS;
  }
  return false;
}

// Every member of the group is a news medium (a MED role): "BBC Radio", "the Financial Times".
// A noun phrase (a determiner, adjectives, nouns, names, "with" phrases of nouns excluded) from
// `t` followed by a finite verb within eight words and no punctuation: "US troops with crack
// Iraqi soldiers surged", "the talks resumed".
bool OpensClauseWithSubject(const Sentence& s, uint32_t t) {
  const auto& toks = s.tokens;
  uint32_t u = t, nouns = 0;
  while (u < toks.size() && u < t + 8) {
    const Tag g = toks[u].tag;
    if (IsNoun(g) || g == Tag::PRP) ++nouns;
    if (!(IsNoun(g) || g == Tag::DT || g == Tag::JJ || g == Tag::CD || g == Tag::POS || g == Tag::PRPS ||
          g == Tag::PRP || toks[u].norm == "WITH" || toks[u].norm == "'S")) {
      break;
    }
    ++u;
  }
  while (u < toks.size() && (toks[u].tag == Tag::RB || toks[u].tag == Tag::MD)) ++u;
  return nouns > 0 && u < toks.size() && u > t && IsFinite(toks[u].tag);
}

bool AllMedia(const coder::SentenceActors& actors, const coder::Group& g) {
  for (uint32_t mi : g.members)
    if (actors.mentions[mi].code.str().find("MED") == std::string::npos) return false;
  return true;
}

// An event of sentence `s` between two mentions; an absent one is PETRARCH's null actor "---" (only
// when require_dyad is off).
Event MakeEvent(const DictionarySet& dict, const Sentence& s, Date date, const Mention* source,
                const Mention* target, const EventCode& code, EventStatus status, std::string_view verb_text,
                std::string_view pattern_id) {
  static const ActorCode kNull = *ActorCode::Parse("---");
  Event e;
  e.sentence = 0;
  e.start = s.begin;
  e.end = s.end;
  e.date = date;
  e.source = source ? source->code : kNull;
  e.target = target ? target->code : kNull;
  if (source) e.source_text = coder::MentionText(s, *source);
  if (target) e.target_text = coder::MentionText(s, *target);
  e.code = code;
  e.quad = code.quad();
  if (const CameoEntry* ce = dict.cameo().Find(code)) e.goldstein = ce->goldstein;
  e.status = status;
  e.verb_text = verb_text;
  e.pattern_id = pattern_id;
  return e;
}

// Appends `e` unless the sentence already has an event with its source, target and code.
void AddDistinct(Event e, std::vector<Event>* events) {
  for (const Event& o : *events)
    if (o.source == e.source && o.target == e.target && o.code == e.code) return;
  events->push_back(std::move(e));
}

// A headline that gives its words to a named person before or after a colon (see CodeSentence).
void HeadlineStatement(const DictionarySet& dict, const Sentence& s, const SentenceActors& actors, Date date,
                       std::ostringstream* ex, std::vector<Event>* events) {
  const auto& toks = s.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  // The one colon of the sentence, not at its start or end.
  int64_t colon = -1;
  for (uint32_t t = 0; t < n; ++t) {
    if (toks[t].tag != Tag::kColon || toks[t].text != ":") continue;
    if (colon >= 0) return;
    colon = t;
  }
  if (colon <= 0 || colon + 1 >= n) return;
  const uint32_t c = static_cast<uint32_t>(colon);
  // The speaker: one named person filling the side before the colon (at most four words), or
  // the side after it (up to the final punctuation).
  auto person_group = [&](uint32_t first, uint32_t last) -> int32_t {
    while (last > first && IsPunct(toks[last].tag)) --last;
    int32_t g = actors.group_at[last];
    if (g < 0) return -1;
    const Group& gr = actors.groups[g];
    if (gr.last != last || gr.members.size() != 1) return -1;
    const Mention& m = actors.mentions[gr.members[0]];
    if (!m.person || m.code.str().empty() || m.code.str()[0] == '-' || toks[gr.first].tag == Tag::PRP) return -1;
    // Before it only a role word may stand ("commissioner Verheugen").
    for (uint32_t t = first; t < gr.first; ++t)
      if (!IsNoun(toks[t].tag) && toks[t].tag != Tag::JJ) return -1;
    return gr.first - first <= 2 ? g : -1;
  };
  int32_t speaker = -1;
  uint32_t lo = 0, hi = 0;  // the words said
  if (c <= 4 && (speaker = person_group(0, c - 1)) >= 0) {
    lo = c + 1;
    hi = n - 1;
  } else if (c >= 3 && n - c <= 6 && (speaker = person_group(c + 1, n - 1)) >= 0) {
    lo = 0;
    hi = c - 1;
  } else {
    return;
  }
  const Mention& sm = actors.mentions[actors.groups[speaker].members[0]];
  for (size_t g = 0; g < actors.groups.size(); ++g) {
    const Group& gr = actors.groups[g];
    if (gr.first < lo || gr.last > hi || actors.locative_prep[g] >= 0 || IsHyphenModifier(s, gr.last)) continue;
    for (uint32_t mi : gr.members) {
      const Mention& m = actors.mentions[mi];
      if (m.code.str().empty() || m.code.str()[0] == '-' || m.code.country() == sm.code.country()) continue;
      static const EventCode kStatement = *EventCode::Parse("010");
      if (ex) *ex << "  headline colon: " << sm.code.str() << " -> " << m.code.str() << " 010 [asserted]\n";
      AddDistinct(MakeEvent(dict, s, date, &sm, &m, kStatement, EventStatus::kAsserted, ":", "headline-colon"), events);
      return;
    }
  }
}

struct VerbHit {
  uint32_t verb = 0;        // the verb token
  uint32_t first = 0;       // with multi-word verb parts
  uint32_t last = 0;
  uint32_t entry = 0;
};

}  // namespace

struct Coder::SentenceContext {
  coder::DocumentMemory memory;  // what earlier sentences named
  const std::vector<WordId>* words = nullptr;  // the sentence's word ids, when Code() has them
  bool sentence_discard = false;  // with words: a sentence-level discard phrase occurs in them
};

std::vector<Event> Coder::CodeSentence(const Sentence& s, Date date, const CoderOptions& opt,
                                       std::string* explain, SentenceContext* context) const {
  std::vector<Event> events;
  const auto& toks = s.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  if (n == 0) return events;
  // Reused: a new stream per sentence cost ~1.5%; nothing here sets format state on it.
  thread_local std::ostringstream ex;
  ex.str(std::string());
  ex.clear();

  // Code() has already looked the words up for the story-level discards.
  thread_local std::vector<WordId> own_words;
  const bool have_words = context && context->words && context->words->size() == n;
  if (!have_words) {
    own_words.resize(n);
    for (uint32_t i = 0; i < n; ++i) own_words[i] = dict_.FindWord(toks[i].norm);
  }
  const std::vector<WordId>& words = have_words ? *context->words : own_words;

  // Sentence-level discards.
  if (have_words ? context->sentence_discard : prefilter_->HasDiscard(words, /*story=*/false)) {
    if (explain) *explain += "  discarded: sentence matches a discard phrase\n";
    return events;
  }
  // Which words occur, so that patterns needing an absent word are not tried.
  thread_local MatchPrefilter::SentenceWords present;
  prefilter_->Load(words, &present);

  std::vector<bool>& ignored = CommaIgnored(s, opt);
  uint32_t dateline = DatelineLength(s);
  for (uint32_t t = 0; t < dateline && t < n; ++t) ignored[t] = true;
  thread_local SentenceActors actors;  // scratch, reused (CodeSentence does not recurse)
  coder::FindActors(dict_, s, words, ignored, date, context ? &context->memory : nullptr, opt.new_actor_length,
                    &analyzer_, &actors);
  const std::vector<int32_t>& clause_of = ClauseOfTokens(s);
  // A place ("bombs exploded in Baghdad", "a summit in Moscow") is neither source nor target
  // unless the verb's pattern names its preposition (patterns.cc).
  auto is_place = [&](size_t g) { return g < actors.locative_prep.size() && actors.locative_prep[g] >= 0; };

  if (explain) {
    ex << "  tokens:";
    for (const Token& t : toks) ex << ' ' << t.text << '/' << TagName(t.tag);
    ex << "\n  chunks:";
    for (const Chunk& c : s.chunks) ex << " [" << ChunkTypeName(c.type) << ' ' << c.first << '-' << c.last << ']';
    ex << "\n  clauses:";
    for (const Clause& c : s.clauses) ex << " [" << ClauseTypeName(c.type) << ' ' << c.first << '-' << c.last << ']';
    ex << "\n  actors:";
    for (const Group& g : actors.groups) {
      ex << " {";
      for (uint32_t mi : g.members) ex << ' ' << actors.mentions[mi].code.str() << "=\"" << coder::MentionText(s, actors.mentions[mi]) << '"';
      ex << " }";
    }
    ex << '\n';
  }

  // Verbs of the dictionary, left to right.
  thread_local std::vector<VerbHit> hits;  // scratch, reused (CodeSentence does not recurse)
  hits.clear();
  for (uint32_t i = 0; i < n; ++i) {
    if (words[i] == kNoWord || actors.group_at[i] >= 0) continue;
    // A multi-word verb is one verb however the tagger split it: "will not wire tap the
    // lines" (WIRE_+TAP) with "tap" read as a noun after the verb "wire".
    const bool verb_tag = IsVerb(toks[i].tag);
    if (!verb_tag && !(i > 0 && IsVerb(toks[i - 1].tag) && IsNoun(toks[i].tag) && toks[i].tag != Tag::NNP &&
                       toks[i].tag != Tag::NNPS)) {
      continue;
    }
    auto entries = dict_.VerbEntriesFor(words[i]);
    if (entries.empty()) continue;
    // A gerund after a determiner, possessive or adjective is a noun: "the reopening of", "its
    // shelling", "heavy fighting".
    if (toks[i].tag == Tag::VBG && i > 0 &&
        (toks[i - 1].tag == Tag::DT || toks[i - 1].tag == Tag::PRPS || toks[i - 1].tag == Tag::POS ||
         toks[i - 1].tag == Tag::JJ)) {
      continue;
    }
    // "condemns beheading of U.S. hostage", "protests over the killing of": a gerund with an
    // "of" object is a noun naming an act, whose doer the sentence does not say.
    if (toks[i].tag == Tag::VBG && i + 1 < n && toks[i + 1].norm == "OF") {
      if (explain) ex << "  word '" << toks[i].text << "': gerund before 'of', a noun, no event\n";
      continue;
    }
    // "Three Britons feared killed", "two troops said killed": a reporting participle between a
    // noun and the event's participle is the headline's "are feared to have been".
    if ((toks[i].tag == Tag::VBD || toks[i].tag == Tag::VBN) && i > 0 && i + 1 < n &&
        (toks[i + 1].tag == Tag::VBN || (toks[i + 1].tag == Tag::VBD && toks[i + 1].norm != "THAT")) &&
        IsNoun(toks[i - 1].tag) &&
        IsHeadlineReportingParticiple(toks[i].lemma)) {
      if (explain) ex << "  word '" << toks[i].text << "': reporting participle before a participle, no event\n";
      continue;
    }
    // A participle after a noun that is no actor modifies that noun, whose act it describes
    // ("the controversy surrounding David Blunkett", "a dispute involving Japan"), or heads a
    // noun compound ("the deadly embassy bombing in Jakarta").
    if (toks[i].tag == Tag::VBG && i > 0 && (toks[i - 1].tag == Tag::NN || toks[i - 1].tag == Tag::NNS) &&
        actors.group_at[i - 1] < 0) {
      if (explain) ex << "  word '" << toks[i].text << "': participle modifying a noun, no event\n";
      continue;
    }
    // "A UN meeting has ...", "the Israeli shelling of": a gerund after a name or nationality
    // that a determiner opens is a noun.
    if (toks[i].tag == Tag::VBG && i > 0 && actors.group_at[i - 1] >= 0 &&
        (toks[i - 1].tag == Tag::NNP || toks[i - 1].tag == Tag::JJ)) {
      const Group& g = actors.groups[actors.group_at[i - 1]];
      Tag b = g.first > 0 ? toks[g.first - 1].tag : Tag::kPeriod;
      if (b == Tag::DT || b == Tag::PRPS || b == Tag::POS) {
        if (explain) ex << "  word '" << toks[i].text << "': gerund after a determiner and a name, a noun\n";
        continue;
      }
    }
    // "Jakarta bombing blamed on Malaysian fugitives": a gerund right after a name that opens
    // the sentence, with a verb right after it, heads the subject: a noun.
    if (toks[i].tag == Tag::VBG && i > 0 && i + 1 < n && actors.group_at[i - 1] >= 0) {
      const Group& g = actors.groups[actors.group_at[i - 1]];
      Tag next = toks[i + 1].tag;
      bool opens = g.first == 0 || IsPunct(toks[g.first - 1].tag);
      if (opens && g.last == i - 1 &&
          (next == Tag::VBD || next == Tag::VBZ || next == Tag::VBP || next == Tag::VBN || next == Tag::MD)) {
        if (explain) ex << "  word '" << toks[i].text << "': gerund heading the subject after a name, a noun\n";
        continue;
      }
    }
    // "a strategy of targeting", "accused of spying", "capable of striking": a gerund after
    // "of" is what a noun or an accusation is about, not an event; "to prevent him from
    // fighting", "refrained from attacking": one after "from" did not happen.
    // "warned Singapore officials against visiting Taiwan": one warned or voted against neither.
    if (toks[i].tag == Tag::VBG && i > 0 &&
        (toks[i - 1].norm == "OF" || toks[i - 1].norm == "FROM" || toks[i - 1].norm == "AGAINST")) {
      if (explain) ex << "  word '" << toks[i].text << "': gerund after '" << toks[i - 1].text << "', no event\n";
      continue;
    }
    // "Ancram said lifting the arms embargo would damage relations": a gerund that opens a
    // reported clause whose verb is still to come is that clause's subject, an act of nobody
    // named.
    if (toks[i].tag == Tag::VBG && i > 0 &&
        ((IsVerb(toks[i - 1].tag) && (IsStatementLemma(toks[i - 1].lemma) || IsReportingLemma(toks[i - 1].lemma) ||
                                      coder::IsCognitionLemma(toks[i - 1].lemma))) ||
         (toks[i - 1].norm == "THAT" && toks[i - 1].tag == Tag::IN))) {
      bool finite_after = false;
      for (uint32_t t = i + 1; t < n && t < i + 12; ++t) {
        Tag u = toks[t].tag;
        if (u == Tag::CC || IsPunct(u) || u == Tag::WDT || u == Tag::WP || toks[t].norm == "THAT") break;
        if (IsFinite(u)) { finite_after = true; break; }
      }
      if (finite_after) {
        if (explain) ex << "  word '" << toks[i].text << "': gerund subject of a reported clause, no event\n";
        continue;
      }
    }
    if (IsParticipialAdjective(s, i) || IsNominalUse(s, actors, i)) {
      if (explain) ex << "  word '" << toks[i].text << "': used as an adjective or noun, not a verb\n";
      continue;
    }
    // Auxiliary use ("has imposed", "is visiting"): the next verb carries the meaning.
    if (toks[i].lemma == "be" || toks[i].lemma == "have" || toks[i].lemma == "do") {
      // ... also with adverbs or "each"/"both"/"all" between: "have each laid the blame".
      uint32_t u = i + 1;
      while (u < n && u < i + 4 &&
             (toks[u].tag == Tag::RB || toks[u].norm == "EACH" || toks[u].norm == "BOTH" || toks[u].norm == "ALL")) {
        ++u;
      }
      if (u < n && IsVerb(toks[u].tag) && (u == i + 1 || toks[u].tag == Tag::VBN || toks[u].tag == Tag::VBG)) continue;
      // "had to accept negotiations": "have to" is a modal; the infinitive carries the meaning.
      if (toks[i].lemma == "have" && i + 2 < n && toks[i + 1].norm == "TO" && toks[i + 2].tag == Tag::VB) continue;
    }
    int best = -1;
    size_t best_len = 0;
    for (uint32_t e : entries) {
      const VerbEntry& ve = dict_.verb_entry(e);
      if (ve.pre.size() > i || i + ve.post.size() >= n) continue;
      if (!verb_tag && (ve.pre.empty() || !IsVerb(toks[i - ve.pre.size()].tag))) continue;
      bool ok = true;
      for (size_t k = 0; k < ve.pre.size() && ok; ++k) ok = words[i - ve.pre.size() + k] == ve.pre[k];
      for (size_t k = 0; k < ve.post.size() && ok; ++k) ok = words[i + 1 + k] == ve.post[k];
      size_t len = ve.pre.size() + ve.post.size() + 1;
      if (ok && (best < 0 || len > best_len)) { best = static_cast<int>(e); best_len = len; }
    }
    if (best < 0) continue;
    const VerbEntry& ve = dict_.verb_entry(static_cast<uint32_t>(best));
    hits.push_back({i, static_cast<uint32_t>(i - ve.pre.size()), static_cast<uint32_t>(i + ve.post.size()),
                    static_cast<uint32_t>(best)});
  }

  // Names that cannot be a subject, per group's first token: objects of an earlier verb
  // ("visit Canada and Japan before starting negotiations"), names inside a prepositional
  // phrase other than "between", compound adjectives ("U.S.-backed").  Used by the fallback
  // subject search and by the patterns' '$' and '%' before a verb.
  thread_local std::vector<bool> not_subject;  // scratch, reused
  not_subject.assign(n, false);
  for (const Group& gr : actors.groups) {
    bool between = false;
    bool in_pp = PrecededByPreposition(s, gr.first, &between) && !between;
    if (in_pp || IsObjectOfEarlierVerb(s, gr.first) || IsHyphenModifier(s, gr.last)) not_subject[gr.first] = true;
  }

  // Names that only modify a noun naming no person or body: no partner of a meeting ("met
  // European standards", "visited Chinese factories").
  thread_local std::vector<bool> not_partner;  // scratch, reused
  not_partner.assign(n, false);
  for (const Group& gr : actors.groups) {
    int32_t head = coder::NounCompoundHead(s, gr.last + 1, [&](uint32_t u) { return actors.group_at[u] >= 0; });
    if (head < 0) continue;
    // "joining GATT discussions": the body holding talks takes part in them.
    std::string_view l = toks[head].lemma;
    if (coder::IsMeetingNounLemma(l)) continue;
    int lexfile = analyzer_.NounLexFile(l);
    not_partner[gr.first] = lexfile != kNounPerson && lexfile != kNounGroup;
  }
  // What a meeting is about is no party to it, nor to anything done about it: "held talks *on
  // Iran*", "hosts a mini-summit *on Sudan*'s Darfur conflict" (its partners come after "with" or
  // "between").
  thread_local std::vector<bool> meeting_topic;  // scratch, reused
  meeting_topic.assign(n, false);
  for (const Group& gr : actors.groups) {
    int64_t p = static_cast<int64_t>(gr.first) - 1;
    auto skip_modifiers = [&] {
      while (p >= 0 && (toks[p].tag == Tag::DT || toks[p].tag == Tag::PRPS || toks[p].tag == Tag::JJ ||
                        toks[p].tag == Tag::CD)) {
        --p;
      }
    };
    skip_modifiers();
    // ("talks on the fate of two French journalists")
    if (p >= 2 && toks[p].norm == "OF" && (toks[p - 1].tag == Tag::NN || toks[p - 1].tag == Tag::NNS)) {
      p -= 2;
      skip_modifiers();
    }
    if (p < 1) continue;
    std::string_view w = toks[p].norm;
    if (w != "ON" && w != "ABOUT" && w != "OVER" && w != "REGARDING" && w != "CONCERNING") continue;
    int64_t q = p - 1;
    while (q > 0 && (toks[q].tag == Tag::kQuote || toks[q].tag == Tag::POS)) --q;
    if (IsNoun(toks[q].tag) && coder::IsMeetingNounLemma(toks[q].lemma)) meeting_topic[gr.first] = true;
  }

  // A news medium after "on", "in", "via" or "through" carries words, it does not receive them:
  // "he asked on BBC Radio 4's World at One", "said in the Financial Times".
  thread_local std::vector<bool> medium;  // scratch, reused
  medium.assign(n, false);
  for (const Group& gr : actors.groups) {
    if (!AllMedia(actors, gr) || gr.first == 0) continue;
    // Not a modifier: "declined to comment on a New York Times report".
    if (gr.last + 1 < n && (toks[gr.last + 1].tag == Tag::NN || toks[gr.last + 1].tag == Tag::NNS)) continue;
    uint32_t p = gr.first - 1;
    if ((toks[p].tag == Tag::DT || toks[p].tag == Tag::PRPS) && p > 0) --p;
    std::string_view w = toks[p].norm;
    medium[gr.first] = w == "ON" || w == "IN" || w == "VIA" || w == "THROUGH";
  }
  // Asides that name no party: whoever a report is attributed to, up to the next punctuation
  // ("according to analysts here and a British diplomat who left Pyongyang today"), and what
  // something is compared with ("a points system similar to Australia's", "live like an average
  // British citizen", "more than Japan").
  thread_local std::vector<bool> aside;  // scratch, reused
  aside.assign(n, false);
  // Marks the group at `u`, past determiners and adjectives, as an aside; its last token, or n.
  auto aside_group_from = [&](uint32_t u) -> uint32_t {
    while (u < n && (toks[u].tag == Tag::DT || toks[u].tag == Tag::JJ)) ++u;
    if (u >= n || actors.group_at[u] < 0) return n;
    const uint32_t last = actors.groups[actors.group_at[u]].last;
    for (uint32_t v = u; v <= last; ++v) aside[v] = true;
    return last;
  };
  for (uint32_t t = 0; t + 1 < n; ++t) {
    if (toks[t].norm == "ACCORDING" && toks[t + 1].norm == "TO") {
      for (uint32_t u = t + 2; u < n && !IsPunct(toks[u].tag); ++u) aside[u] = true;
      continue;
    }
    // A range of examples, "from X to Y" after a word for many things or people: "every
    // independent expert from the International Monetary Fund to the Institute of Fiscal
    // Studies", "issues from Iraq to top-up fees", "ranging from Japan to Brazil".
    if (toks[t].norm == "FROM" && t > 0) {
      static const WordSet kMany{"everything", "anything", "everyone", "anyone", "issue", "topic", "subject",
                                 "matter", "area", "field", "sector", "expert", "forecaster", "economist",
                                 "analyst", "critic", "range", "vary", "stretch", "country", "nation"};
      if (kMany.contains(toks[t - 1].lemma)) {
        uint32_t u = t + 1;
        while (u < n && (toks[u].tag == Tag::DT || toks[u].tag == Tag::JJ)) ++u;
        const int32_t g = u < n ? actors.group_at[u] : -1;
        const uint32_t last = g >= 0 ? actors.groups[g].last : n;
        // Only a range: "from X to ..."; then also its other end ("to the Institute of ...").
        if (last + 1 < n && toks[last + 1].norm == "TO") {
          aside_group_from(u);
          aside_group_from(last + 2);
        }
      }
    }
    bool compared = ((toks[t].norm == "SIMILAR" || toks[t].norm == "COMPARABLE" || toks[t].norm == "IDENTICAL") &&
                     toks[t + 1].norm == "TO") ||
                    (toks[t].norm == "THAN" && t > 0 && (toks[t - 1].tag == Tag::JJR || toks[t - 1].tag == Tag::RBR)) ||
                    ((toks[t].norm == "LIKE" || toks[t].norm == "UNLIKE") && toks[t].tag == Tag::IN && t > 0 &&
                     (IsVerb(toks[t - 1].tag) || toks[t - 1].tag == Tag::RB));
    if (!compared) continue;
    aside_group_from(toks[t + 1].norm == "TO" && toks[t].norm != "THAN" ? t + 2 : t + 1);
  }

  // Victims of a deed named by a noun: "condemned the beheading of American hostage Eugene
  // Armstrong", "grieving over the death of British hostage Ken Bigley".
  thread_local std::vector<bool> victim;  // scratch, reused
  victim.assign(n, false);
  for (const Group& gr : actors.groups) {
    int64_t of = static_cast<int64_t>(gr.first) - 1;  // "the kidnappers of two Chinese engineers"
    while (of > 0 && (toks[of].tag == Tag::CD || toks[of].tag == Tag::DT || toks[of].tag == Tag::JJ)) --of;
    if (of < 1 || toks[of].norm != "OF") continue;
    std::string_view l = toks[of - 1].lemma;
    victim[gr.first] = l == "death" || l == "killing" || l == "murder" || l == "beheading" || l == "assassination" ||
                       l == "kidnapping" || l == "abduction" || l == "execution" || l == "massacre" ||
                       l == "slaughter" || l == "torture" || l == "shooting" || l == "rape" ||
                       // and of its doers: "negotiating with the kidnappers of two Chinese engineers"
                       l == "kidnapper" || l == "abductor" || l == "captor" || l == "killer" || l == "murderer" ||
                       l == "assassin" ||
                       // a gerund tagged as such: "Bush Condemns Beheading of U.S. Hostage"
                       (toks[of - 1].tag == Tag::VBG &&
                        (l == "behead" || l == "kill" || l == "murder" || l == "kidnap" || l == "abduct" ||
                         l == "execute" || l == "torture" || l == "shoot" || l == "slaughter" || l == "massacre" ||
                         l == "assassinate"));
  }
  // Places where a topic is: "the war in Iraq" (IsTopicNounLemma before the locative preposition).
  thread_local std::vector<bool> topic_place;  // scratch, reused
  topic_place.assign(n, false);
  for (size_t g = 0; g < actors.groups.size(); ++g) {
    if (!is_place(g) || actors.locative_prep[g] < 1) continue;
    const Token& before = toks[actors.locative_prep[g] - 1];
    topic_place[actors.groups[g].first] = IsNoun(before.tag) && IsTopicNounLemma(before.lemma);
  }
  // Whose release or return is sought is not whom the appeal or demand is made to: "meet
  // kidnappers to seek release of UN workers" (the kidnappers hold them), "demanded the release of
  // two Chinese engineers held by Pakistani militants".
  thread_local std::vector<bool> released;  // scratch, reused
  released.assign(n, false);
  for (const Group& gr : actors.groups) {
    int64_t of = static_cast<int64_t>(gr.first) - 1;
    while (of > 0 && (toks[of].tag == Tag::CD || toks[of].tag == Tag::DT || toks[of].tag == Tag::JJ)) --of;
    if (of < 1 || toks[of].norm != "OF" || !IsNoun(toks[of - 1].tag)) continue;
    std::string_view l = toks[of - 1].lemma;
    released[gr.first] = l == "release" || l == "freedom" || l == "return" || l == "repatriation" ||
                         l == "handover" || l == "extradition" || l == "freeing";
  }

  // A reporting tail: "..., Jean-Claude Paye, Director General of the OECD, said." The target
  // of a verb before it is not in it.
  uint32_t tail_comma = n;
  {
    int64_t r = static_cast<int64_t>(n) - 1;
    while (r > 0 && !IsVerb(toks[r].tag) && n - r <= 6) --r;
    if (r > 0 && IsVerb(toks[r].tag) && IsReportingLemma(toks[r].lemma)) {
      for (int64_t c = r - 1; c > 0; --c) {
        if (IsVerb(toks[c].tag) || toks[c].tag == Tag::MD) break;
        // The leftmost comma of the tail: an appositive inside it ("Paye, Director General,").
        if (toks[c].tag == Tag::kComma && toks[c - 1].tag != Tag::kComma) tail_comma = static_cast<uint32_t>(c);
      }
    }
  }

  thread_local std::vector<bool> consumed;  // scratch, reused
  consumed.assign(n, false);
  thread_local std::vector<bool> clause_has_event;  // scratch, reused
  clause_has_event.assign(s.clauses.size() + 1, false);
  auto infinitival = [&](uint32_t v) {  // "to supply", "to be allowed", "to quickly act"
    int64_t t = static_cast<int64_t>(v) - 1;
    while (t >= 0 && (toks[t].tag == Tag::RB || toks[t].lemma == "be")) --t;
    return t >= 0 && toks[t].norm == "TO";
  };
  for (const VerbHit& h : hits) {
    if (consumed[h.verb]) {
      if (explain) ex << "  verb '" << toks[h.verb].text << "': inside an earlier pattern, skipped\n";
      continue;
    }
    // The complement of a verb already coded in this clause is part of that event: "signed an
    // accord to supply Gondor", "urged Bree to help", "called on X to be allowed to leave".
    {
      int32_t c = clause_of[h.verb];
      if (infinitival(h.first) && clause_has_event[c < 0 ? s.clauses.size() : static_cast<size_t>(c)]) {
        if (explain) ex << "  verb '" << toks[h.verb].text << "': complement of an earlier coded verb, skipped\n";
        continue;
      }
    }
    const VerbEntry& ve = dict_.verb_entry(h.entry);
    int32_t clause = clause_of[h.verb];
    uint32_t lo = 0, hi = n - 1;
    if (clause >= 0) { lo = s.clauses[clause].first; hi = s.clauses[clause].last; }
    // A verb in a reported complement may look back to the sentence start; the target may not
    // run past the clause.
    coder::MatchWindow w{0, h.first, h.last, hi};
    // Nor into a reporting tail: "heads for general elections in six weeks' time ..., economists
    // and officials said" is no visit to the officials.
    if (tail_comma > h.last && tail_comma <= w.hi) w.hi = tail_comma - 1;
    // Nor do a pattern's words run past a second predicate with a tense of its own: "talks on
    // reducing the risk of nuclear accidents and also said they planned to reopen their
    // consulates" is no "reducing ... consulates".
    for (uint32_t t = h.last + 1; t + 1 <= hi && t + 1 < n; ++t) {
      if (IsPurposeAdjunctAt(s, t)) {  // nor into a purpose adjunct: "in a move to ..."
        w.hi = t - 1;
        break;
      }
      // ... nor into a gerund clause of time or condition: "resume export of poultry ... only
      // after meeting conditions" is no resumption of a meeting.
      if (toks[t].tag == Tag::IN && toks[t + 1].tag == Tag::VBG) {
        const std::string_view c = toks[t].norm;
        if (c == "AFTER" || c == "BEFORE" || c == "SINCE" || c == "UNTIL" || c == "WITHOUT" || c == "WHILE" ||
            c == "WHEN" || c == "DESPITE") {
          w.hi = t - 1;
          break;
        }
      }
      if (toks[t].tag != Tag::CC) continue;
      uint32_t u = t + 1;
      while (u <= hi && u < n && toks[u].tag == Tag::RB) ++u;
      if (u <= hi && u < n &&
          IsFinite(toks[u].tag)) {
        w.hi = t - 1;
        break;
      }
      // ... nor past a second clause with a subject of its own after a comma: "made no mention
      // of fresh fighting, but a military spokesman threatened a resumption of air raids".
      if (t > 0 && toks[t - 1].tag == Tag::kComma) {
        uint32_t v = u, words = 0;
        while (v <= hi && v < n && words < 6 &&
               (IsNoun(toks[v].tag) || toks[v].tag == Tag::DT || toks[v].tag == Tag::JJ ||
                toks[v].tag == Tag::PRP || toks[v].tag == Tag::PRPS || toks[v].tag == Tag::POS ||
                toks[v].tag == Tag::CD)) {
          ++v;
          ++words;
        }
        while (v <= hi && v < n && toks[v].tag == Tag::RB) ++v;
        if (words > 0 && v <= hi && v < n && (IsFinite(toks[v].tag) || toks[v].tag == Tag::MD)) {
          w.hi = t - 1;
          break;
        }
      }
    }
    // In a relative clause a '$' or '%' before the verb reaches back no further than the noun the
    // clause is about: "the Dominican Republic and Costa Rica joined the splinter group, which
    // said it would agree" is no agreement between the two.
    for (int32_t c = clause; c >= 0 && static_cast<size_t>(c) < s.clauses.size(); c = s.clauses[c].parent) {
      if (s.clauses[c].type != ClauseType::kRelative) continue;
      uint32_t cf = s.clauses[c].first;
      if (cf < n && (toks[cf].tag == Tag::WDT || toks[cf].tag == Tag::WP)) w.lo = cf >= 4 ? cf - 4 : 0;
      break;
    }
    std::vector<bool> nested;
    // No actor slot of a pattern binds a group that starts at or after `v` (to the clause's end).
    auto nest_from = [&](uint32_t v) {
      if (nested.empty()) nested.assign(n, false);
      for (; v <= hi && v < n; ++v) nested[v] = true;
    };
    for (size_t c = 0; c < s.clauses.size(); ++c) {
      const Clause& cl = s.clauses[c];
      if ((cl.type != ClauseType::kRelative && cl.type != ClauseType::kParenthetical &&
           cl.type != ClauseType::kConditional && cl.type != ClauseType::kSubordinate) ||
          cl.parent != clause || cl.first <= h.last) {
        continue;
      }
      if (nested.empty()) nested.assign(n, false);
      for (uint32_t t = cl.first; t <= cl.last && t < n; ++t) nested[t] = true;
    }
    // A wh-word the clause finder did not open a clause for: "visited Moscow Zoo, where China
    // has loaned two pandas".
    for (uint32_t t = h.last + 1; t <= hi && t < n; ++t) {
      Tag tg = toks[t].tag;
      if (tg != Tag::WDT && tg != Tag::WP && tg != Tag::WRB) continue;
      nest_from(t);
      break;
    }
    // "forced it to land in the Sudanese capital", "urged the company to invest in China": an
    // object no dictionary knows, told to act, is the target; what it is told to do is its own
    // predicate, where neither the target nor the pattern's actors are sought.
    // So does a person no dictionary knows as the object of any verb, before what they are met
    // or asked for: "meet kidnappers to seek release of UN workers".
    uint32_t told_to = n;
    {
      uint32_t t = h.last + 1;
      while (t <= hi && t < n && (toks[t].tag == Tag::DT || toks[t].tag == Tag::JJ || toks[t].tag == Tag::PRPS ||
                                  toks[t].tag == Tag::CD)) {
        ++t;
      }
      uint32_t u = t;
      bool known = false;
      while (u <= hi && u < n && (IsNoun(toks[u].tag) || toks[u].tag == Tag::PRP)) known |= actors.group_at[u++] >= 0;
      const bool control = coder::IsObjectControlLemma(toks[h.verb].lemma);
      const bool person = u > t && (toks[u - 1].tag == Tag::NN || toks[u - 1].tag == Tag::NNS) &&
                          analyzer_.NounLexFile(toks[u - 1].lemma) == kNounPerson;
      // (A meeting with people no dictionary knows is with them, not with a place after them:
      // "to meet commercial bankers during his trip to Washington".)
      const std::string_view vl = toks[h.verb].lemma;
      const bool meeting = vl == "meet" || vl == "consult" || vl == "negotiate" || vl == "confer";
      if (meeting && person && u > t && !known &&
          !(u < n && (toks[u].norm == "OF" || toks[u].tag == Tag::CC || toks[u].tag == Tag::kComma))) {
        told_to = u;
        nest_from(u);
      }
      if ((control || person) && u > t && !known && u + 1 <= hi && u + 1 < n && toks[u].norm == "TO" &&
          toks[u + 1].tag == Tag::VB) {
        told_to = u;
        nest_from(u + 2);
      }
      // ... and so is a person blamed or praised "for" a deed, which is their own: "criticized a
      // man for attacking Ukraine" (not "claimed responsibility for slaughtering ...").
      if (person && !known && u + 1 <= hi && u + 1 < n && toks[u].norm == "FOR" && toks[u + 1].tag == Tag::VBG) {
        told_to = u;
        nest_from(u + 1);
      }
    }
    // An object pronoun that stands for nobody named is the target, unknown, and nothing after
    // it is: "told him the passport had been found in a cave in Afghanistan", "after kidnapping
    // him outside a Baghdad hotel".
    if (h.last + 1 < n && h.last + 1 <= hi && toks[h.last + 1].tag == Tag::PRP &&
        actors.group_at[h.last + 1] < 0) {
      std::string_view p = toks[h.last + 1].norm;
      if (p == "HIM" || p == "HER" || p == "THEM" || p == "ME" || p == "US" || p == "YOU") {
        if (told_to > h.last + 1) told_to = h.last + 1;
        nest_from(h.last + 1);
      }
    }
    // A participle that modifies a noun after the verb opens another predicate: "arrived in
    // Nairobi for a meeting *devoted* to the conflicts engulfing Sudan" is no "arrived * TO +".
    for (uint32_t t = h.last + 2; t <= hi && t < n; ++t) {
      // (Also a past form that can only be a participle there: "held crisis talks on the fate of
      // two French journalists *held hostage* in Iraq".)
      const bool captive = (toks[t].tag == Tag::VBD || toks[t].tag == Tag::VBN) && t + 1 < n &&
                           IsCaptiveTaking(toks[t], toks[t + 1]) &&
                           (toks[t - 1].tag == Tag::NN || toks[t - 1].tag == Tag::NNS || actors.group_at[t - 1] >= 0);
      if (!captive &&
          (toks[t].tag != Tag::VBN || (toks[t - 1].tag != Tag::NN && toks[t - 1].tag != Tag::NNS) ||
           actors.group_at[t - 1] >= 0 || (t + 1 < n && (toks[t + 1].norm == "BY" || toks[t + 1].norm == "FROM")))) {
        continue;
      }
      nest_from(t);
      if (captive && t < told_to) told_to = t;  // nor the target search
      break;
    }
    if (!nested.empty()) w.nested = &nested;
    w.not_subject = &not_subject;
    w.not_partner = &not_partner;
    w.victim = &victim;
    w.topic_place = &topic_place;
    w.aside = &aside;

    // Best pattern.
    const VerbPattern* best = nullptr;
    coder::PatternMatch bm;
    // The block's patterns that PatternMayMatch keeps, in block order.
    thread_local std::vector<uint32_t> candidates;
    prefilter_->BlockCandidates(ve.block, present, &candidates);
    for (uint32_t pi : candidates) {
      const VerbPattern& p = dict_.pattern(pi);
      coder::PatternMatch m = coder::MatchPattern(dict_, p, s, words, actors, w, prefilter_.get());
      if (m.matched && (!best || m.score > bm.score)) { best = &p; bm = m; }
    }
    EventCode code = best ? best->code : ve.code;  // ve.code is its own code, else the block's
    EventCode code2 = best ? best->code2 : ve.code2;  // ve.code2 already falls back to the block's
    const std::string& pattern_id = best ? best->id : ve.id;
    if (best) {
      for (uint32_t t = bm.span_first; t <= bm.span_last && t < n; ++t) consumed[t] = true;
    }
    // Reported speech: "Xi said (that) ...", "..., Putin told reporters."
    int32_t reported = -1;
    if (code.empty() && opt.statements && IsStatementLemma(toks[h.verb].lemma)) {
      reported = ReportedClauseOf(s, clause, h.first, h.last);
      if (reported >= 0) {
        static const EventCode kStatement = *EventCode::Parse("010");
        code = kStatement;
        code2 = EventCode();
      }
    }
    if (code.empty()) {
      if (explain) ex << "  verb '" << toks[h.verb].text << "': null code (" << pattern_id << "), no event\n";
      continue;
    }
    // Flying something or somebody somewhere is transport, not a visit: "is flying the migrants
    // to Libya", "is flying six more aircraft to combat locusts in west Africa" ("Blair flew to
    // Khartoum" is a visit).
    if (code.root() == "04" && toks[h.verb].lemma == "fly" && h.last + 1 < n) {
      const Tag next = toks[h.last + 1].tag;
      if ((next == Tag::DT || next == Tag::CD || next == Tag::PRPS || next == Tag::NN || next == Tag::NNS) &&
          actors.group_at[h.last + 1] < 0) {
        if (explain) ex << "  verb '" << toks[h.verb].text << "': flying an object somewhere is transport, no event\n";
        continue;
      }
    }

    // Passive voice: a past participle after a form of "be".  Not a reporting verb before an
    // infinitive ("Arnor is said to be about to ...", "X is reported to have left"): its subject
    // is the one who acts, not the one talked about.
    bool passive = false;
    bool raising = IsReportingLemma(toks[h.verb].lemma) && h.last + 2 < n && toks[h.last + 1].norm == "TO" &&
                   IsVerb(toks[h.last + 2].tag);
    if (toks[h.verb].tag == Tag::VBN && !raising) {
      for (int64_t t = static_cast<int64_t>(h.first) - 1; t >= lo; --t) {
        Tag tg = toks[t].tag;
        if (IsBeForm(toks[t])) { passive = true; break; }
        // "was struck and killed": a participle joined to an earlier one shares its "be".
        bool joined = tg == Tag::CC && t > lo && toks[t - 1].tag == Tag::VBN;
        if (!(joined || tg == Tag::RB || tg == Tag::MD || tg == Tag::VBN || tg == Tag::VBG || tg == Tag::VBZ ||
              tg == Tag::VBD || tg == Tag::VBP || tg == Tag::VB)) {
          break;
        }
      }
    }

    // "as demanded by an al Qaida ally": a passive whose subject is nothing named.
    bool as_passive = false;
    if (!passive && h.first > lo && toks[h.first - 1].norm == "AS" && h.last + 1 < n && toks[h.last + 1].norm == "BY" &&
        (toks[h.verb].tag == Tag::VBN || toks[h.verb].tag == Tag::VBD)) {
      passive = as_passive = true;
    }

    // An object relative ("a Turkish hostage, who they threatened to behead", "Russia, which the
    // US sanctioned") has a subject of its own between the pronoun and the verb: it is active,
    // the noun before the clause is the verb's object, and the subject is looked for in the clause.
    bool object_relative = false;
    if (clause >= 0 && s.clauses[clause].type == ClauseType::kRelative) {
      uint32_t cf = s.clauses[clause].first;
      Tag ct = cf < n ? toks[cf].tag : Tag::kPeriod;
      if ((ct == Tag::WP || ct == Tag::WDT || toks[cf].norm == "THAT") && cf + 1 < h.first) {
        const Token& u = toks[cf + 1];
        object_relative = (u.tag == Tag::PRP && u.norm != "IT") || u.tag == Tag::DT || u.tag == Tag::PRPS ||
                          u.tag == Tag::NNP || u.tag == Tag::NNPS || u.tag == Tag::NN || u.tag == Tag::NNS ||
                          (u.tag == Tag::PRP && u.norm == "IT" && cf + 2 < n && IsVerb(toks[cf + 2].tag));
      }
    }

    // Reduced relative or headline passive: a past participle right after a noun, with no
    // "be" or "have": "soldiers killed by a bomb", "a Dutchman suspected of aiding Saddam",
    // "prisoners captured during the war".  The participle describes that noun phrase, which is
    // the target when it is an actor; the "by" phrase is the source.
    bool reduced = false;
    // The word before the participle, past adverbs: "a civilian allegedly killed by UK troops".
    uint32_t before = h.first > 0 ? h.first - 1 : 0;
    while (before > lo && toks[before].tag == Tag::RB) --before;
    // Wire headlines report a passive through a bare participle of a reporting verb: "Two
    // troops said killed by land mine", "Three Britons feared dead" ("said" for "are said to be").
    if (before > lo && (toks[h.verb].tag == Tag::VBN || toks[h.verb].tag == Tag::VBD) &&
        (toks[before].tag == Tag::VBD || toks[before].tag == Tag::VBN) &&
        (IsHeadlineReportingParticiple(toks[before].lemma) || toks[before].lemma == "believe")) {
      const Tag nb = toks[before - 1].tag;
      if (nb == Tag::NN || nb == Tag::NNS || nb == Tag::NNP || nb == Tag::NNPS) --before;
    }
    // An appositive one: "The Gaza Strip, occupied by Egypt in the 1948 war, was captured".
    if (before > lo && toks[before].tag == Tag::kComma && h.last + 1 < n && toks[h.last + 1].norm == "BY" &&
        (toks[h.verb].tag == Tag::VBN || toks[h.verb].tag == Tag::VBD) &&
        (IsNoun(toks[before - 1].tag) || actors.group_at[before - 1] >= 0)) {
      --before;
    }
    // A headline or reduced passive of a verb that always takes an object, with none: "Charity
    // chief kidnapped in Iraq", "US official killed in Iraq attack", "servicemen wounded last
    // week ...".
    bool objectless = false;
    if (IsTransitiveEventLemma(toks[h.verb].lemma) && h.last + 1 <= n) {
      uint32_t u = h.last + 1;  // "abducted nearly three weeks ago in Afghanistan"
      while (u < n && toks[u].tag == Tag::RB) ++u;
      if (u < n && toks[u].norm == "DEAD") ++u;  // "Policeman shot dead in Saudi battle"
      while (u < n && toks[u].tag == Tag::RB) ++u;
      if (u >= n) {
        objectless = true;
      } else {
        const Token& nx = toks[u];
        bool time_ago = nx.tag == Tag::CD && u + 1 < n && IsTimeLemma(toks[u + 1].lemma);
        objectless = (nx.tag == Tag::IN && nx.norm != "THAT") || IsPunct(nx.tag) || nx.norm == "LAST" ||
                     nx.norm == "YESTERDAY" || nx.norm == "TODAY" || nx.norm == "ON" || nx.norm == "EARLIER" ||
                     time_ago;
      }
    } else if ((toks[h.verb].lemma == "welcome" || toks[h.verb].lemma == "hail" || toks[h.verb].lemma == "greet" ||
                toks[h.verb].lemma == "praise") &&
               (h.last + 1 >= n || toks[h.last + 1].norm == "IN" || toks[h.last + 1].norm == "AS" ||
                toks[h.last + 1].norm == "AT")) {
      objectless = true;  // "U.S. Army Deserter Welcomed in Japan" (not "welcomed on Friday X's ...")
    } else if (coder::IsObjectControlLemma(toks[h.verb].lemma) && h.last + 2 < n && toks[h.last + 1].norm == "TO" &&
               toks[h.last + 2].tag == Tag::VB) {
      objectless = true;  // "Blair urged to launch Iraq inquiry": someone urged Blair
    }
    // "taken hostage", "held captive", "kept prisoner": the noun is the complement of a taker
    // who is not named, so what precedes was taken ("Japanese citizen taken hostage in Iraq").
    if (!objectless && h.last + 1 < n && IsCaptiveTaking(toks[h.verb], toks[h.last + 1])) {
      objectless = true;
    }
    if (!passive && !object_relative && h.first > lo &&
        (toks[h.verb].tag == Tag::VBN ||
         (toks[h.verb].tag == Tag::VBD && h.last + 1 < n && toks[h.last + 1].norm == "BY") ||
         (toks[h.verb].tag == Tag::VBD && objectless))) {
      Tag prev = toks[before].tag;
      // Not after a pronoun: "before he left for Africa" is a verb.
      reduced = prev == Tag::NN || prev == Tag::NNS || prev == Tag::NNP || prev == Tag::NNPS ||
                (actors.group_at[before] >= 0 && prev != Tag::PRP);
      // A passive participle takes no direct object: "Ethiopia broken down a treaty" is a verb.
      bool by_follows = h.last + 1 < n && toks[h.last + 1].norm == "BY";
      if (reduced && h.last + 1 < n && !objectless) {
        Tag nt = toks[h.last + 1].tag;
        reduced = !(nt == Tag::DT || nt == Tag::NN || nt == Tag::NNS || nt == Tag::NNP || nt == Tag::NNPS ||
                    nt == Tag::PRP || nt == Tag::PRPS || nt == Tag::CD || nt == Tag::JJ ||
                    actors.group_at[h.last + 1] >= 0);
      }
      // Without "by", the noun phrase must have another role: subject of a finite verb later in
      // the clause ("a Dutchman suspected of ... is arrested") or object of a verb or
      // preposition before it ("hearings for prisoners captured during the war").  Otherwise
      // the participle is the clause's own verb ("Ethiopia broken down with Libya").
      if (reduced && !by_follows && !objectless) {
        bool finite_after = false;
        for (uint32_t t = h.last + 1; t <= hi && t < n && !finite_after; ++t) {
          Tag tg = toks[t].tag;
          finite_after = IsFinite(tg) &&
                         clause_of[t] == clause && !IsReportingLemma(toks[t].lemma);
        }
        int64_t np = static_cast<int64_t>(h.first) - 1;
        while (np >= static_cast<int64_t>(lo)) {
          Tag tg = toks[np].tag;
          bool in_np = actors.group_at[np] >= 0 || IsNoun(tg) || tg == Tag::JJ || tg == Tag::DT ||
                       tg == Tag::CD || tg == Tag::POS || tg == Tag::PRPS;
          if (!in_np) break;
          --np;
        }
        bool object_position = np >= static_cast<int64_t>(lo) &&
                               (IsVerb(toks[np].tag) || toks[np].tag == Tag::IN || toks[np].tag == Tag::TO);
        reduced = finite_after || object_position;
      }
    }
    // "a Pentagon analyst being investigated by the FBI": a passive participle after "being"
    // and a noun is about that noun, not the clause's subject.
    if (!reduced && passive) {
      uint32_t being = toks[h.first].norm == "BEING" ? h.first
                       : h.first > 0 && toks[h.first - 1].norm == "BEING" ? h.first - 1 : n;
      if (being < n && being > lo && (IsNoun(toks[being - 1].tag) || actors.group_at[being - 1] >= 0) &&
          toks[being - 1].tag != Tag::PRP) {
        reduced = true;
        before = being - 1;
      }
    }

    // Subject.
    int32_t subject = -1;
    int32_t antecedent = -1;  // of an object relative: the verb's object
    if (object_relative) {
      uint32_t cf = s.clauses[clause].first;
      subject = -2;  // a pronoun or a noun no dictionary knows: no source
      for (uint32_t t = cf + 1; t < h.first; ++t) {
        int32_t g = actors.group_at[t];
        if (g >= 0 && !is_place(static_cast<size_t>(g))) { subject = g; break; }
      }
      for (int64_t t = static_cast<int64_t>(cf) - 1; t >= 0 && t + 3 >= cf; --t) {
        int32_t g = actors.group_at[t];
        if (g < 0) continue;
        if (!is_place(static_cast<size_t>(g))) antecedent = g;
        break;
      }
    }
    if (clause >= 0 && s.clauses[clause].type == ClauseType::kRelative && !object_relative) {
      uint32_t cf = s.clauses[clause].first;
      for (int64_t t = static_cast<int64_t>(cf) - 1; t >= 0 && t + 3 >= cf; --t) {
        if (actors.group_at[t] >= 0) {
          int32_t g = actors.group_at[t];
          if (!is_place(static_cast<size_t>(g))) subject = g;
          // "an Iranian trade mission to Tokyo, which refused ...": a name in a phrase after the
          // clause's noun (other than "of") is not what the clause is about; a name modifying
          // that noun is.
          int64_t p = static_cast<int64_t>(actors.groups[g].first) - 1;
          while (p >= 0 && (toks[p].tag == Tag::DT || toks[p].tag == Tag::JJ)) --p;
          bool name_only = true;  // "Tokyo", not "prosecutors from Equatorial Guinea"
          for (uint32_t u = actors.groups[g].first; u <= actors.groups[g].last; ++u)
            name_only &= toks[u].tag == Tag::NNP || toks[u].tag == Tag::NNPS;
          // ("who" is about the person named right before it: "a lead to Yudhoyono, who has vowed".)
          bool which = cf < n && (toks[cf].norm == "WHICH" || toks[cf].norm == "THAT");
          if (subject == g && name_only && which && p > 0 && toks[p].tag == Tag::IN && toks[p].norm != "OF" &&
              toks[p].norm != "BY" && (toks[p - 1].tag == Tag::NN || toks[p - 1].tag == Tag::NNS)) {
            subject = -2;
            int64_t q = p - 1;
            while (q > 0 && (toks[q].tag == Tag::NN || toks[q].tag == Tag::NNS) && actors.group_at[q] < 0) --q;
            if (q >= 0 && actors.group_at[q] >= 0 && !is_place(static_cast<size_t>(actors.group_at[q]))) {
              subject = actors.group_at[q];
            }
          }
          break;
        }
      }
    }
    if (reduced) {
      int32_t g = actors.group_at[before];
      // A person noun a name modifies: "a Pentagon analyst being investigated by the FBI".
      if (g < 0 && (toks[before].tag == Tag::NN || toks[before].tag == Tag::NNS) &&
          analyzer_.NounLexFile(toks[before].lemma) == kNounPerson) {
        uint32_t m = before;
        while (m > lo && (toks[m].tag == Tag::NN || toks[m].tag == Tag::NNS) && actors.group_at[m] < 0) --m;
        if (actors.group_at[m] >= 0 && actors.groups[actors.group_at[m]].last == m) g = actors.group_at[m];
      }
      subject = g >= 0 && !is_place(static_cast<size_t>(g)) ? g : -2;  // -2: a noun, not an actor
    }
    // "U.S.-backed President Karzai", "Russian-brokered truce": the name before the hyphen acts.
    if (subject == -1 && h.first >= 2 && toks[h.first - 1].text == "-" && toks[h.verb].tag == Tag::VBN &&
        actors.group_at[h.first - 2] >= 0) {
      subject = actors.group_at[h.first - 2];
    }
    bool unknown_owner = false;
    // "Tony Blair's decision to go to war with Iraq", "Turkey's bid to join the EU": whoever owns
    // the decision, plan or bid is the infinitive's subject.
    if (subject == -1 && h.first >= 4 && toks[h.first - 1].norm == "TO" && IsNoun(toks[h.first - 2].tag) &&
        (coder::IsIntentNounLemma(toks[h.first - 2].lemma) || coder::IsFailureNounLemma(toks[h.first - 2].lemma))) {
      int64_t t = static_cast<int64_t>(h.first) - 3;
      // "a Japanese bid to ease curbs": a nationality before the noun owns it.
      int32_t adjective_owner = -1;
      while (t > 0 && toks[t].tag == Tag::JJ) {  // "Blair's controversial decision"
        if (actors.group_at[t] >= 0 && adjective_owner < 0) adjective_owner = actors.group_at[t];
        --t;
      }
      if (adjective_owner >= 0 && !is_place(static_cast<size_t>(adjective_owner)) &&
          (toks[t].tag == Tag::DT || toks[t].tag == Tag::PRPS)) {
        subject = adjective_owner;
      } else if (t > 0 && (toks[t].tag == Tag::POS || toks[t].norm == "'S") && actors.group_at[t - 1] >= 0 &&
          !is_place(static_cast<size_t>(actors.group_at[t - 1]))) {
        subject = actors.group_at[t - 1];
      } else if (t > 0 && (toks[t].tag == Tag::POS || toks[t].norm == "'S") && IsNoun(toks[t - 1].tag)) {
        // An owner no dictionary knows: "hurt by the ICO's failure to agree quotas" is nobody's
        // known failure, not the hurt countries'.
        subject = -2;
        unknown_owner = true;
      }
    }
    // A plot is its plotters', whom a possessive or "by" names, not whoever reveals, foils or
    // condemns it: "Colombia reveals plot to assassinate Bush".
    if (subject == -1 && h.first >= 2 && toks[h.first - 1].norm == "TO" && IsNoun(toks[h.first - 2].tag) &&
        (toks[h.first - 2].lemma == "plot" || toks[h.first - 2].lemma == "conspiracy" ||
         toks[h.first - 2].lemma == "scheme")) {
      subject = -2;
      int64_t t = static_cast<int64_t>(h.first) - 3;  // "a FARC plot", "an alleged al-Qaeda plot"
      while (t > 0 && toks[t].tag == Tag::JJ && actors.group_at[t] < 0) --t;
      if (t >= 0 && actors.group_at[t] >= 0 && actors.groups[actors.group_at[t]].last == static_cast<uint32_t>(t) &&
          !is_place(static_cast<size_t>(actors.group_at[t]))) {
        subject = actors.group_at[t];
      }
    }
    // "the decision by the US Supreme Court to give legal protection to two Britons": the owner
    // may follow the noun with "by" (and a plan or bid so owned is intended, a failure negated).
    bool owned_intent = false, owned_failure = false;
    if (subject == -1 && h.first >= 4 && toks[h.first - 1].norm == "TO" && actors.group_at[h.first - 2] >= 0) {
      const int32_t g = actors.group_at[h.first - 2];
      int64_t t = static_cast<int64_t>(actors.groups[g].first) - 1;
      while (t > 0 && toks[t].tag == Tag::DT) --t;
      if (t > 0 && toks[t].norm == "BY" && IsNoun(toks[t - 1].tag) &&
          (coder::IsIntentNounLemma(toks[t - 1].lemma) || coder::IsFailureNounLemma(toks[t - 1].lemma)) &&
          !is_place(static_cast<size_t>(g))) {
        subject = g;
        owned_failure = coder::IsFailureNounLemma(toks[t - 1].lemma);
        owned_intent = !owned_failure;
      }
    }
    // "jailed an Islamist militant for financing al Qaeda", "thanked Japan for helping Iraq": a
    // gerund after "for" is done by the earlier verb's object (a noun no dictionary knows: no
    // source), not by that verb's subject.
    if (subject == -1 && h.first >= 3 && toks[h.verb].tag == Tag::VBG && toks[h.first - 1].norm == "FOR") {
      int64_t t = static_cast<int64_t>(h.first) - 2;
      auto in_object = [&](const Token& k) {
        return IsNoun(k.tag) || k.tag == Tag::DT || k.tag == Tag::JJ || k.tag == Tag::CD || k.tag == Tag::POS ||
               k.tag == Tag::PRPS || k.tag == Tag::IN || k.tag == Tag::RB || k.norm == "'S";
      };
      while (t > static_cast<int64_t>(lo) && static_cast<int64_t>(h.first) - t <= 12 && in_object(toks[t])) --t;
      if (t >= 0 && IsVerb(toks[t].tag) && toks[t].tag != Tag::VBG && t + 1 < static_cast<int64_t>(h.first) - 1 &&
          toks[t + 1].tag != Tag::IN) {
        uint32_t u = static_cast<uint32_t>(t) + 1;
        while (u < h.first && (toks[u].tag == Tag::DT || toks[u].tag == Tag::JJ || toks[u].tag == Tag::CD)) ++u;
        const int32_t g = u < h.first ? actors.group_at[u] : -1;
        subject = g >= 0 && !is_place(static_cast<size_t>(g)) ? g : -2;
      }
    }
    // "for Turkey to recognise Cyprus": the actor "for" introduces is the infinitive's subject.
    if (subject == -1 && h.first >= 3 && toks[h.first - 1].norm == "TO") {
      int32_t g = actors.group_at[h.first - 2];
      if (g >= 0 && actors.groups[g].first > 0) {
        int64_t t = static_cast<int64_t>(actors.groups[g].first) - 1;
        while (t >= 0 && (toks[t].tag == Tag::DT || toks[t].tag == Tag::JJ)) --t;
        if (t >= 0 && toks[t].norm == "FOR") subject = g;
      }
    }
    // "forced it to land", "asked followers to mount an attack", "forced a passenger plane
    // bound for Tel Aviv to land": the object of a verb that tells someone to act is the
    // infinitive's subject; a noun no dictionary knows is no actor.
    if (subject == -1 && h.first >= 3 && toks[h.first - 1].norm == "TO") {
      int64_t t = static_cast<int64_t>(h.first) - 2;
      auto in_object = [&](Tag g) {
        return IsNoun(g) || g == Tag::PRP || g == Tag::DT || g == Tag::JJ || g == Tag::PRPS || g == Tag::CD ||
               g == Tag::POS || g == Tag::IN || g == Tag::VBN;
      };
      while (t > 0 && static_cast<int64_t>(h.first) - t <= 12 && in_object(toks[t].tag) &&
             !(IsVerb(toks[t].tag) && coder::IsObjectControlLemma(toks[t].lemma))) {
        --t;
      }
      if (t >= 0 && t + 2 < static_cast<int64_t>(h.first) && IsVerb(toks[t].tag) &&
          coder::IsObjectControlLemma(toks[t].lemma) && toks[t + 1].tag != Tag::IN) {
        // The object's head: the last noun of the noun phrase right after the verb.
        uint32_t u = static_cast<uint32_t>(t) + 1, head = u;
        while (u + 1 < h.first && (toks[u].tag == Tag::DT || toks[u].tag == Tag::JJ || toks[u].tag == Tag::PRPS ||
                                   toks[u].tag == Tag::CD || toks[u].tag == Tag::POS || IsNoun(toks[u].tag) ||
                                   toks[u].tag == Tag::PRP)) {
          // (not a time: "urged USDA this week to make an offer")
          if ((IsNoun(toks[u].tag) || toks[u].tag == Tag::PRP) && !IsTimeLemma(toks[u].lemma) &&
              !coder::IsCalendarWord(toks[u].lemma)) {
            head = u;
          }
          ++u;
        }
        int32_t g = actors.group_at[head];
        // (An order to a named party imposes the act: "The United States ordered Russia to close
        // its consulate" is the orderer's, found as any subject is.)
        const std::string_view l = toks[t].lemma;
        bool imposed = g >= 0 && (l == "order" || l == "force" || l == "compel");
        if (!imposed) subject = g >= 0 ? g : -2;
      }
    }
    // An actor right before the verbs an infinitive hangs from ("Saudi Arabia is attempting to
    // curb OPEC output") is its subject, whatever a fronted phrase named first ("with April U.S.
    // crude prices up ..., on a belief Saudi Arabia is attempting to curb").
    // A group that may be the verb's subject: not in a prepositional phrase, not a place, not
    // part of a compound adjective, not an earlier verb's object.
    auto may_be_subject = [&](size_t g) {
      const Group& gr = actors.groups[g];
      return !PrecededByPreposition(s, gr.first) && !is_place(g) && !IsHyphenModifier(s, gr.last) &&
             !IsObjectOfEarlierVerb(s, gr.first);
    };
    if (subject == -1) {
      int64_t t = static_cast<int64_t>(h.first) - 1;
      auto chain = [&](const Token& k) {
        return k.tag == Tag::RB || k.tag == Tag::MD || k.norm == "TO" || IsAuxiliaryLemma(k.lemma) ||
               (IsVerb(k.tag) && k.tag != Tag::VBN && !coder::IsObjectControlLemma(k.lemma));
      };
      const bool infinitive = t >= 0 && toks[t].norm == "TO";
      while (t >= 0 && chain(toks[t])) --t;
      if (t >= 0 && infinitive && actors.group_at[t] >= 0) {
        const int32_t g = actors.group_at[t];
        const Group& gr = actors.groups[g];
        if (gr.last == static_cast<uint32_t>(t) && (clause < 0 || clause_of[gr.first] == clause) &&
            may_be_subject(static_cast<size_t>(g))) {
          subject = g;
        }
      }
    }
    if (subject == -1) {
      for (size_t g = 0; g < actors.groups.size(); ++g) {
        const Group& gr = actors.groups[g];
        if (gr.last >= h.first) break;
        if (clause >= 0 && clause_of[gr.first] != clause) continue;
        if (!may_be_subject(g)) continue;
        subject = static_cast<int32_t>(g);
        break;
      }
    }
    // A pronoun subject of a complement clause is the matrix subject: "Ethiopia indicated it
    // would act", "Putin said he would visit".
    if (subject == -1 && clause > 0) {
      uint32_t cf = s.clauses[clause].first;
      bool pronoun = false;
      std::string_view pronoun_norm;
      for (uint32_t t = cf; t < h.first; ++t) {
        if (toks[t].tag == Tag::PRP && toks[t].norm != "US" && toks[t].norm != "ME") {
          pronoun = true;
          pronoun_norm = toks[t].norm;
          break;
        }
      }
      int32_t parent = s.clauses[clause].parent;
      if (pronoun && parent >= 0) {
        for (size_t g = 0; g < actors.groups.size(); ++g) {
          const Group& gr = actors.groups[g];
          if (gr.last >= cf) break;
          if (clause_of[gr.first] != parent || PrecededByPreposition(s, gr.first)) continue;
          subject = static_cast<int32_t>(g);
          break;
        }
        // "they" is not one person: "Downer declared that they could fire a missile from North
        // Korea" is no firing by Downer.
        if (subject >= 0 && pronoun_norm == "THEY" && actors.groups[subject].members.size() == 1 &&
            actors.mentions[actors.groups[subject].members[0]].person) {
          subject = -2;
        }
      }
    }
    // Coordinated clauses the clause finder left as one: "Russia attacked Ukraine, and China
    // criticized Japan".  The group right before the verb is its subject when a finite verb of
    // the same clause stands between it and the leftmost one (whose verb that is).
    if (subject >= 0 && !reduced) {
      int64_t t = static_cast<int64_t>(h.first) - 1;
      while (t > static_cast<int64_t>(lo) &&
             (toks[t].tag == Tag::RB || toks[t].tag == Tag::MD || IsAuxiliaryLemma(toks[t].lemma)) &&
             actors.group_at[t] < 0) {
        --t;
      }
      int32_t near = t >= 0 ? actors.group_at[t] : -1;
      // (A name may modify the noun heading that subject: "..., but the Canadian team will return".)
      if (near < 0 && t > static_cast<int64_t>(actors.groups[subject].last) &&
          (toks[t].tag == Tag::NN || toks[t].tag == Tag::NNS)) {
        int64_t m = t;
        while (m > static_cast<int64_t>(actors.groups[subject].last) &&
               (toks[m].tag == Tag::NN || toks[m].tag == Tag::NNS) && actors.group_at[m] < 0) {
          --m;
        }
        int32_t g = actors.group_at[m];
        if (g >= 0 && actors.groups[g].last == static_cast<uint32_t>(m) && actors.groups[g].first >= 1 &&
            (toks[actors.groups[g].first - 1].tag == Tag::DT || toks[actors.groups[g].first - 1].tag == Tag::PRPS)) {
          near = g;
          t = m;
        }
      }
      if (near > subject && actors.groups[near].last == static_cast<uint32_t>(t) && clause_of[t] == clause &&
          !PrecededByPreposition(s, actors.groups[near].first) && !is_place(static_cast<size_t>(near))) {
        bool finite_between = false;
        for (uint32_t u = actors.groups[subject].last + 1; u < actors.groups[near].first; ++u) {
          Tag tg = toks[u].tag;
          finite_between |= (tg == Tag::VBD || tg == Tag::VBZ || tg == Tag::VBP) && clause_of[u] == clause;
        }
        if (finite_between) subject = near;
      }
      // ... and when that subject is a name no dictionary knows ("Thatcher was swept into power,
      // and Lord Callaghan resigned as Labour leader"), the verb has no known source.
      if (near < 0 && t > static_cast<int64_t>(actors.groups[subject].last) && clause_of[t] == clause &&
          (toks[t].tag == Tag::NNP || toks[t].tag == Tag::NNPS) && !coder::IsCalendarWord(toks[t].lemma)) {
        int64_t p = t;
        while (p > static_cast<int64_t>(actors.groups[subject].last) &&
               (toks[p].tag == Tag::NNP || toks[p].tag == Tag::NNPS) && actors.group_at[p] < 0) {
          --p;
        }
        bool finite_between = false;
        for (int64_t u = actors.groups[subject].last + 1; u < p; ++u)
          finite_between |= IsFinite(toks[u].tag) && clause_of[u] == clause;
        if (finite_between && actors.group_at[p] < 0 && (toks[p].tag == Tag::CC || toks[p].tag == Tag::kComma))
          subject = -2;
      }
    }
    if (as_passive) subject = -2;
    if (subject == -1) {  // fall back to the nearest group before the verb in the clause
      for (size_t g = actors.groups.size(); g-- > 0;) {
        const Group& gr = actors.groups[g];
        // Not a name inside a prepositional phrase ("sponsors of a Mideast plan", but "ties
        // between X and Y"), a compound adjective or the object of an earlier verb.
        if (gr.last < h.first && (clause < 0 || clause_of[gr.first] == clause) && !is_place(g) &&
            !not_subject[gr.first]) {
          subject = static_cast<int32_t>(g);
          break;
        }
      }
    }

    // A pattern whose words before the verb bind the target there ("NOTED + *": "X noted that
    // Y regretted ..." makes Y the target) leaves the subject before its first word, across the
    // clause boundary.  ("NEITHER *" binds no actor: "Neither X nor Y boycotted" keeps X, Y.)
    if (best && bm.literal_before && subject >= 0 && bm.target == subject && bm.source != subject &&
        bm.span_first < h.first) {
      subject = -1;
      for (size_t g = 0; g < actors.groups.size(); ++g) {
        const Group& gr = actors.groups[g];
        if (gr.last >= bm.span_first) break;
        if (PrecededByPreposition(s, gr.first) || is_place(g)) continue;
        subject = static_cast<int32_t>(g);
        break;
      }
    }

    // Things do not speak: "Soviet mercury sales threaten to capture 25 pct of the EC market"
    // is no threat by the Soviet Union.  A subject that only modifies a noun naming a
    // thing, an amount, an act or a state is no source of words (statements, appeals, intents,
    // demands, disapproval, rejection, threats, protest); its statements ("an Iranian statement
    // said") and its people ("Chinese officials") still are.
    if (subject >= 0 && bm.source < 0) {
      std::string_view root = code.root();
      bool verbal = root == "01" || root == "02" || root == "03" || (root >= "10" && root <= "14");
      int32_t head = verbal ? coder::NounCompoundHead(s, actors.groups[subject].last + 1,
                                                      [&](uint32_t u) { return actors.group_at[u] >= 0; })
                            : -1;
      // (A gerund heading the subject after the name is a noun too: "Jakarta bombing blamed on
      // Malaysian fugitives".)
      if (verbal && head < 0 && actors.groups[subject].last + 1 < h.first &&
          toks[actors.groups[subject].last + 1].tag == Tag::VBG) {
        head = static_cast<int32_t>(actors.groups[subject].last + 1);
      }
      // (The noun must head the subject right before the verb group: "A Taliban splinter group
      // holding three U.N. workers hostage demanded" is the group's demand.)
      uint32_t next = head >= 0 ? static_cast<uint32_t>(head) + 1 : n;
      while (next < h.first && (toks[next].tag == Tag::RB || toks[next].tag == Tag::MD || IsAuxiliaryLemma(toks[next].lemma))) ++next;
      if (head >= 0 && next == h.first) {
        // (A gerund's own noun reading: "bombing", not "bomb".)
        const int f = toks[head].tag == Tag::VBG ? coder::NounLexFileAsWritten(analyzer_, toks[head])
                                                 : analyzer_.NounLexFile(toks[head].lemma);
        if (f == kNounAct || f == kNounArtifact || f == kNounAttribute || f == kNounEvent || f == kNounFood ||
            f == kNounObject || f == kNounPhenomenon || f == kNounPossession || f == kNounQuantity ||
            f == kNounState || f == kNounSubstance) {
          if (explain) ex << "  verb '" << toks[h.verb].text << "': subject names a thing ('" << toks[head].text << "'), no speaker\n";
          subject = -2;
        }
      }
    }

    int32_t source = bm.source >= 0 && !unknown_owner ? bm.source : -1;
    int32_t target = bm.target >= 0 ? bm.target : -1;
    // A pattern's '+' does not take what a meeting is about: "hosts a mini-summit on Sudan".
    if (target >= 0 && meeting_topic[actors.groups[target].first] && !IsCommentCode(code)) {
      target = -1;
    }
    // "Eriador agrees with the Philippines and France": a compound after the verb is the target
    // of a subject that acts on all its members.
    if (bm.compound_after && subject >= 0 && subject != target) source = subject;
    if (subject == -2) subject = -1;
    if (reduced) {
      passive = true;
      // The object of the participle is the noun phrase before it and its agent the "by"
      // phrase, whatever actor slots the active pattern filled; what the active pattern covered
      // after the verb is free for other verbs ("Blair urged to visit China").
      target = -1;
      source = -1;
      if (best) {
        for (uint32_t t = h.last + 1; t <= bm.span_last && t < n; ++t) consumed[t] = false;
      }
    }
    int32_t by_group = -1;
    if (passive) {
      // "by Israel", "by the U.K.", "by Russian forces", "by its Western allies".
      for (uint32_t t = h.last + 1; t + 1 <= hi && t + 1 < n && by_group < 0; ++t) {
        if (toks[t].norm != "BY") continue;
        uint32_t u = t + 1;
        while (u < n && u <= hi && actors.group_at[u] < 0 &&
               (toks[u].tag == Tag::DT || toks[u].tag == Tag::PRPS || toks[u].tag == Tag::JJ || toks[u].tag == Tag::CD)) {
          ++u;
        }
        if (u < n && u <= hi) by_group = actors.group_at[u];
        // "Shot Dead by Saudi Shopping Center": a name modifying a place is "beside", no agent.
        if (by_group >= 0) {
          int32_t head = coder::NounCompoundHead(s, actors.groups[by_group].last + 1,
                                                 [&](uint32_t v) { return actors.group_at[v] >= 0; });
          if (head >= 0 && analyzer_.NounLexFile(toks[head].lemma) == kNounLocation) by_group = -1;
        }
        if (by_group < 0) break;  // "by" with no actor: "killed by a bomb"
      }
    }
    // "if the demands were not met": a passive "met" with no "by" is fulfilled, not a meeting.
    if (passive && !reduced && by_group < 0 && toks[h.verb].lemma == "meet") {
      if (explain) ex << "  verb '" << toks[h.verb].text << "': passive 'met' without an agent (fulfilled), no event\n";
      continue;
    }
    // In the passive the "by" phrase is the agent even where an active pattern put its '+' or
    // bound a source before the verb ("the venue had been agreed by the OAU").
    if (passive && by_group >= 0) {
      source = by_group;
      if (target == by_group || (target >= 0 && actors.groups[target].last < h.first)) target = -1;
    }
    if (source < 0) source = passive ? by_group : subject;
    // Events between members of one country are none ("Putin and Lavrov agreed"): for
    // statements and mutual cooperation, which this coder adds to PETRARCH's semantics.
    bool skip_same_country = false;
    if (reported >= 0) {
      skip_same_country = true;
      auto foreign = [&](size_t g) {  // a member of another country than every speaker
        if (is_place(g)) return false;
        // A name that modifies a common noun is no party: "European elections", "Turkish
        // accession talks" ("Russian troops" is one actor, agent included).
        uint32_t after = actors.groups[g].last + 1;
        if (after < n && (toks[after].tag == Tag::NN || toks[after].tag == Tag::NNS)) return false;
        // ... nor is one in a compound adjective: "U.S.-backed eradication", "Iranian-made".
        if (IsHyphenModifier(s, actors.groups[g].last)) return false;
        // An aside: "according to ...", a comparison, a range of examples ("not a single
        // forecaster from the IMF to the Institute of Fiscal Studies").
        if (aside[actors.groups[g].first]) return false;
        // Another speaker: "Boeing said ..., while Airbus said ...".
        if (after < n && IsVerb(toks[after].tag) &&
            (IsReportingLemma(toks[after].lemma) || IsStatementLemma(toks[after].lemma))) {
          return false;
        }
        // "Putin said he would ...": a pronoun in the clause is mostly the speaker again.
        if (toks[actors.groups[g].first].tag == Tag::PRP) return false;
        for (uint32_t mi : actors.groups[g].members) {
          const ActorCode& c = actors.mentions[mi].code;
          if (c.str().empty() || c.str()[0] == '-') continue;
          bool other = true;
          if (source >= 0) {
            for (uint32_t si : actors.groups[source].members)
              other &= actors.mentions[si].code.country() != c.country();
          }
          if (other) return true;
        }
        return false;
      };
      // The addressee of "told": "Putin told Xi that ...", not "told reporters that ...".
      uint32_t at = h.last + 1;
      if (at < n && toks[at].tag == Tag::DT) ++at;
      int32_t addressee = at < n ? actors.group_at[at] : -1;
      // (Not a name inside the words said: "told reporters Russia would ..."; after them, ",
      // she told reporters", it is.)
      if (addressee >= 0 && actors.groups[addressee].last >= s.clauses[reported].first &&
          actors.groups[addressee].first <= s.clauses[reported].last) {
        addressee = -1;
      }
      if (addressee >= 0 && foreign(static_cast<size_t>(addressee))) {
        target = addressee;
      } else {
        const Clause& rc = s.clauses[reported];
        for (size_t g = 0; g < actors.groups.size() && target < 0; ++g) {
          if (actors.groups[g].first < rc.first || actors.groups[g].first > rc.last) continue;
          if (foreign(g)) target = static_cast<int32_t>(g);
        }
        // With nobody of another country in what was said, the words are still addressed to
        // whoever was told: "Ancram told MPs ...", "she told the Guardian newspaper ..." (not a
        // pronoun, nor the speaker's own group).
        if (target < 0 && addressee >= 0 && addressee != source &&
            toks[actors.groups[addressee].first].tag != Tag::PRP && toks[h.verb].lemma == "tell") {
          target = addressee;
        }
      }
      // The speaker is named here ("officials said", ---GOV, states nothing worth an event; "he
      // said" trusts a guess from earlier sentences) and is the verb's subject: right before it
      // (adverbs, auxiliaries, an appositive's comma or "on Monday" between) or right after it
      // ("..., said Putin").  Not a participle ("..., adding that ...").
      bool known_speaker = false;
      if (source >= 0) {
        const Group& sg = actors.groups[source];
        for (uint32_t si : sg.members) known_speaker |= actors.mentions[si].code.str()[0] != '-';
        known_speaker &= toks[sg.first].tag != Tag::PRP && !PrecededByPreposition(s, sg.first);
        Tag vt = toks[h.verb].tag;
        bool finite = vt == Tag::VBD || vt == Tag::VBZ || vt == Tag::VBP || vt == Tag::VB ||
                      (vt == Tag::VBN && h.first > 0 && toks[h.first - 1].lemma == "have");
        bool adjacent = sg.first == h.last + 1;
        if (!adjacent && sg.last < h.first) {
          int64_t t = static_cast<int64_t>(h.first) - 1;
          while (t > static_cast<int64_t>(sg.last)) {
            const Token& tk = toks[t];
            bool skip = tk.tag == Tag::RB || tk.tag == Tag::MD || tk.tag == Tag::kComma || tk.lemma == "have" ||
                        tk.lemma == "be" || tk.lemma == "do" || tk.norm == "ON" || tk.norm == "YESTERDAY" ||
                        tk.norm == "TODAY" || coder::IsCalendarWord(tk.lemma) || actors.group_at[t] == source;
            if (!skip) break;
            --t;
          }
          adjacent = t == static_cast<int64_t>(sg.last);
        }
        known_speaker &= finite && adjacent;
      }
      // Words told to somebody of no country ("a spokesman told Reuters", "she told reporters",
      // "the minister told MPs") are a statement to them whoever the speaker is, when the speaker
      // is the verb's subject: an event of no dyad, so a speaker guessed from earlier sentences
      // ("she") or named only by role ("a spokesman") puts no country in a dyad it is not in.
      if (!known_speaker && target >= 0 && target == addressee && source >= 0 && source != addressee) {
        bool countryless = true;
        for (uint32_t mi : actors.groups[target].members) countryless &= actors.mentions[mi].code.str()[0] == '-';
        const Group& sg = actors.groups[source];
        // Right before the verb, nouns of its own phrase between ("an interior ministry
        // spokesman told AFP", "Spokesman Teresa Tomaszewska told Reuters"), an adverb or "has".
        uint32_t t = sg.last + 1;
        while (t < h.first && t <= sg.last + 4 && IsNoun(toks[t].tag)) ++t;
        if (t < h.first && (toks[t].tag == Tag::RB || toks[t].lemma == "have")) ++t;
        const bool subject = (t == h.first && sg.last < h.first) || sg.first == h.last + 1;
        if (countryless && subject) known_speaker = true;
      }
      if (target < 0 || !known_speaker) {
        if (explain) ex << "  verb '" << toks[h.verb].text << "': statement with no named speaker or no actor of another country, no event\n";
        continue;
      }
    }
    if (target < 0) {
      if (passive && subject >= 0 && subject != source) {
        target = subject;
      } else if (passive && subject < 0) {
        // The patient is the subject, and no actor: "That has been attacked by the Tories as too
        // little ... entering the UK".  A recipient may follow: "the vessel was sold to Canada".
        for (size_t g = 0; g < actors.groups.size(); ++g) {
          const Group& gr = actors.groups[g];
          if (gr.first <= h.last + 1 || gr.first > hi || static_cast<int32_t>(g) == source) continue;
          if (clause >= 0 && clause_of[gr.first] != clause) continue;
          // Not past another verb: "was released by a Canadian court and flew home to China".
          bool verb_between = false;
          for (uint32_t t = h.last + 1; t < gr.first; ++t) verb_between |= IsVerb(toks[t].tag);
          if (verb_between) break;
          uint32_t p = gr.first - 1;
          if (toks[p].tag == Tag::DT && p > h.last + 1) --p;
          if (toks[p].norm == "TO" && (p == h.last + 1 || (toks[p - 1].tag != Tag::NN && toks[p - 1].tag != Tag::NNS))) {
            target = static_cast<int32_t>(g);
          }
          break;
        }
      } else if (reduced) {
        // The modified noun is no actor: nothing else is the object.
      } else {
        // Not past a wh-word ("visited the zoo, where China has loaned pandas") or a participle
        // that modifies a noun ("accused a businessman arrested for spying for Taiwan"): what
        // follows belongs to another predicate.  The agent of such a participle is the partner
        // ("welcomed memos sent by Bree").
        uint32_t barrier = hi + 1;
        if (tail_comma > h.last && tail_comma < barrier) barrier = tail_comma;
        for (uint32_t t = h.last + 1; t <= hi && t < n; ++t) {
          if (actors.group_at[t] >= 0 || ignored[t]) continue;
          Tag tg = toks[t].tag;
          bool wh = tg == Tag::WDT || tg == Tag::WP || tg == Tag::WRB;
          // "easing an arms ban and singling out China", "... but would avoid", "... and later
          // said": a second predicate.
          uint32_t nv = t + 1;
          while (tg == Tag::CC && nv < n && toks[nv].tag == Tag::RB) ++nv;
          bool coordinated = tg == Tag::CC && nv < n && (IsVerb(toks[nv].tag) || toks[nv].tag == Tag::MD) &&
                             t + 1 > h.last;
          // "Germany proposed a freeze and Canada has begun ...": a second clause with its own
          // subject; also after a bare comma ("Mortar Attack Kills 25, Sistani Heads to Najaf").
          if ((tg == Tag::CC || (tg == Tag::kComma && t > h.last + 1)) && t + 1 < n &&
              actors.group_at[t + 1] >= 0) {
            uint32_t after = actors.groups[actors.group_at[t + 1]].last + 1;
            while (after < n && toks[after].tag == Tag::RB) ++after;
            coordinated |= after < n && (IsVerb(toks[after].tag) || toks[after].tag == Tag::MD) &&
                           toks[after].tag != Tag::VBG && toks[after].tag != Tag::VBN;
          }
          // "refused to give succour to suggestions it was preparing strikes against Iran": a
          // clause with a pronoun subject after a noun, without "that".
          if (tg == Tag::PRP && t > h.last + 1 && (toks[t - 1].tag == Tag::NN || toks[t - 1].tag == Tag::NNS) &&
              t + 1 < n && (toks[t].norm == "IT" || toks[t].norm == "HE" || toks[t].norm == "SHE" ||
                            toks[t].norm == "THEY" || toks[t].norm == "WE")) {
            Tag v = toks[t + 1].tag;
            coordinated |= IsFinite(v);
          }
          // "announced his resignation Monday, ending four years of battles with Rumsfeld": a
          // participle clause after a comma.
          if (tg == Tag::kComma && t + 1 < n && toks[t + 1].tag == Tag::VBG && t > h.last + 1) coordinated = true;
          // "favour an early start to talks, but there is scepticism in France": a clause after
          // ", but" with a subject of its own.
          if (tg == Tag::CC && t > h.last + 1 && toks[t - 1].tag == Tag::kComma && t + 1 < n &&
              (toks[t + 1].tag == Tag::EX || toks[t + 1].tag == Tag::PRP)) {
            coordinated = true;
          }
          // "agrees to a visit despite anger from China": a concessive or causal adjunct.
          bool adjunct = IsPurposeAdjunctAt(s, t) || toks[t].norm == "DESPITE" || toks[t].norm == "ALTHOUGH" ||
                         toks[t].norm == "THOUGH" ||
                         toks[t].norm == "BECAUSE" || toks[t].norm == "WHEREAS" ||
                         // a time adjunct: "meet later today to consider cuts after a week of
                         // protests by European farmers"
                         ((toks[t].norm == "AFTER" || toks[t].norm == "BEFORE" || toks[t].norm == "UNTIL" || toks[t].norm == "FOLLOWING") &&
                          t > h.last + 1) ||
                         // ... "once" opening a clause: "release the captives once their employer
                         // halted operations in Iraq" (not "once again")
                         (toks[t].norm == "ONCE" && t > h.last + 1 && t + 1 < n &&
                          (toks[t + 1].tag == Tag::DT || toks[t + 1].tag == Tag::PRPS || toks[t + 1].tag == Tag::PRP ||
                           toks[t + 1].tag == Tag::NNP || toks[t + 1].tag == Tag::NNS || toks[t + 1].tag == Tag::NN)) ||
                         // ... "as", "while", "when" opening a clause with its own subject and verb:
                         // "imposed a night curfew in Baghdad as US troops ... surged into Fallujah"
                         ((toks[t].norm == "AS" || toks[t].norm == "WHILE" || toks[t].norm == "WHEN") &&
                          t > h.last + 1 && OpensClauseWithSubject(s, t + 1));
          // (Also a present participle of people doing something of their own: "used tear gas on
          // demonstrators *protesting* the massacre of Congolese refugees"; but "cordoned off the
          // roads leading into Mordor" is done to Mordor.)
          bool participle = (tg == Tag::VBN || (tg == Tag::VBG && toks[t - 1].tag == Tag::NNS &&
                                                analyzer_.NounLexFile(toks[t - 1].lemma) == kNounPerson)) &&
                            (toks[t - 1].tag == Tag::NN || toks[t - 1].tag == Tag::NNS) &&
                            actors.group_at[t - 1] < 0 &&
                            !(t + 1 < n && (toks[t + 1].norm == "BY" || toks[t + 1].norm == "FROM"));
          if (wh || participle || coordinated || adjunct) {
            barrier = t;
            break;
          }
        }
        if (told_to < barrier) barrier = told_to;
        // What one defends or justifies is the object; a thing no dictionary names has no target
        // beyond it: "defended his decision to sell arms to Iran", "defended its human-rights
        // record in Afghanistan" (but "defended Iran's programme", "defended President Bush").
        if (toks[h.verb].lemma == "defend" || toks[h.verb].lemma == "justify") {
          uint32_t t = h.last + 1, head = n;
          bool named = false;
          while (t <= hi && t < n &&
                 (toks[t].tag == Tag::DT || toks[t].tag == Tag::JJ || toks[t].tag == Tag::PRPS || toks[t].tag == Tag::POS ||
                  toks[t].tag == Tag::CD || IsNoun(toks[t].tag))) {
            named |= actors.group_at[t] >= 0;
            if (IsNoun(toks[t].tag)) head = t;
            ++t;
          }
          // (Its critics may follow: "defended his party's posters amid Tory claims", "against".)
          bool critics = t < n && (toks[t].norm == "AGAINST" || toks[t].norm == "AMID" || toks[t].norm == "FROM");
          if (head < n && !named && !critics && t < barrier) barrier = t;
          // One defends one's own policy: a name that only modifies it is its topic ("Powell
          // defends N. Korea policy"; but "defended Iran's nuclear programme" is Iran's).
          if (head < n && named && !critics && toks[head].tag == Tag::NN) {
            const std::string_view hl = toks[head].lemma;
            bool possessive = false;
            for (uint32_t u = h.last + 1; u < head; ++u) possessive |= toks[u].tag == Tag::POS || toks[u].norm == "'S";
            if (!possessive && (hl == "policy" || hl == "strategy" || hl == "approach" || hl == "stance") &&
                h.last < barrier) {
              barrier = h.last;
            }
          }
        }
        // A name no dictionary knows as the verb's object is the target, unknown: "accused Lord
        // Butler of basing his comments on ... the Labour administration".
        {
          uint32_t t = h.last + 1;
          while (t <= hi && t < n && (toks[t].tag == Tag::DT || toks[t].tag == Tag::JJ)) ++t;
          uint32_t u = t;
          bool known = false;
          while (u <= hi && u < n && (toks[u].tag == Tag::NNP || toks[u].tag == Tag::NNPS) &&
                 !coder::IsCalendarWord(toks[u].lemma) &&
                 std::none_of(toks[u].text.begin(), toks[u].text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            known |= actors.group_at[u] >= 0;
            ++u;
          }
          // It heads its phrase: not "an HIV/Aids orphanage", "Treasury securities".
          bool heads = u >= n || (toks[u].tag != Tag::NN && toks[u].tag != Tag::NNS && actors.group_at[u] < 0);
          // One capitalised common word is no name: "oppose the Bill in the Lords".
          bool common = u == t + 1 && analyzer_.IsCommonWord(toks[t].lemma);
          if (u > t && !known && heads && !common && t < barrier) barrier = t;
        }
        const bool statement = IsCommentCode(code);
        for (size_t g = 0; g < actors.groups.size(); ++g) {
          const Group& gr = actors.groups[g];
          if (gr.first <= h.last || gr.first > hi || gr.first > barrier) continue;
          if (static_cast<int32_t>(g) == source || static_cast<int32_t>(g) == by_group) continue;
          if ((is_place(g) || not_partner[gr.first]) && coder::IsVenueCode(code)) continue;  // the venue of a meeting
          if (meeting_topic[gr.first] && !statement) continue;  // "held talks on Iran"
          // A protest is against someone, not against where it is held: "join other campaigners
          // at a rally in London".
          if (is_place(g) && code.root() == "14") continue;
          // What one acts "over" is the cause, not the target: "threatens to resign over Gaza".
          if (!coder::IsForceCode(code) && !statement) {
            int64_t p = static_cast<int64_t>(gr.first) - 1;
            while (p > static_cast<int64_t>(h.last) && (toks[p].tag == Tag::DT || toks[p].tag == Tag::JJ)) --p;
            if (p > static_cast<int64_t>(h.last) && toks[p].norm == "OVER") continue;
          }
          // A resignation yields to whoever forced it, not to the body left or joined: "resigned
          // the party whip in the European Parliament", "should resign from the European
          // Parliament", "resigned to become European commissioner"; "resigns in protest against
          // U.S. sanctions", "under pressure from Washington" and "handed power to the army"
          // name the other side.
          // (An office named without a country stays: "resigned as home secretary".)
          const bool named_body = std::any_of(gr.members.begin(), gr.members.end(),
                                              [&](uint32_t m) { return actors.mentions[m].has_actor; });
          if (code.str() == "0831" && named_body && gr.first > 0) {
            int64_t p = static_cast<int64_t>(gr.first) - 1;
            while (p > static_cast<int64_t>(h.last) && (toks[p].tag == Tag::DT || toks[p].tag == Tag::JJ)) --p;
            const bool opposed = p > static_cast<int64_t>(h.last) &&
                                 (toks[p].norm == "AGAINST" || toks[p].norm == "AT" || toks[p].norm == "TO" ||
                                  (toks[p].norm == "FROM" && p > 0 && toks[p - 1].lemma == "pressure"));
            if (!opposed) continue;
          }
          // ... of any act: "agree to take part in peace talks in Abuja".
          if (is_place(g) && actors.locative_prep[g] > 0) {
            const Token& before = toks[actors.locative_prep[g] - 1];
            std::string_view l = before.lemma;
            if (coder::IsMeetingNounLemma(l)) continue;
            // ... or the place of a topic: "the war in Iraq", "an arms race in South Asia" (but
            // what a comment concerns is its target: "a statement on the elections in Iraq").
            // (Force done to things there is done to the place: "bombed a market in Baghdad",
            // "attacked rebel camps in Afghanistan".)
            if (!statement && !coder::IsForceCode(code) && topic_place[gr.first]) continue;
          }
          if (victim[gr.first] && !coder::IsForceCode(code)) continue;  // words about a deed aim at its doer
          if (released[gr.first] && (code.root() == "02" || code.root() == "10")) continue;  // "seek release of"
          if (medium[gr.first] || aside[gr.first]) continue;  // "said on BBC Radio", "according to ..."
          // A backer named in a compound adjective is not whoever it backs: "to protest
          // U.S.-backed eradication of their crop" (but "criticized the US-led invasion" is the
          // leader's act).
          if (IsHyphenModifier(s, gr.last) && gr.last + 2 != h.verb) {
            const std::string_view l = toks[gr.last + 2].lemma;
            if (l == "back" || l == "support" || l == "fund" || l == "sponsor" || l == "finance" || l == "arm" ||
                l == "train" || l == "install" || l == "friendly" || l == "allied") {
              continue;
            }
          }
          // Whoever talks are called for with is not whom the call is made to: "Powell calls for
          // more Korea talks", "Leaders of Spain, Portugal, Latin America urge Falklands dialogue".
          if (code.root() == "02" && gr.last + 1 < n && IsNoun(toks[gr.last + 1].tag) &&
              coder::IsMeetingNounLemma(toks[gr.last + 1].lemma)) {
            continue;
          }
          // An appeal "for" someone is made on their behalf, to somebody else: "UN launches
          // appeal for flood-hit Bangladesh".
          if (code.str().size() >= 2 && code.str().substr(0, 2) == "02" && gr.first > 0) {
            int64_t p = static_cast<int64_t>(gr.first) - 1;
            while (p > static_cast<int64_t>(h.last) && (toks[p].tag == Tag::DT || toks[p].tag == Tag::JJ || toks[p].tag == Tag::CD)) --p;
            // (But "a plea for European nations to reunite" asks those nations.)
            bool asked = false;
            for (uint32_t u = gr.last + 1; u + 1 < n && u <= gr.last + 6 && !IsPunct(toks[u].tag); ++u) {
              if (toks[u].norm == "TO" && toks[u + 1].tag == Tag::VB) {
                asked = toks[u + 1].lemma != "be";
                break;
              }
            }
            if (p > static_cast<int64_t>(h.last) && toks[p].norm == "FOR" && !asked) continue;
            // ... and so is one that aid or support is asked "to": "Powell Calls for Support to Iraq
            // in Last NATO Meeting" asks the allies.
            if (p > static_cast<int64_t>(h.last) + 1 && toks[p].norm == "TO" && IsNoun(toks[p - 1].tag)) {
              const std::string_view l = toks[p - 1].lemma;
              if (l == "support" || l == "aid" || l == "help" || l == "assistance" || l == "backing" ||
                  l == "loan" || l == "credit" || l == "funding") {
                continue;
              }
            }
            // ... and whom sanctions or action are urged "on" or "against" is what they would hit,
            // not whom the appeal is made to: "Israel Urges Sanctions on Iran".
            if (p > static_cast<int64_t>(h.last) + 1 && (toks[p].norm == "ON" || toks[p].norm == "AGAINST") &&
                IsNoun(toks[p - 1].tag)) {
              const std::string_view l = toks[p - 1].lemma;
              if (l == "sanction" || l == "sanctions" || l == "action" || l == "measure" || l == "pressure" ||
                  l == "embargo") {
                continue;
              }
            }
          }
          // The source's own people: "withdraw its troops from Iraq" (Iraq is the target).
          if (gr.first > 0 && toks[gr.first - 1].tag == Tag::PRPS) {
            bool agents_only = true;
            for (uint32_t mi : gr.members) agents_only &= !actors.mentions[mi].has_actor;
            if (agents_only) continue;
          }
          // Not inside a clause nested in the verb's ("..., where China has loaned pandas").
          if (clause >= 0 && clause_of[gr.first] != clause) continue;
          // Not the source again ("Sam has begun to question whether he ...").
          if (source >= 0) {
            bool same = true;
            for (uint32_t mi : gr.members) {
              bool in_source = false;
              for (uint32_t si : actors.groups[source].members)
                in_source |= actors.mentions[si].code == actors.mentions[mi].code;
              same &= in_source;
            }
            if (same) continue;
          }
          target = static_cast<int32_t>(g);
          break;
        }
      }
    }

    // A passive without "by" whose agent names an act after "in" or "during": "A Ukrainian was
    // attacked in a Russian airstrike", "killed during an Israeli raid".  (Not any actor after
    // the verb: "X was accused of criticising Bush's policies", "sold to U.S. dealers".)
    if (passive && !reduced && source < 0 && target == subject) {
      for (size_t g = 0; g < actors.groups.size(); ++g) {
        const Group& gr = actors.groups[g];
        if (gr.first <= h.last || gr.first > hi || is_place(g)) continue;
        int64_t p = static_cast<int64_t>(gr.first) - 1;
        while (p > static_cast<int64_t>(h.last) && (toks[p].tag == Tag::DT || toks[p].tag == Tag::JJ)) --p;
        bool in_pp = p > static_cast<int64_t>(h.last) && (toks[p].norm == "IN" || toks[p].norm == "DURING");
        // (The noun names an act: not "torturing detainees in Abu Ghraib prison".)
        int32_t head = coder::NounCompoundHead(s, gr.last + 1, [&](uint32_t v) { return actors.group_at[v] >= 0; });
        int f = head >= 0 ? analyzer_.NounLexFile(toks[head].lemma) : -1;
        bool modifies = head >= 0 && (f < 0 || f == kNounAct || f == kNounEvent);
        if (in_pp && modifies) source = static_cast<int32_t>(g);
        break;
      }
    }

    // The noun an object relative is about is the verb's object: "Russia, which the US
    // sanctioned, ..." (unless the clause names another after the verb).
    if (target < 0 && antecedent >= 0 && antecedent != source && !passive) target = antecedent;
    // A reciprocal event (a paired code, "renew ties [064:064]") of a compound subject with no
    // other party is among its members: "Gondor and Osgiliath renewed diplomatic ties".
    bool reciprocal = target < 0 && source >= 0 && !passive && !code2.empty() &&
                      actors.groups[source].members.size() > 1;
    if (reciprocal) target = source;
    // Mutual cooperation (CoderOptions::mutual_cooperation): "Both sides pledged to expand trade".
    if (!reciprocal && opt.mutual_cooperation && target < 0 && source >= 0 && !passive &&
        actors.groups[source].members.size() > 1) {
      std::string_view root = code.root();
      // Not visits and hosting: "Xi and Putin visited Moscow Zoo" visit it together; not
      // support for a third thing: "Italy and Germany also favour an early start to talks".
      std::string_view c3 = code.str().substr(0, 3);
      // (Support is mutual when its object is theirs together: "Putin and Xi praised the progress
      // of their joint energy projects".)
      bool shared = false;
      for (uint32_t t = h.last + 1; t <= hi && t < n; ++t) {
        std::string_view w = toks[t].norm;
        shared |= w == "THEIR" || w == "JOINT" || w == "BILATERAL" || w == "MUTUAL" || w == "OTHER";
      }
      bool support = c3 == "051" || c3 == "052" || c3 == "053";
      bool cooperative = (root == "03" || root == "04" || root == "05" || root == "06") && c3 != "042" &&
                         c3 != "043" && (!support || shared);
      bool countries = false;
      for (uint32_t mi : actors.groups[source].members)
        countries |= actors.mentions[mi].code.country() != actors.mentions[actors.groups[source].members[0]].code.country();
      // A partner no dictionary knows is another party: "Brazil and China have pledged to
      // cooperate with the ATPC".
      for (uint32_t t = h.last + 1; t + 1 <= hi && t + 1 < n && cooperative; ++t) {
        if (toks[t].norm != "WITH") continue;
        uint32_t u = t + 1;
        if (u < n && toks[u].tag == Tag::DT) ++u;
        if (u < n && (toks[u].tag == Tag::NNP || toks[u].tag == Tag::NNPS) && actors.group_at[u] < 0) cooperative = false;
      }
      if (cooperative && countries) {
        target = source;
        skip_same_country = true;
      }
    }
    // With require_dyad off, an adverbial clause ("..., after crowds burned down its embassy")
    // under a clause that already gave an event is its background: without a target of its own
    // it is not a second event.
    if (!opt.require_dyad && target < 0 && clause > 0 && s.clauses[clause].type == ClauseType::kSubordinate) {
      int32_t parent = s.clauses[clause].parent;
      if (parent >= 0 && clause_has_event[static_cast<size_t>(parent)]) {
        if (explain) ex << "  verb '" << toks[h.verb].text << "': background of an earlier event, no target, skipped\n";
        continue;
      }
    }
    // Without require_dyad one side may be missing, but not both: "a senior official said" with
    // its speaker's words struck out by a comma option is about nobody.
    if ((opt.require_dyad && (source < 0 || target < 0)) || (source < 0 && target < 0)) {
      if (explain) ex << "  verb '" << toks[h.verb].text << "' [" << code.str() << "] (" << pattern_id
                      << "): no " << (source < 0 ? "source" : "target") << ", no event\n";
      continue;
    }
    // A person "attacks" with words: "Mbeki attacked British imperialists", "Howard launched an
    // attack on the asylum system", "went on the offensive over comments" criticise (111) unless
    // armed forces are the target.
    if (source >= 0 && (code.root() == "18" || code.root() == "19") &&
        (toks[h.verb].lemma == "attack" || toks[h.verb].lemma == "launch" || toks[h.verb].lemma == "assault" ||
         (toks[h.verb].lemma == "go" &&  // "went on the offensive over comments", not "go to war"
          !(h.last + 2 < n && toks[h.last + 1].norm == "TO" && toks[h.last + 2].norm == "WAR")) ||
         toks[h.verb].lemma == "clash" || toks[h.verb].lemma == "battle")) {  // "the two leaders clashed"
      bool persons = true, military_target = false;
      for (uint32_t mi : actors.groups[source].members) {
        // A named politician: "Tory leader Michael Howard" (a role, then a name).
        const Mention& m = actors.mentions[mi];
        std::string_view roles = m.code.str().size() > 3 ? std::string_view(m.code.str()).substr(3) : "";
        bool politician = toks[m.last].tag == Tag::NNP && m.last > m.first && roles.find("MIL") == std::string_view::npos &&
                          (roles.find("GOV") != std::string_view::npos || roles.find("OPP") != std::string_view::npos ||
                           roles.find("LEG") != std::string_view::npos || roles.find("ELI") != std::string_view::npos);
        persons &= m.person || politician;
      }
      if (target >= 0) {
        for (uint32_t mi : actors.groups[target].members)
          military_target |= actors.mentions[mi].code.str().find("MIL") != std::string::npos;
      }
      if (persons && !military_target) {
        static const EventCode kCriticize = *EventCode::Parse("111");
        code = kCriticize;
        code2 = EventCode();
      }
    }
    int64_t subj_last = subject >= 0 ? static_cast<int64_t>(actors.groups[subject].last) : -1;
    EventStatus status = EventStatus::kAsserted;
    if (opt.status_model == CoderOptions::StatusModel::kEntente) {
      // A pattern that spells out words before the verb ("+ HOSTING * ...", "NOT * +") owns the
      // stretch it covers: its words are part of the code, not of the status.  A pattern with
      // only an actor slot there ("% *") owns nothing: "India and Pakistan failed to agree".
      std::vector<uint32_t> skip;
      if (best && bm.literal_before) {
        for (uint32_t t = bm.span_first; t < h.first; ++t) skip.push_back(t);
      }
      status = coder::StatusOf(s, h.first, subj_last, clause, skip);
      if (status == EventStatus::kAsserted && owned_intent) status = EventStatus::kIntended;
      if (owned_failure) status = EventStatus::kNegated;
      // "made no commitments", "reached no agreement", "sent no troops": "no" on the object.
      if (h.last + 1 < n && toks[h.last + 1].norm == "NO" && !IsReportingLemma(toks[h.verb].lemma) &&
          !(h.last + 2 < n && (toks[h.last + 2].norm == "LONGER" || toks[h.last + 2].norm == "DOUBT"))) {
        status = EventStatus::kNegated;
      }
    }

    // Talking to the press is a statement: "was speaking to the BBC's Newsnight programme",
    // "told a news conference", not consultation (04) with the medium.
    if (target >= 0 && code.str().size() >= 3 &&
        (code.str().substr(0, 3) == "040" || code.str().substr(0, 3) == "041" || code.str().substr(0, 3) == "046")) {
      if (AllMedia(actors, actors.groups[target])) {
        static const EventCode kStatement = *EventCode::Parse("010");
        code = kStatement;
        code2 = EventCode();
      }
    }

    // A name that only modifies a noun naming no person, body or place ("French investment",
    // "Britain's hospitality", "the U.S. invasion").
    auto modifies_non_party = [&](const Mention& m) {
      uint32_t u = m.last + 1;
      if (u < n && toks[u].tag == Tag::POS) ++u;
      while (u < n && (toks[u].tag == Tag::JJ || toks[u].tag == Tag::VBN) && actors.group_at[u] < 0) ++u;
      int32_t head = coder::NounCompoundHead(s, u, [&](uint32_t v) { return actors.group_at[v] >= 0; });
      if (head < 0) return false;
      int f = analyzer_.NounLexFile(toks[head].lemma);
      return f >= 0 && f != kNounPerson && f != kNounGroup && f != kNounLocation;
    };
    auto emit = [&](int32_t src_g, int32_t tgt_g, const EventCode& c) {
      static const Group kEmpty{};
      const Group& sg = src_g >= 0 ? actors.groups[src_g] : kEmpty;
      const Group& tg = tgt_g >= 0 ? actors.groups[tgt_g] : kEmpty;
      std::vector<int32_t> srcs(sg.members.begin(), sg.members.end());
      std::vector<int32_t> tgts(tg.members.begin(), tg.members.end());
      if (srcs.empty()) srcs.push_back(-1);
      if (tgts.empty()) tgts.push_back(-1);
      for (int32_t a : srcs) {
        for (int32_t b : tgts) {
          const Mention* ma = a >= 0 ? &actors.mentions[a] : nullptr;
          const Mention* mb = b >= 0 ? &actors.mentions[b] : nullptr;
          if (ma && mb && ma->code == mb->code) continue;  // no self-events
          if (ma && mb && skip_same_country && ma->code.country() == mb->code.country()) continue;
          // A country as a whole acting on one of its own institutions is mostly a name misread
          // as a party ("Seoul" for South Korea banning imports, a place, a modifier): a state's
          // own affairs are coded between its roles ("RUSGOV -> RUSOPP").
          // (But a state yielding to or coercing its own armed groups or people is: "for Sudan to
          // disarm the militias in Darfur", "Russia jailed Russian opposition leaders".)
          if (ma && mb && ma->code.str().size() == 3 && mb->code.str().size() > 3 &&
              ma->code.country() == mb->code.country() && ma->code.str()[0] != '-' &&
              ma->code.str() != "IGO" && ma->code.str() != "NGO" &&
              !((c.root() == "08" || c.root() == "17") && mb->code.str().substr(3, 3) != "GOV")) {
            continue;
          }
          // One's own country as where something happens is no party: "Scottish ministers insist
          // they will have the final say on whether a super-casino will be built *in Scotland*",
          // "policies which encouraged increased social mobility *in Britain*".
          // (What a statement concerns may be there: "said the NHS in Wales was ...".)
          if (ma && mb && tgt_g >= 0 && is_place(static_cast<size_t>(tgt_g)) && mb->code.str().size() == 3 &&
              ma->code.str()[0] != '-' && ma->code.country() == mb->code.country() && !IsCommentCode(c)) {
            continue;
          }
          // A withdrawal is from somewhere else: "Italy must withdraw its 3,000 troops" is no
          // event with Italy's troops, "a plan to pull Israelis out of the area" none with Israel.
          if (ma && mb && c.str() == "0874" && ma->code.country() == mb->code.country() &&
              ma->code.str()[0] != '-') {
            continue;
          }
          // A government acting on its own country's thing: "Chirac signs accords to increase
          // *French* investment", "Bush defended the *U.S.* invasion of Iraq", "the *UK*'s G8
          // presidency".  The name only modifies a noun naming no person, body or place; the
          // government's own affairs are no event with its country.  (Its people are: "Musharraf
          // visits the Pakistani community".)
          if (ma && mb && mb->code.str().size() == 3 && ma->code.str().size() >= 6 &&
              ma->code.str().substr(3, 3) == "GOV" && ma->code.country() == mb->code.country() &&
              modifies_non_party(*mb)) {
            continue;
          }
          AddDistinct(MakeEvent(dict_, s, date, ma, mb, c, status, toks[h.verb].text, pattern_id), &events);
          if (explain) {
            ex << "  verb '" << toks[h.verb].text << "' (" << pattern_id << (best ? ": " + best->text : std::string()) << "): "
               << (ma ? ma->code.str() : "---") << " -> " << (mb ? mb->code.str() : "---") << ' ' << c.str()
               << " [" << EventStatusName(status) << (passive ? ", passive" : "") << "]\n";
          }
        }
      }
    };
    size_t before_emit = events.size();
    emit(source, target, code);
    if (events.size() > before_emit) clause_has_event[clause < 0 ? s.clauses.size() : static_cast<size_t>(clause)] = true;
    if (explain && events.size() == before_emit && code2.empty()) {
      ex << "  verb '" << toks[h.verb].text << "' [" << code.str() << "]: source and target are the same actor or country, no event\n";
    }
    if (!code2.empty()) emit(target, source, code2);
  }
  // A headline that gives its words to a named person before or after a colon: "Straw: Sudan
  // Must Help Displaced People", "Africa must move away from conflicts: Mbeki".  The person
  // makes a statement (010) about the first actor of another country in the words.
  if (opt.statements && n >= 4) {
    HeadlineStatement(dict_, s, actors, date, explain ? &ex : nullptr, &events);
  }
  if (explain) *explain += ex.str();
  return events;
}


namespace {

// False only when no actor can be found in the sentence and it changes nothing in the document
// memory, whatever its tags: no word starts an actor or agent phrase, and none of the words
// through which FindActors refers back is present (coder::MayReferBack, kept beside it in
// mentions.cc).  Code() then neither tags nor codes it.
bool MayNameActors(const DictionarySet& dict, const std::vector<Token>& toks, const std::vector<WordId>& words) {
  for (const Token& t : toks)
    if (coder::MayReferBack(t.norm)) return true;
  return dict.AnyActorOrAgentPhrase(words);
}

}  // namespace

Result<CodedDocument> Coder::Code(const Document& doc) const {
  if (!doc.date) {
    return Status::InvalidArgument((doc.origin.empty() ? doc.id : doc.origin) +
                                   ": document has no date (give one in the input or with --date)");
  }
  CoderOptions opt = options_.WithOverrides(doc.config);
  CodedDocument out;
  // One sentence at a time: a 50 MB document must not hold every analysed sentence at once.
  // A story-level discard anywhere in the document voids all its events, earlier ones included.
  SentenceContext context;
  int32_t si = 0;
  thread_local std::vector<WordId> words;  // scratch, reused (Code does not recurse)
  words.clear();
  // Sentences after a story discard, and (without --explain or new actors) sentences in which no
  // actor can be found, are only counted: not tagged, not coded.
  bool analysed = true;
  auto analyse = [&](const Sentence& s) {
    if (!out.discarded) {
      words.clear();
      for (const Token& t : s.tokens) words.push_back(dict_.FindWord(t.norm));
      const MatchPrefilter::DiscardKinds found = prefilter_->Discards(words);
      out.discarded = found.story;
      context.sentence_discard = found.sentence;
      if (out.discarded) {
        out.events.clear();
        out.explain.clear();
      }
    }
    analysed = !out.discarded && (opt.explain || opt.new_actor_length > 0 || MayNameActors(dict_, s.tokens, words));
    return analysed;
  };
  analyzer_.ForEachSentence(doc.text, analyse, [&](Sentence&& s) {
    out.sentences.push_back({si, s.begin, s.end, std::string(s.text)});
    if (!out.discarded && !analysed) {
      // What CodeSentence would have done: FindActors, which finds nothing, advances the memory.
      if (!context.sentence_discard) ++context.memory.sentence;
    } else if (!out.discarded) {
      std::string ex;
      context.words = &words;  // this sentence's, computed above
      std::vector<Event> evs = CodeSentence(s, *doc.date, opt, opt.explain ? &ex : nullptr, &context);
      for (Event& e : evs) {
        e.doc_id = doc.id;
        e.sentence = si;
        e.sentence_text = std::string(s.text);
        out.events.push_back(std::move(e));
      }
      if (opt.explain) {
        out.explain.push_back("sentence " + std::to_string(si) + ": " + std::string(s.text) + "\n" + ex);
      }
    }
    ++si;
    return true;
  });
  return out;
}

}  // namespace entente
