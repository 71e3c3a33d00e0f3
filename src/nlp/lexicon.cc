// Copyright 2026 The entente Authors. Apache-2.0.
//
// Lexicon loading and morphological analysis (lexicon.h).  Reads WordNet's database files
// directly (no WordNet C library): index.{noun,verb,adj,adv} give which parts of speech a lemma
// has and how many senses; {noun,verb,adj,adv}.exc give irregular inflections; cntlist.rev gives
// SemCor sense frequencies (a prior between noun and verb readings); the lemma columns of
// data.noun and data.adj tell whether WordNet spells a word capitalised ("Russia", "China").
// Regular inflections are undone with WordNet's morphy detachment rules plus undoubling of a final
// consonant ("stopped" -> "stop").  The closed-class lists of word_lists.cc are merged in.
#include "nlp/lexicon.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <utility>

#include "nlp/word_lists.h"

namespace entente::nlp {
namespace {

Result<std::string> ReadWholeFile(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    return Status::NotFound("cannot open WordNet file " + path +
                            " (install the Debian package wordnet-base)");
  }
  std::string data;
  if (std::fseek(f, 0, SEEK_END) == 0) {
    long size = std::ftell(f);
    if (size > 0) data.resize(static_cast<size_t>(size));
    std::rewind(f);
  }
  size_t got = data.empty() ? 0 : std::fread(data.data(), 1, data.size(), f);
  data.resize(got);
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);  // grown meanwhile
  bool err = std::ferror(f);
  std::fclose(f);
  if (err) return Status::IOError("error reading " + path);
  return data;
}

// Calls f(line) for each line of `data`.
template <typename F>
void ForEachLine(std::string_view data, F&& f) {
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    f(data.substr(pos, nl - pos));
    pos = nl + 1;
  }
}

std::string_view NextField(std::string_view* line) {
  size_t i = 0;
  while (i < line->size() && (*line)[i] == ' ') ++i;
  size_t j = i;
  while (j < line->size() && (*line)[j] != ' ') ++j;
  std::string_view field = line->substr(i, j - i);
  line->remove_prefix(j);
  return field;
}

bool ParseUint(std::string_view s, int base, uint32_t* out) {
  if (s.empty()) return false;
  uint32_t v = 0;
  for (char c : s) {
    int d;
    if (c >= '0' && c <= '9')
      d = c - '0';
    else if (base == 16 && c >= 'a' && c <= 'f')
      d = c - 'a' + 10;
    else if (base == 16 && c >= 'A' && c <= 'F')
      d = c - 'A' + 10;
    else
      return false;
    v = v * base + d;
  }
  *out = v;
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

constexpr const char* kPosFile[4] = {"noun", "verb", "adj", "adv"};

uint32_t Score(const WordEntry& e, WnPos p) { return e.count[p] * 4u + e.senses[p]; }

}  // namespace
}  // namespace entente::nlp

namespace entente {
using namespace nlp;  // NOLINT: this file implements the nlp stage's lexicon

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& dir) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  lex->map_.Reserve(170000);  // WordNet 3.x: ~155k single-word lemmas plus inflections
  for (int p = 0; p < 4; ++p) {
    ENTENTE_RETURN_IF_ERROR(lex->LoadIndex(dir + "/index." + kPosFile[p], static_cast<WnPos>(p)));
  }
  // Exception lists and sense counts are optional refinements; the index files are required.
  for (int p = 0; p < 4; ++p) {
    Status st = lex->LoadExceptions(dir + "/" + kPosFile[p] + ".exc", static_cast<WnPos>(p));
    if (!st.ok() && st.code() != ErrorCode::kNotFound) return st;
  }
  lex->GroupExceptions();
  Status st = lex->LoadCounts(dir + "/cntlist.rev");
  if (!st.ok() && st.code() != ErrorCode::kNotFound) return st;
  for (const char* f : {"/data.noun", "/data.adj"}) {
    st = lex->LoadCase(dir + f);
    if (!st.ok() && st.code() != ErrorCode::kNotFound) return st;
  }
  lex->AddWordLists();
  return lex;
}

Status Lexicon::LoadIndex(const std::string& path, WnPos pos) {
  Result<std::string> data = ReadWholeFile(path);
  if (!data.ok()) return data.status();
  size_t line_no = 0;
  Status status;
  ForEachLine(*data, [&](std::string_view line) {
    ++line_no;
    if (line.empty() || line[0] == ' ' || !status.ok()) return;  // licence header
    std::string_view rest = line;
    std::string_view lemma = NextField(&rest);
    NextField(&rest);  // pos
    uint32_t synsets = 0;
    if (!ParseUint(NextField(&rest), 10, &synsets)) {
      status = Status::ParseError(path + ":" + std::to_string(line_no) + ": bad synset count");
      return;
    }
    if (lemma.find('_') != std::string_view::npos) return;  // collocations are not used
    WordEntry& e = map_.FindOrInsert(lemma);
    e.wn_mask |= 1u << pos;
    e.senses[pos] = static_cast<uint8_t>(std::min<uint32_t>(synsets, 255));
    if (pos != kWnNoun) return;
    // p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...: keep the offsets of the
    // first two senses, whose lexicographer files LoadCase reads from data.noun.
    uint32_t pointers = 0;
    if (!ParseUint(NextField(&rest), 10, &pointers)) return;
    for (uint32_t k = 0; k < pointers; ++k) NextField(&rest);
    NextField(&rest);
    NextField(&rest);
    PendingNoun pn{static_cast<uint32_t>(map_.IndexOf(lemma)), {kNoOffset, kNoOffset}};
    for (uint32_t& off : pn.offsets) {
      if (!ParseUint(NextField(&rest), 10, &off)) off = kNoOffset;
    }
    pending_nouns_.push_back(pn);
  });
  return status;
}

Status Lexicon::LoadExceptions(const std::string& path, WnPos pos) {
  Result<std::string> data = ReadWholeFile(path);
  if (!data.ok()) return data.status();
  // Collected first, then grouped per form, because inserting may move the entries.
  std::vector<std::pair<uint32_t, Exception>> pending;
  ForEachLine(*data, [&](std::string_view line) {
    std::string_view rest = line;
    std::string_view form = NextField(&rest);
    if (form.empty() || form.find('_') != std::string_view::npos) return;
    for (std::string_view base = NextField(&rest); !base.empty(); base = NextField(&rest)) {
      if (base.find('_') != std::string_view::npos) continue;
      map_.FindOrInsert(form);
      map_.FindOrInsert(base);
      uint32_t fi = static_cast<uint32_t>(map_.IndexOf(form));
      uint32_t bi = static_cast<uint32_t>(map_.IndexOf(base));
      pending.push_back({fi, Exception{static_cast<uint8_t>(pos), bi}});
    }
  });
  pending_exceptions_.insert(pending_exceptions_.end(), pending.begin(), pending.end());
  return Status::OK();
}

void Lexicon::GroupExceptions() {
  std::vector<std::pair<uint32_t, Exception>>& all = pending_exceptions_;
  std::stable_sort(all.begin(), all.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  exceptions_.clear();
  exceptions_.reserve(all.size());
  for (const auto& [form, ex] : all) {
    WordEntry& e = map_.ValueAt(form);
    if (e.exc_count == 0) e.exc_first = static_cast<uint32_t>(exceptions_.size());
    ++e.exc_count;
    exceptions_.push_back(ex);
  }
  all.clear();
  all.shrink_to_fit();
}

Status Lexicon::LoadCounts(const std::string& path) {
  Result<std::string> data = ReadWholeFile(path);
  if (!data.ok()) return data.status();
  ForEachLine(*data, [&](std::string_view line) {
    // lemma%ss_type:lex_filenum:lex_id:head_word:head_id sense_number tag_cnt
    size_t pct = line.find('%');
    if (pct == std::string_view::npos || pct + 1 >= line.size()) return;
    std::string_view lemma = line.substr(0, pct);
    if (lemma.find('_') != std::string_view::npos) return;
    int ss = line[pct + 1] - '0';
    WnPos p = ss == 1 ? kWnNoun : ss == 2 ? kWnVerb : ss == 4 ? kWnAdv : kWnAdj;
    std::string_view rest = line.substr(pct);
    NextField(&rest);
    NextField(&rest);
    uint32_t cnt = 0;
    if (!ParseUint(NextField(&rest), 10, &cnt)) return;
    int64_t idx = map_.IndexOf(lemma);
    if (idx < 0) return;
    WordEntry& e = map_.ValueAt(idx);
    e.count[p] = static_cast<uint16_t>(std::min<uint32_t>(e.count[p] + cnt, 65535));
  });
  return Status::OK();
}

Status Lexicon::LoadCase(const std::string& path) {
  Result<std::string> data = ReadWholeFile(path);
  if (!data.ok()) return data.status();
  // A synset offset is its byte offset in data.noun: "offset lex_filenum ...".
  if (path.size() >= 9 && path.compare(path.size() - 9, 9, "data.noun") == 0) ResolveNounClasses(*data);
  char buf[128];
  ForEachLine(*data, [&](std::string_view line) {
    if (line.empty() || line[0] == ' ') return;
    std::string_view rest = line;
    NextField(&rest);  // offset
    NextField(&rest);  // lex_filenum
    NextField(&rest);  // ss_type
    uint32_t n = 0;
    if (!ParseUint(NextField(&rest), 16, &n)) return;
    for (uint32_t i = 0; i < n; ++i) {
      std::string_view word = NextField(&rest);
      NextField(&rest);  // lex_id
      size_t paren = word.find('(');
      if (paren != std::string_view::npos) word = word.substr(0, paren);  // adj markers "(a)"
      if (word.empty() || word.size() >= sizeof buf || word.find('_') != std::string_view::npos)
        continue;
      bool upper = false;
      for (size_t k = 0; k < word.size(); ++k) {
        char c = word[k];
        if (c >= 'A' && c <= 'Z') {
          upper = true;
          c = static_cast<char>(c - 'A' + 'a');
        }
        buf[k] = c;
      }
      int64_t idx = map_.IndexOf(std::string_view(buf, word.size()));
      if (idx < 0) continue;
      map_.ValueAt(idx).case_flags |= upper ? kCapitalisedLemma : kLowerLemma;
    }
  });
  return Status::OK();
}

void Lexicon::ResolveNounClasses(std::string_view data) {
  noun_classes_.assign(map_.size(), 0);
  auto lexfile_at = [&](uint32_t offset) -> uint8_t {
    if (offset == kNoOffset || offset >= data.size()) return 0;
    std::string_view rest = data.substr(offset);
    NextField(&rest);  // the offset itself
    uint32_t lexfile = 0;
    if (!ParseUint(NextField(&rest), 10, &lexfile) || lexfile > 44) return 0;
    return static_cast<uint8_t>(lexfile);
  };
  for (const PendingNoun& pn : pending_nouns_) {
    if (pn.entry >= noun_classes_.size()) continue;
    noun_classes_[pn.entry] =
        static_cast<uint16_t>(lexfile_at(pn.offsets[0]) | (lexfile_at(pn.offsets[1]) << 8));
  }
  pending_nouns_.clear();
  pending_nouns_.shrink_to_fit();
}

int Lexicon::NounLexFile(std::string_view lemma, int sense) const {
  if (sense < 0 || sense > 1) return -1;
  int64_t idx = map_.IndexOf(lemma);
  if (idx < 0 || static_cast<size_t>(idx) >= noun_classes_.size()) return -1;
  int f = (noun_classes_[static_cast<size_t>(idx)] >> (8 * sense)) & 0xFF;
  return f == 0 ? -1 : f;
}

void Lexicon::AddWordLists() {
  for (const ClosedWord& w : ClosedWords()) {
    TagSet tags = 0;
    Tag first = Tag::kUnknown;
    std::string_view rest = w.tags;
    for (std::string_view name = NextField(&rest); !name.empty(); name = NextField(&rest)) {
      Tag t;
      if (!ParseTagName(name, &t)) continue;  // a typo in the list; covered by a unit test
      if (first == Tag::kUnknown) first = t;
      tags |= Bit(t);
    }
    int32_t lemma = -1;
    if (!w.lemma.empty()) {
      map_.FindOrInsert(w.lemma);
      lemma = static_cast<int32_t>(map_.IndexOf(w.lemma));
    }
    WordEntry& e = map_.FindOrInsert(w.word);
    e.closed_tags = tags;
    e.closed_default = first;
    e.closed_lemma = lemma;
    e.word_class |= w.word_class;
  }
  for (const ClassWord& w : ClassWords()) map_.FindOrInsert(w.word).word_class |= w.word_class;
  for (size_t i = 1; i < std::size(kSpecialWords); ++i)
    map_.FindOrInsert(kSpecialWords[i]).special = static_cast<uint8_t>(i);
  for (const IrregularVerb& v : IrregularVerbs()) {
    map_.FindOrInsert(v.base);
    map_.FindOrInsert(v.past);
    std::string_view part = v.participle.empty() ? v.past : v.participle;
    map_.FindOrInsert(part);
    int32_t base = static_cast<int32_t>(map_.IndexOf(v.base));
    WordEntry& past = map_.ValueAt(map_.IndexOf(v.past));
    past.verb_form |= kIrrPast;
    past.irregular_base = base;
    WordEntry& pp = map_.ValueAt(map_.IndexOf(part));
    pp.verb_form |= kIrrParticiple;
    pp.irregular_base = base;
  }
}

std::string_view Lexicon::Morphy(std::string_view w, WnPos pos) const {
  int64_t idx = MorphyIndex(w, pos);
  return idx < 0 ? std::string_view() : map_.KeyAt(static_cast<size_t>(idx));
}

int64_t Lexicon::MorphyIndex(std::string_view w, WnPos pos) const {
  struct Rule {
    std::string_view suffix, ending;
  };
  static constexpr Rule kNoun[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                   {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
  static constexpr Rule kVerb[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                   {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
  static constexpr Rule kAdj[] = {{"er", ""},   {"est", ""},  {"er", "e"},
                                  {"est", "e"}, {"ier", "y"}, {"iest", "y"}};
  const Rule* rules = nullptr;
  size_t n = 0;
  switch (pos) {
    case kWnNoun:
      rules = kNoun;
      n = std::size(kNoun);
      break;
    case kWnVerb:
      rules = kVerb;
      n = std::size(kVerb);
      break;
    case kWnAdj:
      rules = kAdj;
      n = std::size(kAdj);
      break;
    case kWnAdv:
      return -1;
  }
  char buf[64];
  if (w.size() + 4 >= sizeof buf) return -1;
  auto lookup = [&](size_t len) -> int64_t {
    int64_t idx = map_.IndexOf(std::string_view(buf, len));
    if (idx < 0 || !((map_.ValueAt(static_cast<size_t>(idx)).wn_mask >> pos) & 1)) return -1;
    return idx;
  };
  for (size_t r = 0; r < n; ++r) {
    if (!EndsWith(w, rules[r].suffix) || w.size() <= rules[r].suffix.size() + 1) continue;
    size_t stem = w.size() - rules[r].suffix.size();
    if (pos == kWnNoun && rules[r].suffix == "s" && (EndsWith(w, "ss") || EndsWith(w, "us")))
      continue;
    std::memcpy(buf, w.data(), stem);
    std::memcpy(buf + stem, rules[r].ending.data(), rules[r].ending.size());
    int64_t found = lookup(stem + rules[r].ending.size());
    if (found >= 0) return found;
    // Undouble a final consonant: "stopped" -> "stop", "bigger" -> "big".
    if (rules[r].ending.empty() && stem >= 3 && buf[stem - 1] == buf[stem - 2] &&
        std::strchr("bdgklmnprtz", buf[stem - 1])) {
      found = lookup(stem - 1);
      if (found >= 0) return found;
    }
  }
  return -1;
}

namespace {

// Per-thread memo of Analyze() results: news vocabulary is Zipfian, so a small table absorbs
// most lookups into WordNet's large (cache-unfriendly) tables.  Two-way set-associative (the
// newest entry in way 0, the one it displaced in way 1): on 4,000 news documents it misses 7% of
// lookups where a direct-mapped table of the same size missed 10% and one of half the size 13%.
// Entries carry the id of the Lexicon that produced them (ids are never reused), so a result is
// only ever returned to the Lexicon it points into.
struct alignas(64) AnalysisCacheSlot {
  uint64_t lexicon_id = 0;
  uint8_t len = 0;
  char key[31];
  WordAnalysis analysis;
};
constexpr size_t kAnalysisCacheWays = 2;
constexpr size_t kAnalysisCacheSets = 8192;  // x 2 ways x 192 bytes = 3 MB per thread
std::atomic<uint64_t> g_next_lexicon_id{1};

AnalysisCacheSlot* ThreadCache() {
  thread_local std::unique_ptr<AnalysisCacheSlot[]> cache(
      new AnalysisCacheSlot[kAnalysisCacheSets * kAnalysisCacheWays]);
  return cache.get();
}

AnalysisCacheSlot* CacheSet(std::string_view w) {
  return ThreadCache() + (HashBytes(w) & (kAnalysisCacheSets - 1)) * kAnalysisCacheWays;
}

}  // namespace

Lexicon::Lexicon() : id_(g_next_lexicon_id.fetch_add(1)) {}

void Lexicon::PrefetchAnalysis(std::string_view w) const {
  if (w.size() > sizeof(AnalysisCacheSlot::key)) return;
  const char* p = reinterpret_cast<const char*>(CacheSet(w));
  for (size_t off = 0; off < sizeof(AnalysisCacheSlot) * kAnalysisCacheWays; off += 64)
    __builtin_prefetch(p + off);
}

void Lexicon::Analyze(std::string_view w, WordAnalysis* out) const {
  if (w.size() <= sizeof(AnalysisCacheSlot::key)) {
    AnalysisCacheSlot* set = CacheSet(w);
    for (size_t k = 0; k < kAnalysisCacheWays; ++k) {
      const AnalysisCacheSlot& slot = set[k];
      if (slot.lexicon_id == id_ && slot.len == w.size() &&
          SameBytes(std::string_view(slot.key, w.size()), w)) {
        *out = slot.analysis;
        return;
      }
    }
    AnalyzeUncached(w, out);
    for (size_t k = kAnalysisCacheWays - 1; k > 0; --k) set[k] = set[k - 1];
    AnalysisCacheSlot& slot = set[0];
    slot.lexicon_id = id_;
    slot.len = static_cast<uint8_t>(w.size());
    std::memcpy(slot.key, w.data(), w.size());
    slot.analysis = *out;
    return;
  }
  AnalyzeUncached(w, out);
}

void Lexicon::AnalyzeUncached(std::string_view w, WordAnalysis* out) const {
  *out = WordAnalysis{};
  int64_t self_index = map_.IndexOf(w);
  const WordEntry* e = self_index >= 0 ? &map_.ValueAt(static_cast<size_t>(self_index)) : nullptr;
  out->entry = e;
  std::string_view self;
  if (e) {
    self = map_.KeyAt(static_cast<size_t>(self_index));
    out->capitalised_lemma = e->case_flags & kCapitalisedLemma;
    out->lower_lemma = e->case_flags & kLowerLemma;
    out->closed_tags = e->closed_tags;
    out->closed_default = e->closed_default;
    out->special = e->special;
    out->word_class = e->word_class;
    if (e->closed_lemma >= 0) out->closed_lemma = map_.KeyAt(static_cast<size_t>(e->closed_lemma));
  }
  auto set_noun = [&](size_t idx) {
    out->noun_lemma = map_.KeyAt(idx);
    out->noun_score = std::max(out->noun_score, Score(map_.ValueAt(idx), kWnNoun) + 1);
  };
  auto set_verb = [&](size_t idx) {
    out->verb_lemma = map_.KeyAt(idx);
    out->verb_entry = &map_.ValueAt(idx);
    out->verb_score = std::max(out->verb_score, Score(map_.ValueAt(idx), kWnVerb) + 1);
  };
  auto set_adj = [&](size_t idx) {
    out->adj_lemma = map_.KeyAt(idx);
    out->adj_score = std::max(out->adj_score, Score(map_.ValueAt(idx), kWnAdj) + 1);
  };
  bool noun_exc = false, verb_exc = false, adj_exc = false;
  if (e) {
    for (uint32_t k = 0; k < e->exc_count; ++k) {
      const Exception& ex = exceptions_[e->exc_first + k];
      switch (ex.pos) {
        case kWnNoun:
          if (noun_exc) break;
          noun_exc = true;
          out->tags |= Bit(Tag::NNS);
          set_noun(ex.base);
          break;
        case kWnVerb:
          if (verb_exc || e->verb_form) break;
          verb_exc = true;
          if (EndsWith(w, "ing"))
            out->tags |= Bit(Tag::VBG);
          else if (EndsWith(w, "s") && !EndsWith(w, "ss"))
            out->tags |= Bit(Tag::VBZ);
          else
            out->tags |= Bit(Tag::VBD) | Bit(Tag::VBN);
          set_verb(ex.base);
          break;
        case kWnAdj:
          if (adj_exc) break;
          adj_exc = true;
          out->tags |= EndsWith(w, "st") ? Bit(Tag::JJS) : Bit(Tag::JJR);
          set_adj(ex.base);
          break;
        case kWnAdv:
          out->tags |= EndsWith(w, "st") ? Bit(Tag::RBS) : Bit(Tag::RBR);
          out->adv_score = std::max(out->adv_score, Score(map_.ValueAt(ex.base), kWnAdv) + 1);
          break;
      }
    }
    if (e->verb_form) {
      if (e->verb_form & kIrrPast) out->tags |= Bit(Tag::VBD);
      if (e->verb_form & kIrrParticiple) out->tags |= Bit(Tag::VBN);
      set_verb(static_cast<size_t>(e->irregular_base));
      verb_exc = true;
    }
  }
  bool plural_like = w.size() > 2 && w.back() == 's';
  // Nouns.
  if (e && (e->wn_mask & (1u << kWnNoun))) {
    out->tags |= Bit(Tag::NN);
    if (out->noun_lemma.empty()) out->noun_lemma = self;
    out->noun_score = std::max(out->noun_score, Score(*e, kWnNoun) + 1);
  }
  if (!noun_exc && (plural_like || EndsWith(w, "men"))) {
    int64_t base = MorphyIndex(w, kWnNoun);
    if (base >= 0) {
      out->tags |= Bit(Tag::NNS);
      set_noun(static_cast<size_t>(base));
    }
  }
  // Verbs.
  if (e && (e->wn_mask & (1u << kWnVerb))) {
    out->tags |= Bit(Tag::VB) | Bit(Tag::VBP);
    if (out->verb_lemma.empty() || !verb_exc) {
      out->verb_lemma = self;
      out->verb_entry = e;
    }
    out->verb_score = std::max(out->verb_score, Score(*e, kWnVerb) + 1);
  }
  if (!verb_exc) {
    Tag t = Tag::kUnknown;
    if (EndsWith(w, "ing"))
      t = Tag::VBG;
    else if (EndsWith(w, "ed"))
      t = Tag::VBD;
    else if (plural_like && !EndsWith(w, "ss"))
      t = Tag::VBZ;
    if (t != Tag::kUnknown) {
      int64_t base = MorphyIndex(w, kWnVerb);
      if (base >= 0) {
        out->tags |= t == Tag::VBD ? (Bit(Tag::VBD) | Bit(Tag::VBN)) : Bit(t);
        set_verb(static_cast<size_t>(base));
      }
    }
  }
  // Adjectives.
  bool comparative_like = EndsWith(w, "er") || EndsWith(w, "est");
  if (e && (e->wn_mask & (1u << kWnAdj))) {
    out->tags |= Bit(Tag::JJ);
    out->adj_lemma = self;
    out->adj_score = std::max(out->adj_score, Score(*e, kWnAdj) + 1);
    // "greater" is a WordNet lemma of its own, but a comparative of "great" first.
    if (!adj_exc && comparative_like) {
      int64_t base = MorphyIndex(w, kWnAdj);
      if (base >= 0 &&
          Score(map_.ValueAt(static_cast<size_t>(base)), kWnAdj) > 2 * Score(*e, kWnAdj)) {
        out->tags &= ~Bit(Tag::JJ);
        out->tags |= EndsWith(w, "er") ? Bit(Tag::JJR) : Bit(Tag::JJS);
        out->adj_lemma = map_.KeyAt(static_cast<size_t>(base));
      }
    }
  } else if (!adj_exc && comparative_like) {
    int64_t base = MorphyIndex(w, kWnAdj);
    if (base >= 0) {
      out->tags |= EndsWith(w, "er") ? Bit(Tag::JJR) : Bit(Tag::JJS);
      set_adj(static_cast<size_t>(base));
    }
  }
  // Adverbs.
  if (e && (e->wn_mask & (1u << kWnAdv))) {
    out->tags |= Bit(Tag::RB);
    out->adv_score = std::max(out->adv_score, Score(*e, kWnAdv) + 1);
  }
}

}  // namespace entente
