// Copyright 2026 The entente Authors. Apache-2.0.
//
// The pipeline stages as separately timed functions over a corpus (stages.h), plus the clocks
// and memory probes the benchmarks report.  The stage functions call the same internal entry
// points the Analyzer and the Coder use (nlp/*.h, coder/*.h), so their sum tracks Coder::Code.
#include "stages.h"

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "coder/patterns.h"
#include "nlp/chunker.h"
#include "nlp/splitter.h"
#include "nlp/tagger.h"
#include "nlp/tokenizer.h"

namespace entente::bench {

Result<Engine> MakeEngine(const DictionaryPaths& paths, bool stage_lexicon) {
  Engine e;
  double t0 = WallSeconds();
  auto dict = DictionarySet::Load(paths);
  if (!dict.ok()) return dict.status();
  e.dict = std::move(dict).value();
  double t1 = WallSeconds();
  auto analyzer = Analyzer::Create();
  if (!analyzer.ok()) return analyzer.status();
  e.analyzer = std::move(analyzer).value();
  double t2 = WallSeconds();
  e.dict_load_seconds = t1 - t0;
  e.analyzer_load_seconds = t2 - t1;
  e.coder = std::make_unique<Coder>(*e.dict, *e.analyzer);
  e.prefilter = std::make_unique<MatchPrefilter>(*e.dict);
  if (stage_lexicon) {
    auto lex = Lexicon::Load(AnalyzerOptions().wordnet_dir);
    if (!lex.ok()) return lex.status();
    e.lexicon = std::move(lex).value();
  }
  return e;
}

PreparedCorpus Prepare(const Engine& e, const Corpus& c) {
  PreparedCorpus p;
  p.corpus = &c;
  const size_t max_tokens = AnalyzerOptions().max_sentence_tokens;
  for (uint32_t d = 0; d < c.docs.size(); ++d) {
    const std::string& text = c.docs[d].text;
    if (e.lexicon) {
      for (const auto& [b, end] : nlp::SplitText(text, *e.lexicon)) {
        p.ranges.push_back({d, b, end});
        std::vector<Token> toks;
        nlp::Tokenize(text, b, end, *e.lexicon, &toks, &p.token_text);
        for (size_t first = 0; first < toks.size(); first += max_tokens) {
          size_t last = std::min(toks.size(), first + max_tokens);
          p.raw_tokens.emplace_back(toks.begin() + first, toks.begin() + last);
          p.piece_doc.push_back(d);
        }
      }
    }
    for (Sentence& s : e.analyzer->Analyze(text)) {
      p.tokens += s.tokens.size();
      p.sentence_doc.push_back(d);
      p.sentences.push_back(std::move(s));
    }
  }
  if (e.lexicon) {
    p.tagged = p.raw_tokens;
    p.aux.resize(p.tagged.size());
    for (size_t i = 0; i < p.tagged.size(); ++i)
      nlp::TagSentence(*e.lexicon, &p.tagged[i], &p.aux[i], &p.token_text);
  }
  for (size_t i = 0; i < p.sentences.size(); ++i) {
    const Sentence& s = p.sentences[i];
    std::vector<WordId> w(s.tokens.size());
    for (size_t t = 0; t < s.tokens.size(); ++t) w[t] = e.dict->FindWord(s.tokens[t].norm);
    p.no_ignored.emplace_back(s.tokens.size(), false);
    p.actors.push_back(coder::FindActors(*e.dict, s, w, p.no_ignored.back(), *c.docs[p.sentence_doc[i]].date));
    p.words.push_back(std::move(w));
  }
  return p;
}

uint64_t RunSplit(const Engine& e, const Corpus& c) {
  uint64_t n = 0;
  for (const Document& d : c.docs) n += nlp::SplitText(d.text, *e.lexicon).size();
  return n;
}

uint64_t RunTokenize(const Engine& e, const PreparedCorpus& p) {
  uint64_t n = 0;
  std::vector<Token> toks;
  TokenText store;
  for (const SentenceRange& r : p.ranges) {
    toks.clear();
    store.Clear();
    nlp::Tokenize(p.corpus->docs[r.doc].text, r.begin, r.end, *e.lexicon, &toks, &store);
    n += toks.size();
  }
  return n;
}

void ResetTagScratch(const PreparedCorpus& p, std::vector<std::vector<Token>>* scratch) {
  scratch->resize(p.raw_tokens.size());
  for (size_t i = 0; i < p.raw_tokens.size(); ++i) (*scratch)[i] = p.raw_tokens[i];
}

uint64_t RunTag(const Engine& e, std::vector<std::vector<Token>>* scratch,
                std::vector<std::vector<nlp::TokenAux>>* aux) {
  uint64_t n = 0;
  aux->resize(scratch->size());
  TokenText store;
  for (size_t i = 0; i < scratch->size(); ++i) {
    store.Clear();
    nlp::TagSentence(*e.lexicon, &(*scratch)[i], &(*aux)[i], &store);
    for (const Token& t : (*scratch)[i]) n += IsVerb(t.tag);
  }
  return n;
}

uint64_t RunChunk(const PreparedCorpus& p) {
  uint64_t n = 0;
  for (size_t i = 0; i < p.tagged.size(); ++i) {
    std::vector<Chunk> chunks = nlp::ChunkSentence(p.tagged[i], p.aux[i]);
    std::vector<Clause> clauses = nlp::FindClauses(p.tagged[i], chunks, p.aux[i]);
    n += chunks.size() + clauses.size();
  }
  return n;
}

uint64_t RunAnalyze(const Engine& e, const Corpus& c) {
  uint64_t n = 0;
  for (const Document& d : c.docs) n += e.analyzer->Analyze(d.text).size();
  return n;
}

uint64_t RunWords(const Engine& e, const PreparedCorpus& p) {
  uint64_t n = 0;
  for (const Sentence& s : p.sentences) {
    for (const Token& t : s.tokens) n += e.dict->FindWord(t.norm) != kNoWord;
  }
  return n;
}

uint64_t RunDiscards(const Engine& e, const PreparedCorpus& p) {
  uint64_t n = 0;
  for (const auto& words : p.words) {
    bool hit = false;
    for (const Discard& d : e.dict->discards()) {
      if (d.words.empty()) continue;
      for (size_t i = 0; !hit && i + d.words.size() <= words.size(); ++i)
        hit = std::equal(d.words.begin(), d.words.end(), words.begin() + i);
    }
    n += hit;
  }
  return n;
}

uint64_t RunActors(const Engine& e, const PreparedCorpus& p) {
  uint64_t n = 0;
  for (size_t i = 0; i < p.sentences.size(); ++i) {
    coder::SentenceActors a = coder::FindActors(*e.dict, p.sentences[i], p.words[i], p.no_ignored[i],
                                                *p.corpus->docs[p.sentence_doc[i]].date);
    n += a.mentions.size();
  }
  return n;
}

namespace {

// The coder's verb search; with a prefilter, patterns that cannot match are skipped.
uint64_t Verbs(const Engine& e, const PreparedCorpus& p, const MatchPrefilter* pf) {
  const DictionarySet& dict = *e.dict;
  MatchPrefilter::SentenceWords present;
  std::vector<uint32_t> candidates;
  uint64_t n = 0;
  for (size_t si = 0; si < p.sentences.size(); ++si) {
    const Sentence& s = p.sentences[si];
    const std::vector<WordId>& words = p.words[si];
    const coder::SentenceActors& actors = p.actors[si];
    const uint32_t len = static_cast<uint32_t>(s.tokens.size());
    bool loaded = false;
    for (uint32_t i = 0; i < len; ++i) {
      if (!IsVerb(s.tokens[i].tag) || words[i] == kNoWord || actors.group_at[i] >= 0) continue;
      auto entries = dict.VerbEntriesFor(words[i]);
      int best = -1;
      size_t best_len = 0;
      for (uint32_t en : entries) {
        const VerbEntry& ve = dict.verb_entry(en);
        if (ve.pre.size() > i || i + ve.post.size() >= len) continue;
        bool ok = true;
        for (size_t k = 0; k < ve.pre.size() && ok; ++k) ok = words[i - ve.pre.size() + k] == ve.pre[k];
        for (size_t k = 0; k < ve.post.size() && ok; ++k) ok = words[i + 1 + k] == ve.post[k];
        size_t l = ve.pre.size() + ve.post.size() + 1;
        if (ok && (best < 0 || l > best_len)) {
          best = static_cast<int>(en);
          best_len = l;
        }
      }
      if (best < 0) continue;
      const VerbEntry& ve = dict.verb_entry(static_cast<uint32_t>(best));
      // The innermost clause holding the verb: the shortest one that contains it.
      uint32_t hi = len - 1, span = len;
      for (const Clause& cl : s.clauses) {
        if (cl.first <= i && i <= cl.last && cl.last - cl.first < span) {
          span = cl.last - cl.first;
          hi = cl.last;
        }
      }
      coder::MatchWindow w{0, static_cast<uint32_t>(i - ve.pre.size()), static_cast<uint32_t>(i + ve.post.size()), hi};
      int best_score = -1;
      uint32_t best_pattern = 0;
      if (pf && !loaded) {
        pf->Load(words, &present);
        loaded = true;
      }
      // With the prefilter, as the coder does it: the block's candidate patterns through the
      // prefilter's index, synsets through its phrase index.  Without it: every pattern, every
      // synset phrase scanned.
      if (pf) pf->BlockCandidates(ve.block, present, &candidates);
      for (uint32_t pi : pf ? candidates : dict.verb_block(ve.block).patterns) {
        coder::PatternMatch m = coder::MatchPattern(dict, dict.pattern(pi), s, words, actors, w, pf);
        if (m.matched && m.score > best_score) {
          best_score = m.score;
          best_pattern = pi;
        }
      }
      if (best_score >= 0) n += 1 + (static_cast<uint64_t>(best_pattern) << 8);
    }
  }
  return n;
}

}  // namespace

uint64_t RunVerbs(const Engine& e, const PreparedCorpus& p) { return Verbs(e, p, nullptr); }

uint64_t RunVerbsPrefiltered(const Engine& e, const PreparedCorpus& p) { return Verbs(e, p, e.prefilter.get()); }

uint64_t RunDiscardsPrefiltered(const Engine& e, const PreparedCorpus& p) {
  uint64_t n = 0;
  for (const auto& words : p.words) n += e.prefilter->HasDiscard(words, false) || e.prefilter->HasDiscard(words, true);
  return n;
}

uint64_t RunCode(const Engine& e, const Corpus& c, uint64_t* events) {
  uint64_t n = 0;
  for (const Document& d : c.docs) {
    Result<CodedDocument> r = e.coder->Code(d);
    if (!r.ok()) continue;
    n += r->sentences.size();
    *events += r->events.size();
  }
  return n;
}

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

double ProcessCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;  // kilobytes on Linux
}

double CurrentRssMb() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

}  // namespace entente::bench
