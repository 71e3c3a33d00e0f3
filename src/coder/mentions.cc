// Copyright 2026 The entente Authors. Apache-2.0.
//
// Actor mentions: finds dictionary actors and agents in a sentence, composes them into coded
// mentions and groups compound actors.
//
//   "Russia's foreign minister"        actor RUS + agent ~GOVFRM        -> RUSGOVFRM
//   "MSF Arnor diplomat"               NGO~ + ARN + ~GOV                -> NGOARNGOV
//   "Lawmakers and officials in Fornost and Gondor"                     -> FORLEG GONLEG FORGOV GONGOV
//   "Russian President Vladimir Putin" RUSGOV (composed) + RUSGOV (person) merge into one mention
//   "Mordor, Rohan, Fornost and Bree"  four mentions, one group
//   "LORIEN [ELR/GAL]"                 a name for two actors: two mentions, one group
//   with new_actor_length 4: "the Ministry of Magic" (no dictionary entry) -> "THE MINISTRY OF MAGIC"
//
// Interface: FindActors() in mentions.h.
#include "coder/mentions.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "base/word_set.h"

namespace entente::coder {
namespace {

enum class ItemKind { kActor, kAgent };

struct Item {
  ItemKind kind;
  uint32_t first, last;
  uint32_t entry;
  bool used = false;
};

}  // namespace

bool IsCalendarWord(std::string_view lemma) {
  static const WordSet kWords{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                              "sunday", "january", "february", "march", "april", "may", "june",
                              "july", "august", "september", "october", "november", "december",
                              "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."};
  return kWords.contains(lemma);
}

namespace {

bool IsModifierTag(Tag t) {
  return t == Tag::DT || t == Tag::JJ || t == Tag::JJR || t == Tag::JJS || t == Tag::PRPS ||
         t == Tag::CD || t == Tag::PDT;
}

// Tokens that may stand between an actor and the agent that follows it ("Gondor's main
// opposition group", "Arnor security officials").
bool IsActorAgentGap(const Token& tok) {
  Tag t = tok.tag;
  return t == Tag::POS || t == Tag::JJ || t == Tag::JJR || t == Tag::JJS || t == Tag::NN ||
         t == Tag::NNP || t == Tag::VBN || t == Tag::CD || tok.norm == "'S" || tok.norm == "'";
}

bool IsCompoundConnector(const Token& tok) {
  Tag t = tok.tag;
  if (t == Tag::kComma || t == Tag::CC) return tok.norm != "BUT";
  return IsModifierTag(t) || tok.norm == "BOTH" || tok.norm == "EITHER" || tok.norm == "NEITHER";
}

bool LinksAgentToActor(const Token& tok) {
  // Not "at"/"on"/"against": "missiles at Saudi Arabia" are not Saudi missiles.
  return tok.norm == "OF" || tok.norm == "IN" || tok.norm == "FROM";
}

// Appends an agent code to an actor code, PETRARCH style: "~GOV" after, "NGO~" before; a code
// already present in the actor's role part is not repeated.
ActorCode Compose(const ActorCode& base, const AgentEntry& agent) {
  const std::string& b = base.str();
  std::string out;
  if (agent.prefix) {
    out = agent.code + b;
  } else {
    std::string_view roles = b.size() > 3 ? std::string_view(b).substr(3) : std::string_view();
    bool present = false;
    for (size_t p = 0; p + agent.code.size() <= roles.size(); p += 3) {
      if (roles.substr(p, agent.code.size()) == agent.code) present = true;
    }
    out = present ? b : b + agent.code;
  }
  auto r = ActorCode::Parse(out);
  return r.ok() ? *r : base;
}

bool IsLocativeWord(std::string_view norm) {
  return norm == "IN" || norm == "AT" || norm == "NEAR" || norm == "OUTSIDE" || norm == "INSIDE" ||
         norm == "ACROSS" || norm == "THROUGHOUT" || norm == "AROUND" || norm == "WITHIN";
}

// "north of Baghdad", "southeast of Kabul": a compass word with "of" is itself locative.
bool IsCompassWord(std::string_view lemma) {
  return lemma == "north" || lemma == "south" || lemma == "east" || lemma == "west" ||
         lemma == "northeast" || lemma == "northwest" || lemma == "southeast" || lemma == "southwest";
}

// Nouns that name a place of which the following "of X" is the name: "the city of Mosul".
bool IsPlaceNoun(std::string_view lemma) {
  static const WordSet kNouns{"city", "capital", "town", "village", "province", "region", "district",
                              "port", "area", "suburb", "outskirts", "outskirt", "street", "centre", "center",
                              "heart", "part", "county", "state", "island", "camp", "border",
                              "enclave", "territory", "country", "peninsula", "kingdom"};
  return kNouns.contains(lemma) || IsCompassWord(lemma);
}

// "meet in Bahrain today": a time word after the place does not make it a modifier.
bool IsTimeNoun(std::string_view lemma) {
  static const WordSet kNouns{"today", "tonight", "yesterday", "tomorrow", "morning", "afternoon",
                              "evening", "night", "week", "weekend", "month", "year"};
  return kNouns.contains(lemma);
}

// Nouns of acts and relations that the name before them takes part in, as actor or as
// counterpart: "the Iraq war", "China trade talks", "Iran sanctions", "the Iran deal".
bool IsParticipantNoun(std::string_view lemma) {
  static const WordSet kNouns{
      "war", "talk", "deal", "trade", "sanction", "attack", "strike", "offensive", "invasion", "raid",
      "agreement", "treaty", "pact", "accord", "summit", "relation", "relationship", "tie", "dispute",
      "conflict", "negotiation", "dialogue", "cooperation", "partnership", "alliance", "aid", "visit",
      "trip", "mission", "meeting", "embargo", "blockade", "occupation", "standoff", "rapprochement",
      "rift", "row", "spat", "feud", "tension", "link", "contact", "exchange", "contract", "investment",
      "export", "import", "program", "programme", "bombing", "shelling", "airstrike", "fighting", "tariff",
      "crackdown", "incursion", "intervention", "ceasefire", "truce", "border", "campaign", "assault",
      "siege", "takeover", "withdrawal", "pullout", "deployment", "loan", "debt", "package", "bailout",
      "pressure", "influence", "support", "opposition", "threat", "demand", "criticism", "protest",
      // and the holder's stance: "criticised the Conservatives' stance on Europe"
      "stance", "position", "attitude", "stand", "view", "record", "role", "behaviour", "behavior", "conduct",
      // and the body it fields: "an AU force in Darfur" (WordNet's first sense of "force" is strength)
      "force", "contingent"};
  return kNouns.contains(lemma);
}

// A code whose first three letters name a country (or region): not an organisation (IGO, NGO,
// MNC), an agent without an actor ("---GOV") or a new actor ("\"MINISTRY OF MAGIC\"").
bool NamesACountry(std::string_view code) {
  return code.size() >= 3 && code[0] != '-' && code[0] != '"' && code.compare(0, 3, "IGO") != 0 &&
         code.compare(0, 3, "NGO") != 0 && code.compare(0, 3, "MNC") != 0;
}

// A CAMEO region with no agent: "EUR", "MEA", "AFR" (not the West, WST, which acts as a bloc).
bool IsRegionCode(std::string_view code) {
  static constexpr std::string_view kRegions[] = {"EUR", "EEU", "BLK", "CAU", "SCN", "MEA", "PGS",
                                                  "AFR", "NAF", "WAF", "EAF", "SAF", "CFR", "ASA",
                                                  "SEA", "SAS", "CAS", "LAM", "NMR", "CRB", "MDT"};
  if (code.size() != 3) return false;
  for (std::string_view r : kRegions)
    if (code == r) return true;
  return false;
}

// "A-IRQ-0200" (written @A-IRQ-0200): the id range of places.txt (docs/dictionaries.md, Ids).
bool IsPlaceEntryId(std::string_view id) {
  if (!id.empty() && id[0] == '@') id.remove_prefix(1);
  if (id.size() != 10 || id.compare(0, 2, "A-") != 0 || id[5] != '-') return false;
  const std::string_view num = id.substr(6);
  return num >= "0200" && num <= "0499";
}

bool IsPlaceModifierTag(Tag t) {
  return t == Tag::DT || t == Tag::JJ || t == Tag::JJR || t == Tag::JJS || t == Tag::CD || t == Tag::PDT ||
         t == Tag::PRPS;
}


// Words that point back to actors named earlier (DocumentMemory): "the latter", "the two
// countries", "both sides".
enum class RefKind { kLatter, kFormer, kCountries, kLeaders, kSides };

struct Reference {
  uint32_t first, last;
  RefKind kind;
  const char* role;  // agent code for kCountries ("GOV" for "the two governments"), else ""
};

std::vector<Reference> FindReferences(const std::vector<Token>& toks) {
  std::vector<Reference> refs;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  for (uint32_t i = 0; i + 1 < n; ++i) {
    std::string_view w = toks[i].norm;
    if (w.size() != 3 && w.size() != 4) continue;  // neither THE nor BOTH: most words, cheaply
    if (w == "THE" && (toks[i + 1].norm == "LATTER" || toks[i + 1].norm == "FORMER")) {
      // Not "the former president", "the former Soviet Union", "the latter half".
      Tag next = i + 2 < n ? toks[i + 2].tag : Tag::kPeriod;
      if (IsNoun(next) || next == Tag::JJ || next == Tag::CD || next == Tag::VBN || next == Tag::VBG) continue;
      refs.push_back({i, i + 1, toks[i + 1].norm == "LATTER" ? RefKind::kLatter : RefKind::kFormer, ""});
      ++i;
      continue;
    }
    if (w != "THE" && w != "BOTH") continue;
    uint32_t t = i + 1;
    bool two = toks[t].norm == "TWO";
    if (two) ++t;
    if (!two && w == "THE") continue;
    if (t < n && toks[t].tag == Tag::JJ && t + 1 < n) ++t;  // "the two neighbouring countries"
    if (t >= n) break;
    std::string_view l = toks[t].lemma;
    if (toks[t].tag != Tag::NNS && toks[t].tag != Tag::NNPS) continue;
    RefKind kind;
    const char* role = "";
    if (l == "country" || l == "nation" || l == "state" || l == "neighbour" || l == "neighbor" ||
        l == "power" || l == "giant" || l == "ally") {
      kind = RefKind::kCountries;
    } else if (l == "government" || l == "capital") {
      kind = RefKind::kCountries;
      role = "GOV";
    } else if (l == "leader" || l == "president" || l == "minister" || l == "man" || l == "premier") {
      kind = RefKind::kLeaders;
    } else if (l == "side") {  // not "parties": mostly political parties
      kind = RefKind::kSides;
    } else {
      continue;
    }
    refs.push_back({i, t, kind, role});
    i = t;
  }
  return refs;
}

// A state's code prefix: not an organisation, a group of unknown country or a new actor.
bool IsStatePrefix(std::string_view c) {
  if (c.size() != 3 || c[0] == '-' || c[0] == '"') return false;
  return c != "IGO" && c != "NGO" && c != "MNC" && c != "IMG" && c != "UIS";
}

// The actors a reference names, from `pool` (oldest first); empty when it names none.
std::vector<ActorCode> Resolve(const Reference& r, const std::vector<DocumentMemory::Named>& pool) {
  std::vector<ActorCode> out;
  auto distinct = [&](auto accept, auto key) {
    std::vector<ActorCode> got;
    std::vector<std::string> keys;
    for (size_t k = pool.size(); k-- > 0 && got.size() < 2;) {
      if (!accept(pool[k])) continue;
      std::string kk = key(pool[k]);
      if (std::find(keys.begin(), keys.end(), kk) != keys.end()) continue;
      keys.push_back(kk);
      got.push_back(pool[k].code);
    }
    return got;
  };
  auto by_code = [](const DocumentMemory::Named& a) { return a.code.str(); };
  auto by_country = [](const DocumentMemory::Named& a) { return std::string(a.code.country()); };
  auto any = [](const DocumentMemory::Named& a) { return a.code.str()[0] != '-' && a.code.str()[0] != '"'; };
  std::vector<ActorCode> two;
  switch (r.kind) {
    case RefKind::kLatter:
    case RefKind::kFormer: {
      two = distinct(any, by_code);
      if (two.size() == 2) out.push_back(r.kind == RefKind::kLatter ? two[0] : two[1]);
      return out;
    }
    case RefKind::kCountries: {
      two = distinct([](const DocumentMemory::Named& a) { return IsStatePrefix(a.code.country()); }, by_country);
      if (two.size() < 2) return out;
      for (auto it = two.rbegin(); it != two.rend(); ++it) {
        auto c = ActorCode::Parse(std::string(it->country()) + r.role);
        if (c.ok()) out.push_back(*c);
      }
      return out;
    }
    case RefKind::kLeaders:
      two = distinct([](const DocumentMemory::Named& a) {
        std::string_view c = a.code.country();  // al-Qaeda (IMGALQ) has no leader's code
        return a.person && c != "IMG" && c != "MNC" && c != "UIS" && c != "NGO";
      }, by_code);
      break;
    case RefKind::kSides:
      two = distinct(any, by_country);
      break;
  }
  if (two.size() == 2) out.assign(two.rbegin(), two.rend());
  return out;
}
}  // namespace

bool MayReferBack(std::string_view w) {
  // By length first: the coder asks this of every token of every sentence.  Compares of a
  // length known at compile time, which the compiler inlines (no library call).
  const char* d = w.data();
  auto is = [d](const char* lit, size_t n) { return __builtin_memcmp(d, lit, n) == 0; };
  switch (w.size()) {
    case 2: return is("HE", 2);
    case 3: return is("SHE", 3) || is("HIM", 3) || is("HER", 3) || is("TWO", 3);
    case 4: return is("BOTH", 4);
    case 6: return is("LATTER", 6) || is("FORMER", 6);
    default: return false;
  }
}

namespace {

// Verbs that report speech: "said he would", "told reporters that she".
bool IsSpeechLemma(std::string_view l) {
  static const WordSet kWords{"say", "tell", "add", "insist", "stress", "claim", "state", "announce",
      "argue", "declare", "warn", "promise", "vow", "pledge", "admit", "deny", "reply", "explain"};
  return kWords.contains(l);
}

}  // namespace

bool IsCognitionLemma(std::string_view l) {
  static const WordSet kWords{"believe", "think", "expect", "hope", "fear", "know", "feel", "suggest",
      "warn", "see", "show", "mean", "ensure", "assume", "doubt"};
  return kWords.contains(l);
}

int NounLexFileAsWritten(const Analyzer& analyzer, const Token& tok) {
  std::string word(tok.text);
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const int lexfile = analyzer.NounLexFile(word, 0);
  return lexfile >= 0 ? lexfile : analyzer.NounLexFile(tok.lemma, 0);
}

bool IsMeetingNounLemma(std::string_view l) {
  static const WordSet kWords{"talk", "discussion", "negotiation", "summit", "mini-summit", "conference",
      "meeting", "forum", "round", "dialogue", "consultation"};
  return kWords.contains(l);
}

bool IsYear(const Token& tok) {
  std::string_view w = tok.text;
  return tok.tag == Tag::CD && w.size() == 4 && (w[0] == '1' || w[0] == '2') &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The head of the noun compound after a gerund right after token `last`, in a title-case compound
// ("Iraq Warning Claims", "West Bank Housing Plans"), or -1.
int32_t CompoundHeadAfterGerund(const Sentence& sentence, uint32_t last, const std::vector<bool>& covered) {
  const auto& toks = sentence.tokens;
  if (last + 2 >= toks.size() || toks[last + 1].tag != Tag::VBG) return -1;
  return NounCompoundHead(sentence, last + 2, [&](uint32_t u) { return covered[u]; });
}

int32_t TopicHead(const Sentence& sentence, uint32_t last, const std::vector<bool>& covered,
                  const Analyzer& analyzer) {
  const auto& toks = sentence.tokens;
  static const WordSet kClaims{"claim", "allegation", "accusation", "charge", "rumour", "rumor"};
  int32_t h = NounCompoundHead(sentence, last + 1, [&](uint32_t u) { return covered[u]; });
  if (h < 0) {
    h = CompoundHeadAfterGerund(sentence, last, covered);  // "Iraq Warning Claims"
    return h >= 0 && kClaims.contains(toks[h].lemma) ? h : -1;
  }
  const uint32_t head = static_cast<uint32_t>(h);
  std::string_view lemma = toks[head].lemma;
  if (IsPlaceNoun(lemma) || IsTimeNoun(lemma) || IsParticipantNoun(lemma)) return -1;
  // The name may modify a noun naming an event that opens a longer compound: "the Iraq *death*
  // toll probe".
  for (uint32_t u = last + 1; u < head; ++u) {
    if (analyzer.NounLexFile(toks[u].lemma, 0) == kNounEvent) return static_cast<int32_t>(head);
  }
  // ... or claims about something it modifies: "the Iraq war claims", "Iraq warning claims".
  if (head > last + 1 && kClaims.contains(lemma)) return static_cast<int32_t>(head);
  // A matter talked about is no party of what a name modifies: "the Iranian arms affair", "the
  // Iraq issue", "the David Blunkett controversy" (not a body's agent: "the government issue").
  static const WordSet kMatters{"affair", "scandal", "issue", "question", "controversy", "saga"};
  const Tag named = toks[last].tag;
  if (kMatters.contains(lemma) && (named == Tag::NNP || named == Tag::NNPS || named == Tag::JJ)) {
    return static_cast<int32_t>(head);
  }
  // A plural with a sense of its own is read as written: "goods", "securities", "arms".
  const int lexfile = NounLexFileAsWritten(analyzer, toks[head]);
  // Acts, messages and ideas ("UK policy", "the Tory plans", "a UN resolution", "a US
  // bombardment") are their author's: criticising them criticises the author; feelings are their
  // holder's ("Chinese anger").  States, phenomena and amounts are not anybody's act.
  switch (lexfile) {
    case kNounAttribute: case kNounState:
      // A plural often names things: "British securities", "US goods".
      return toks[head].tag == Tag::NN ? static_cast<int32_t>(head) : -1;
    case kNounPhenomenon: case kNounProcess: case kNounQuantity: case kNounShape: case kNounTime:
      return static_cast<int32_t>(head);
    default:  // persons, bodies, places, things, and acts, messages, ideas and feelings
      return -1;
  }
}

int32_t LocativePreposition(const Sentence& sentence, uint32_t first) {
  const auto& toks = sentence.tokens;
  int64_t t = static_cast<int64_t>(first) - 1;
  // "In 2018 Russia ...": a year is the object of "in"; the name after it starts a new phrase.
  while (t >= 0 && IsPlaceModifierTag(toks[t].tag) && !IsYear(toks[t])) --t;
  if (t >= 0 && IsYear(toks[t])) return -1;
  if (t < 0) return -1;
  if (IsLocativeWord(toks[t].norm)) return static_cast<int32_t>(t);
  if (toks[t].norm != "OF" || t == 0) return -1;
  // "... of X": a compass word ("north of"), or a place noun after a locative preposition ("in
  // the northern city of", "near the border town of").
  // Place nouns may nest: "on the outskirts of the Iraqi city of Fallujah".
  for (int depth = 0; depth < 3; ++depth) {
    int64_t noun = t - 1;
    if (!IsPlaceNoun(toks[noun].lemma)) return -1;
    if (IsCompassWord(toks[noun].lemma)) return static_cast<int32_t>(noun);
    int64_t u = noun - 1;
    while (u >= 0 && (IsPlaceModifierTag(toks[u].tag) || toks[u].tag == Tag::NN) && noun - u < 5) --u;
    if (u < 0) return -1;
    if (IsLocativeWord(toks[u].norm)) return static_cast<int32_t>(u);
    // "on the outskirts of", "on the border of"
    const std::string_view nl = toks[noun].lemma;
    if (toks[u].norm == "ON" && (nl == "outskirts" || nl == "outskirt" || nl == "border")) {
      return static_cast<int32_t>(u);
    }
    if (toks[u].norm != "OF" || u == 0) return -1;
    t = u;
  }
  return -1;
}

std::string MentionText(const Sentence& sentence, const Mention& m) {
  const auto& toks = sentence.tokens;
  if (m.first >= toks.size() || m.last >= toks.size()) return {};
  uint32_t b = toks[m.first].begin - sentence.begin;
  uint32_t e = toks[m.last].end - sentence.begin;
  if (e > sentence.text.size() || b > e) return {};
  return std::string(sentence.text.substr(b, e - b));
}

SentenceActors FindActors(const DictionarySet& dict, const Sentence& sentence,
                          const std::vector<WordId>& words, const std::vector<bool>& ignored,
                          Date date, DocumentMemory* memory, int new_actor_length,
                          const Analyzer* analyzer) {
  SentenceActors out;
  FindActors(dict, sentence, words, ignored, date, memory, new_actor_length, analyzer, &out);
  return out;
}

void FindActors(const DictionarySet& dict, const Sentence& sentence, const std::vector<WordId>& words,
                const std::vector<bool>& ignored, Date date, DocumentMemory* memory, int new_actor_length,
                const Analyzer* analyzer, SentenceActors* result) {
  SentenceActors& out = *result;
  out.mentions.clear();
  out.groups.clear();
  const auto& toks = sentence.tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  std::span<const WordId> span(words);
  // A named person: all proper-name words and a role in the code ("Vladimir Putin" RUSGOV, not
  // "Russia" or "Russian").
  auto is_person_span = [&](const ActorCode& code, uint32_t first, uint32_t last) {
    if (code.str().size() <= 3 || code.str()[0] == '-' || code.str()[0] == '"') return false;
    // A name word: a proper noun, or a capitalised word the tagger read otherwise ("Trump said"
    // opening a sentence is tagged as the common noun).
    auto name_word = [&](uint32_t t) {
      return toks[t].tag == Tag::NNP || (!toks[t].text.empty() && toks[t].text[0] >= 'A' && toks[t].text[0] <= 'Z' &&
                                         IsNoun(toks[t].tag));
    };
    if (last >= n || first > last || !name_word(last)) return false;
    // The name: the proper-name words at the end; role words may come before it ("Lib Dem
    // leader Charles Kennedy", "Britain's Foreign Secretary Jack Straw").
    uint32_t name = last;
    while (name > first && (name_word(name - 1) || toks[name - 1].tag == Tag::POS)) --name;
    for (uint32_t t = first; t < name; ++t) {
      if (!IsNoun(toks[t].tag) && toks[t].tag != Tag::JJ) return false;
    }
    first = name;
    // A capital standing for its government is no person: "Nairobi" (KENGOV) is a place in
    // WordNet (noun.location), "Brown" or "Putin" is not.
    if (first == last && first < n && analyzer && analyzer->NounLexFile(toks[first].lemma) == kNounLocation) return false;
    // Nor an acronym: "U.N.", "NATO", "OPEC" name bodies.
    if (first == last && first < n &&
        std::none_of(toks[first].text.begin(), toks[first].text.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      return false;
    }
    // Nor a party named by a common noun for a group: "Labour" (noun.group), not "Straw".
    if (first == last && first < n && analyzer && analyzer->NounLexFile(toks[first].lemma) == kNounGroup) return false;
    return true;
  };

  // A mention of a named person: a dictionary actor whose own code has a role (own_role, set
  // only on actor mentions), on a person's span.
  auto is_person = [&](const Mention& m) { return m.own_role && is_person_span(m.code, m.first, m.last); };

  // 1. Longest dictionary phrases, actors preferred over agents of equal length.
  thread_local std::vector<Item> items;  // scratch, reused (FindActors does not recurse)
  items.clear();
  // Words that may stand inside an actor phrase a TABARI file wrote with blanks: adjectives
  // ("Ithilen *state-run* television").
  thread_local std::vector<bool> modifier;  // scratch, reused
  modifier.assign(n, false);
  for (uint32_t t = 0; t < n; ++t) {
    const Tag g = toks[t].tag;
    modifier[t] = !ignored[t] && (g == Tag::JJ || g == Tag::JJR || g == Tag::JJS);
  }
  for (uint32_t i = 0; i < n;) {
    if (ignored[i] || words[i] == kNoWord) { ++i; continue; }
    auto [am, gm] = dict.MatchActorAndAgent(span, i, &modifier);
    // "us" the pronoun is not the United States; a one-word name written in lower case and
    // used as a common word is that word: "a brown bear" (not Gordon Brown), "hanging chad".
    // (A lower-case article, "venezuela has shown solidarity with brazil's decision", keeps its
    // names: the common word needs a determiner, adjective or gerund before it or a noun after.)
    if (am && am->length == 1 && toks[i].tag == Tag::PRP) am.reset();
    // A country's name after a person's initial is that person's surname: "Lynndie R. England".
    if (am && i > 0 && toks[i - 1].text.size() == 2 && toks[i - 1].text[1] == '.' && toks[i - 1].text[0] >= 'A' &&
        toks[i - 1].text[0] <= 'Z' && dict.actor(am->entry).default_code.str().size() == 3) {
      am.reset();
    }
    // A title of the other gender before a surname is somebody else: "Mrs Blair" is not Tony
    // Blair, "Mr Merkel" not Angela Merkel (the entry's own first word shows its gender).
    if (am && i > 0 && (toks[i - 1].tag == Tag::NNP || toks[i - 1].text == ".")) {
      Gender title = TitleGender(toks[i - 1].norm);
      if (title == Gender::kUnknown && i > 1 && toks[i - 1].text == ".") title = TitleGender(toks[i - 2].norm);
      if (title != Gender::kUnknown) {
        std::string_view name = dict.actor(am->entry).name;
        std::string_view given = name.substr(0, name.find('_'));
        if (given.size() < name.size()) {
          Gender entry = GivenNameGender(given);
          if (entry == Gender::kUnknown) entry = TitleGender(given);
          if (entry != Gender::kUnknown && entry != title) am.reset();
        }
      }
    }
    if (am && am->length == 1 && analyzer && toks[i].tag != Tag::NNP && toks[i].tag != Tag::NNPS &&
        toks[i].text == toks[i].lemma && analyzer->IsCommonWord(toks[i].lemma)) {
      Tag before = i > 0 ? toks[i - 1].tag : Tag::kPeriod;
      Tag after = i + 1 < n ? toks[i + 1].tag : Tag::kPeriod;
      if (before == Tag::DT || before == Tag::PRPS || before == Tag::JJ || before == Tag::VBG || after == Tag::NN ||
          after == Tag::NNS) {
        am.reset();
      }
    }
    if (am && am->length > 0 && (!gm || am->length >= gm->length)) {
      items.push_back({ItemKind::kActor, i, i + am->length - 1, am->entry});
      i += am->length;
    } else if (gm && gm->length > 0) {
      items.push_back({ItemKind::kAgent, i, i + gm->length - 1, gm->entry});
      i += gm->length;
    } else {
      ++i;
    }
  }

  // 1b. References to actors named before ("the two countries", "the latter"), resolved from
  // the memory and the actors named earlier in this sentence; their words are no agents.
  std::vector<std::pair<Reference, std::vector<ActorCode>>> resolved;
  if (memory) {
    for (const Reference& r : FindReferences(toks)) {
      if (ignored[r.first]) continue;
      std::vector<DocumentMemory::Named> pool;
      for (const auto& named : memory->recent)
        if (named.sentence + DocumentMemory::kReach >= memory->sentence) pool.push_back(named);
      for (const Item& it : items) {
        if (it.kind != ItemKind::kActor || it.last >= r.first) continue;
        if (LocativePreposition(sentence, it.first) >= 0) continue;  // a place: "talks in Moscow"
        const ActorCode& code = dict.actor(it.entry).CodeOn(date);
        if (!code.empty()) pool.push_back({code, is_person_span(code, it.first, it.last), memory->sentence});
      }
      std::vector<ActorCode> codes = Resolve(r, pool);
      if (codes.empty()) continue;
      std::erase_if(items, [&](const Item& it) { return it.first <= r.last && it.last >= r.first; });
      resolved.emplace_back(r, std::move(codes));
    }
  }

  auto all_tokens = [&](uint32_t from, uint32_t to, auto pred) {  // [from, to)
    for (uint32_t t = from; t < to; ++t)
      if (!pred(toks[t])) return false;
    return true;
  };

  // 2. Each actor with the agents glued to it.
  for (size_t k = 0; k < items.size(); ++k) {
    if (items[k].kind != ItemKind::kActor) continue;
    const ActorEntry& actor = dict.actor(items[k].entry);
    const ActorCode& code = actor.CodeOn(date);
    if (code.empty()) continue;
    Mention m{items[k].first, items[k].last, code, true};
    m.own_role = code.str().size() > 3;
    m.place = IsPlaceEntryId(actor.id);
    // A capital that stands for its government is a place when a part of it is named: "in
    // central Moscow", "northern Baghdad" (the country's code, as places.txt gives it).
    if (!m.place && analyzer && items[k].first > 0 && code.str().size() == 6 && code.str().compare(3, 3, "GOV") == 0 &&
        analyzer->NounLexFile(toks[items[k].last].lemma) == kNounLocation) {
      static const WordSet kPart{"central", "northern", "southern", "eastern", "western", "north", "south",
                                 "east", "west", "downtown", "suburban", "outer", "inner", "greater", "old"};
      if (kPart.contains(toks[items[k].first - 1].lemma) && toks[items[k].first - 1].tag == Tag::JJ) {
        auto country = ActorCode::Parse(code.str().substr(0, 3));
        if (country.ok()) {
          m.code = *country;
          m.own_role = false;
          m.place = true;
        }
      }
    }
    items[k].used = true;
    // Agents before: "MSF Arnor", "Foreign Minister Lavrov".
    boost::container::small_vector<size_t, 4> before;
    for (size_t j = k; j-- > 0;) {
      const Item& it = items[j];
      uint32_t next_first = before.empty() ? items[k].first : items[before.back()].first;
      if (it.kind != ItemKind::kAgent || it.used) break;
      if (!all_tokens(it.last + 1, next_first, [](const Token& t) { return IsModifierTag(t.tag); })) break;
      before.push_back(j);
    }
    // Agents after: "Arnor cleric", "Gondor's main opposition group", "Ithilen's awful and
    // evil minister".  Agents joined by a conjunction are alternatives: "Danish media and
    // government" is two actors, DNKMED and DNKGOV.
    boost::container::small_vector<boost::container::small_vector<size_t, 4>, 2> alts(1);
    for (size_t j = k + 1; j < items.size(); ++j) {
      const Item& it = items[j];
      uint32_t prev_last = alts.back().empty() ? (alts.size() == 1 ? items[k].last : items[alts[alts.size() - 2].back()].last)
                                               : items[alts.back().back()].last;
      if (it.kind != ItemKind::kAgent || it.used) break;
      if (it.first - prev_last - 1 > 4) break;
      bool has_cc = false, ok = true;
      for (uint32_t t = prev_last + 1; t < it.first && ok; ++t) {
        if (toks[t].tag == Tag::CC) {
          has_cc = true;
          // Between adjectives ("awful and evil") or between two agents.
          bool between_adjs = t > prev_last + 1 && toks[t - 1].tag == Tag::JJ && t + 1 < it.first;
          ok = between_adjs || (!alts.back().empty() && t == prev_last + 1);
        } else if (toks[t].tag == Tag::kComma) {
          ok = !alts.back().empty();
        } else if (toks[t].tag == Tag::VBN && (toks[t - 1].tag == Tag::NN || toks[t - 1].tag == Tag::NNS)) {
          ok = false;  // a participle after a noun starts a clause: "Japanese citizen taken hostage"
        } else {
          ok = IsActorAgentGap(toks[t]) || (has_cc && IsModifierTag(toks[t].tag));
        }
      }
      if (!ok) break;
      bool new_alt = has_cc && !alts.back().empty() && toks[prev_last + 1].tag == Tag::CC;
      // An alternative with an owner of its own is that owner's: "Russia's diplomats and
      // officials of China" (step 4 gives them China); "officials in China" may still be Russia's.
      if (new_alt && it.last + 1 < n && (toks[it.last + 1].norm == "OF" || toks[it.last + 1].norm == "FROM")) {
        uint32_t u = it.last + 2;
        while (u < n && IsModifierTag(toks[u].tag)) ++u;
        bool owned = false;
        for (size_t q = j + 1; q < items.size() && !owned; ++q)
          owned = items[q].kind == ItemKind::kActor && items[q].first <= u && u <= items[q].last;
        if (owned) break;
      }
      if (new_alt) alts.emplace_back();
      alts.back().push_back(j);
    }
    if (alts.back().empty() && alts.size() > 1) alts.pop_back();
    for (size_t j : before) {
      m.code = Compose(m.code, dict.agent(items[j].entry));
      m.first = items[j].first;
      items[j].used = true;
    }
    std::vector<Mention> extra;  // the second and later alternatives
    const Mention base = m;
    for (size_t a = 0; a < alts.size(); ++a) {
      Mention alt = base;
      for (size_t j : alts[a]) {
        alt.code = Compose(alt.code, dict.agent(items[j].entry));
        alt.last = items[j].last;
        items[j].used = true;
      }
      if (a == 0) {
        m = alt;
      } else {
        alt.first = items[alts[a].front()].first;
        extra.push_back(alt);
      }
    }
    // A place name used as a modifier of another proper name ("Moscow Zoo", "Beijing
    // Olympics", "China Daily") is not an actor.
    if (items[k].last + 1 < n && m.last == items[k].last) {
      const Token& next = toks[items[k].last + 1];
      bool next_is_item = k + 1 < items.size() && items[k + 1].first == items[k].last + 1;
      // (Not a title before its holder's name: "Commonwealth Secretary-General Don McKinnon".)
      const std::string_view role = toks[items[k].last].lemma;
      const bool title = role == "secretary-general" || role == "president" || role == "minister" ||
                         role == "secretary" || role == "chancellor" || role == "premier" || role == "leader" ||
                         role == "spokesman" || role == "spokeswoman" || role == "ambassador" || role == "envoy" ||
                         role == "commissioner" || role == "governor" || role == "chairman" || role == "chief";
      if (next.tag == Tag::NNP && !next_is_item && !title && !IsCalendarWord(next.lemma) &&
          !next.text.empty() && std::isupper(static_cast<unsigned char>(next.text[0]))) {
        continue;
      }
    }
    // Apposition: "Russian President Vladimir Putin", "China's Huawei", "the Russian operator
    // MTS", "Chinese telecom giant Huawei": two actors of one country with only possessives,
    // adjectives or common nouns between them are one actor, with the more specific code.
    bool same_np = false;
    if (!out.mentions.empty() && out.mentions.back().last < m.first) {
      const Mention& prev = out.mentions.back();
      same_np = prev.last + 1 == m.first;
      // (Not a state before an organisation it seeks to join or deal with: "Turkey EU bid",
      // "Ukraine NATO membership".)
      if (same_np && prev.code.str().size() == 3 && prev.code.str()[0] != '-' && NamesACountry(prev.code.str()) &&
          m.code.str().rfind("IGO", 0) == 0) {
        same_np = false;
      }
      if (!same_np && m.first - prev.last - 1 <= 3 && prev.code.country() == m.code.country()) {
        same_np = all_tokens(prev.last + 1, m.first, [](const Token& t) {
          return t.tag == Tag::POS || t.norm == "'S" || t.tag == Tag::JJ || t.tag == Tag::NN || t.tag == Tag::NNS;
        });
      }
      // "Israel's opposition Labour party": a country's possessive before a body named like one
      // of another country is that country's body (recoded below).
      bool body = m.code.str().size() > 3 && NamesACountry(m.code.str());
      if (!same_np && body && m.first - prev.last - 1 <= 3 && prev.code.str().size() == 3 &&
          prev.code.country() != m.code.country() && prev.last + 1 < n &&
          (toks[prev.last + 1].tag == Tag::POS || toks[prev.last + 1].norm == "'S")) {
        same_np = all_tokens(prev.last + 2, m.first, [](const Token& t) {
          return t.tag == Tag::JJ || t.tag == Tag::NN || t.tag == Tag::NNS;
        });
      }
    }
    if (same_np) {
      Mention& prev = out.mentions.back();
      // "Israeli Labour party": a nationality word before a body named like one of another
      // country (a party, a ministry) gives the country; the body gives the role.
      const std::string& pc = prev.code.str();
      const std::string& mc = m.code.str();
      // The country word: a capitalised nationality adjective right before ("Israeli"), or a
      // name with a possessive ("Israel's opposition").
      bool possessive = false;
      for (uint32_t t = prev.first; t < m.first && t < n; ++t)
        possessive |= toks[t].tag == Tag::POS || toks[t].norm == "'S";
      bool adjective = prev.first == prev.last && toks[prev.first].tag == Tag::JJ &&
                       !toks[prev.first].text.empty() && toks[prev.first].text[0] >= 'A' && toks[prev.first].text[0] <= 'Z';
      bool country = (adjective || possessive) && NamesACountry(pc);
      bool foreign_body = mc.size() > 3 && NamesACountry(mc) && mc.compare(0, 3, pc, 0, 3) != 0;
      if (country && foreign_body) {
        // "Israel's opposition" + "Labour party" is Israel's opposition; "Israeli" + "Labour
        // party" is an Israeli party with the body's role.
        auto recoded = pc.size() > 3 ? Result<ActorCode>(prev.code) : ActorCode::Parse(pc + mc.substr(3));
        if (recoded.ok()) m.code = *recoded;
      } else if (prev.code.str().size() > m.code.str().size()) {
        m.code = prev.code;
      }
      m.first = prev.first;
      out.mentions.back() = m;
    } else {
      out.mentions.push_back(m);
    }
    // A name that stands for several actors ("LORIEN [ELR/GAL]"): one mention per actor, on
    // the same words and with the same agents; step 3 makes them one compound.
    if (!actor.also_codes.empty() && &code == &actor.default_code) {
      for (const ActorCode& c : actor.also_codes) {
        Mention am = m;
        am.code = c;
        for (size_t j : before) am.code = Compose(am.code, dict.agent(items[j].entry));
        for (size_t j : alts[0]) am.code = Compose(am.code, dict.agent(items[j].entry));
        out.mentions.push_back(std::move(am));
      }
    }
    for (Mention& e : extra) out.mentions.push_back(std::move(e));
  }

  // "Russia attacked Ukraine and China criticized Japan": a name after "and" that a finite verb
  // follows, joined to an object, starts a new clause; it is no compound with the object.
  auto starts_clause = [&](uint32_t group_first, uint32_t m_last) {
    uint32_t t = m_last + 1;
    while (t < n && toks[t].tag == Tag::RB) ++t;
    if (t >= n) return false;
    Tag v = toks[t].tag;
    if (v != Tag::VBD && v != Tag::VBZ && v != Tag::VBP && v != Tag::MD) return false;
    int64_t p = static_cast<int64_t>(group_first) - 1;
    while (p >= 0 && IsModifierTag(toks[p].tag)) --p;
    if (p < 0 || !IsVerb(toks[p].tag)) return false;  // "Lawmakers in X and Y welcomed": one subject
    // A verb that takes a clause: "believes X and Y can cope", "said X and Y had agreed".
    std::string_view l = toks[p].lemma;
    return !(IsCognitionLemma(l) || l == "be" || l == "have" || l == "say" || l == "tell" || l == "report" ||
             l == "announce" || l == "claim" || l == "note" || l == "add" || l == "confirm" || l == "insist" ||
             l == "argue" || l == "predict" || l == "worry" || l == "estimate");
  };

  // 3. Compound groups.
  for (uint32_t i = 0; i < out.mentions.size(); ++i) {
    const Mention& m = out.mentions[i];
    if (!out.groups.empty()) {
      Group& g = out.groups.back();
      const Mention& prev = out.mentions[g.members.back()];
      // Mentions of one name standing for several actors share their words.
      if (m.first == prev.first && m.last == prev.last) {
        g.members.push_back(i);
        continue;
      }
      bool has_link = false;
      bool ok = m.first > prev.last + 1;
      for (uint32_t t = prev.last + 1; ok && t < m.first; ++t) {
        if (!IsCompoundConnector(toks[t])) ok = false;
        if (toks[t].tag == Tag::kComma || toks[t].tag == Tag::CC) has_link = true;
      }
      // Not across the end of a subordinate clause: "As the deadline nears for Sudan to disarm
      // the militias in Darfur, the United Nations and Western powers are in a dilemma".
      for (const Clause& c : sentence.clauses) {
        if ((c.type == ClauseType::kSubordinate || c.type == ClauseType::kConditional) && c.first <= prev.last &&
            prev.last <= c.last && m.first > c.last) {
          ok = false;
        }
      }
      if (ok && has_link && !starts_clause(g.first, m.last)) {
        g.members.push_back(i);
        g.last = m.last;
        continue;
      }
    }
    out.groups.push_back(Group{{i}, m.first, m.last});
  }

  // A list joined only by commas is not a compound ("If X attacks Iran, Beijing will ..."):
  // "A, B and C" needs a conjunction in its last link.  A group whose last link has none is cut
  // after the member that follows its last conjunction ("to France, Germany, Switzerland and
  // Italy, Funaro hopes": the list, then Funaro), and split at every comma link when it has no
  // conjunction at all.
  {
    auto has_cc = [&](uint32_t a, uint32_t b) {  // tokens strictly between mentions a and b
      if (out.mentions[b].first <= out.mentions[a].last) return true;  // one multi-actor name
      for (uint32_t t = out.mentions[a].last + 1; t < out.mentions[b].first; ++t)
        if (toks[t].tag == Tag::CC) return true;
      return false;
    };
    // Most sentences have no such group: then nothing is rebuilt.
    bool any = false;
    for (const Group& g : out.groups) {
      size_t k = g.members.size();
      any |= k >= 2 && !has_cc(g.members[k - 2], g.members[k - 1]);
    }
    if (any) {
      std::vector<Group> fixed;
      for (Group& g : out.groups) {
        size_t k = g.members.size();
        if (k < 2 || has_cc(g.members[k - 2], g.members[k - 1])) {
          fixed.push_back(std::move(g));
          continue;
        }
        size_t list_end = 0;  // members [0, list_end] form a list ending in "and X"
        for (size_t i = 1; i < k; ++i)
          if (has_cc(g.members[i - 1], g.members[i])) list_end = i;
        Group cur{{g.members[0]}, out.mentions[g.members[0]].first, out.mentions[g.members[0]].last};
        for (size_t i = 1; i < k; ++i) {
          if (i <= list_end || has_cc(g.members[i - 1], g.members[i])) {
            cur.members.push_back(g.members[i]);
            cur.last = out.mentions[g.members[i]].last;
          } else {
            fixed.push_back(std::move(cur));
            cur = Group{{g.members[i]}, out.mentions[g.members[i]].first, out.mentions[g.members[i]].last};
          }
        }
        fixed.push_back(std::move(cur));
      }
      out.groups = std::move(fixed);
    }
  }

  // 4. Agents linked by a preposition: "Lawmakers and officials in Fornost and Gondor".
  for (Group& g : out.groups) {
    uint32_t t = g.first;
    while (t > 0 && IsModifierTag(toks[t - 1].tag)) --t;
    if (t == 0 || !LinksAgentToActor(toks[t - 1])) continue;
    uint32_t link = t - 1;
    std::vector<size_t> agents;
    uint32_t boundary = link;
    for (size_t j = items.size(); j-- > 0;) {
      const Item& it = items[j];
      if (it.last >= boundary) continue;
      if (it.kind != ItemKind::kAgent || it.used) break;
      bool ok = all_tokens(it.last + 1, boundary, [](const Token& tok) {
        return tok.tag == Tag::CC || tok.tag == Tag::kComma || IsModifierTag(tok.tag);
      });
      if (!ok) break;
      agents.push_back(j);
      boundary = it.first;
    }
    if (agents.empty()) continue;
    std::reverse(agents.begin(), agents.end());
    // "withdraw its troops from Iraq", "Japan's troops in Iraq": troops someone owns are not
    // the place's.
    {
      int64_t p = static_cast<int64_t>(items[agents.front()].first) - 1;
      while (p >= 0 && (toks[p].tag == Tag::JJ || toks[p].tag == Tag::CD)) --p;
      if (p >= 0 && (toks[p].tag == Tag::PRPS || toks[p].tag == Tag::POS || toks[p].norm == "'S")) continue;
    }
    decltype(g.members) members;
    for (size_t a : agents) {
      items[a].used = true;
      for (uint32_t mi : g.members) {
        Mention nm = out.mentions[mi];
        nm.code = Compose(nm.code, dict.agent(items[a].entry));
        nm.first = items[a].first;
        members.push_back(static_cast<uint32_t>(out.mentions.size()));
        out.mentions.push_back(nm);
      }
    }
    g.members = std::move(members);
    g.first = items[agents.front()].first;
  }

  // 6. Third-person pronouns for the last person named, and the references of step 1b.
  if (memory) {
    thread_local std::vector<Mention> people;  // scratch, reused (FindActors does not recurse)
    people.assign(out.mentions.begin(), out.mentions.end());  // in token order
    // A person no dictionary knows, named with an honorific ("Mr Kennedy", "Mrs Hassan"), is
    // the last person named too: "Mr Kennedy pointed out ... He accused Mr Blair's government"
    // is not about whoever the dictionary named before him.  Such a person has no code; a
    // pronoun that stands for them gives no actor.
    for (uint32_t t = 0; t + 1 < n; ++t) {
      const std::string_view w = toks[t].norm;
      const bool honorific = w == "MR" || w == "MR." || w == "MRS" || w == "MRS." || w == "MS" || w == "MS." ||
                             w == "MISS" || w == "MISTER";
      if (!honorific) continue;
      uint32_t u = t + 1;
      if (u < n && toks[u].text == ".") ++u;
      uint32_t last = u;
      while (last < n && (toks[last].tag == Tag::NNP || toks[last].tag == Tag::NNPS)) ++last;
      if (last == u) continue;
      --last;
      bool covered = false;
      for (const Mention& m : out.mentions) covered |= m.first <= last && t <= m.last;
      if (covered) continue;
      // Only as a subject, a verb after the name: "Mr Kennedy pointed out", "Mrs Hassan
      // asking"; not "afraid of Mr Campbell's campaigning skills".
      uint32_t after = last + 1;
      while (after < n && toks[after].tag == Tag::RB) ++after;
      if (after >= n || !(IsFinite(toks[after].tag) || toks[after].tag == Tag::VBG)) continue;
      Mention p;
      p.first = t;
      p.last = last;
      p.person = true;
      p.gender = TitleGender(w);
      // The same surname as a person named before in the document is that person ("First
      // Minister Rhodri Morgan ... Mr Morgan said he ...").
      for (const auto& [surname, known] : memory->surnames) {
        if (surname == toks[last].norm) {
          p.code = known.code;
          p.own_role = known.own_role;
          p.has_actor = known.has_actor;
        }
      }
      people.push_back(p);
    }
    std::sort(people.begin(), people.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
    auto is_person_here = [&](const Mention& m) { return (m.person && m.code.empty()) || is_person(m); };
    Mention current = memory->last_person;
    // The last person "he" or "she" may stand for: "Cherie Blair ... an address she gave" is not
    // George W Bush, named after her.
    Mention current_he = memory->last_he, current_she = memory->last_she;
    bool named_here = false;  // a person was named earlier in this sentence
    // The first finite verb: a preposed participle or gerund clause ("Before visiting Israel, Mr
    // Blair made ...", "Asked about it, he said") comes before the subject.  Without one, the
    // first verb of any form (a headline).
    uint32_t first_verb = 0;
    auto finite = [&](Tag g) { return g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD; };
    while (first_verb < n && !finite(toks[first_verb].tag)) ++first_verb;
    if (first_verb == n) {
      first_verb = 0;
      while (first_verb < n && !IsVerb(toks[first_verb].tag) && toks[first_verb].tag != Tag::MD) ++first_verb;
    }
    const Mention* subject_here = nullptr;  // this sentence's subject, when a person
    size_t next = 0;
    std::vector<Mention> pronouns;
    // A person named in an "of" phrase after a noun is no antecedent while the sentence has
    // named another: "Sharon made a gesture after the death of Yasser Arafat when he said".
    auto in_of_phrase = [&](const Mention& m) {
      return m.first >= 2 && toks[m.first - 1].norm == "OF" && IsNoun(toks[m.first - 2].tag);
    };
    for (uint32_t t = 0; t < n; ++t) {
      while (next < people.size() && people[next].last < t) {
        if (is_person_here(people[next]) && !(named_here && in_of_phrase(people[next]))) {
          current = people[next];
          current.gender = NameGender(sentence, current.first, current.last);
          if (current.gender != Gender::kFemale) current_he = current;
          if (current.gender != Gender::kMale) current_she = current;
          named_here = true;
          if (!subject_here && people[next].last < first_verb) subject_here = &people[next];
        }
        ++next;
      }
      if (toks[t].tag != Tag::PRP) continue;
      std::string_view w = toks[t].norm;
      bool covered = false;
      for (const Mention& m : out.mentions) covered |= m.first <= t && t <= m.last;
      if (!covered && (w == "HE" || w == "SHE" || w == "HIM" || w == "HER")) {
        const Mention* ante =
            !named_here && t < first_verb && !memory->subject_person.code.empty() ? &memory->subject_person : &current;
        bool she = w == "SHE" || w == "HER";
        // The subject of a clause a reporting verb opens is mostly its speaker, the sentence's
        // subject: "Trump praised Xi and said he did not blame China" (he = Trump).
        // (Not in a relative clause, whose speaker is its own: "Blair, who has said he could
        // apologize".)
        uint32_t rv = t > 0 && toks[t - 1].norm == "THAT" ? t - 1 : t;
        bool in_relative = false;
        for (const Clause& c : sentence.clauses)
          in_relative |= c.type == ClauseType::kRelative && c.first < rv && rv <= c.last + 1;
        // So is the subject of a clause joined by "and"/"but": "Yanukovich said he would stand
        // against Yushchenko ... and he vowed he would win" (he = Yanukovich).
        // ("..., and later he", "but then he": adverbs between.)
        uint32_t cj = rv;
        while (cj > 0 && toks[cj - 1].tag == Tag::RB) --cj;
        const bool coordinated = cj > 0 && toks[cj - 1].tag == Tag::CC && (toks[cj - 1].norm == "AND" || toks[cj - 1].norm == "BUT");
        if ((w == "HE" || w == "SHE") && subject_here && rv > 0 && !in_relative &&
            ((IsVerb(toks[rv - 1].tag) && IsSpeechLemma(toks[rv - 1].lemma)) || coordinated)) {
          Gender g = NameGender(sentence, subject_here->first, subject_here->last);
          if (g != (she ? Gender::kMale : Gender::kFemale)) ante = subject_here;
        }
        if (ante->gender == (she ? Gender::kMale : Gender::kFemale)) ante = she ? &current_she : &current_he;
        const Mention& antecedent = *ante;
        if (antecedent.code.empty()) continue;
        Mention p = antecedent;
        p.first = p.last = t;
        pronouns.push_back(p);
        if (t < first_verb && !subject_here) memory->subject_person = antecedent;
      }
    }
    for (; next < people.size(); ++next) {
      if (!is_person_here(people[next])) continue;
      current = people[next];
      current.gender = NameGender(sentence, current.first, current.last);
      if (current.gender != Gender::kFemale) current_he = current;
      if (current.gender != Gender::kMale) current_she = current;
      if (!subject_here && people[next].last < first_verb) subject_here = &people[next];
    }
    for (const Mention& m : people) {
      if (m.code.empty() || !is_person(m) || m.last >= n) continue;
      const std::string surname(toks[m.last].norm);
      auto it = std::find_if(memory->surnames.begin(), memory->surnames.end(),
                             [&](const auto& e) { return e.first == surname; });
      if (it != memory->surnames.end()) {
        it->second = m;
      } else if (memory->surnames.size() < 64) {
        memory->surnames.emplace_back(surname, m);
      }
    }
    memory->last_person = current;
    memory->last_he = current_he;
    memory->last_she = current_she;
    if (subject_here) {
      memory->subject_person = *subject_here;
      memory->subject_person.gender = NameGender(sentence, subject_here->first, subject_here->last);
    }
    auto add_group = [&](Mention m) {
      Group g{{static_cast<uint32_t>(out.mentions.size())}, m.first, m.last};
      out.mentions.push_back(std::move(m));
      auto pos = std::lower_bound(out.groups.begin(), out.groups.end(), g,
                                  [](const Group& a, const Group& b) { return a.first < b.first; });
      out.groups.insert(pos, std::move(g));
    };
    for (const Mention& p : pronouns) add_group(p);
  }

  // 5. Agents without an actor are actors of unknown country, PETRARCH style: "the government"
  // -> ---GOV, "clerics and lawmakers" -> ---REL, ---LEG.
  // After "his"/"her" ("Sharon rejected *his army's* request") the agent belongs to the person
  // named last; after "its"/"their" ("Russia said *its troops* would stay") to the nearest state
  // or body named before it in the sentence: the agent takes that actor's country.
  auto owner_country = [&](uint32_t first) -> std::string {
    uint32_t p = first;
    while (p > 0 && (toks[p - 1].tag == Tag::JJ || toks[p - 1].tag == Tag::CD)) --p;
    if (p == 0 || toks[p - 1].tag != Tag::PRPS) return {};
    const std::string_view w = toks[p - 1].norm;
    const bool person = w == "HIS" || w == "HER";
    if (!person && w != "ITS" && w != "THEIR") return {};
    const Mention* best = nullptr;  // the nearest such actor; a body of no country gives none
    for (const Mention& m : out.mentions) {
      if (m.last + 1 >= p || !m.has_actor || m.code.str().size() < 3) continue;
      if ((person ? !is_person(m) : is_person(m)) || (best && best->last > m.last)) continue;
      best = &m;
    }
    if (!best && person && memory && NamesACountry(memory->last_person.code.str()))
      return memory->last_person.code.str().substr(0, 3);
    return best && NamesACountry(best->code.str()) ? best->code.str().substr(0, 3) : std::string();
  };
  // "North Korea said *its U.N. diplomats* met ...": a state's envoys to a body are the state's.
  for (Mention& m : out.mentions) {
    if (m.first == m.last || m.code.str().compare(0, 3, "IGO") != 0) continue;
    const std::string_view head = toks[m.last].lemma;
    if (head != "ambassador" && head != "envoy" && head != "diplomat" && head != "mission" &&
        head != "representative" && head != "delegation" && head != "delegate") {
      continue;
    }
    const std::string country = owner_country(m.first);
    if (country.empty()) continue;
    auto owned = ActorCode::Parse(country + "GOV");
    if (owned.ok()) m.code = *owned;
  }
  for (const Item& it : items) {
    if (it.kind != ItemKind::kAgent || it.used) continue;
    const AgentEntry& ag = dict.agent(it.entry);
    if (ag.alone.empty()) continue;
    ActorCode code = ag.alone;
    if (!ag.prefix) {
      const std::string country = owner_country(it.first);
      if (!country.empty()) {
        auto owned = ActorCode::Parse(country);
        if (owned.ok()) code = Compose(*owned, ag);
      }
    }
    Mention m{it.first, it.last, code, false};
    out.mentions.push_back(m);
    Group g{{static_cast<uint32_t>(out.mentions.size() - 1)}, it.first, it.last};
    auto pos = std::lower_bound(out.groups.begin(), out.groups.end(), g,
                                [](const Group& a, const Group& b) { return a.first < b.first; });
    out.groups.insert(pos, std::move(g));
  }

  // Groups that step 4 extended leftwards may now be compounds of each other: "Ithilen and the
  // government of Gondor".
  for (size_t gi = 1; gi < out.groups.size();) {
    Group& a = out.groups[gi - 1];
    Group& b = out.groups[gi];
    bool ok = b.first > a.last + 1, has_cc = false;
    for (uint32_t t = a.last + 1; ok && t < b.first; ++t) {
      if (!IsCompoundConnector(toks[t])) ok = false;
      if (toks[t].tag == Tag::CC) has_cc = true;
    }
    if (ok && has_cc && !starts_clause(a.first, b.last)) {
      a.members.insert(a.members.end(), b.members.begin(), b.members.end());
      a.last = b.last;
      out.groups.erase(out.groups.begin() + static_cast<std::ptrdiff_t>(gi));
    } else {
      ++gi;
    }
  }

  // The references of step 1b, after compounds are joined: "Ukraine, and the latter" is no
  // compound, the latter is Ukraine.
  for (const auto& [r, codes] : resolved) {
    Group g{{}, r.first, r.last};
    for (const ActorCode& c : codes) {
      g.members.push_back(static_cast<uint32_t>(out.mentions.size()));
      out.mentions.push_back(Mention{r.first, r.last, c, true});
    }
    auto pos = std::lower_bound(out.groups.begin(), out.groups.end(), g,
                                [](const Group& a, const Group& b) { return a.first < b.first; });
    out.groups.insert(pos, std::move(g));
  }

  // 7. New actors: noun phrases no dictionary names (new_actor_length > 0 only).
  if (new_actor_length > 0) {
    std::vector<bool> taken(n, false);
    for (const Group& g : out.groups)
      for (uint32_t t = g.first; t <= g.last && t < n; ++t) taken[t] = true;
    const auto& chunks = sentence.chunks;
    for (size_t ci = 0; ci < chunks.size(); ++ci) {
      if (chunks[ci].type != ChunkType::kNP) continue;
      uint32_t first = chunks[ci].first, last = chunks[ci].last;
      // "the Ministry of Magic": an "of" phrase belongs to the name.
      size_t cj = ci;
      while (cj + 2 < chunks.size() && chunks[cj + 1].type == ChunkType::kPP &&
             chunks[cj + 1].first == chunks[cj + 1].last && toks[chunks[cj + 1].first].norm == "OF" &&
             chunks[cj + 2].type == ChunkType::kNP && chunks[cj + 1].first == last + 1 &&
             chunks[cj + 2].first == chunks[cj + 1].last + 1) {
        last = chunks[cj + 2].last;
        cj += 2;
      }
      if (last >= n) continue;
      int nwords = 0;
      bool proper = false, free = true;
      std::string text;
      for (uint32_t t = first; t <= last; ++t) {
        free &= !taken[t] && !ignored[t];
        const Token& tok = toks[t];
        if (tok.tag == Tag::POS || IsPunct(tok.tag)) continue;
        if (tok.tag == Tag::PRP || tok.tag == Tag::WP) free = false;
        ++nwords;
        proper |= (tok.tag == Tag::NNP || tok.tag == Tag::NNPS) && !IsCalendarWord(tok.lemma);
        if (!text.empty()) text.push_back(' ');
        text += tok.text;
      }
      if (!free || !proper || nwords == 0 || nwords > new_actor_length) continue;
      Mention m{first, last, ActorCode::NewActor(text), true};
      out.mentions.push_back(m);
      Group g{{static_cast<uint32_t>(out.mentions.size() - 1)}, first, last};
      auto pos = std::lower_bound(out.groups.begin(), out.groups.end(), g,
                                  [](const Group& a, const Group& b) { return a.first < b.first; });
      out.groups.insert(pos, std::move(g));
      for (uint32_t t = first; t <= last; ++t) taken[t] = true;
      ci = cj;
    }
  }

  // Names that only modify a noun naming no party: "to defend the Iraq situation".
  if (analyzer) {
    thread_local std::vector<bool> covered;  // scratch, reused
    covered.assign(n, false);
    for (const Group& g : out.groups)
      for (uint32_t t = g.first; t <= g.last && t < n; ++t) covered[t] = true;
    std::erase_if(out.groups, [&](const Group& g) {
      if (TopicHead(sentence, g.last, covered, *analyzer) >= 0) return true;
      // A name inside the name of a body no dictionary knows: "the Commission for Africa", "the
      // Institute for Iraqi Studies" (a body it does know is one actor already).
      {
        uint32_t p = g.first;
        if (p > 0 && toks[p - 1].tag == Tag::DT) --p;
        if (p >= 2 && (toks[p - 1].norm == "FOR" || toks[p - 1].norm == "OF") && !covered[p - 2] &&
            toks[p - 2].tag == Tag::NNP) {
          static const WordSet kBodies{"commission", "committee", "council", "ministry", "department", "office",
                                       "institute", "fund", "foundation", "centre", "center", "agency",
                                       "authority", "board", "campaign", "society", "trust"};
          if (kBodies.contains(toks[p - 2].lemma)) return true;
        }
      }
      // The dead do not act: "Arafat's body arrives in Cairo for funeral".
      if (g.last + 2 < n && toks[g.last + 1].tag == Tag::POS) {
        const std::string_view l = toks[g.last + 2].lemma;
        if (l == "body" || l == "remains" || l == "coffin" || l == "corpse" || l == "casket") return true;
      }
      // A region before a noun naming no person, body or place only locates or qualifies it:
      // "Middle East peace talks", "a Middle East conference", "its Asian footprint", "Latin
      // American debt"; "Southeast Asian foreign ministers" and "European nations" stay actors.
      // So does a place that stands for its country, except before an act done there: "Gaza
      // vote", "a Gaza resolution", "West Bank housing plans", "Mosul killings" ("the Fallujah
      // offensive" is one against the place; "Gaza militants" are an actor).
      bool regions = !g.members.empty(), places = !g.members.empty();
      for (uint32_t mi : g.members) {
        const Mention& m = out.mentions[mi];
        regions &= IsRegionCode(m.code.str());
        places &= m.place && m.code.str().size() == 3;
      }
      // (A place is that even right after a verb: "US vetoes Gaza resolution".)
      if ((regions && !(g.first > 0 && IsVerb(toks[g.first - 1].tag))) || places) {
        int32_t h = NounCompoundHead(sentence, g.last + 1, [&](uint32_t u) { return covered[u]; });
        if (h < 0 && places) h = CompoundHeadAfterGerund(sentence, g.last, covered);  // "West Bank Housing Plans"
        if (h >= 0) {
          int f = analyzer->NounLexFile(toks[h].lemma);
          // (A meeting is no body: "a Middle East conference".)
          if (regions && IsMeetingNounLemma(toks[h].lemma)) return true;
          if (f >= 0 && f != kNounPerson && f != kNounGroup && f != kNounLocation && !IsTimeNoun(toks[h].lemma) &&
              // (Force done to a thing there is done to the place: "missiles at a Gaza warehouse",
              // "withdraws from Gaza camp".)
              !(places && (f == kNounArtifact || IsParticipantNoun(toks[h].lemma))))
            return true;
          // One country of the region is not the region: "the Caribbean nation" (Haiti), "a
          // Central Asian state"; "African nations" are.
          const std::string_view hl = toks[h].lemma;
          if (toks[h].tag == Tag::NN && (hl == "nation" || hl == "country" || hl == "state" || hl == "republic" ||
                                         hl == "kingdom" || hl == "monarchy" || hl == "emirate")) {
            return true;
          }
        }
      }
      // A city standing for its government, before a noun naming an act, a message or an idea,
      // only places it: "the London talks", "the 1976 Berne protocol", "the London Mideast
      // peace conference" (other names may stand between).
      if (g.members.size() != 1) return false;
      for (uint32_t t = g.first + 1; t <= g.last; ++t)
        if (toks[t].tag != Tag::NNP) return false;
      const Mention& m = out.mentions[g.members[0]];
      const std::string_view code = m.code.str();  // a government: "LONDON [GBRGOV]"
      if (code.size() != 6 || code.substr(3) != "GOV" || !NamesACountry(code) || toks[g.first].tag != Tag::NNP ||
          analyzer->NounLexFile(toks[g.first].lemma) != kNounLocation) {
        return false;
      }
      int32_t h = NounCompoundHead(sentence, g.last + 1, [&](uint32_t u) { return covered[u]; });
      if (h < 0) return false;
      const uint32_t head = static_cast<uint32_t>(h);
      // Not a place or building in it ("a Baghdad suburb", "a Moscow subway station": force done
      // there is done to the country) nor a time ("arrived in Seoul today").
      if (IsTimeNoun(toks[head].lemma) || IsCalendarWord(toks[head].lemma)) return false;
      const std::string_view hl = toks[head].lemma;  // a meeting, whatever WordNet's first sense
      if (IsMeetingNounLemma(hl)) return true;
      if (g.first > 0 && IsVerb(toks[g.first - 1].tag)) return false;  // "to offer Moscow wheat"
      int f = analyzer->NounLexFile(toks[head].lemma);
      return f != kNounPerson && f != kNounGroup && f != kNounLocation && f != kNounArtifact && f != kNounObject &&
             f >= 0;
    });
  }

  auto index_groups = [&] {  // group_at from groups
    out.group_at.assign(n, -1);
    for (size_t gi = 0; gi < out.groups.size(); ++gi) {
      for (uint32_t t = out.groups[gi].first; t <= out.groups[gi].last && t < n; ++t)
        out.group_at[t] = static_cast<int32_t>(gi);
    }
  };
  index_groups();

  // Places: dictionary actors heading a locative prepositional phrase.  Not a possessive ("in
  // Israel's raid": Israel acts) and not an agent-only actor ("in the government").
  out.locative_prep.assign(out.groups.size(), -1);
  for (size_t gi = 0; gi < out.groups.size(); ++gi) {
    const Group& g = out.groups[gi];
    bool actors_only = true;
    for (uint32_t mi : g.members) actors_only &= out.mentions[mi].has_actor;
    if (!actors_only) continue;
    // (Unless the possessive's noun is itself a place: "killed in Sudan's troubled Darfur region".)
    if (g.last + 1 < n && (toks[g.last + 1].tag == Tag::POS || toks[g.last + 1].norm == "'S")) {
      uint32_t h = g.last + 2;
      while (h < n && (toks[h].tag == Tag::JJ || toks[h].tag == Tag::NNP || toks[h].tag == Tag::VBN)) ++h;
      if (!(h < n && (toks[h].tag == Tag::NN || toks[h].tag == Tag::NNS) && IsPlaceNoun(toks[h].lemma) &&
            (h + 1 >= n || (toks[h + 1].tag != Tag::NN && toks[h + 1].tag != Tag::NNS)))) {
        continue;
      }
      out.locative_prep[gi] = LocativePreposition(sentence, g.first);
      continue;
    }
    // The name must head its phrase: "in an Israeli airstrike" is Israel's act, not a place;
    // "in the Afghan capital" is a place.
    if (g.last + 1 < n && (toks[g.last + 1].tag == Tag::NN || toks[g.last + 1].tag == Tag::NNS) &&
        !IsPlaceNoun(toks[g.last + 1].lemma) && !IsTimeNoun(toks[g.last + 1].lemma)) {
      continue;
    }
    out.locative_prep[gi] = LocativePreposition(sentence, g.first);
  }

  // A place right after a named actor says where that actor is: "a representative from the U.S.
  // Embassy in London", "Russian troops in Syria".  It is neither source nor target.
  {
    auto names_actor = [&](int32_t gj) {
      if (gj < 0) return false;
      for (uint32_t mi : out.groups[gj].members)
        if (!out.mentions[mi].has_actor || !NamesACountry(out.mentions[mi].code.str())) return false;
      return !out.groups[gj].members.empty();
    };
    bool dropped = false;
    for (size_t gi = 0; gi < out.groups.size(); ++gi) {
      const int32_t prep = out.locative_prep[gi];
      if (prep <= 0 || toks[prep].norm != "IN" || !names_actor(out.group_at[prep - 1])) continue;
      out.groups[gi].members.clear();  // marked; removed below
      dropped = true;
    }
    if (dropped) {
      size_t kept = 0;
      for (size_t gi = 0; gi < out.groups.size(); ++gi) {
        if (out.groups[gi].members.empty()) continue;
        out.locative_prep[kept] = out.locative_prep[gi];
        out.groups[kept++] = std::move(out.groups[gi]);
      }
      out.groups.resize(kept);
      out.locative_prep.resize(kept);
      index_groups();
    }
  }

  for (Mention& m : out.mentions) {
    m.person = is_person(m) || (m.first == m.last && toks[m.first].tag == Tag::PRP);
    for (const auto& [r, codes] : resolved) m.person |= r.kind == RefKind::kLeaders && r.first == m.first;
  }

  // What this sentence named, for the references of the next ones.
  if (memory) {
    thread_local std::vector<const Mention*> named;  // scratch, reused
    named.clear();
    for (size_t gi = 0; gi < out.groups.size(); ++gi) {
      if (out.locative_prep[gi] >= 0) continue;  // a place ("talks in Moscow") is no party
      for (uint32_t mi : out.groups[gi].members) {
        const Mention& m = out.mentions[mi];
        if (m.has_actor && !m.code.empty()) named.push_back(&m);
      }
    }
    std::stable_sort(named.begin(), named.end(), [](const Mention* a, const Mention* b) { return a->first < b->first; });
    for (const Mention* m : named) memory->recent.push_back({m->code, m->person, memory->sentence});
    if (memory->recent.size() > DocumentMemory::kRecent) {
      memory->recent.erase(memory->recent.begin(),
                           memory->recent.end() - static_cast<std::ptrdiff_t>(DocumentMemory::kRecent));
    }
    ++memory->sentence;
  }
}

}  // namespace entente::coder
