// Copyright 2026 The entente Authors. Apache-2.0.
//
// coder: analysed sentences + dictionaries in, events out.  Pure: no I/O.
//
//   auto dict = DictionarySet::Load(paths);          // shared, immutable
//   auto analyzer = Analyzer::Create();              // shared, immutable
//   Coder coder(*dict, analyzer->get());
//   Result<CodedDocument> r = coder.Code(doc);
//
// For every sentence the coder finds actor mentions (dictionary actors composed with agents:
// "Russian state energy companies" -> RUSBUS), groups compound actors ("Beijing and Moscow"),
// finds dictionary verbs, matches the verb's patterns, picks source (the clause subject) and
// target (the pattern's '+' or the first actor after the verb), and gives each event a status
// (asserted, negated, hypothetical, intended).  Thread-safety: Coder is immutable after
// construction; Code() is const and may run concurrently from many threads.
#ifndef ENTENTE_CODER_H_
#define ENTENTE_CODER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "entente/document.h"
#include "entente/event.h"
#include "entente/status.h"

namespace entente {

class Analyzer;
class MatchPrefilter;
class DictionarySet;
struct Sentence;

struct CoderOptions {
  // Emit only events with both a source and a target.  Default true (PETRARCH's default).
  bool require_dyad = true;
  // > 0: capitalised noun phrases of up to this many words that are not in the dictionaries
  // become (code-less) actors.  Default 0 (off).
  int new_actor_length = 0;
  // Comma-delimited clause deletion (PETRARCH semantics): a clause between commas of min..max
  // words is ignored when looking for actors; _b* at the start of a sentence, _e* at its end.
  // 0/0 disables that kind.  Defaults are PETRARCH's.
  int comma_min = 2, comma_max = 8;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 8;
  // A short end stretch whose verb reports (", a senior official said") keeps its actors: the
  // speaker of a statement, the referent of a later "it" or "he".  A document that sets
  // comma_emin or comma_emax itself asks for TABARI's deletion of that stretch too (false).
  bool keep_reporting_tail = true;
  // Record, per sentence, why events were or were not emitted (CodedDocument::explain).
  // Default false.
  bool explain = false;
  // How event status is decided.  kEntente (default): negation, modality, conditionals and
  // intentions give negated / hypothetical / intended.  kPetrarch: every event is asserted, as
  // in PETRARCH and TABARI, which have no status and encode negation only through verb
  // patterns; use it to reproduce their output or score against their suites.
  enum class StatusModel : uint8_t { kEntente = 0, kPetrarch = 1 };
  StatusModel status_model = StatusModel::kEntente;
  // Reported speech: a reporting verb the verb dictionary leaves uncoded ("said", "told") with a
  // reported clause ("Xi said that China would ...", "..., Putin said") is a statement (CAMEO
  // 010) by the speaker to the addressee of "told" when it is an actor, else to the first actor
  // of another country in the clause; the clause's own event is coded as well.  Default true.
  bool statements = true;
  // A compound subject of different countries with no other party is mutual on a cooperative
  // verb (CAMEO roots 03 to 06, visits excepted: intent to cooperate, consult, diplomatic and material
  // cooperation): "China and Russia pledged to expand trade" -> CHN->RUS and RUS->CHN.  Without
  // it, as in PETRARCH, only verbs with a paired code ([040:040]) are mutual.  Default true.
  bool mutual_cooperation = true;

  // These options with a document's own "config" overrides applied.
  CoderOptions WithOverrides(const DocumentConfig& config) const;
};

struct CodedDocument {
  std::vector<SentenceSpan> sentences;
  std::vector<Event> events;      // in sentence order, then verb order
  bool discarded = false;         // a story-level discard phrase matched
  std::vector<std::string> explain;  // one multi-line block per sentence when options.explain
};

class Coder {
 public:
  // `dict` and `analyzer` must outlive the Coder.
  Coder(const DictionarySet& dict, const Analyzer& analyzer, CoderOptions options = {});
  ~Coder();

  // Codes one document with the options given at construction overridden by doc.config.
  // InvalidArgument when the document has no date (actor codes depend on it).
  Result<CodedDocument> Code(const Document& doc) const;

  // Codes one already analysed sentence (for tests and tools).
  // `context` (optional) carries what one sentence leaves for the next: the last person named,
  // for "he"/"she".  Code() keeps one per document.
  struct SentenceContext;
  std::vector<Event> CodeSentence(const Sentence& sentence, Date date, const CoderOptions& options,
                                  std::string* explain = nullptr, SentenceContext* context = nullptr) const;

  const CoderOptions& options() const { return options_; }
  static const char* Version();  // coder version stored with each event, e.g. "0.1.0"

 private:
  const DictionarySet& dict_;
  const Analyzer& analyzer_;
  CoderOptions options_;
  // Built from dict_ once: finds discards by first word and skips verb patterns whose words
  // are absent from the sentence (the same results, several times faster).
  std::unique_ptr<const MatchPrefilter> prefilter_;
};

}  // namespace entente

#endif  // ENTENTE_CODER_H_
