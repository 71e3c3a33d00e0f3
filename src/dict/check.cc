// Copyright 2026 The entente Authors. Apache-2.0.
//
// CheckDictionaries() (declared at the end of entente/dict.h): the semantic checks behind
// `entente dict check`.  DictionarySet::Load() stops at the first fatal problem and keeps no
// file positions for what it accepts (a duplicate id is reported without a line, a phrase
// defined twice silently goes to the later entry, overlapping dated roles are not noticed), so
// this file reads the same inputs again, line by line with the loaders' own lexical layer
// (SplitLines, TakeId, PhraseWords, Plurals, VerbForms in text.h), and reports every problem
// with its file and line: ids (present, well-formed, unique), codes (CAMEO event codes, actor and
// agent code syntax, actor prefixes), dated roles (valid, ordered, not overlapping), phrases
// defined by two entries, duplicate patterns within a verb block, a verb form claimed by two
// blocks, pattern syntax and undefined synsets.  It then loads the set and adds the loader's
// own error and warnings.  It ports the checks of scripts/lint_dictionaries.py and
// scripts/lint_verbs.py that concern meaning; layout rules of the bundled files (blank line
// after a block, header comment with version and licence) stay in the scripts.
//
// Severity: problems in entente files (and in any bundled file) are errors; problems in foreign
// TABARI/PETRARCH files are warnings unless DictionaryCheckOptions::foreign_as_warnings is
// false; unknown-prefix is always a warning.
#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "dict/dict_impl.h"

namespace entente {
namespace {

using dict_internal::Kind;
using dict_internal::KindName;
using dict_internal::Line;
using dict_internal::NormalizeWord;
using dict_internal::PhraseWords;
using dict_internal::SplitBlanks;
using dict_internal::SplitClitics;
using dict_internal::Trim;
using dict_internal::Upper;

// CAMEO regions and generic prefixes that may start an actor code besides country codes
// (scripts/lint_dictionaries.py GENERIC_PREFIXES).
constexpr std::string_view kGenericPrefixes[] = {
    "IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS", "WST", "EUR", "EEU", "BLK", "CAU", "SCN", "MEA", "PGS",
    "AFR", "NAF", "WAF", "EAF", "SAF", "CFR", "ASA", "SEA", "SAS", "CAS", "LAM", "NMR", "CRB", "MDT", "EIN"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpperAlnum(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || IsDigit(c))) return false;
  return true;
}
bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!IsDigit(c)) return false;
  return true;
}

// One input file.
struct CheckFile {
  size_t order = 0;       // input order, for sorting problems
  Kind kind = Kind::kVerbs;
  std::string path;
  bool bundled = false;
  bool entente = false;   // valid "# entente-dict <kind> v1" header
  bool strict = false;    // entente || bundled: problems are errors
  std::vector<Line> lines;
};

struct Where {
  const CheckFile* file = nullptr;
  uint32_t line = 0;
  std::string ToString() const { return file->path + ":" + std::to_string(line); }
};

// An actor or agent entry as far as the phrase checks need it.
struct EntrySummary {
  Where where;
  std::string id;     // explicit id or "<path>:<line>"
  std::string codes;  // canonical text of all its codes, for "same codes?" comparisons
};

std::string JoinWords(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) {
    if (!s.empty()) s.push_back(' ');
    s += w;
  }
  return s;
}

Status ReadWholeFile(const std::string& path, std::string* out) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return Status::NotFound(path + ": dictionary not found");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  *out = std::move(ss).str();
  return Status::OK();
}

// The files DictionarySet::Load() reads for `paths`, in its order.
Status CollectFiles(const DictionaryPaths& paths, const std::string& bundled, std::vector<CheckFile>* out) {
  auto push = [&](Kind k, const std::string& p, bool is_bundled) {
    CheckFile f;
    f.kind = k;
    f.path = p;
    f.bundled = is_bundled;
    out->push_back(std::move(f));
  };
  auto add = [&](Kind k, const std::vector<std::string>& given, const char* rel) {
    if (!given.empty()) {
      for (const auto& p : given) push(k, p, false);
    } else {
      push(k, bundled + "/" + rel, true);
    }
  };
  add(Kind::kVerbs, paths.verbs, "verbs/cameo_verbs.txt");
  if (!paths.actors.empty()) {
    for (const auto& p : paths.actors) push(Kind::kActors, p, false);
  } else {
    std::string dir = bundled + "/actors";
    std::error_code ec;
    std::vector<std::string> found;
    std::filesystem::directory_iterator it(dir, ec), end;
    if (ec) return Status::NotFound(dir + ": bundled actor dictionaries not found");
    for (; it != end; it.increment(ec)) {
      if (ec) return Status::IOError(dir + ": " + ec.message());
      std::error_code ec2;
      if (it->path().extension() == ".txt" && it->is_regular_file(ec2)) found.push_back(it->path().string());
    }
    if (found.empty()) return Status::NotFound(dir + ": no actor dictionaries (*.txt)");
    std::sort(found.begin(), found.end());
    for (const auto& p : found) push(Kind::kActors, p, true);
  }
  add(Kind::kAgents, paths.agents, "agents/agents.txt");
  add(Kind::kDiscards, paths.discards, "discards/discards.txt");
  add(Kind::kIssues, paths.issues, "issues/issues.txt");
  for (size_t i = 0; i < out->size(); ++i) (*out)[i].order = i;
  return Status::OK();
}

class Checker {
 public:
  Checker(const DictionaryCheckOptions& options, std::vector<DictionaryProblem>* out)
      : options_(options), out_(out) {}

  // Records a problem; `always_warning` for advisory checks.
  void Report(const CheckFile& f, uint32_t line, std::string_view check, std::string message,
              bool always_warning = false) {
    DictionaryProblem p;
    p.file = f.path;
    p.line = line;
    p.check = std::string(check);
    p.message = std::move(message);
    bool error = !always_warning && (f.strict || !options_.foreign_as_warnings);
    p.severity = error ? CheckSeverity::kError : CheckSeverity::kWarning;
    out_->push_back(std::move(p));
    order_.push_back(f.order);
  }
  void Report(const Where& w, std::string_view check, std::string message, bool always_warning = false) {
    Report(*w.file, w.line, check, std::move(message), always_warning);
  }
  const std::vector<size_t>& order() const { return order_; }

  void set_cameo(const CameoTable* cameo) { cameo_ = cameo; }

  // ---- header ------------------------------------------------------------------------------

  void Header(CheckFile& f, std::string_view content) {
    if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
    std::string_view first = Trim(content.substr(0, content.find('\n')));
    constexpr std::string_view kTag = "# entente-dict";
    std::string want = "# entente-dict " + std::string(KindName(f.kind)) + " v1";
    if (first.substr(0, kTag.size()) != kTag) {
      if (f.bundled) Report(f, 1, "header", "bundled file must start with '" + want + "'");
      return;
    }
    std::vector<std::string_view> parts = SplitBlanks(first.substr(kTag.size()));
    if (parts.size() < 2 || parts[0] != KindName(f.kind) || parts[1].substr(0, 2) != "v1" ||
        (parts[1].size() > 2 && parts[1][2] != '.')) {
      f.strict = true;
      Report(f, 1, "header", "header '" + std::string(first) + "' does not match '" + want + "'");
      return;
    }
    f.entente = true;
  }

  // ---- ids ---------------------------------------------------------------------------------

  // Checks an entente id's form and uniqueness.  `expect_code` (verbs only) is the code part the
  // id must carry: "NUL" or the entry's code.
  void Id(const CheckFile& f, uint32_t line, const std::string& id, bool extra, std::string_view expect_code = {}) {
    if (extra) Report(f, line, "malformed-id", "more than one '@id' on the line");
    if (id.empty()) {
      if (f.entente) Report(f, line, "missing-id", "entry without an '@id'");
      return;
    }
    if (f.entente && !WellFormedId(f.kind, id, expect_code)) {
      std::string want;
      switch (f.kind) {
        case Kind::kActors: want = "@A-<ISO or group>-nnnn"; break;
        case Kind::kAgents: want = "@G-nnnn"; break;
        case Kind::kDiscards: want = "@D-nnnn"; break;
        case Kind::kIssues: want = "@I-nnnn"; break;
        case Kind::kVerbs: want = "@V" + std::string(expect_code) + "-nnnn"; break;
      }
      Report(f, line, "malformed-id", "id '@" + id + "' is not of the form " + want);
    }
    auto [it, fresh] = ids_.try_emplace(id, Where{&f, line});
    if (!fresh) Report(f, line, "duplicate-id", "duplicate id '@" + id + "' (first at " + it->second.ToString() + ")");
  }

  static bool WellFormedId(Kind kind, std::string_view id, std::string_view expect_code) {
    auto tail4 = [](std::string_view s) { return s.size() == 4 && AllDigits(s); };
    switch (kind) {
      case Kind::kActors: {
        if (id.substr(0, 2) != "A-") return false;
        std::string_view rest = id.substr(2);
        size_t dash = rest.find('-');
        if (dash == std::string_view::npos || dash < 2 || dash > 5) return false;
        return IsUpperAlnum(rest.substr(0, dash)) && tail4(rest.substr(dash + 1));
      }
      case Kind::kAgents: return id.substr(0, 2) == "G-" && tail4(id.substr(2));
      case Kind::kDiscards: return id.substr(0, 2) == "D-" && tail4(id.substr(2));
      case Kind::kIssues: return id.substr(0, 2) == "I-" && tail4(id.substr(2));
      case Kind::kVerbs: {
        if (id.substr(0, 1) != "V") return false;
        size_t dash = id.find('-');
        if (dash == std::string_view::npos) return false;
        return id.substr(1, dash - 1) == expect_code && tail4(id.substr(dash + 1));
      }
    }
    return false;
  }

  // ---- actors ------------------------------------------------------------------------------

  void Actors(const CheckFile& f) {
    std::string skip_section;
    for (const Line& ln : f.lines) {
      std::string rest;
      bool extra = false;
      std::string id = dict_internal::TakeId(ln.text, &rest, &extra);
      std::string_view t = Trim(rest);
      if (t.empty()) continue;
      if (!skip_section.empty()) {
        if (t.size() > 2 && t[0] == '<' && t[1] == '/') skip_section.clear();
        continue;
      }
      if (t[0] == '<') {
        size_t close = t.find('>');
        if (close != std::string_view::npos && t.size() > 1 && t[1] != '/') skip_section = std::string(t.substr(1, close - 1));
        continue;
      }
      if (t[0] == '[') {
        if (cur_ != nullptr) Brackets(f, ln.number, t);
        continue;
      }
      if (t[0] == '+') {
        if (cur_ == nullptr) continue;  // the loader rejects this; its error is reported
        size_t lb = t.find('[');
        AddActorPhrase(f, ln.number, t.substr(1, lb == std::string_view::npos ? lb : lb - 1));
        if (lb != std::string_view::npos) Brackets(f, ln.number, t.substr(lb));
        continue;
      }
      FinishActor();
      Id(f, ln.number, id, extra);
      actors_.emplace_back();
      cur_ = &actors_.back();
      cur_->where = Where{&f, ln.number};
      cur_->id = id.empty() ? f.path + ":" + std::to_string(ln.number) : id;
      size_t lb = t.find('[');
      AddActorPhrase(f, ln.number, t.substr(0, lb));
      if (lb != std::string_view::npos) Brackets(f, ln.number, t.substr(lb));
    }
    FinishActor();
  }

  // After all actor files: phrases defined by two entries, and code prefixes.
  void FinishActors() {
    for (const PendingPhrase& p : actor_phrases_) {
      const ActorInfo& a = actors_[p.entry];
      auto [it, fresh] = actor_phrase_owner_.try_emplace(p.key, p.entry);
      if (fresh || it->second == p.entry) continue;
      const ActorInfo& first = actors_[it->second];
      bool same = first.codes == a.codes;
      Report(p.where, same ? "duplicate-phrase" : "conflicting-phrase",
             "actor phrase '" + p.text + "' already names " + first.id + " (" + first.where.ToString() + ")" +
                 (same ? "" : " with other codes"));
    }
    for (const auto& [code, where] : actor_codes_) {
      if (!where.file->entente || code.size() < 3) continue;
      std::string_view prefix = std::string_view(code).substr(0, 3);
      if (countries_.count(std::string(prefix))) continue;
      if (std::find(std::begin(kGenericPrefixes), std::end(kGenericPrefixes), prefix) != std::end(kGenericPrefixes)) continue;
      Report(where, "unknown-prefix",
             "actor code " + code + ": prefix " + std::string(prefix) + " is not a known country, region or group",
             /*always_warning=*/true);
    }
  }

  // ---- agents ------------------------------------------------------------------------------

  void Agents(const CheckFile& f) {
    std::map<std::string, std::vector<std::string>> markers;
    for (const Line& ln : f.lines) {
      std::string rest;
      bool extra = false;
      std::string id = dict_internal::TakeId(ln.text, &rest, &extra);
      std::string_view t = Trim(rest);
      if (t.empty() || t[0] == '<') continue;
      if (t.find('!') != std::string_view::npos && t.find('=') != std::string_view::npos) {
        size_t a = t.find('!'), z = t.find('!', a + 1), eq = t.find('=');
        if (z == std::string_view::npos || eq < z) continue;
        std::vector<std::string> items;
        std::string_view list = t.substr(eq + 1);
        size_t pos = 0;
        while (pos <= list.size()) {
          size_t comma = list.find(',', pos);
          std::string_view item =
              Trim(list.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
          if (!item.empty()) items.push_back(Upper(item));
          if (comma == std::string_view::npos) break;
          pos = comma + 1;
        }
        markers[Upper(Trim(t.substr(a + 1, z - a - 1)))] = std::move(items);
        continue;
      }
      size_t lb = t.find('[');
      size_t rb = lb == std::string_view::npos ? lb : t.find(']', lb);
      if (rb == std::string_view::npos) continue;  // the loader reports it
      Id(f, ln.number, id, extra);
      std::string code;
      for (char c : t.substr(lb + 1, rb - lb - 1))
        if (c != ' ' && c != '\t') code.push_back(c);
      size_t tildes = std::count(code.begin(), code.end(), '~');
      std::string bare = code;
      bare.erase(std::remove(bare.begin(), bare.end(), '~'), bare.end());
      if (code.empty() || tildes != 1 || !(code.front() == '~' || code.back() == '~')) {
        Report(f, ln.number, "bad-code", "agent code '" + code + "' needs one '~' at its start or end");
      } else if (!IsUpperAlnum(bare) && f.entente) {
        Report(f, ln.number, "bad-code", "agent code '" + code + "' is not upper-case letters and digits");
      }
      // Its phrases, as the loader builds them.
      std::string_view head = t.substr(0, lb);
      std::vector<std::string> phrases;
      if (head.find('!') != std::string_view::npos) {
        size_t a = head.find('!'), z = head.find('!', a + 1);
        if (z == std::string_view::npos) continue;
        auto it = markers.find(Upper(head.substr(a + 1, z - a - 1)));
        if (it == markers.end()) continue;
        for (const std::string& sub : it->second) {
          phrases.push_back(std::string(head.substr(0, a)) + sub + std::string(head.substr(z + 1)));
        }
      } else {
        size_t brace = head.find('{');
        std::string_view base = Trim(head.substr(0, brace));
        phrases.push_back(std::string(base));
        if (brace != std::string_view::npos) {
          size_t close = head.find('}', brace);
          if (close == std::string_view::npos) continue;
          std::string_view plural = Trim(head.substr(brace + 1, close - brace - 1));
          if (!plural.empty()) phrases.push_back(std::string(plural));
        } else if (!base.empty() && base.back() != '_') {
          std::vector<std::string> words = PhraseWords(base);
          if (!words.empty()) {
            for (const std::string& pl : dict_internal::Plurals(words.back())) {
              std::vector<std::string> w = words;
              w.back() = pl;
              phrases.push_back(JoinWords(w));
            }
          }
        }
      }
      uint32_t entry = static_cast<uint32_t>(agent_entries_.size());
      agent_entries_.push_back(EntrySummary{Where{&f, ln.number}, id.empty() ? f.path + ":" + std::to_string(ln.number) : id, code});
      std::set<std::string> mine;
      for (const std::string& p : phrases) {
        std::string key = JoinWords(PhraseWords(p));
        if (key.empty() || !mine.insert(key).second) continue;
        auto [it, fresh] = agent_phrase_owner_.try_emplace(key, entry);
        if (fresh) continue;
        const EntrySummary& first = agent_entries_[it->second];
        bool same = first.codes == code;
        Report(f, ln.number, same ? "duplicate-phrase" : "conflicting-phrase",
               "agent form '" + key + "' already defined by " + first.id + " (" + first.where.ToString() + ")" +
                   (same ? "" : " with code [" + first.codes + "]"));
      }
    }
  }

  // ---- discards and issues -----------------------------------------------------------------

  void Discards(const CheckFile& f) {
    for (const Line& ln : f.lines) {
      std::string rest;
      bool extra = false;
      std::string id = dict_internal::TakeId(ln.text, &rest, &extra);
      std::string_view t = Trim(rest);
      if (t.empty() || t[0] == '<') continue;
      Id(f, ln.number, id, extra);
      bool story = t[0] == '+';
      if (story) t.remove_prefix(1);
      std::string key = JoinWords(PhraseWords(t));
      if (key.empty()) continue;
      auto [it, fresh] = discard_owner_.try_emplace(key, Where{&f, ln.number});
      if (!fresh) {
        Report(f, ln.number, "duplicate-phrase", "discard '" + key + "' already listed at " + it->second.ToString());
      }
    }
  }

  void Issues(const CheckFile& f) {
    for (const Line& ln : f.lines) {
      std::string rest;
      bool extra = false;
      std::string id = dict_internal::TakeId(ln.text, &rest, &extra);
      std::string_view t = Trim(rest);
      if (t.empty() || t[0] == '<') continue;
      size_t lb = t.find('[');
      size_t rb = lb == std::string_view::npos ? lb : t.find(']', lb);
      if (t[0] == '~') continue;  // exclusion phrases (PETRARCH)
      if (rb == std::string_view::npos) continue;  // the loader reports it
      Id(f, ln.number, id, extra);
      std::string code(Trim(t.substr(lb + 1, rb - lb - 1)));
      if (f.entente) {
        bool ok = !code.empty();
        for (char c : code) ok = ok && ((c >= 'A' && c <= 'Z') || IsDigit(c) || c == '_');
        if (!ok) Report(f, ln.number, "bad-code", "issue code '" + code + "' must be upper-case letters, digits and '_'");
      }
      std::string key = Upper(Trim(t.substr(0, lb)));
      if (key.empty()) continue;
      auto [it, fresh] = issue_owner_.try_emplace(key, std::make_pair(Where{&f, ln.number}, code));
      if (!fresh) {
        bool same = it->second.second == code;
        Report(f, ln.number, same ? "duplicate-phrase" : "conflicting-phrase",
               "issue phrase '" + key + "' already listed at " + it->second.first.ToString() +
                   (same ? "" : " with code " + it->second.second));
      }
    }
  }

  // ---- verbs -------------------------------------------------------------------------------

  void Verbs(const CheckFile& f) {
    bool tabari = true;
    for (const Line& ln : f.lines)
      if (ln.text.substr(0, 3) == "---") tabari = false;
    bool in_synset = false;
    std::string skip_section;
    std::string block_code;  // the current block's first code ("" = null)
    size_t block = SIZE_MAX;
    for (const Line& ln : f.lines) {
      std::string rest;
      bool extra = false;
      std::string id = dict_internal::TakeId(ln.text, &rest, &extra);
      std::string_view t = Trim(rest);
      if (t.empty()) continue;
      if (!skip_section.empty()) {
        if (t.size() > 2 && t[0] == '<' && t[1] == '/' && Upper(t.substr(2, skip_section.size())) == skip_section) {
          skip_section.clear();
        }
        continue;
      }
      if (t[0] == '<') {
        size_t close = t.find('>');
        if (close == std::string_view::npos) continue;
        std::string_view inner = t.substr(1, close - 1);
        if (!inner.empty() && inner[0] == '/') continue;
        std::vector<std::string_view> parts = SplitBlanks(inner);
        std::string name = parts.empty() ? std::string() : Upper(parts[0]);
        if (name != "SYNSETS" && name != "VERBS" && name != "PATTERNS") skip_section = name;
        continue;
      }
      if (t[0] != '+') in_synset = false;
      if (t.substr(0, 3) == "---") {
        std::string_view inner = t;
        while (!inner.empty() && inner.front() == '-') inner.remove_prefix(1);
        while (!inner.empty() && (inner.back() == '-' || inner.back() == ' ' || inner.back() == '\t')) inner.remove_suffix(1);
        block = ++block_counter_;
        block_code = CodesIn(f, ln.number, inner);
        continue;
      }
      if (t[0] == '-') {
        if (block == SIZE_MAX) continue;  // the loader reports it
        Pattern(f, ln.number, t.substr(1), id, extra, block);
        continue;
      }
      if (t[0] == '&') {
        std::vector<std::string_view> parts = SplitBlanks(t);
        std::string name = Upper(parts[0]);
        while (name.size() > 1 && name.back() == '_') name.pop_back();
        synsets_defined_.insert(name);
        in_synset = true;
        continue;
      }
      if (t[0] == '+' && in_synset) {
        for (const std::string& w : PhraseWords(t.substr(1)))
          if (w.size() > 1 && w[0] == '&') synset_uses_.push_back({StripSynset(w), Where{&f, ln.number}});
        continue;
      }
      if (t[0] == '~' || t[0] == '{') continue;
      // A verb line.
      if (tabari || block == SIZE_MAX) block = ++block_counter_;
      VerbLine(f, ln.number, t, id, extra, block, block_code);
    }
  }

  void FinishVerbs() {
    for (const auto& [name, where] : synset_uses_) {
      if (!synsets_defined_.count(name)) Report(where, "undefined-synset", "synset " + name + " is not defined");
    }
  }

 private:
  struct ActorInfo {
    Where where;
    std::string id;
    std::string codes;  // canonical: "default|code:from:to|..."
    bool any_code = false;
    std::string default_code;
    bool has_default = false;
    struct Role {
      std::string code;
      Date from = Date::Min(), to = Date::Max();
      uint32_t line = 0;
    };
    std::vector<Role> roles;
  };
  struct PendingPhrase {
    std::string key;
    std::string text;
    uint32_t entry;
    Where where;
  };

  static std::string StripSynset(std::string s) {
    while (s.size() > 1 && s.back() == '_') s.pop_back();
    return Upper(s);
  }

  void AddActorPhrase(const CheckFile& f, uint32_t line, std::string_view phrase) {
    phrase = Trim(phrase);
    std::vector<std::string> words = PhraseWords(phrase);
    if (words.empty()) return;
    actor_phrases_.push_back(PendingPhrase{JoinWords(words), std::string(phrase),
                                           static_cast<uint32_t>(actors_.size() - 1), Where{&f, line}});
  }

  // PETRARCH's date rule (actors_reader.cc): 8+ digits YYYYMMDD, 6-7 digits YYMMDD.
  bool ParseDate(const CheckFile& f, uint32_t line, std::string_view text, Date* out) {
    if (!AllDigits(text) || text.size() < 6) {
      Report(f, line, "bad-date", "malformed date '" + std::string(text) + "' (want YYYYMMDD)");
      return false;
    }
    if (f.entente && text.size() != 8) {
      Report(f, line, "bad-date", "date '" + std::string(text) + "' must have 8 digits (YYYYMMDD)");
    }
    std::string_view use = text.size() >= 8 ? text.substr(0, 8) : text.substr(0, 6);
    Result<Date> d = Date::Parse(use, /*allow_short=*/true);
    if (!d.ok()) {
      Report(f, line, "bad-date", "invalid date '" + std::string(text) + "'");
      return false;
    }
    *out = *d;
    return true;
  }

  // One or more "[CODE restriction]" groups for the current actor.
  void Brackets(const CheckFile& f, uint32_t line, std::string_view t) {
    while (true) {
      t = Trim(t);
      if (t.empty() || t[0] != '[') return;
      size_t close = t.find(']');
      if (close == std::string_view::npos) return;  // the loader reports it
      std::string_view inner = Trim(t.substr(1, close - 1));
      t = t.substr(close + 1);
      if (inner.empty()) continue;
      size_t sp = 0;
      while (sp < inner.size() && inner[sp] != ' ' && inner[sp] != '\t') ++sp;
      std::string code(inner.substr(0, sp));
      std::string dates;
      for (char c : inner.substr(sp))
        if (c != ' ' && c != '\t') dates.push_back(c);
      cur_->any_code = true;
      if (code != "---") {
        if (f.entente ? !IsUpperAlnum(code) : !ActorCode::Parse(code).ok()) {
          Report(f, line, "bad-code", "actor code '" + code + "' is not upper-case letters and digits");
        } else {
          actor_codes_.emplace_back(code, Where{&f, line});
        }
      }
      if (dates.empty()) {
        if (cur_->has_default && cur_->default_code != code) {
          Report(f, line, "conflicting-default",
                 "actor '" + cur_->id + "' gets a second default code " + code + " (was " + cur_->default_code + ")");
        }
        cur_->has_default = true;
        cur_->default_code = code;
        if (f.kind == Kind::kActors && code.size() == 3 && code != "---") countries_.insert(code);
        continue;
      }
      ActorInfo::Role role;
      role.code = code;
      role.line = line;
      bool ok = true;
      if (dates[0] == '<') {
        ok = ParseDate(f, line, std::string_view(dates).substr(1), &role.to);
      } else if (dates[0] == '>') {
        ok = ParseDate(f, line, std::string_view(dates).substr(1), &role.from);
      } else {
        size_t dash = dates.find('-');
        if (dash == std::string::npos) {
          ok = ParseDate(f, line, dates, &role.from);
          if (ok && f.entente) Report(f, line, "bad-date", "date '" + dates + "' needs '<', '>' or a range A-B");
        } else {
          std::string_view dv(dates);
          ok = ParseDate(f, line, dv.substr(0, dash), &role.from) && ParseDate(f, line, dv.substr(dash + 1), &role.to);
          if (ok && role.to < role.from) {
            Report(f, line, "reversed-range", "date range '" + dates + "' ends before it starts");
            ok = false;
          }
        }
      }
      if (ok) cur_->roles.push_back(std::move(role));
    }
  }

  void FinishActor() {
    if (cur_ == nullptr) return;
    ActorInfo& a = *cur_;
    const CheckFile& f = *a.where.file;
    if (!a.any_code && f.entente) Report(a.where, "no-code", "actor '" + a.id + "' has no code (no default, no dated role)");
    std::vector<const ActorInfo::Role*> sorted;
    for (const auto& r : a.roles) sorted.push_back(&r);
    std::stable_sort(sorted.begin(), sorted.end(), [](auto* x, auto* y) { return x->from < y->from; });
    for (size_t i = 1; i < sorted.size(); ++i) {
      // Compare with every earlier role that might still be running (ranges sorted by start).
      for (size_t j = 0; j < i; ++j) {
        if (sorted[i]->from <= sorted[j]->to) {
          const ActorInfo::Role* later = sorted[i]->line >= sorted[j]->line ? sorted[i] : sorted[j];
          const ActorInfo::Role* earlier = later == sorted[i] ? sorted[j] : sorted[i];
          Report(f, later->line, "overlapping-roles",
                 "role " + later->code + " " + RangeText(*later) + " of " + a.id + " overlaps role " + earlier->code +
                     " " + RangeText(*earlier) + " (line " + std::to_string(earlier->line) + ")");
          break;
        }
      }
    }
    a.codes = a.default_code;
    for (const auto& r : a.roles) a.codes += "|" + r.code + ":" + r.from.ToString() + ":" + r.to.ToString();
    cur_ = nullptr;
  }

  static std::string RangeText(const ActorInfo::Role& r) {
    if (r.from == Date::Min() && r.to == Date::Max()) return "(all dates)";
    if (r.from == Date::Min()) return "<=" + r.to.ToString();
    if (r.to == Date::Max()) return ">=" + r.from.ToString();
    return r.from.ToString() + ".." + r.to.ToString();
  }

  // Checks every code in the "[...]" of a header or verb line; returns the first code ("" for
  // the null code or none).
  std::string CodesIn(const CheckFile& f, uint32_t line, std::string_view text) {
    size_t lb = text.find('[');
    if (lb == std::string_view::npos) return "";
    size_t rb = text.find(']', lb);
    if (rb == std::string_view::npos) return "";
    return CheckEventCode(f, line, text.substr(lb + 1, rb - lb - 1));
  }

  // "a", "a:b", "---", "a:---": each part must be in the CAMEO table.  Returns the first code.
  std::string CheckEventCode(const CheckFile& f, uint32_t line, std::string_view inside) {
    inside = Trim(inside);
    size_t colon = inside.find(':');
    std::string first;
    for (int i = 0; i < (colon == std::string_view::npos ? 1 : 2); ++i) {
      std::string_view part = Trim(i == 0 ? inside.substr(0, colon) : inside.substr(colon + 1));
      if (part.empty() || part == "---") continue;
      if (i == 0) first = std::string(part);
      if (cameo_ == nullptr) continue;
      Result<EventCode> c = EventCode::Parse(part);
      if (!c.ok() || cameo_->Find(*c) == nullptr) {
        Report(f, line, "unknown-code", "'" + std::string(part) + "' is not a CAMEO event code");
      }
    }
    return first;
  }

  static std::string IdCode(const std::string& code) {
    if (code.empty()) return "NUL";
    return code;
  }

  void Pattern(const CheckFile& f, uint32_t line, std::string_view body_all, const std::string& id, bool extra,
               size_t block) {
    body_all = Trim(body_all);
    size_t lb = body_all.rfind('[');
    size_t rb = lb == std::string_view::npos ? lb : body_all.find(']', lb);
    if (rb == std::string_view::npos) return;  // the loader reports it
    std::string code = CheckEventCode(f, line, body_all.substr(lb + 1, rb - lb - 1));
    Id(f, line, id, extra, IdCode(code));
    // Flatten PETRARCH-2 groupings, split into tokens.
    std::string flat;
    for (char c : body_all.substr(0, lb)) flat.push_back(c == '{' || c == '}' || c == '(' || c == ')' ? ' ' : c);
    std::vector<std::string_view> toks = SplitBlanks(flat);
    std::string key;
    int stars = 0, targets = 0, sources = 0;
    for (std::string_view tok : toks) {
      if (!key.empty()) key.push_back(' ');
      key += Upper(tok);
      // Pieces joined by '_' ("&SANCTION_ON", "*_FOR", "IN_*").
      size_t pos = 0;
      while (pos <= tok.size()) {
        size_t us = tok.find('_', pos);
        std::string_view piece = tok.substr(pos, us == std::string_view::npos ? std::string_view::npos : us - pos);
        std::string_view p = piece;
        if (p.find('*') != std::string_view::npos) stars += static_cast<int>(std::count(p.begin(), p.end(), '*') > 0);
        while (p.size() > 1 && (p[0] == '$' || p[0] == '+' || p[0] == '%' || p[0] == '^')) {
          targets += p[0] == '+';
          sources += p[0] == '$';
          p.remove_prefix(1);
        }
        if (p == "+") ++targets;
        if (p == "$") ++sources;
        if (p.size() > 1 && p[0] == '&') synset_uses_.push_back({StripSynset(std::string(p)), Where{&f, line}});
        if (us == std::string_view::npos) break;
        pos = us + 1;
      }
    }
    if (stars != 1) {
      Report(f, line, "pattern-syntax", "pattern must have exactly one '*' (the verb), has " + std::to_string(stars));
    }
    if (targets > 1 || sources > 1) Report(f, line, "pattern-syntax", "pattern with more than one '+' or '$'");
    auto [it, fresh] = patterns_.try_emplace(std::make_pair(block, key), Where{&f, line});
    if (!fresh) {
      Report(f, line, "duplicate-pattern",
             "pattern '" + key + "' repeats line " + std::to_string(it->second.line) + " of the same block");
    }
  }

  // A verb spec "SAY", "+BREAK_DOWN", "KLM_NOP_+RST": (pre words, verb word, post words).
  static bool VerbSpec(std::string_view spec, std::string* pre, std::string* verb, std::string* post) {
    std::vector<std::string> parts;
    std::string cur;
    for (char c : spec) {
      if (c == '_' || c == ' ' || c == '\t') {
        if (!cur.empty()) parts.push_back(std::move(cur));
        cur.clear();
      } else {
        cur.push_back(c);
      }
    }
    if (!cur.empty()) parts.push_back(std::move(cur));
    if (parts.empty()) return false;
    size_t vp = 0;
    for (size_t i = 0; i < parts.size(); ++i)
      if (parts[i][0] == '+') { vp = i; break; }
    std::vector<std::string> pw, vw, qw;
    for (size_t i = 0; i < parts.size(); ++i) {
      std::string_view p = parts[i];
      while (!p.empty() && p[0] == '+') p.remove_prefix(1);
      std::vector<std::string> words;
      SplitClitics(NormalizeWord(p), &words);
      if (words.empty()) continue;
      if (i < vp) {
        for (auto& w : words) pw.push_back(std::move(w));
      } else if (i > vp) {
        for (auto& w : words) qw.push_back(std::move(w));
      } else {
        vw.push_back(words[0]);
        for (size_t k = 1; k < words.size(); ++k) qw.push_back(std::move(words[k]));
      }
    }
    if (vw.empty()) return false;
    *pre = JoinWords(pw);
    *verb = vw[0];
    *post = JoinWords(qw);
    return true;
  }

  void VerbLine(const CheckFile& f, uint32_t line, std::string_view t, const std::string& id, bool extra,
                size_t block, const std::string& block_code) {
    size_t brace = t.find('{');
    size_t bracket = t.find('[');
    std::string own;
    if (bracket != std::string_view::npos) {
      size_t close = t.find(']', bracket);
      if (close != std::string_view::npos) own = CheckEventCode(f, line, t.substr(bracket + 1, close - bracket - 1));
    }
    bool has_own = bracket != std::string_view::npos;
    Id(f, line, id, extra, IdCode(has_own ? own : block_code));
    std::string_view head = Trim(t.substr(0, std::min(brace, bracket)));
    std::string pre, verb, post;
    if (!VerbSpec(head, &pre, &verb, &post)) return;  // the loader reports it
    std::vector<std::tuple<std::string, std::string, std::string>> forms{{pre, verb, post}};
    if (brace != std::string_view::npos) {
      size_t close = t.find('}', brace);
      if (close == std::string_view::npos) return;
      std::string_view inside = Trim(t.substr(brace + 1, close - brace - 1));
      if (!inside.empty()) {
        for (std::string& v : dict_internal::VerbForms(verb, /*past=*/false)) forms.emplace_back(pre, v, post);
      }
      for (std::string_view form : SplitBlanks(inside)) {
        std::string a, v, z;
        if (VerbSpec(form, &a, &v, &z)) forms.emplace_back(a, v, z);
      }
    } else {
      for (std::string& v : dict_internal::VerbForms(verb)) forms.emplace_back(pre, v, post);
    }
    std::set<std::string> mine;
    for (const auto& [a, v, z] : forms) {
      std::string key = a + "|" + v + "|" + z;
      if (!mine.insert(key).second) continue;
      auto [it, fresh] = verb_forms_.try_emplace(key, std::make_pair(block, Where{&f, line}));
      if (fresh || it->second.first == block) continue;
      std::string shown = (a.empty() ? "" : a + " ") + v + (z.empty() ? "" : " " + z);
      Report(f, line, "verb-in-two-blocks",
             "verb form '" + shown + "' is also in the block at " + it->second.second.ToString());
    }
  }

  const DictionaryCheckOptions& options_;
  std::vector<DictionaryProblem>* out_;
  std::vector<size_t> order_;
  const CameoTable* cameo_ = nullptr;
  std::unordered_map<std::string, Where> ids_;

  std::deque<ActorInfo> actors_;
  ActorInfo* cur_ = nullptr;
  std::vector<PendingPhrase> actor_phrases_;
  std::unordered_map<std::string, uint32_t> actor_phrase_owner_;
  std::vector<std::pair<std::string, Where>> actor_codes_;
  std::set<std::string> countries_;

  std::vector<EntrySummary> agent_entries_;
  std::unordered_map<std::string, uint32_t> agent_phrase_owner_;
  std::unordered_map<std::string, Where> discard_owner_;
  std::unordered_map<std::string, std::pair<Where, std::string>> issue_owner_;

  size_t block_counter_ = 0;
  std::map<std::pair<size_t, std::string>, Where> patterns_;
  std::unordered_map<std::string, std::pair<size_t, Where>> verb_forms_;
  std::set<std::string> synsets_defined_;
  std::vector<std::pair<std::string, Where>> synset_uses_;
};

// Splits a loader message "<path>:<line>: <text>" for one of `files`.
bool SplitLoaderMessage(std::string_view msg, const std::vector<CheckFile>& files, const CheckFile** file,
                        uint32_t* line, std::string* text) {
  for (const CheckFile& f : files) {
    if (msg.substr(0, f.path.size()) != f.path || msg.size() <= f.path.size() || msg[f.path.size()] != ':') continue;
    std::string_view rest = msg.substr(f.path.size() + 1);
    uint32_t n = 0;
    size_t i = 0;
    while (i < rest.size() && IsDigit(rest[i])) n = n * 10 + static_cast<uint32_t>(rest[i++] - '0');
    if (i < rest.size() && rest[i] == ':') ++i;
    *file = &f;
    *line = n;
    *text = std::string(Trim(rest.substr(i)));
    return true;
  }
  return false;
}

Result<DictionaryCheckReport> CheckImpl(const DictionaryPaths& paths, const DictionaryCheckOptions& options) {
  const std::string bundled = paths.bundled_dir.empty() ? DictionarySet::DefaultBundledDir() : paths.bundled_dir;
  std::vector<CheckFile> files;
  ENTENTE_RETURN_IF_ERROR(CollectFiles(paths, bundled, &files));

  DictionaryCheckReport report;
  std::vector<DictionaryProblem> problems;
  Checker ck(options, &problems);

  bool any_entente = false;
  for (CheckFile& f : files) {
    std::string content;
    ENTENTE_RETURN_IF_ERROR(ReadWholeFile(f.path, &content));
    f.strict = f.bundled;
    ck.Header(f, content);
    f.strict = f.strict || f.entente;
    any_entente |= f.entente || f.bundled;
    f.lines = dict_internal::SplitLines(content, /*verb_headers=*/f.kind == Kind::kVerbs).lines;
  }
  report.files = files.size();

  const std::string cameo_path = paths.cameo.empty() ? bundled + "/cameo/cameo_codes.tsv" : paths.cameo;
  Result<CameoTable> cameo = CameoTable::LoadFile(cameo_path);
  if (cameo.ok()) {
    ck.set_cameo(&*cameo);
  } else if (!paths.cameo.empty() || any_entente) {
    return cameo.status();
  }

  for (const CheckFile& f : files)
    if (f.kind == Kind::kVerbs) ck.Verbs(f);
  ck.FinishVerbs();
  for (const CheckFile& f : files)
    if (f.kind == Kind::kActors) ck.Actors(f);
  ck.FinishActors();
  for (const CheckFile& f : files) {
    if (f.kind == Kind::kAgents) ck.Agents(f);
    if (f.kind == Kind::kDiscards) ck.Discards(f);
    if (f.kind == Kind::kIssues) ck.Issues(f);
  }

  std::vector<size_t> order = ck.order();
  if (options.load) {
    auto add_loader = [&](std::string_view msg, bool error) {
      const CheckFile* f = nullptr;
      uint32_t line = 0;
      std::string text;
      DictionaryProblem p;
      p.check = "load";
      p.severity = error ? CheckSeverity::kError : CheckSeverity::kWarning;
      if (SplitLoaderMessage(msg, files, &f, &line, &text)) {
        // A warning at a place a check already reported says the same thing.
        if (!error) {
          for (const DictionaryProblem& q : problems)
            if (q.file == f->path && q.line == line) return;
        }
        p.file = f->path;
        p.line = line;
        p.message = text;
        order.push_back(f->order);
      } else {
        // A message without a position (e.g. a duplicate id): name the dictionary folder.
        bool any_bundled = std::any_of(files.begin(), files.end(), [](const CheckFile& c) { return c.bundled; });
        p.file = any_bundled ? bundled : (files.empty() ? std::string("dictionaries") : files.front().path);
        p.message = std::string(msg);
        order.push_back(0);
      }
      problems.push_back(std::move(p));
    };
    Result<std::shared_ptr<const DictionarySet>> set = DictionarySet::Load(paths);
    if (set.ok()) {
      report.set = *set;
      for (const std::string& w : (*set)->warnings()) add_loader(w, false);
    } else if (set.status().code() == ErrorCode::kNotFound || set.status().code() == ErrorCode::kIOError) {
      return set.status();
    } else {
      add_loader(set.status().message(), true);
    }
  }

  // Sort by file (input order), then line; keep detection order for ties.
  std::vector<size_t> idx(problems.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
    if (order[a] != order[b]) return order[a] < order[b];
    return problems[a].line < problems[b].line;
  });
  for (size_t i : idx) {
    (problems[i].severity == CheckSeverity::kError ? report.errors : report.warnings)++;
    if (report.problems.size() < options.max_problems) {
      report.problems.push_back(std::move(problems[i]));
    } else {
      ++report.omitted;
    }
  }
  return report;
}

}  // namespace

std::string DictionaryProblem::ToString() const {
  std::string s = file;
  if (line > 0) s += ":" + std::to_string(line);
  s += severity == CheckSeverity::kError ? ": error: " : ": warning: ";
  s += message;
  s += " [" + check + "]";
  return s;
}

Result<DictionaryCheckReport> CheckDictionaries(const DictionaryPaths& paths, const DictionaryCheckOptions& options) {
  try {
    return CheckImpl(paths, options);
  } catch (const std::bad_alloc&) {
    return Status::Internal("out of memory while checking dictionaries");
  } catch (const std::exception& e) {
    return Status::Internal(std::string("unexpected error while checking dictionaries: ") + e.what());
  }
}

}  // namespace entente
