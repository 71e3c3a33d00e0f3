// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal: the compiled form of a DictionarySet (DictionarySet::Impl), the phrase trie used
// for actors and agents, and the Builder that the per-format readers fill while loading.
//
// Ownership: Load() owns one Builder for the duration of a load; the Builder writes straight
// into the Impl that the finished DictionarySet then owns.  Nothing here is thread-safe while
// loading; the finished Impl is immutable.
#ifndef ENTENTE_DICT_DICT_IMPL_H_
#define ENTENTE_DICT_DICT_IMPL_H_

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/flat_hash.h"
#include "dict/text.h"
#include "entente/dict.h"

namespace entente {
namespace dict_internal {

// Word-level trie stored as a hash of (node, word) -> child.  Node 0 is the root; its children
// are also kept in a flat array indexed by word id, because most lookups (a token that starts
// no phrase) end there.
class PhraseTrie {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  // In a phrase, between two words: other words may stand there (TABARI's blank connector,
  // "ITHILEN TELEVISION" for "Ithilen state-run television"); never first or last.
  static constexpr WordId kGap = kNoWord - 1;
  // At most this many words fill one gap.
  static constexpr size_t kMaxGap = 3;
  // Maps `phrase` to `entry`; returns the entry it replaced, or kNone.
  uint32_t Insert(std::span<const WordId> phrase, uint32_t entry);
  // Longest phrase starting at words[start].  A gap matches nothing, or up to kMaxGap words
  // whose `skippable` flag is set (no words without `skippable`).
  std::optional<PhraseMatch> Longest(std::span<const WordId> words, size_t start,
                                     const std::vector<bool>* skippable = nullptr) const;
  // Some phrase starts with word w (Longest() can only match where this holds).
  bool StartsWith(WordId w) const { return w < root_.size() && root_[w] != kNone; }
  size_t phrase_count() const { return phrases_; }
  // Some phrase has a gap (Longest may then match only with `skippable` words).
  bool has_gaps() const { return has_gaps_; }

 private:
  EdgeMap edges_;
  std::vector<uint32_t> root_;  // root_[w]: child of the root for word w, or kNone
  std::vector<uint32_t> terminal_{kNone};
  size_t phrases_ = 0;
  bool has_gaps_ = false;
  void LongestFrom(uint32_t node, std::span<const WordId> words, size_t start, size_t i,
                   const std::vector<bool>* skippable, std::optional<PhraseMatch>* best) const;
};

}  // namespace dict_internal

struct DictionarySet::Impl {
  dict_internal::WordTable vocabulary;

  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  dict_internal::PhraseTrie actor_trie;
  dict_internal::PhraseTrie agent_trie;

  std::vector<VerbEntry> verb_entries;
  std::vector<VerbBlock> blocks;
  std::vector<VerbPattern> patterns;
  std::vector<Synset> synsets;
  std::unordered_map<WordId, std::vector<uint32_t>> verb_index;

  std::vector<Discard> discards;
  std::vector<Issue> issues;

  CameoTable cameo;
  std::string fingerprint;
  std::vector<std::string> warnings;
};

namespace dict_internal {

enum class Kind : uint8_t { kVerbs, kActors, kAgents, kDiscards, kIssues };
std::string_view KindName(Kind k);

// One input file.
struct FileContext {
  std::string path;      // as given; used in messages
  std::string base;      // file name without folders; used in ids "<base>:<line>"
  Kind kind = Kind::kVerbs;
  bool entente = false;  // starts with "# entente-dict <kind> v1"
  bool strict = false;   // entente || options.strict_event_codes
  std::vector<Line> lines;
};

// A pattern element before synsets and words are resolved.
struct RawElement {
  PatternElementKind kind = PatternElementKind::kWord;
  std::string text;  // the word, or the synset name "&NAME"
  bool connected = false;
};

struct RawPattern {
  const FileContext* file = nullptr;
  uint32_t line = 0;
  std::string id;
  std::string text;
  std::vector<RawElement> before, after;
  bool verb_connected = false;
  EventCode code, code2;
  bool null_code2 = false;
  uint32_t block = 0;
};

struct RawSynsetPhrase {
  std::vector<std::string> words;  // words and nested "&NAME" references
  bool plural = true;
  uint32_t line = 0;
};

struct RawSynset {
  std::string name;  // "&NAME" (trailing '_' removed)
  const FileContext* file = nullptr;
  uint32_t line = 0;
  std::vector<RawSynsetPhrase> phrases;
};

// A parsed "[a:b]" event code field.
struct CodeField {
  EventCode code, code2;
  bool paired = false;
  bool null_code2 = false;
};

class Builder {
 public:
  Builder(const DictionaryLoadOptions& options, DictionarySet::Impl* impl);

  DictionarySet::Impl& impl() { return *impl_; }
  const DictionaryLoadOptions& options() const { return options_; }
  FileContext& AddFile() { return files_.emplace_back(); }
  std::deque<FileContext>& files() { return files_; }

  WordId Intern(std::string_view word);
  std::vector<WordId> InternAll(const std::vector<std::string>& words);

  void Warn(const FileContext& f, uint32_t line, std::string_view message);
  Status Error(const FileContext& f, uint32_t line, std::string_view message) const;

  // Parses the inside of "[...]" as an event code field (a, a:b, ---, a:---, :b).  Checks the
  // codes against the CAMEO table: unknown codes are errors in strict files, warnings (once
  // per code and file) otherwise.  A code that is not even well-formed ("+++", "###") is an
  // error in strict files; otherwise `*usable` is set false and a warning is issued.
  Status ParseCode(const FileContext& f, uint32_t line, std::string_view inside, CodeField* out,
                   bool* usable);

  // Verb state shared between verb files (synsets may be used in a later file).
  std::vector<RawPattern>& raw_patterns() { return raw_patterns_; }
  std::map<std::string, RawSynset, std::less<>>& raw_synsets() { return raw_synsets_; }

  size_t warning_overflow() const { return warning_overflow_; }

 private:
  const DictionaryLoadOptions& options_;
  DictionarySet::Impl* impl_;
  std::deque<FileContext> files_;
  std::vector<RawPattern> raw_patterns_;
  std::map<std::string, RawSynset, std::less<>> raw_synsets_;
  std::set<std::pair<const FileContext*, std::string>> reported_codes_;
  size_t warning_overflow_ = 0;
};

// Splits off "@ID" tokens (entente stable ids).  Returns the id ("" if none) and leaves the
// rest of the line in *rest.  A second id on a line is reported through *extra.
std::string TakeId(std::string_view line, std::string* rest, bool* extra);

// The readers.  Each reads one file's logical lines into the Builder.
Status ReadVerbFile(Builder& b, const FileContext& f);
Status FinishVerbs(Builder& b);  // resolves synsets and compiles patterns (after all verb files)
Status ReadActorFile(Builder& b, const FileContext& f);
Status ReadAgentFile(Builder& b, const FileContext& f);
Status ReadDiscardFile(Builder& b, const FileContext& f);
Status ReadIssueFile(Builder& b, const FileContext& f);

// "<base>:<line>" or the explicit id.
std::string EntryId(const FileContext& f, uint32_t line, const std::string& explicit_id);

}  // namespace dict_internal
}  // namespace entente

#endif  // ENTENTE_DICT_DICT_IMPL_H_
