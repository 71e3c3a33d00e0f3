// Copyright 2026 The entente Authors. Apache-2.0.
//
// The pipeline cut into stages that can be timed one by one, shared by the Google Benchmark
// programs (bench/*_bench.cc) and the end-to-end tool (bench/entente_bench.cc).
//
//   Result<Engine> e = MakeEngine();                 // bundled dictionaries, WordNet
//   PreparedCorpus p = Prepare(*e, corpus);          // every stage's input, computed once
//   uint64_t n = RunActors(*e, p);                   // time this
//
// Stages, in pipeline order (each Run* function does one stage over the whole corpus and returns
// a count that depends on the work, so the optimiser cannot drop it):
//   split     sentence boundaries of every document (nlp::SplitText)
//   tokenize  Penn tokens of every sentence (nlp::Tokenize)
//   tag       part-of-speech tags and lemmas (nlp::TagSentence), on fresh copies of the tokens
//   chunk     chunks and clauses (nlp::ChunkSentence + nlp::FindClauses)
//   analyze   split..chunk through the public Analyzer::Analyze
//   words     dictionary word ids of every token (DictionarySet::FindWord)
//   discards  sentence- and story-level discard phrases, scanned as the coder scans them
//   actors    actor and agent mentions and compound groups (coder::FindActors)
//   verbs     dictionary verbs and their best pattern (DictionarySet::VerbEntriesFor +
//             coder::MatchPattern over the verb's block), as the coder looks for them
//   code      the whole coder, raw text to events (Coder::Code)
// The verbs stage mirrors the coder's search (coder.cc) without subject/target choice; its
// window is the verb's innermost clause.  `discards_pf` and `verbs_pf` are the same two stages
// through MatchPrefilter (the discard index; for verbs, as the coder does it, the block's
// candidate patterns from BlockCandidates and synsets through SynsetLength), for comparison in
// one run; they find the same discards and the same best patterns.
//
// Ownership: an Engine owns everything it loads; a PreparedCorpus views the Corpus it was made
// from, which must outlive it.  Thread-safety: Engine is immutable after MakeEngine (its stages
// may run concurrently); a PreparedCorpus is read-only except through the tag scratch, which
// belongs to one thread.  Failure modes: MakeEngine returns the dictionary or WordNet error.
#ifndef ENTENTE_BENCH_STAGES_H_
#define ENTENTE_BENCH_STAGES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "coder/mentions.h"
#include "corpora.h"
#include "dict/match_prefilter.h"
#include "entente/coder.h"
#include "entente/dict.h"
#include "entente/nlp.h"
#include "nlp/lexicon.h"
#include "nlp/word_lists.h"

namespace entente::bench {

struct Engine {
  std::shared_ptr<const DictionarySet> dict;
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Coder> coder;
  // The nlp stages below the Analyzer need a Lexicon of their own (the Analyzer's is private).
  std::unique_ptr<Lexicon> lexicon;
  // For the prefiltered variants of the discards and verbs stages (dict/match_prefilter.h).
  std::unique_ptr<MatchPrefilter> prefilter;
  double dict_load_seconds = 0;     // wall time of DictionarySet::Load
  double analyzer_load_seconds = 0; // wall time of Analyzer::Create (WordNet)
};

// Loads the dictionaries (`paths`; empty = bundled) and WordNet, and builds the coder with
// default options.  With stage_lexicon, also the Lexicon for the split/tokenize/tag stages.
Result<Engine> MakeEngine(const DictionaryPaths& paths = {}, bool stage_lexicon = true);

struct SentenceRange {
  uint32_t doc = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct PreparedCorpus {
  const Corpus* corpus = nullptr;
  std::vector<SentenceRange> ranges;             // split output
  std::vector<uint32_t> piece_doc;               // per analysed piece: its document
  std::vector<std::vector<Token>> raw_tokens;    // tokenizer output per piece (<= max tokens)
  std::vector<std::vector<Token>> tagged;        // tagger output per piece
  TokenText token_text;                          // bytes raw_tokens' and tagged's views use
  std::vector<std::vector<nlp::TokenAux>> aux;   // tagger side output per piece
  std::vector<Sentence> sentences;               // Analyzer::Analyze of every document
  std::vector<uint32_t> sentence_doc;            // per sentence: its document
  std::vector<std::vector<WordId>> words;        // per sentence: word ids
  std::vector<std::vector<bool>> no_ignored;     // per sentence: all false (no comma deletion)
  std::vector<coder::SentenceActors> actors;     // per sentence
  uint64_t tokens = 0;                           // tokens over all sentences
};

PreparedCorpus Prepare(const Engine& engine, const Corpus& corpus);

uint64_t RunSplit(const Engine& e, const Corpus& c);                // sentences found
uint64_t RunTokenize(const Engine& e, const PreparedCorpus& p);     // tokens
// Tagging overwrites its input, so it runs on `scratch`, which ResetTagScratch fills with
// copies of the tokenizer output (do that outside the timed region).  The lemmas of a scratch
// sentence are valid only while RunTag counts it (their bytes are reused per sentence, as the
// Analyzer does).
void ResetTagScratch(const PreparedCorpus& p, std::vector<std::vector<Token>>* scratch);
uint64_t RunTag(const Engine& e, std::vector<std::vector<Token>>* scratch,
                std::vector<std::vector<nlp::TokenAux>>* aux);     // verbs tagged
uint64_t RunChunk(const PreparedCorpus& p);                         // chunks + clauses
uint64_t RunAnalyze(const Engine& e, const Corpus& c);              // sentences
uint64_t RunWords(const Engine& e, const PreparedCorpus& p);        // tokens in the vocabulary
uint64_t RunDiscards(const Engine& e, const PreparedCorpus& p);     // sentences discarded
uint64_t RunActors(const Engine& e, const PreparedCorpus& p);       // mentions
// Verbs with a matching pattern, plus their best patterns' indices (a checksum: equal results
// from RunVerbs and RunVerbsPrefiltered mean the same best patterns).
uint64_t RunVerbs(const Engine& e, const PreparedCorpus& p);
uint64_t RunDiscardsPrefiltered(const Engine& e, const PreparedCorpus& p);
uint64_t RunVerbsPrefiltered(const Engine& e, const PreparedCorpus& p);
// Codes every document; returns the sentence count and adds the events to *events.
uint64_t RunCode(const Engine& e, const Corpus& c, uint64_t* events);

// Clocks and memory.
double ThreadCpuSeconds();   // CPU time of the calling thread
double ProcessCpuSeconds();  // CPU time of the process (user + system)
double WallSeconds();        // monotonic
double PeakRssMb();          // getrusage ru_maxrss
double CurrentRssMb();       // /proc/self/statm resident

}  // namespace entente::bench

#endif  // ENTENTE_BENCH_STAGES_H_
