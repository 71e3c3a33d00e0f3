// Copyright 2026 The entente Authors. Apache-2.0.
//
// Analyzer (include/entente/nlp.h): loads the Lexicon once and runs, per sentence, the
// tokeniser, tagger/lemmatiser, chunker and clause finder.  Create() is the only fallible call;
// Analyze()/AnalyzeSentence()/SplitSentences() are const, never fail and never throw (an
// exception from the standard library, e.g. bad_alloc, is caught and yields what was analysed
// so far).
#include <algorithm>
#include <exception>
#include <functional>

#include "entente/nlp.h"
#include "nlp/chunker.h"
#include "nlp/lexicon.h"
#include "nlp/splitter.h"
#include "nlp/tagger.h"
#include "nlp/tokenizer.h"

namespace entente {

void TokenText::NewBlock(size_t n) {
  size_t size = cap_ == 0 ? kFirstBlock : 2 * cap_;
  if (size < n) size = n;
  blocks_.push_back(std::shared_ptr<char[]>(new char[size]));
  used_ = 0;
  cap_ = size;
}

void TokenText::Clear() {
  if (cap_ != 0 && blocks_.back().use_count() == 1) {
    if (blocks_.size() > 1) {
      std::shared_ptr<char[]> keep = std::move(blocks_.back());
      blocks_.clear();
      blocks_.push_back(std::move(keep));
    }
    used_ = 0;
    return;
  }
  blocks_.clear();
  used_ = cap_ = 0;
}

Analyzer::Analyzer(std::unique_ptr<Lexicon> lexicon, AnalyzerOptions options)
    : lexicon_(std::move(lexicon)), options_(std::move(options)) {}

Analyzer::~Analyzer() = default;

Result<std::unique_ptr<Analyzer>> Analyzer::Create(const AnalyzerOptions& options) {
  try {
    Result<std::unique_ptr<Lexicon>> lex = Lexicon::Load(options.wordnet_dir);
    if (!lex.ok()) return lex.status();
    AnalyzerOptions opts = options;
    if (opts.max_sentence_tokens == 0) opts.max_sentence_tokens = 400;
    return std::unique_ptr<Analyzer>(new Analyzer(std::move(lex).value(), std::move(opts)));
  } catch (const std::exception& e) {
    return Status::Internal(std::string("loading the lexicon: ") + e.what());
  }
}

int Analyzer::NounLexFile(std::string_view lemma, int sense) const { return lexicon_->NounLexFile(lemma, sense); }

bool Analyzer::IsCommonWord(std::string_view lower) const {
  const nlp::WordEntry* e = lexicon_->Find(lower);
  return e && (e->case_flags & nlp::kLowerLemma);
}

std::vector<std::pair<uint32_t, uint32_t>> Analyzer::SplitSentences(std::string_view text) const {
  try {
    return nlp::SplitText(text, *lexicon_);
  } catch (const std::exception&) {
    return {};
  }
}

namespace {

// The sentence's byte range and text from its tokens.
void SetBounds(std::string_view text, Sentence* s) {
  if (!s->tokens.empty()) {
    s->begin = s->tokens.front().begin;
    s->end = s->tokens.back().end;
  }
  s->text = text.substr(s->begin, s->end - s->begin);
}

void FinishSentence(const Lexicon& lex, std::string_view text, Sentence* s) {
  thread_local std::vector<nlp::TokenAux> aux;  // scratch, reused (TagSentence assigns it)
  nlp::TagSentence(lex, &s->tokens, &aux, &s->token_text);
  nlp::ChunkSentence(s->tokens, aux, &s->chunks);  // replace the contents, keep the capacity
  nlp::FindClauses(s->tokens, s->chunks, aux, &s->clauses);
  SetBounds(text, s);
}

// ForEachSentence's buffers: kept per thread from one document to the next, so that a thread
// coding document after document allocates nothing per document either.  A nested call on the
// same thread (a visitor that analyses another text) gets buffers of its own.  Buffers grown
// past a large news document's needs are released rather than kept.
struct SentenceBuffers {
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  std::vector<Token> tokens;
  TokenText token_text;  // the bytes the tokens' norms view (the lemmas join them)
  std::vector<Chunk> chunks;
  std::vector<Clause> clauses;
  bool in_use = false;
};

class BorrowedBuffers {
 public:
  BorrowedBuffers() {
    thread_local SentenceBuffers pool;
    b_ = pool.in_use ? &own_ : &pool;
    b_->in_use = true;
  }
  ~BorrowedBuffers() {
    b_->in_use = false;
    if (b_->ranges.capacity() > 65536) b_->ranges = {};
    if (b_->tokens.capacity() > 4096) {
      b_->tokens = {};
      b_->token_text = TokenText();
    }
    if (b_->chunks.capacity() > 4096) b_->chunks = {};
    if (b_->clauses.capacity() > 4096) b_->clauses = {};
  }
  BorrowedBuffers(const BorrowedBuffers&) = delete;
  BorrowedBuffers& operator=(const BorrowedBuffers&) = delete;
  SentenceBuffers& operator*() { return *b_; }

 private:
  SentenceBuffers own_;
  SentenceBuffers* b_;
};

}  // namespace

Sentence Analyzer::AnalyzeSentence(std::string_view text, uint32_t begin, uint32_t end) const {
  Sentence s;
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (begin > end) begin = end;
  s.begin = begin;
  s.end = end;
  s.text = text.substr(begin, end - begin);
  try {
    nlp::Tokenize(text, begin, end, *lexicon_, &s.tokens, &s.token_text);
    if (s.tokens.size() > options_.max_sentence_tokens)
      s.tokens.resize(options_.max_sentence_tokens);
    FinishSentence(*lexicon_, text, &s);
    if (s.tokens.empty()) {
      s.begin = begin;
      s.end = end;
      s.text = text.substr(begin, end - begin);
    }
  } catch (const std::exception&) {
    s.tokens.clear();
    s.chunks.clear();
    s.clauses.clear();
  }
  return s;
}

bool Analyzer::ForEachSentence(std::string_view text,
                               const std::function<bool(Sentence&&)>& visit) const {
  return ForEachSentence(text, nullptr, visit);
}

bool Analyzer::ForEachSentence(std::string_view text,
                               const std::function<bool(const Sentence&)>& analyse,
                               const std::function<bool(Sentence&&)>& visit) const {
  try {
    BorrowedBuffers borrowed;
    SentenceBuffers& buffers = *borrowed;
    std::vector<std::pair<uint32_t, uint32_t>>& ranges = buffers.ranges;
    nlp::SplitText(text, *lexicon_, &ranges);
    // Handed to each whole sentence and taken back after it.
    std::vector<Token>& tokens = buffers.tokens;
    TokenText& token_text = buffers.token_text;
    std::vector<Chunk>& chunks = buffers.chunks;
    std::vector<Clause>& clauses = buffers.clauses;
    for (const auto& [b, e] : ranges) {
      tokens.clear();
      token_text.Clear();
      nlp::Tokenize(text, b, e, *lexicon_, &tokens, &token_text);
      if (tokens.empty()) continue;
      // Cut pathological sentences into pieces of at most max_sentence_tokens.
      size_t max = options_.max_sentence_tokens;
      for (size_t first = 0; first < tokens.size(); first += max) {
        size_t last = std::min(tokens.size(), first + max);
        Sentence s;
        const bool whole = first == 0 && last == tokens.size();
        if (whole) {
          s.tokens = std::move(tokens);
          tokens = {};
          s.token_text = std::move(token_text);
          s.chunks = std::move(chunks);
          s.clauses = std::move(clauses);
          s.chunks.clear();  // a sentence the caller does not want analysed has none
          s.clauses.clear();
        } else {
          s.tokens.assign(tokens.begin() + first, tokens.begin() + last);
          s.token_text = token_text;  // shared: each piece adds its lemmas in a block of its own
        }
        if (analyse) {
          SetBounds(text, &s);
          if (analyse(s)) FinishSentence(*lexicon_, text, &s);
        } else {
          FinishSentence(*lexicon_, text, &s);
        }
        if (!visit(std::move(s))) return true;
        // A visitor that only read the sentence left its tokens, chunks and clauses: their
        // buffers serve the next sentence (no allocation per sentence).  The loop ends here
        // either way (first + max is past them).
        if (whole) {
          tokens = std::move(s.tokens);
          token_text = std::move(s.token_text);
          chunks = std::move(s.chunks);
          clauses = std::move(s.clauses);
        }
      }
    }
  } catch (const std::exception&) {
    return false;  // out of memory or similar: the sentences visited so far stand
  }
  return true;
}

std::vector<Sentence> Analyzer::Analyze(std::string_view text) const {
  std::vector<Sentence> out;
  ForEachSentence(text, [&out](Sentence&& s) {
    out.push_back(std::move(s));
    return true;
  });
  return out;
}

}  // namespace entente
