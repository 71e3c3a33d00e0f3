// Copyright 2026 The entente Authors. Apache-2.0.
//
// dict: dictionaries, read from text files and compiled once into an immutable DictionarySet.
//
//   DictionaryPaths paths;                          // empty = the bundled dictionaries
//   paths.verbs = {"PETR.Validate.verbs.txt"};
//   Result<std::shared_ptr<const DictionarySet>> d = DictionarySet::Load(paths);
//
// Formats: the TABARI/PETRARCH text formats (verbs with synsets and patterns, actors with dated
// roles, agents, discards, issues), described in docs/dictionary-format.md, and the project's own
// bundled files, which use the same syntax plus a first line "# entente-dict <kind> v1" and
// stable entry ids ("@V042-0001").
//
// Words are matched in their normalised form (Token::norm: upper case, Penn Treebank
// tokenisation, so "didn't" is DID N'T).  Every dictionary word is interned as a WordId; a token
// whose norm is not in the vocabulary has id kNoWord and can match nothing.
//
// Thread-safety: a DictionarySet is immutable after Load() and safe to share between threads.
#ifndef ENTENTE_DICT_H_
#define ENTENTE_DICT_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entente/cameo.h"
#include "entente/date.h"
#include "entente/status.h"

namespace entente {

using WordId = uint32_t;
inline constexpr WordId kNoWord = UINT32_MAX;

// ---------------------------------------------------------------------------------------------
// Entries

struct ActorRole {
  ActorCode code;
  Date from = Date::Min();  // inclusive
  Date to = Date::Max();    // inclusive
};

struct ActorEntry {
  std::string id;            // "@A..." in entente files; "<file>:<line>" for foreign files
  std::string name;          // primary phrase as written, e.g. "VLADIMIR_PUTIN"
  ActorCode default_code;    // code on the primary line, or a date-less [CODE] line; may be empty
  std::vector<ActorRole> roles;  // date restrictions in file order
  // Further actors the name stands for: a TABARI multi-code "LORIEN [ELR/GAL]" (foreign files
  // only) names two actors, ELR (default_code) and GAL.  Every mention of the name is then a
  // compound of all of them.  Only on the date-less code; empty for almost every entry.
  std::vector<ActorCode> also_codes;
  // The code valid on `date`: the first role whose range contains it, else default_code
  // (which may be empty: the actor has no code on that date).
  const ActorCode& CodeOn(Date date) const;
};

struct AgentEntry {
  std::string id;
  std::string name;          // phrase as written, e.g. "FOREIGN_MINISTER"
  std::string code;          // "GOV", "GOVFRM", "NGO" (without the '~')
  bool prefix = false;       // true for "NGO~" (code goes before the actor's), false for "~GOV"
  ActorCode alone;           // the agent with no actor: "---GOV" (unknown country, PETRARCH's
                             // convention), or a prefix code itself ("NGO")
};

enum class PatternElementKind : uint8_t {
  kWord,      // a literal word
  kSynset,    // &NAME: any phrase of the synset
  kSource,    // $  : the source actor is here
  kTarget,    // +  : the target actor is here
  kCompound,  // %  : a compound actor here is both source and target
  kSkip,      // ^  : skip to the end of the next noun phrase (TABARI semantics)
};

struct PatternElement {
  PatternElementKind kind = PatternElementKind::kWord;
  WordId word = kNoWord;      // for kWord
  uint32_t synset = 0;        // for kSynset: index into DictionarySet::synset()
  // True when the next element must follow immediately ('_' between them); false when other
  // words may come in between (a blank).
  bool connected = false;
};

struct VerbPattern {
  std::string id;             // "@V..." or "<file>:<line>"
  std::string text;           // the pattern as written, for --explain
  // Elements left of the verb ('*'), in sentence order, and right of it, in sentence order.
  std::vector<PatternElement> before;
  std::vector<PatternElement> after;
  EventCode code;             // empty = the null code "---": this pattern means "no event"
  EventCode code2;            // second code of a paired code [a:b]; empty when not paired
  bool null_code2 = false;    // [a:---]
  uint32_t block = 0;         // index into DictionarySet::verb_block()
  // True when after[0] must immediately follow the verb ("* _OUT" written "*_OUT"); the
  // connection of before.back() to the verb is before.back().connected.
  bool verb_connected = false;
};

struct VerbBlock {
  std::string name;           // from "--- NAME [CODE] ---"
  EventCode code;             // the block's default code; empty = "---"
  EventCode code2;            // second code of a paired block code [a:b]; empty when not paired
  std::vector<uint32_t> entries;   // indices into verb_entry()
  std::vector<uint32_t> patterns;  // indices into pattern(), in file order
};

// One verb line of a block: "SAY {SAID}", "CLARIFY [040]", or a multi-word verb such as
// "KLM_NOP_+RST" (the '+' marks the verb word; the other words must stand immediately before or
// after it).
struct VerbEntry {
  std::string id;
  std::string text;           // as written
  std::vector<WordId> forms;  // every inflected form of the verb word, base form first
  std::vector<WordId> pre;    // words that must immediately precede the verb word
  std::vector<WordId> post;   // words that must immediately follow it
  EventCode code;             // its own code, else the block's code; empty = "---"
  EventCode code2;            // second code of a paired code [a:b] (own or the block's)
  uint32_t block = 0;
};

struct Synset {
  std::string name;                          // "&CURRENCY"
  std::vector<std::vector<WordId>> phrases;  // each a run of consecutive words
};

struct Discard {
  std::vector<WordId> words;  // consecutive words
  bool story = false;         // '+': discard the whole story, else only the sentence
};

struct Issue {
  std::vector<WordId> words;
  std::string code;           // "ECON", "NUCLEAR", ...
};

// A match of a dictionary phrase on a run of tokens.
struct PhraseMatch {
  uint32_t entry = 0;   // index into actor()/agent()
  uint32_t length = 0;  // number of tokens covered (>= 1)
};

// ---------------------------------------------------------------------------------------------
// Loading

struct DictionaryPaths {
  // Empty lists mean: use the bundled file of that kind.
  std::vector<std::string> verbs;
  std::vector<std::string> actors;   // several files are merged
  std::vector<std::string> agents;
  std::vector<std::string> discards;
  std::vector<std::string> issues;
  std::string cameo;                 // empty: bundled data/dictionaries/cameo/cameo_codes.tsv
  std::string bundled_dir;           // empty: the data/dictionaries folder found at run time
};

struct DictionaryLoadOptions {
  // Bundled (entente) files must use real CAMEO codes; foreign files may carry private test codes
  // ("075A", "abc") which are accepted and reported in warnings.  Default false.
  bool strict_event_codes = false;
};

class DictionarySet {
 public:
  // Reads and compiles every file.  Errors are ParseError "<file>:<line>: <problem>" for the
  // first fatal problem; recoverable oddities (a pattern with an undefined synset, which
  // PETRARCH skips) go to warnings().  NotFound when a file is missing.
  static Result<std::shared_ptr<const DictionarySet>> Load(const DictionaryPaths& paths,
                                                           const DictionaryLoadOptions& options = {});
  // Where the bundled dictionaries are: $ENTENTE_DATA_DIR/dictionaries, else the source tree's
  // data/dictionaries, else <prefix>/share/entente/dictionaries.
  static std::string DefaultBundledDir();

  ~DictionarySet();
  DictionarySet(const DictionarySet&) = delete;
  DictionarySet& operator=(const DictionarySet&) = delete;

  // Vocabulary.
  WordId FindWord(std::string_view norm) const;   // kNoWord when absent
  std::string_view Word(WordId id) const;

  // Actors and agents: the longest consecutive phrase starting at words[start], if any.
  std::optional<PhraseMatch> MatchActor(std::span<const WordId> words, size_t start) const;
  std::optional<PhraseMatch> MatchAgent(std::span<const WordId> words, size_t start) const;
  // Both at once, {MatchActor, MatchAgent}: one call per word, and most words start neither kind
  // of phrase (one array look-up each).
  // With `skippable` (per word), an actor phrase a TABARI/PETRARCH file wrote with blanks
  // ("ITHILEN TELEVISION") also matches with up to three such words inside it ("Ithilen state-run
  // television"); the coder flags adjectives.
  std::pair<std::optional<PhraseMatch>, std::optional<PhraseMatch>> MatchActorAndAgent(
      std::span<const WordId> words, size_t start, const std::vector<bool>* skippable = nullptr) const;
  // Whether MatchActor or MatchAgent finds a phrase at some position of `words` (positions
  // holding kNoWord skipped): the same answer as calling both at every position, in one call
  // that rejects most words by one array look-up.  An actor phrase with a gap (a TABARI blank)
  // counts when any words fill the gap ("HAMAS WING" in "Hamas's armed wing"), so a sentence the
  // coder's adjectives would match is never ruled out.
  bool AnyActorOrAgentPhrase(std::span<const WordId> words) const;
  const ActorEntry& actor(uint32_t i) const;
  const AgentEntry& agent(uint32_t i) const;
  size_t actor_count() const;
  size_t agent_count() const;

  // Verbs: the verb entries having `form` among their forms (empty span if none).
  std::span<const uint32_t> VerbEntriesFor(WordId form) const;
  const VerbEntry& verb_entry(uint32_t i) const;
  const VerbBlock& verb_block(uint32_t i) const;
  const VerbPattern& pattern(uint32_t i) const;
  const Synset& synset(uint32_t i) const;
  size_t verb_entry_count() const;
  size_t verb_block_count() const;
  size_t pattern_count() const;
  size_t synset_count() const;

  // Discards and issues.
  const std::vector<Discard>& discards() const;
  const std::vector<Issue>& issues() const;

  const CameoTable& cameo() const;

  // Content fingerprint of everything loaded (16 hex digits); equal dictionaries, equal prints.
  const std::string& fingerprint() const;
  // Non-fatal problems found while loading, "<file>:<line>: <problem>".
  const std::vector<std::string>& warnings() const;

  struct Impl;

 private:
  explicit DictionarySet(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};


// ---------------------------------------------------------------------------------------------
// Checking (`entente dict check`)
//
//   DictionaryCheckReport r = *CheckDictionaries({});   // the bundled set
//   for (const DictionaryProblem& p : r.problems) std::puts(p.ToString().c_str());
//
// Loading stops at the first fatal problem and keeps no file positions for what it accepts;
// CheckDictionaries reads the same files again line by line, lists every problem with its file
// and line, and then loads the set.  Checks (the `check` names):
//   header              bundled file without "# entente-dict <kind> v1", or a wrong kind/version
//   missing-id, malformed-id, duplicate-id
//                       entente entries need one "@id" of their kind's form (@A-RUS-0100, @G-0001,
//                       @D-0001, @I-0001, @V042-0001 / @VNUL-0001 matching the code); ids are
//                       unique across all files
//   unknown-code        an event code that is not in the CAMEO table
//   bad-code            an actor, agent or issue code that is not well-formed
//   unknown-prefix      (warning) an actor code whose first three letters are no country,
//                       region or IGO/NGO/IMG prefix known to the actor files
//   bad-date, reversed-range, overlapping-roles, conflicting-default, no-code
//                       dated actor roles: valid dates, ordered ranges, no two roles of one actor
//                       covering the same day, one default code; entente actors need a code
//   duplicate-phrase, conflicting-phrase
//                       one phrase in two entries (actors across all actor files, agent forms
//                       with their plurals, discards, issues); "conflicting" when the codes differ
//   duplicate-pattern   the same pattern twice in one verb block
//   verb-in-two-blocks  a verb form (with its particles) that two blocks claim
//   pattern-syntax      a pattern without exactly one '*', or with several '+' or '$'
//   undefined-synset    a pattern or synset uses an &SYNSET that no verb file defines
//   load                what DictionarySet::Load() reports (its error, its warnings)

enum class CheckSeverity : uint8_t { kWarning = 0, kError = 1 };

struct DictionaryProblem {
  std::string file;       // the path as given (or the bundled file's path)
  uint32_t line = 0;      // 1-based physical line; 0 = the file as a whole
  CheckSeverity severity = CheckSeverity::kError;
  std::string check;      // one of the names above
  std::string message;
  // "<file>:<line>: error: <message> [<check>]" (no ":<line>" when line is 0).
  std::string ToString() const;
};

struct DictionaryCheckOptions {
  // Problems in files without the entente header (TABARI/PETRARCH files, which repeat phrases
  // and use private test codes by design) are warnings instead of errors.  Default true.
  bool foreign_as_warnings = true;
  // At most this many problems are kept (sorted by file and line); the rest are counted in
  // DictionaryCheckReport::omitted.  Default 1000.
  size_t max_problems = 1000;
  // Also load the set with DictionarySet::Load() and report its error and warnings.  Default
  // true.
  bool load = true;
};

struct DictionaryCheckReport {
  std::vector<DictionaryProblem> problems;  // sorted by file (input order), then line
  size_t errors = 0;                        // counted over all problems, omitted ones too
  size_t warnings = 0;
  size_t omitted = 0;                       // problems beyond options.max_problems
  size_t files = 0;                         // dictionary files read
  std::shared_ptr<const DictionarySet> set; // the loaded set; null if loading failed or was off
  bool ok() const { return errors == 0; }
};

// Checks the files that DictionarySet::Load(paths) reads (the bundled set for empty paths).
// Content problems are reported in the report, never as a failed Result; the Result fails only
// when a file cannot be found or read (NotFound / IOError naming it).  Reentrant; no shared
// state.
Result<DictionaryCheckReport> CheckDictionaries(const DictionaryPaths& paths,
                                                const DictionaryCheckOptions& options = {});

}  // namespace entente

#endif  // ENTENTE_DICT_H_
