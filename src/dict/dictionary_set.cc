// Copyright 2026 The entente Authors. Apache-2.0.
//
// DictionarySet: Load() finds the files (given paths or the bundled data/dictionaries), reads
// them, checks the "# entente-dict <kind> v1" header, strips comments, hands each file to its
// reader (verbs_reader.cc, actors_reader.cc, lists_reader.cc), compiles the verb patterns, loads
// the CAMEO table and computes the fingerprint.  The lookups (MatchActor, VerbEntriesFor, ...)
// are const and allocation-free.  Also here: the Builder helpers shared by the readers and the
// phrase trie.
#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>

#include "dict/dict_impl.h"

namespace entente {

using dict_internal::Builder;
using dict_internal::FileContext;
using dict_internal::Kind;

const ActorCode& ActorEntry::CodeOn(Date date) const {
  for (const ActorRole& r : roles) {
    if (r.from <= date && date <= r.to) return r.code;
  }
  return default_code;
}

namespace dict_internal {

constexpr size_t kMaxWarnings = 2000;

std::string_view KindName(Kind k) {
  switch (k) {
    case Kind::kVerbs: return "verbs";
    case Kind::kActors: return "actors";
    case Kind::kAgents: return "agents";
    case Kind::kDiscards: return "discards";
    case Kind::kIssues: return "issues";
  }
  return "?";
}

uint32_t PhraseTrie::Insert(std::span<const WordId> phrase, uint32_t entry) {
  uint32_t node = 0;
  for (WordId w : phrase) {
    uint64_t key = (static_cast<uint64_t>(node) << 32) | w;
    bool inserted = false;
    uint32_t& child = edges_.FindOrInsert(key, static_cast<uint32_t>(terminal_.size()), &inserted);
    if (node == 0 && w != kNoWord) {
      if (w >= root_.size()) root_.resize(static_cast<size_t>(w) + 1, kNone);
      root_[w] = child;
    }
    node = child;
    if (inserted) terminal_.push_back(kNone);
    has_gaps_ |= w == kGap;
  }
  uint32_t prev = terminal_[node];
  if (prev == kNone) ++phrases_;
  terminal_[node] = entry;
  return prev;
}

// The search with gaps: from `node`, having matched words[start, i).
void PhraseTrie::LongestFrom(uint32_t node, std::span<const WordId> words, size_t start, size_t i,
                             const std::vector<bool>* skippable, std::optional<PhraseMatch>* best) const {
  if (node != 0 && terminal_[node] != kNone && (!*best || (*best)->length < i - start)) {
    *best = PhraseMatch{terminal_[node], static_cast<uint32_t>(i - start)};
  }
  if (i >= words.size()) return;
  if (node != 0) {  // (a word no dictionary knows may fill a gap)
    const uint32_t gap = edges_.Find((static_cast<uint64_t>(node) << 32) | kGap);
    if (gap != EdgeMap::kMissing) {
      LongestFrom(gap, words, start, i, skippable, best);  // nothing between
      for (size_t k = i; skippable && k < words.size() && k < i + kMaxGap && k < skippable->size() && (*skippable)[k];
           ++k) {
        LongestFrom(gap, words, start, k + 1, skippable, best);
      }
    }
  }
  if (words[i] == kNoWord) return;
  const uint32_t child = node == 0 ? (words[i] < root_.size() ? root_[words[i]] : kNone)
                                   : edges_.Find((static_cast<uint64_t>(node) << 32) | words[i]);
  if (child == kNone || child == EdgeMap::kMissing) return;
  LongestFrom(child, words, start, i + 1, skippable, best);
}

std::optional<PhraseMatch> PhraseTrie::Longest(std::span<const WordId> words, size_t start,
                                               const std::vector<bool>* skippable) const {
  std::optional<PhraseMatch> best;
  if (has_gaps_) {
    LongestFrom(0, words, start, start, skippable, &best);
    return best;
  }
  uint32_t node = 0;
  for (size_t i = start; i < words.size(); ++i) {
    if (words[i] == kNoWord) break;
    uint32_t child;
    if (node == 0) {  // the first word: flat array, no hashing
      child = words[i] < root_.size() ? root_[words[i]] : kNone;
      if (child == kNone) break;
    } else {
      child = edges_.Find((static_cast<uint64_t>(node) << 32) | words[i]);
    }
    if (child == EdgeMap::kMissing) break;
    node = child;
    if (terminal_[node] != kNone) best = PhraseMatch{terminal_[node], static_cast<uint32_t>(i - start + 1)};
  }
  return best;
}

Builder::Builder(const DictionaryLoadOptions& options, DictionarySet::Impl* impl)
    : options_(options), impl_(impl) {}

WordId Builder::Intern(std::string_view word) { return impl_->vocabulary.Intern(word); }

std::vector<WordId> Builder::InternAll(const std::vector<std::string>& words) {
  std::vector<WordId> out;
  out.reserve(words.size());
  for (const auto& w : words) out.push_back(Intern(w));
  return out;
}

void Builder::Warn(const FileContext& f, uint32_t line, std::string_view message) {
  if (impl_->warnings.size() >= kMaxWarnings) {
    ++warning_overflow_;
    return;
  }
  std::string w = f.path;
  if (line > 0) w += ":" + std::to_string(line);
  w += ": ";
  w += message;
  impl_->warnings.push_back(std::move(w));
}

Status Builder::Error(const FileContext& f, uint32_t line, std::string_view message) const {
  return Status::ParseError(f.path + ":" + std::to_string(line) + ": " + std::string(message));
}

Status Builder::ParseCode(const FileContext& f, uint32_t line, std::string_view inside, CodeField* out,
                          bool* usable) {
  *out = CodeField();
  *usable = true;
  inside = Trim(inside);
  if (inside.empty()) return Error(f, line, "empty code '[]'");
  size_t colon = inside.find(':');
  std::string_view parts[2] = {inside.substr(0, colon),
                               colon == std::string_view::npos ? std::string_view() : inside.substr(colon + 1)};
  out->paired = colon != std::string_view::npos;
  if (out->paired && parts[1].find(':') != std::string_view::npos) {
    return Error(f, line, "bad event code '[" + std::string(inside) + "]' (at most one ':')");
  }
  EventCode* targets[2] = {&out->code, &out->code2};
  for (int i = 0; i < (out->paired ? 2 : 1); ++i) {
    std::string_view t = Trim(parts[i]);
    if (t.empty() || t == "---") {
      if (i == 1) out->null_code2 = true;
      continue;
    }
    Result<EventCode> c = EventCode::Parse(t);
    if (!c.ok()) {
      if (f.strict) return Error(f, line, "bad event code '" + std::string(t) + "'");
      Warn(f, line, "event code '" + std::string(t) + "' is not usable; ignored");
      *usable = false;
      return Status::OK();
    }
    *targets[i] = *c;
    if (impl_->cameo.size() > 0 && impl_->cameo.Find(*c) == nullptr) {
      if (f.strict) return Error(f, line, "'" + c->ToString() + "' is not a CAMEO event code");
      if (reported_codes_.emplace(&f, c->ToString()).second) {
        Warn(f, line, "event code '" + c->ToString() + "' is not in the CAMEO table (accepted; reported once per file)");
      }
    }
  }
  if (out->paired && out->code2.empty() && !out->null_code2) out->null_code2 = true;
  return Status::OK();
}

std::string TakeId(std::string_view line, std::string* rest, bool* extra) {
  std::string id;
  *extra = false;
  if (line.find('@') == std::string_view::npos) {
    rest->assign(line);
    return id;
  }
  rest->clear();
  size_t i = 0;
  while (i < line.size()) {
    bool at_start = i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t';
    if (line[i] == '@' && at_start && i + 1 < line.size() && line[i + 1] != ' ' && line[i + 1] != '\t') {
      size_t j = i;
      while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
      if (id.empty()) {
        id = std::string(line.substr(i + 1, j - i - 1));
      } else {
        *extra = true;
      }
      i = j;
      continue;
    }
    rest->push_back(line[i]);
    ++i;
  }
  return id;
}

std::string EntryId(const FileContext& f, uint32_t line, const std::string& explicit_id) {
  if (!explicit_id.empty()) return explicit_id;
  return f.base + ":" + std::to_string(line);
}

namespace {

// Reads a whole file.  NotFound when it does not exist or is not a regular file.
Status ReadWholeFile(const std::string& path, std::string_view what, std::string* out) {
  std::error_code ec;
  std::filesystem::file_status st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) return Status::NotFound(path + ": " + std::string(what) + " not found");
  if (!std::filesystem::is_regular_file(st)) return Status::NotFound(path + ": " + std::string(what) + " is not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open " + std::string(what));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  *out = std::move(ss).str();
  return Status::OK();
}

// Checks an "# entente-dict <kind> v<major>[.<minor>]" first line.  Sets *entente.
Status CheckHeader(std::string_view content, const std::string& path, Kind kind, bool* entente) {
  *entente = false;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  std::string_view first = content.substr(0, content.find('\n'));
  first = dict_internal::Trim(first);
  constexpr std::string_view kTag = "# entente-dict";
  if (first.substr(0, kTag.size()) != kTag) return Status::OK();
  *entente = true;
  std::vector<std::string_view> parts = dict_internal::SplitBlanks(first.substr(kTag.size()));
  if (parts.size() < 2 || parts[1].size() < 2 || parts[1][0] != 'v') {
    return Status::ParseError(path + ":1: malformed header (want '# entente-dict " +
                              std::string(KindName(kind)) + " v1')");
  }
  if (parts[0] != KindName(kind)) {
    return Status::ParseError(path + ":1: this is an entente '" + std::string(parts[0]) +
                              "' dictionary, loaded as " + std::string(KindName(kind)));
  }
  std::string_view ver = parts[1].substr(1);
  std::string_view major = ver.substr(0, ver.find('.'));
  int m = 0;
  auto [p, errc] = std::from_chars(major.data(), major.data() + major.size(), m);
  if (errc != std::errc() || p != major.data() + major.size()) {
    return Status::ParseError(path + ":1: malformed format version '" + std::string(parts[1]) + "'");
  }
  if (m != 1) {
    return Status::Unsupported(path + ":1: entente-dict " + std::string(KindName(kind)) + " format v" +
                               std::string(ver) + " is not supported (this build reads v1)");
  }
  return Status::OK();
}

struct Input {
  Kind kind;
  std::string path;
  bool bundled;
};

Status CollectInputs(const DictionaryPaths& paths, const std::string& bundled, std::vector<Input>* out) {
  // Bundled files are checked here, kind by kind, so the first missing one is named.
  auto add = [&](Kind k, const std::vector<std::string>& given, const char* rel) -> Status {
    if (!given.empty()) {
      for (const auto& p : given) out->push_back({k, p, false});
      return Status::OK();
    }
    std::string path = bundled + "/" + rel;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      return Status::NotFound(path + ": bundled " + std::string(KindName(k)) + " dictionary not found");
    }
    out->push_back({k, path, true});
    return Status::OK();
  };
  ENTENTE_RETURN_IF_ERROR(add(Kind::kVerbs, paths.verbs, "verbs/cameo_verbs.txt"));
  if (!paths.actors.empty()) {
    for (const auto& p : paths.actors) out->push_back({Kind::kActors, p, false});
  } else {
    std::string dir = bundled + "/actors";
    std::error_code ec;
    std::vector<std::string> found;
    std::filesystem::directory_iterator it(dir, ec), end;
    if (ec) return Status::NotFound(dir + ": bundled actor dictionaries not found");
    for (; it != end; it.increment(ec)) {
      if (ec) return Status::IOError(dir + ": " + ec.message());
      const auto& path = it->path();
      std::error_code ec2;
      if (path.extension() == ".txt" && it->is_regular_file(ec2)) found.push_back(path.string());
    }
    if (found.empty()) return Status::NotFound(dir + ": no actor dictionaries (*.txt) in the bundled folder");
    std::sort(found.begin(), found.end());
    for (auto& p : found) out->push_back({Kind::kActors, std::move(p), true});
  }
  ENTENTE_RETURN_IF_ERROR(add(Kind::kAgents, paths.agents, "agents/agents.txt"));
  ENTENTE_RETURN_IF_ERROR(add(Kind::kDiscards, paths.discards, "discards/discards.txt"));
  ENTENTE_RETURN_IF_ERROR(add(Kind::kIssues, paths.issues, "issues/issues.txt"));
  return Status::OK();
}

std::string Hex16(uint64_t v) {
  static const char kHex[] = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i) {
    s[i] = kHex[v & 0xf];
    v >>= 4;
  }
  return s;
}

}  // namespace
}  // namespace dict_internal

namespace {

Result<std::shared_ptr<const DictionarySet>> LoadImpl(const DictionaryPaths& paths,
                                                      const DictionaryLoadOptions& options,
                                                      std::unique_ptr<DictionarySet::Impl> impl,
                                                      DictionarySet* (*make)(std::unique_ptr<DictionarySet::Impl>)) {
  using namespace dict_internal;
  const std::string bundled = paths.bundled_dir.empty() ? DictionarySet::DefaultBundledDir() : paths.bundled_dir;
  std::vector<Input> inputs;
  ENTENTE_RETURN_IF_ERROR(CollectInputs(paths, bundled, &inputs));

  Builder b(options, impl.get());
  bool any_entente = false, any_bundled = false;
  for (const Input& in : inputs) {
    std::string content;
    ENTENTE_RETURN_IF_ERROR(ReadWholeFile(in.path, std::string(KindName(in.kind)) + " dictionary", &content));
    FileContext& f = b.AddFile();
    f.path = in.path;
    f.base = std::filesystem::path(in.path).filename().string();
    f.kind = in.kind;
    ENTENTE_RETURN_IF_ERROR(CheckHeader(content, in.path, in.kind, &f.entente));
    f.strict = f.entente || options.strict_event_codes;
    any_entente |= f.entente;
    any_bundled |= in.bundled;
    SplitResult split = SplitLines(content, /*verb_headers=*/in.kind == Kind::kVerbs);
    f.lines = std::move(split.lines);
    for (auto& [line, note] : split.notes) b.Warn(f, line, note);
  }

  // The CAMEO table.
  const std::string cameo_path = paths.cameo.empty() ? bundled + "/cameo/cameo_codes.tsv" : paths.cameo;
  Result<CameoTable> table = CameoTable::LoadFile(cameo_path);
  if (table.ok()) {
    impl->cameo = std::move(table).value();
  } else {
    bool needed = !paths.cameo.empty() || any_entente || any_bundled || options.strict_event_codes ||
                  table.status().code() != ErrorCode::kNotFound;
    if (needed) return table.status();
    impl->warnings.push_back(cameo_path + ": CAMEO table not found; event codes are not checked");
  }

  for (Kind k : {Kind::kVerbs, Kind::kActors, Kind::kAgents, Kind::kDiscards, Kind::kIssues}) {
    for (const FileContext& f : b.files()) {
      if (f.kind != k) continue;
      switch (k) {
        case Kind::kVerbs: ENTENTE_RETURN_IF_ERROR(ReadVerbFile(b, f)); break;
        case Kind::kActors: ENTENTE_RETURN_IF_ERROR(ReadActorFile(b, f)); break;
        case Kind::kAgents: ENTENTE_RETURN_IF_ERROR(ReadAgentFile(b, f)); break;
        case Kind::kDiscards: ENTENTE_RETURN_IF_ERROR(ReadDiscardFile(b, f)); break;
        case Kind::kIssues: ENTENTE_RETURN_IF_ERROR(ReadIssueFile(b, f)); break;
      }
    }
    if (k == Kind::kVerbs) ENTENTE_RETURN_IF_ERROR(FinishVerbs(b));
  }

  // Explicit ids ("@..."; entente files) must be unique within a kind.  The entries keep no
  // positions, so on a duplicate the lines carrying the id are looked up again for the message
  // ("<file>:<line>: duplicate actor id '@X' (first at <file>:<line>)").
  {
    auto where = [&](Kind kind, const std::string& id, std::string* first) -> std::string {
      std::string second;
      for (const FileContext& f : b.files()) {
        if (f.kind != kind) continue;
        for (const Line& ln : f.lines) {
          if (ln.text.find('@') == std::string::npos) continue;
          std::string rest;
          bool extra = false;
          if (TakeId(ln.text, &rest, &extra) != id) continue;
          std::string at = f.path + ":" + std::to_string(ln.number);
          if (first->empty()) {
            *first = at;
          } else {
            return at;
          }
        }
      }
      return second;
    };
    auto check = [&](auto const& entries, Kind kind, const char* what) -> Status {
      std::unordered_map<std::string_view, size_t> seen;
      for (size_t i = 0; i < entries.size(); ++i) {
        const std::string& id = entries[i].id;
        if (id.find(':') != std::string::npos) continue;  // "<file>:<line>" ids are unique
        if (!seen.emplace(id, i).second) {
          std::string first;
          std::string second = where(kind, id, &first);
          std::string msg = "duplicate " + std::string(what) + " id '@" + id + "'";
          if (!second.empty()) return Status::ParseError(second + ": " + msg + " (first at " + first + ")");
          if (!first.empty()) return Status::ParseError(first + ": " + msg);
          return Status::ParseError(msg);
        }
      }
      return Status::OK();
    };
    ENTENTE_RETURN_IF_ERROR(check(impl->actors, Kind::kActors, "actor"));
    ENTENTE_RETURN_IF_ERROR(check(impl->agents, Kind::kAgents, "agent"));
    ENTENTE_RETURN_IF_ERROR(check(impl->patterns, Kind::kVerbs, "pattern"));
  }

  // Fingerprint: content lines (comments and blank lines do not count).  Foreign files also
  // contribute their name and line numbers because their entry ids ("<file>:<line>") do.
  Hasher h;
  h.Add("entente-dict-fingerprint-1");
  for (const FileContext& f : b.files()) {
    h.Add(KindName(f.kind));
    if (!f.entente) h.Add(f.base);
    h.AddU64(f.lines.size());
    for (const Line& ln : f.lines) {
      if (!f.entente) h.AddU64(ln.number);
      h.Add(ln.text);
    }
  }
  for (const auto& [code, e] : impl->cameo.entries()) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, e.goldstein);
    h.Add(code);
    h.Add(std::string_view(buf, r.ptr - buf));
    h.Add(e.label);
  }
  impl->fingerprint = Hex16(h.Finish());
  if (b.warning_overflow() > 0) {
    impl->warnings.push_back("... and " + std::to_string(b.warning_overflow()) + " more warnings");
  }
  return std::shared_ptr<const DictionarySet>(make(std::move(impl)));
}

}  // namespace

Result<std::shared_ptr<const DictionarySet>> DictionarySet::Load(const DictionaryPaths& paths,
                                                                 const DictionaryLoadOptions& options) {
  try {
    return LoadImpl(paths, options, std::make_unique<Impl>(),
                    [](std::unique_ptr<Impl> impl) { return new DictionarySet(std::move(impl)); });
  } catch (const std::bad_alloc&) {
    return Status::Internal("out of memory while loading dictionaries");
  } catch (const std::exception& e) {
    return Status::Internal(std::string("unexpected error while loading dictionaries: ") + e.what());
  }
}

std::string DictionarySet::DefaultBundledDir() {
  const char* env = std::getenv("ENTENTE_DATA_DIR");
  if (env != nullptr && *env != '\0') return std::string(env) + "/dictionaries";
#ifdef ENTENTE_DATA_DIR
  return std::string(ENTENTE_DATA_DIR) + "/dictionaries";
#else
  return "share/entente/dictionaries";
#endif
}

DictionarySet::DictionarySet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DictionarySet::~DictionarySet() = default;

WordId DictionarySet::FindWord(std::string_view norm) const {
  uint32_t id = impl_->vocabulary.Find(norm);
  return id == dict_internal::WordTable::kMissing ? kNoWord : id;
}

std::string_view DictionarySet::Word(WordId id) const {
  return id < impl_->vocabulary.size() ? std::string_view(impl_->vocabulary.word(id)) : std::string_view();
}

std::optional<PhraseMatch> DictionarySet::MatchActor(std::span<const WordId> words, size_t start) const {
  return impl_->actor_trie.Longest(words, start);
}

std::optional<PhraseMatch> DictionarySet::MatchAgent(std::span<const WordId> words, size_t start) const {
  return impl_->agent_trie.Longest(words, start);
}

std::pair<std::optional<PhraseMatch>, std::optional<PhraseMatch>> DictionarySet::MatchActorAndAgent(
    std::span<const WordId> words, size_t start, const std::vector<bool>* skippable) const {
  const dict_internal::PhraseTrie& actors = impl_->actor_trie;
  const dict_internal::PhraseTrie& agents = impl_->agent_trie;
  const WordId w = start < words.size() ? words[start] : kNoWord;
  return {actors.StartsWith(w) ? actors.Longest(words, start, skippable) : std::nullopt,
          agents.StartsWith(w) ? agents.Longest(words, start) : std::nullopt};
}

bool DictionarySet::AnyActorOrAgentPhrase(std::span<const WordId> words) const {
  const dict_internal::PhraseTrie& actors = impl_->actor_trie;
  const dict_internal::PhraseTrie& agents = impl_->agent_trie;
  thread_local std::vector<bool> any_word;  // scratch, reused
  if (actors.has_gaps()) any_word.assign(words.size(), true);
  for (size_t i = 0; i < words.size(); ++i) {
    const WordId w = words[i];
    if (w == kNoWord) continue;
    // (A phrase with a gap may match only with adjectives skipped, which this does not know:
    // any words may fill the gap here, an answer that errs on the side of "may name".)
    if (actors.StartsWith(w) && actors.Longest(words, i, actors.has_gaps() ? &any_word : nullptr)) return true;
    if (agents.StartsWith(w) && agents.Longest(words, i)) return true;
  }
  return false;
}

const ActorEntry& DictionarySet::actor(uint32_t i) const { return impl_->actors[i]; }
const AgentEntry& DictionarySet::agent(uint32_t i) const { return impl_->agents[i]; }
size_t DictionarySet::actor_count() const { return impl_->actors.size(); }
size_t DictionarySet::agent_count() const { return impl_->agents.size(); }

std::span<const uint32_t> DictionarySet::VerbEntriesFor(WordId form) const {
  auto it = impl_->verb_index.find(form);
  if (it == impl_->verb_index.end()) return {};
  return it->second;
}

const VerbEntry& DictionarySet::verb_entry(uint32_t i) const { return impl_->verb_entries[i]; }
const VerbBlock& DictionarySet::verb_block(uint32_t i) const { return impl_->blocks[i]; }
const VerbPattern& DictionarySet::pattern(uint32_t i) const { return impl_->patterns[i]; }
const Synset& DictionarySet::synset(uint32_t i) const { return impl_->synsets[i]; }
size_t DictionarySet::verb_entry_count() const { return impl_->verb_entries.size(); }
size_t DictionarySet::pattern_count() const { return impl_->patterns.size(); }
size_t DictionarySet::verb_block_count() const { return impl_->blocks.size(); }
size_t DictionarySet::synset_count() const { return impl_->synsets.size(); }

const std::vector<Discard>& DictionarySet::discards() const { return impl_->discards; }
const std::vector<Issue>& DictionarySet::issues() const { return impl_->issues; }
const CameoTable& DictionarySet::cameo() const { return impl_->cameo; }
const std::string& DictionarySet::fingerprint() const { return impl_->fingerprint; }
const std::vector<std::string>& DictionarySet::warnings() const { return impl_->warnings; }

}  // namespace entente
