// Copyright 2026 The entente Authors. Apache-2.0.
//
// nlp: from a document's text to analysed sentences.
//
//   Analyzer analyzer = ...;                        // built once (loads WordNet), immutable
//   std::vector<Sentence> s = analyzer.Analyze(doc.text);
//
// Each Sentence has tokens (with byte offsets into the text, a normalised form, a lemma and a
// Penn-style part-of-speech tag), chunks (NP, VP, PP, ...) and clauses.  The analysis is shallow
// and rule-based: no model weights; lexicons come from WordNet's database files and our own
// closed-class word lists.  Analyzer is thread-safe: Analyze() is const and may run concurrently.
#ifndef ENTENTE_NLP_H_
#define ENTENTE_NLP_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente {

// Penn Treebank tags (punctuation folded into a few classes).
enum class Tag : uint8_t {
  kUnknown = 0,
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS /* PRP$ */,
  RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS /* WP$ */, WRB,
  kComma, kPeriod /* . ! ? */, kColon /* : ; -- ... */, kOpenParen, kCloseParen, kQuote, kDollar,
  kHash,
};
std::string_view TagName(Tag t);  // "NNP", "PRP$", ",", ".", ":" ...
// The tag predicates are inline: the tagger, chunker, clause finder and coder ask them per token.
constexpr bool IsNoun(Tag t) {  // NN NNS NNP NNPS
  return t >= Tag::NN && t <= Tag::NNPS;
}
constexpr bool IsVerb(Tag t) {  // VB VBD VBG VBN VBP VBZ (not MD)
  return t >= Tag::VB && t <= Tag::VBZ;
}
constexpr bool IsFinite(Tag t) {  // a verb with a tense of its own: VBD VBZ VBP, or a modal
  return t == Tag::VBD || t == Tag::VBZ || t == Tag::VBP || t == Tag::MD;
}
constexpr bool IsPunct(Tag t) { return t >= Tag::kComma && t <= Tag::kQuote; }
static_assert(Tag::NNPS == static_cast<Tag>(static_cast<int>(Tag::NN) + 3) &&
              Tag::VBZ == static_cast<Tag>(static_cast<int>(Tag::VB) + 5));

// Tokens follow Penn Treebank conventions: clitics split ("did" "n't", "ca" "n't", "Russia"
// "'s"), hyphenated words whole ("Sino-Russian"), abbreviations keep their period ("U.S.",
// "Mr."), numbers whole ("1,000", "3.5"), "$" split off.  A sentence-final dotted abbreviation
// ("... the U.S.") is followed by an extra "." token covering the abbreviation's last byte, so
// every sentence that ended in a period has a final kPeriod token.  Tags: "to" is TO before a
// verb and IN otherwise; quotes of any kind are kQuote.
//
// Ownership and lifetime: a Token is plain data whose strings are views.  `text` views the
// analysed text; `norm` and `lemma` view the text, the Analyzer's lexicon, static strings or the
// TokenText of the Sentence the token belongs to.  A Token is therefore valid while its Sentence
// (and any copy of it: copies share the TokenText), the analysed text and the Analyzer live;
// copy the strings out (std::string(token.norm)) to keep them longer.
struct Token {
  uint32_t begin = 0;      // byte offsets into the analysed text
  uint32_t end = 0;
  std::string_view text;   // as written ("Moscow's" is two tokens: "Moscow", "'s")
  std::string_view norm;   // upper-case ASCII-folded form used for dictionary matching ("MOSCOW")
  std::string_view lemma;  // lower-case lemma ("sign" for "signed", "country" for "countries")
  Tag tag = Tag::kUnknown;
};

// The bytes of a sentence's token strings that are not views of the analysed text or of the
// lexicon (upper-case norms, lower-case lemmas): append-only blocks that never move, so views into
// them stay valid when the owner is moved.  Copies share the blocks; bytes once written never
// change (a copy writes new strings into a block of its own; the original may only append after
// its last string).  Clear() forgets the strings and keeps the last block for reuse when no
// copy shares it.  Thread-safety: none for one object; distinct objects sharing blocks may be
// used from different threads (shared bytes are only read).  Allocation failure throws
// std::bad_alloc (the analyser catches it).
class TokenText {
 public:
  TokenText() = default;
  TokenText(const TokenText& o) : blocks_(o.blocks_) {}  // cap_ 0: never writes a shared block
  TokenText& operator=(const TokenText& o) {
    if (this != &o) blocks_ = o.blocks_, used_ = cap_ = 0;
    return *this;
  }
  TokenText(TokenText&& o) noexcept : blocks_(std::move(o.blocks_)), used_(o.used_), cap_(o.cap_) {
    o.blocks_.clear(), o.used_ = o.cap_ = 0;
  }
  TokenText& operator=(TokenText&& o) noexcept {
    if (this != &o) {
      blocks_ = std::move(o.blocks_), used_ = o.used_, cap_ = o.cap_;
      o.blocks_.clear(), o.used_ = o.cap_ = 0;
    }
    return *this;
  }

  // `n` bytes of fresh storage, stable while this object or a copy of it lives.
  char* Allocate(size_t n) {
    if (cap_ - used_ < n || cap_ == 0) NewBlock(n);  // cap_ 0: no block of our own yet
    char* p = blocks_.back().get() + used_;
    used_ += n;
    return p;
  }
  // A stable copy of `s`.
  std::string_view Copy(std::string_view s) {
    if (s.empty()) return {};
    char* p = Allocate(s.size());
    for (size_t i = 0; i < s.size(); ++i) p[i] = s[i];
    return {p, s.size()};
  }
  // Gives back the last `n` bytes of the last Allocate() (which must have asked for >= n).
  void Shrink(size_t n) { used_ -= n; }
  // Forgets every string (views into this object become invalid unless a copy shares them) and
  // keeps the last, largest block for reuse when no copy shares it: an object reused sentence
  // after sentence settles on one block and allocates no more.
  void Clear();

 private:
  static constexpr size_t kFirstBlock = 512;  // a news sentence needs ~300 bytes
  void NewBlock(size_t n);                    // at least n bytes, twice the last block's size
  std::vector<std::shared_ptr<char[]>> blocks_;
  size_t used_ = 0;  // bytes used of blocks_.back()
  size_t cap_ = 0;   // size of blocks_.back(); 0 when it may not be written (shared or none)
};

enum class ChunkType : uint8_t { kNP, kVP, kPP, kADJP, kADVP, kSBAR, kO };
std::string_view ChunkTypeName(ChunkType t);

// A contiguous run of tokens [first, last] (inclusive) with a head token.  Conventions:
//  - NP: determiners, possessive pronouns, numbers, adjectives, prenominal participles and
//    nouns ("the Russian state energy company Gazprom", "$ 20 billion"); a possessive "'s"
//    continues the NP ("China 's president", head "president").  Coordinated NPs are separate
//    chunks and the CC between them is left uncovered ("the U.S." "and" "China").
//  - VP: the verb group with auxiliaries, modals, negation, inner adverbs and a particle ("did
//    not sign", "will be visiting", "has been attacked", "set up"); head = the main verb.
//    "to" + verb is a VP of its own ("plans" | "to sign").
//  - PP: the preposition alone; the NP after it is its own chunk.
//  - SBAR: a subordinator/complementiser/relative word introducing a clause ("that", "which",
//    "who", "if", "after they met"); "after talks" is a PP.
//  - ADJP: adjectives not before a noun ("very good"); ADVP: adverbs outside a verb group.
struct Chunk {
  ChunkType type = ChunkType::kO;
  uint32_t first = 0;
  uint32_t last = 0;
  uint32_t head = 0;   // the noun of an NP, the main verb of a VP, the preposition of a PP
};

// DO NOT CHANGE ORDER without updating the coder: clause kinds as the coder sees them.
enum class ClauseType : uint8_t {
  kMain,          // the sentence's main clause
  kRelative,      // "..., which has imposed sanctions, ..."
  kAppositive,    // "Xi Jinping, China's president, ..."
  kReported,      // the complement of a reporting verb: "said (that) ..."
  kConditional,   // "if ...", "unless ..."
  kSubordinate,   // other subordinate clauses: "after ...", "because ...", "while ..."
  kParenthetical, // "(...)" or "-- ... --"
};
std::string_view ClauseTypeName(ClauseType t);

// Clauses are found heuristically from tags and chunks.  kReported covers the complement of a
// reporting verb (from "that", or from the subject when "that" is omitted), and for a trailing
// reporting clause (", a senior official said on Saturday." / ", according to diplomats.") the
// material before it.  A clause's parent is the innermost clause containing it.
struct Clause {
  ClauseType type = ClauseType::kMain;
  uint32_t first = 0;   // token range [first, last]
  uint32_t last = 0;
  int32_t parent = -1;  // index of the enclosing clause, -1 for the main clause
};

struct Sentence {
  uint32_t begin = 0;   // byte offsets of the sentence in the analysed text
  uint32_t end = 0;
  std::string_view text;          // view into the analysed text (valid while it lives)
  std::vector<Token> tokens;
  std::vector<Chunk> chunks;      // in token order, non-overlapping, may leave tokens uncovered
  std::vector<Clause> clauses;    // clauses[0] is the main clause spanning the sentence
  TokenText token_text;           // bytes the tokens' norm and lemma views may point into
};

struct AnalyzerOptions {
  // Folder holding WordNet's database files (index.noun, data.verb, verb.exc, ...).
  // Default: /usr/share/wordnet (Debian package wordnet-base).
  std::string wordnet_dir = "/usr/share/wordnet";
  // Sentences longer than this many tokens are cut into pieces of at most this length so that
  // pathological input stays linear.  Default 400 tokens.
  uint32_t max_sentence_tokens = 400;
};

// WordNet's lexicographer files of nouns, numbered as in data.noun: what Analyzer::NounLexFile
// returns (the kinds of thing a noun names).
enum NounLexFileId : int {
  kNounAct = 4, kNounArtifact = 6, kNounAttribute = 7, kNounCommunication = 10, kNounEvent = 11,
  kNounFood = 13, kNounGroup = 14, kNounLocation = 15, kNounObject = 17, kNounPerson = 18,
  kNounPhenomenon = 19, kNounPossession = 21, kNounProcess = 22, kNounQuantity = 23, kNounShape = 25,
  kNounState = 26, kNounSubstance = 27, kNounTime = 28
};

class Lexicon;  // WordNet-backed lemma and POS candidate lookup (src/nlp/lexicon.h)

// Ownership: the Analyzer owns its lexicon; results own their tokens but view the input text.
// Thread-safety: immutable after Create(); every method is const and may run concurrently (word
// analyses are memoised in a small per-thread table, no locks).  Failure modes: only Create()
// fails; analysis of any input (invalid UTF-8, junk, huge) returns what it can.
class Analyzer {
 public:
  // Loads the lexicon.  NotFound when WordNet's files are missing (the message says which
  // package provides them); ParseError when a file is corrupt.
  static Result<std::unique_ptr<Analyzer>> Create(const AnalyzerOptions& options = {});
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Splits `text` into sentences and analyses each.  Never fails: odd input (invalid UTF-8,
  // binary junk, an empty string) gives fewer or no sentences.  The returned Sentences hold
  // views into `text`, which must outlive them.
  std::vector<Sentence> Analyze(std::string_view text) const;

  // The same analysis, one sentence at a time, so that memory stays bounded by the largest
  // sentence rather than the document.  `visit` returns false to stop early.  Returns false when
  // analysis stopped for lack of memory (the sentences visited so far are complete).
  bool ForEachSentence(std::string_view text, const std::function<bool(Sentence&&)>& visit) const;

  // The same, asking first whether each sentence needs the full analysis: `analyse` sees the
  // sentence tokenised only (offsets, text and norm of every token, tags of punctuation only, no
  // lemmas, chunks or clauses; begin/end/text set) and when it returns false the sentence is
  // visited as it is, untagged.  For callers that can tell from the words alone that a sentence
  // is of no use to them (the coder: no actor can be found in it).
  bool ForEachSentence(std::string_view text, const std::function<bool(const Sentence&)>& analyse,
                       const std::function<bool(Sentence&&)>& visit) const;

  // Only the sentence boundaries (byte ranges), without tagging.
  std::vector<std::pair<uint32_t, uint32_t>> SplitSentences(std::string_view text) const;

  // Analyses one sentence given as a byte range of `text`.
  Sentence AnalyzeSentence(std::string_view text, uint32_t begin, uint32_t end) const;

  // WordNet's lexicographer file of the lower-case noun `lemma`'s first (sense 0) or second
  // (sense 1) sense, numbered as in data.noun (4 noun.act, 9 noun.cognition, 14 noun.group,
  // 15 noun.location, 18 noun.person, 26 noun.state, ...); -1 when WordNet has no such noun
  // sense.  What kind of thing a noun names: "the Iraq situation" (a state) vs "Iraqi officials".
  int NounLexFile(std::string_view lemma, int sense = 0) const;

  // Whether WordNet spells some noun or adjective lemma `lower` in lower case: a common word
  // ("chad", "brown", "turkey"), not only a name ("venezuela").
  bool IsCommonWord(std::string_view lower) const;

 private:
  explicit Analyzer(std::unique_ptr<Lexicon> lexicon, AnalyzerOptions options);
  std::unique_ptr<Lexicon> lexicon_;
  AnalyzerOptions options_;
};

}  // namespace entente

#endif  // ENTENTE_NLP_H_
