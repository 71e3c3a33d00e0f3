// Copyright 2026 The entente Authors. Apache-2.0.
//
// Benchmark inputs: the project's demo corpus (always) and, when ../shared is present, real news
// turned into Documents the way a user would feed them to `entente code`.
//
//   CorpusOptions o;                                  // defaults: this source tree, ../shared
//   std::vector<std::string> notes;                   // "skipped: ... not found"
//   Result<std::vector<Corpus>> all = LoadCorpora(o, &notes);
//
// Corpora (names are stable; results files and the README table use them):
//   demo            data/samples/demo_corpus.jsonl (238 documents, 727 sentences), via the
//                   JSONL reader
//   ag_world        ../shared/data/news/ag_news_test.csv, class 1 (World) rows, title + ". " +
//                   description; AG News carries no dates, every row is dated 2005-01-01
//   bbc_politics    ../shared/data/news/bbc_politics/*.txt via the directory reader (title line
//                   + body), dated 2005-01-01 (the corpus is from 2004-05)
//   reuters21578    ../shared/data/news/reuters21578/reut2-*.sgm.gz: <BODY> of every article
//                   that has one, dated by its <DATE>
//   gigaword        ../shared/data/petrarch/records/GigaWord.sample.jsonl via the JSONL reader
//
// Ownership: a Corpus owns its documents.  Thread-safety: the functions are reentrant.
// Failure modes: LoadCorpora fails only when the demo corpus cannot be read; an absent shared
// corpus is a note, not an error.  The single loaders return NotFound for a missing file and
// ParseError for a file they cannot read as the format they expect.
#ifndef ENTENTE_BENCH_CORPORA_H_
#define ENTENTE_BENCH_CORPORA_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "entente/date.h"
#include "entente/document.h"
#include "entente/status.h"

namespace entente::bench {

struct Corpus {
  std::string name;          // "demo", "ag_world", ...
  std::string origin;        // the file or folder it was read from
  std::vector<Document> docs;
  uint64_t bytes = 0;        // sum of the documents' text sizes
};

struct CorpusOptions {
  // Repository root (holds data/samples).  Default: the source tree this was built from.
  std::string source_dir = ENTENTE_BENCH_SOURCE_DIR;
  // The shared data folder.  Default: <source_dir>/../shared/data.
  std::string shared_dir;
  // Names of the corpora to load; empty = all of them.  Default empty.
  std::vector<std::string> only;
};

// The names LoadCorpora knows, in load order.
const std::vector<std::string>& CorpusNames();

// The demo corpus and every shared corpus that is present (and selected by `only`).
Result<std::vector<Corpus>> LoadCorpora(const CorpusOptions& options, std::vector<std::string>* notes);

// JSONL through the ingest reader.  Documents without a date get `default_date` when given.
Result<Corpus> LoadJsonlCorpus(const std::string& name, const std::string& path,
                               std::optional<Date> default_date = std::nullopt);
// A folder of .txt files through the ingest directory reader, every document dated `date`.
Result<Corpus> LoadTextDirCorpus(const std::string& name, const std::string& dir, Date date);
// AG News test CSV (label,title,description), rows of class `label` only (0 = every row).
Result<Corpus> LoadAgNews(const std::string& csv_path, int label);
// Reuters-21578 SGML files (reut2-*.sgm or .sgm.gz) in `dir`.
Result<Corpus> LoadReuters(const std::string& dir);

// `times` copies of the corpus's documents, ids suffixed "#k" (for time vs size).
Corpus Replicate(const Corpus& corpus, int times);

// The corpus as JSONL in the DESIGN.md input format (id, date, title, text), for ingest timing.
std::string ToJsonl(const Corpus& corpus);

}  // namespace entente::bench

#endif  // ENTENTE_BENCH_CORPORA_H_
