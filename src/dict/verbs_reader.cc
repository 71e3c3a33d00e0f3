// Copyright 2026 The entente Authors. Apache-2.0.
//
// The verb dictionary reader: PETRARCH-1 format (PETR.Validate.verbs.txt,
// CAMEO.verbpatterns.150430.txt), PETRARCH-2 format (CAMEO.2.0.txt: "{noun phrase}" and
// "(prepositional phrase)" groupings, flattened here into plain words), TABARI .verbs files (no
// "--- NAME ---" headers: every verb line opens its own block; "{a | b}" disjunctions are skipped
// as PETRARCH does) and the entente format.  Interface: ReadVerbFile() per file, then
// FinishVerbs() once to expand synsets (nested ones too), generate synset plurals and compile
// the patterns into DictionarySet::Impl.  Grammar: docs/dictionary-format.md.
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "dict/dict_impl.h"

namespace entente::dict_internal {
namespace {

constexpr size_t kMaxSynsetPhrases = 20000;  // cap on nested-synset expansion
constexpr size_t kMaxSynsetDepth = 32;       // cap on synset nesting (keeps the recursion shallow)

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The bracketed parts of an entry line: "{...}" forms, "[...]" code.  Fills the spans (inside
// text) and returns the text before the first bracket.  ParseError on unbalanced brackets.
struct Bracketed {
  std::string_view head;
  std::optional<std::string_view> braces;
  std::optional<std::string_view> code;
  std::string_view trailing;  // text after the last closing bracket
};

Status SplitBrackets(Builder& b, const FileContext& f, uint32_t line, std::string_view text,
                     Bracketed* out) {
  size_t brace = text.find('{');
  size_t bracket = text.find('[');
  size_t first = std::min(brace, bracket);
  out->head = Trim(text.substr(0, first));
  size_t end_all = first;
  if (brace != std::string_view::npos) {
    size_t close = text.find('}', brace);
    if (close == std::string_view::npos) return b.Error(f, line, "unbalanced '{' (no closing '}')");
    out->braces = text.substr(brace + 1, close - brace - 1);
    end_all = close + 1;
    if (bracket != std::string_view::npos && bracket > brace && bracket < close) bracket = text.find('[', close);
  }
  if (bracket != std::string_view::npos) {
    size_t close = text.find(']', bracket);
    if (close == std::string_view::npos) return b.Error(f, line, "unbalanced '[' (no closing ']')");
    out->code = Trim(text.substr(bracket + 1, close - bracket - 1));
    end_all = std::max(end_all, close + 1);
  } else if (text.find(']') != std::string_view::npos) {
    return b.Error(f, line, "unbalanced ']'");
  }
  if (brace == std::string_view::npos && text.find('}') != std::string_view::npos) {
    return b.Error(f, line, "unbalanced '}'");
  }
  out->trailing = end_all == std::string_view::npos ? std::string_view() : Trim(text.substr(end_all));
  return Status::OK();
}

// A verb spec such as "SAY", "+BREAK_DOWN", "KLM_NOP_+RST", "WIRE_+TAPPED".
struct VerbSpec {
  std::string verb;              // the verb word
  std::vector<std::string> pre;  // words immediately before it
  std::vector<std::string> post; // words immediately after it
};

bool ParseVerbSpec(std::string_view spec, VerbSpec* out) {
  // Parts separated by '_' (and blanks, which some files use in the same sense).
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
  size_t verb_part = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i][0] == '+') {
      verb_part = i;
      break;
    }
  }
  *out = VerbSpec();
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string_view p = parts[i];
    while (!p.empty() && p[0] == '+') p.remove_prefix(1);
    std::vector<std::string> words;
    SplitClitics(NormalizeWord(p), &words);
    if (words.empty()) continue;
    if (i < verb_part) {
      for (auto& w : words) out->pre.push_back(std::move(w));
    } else if (i > verb_part) {
      for (auto& w : words) out->post.push_back(std::move(w));
    } else {
      out->verb = std::move(words[0]);
      for (size_t k = 1; k < words.size(); ++k) out->post.push_back(std::move(words[k]));
    }
  }
  return !out->verb.empty();
}

// Tokens of a pattern body with the connector that follows each: '_' (must be adjacent) or
// ' ' (other words may intervene).
struct PatTok {
  std::string text;
  bool connected = false;
};

std::vector<PatTok> TokenizePattern(std::string_view body) {
  std::vector<PatTok> toks;
  std::string cur;
  auto flush = [&](bool connected) {
    if (!cur.empty()) {
      toks.push_back({std::move(cur), connected});
      cur.clear();
    } else if (connected && !toks.empty()) {
      // "A _B" keeps the blank semantics of PETRARCH ("XXXX_ " is an open match), so only a
      // '_' directly after a token connects it.
    }
  };
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '_') {
      bool next_blank = i + 1 >= body.size() || body[i + 1] == ' ' || body[i + 1] == '\t';
      flush(!next_blank);  // "XXXX_ " and a final '_' are open matches (PETRARCH legacy)
    } else if (c == ' ' || c == '\t') {
      flush(false);
    } else if (c == '*') {
      flush(false);
      // "**" (TABARI/PETRARCH doc) is the same as "*".
      while (i + 1 < body.size() && body[i + 1] == '*') ++i;
      bool conn = i + 1 < body.size() && body[i + 1] == '_' &&
                  !(i + 2 >= body.size() || body[i + 2] == ' ' || body[i + 2] == '\t');
      if (conn) ++i;
      toks.push_back({"*", conn});
    } else {
      cur.push_back(c);
    }
  }
  flush(false);
  return toks;
}

// "IN_*": the token before '*' is connected to the verb only if a '_' stood between them.
// TokenizePattern flushes "IN" with connected=true when followed by "_*" (the '_' is not
// followed by a blank), which is exactly that.

Status ReadPatternLine(Builder& b, const FileContext& f, const Line& ln, std::string_view text,
                       const std::string& id, uint32_t block) {
  // text starts with '-'.
  std::string_view body_all = Trim(text.substr(1));
  if (body_all.find('|') != std::string_view::npos) {
    // TABARI disjunctions "{A | B}" (PETRARCH skips these patterns too).
    if (f.strict) return b.Error(f, ln.number, "disjunction '{... | ...}' in pattern is not supported (use a synset)");
    b.Warn(f, ln.number, "disjunction '{... | ...}' in pattern is not supported (use a synset); pattern skipped");
    return Status::OK();
  }
  size_t lb = body_all.rfind('[');
  if (lb == std::string_view::npos) {
    if (body_all.find(']') != std::string_view::npos) return b.Error(f, ln.number, "unbalanced ']'");
    if (f.strict) return b.Error(f, ln.number, "pattern without a [code]");
    b.Warn(f, ln.number, "pattern without a [code]; pattern skipped");
    return Status::OK();
  }
  size_t rb = body_all.find(']', lb);
  if (rb == std::string_view::npos) return b.Error(f, ln.number, "unbalanced '[' (no closing ']')");
  std::string_view body = body_all.substr(0, lb);
  if (body.find('[') != std::string_view::npos || body.find(']') != std::string_view::npos) {
    return b.Error(f, ln.number, "pattern with more than one [code]");
  }
  std::string_view trailing = Trim(body_all.substr(rb + 1));
  if (!trailing.empty()) b.Warn(f, ln.number, "text after the pattern's code ignored: '" + std::string(trailing) + "'");
  CodeField code;
  bool usable = true;
  ENTENTE_RETURN_IF_ERROR(b.ParseCode(f, ln.number, body_all.substr(lb + 1, rb - lb - 1), &code, &usable));
  if (!usable) return Status::OK();  // warned: pattern skipped

  // Brackets of the PETRARCH-2 format: "{NOUN PHRASE}", "(PREP PHRASE)", flattened to their
  // words.  TABARI disjunctions "{A | B}" are not supported (PETRARCH skips them too).  Since
  // the brackets only group, an unbalanced one is an error in strict files and a warning
  // otherwise (CAMEO.2.0.txt has two such patterns).
  int brace_depth = 0, paren_depth = 0;
  bool unbalanced = false;
  std::string flat;
  for (char c : body) {
    if (c == '{' || c == '}' || c == '(' || c == ')') {
      int& depth = (c == '{' || c == '}') ? brace_depth : paren_depth;
      depth += (c == '{' || c == '(') ? 1 : -1;
      if (depth < 0) {
        unbalanced = true;
        depth = 0;
      }
      flat.push_back(' ');
    } else {
      flat.push_back(c);
    }
  }
  if (unbalanced || brace_depth != 0 || paren_depth != 0) {
    if (f.strict) return b.Error(f, ln.number, "unbalanced '{}' or '()' in pattern");
    b.Warn(f, ln.number, "unbalanced '{}' or '()' in pattern; brackets ignored");
  }

  std::vector<PatTok> toks = TokenizePattern(flat);
  int stars = 0;
  for (const auto& t : toks) stars += t.text == "*";
  if (stars == 0) {
    if (f.strict) return b.Error(f, ln.number, "pattern without '*' (the verb's position)");
    b.Warn(f, ln.number, "pattern without '*' (the verb's position); pattern skipped");
    return Status::OK();
  }
  if (stars > 1) {
    // PETRARCH reads the second '*' as a word; such patterns can never match (four in the
    // CAMEO/TABARI files), so foreign files only get a warning.
    if (f.strict) return b.Error(f, ln.number, "pattern with more than one '*'");
    b.Warn(f, ln.number, "pattern with more than one '*'; pattern skipped");
    return Status::OK();
  }

  RawPattern p;
  p.file = &f;
  p.line = ln.number;
  p.id = EntryId(f, ln.number, id);
  p.text = std::string(Trim(text));
  p.code = code.code;
  p.code2 = code.code2;
  p.null_code2 = code.null_code2;
  p.block = block;
  bool after = false;
  for (const auto& t : toks) {
    if (t.text == "*") {
      after = true;
      p.verb_connected = t.connected;
      continue;
    }
    auto& list = after ? p.after : p.before;
    std::string_view s = t.text;
    // Marker characters glued to a word ("+PARTY") stand for themselves.
    while (s.size() > 1 && (s[0] == '$' || s[0] == '+' || s[0] == '%' || s[0] == '^')) {
      RawElement e;
      e.kind = s[0] == '$' ? PatternElementKind::kSource
               : s[0] == '+' ? PatternElementKind::kTarget
               : s[0] == '%' ? PatternElementKind::kCompound
                             : PatternElementKind::kSkip;
      e.connected = true;
      list.push_back(std::move(e));
      s.remove_prefix(1);
    }
    RawElement e;
    e.connected = t.connected;
    if (s == "$") {
      e.kind = PatternElementKind::kSource;
    } else if (s == "+") {
      e.kind = PatternElementKind::kTarget;
    } else if (s == "%") {
      e.kind = PatternElementKind::kCompound;
    } else if (s == "^") {
      e.kind = PatternElementKind::kSkip;
    } else if (s[0] == '&') {
      e.kind = PatternElementKind::kSynset;
      e.text = Upper(s);
    } else {
      std::vector<std::string> words;
      SplitClitics(NormalizeWord(s), &words);
      for (size_t k = 0; k + 1 < words.size(); ++k) {
        list.push_back(RawElement{PatternElementKind::kWord, std::move(words[k]), true});
      }
      if (words.empty()) continue;
      e.kind = PatternElementKind::kWord;
      e.text = std::move(words.back());
    }
    list.push_back(std::move(e));
  }
  if (!p.after.empty()) p.after.back().connected = false;
  b.raw_patterns().push_back(std::move(p));
  return Status::OK();
}

class VerbFileReader {
 public:
  VerbFileReader(Builder& b, const FileContext& f) : b_(b), f_(f), impl_(b.impl()) {}

  Status Run() {
    // TABARI .verbs files have no "--- NAME [CODE] ---" headers.
    tabari_ = true;
    for (const auto& ln : f_.lines) {
      if (StartsWith(ln.text, "---")) {
        tabari_ = false;
        break;
      }
    }
    for (size_t i = 0; i < f_.lines.size(); ++i) {
      const Line& ln = f_.lines[i];
      std::string rest;
      bool extra_id = false;
      std::string id = TakeId(ln.text, &rest, &extra_id);
      if (extra_id) b_.Warn(f_, ln.number, "more than one '@id' on the line; the first is used");
      std::string_view t = Trim(rest);
      if (t.empty()) continue;
      if (!skip_section_.empty()) {
        if (t.size() > 2 && t[0] == '<' && t[1] == '/' && Upper(t.substr(2, skip_section_.size())) == skip_section_) {
          skip_section_.clear();
        }
        continue;
      }
      if (t[0] == '<') {
        ENTENTE_RETURN_IF_ERROR(Tag(ln, t));
        continue;
      }
      if (t[0] != '+') synset_ = nullptr;
      if (StartsWith(t, "---")) {
        ENTENTE_RETURN_IF_ERROR(Header(ln, t, id));
      } else if (t[0] == '-') {
        if (!have_block_) return b_.Error(f_, ln.number, "pattern before any verb block");
        ENTENTE_RETURN_IF_ERROR(ReadPatternLine(b_, f_, ln, t, id, block_));
      } else if (t[0] == '&') {
        ENTENTE_RETURN_IF_ERROR(SynsetHeader(ln, t));
      } else if (t[0] == '+' && synset_ != nullptr) {
        SynsetMember(ln, t.substr(1));
      } else if (t[0] == '~') {
        ++transformations_;
      } else if (t[0] == '{') {
        ENTENTE_RETURN_IF_ERROR(ExtraForms(ln, t));
      } else {
        ENTENTE_RETURN_IF_ERROR(VerbLine(ln, t, id));
      }
    }
    if (!skip_section_.empty()) b_.Warn(f_, 0, "section <" + skip_section_ + "> is never closed");
    if (transformations_ > 0) {
      b_.Warn(f_, 0, std::to_string(transformations_) +
                         " verb transformation line(s) ('~ ...') ignored: not supported");
    }
    return Status::OK();
  }

 private:
  Status Tag(const Line& ln, std::string_view t) {
    size_t close = t.find('>');
    if (close == std::string_view::npos) return b_.Error(f_, ln.number, "unbalanced '<' (no closing '>')");
    std::string_view inner = t.substr(1, close - 1);
    bool closing = !inner.empty() && inner[0] == '/';
    if (closing) inner.remove_prefix(1);
    std::vector<std::string_view> parts = SplitBlanks(inner);
    std::string name = parts.empty() ? std::string() : Upper(parts[0]);
    if (name == "SYNSETS" || name == "VERBS" || name == "PATTERNS") return Status::OK();
    if (closing) return Status::OK();
    b_.Warn(f_, ln.number, "TABARI section <" + name + "> is not used by entente; skipped");
    skip_section_ = name;
    return Status::OK();
  }

  Status Header(const Line& ln, std::string_view t, const std::string& id) {
    std::string_view inner = t;
    while (!inner.empty() && inner.front() == '-') inner.remove_prefix(1);
    while (!inner.empty() && (inner.back() == '-' || inner.back() == ' ' || inner.back() == '\t')) inner.remove_suffix(1);
    Bracketed br;
    ENTENTE_RETURN_IF_ERROR(SplitBrackets(b_, f_, ln.number, inner, &br));
    VerbBlock blk;
    blk.name = std::string(br.head);
    if (blk.name.empty()) blk.name = "(unnamed)";
    if (br.code) {
      CodeField c;
      bool usable = true;
      ENTENTE_RETURN_IF_ERROR(b_.ParseCode(f_, ln.number, *br.code, &c, &usable));
      if (usable) {
        blk.code = c.code;
        blk.code2 = c.code2;
      }
    }
    (void)id;
    block_ = static_cast<uint32_t>(impl_.blocks.size());
    impl_.blocks.push_back(std::move(blk));
    have_block_ = true;
    return Status::OK();
  }

  Status SynsetHeader(const Line& ln, std::string_view t) {
    std::vector<std::string_view> parts = SplitBlanks(t);
    std::string name = Upper(parts[0]);
    if (parts.size() > 1) b_.Warn(f_, ln.number, "text after synset name " + name + " ignored");
    bool plural = true;
    while (name.size() > 1 && name.back() == '_') {
      name.pop_back();
      plural = false;
    }
    if (name.size() < 2) return b_.Error(f_, ln.number, "synset without a name");
    auto [it, fresh] = b_.raw_synsets().try_emplace(name);
    if (fresh) {
      it->second.name = name;
      it->second.file = &f_;
      it->second.line = ln.number;
    } else {
      b_.Warn(f_, ln.number, "synset " + name + " defined again; its phrases are merged");
    }
    synset_ = &it->second;
    synset_plural_ = plural;
    return Status::OK();
  }

  void SynsetMember(const Line& ln, std::string_view phrase) {
    phrase = Trim(phrase);
    RawSynsetPhrase p;
    p.line = ln.number;
    p.plural = synset_plural_;
    if (!phrase.empty() && phrase.back() == '_') {
      p.plural = false;
      while (!phrase.empty() && phrase.back() == '_') phrase.remove_suffix(1);
    }
    // Words and nested synsets; PETRARCH-2 braces "{A B}" are just grouping.
    std::string flat;
    for (char c : phrase) flat.push_back(c == '{' || c == '}' || c == '(' || c == ')' ? ' ' : c);
    for (std::string& w : PhraseWords(flat)) p.words.push_back(std::move(w));
    if (p.words.empty()) {
      b_.Warn(f_, ln.number, "empty synset phrase ignored");
      return;
    }
    synset_->phrases.push_back(std::move(p));
  }

  // A verb line: "SAY {SAID} [010] @V010-0001", "+BREAK_DOWN {+BROKE_DOWN}", "KLM_NOP_+RST [002]".
  Status VerbLine(const Line& ln, std::string_view t, const std::string& id) {
    Bracketed br;
    ENTENTE_RETURN_IF_ERROR(SplitBrackets(b_, f_, ln.number, t, &br));
    if (!br.trailing.empty()) b_.Warn(f_, ln.number, "text after the verb's code ignored: '" + std::string(br.trailing) + "'");
    VerbSpec spec;
    if (!ParseVerbSpec(br.head, &spec)) return b_.Error(f_, ln.number, "verb line without a verb");
    CodeField c;
    bool has_code = false;
    if (br.code) {
      bool usable = true;
      ENTENTE_RETURN_IF_ERROR(b_.ParseCode(f_, ln.number, *br.code, &c, &usable));
      has_code = usable;
    }
    if (tabari_ || !have_block_) {
      // TABARI: every verb opens its own block, coded by the verb's own code.
      VerbBlock blk;
      blk.name = std::string(br.head);
      if (has_code) {
        blk.code = c.code;
        blk.code2 = c.code2;
      }
      block_ = static_cast<uint32_t>(impl_.blocks.size());
      impl_.blocks.push_back(std::move(blk));
      have_block_ = true;
      if (!tabari_) b_.Warn(f_, ln.number, "verb before any '--- NAME [CODE] ---' header; it opens its own block");
    }
    const VerbBlock& blk = impl_.blocks[block_];
    VerbEntry base;
    base.id = EntryId(f_, ln.number, id);
    base.text = std::string(t);
    base.code = has_code ? c.code : blk.code;
    base.code2 = has_code ? c.code2 : blk.code2;
    base.block = block_;
    base.pre = b_.InternAll(spec.pre);
    base.post = b_.InternAll(spec.post);
    std::vector<std::string> forms{spec.verb};
    std::vector<VerbEntry> others;  // irregular forms whose surrounding words differ
    if (br.braces) {
      std::string_view inside = Trim(*br.braces);
      if (!inside.empty()) {
        for (std::string& v : VerbForms(spec.verb, /*past=*/false)) forms.push_back(std::move(v));
      }
      for (std::string_view form : SplitBlanks(inside)) {
        VerbSpec fs;
        if (!ParseVerbSpec(form, &fs)) continue;
        if (fs.pre == spec.pre && fs.post == spec.post) {
          forms.push_back(fs.verb);
        } else {
          VerbEntry e = base;
          e.pre = b_.InternAll(fs.pre);
          e.post = b_.InternAll(fs.post);
          e.forms = {b_.Intern(fs.verb)};
          others.push_back(std::move(e));
        }
      }
    } else {
      for (std::string& v : VerbForms(spec.verb)) forms.push_back(std::move(v));
    }
    for (const std::string& w : forms) {
      WordId id_w = b_.Intern(w);
      if (std::find(base.forms.begin(), base.forms.end(), id_w) == base.forms.end()) base.forms.push_back(id_w);
    }
    AddEntry(std::move(base));
    for (auto& e : others) AddEntry(std::move(e));
    return Status::OK();
  }

  // TABARI: "{ ACTING_ ACTXD_ }" on its own line adds forms to the previous verb.
  Status ExtraForms(const Line& ln, std::string_view t) {
    size_t close = t.find('}');
    if (close == std::string_view::npos) return b_.Error(f_, ln.number, "unbalanced '{' (no closing '}')");
    if (last_entry_ == UINT32_MAX) {
      b_.Warn(f_, ln.number, "verb forms '{...}' without a preceding verb; ignored");
      return Status::OK();
    }
    VerbEntry& e = impl_.verb_entries[last_entry_];
    for (std::string_view form : SplitBlanks(t.substr(1, close - 1))) {
      VerbSpec fs;
      if (!ParseVerbSpec(form, &fs)) continue;
      WordId w = b_.Intern(fs.verb);
      if (std::find(e.forms.begin(), e.forms.end(), w) == e.forms.end()) e.forms.push_back(w);
    }
    return Status::OK();
  }

  void AddEntry(VerbEntry e) {
    uint32_t idx = static_cast<uint32_t>(impl_.verb_entries.size());
    impl_.blocks[e.block].entries.push_back(idx);
    impl_.verb_entries.push_back(std::move(e));
    last_entry_ = idx;
  }

  Builder& b_;
  const FileContext& f_;
  DictionarySet::Impl& impl_;
  bool tabari_ = false;
  bool have_block_ = false;
  uint32_t block_ = 0;
  uint32_t last_entry_ = UINT32_MAX;
  RawSynset* synset_ = nullptr;
  bool synset_plural_ = true;
  std::string skip_section_;
  size_t transformations_ = 0;
};

// Expands synsets: nested references, then plurals of the last word.
class SynsetResolver {
 public:
  explicit SynsetResolver(Builder& b) : b_(b) {}

  // Index of the resolved synset `name`, or nullopt if undefined (or cyclic: reported).
  std::optional<uint32_t> Resolve(const std::string& name) {
    auto done = index_.find(name);
    if (done != index_.end()) return done->second;
    auto it = b_.raw_synsets().find(name);
    if (it == b_.raw_synsets().end()) return std::nullopt;
    if (active_.count(name)) {
      b_.Warn(*it->second.file, it->second.line, "synset " + name + " contains itself; the cycle is cut");
      return std::nullopt;
    }
    if (active_.size() >= kMaxSynsetDepth) {
      b_.Warn(*it->second.file, it->second.line, "synsets nested too deeply at " + name + "; not expanded");
      return std::nullopt;
    }
    active_.insert(name);
    std::vector<std::vector<WordId>> phrases;
    bool capped = false;
    for (const RawSynsetPhrase& rp : it->second.phrases) {
      // Cross product over nested references.
      std::vector<std::vector<WordId>> partial{{}};
      bool ok = true;
      for (const std::string& w : rp.words) {
        if (w.size() > 1 && w[0] == '&') {
          std::optional<uint32_t> sub = Resolve(w);
          if (!sub) {
            b_.Warn(*it->second.file, rp.line, "synset " + w + " used in " + name + " is not defined; phrase skipped");
            ok = false;
            break;
          }
          std::vector<std::vector<WordId>> next;
          for (const auto& head : partial) {
            for (const auto& tail : b_.impl().synsets[*sub].phrases) {
              if (next.size() >= kMaxSynsetPhrases) {
                capped = true;
                break;
              }
              auto p = head;
              p.insert(p.end(), tail.begin(), tail.end());
              next.push_back(std::move(p));
            }
          }
          partial = std::move(next);
        } else {
          for (auto& p : partial) p.push_back(b_.Intern(w));
        }
      }
      if (!ok) continue;
      bool last_is_word = !rp.words.empty() && rp.words.back()[0] != '&';
      for (auto& p : partial) {
        phrases.push_back(p);
        if (rp.plural && last_is_word) {
          for (const std::string& pl : Plurals(rp.words.back())) {
            p.back() = b_.Intern(pl);
            phrases.push_back(p);
          }
        }
      }
    }
    if (capped) b_.Warn(*it->second.file, it->second.line, "synset " + name + " expands to too many phrases; truncated");
    // Deduplicate, keep first-seen order.
    std::vector<std::vector<WordId>> unique;
    std::set<std::vector<WordId>> seen;
    for (auto& p : phrases)
      if (seen.insert(p).second) unique.push_back(std::move(p));
    active_.erase(name);
    uint32_t idx = static_cast<uint32_t>(b_.impl().synsets.size());
    b_.impl().synsets.push_back(Synset{name, std::move(unique)});
    index_[name] = idx;
    return idx;
  }

 private:
  Builder& b_;
  std::map<std::string, uint32_t> index_;
  std::set<std::string> active_;
};

}  // namespace

Status ReadVerbFile(Builder& b, const FileContext& f) { return VerbFileReader(b, f).Run(); }

Status FinishVerbs(Builder& b) {
  DictionarySet::Impl& impl = b.impl();
  SynsetResolver resolver(b);
  // Every defined synset is compiled (also unused ones), in name order for stability.
  for (const auto& [name, raw] : b.raw_synsets()) (void)resolver.Resolve(name);
  for (RawPattern& rp : b.raw_patterns()) {
    VerbPattern p;
    p.id = std::move(rp.id);
    p.text = std::move(rp.text);
    p.code = rp.code;
    p.code2 = rp.code2;
    p.null_code2 = rp.null_code2;
    p.block = rp.block;
    p.verb_connected = rp.verb_connected;
    bool ok = true;
    auto convert = [&](const std::vector<RawElement>& in, std::vector<PatternElement>* out) -> Status {
      for (const RawElement& e : in) {
        PatternElement pe;
        pe.kind = e.kind;
        pe.connected = e.connected;
        if (e.kind == PatternElementKind::kWord) {
          pe.word = b.Intern(e.text);
        } else if (e.kind == PatternElementKind::kSynset) {
          std::optional<uint32_t> s = resolver.Resolve(e.text);
          if (!s) {
            if (rp.file->strict) return b.Error(*rp.file, rp.line, "synset " + e.text + " is not defined");
            b.Warn(*rp.file, rp.line, "synset " + e.text + " is not defined; pattern skipped");
            ok = false;
            return Status::OK();
          }
          pe.synset = *s;
        }
        out->push_back(pe);
      }
      return Status::OK();
    };
    ENTENTE_RETURN_IF_ERROR(convert(rp.before, &p.before));
    if (ok) ENTENTE_RETURN_IF_ERROR(convert(rp.after, &p.after));
    if (!ok) continue;
    uint32_t idx = static_cast<uint32_t>(impl.patterns.size());
    impl.blocks[p.block].patterns.push_back(idx);
    impl.patterns.push_back(std::move(p));
  }
  b.raw_patterns().clear();
  // A verb defined again in a later block (the same base form, the same words around it) keeps
  // its first definition's own code, and that block also tries the later block's patterns, in
  // file order: PETRARCH's reading of "--- SHOT [---] ---" followed by "--- SHOT [223] ---".
  {
    std::map<std::tuple<WordId, std::vector<WordId>, std::vector<WordId>>, uint32_t> first_block;
    std::set<std::pair<uint32_t, uint32_t>> merged;
    for (const VerbEntry& e : impl.verb_entries) {
      if (e.forms.empty()) continue;
      auto [it, fresh] = first_block.try_emplace(std::make_tuple(e.forms[0], e.pre, e.post), e.block);
      if (fresh || it->second == e.block || !merged.insert({it->second, e.block}).second) continue;
      std::vector<uint32_t>& into = impl.blocks[it->second].patterns;
      const std::vector<uint32_t>& from = impl.blocks[e.block].patterns;
      into.insert(into.end(), from.begin(), from.end());
    }
  }
  // Verb form index.
  for (uint32_t i = 0; i < impl.verb_entries.size(); ++i) {
    for (WordId w : impl.verb_entries[i].forms) {
      auto& v = impl.verb_index[w];
      if (v.empty() || v.back() != i) v.push_back(i);
    }
  }
  return Status::OK();
}

}  // namespace entente::dict_internal
