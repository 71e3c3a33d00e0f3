// Copyright 2026 The entente Authors. Apache-2.0.
//
// Actor and agent dictionary readers (PETRARCH / TABARI formats and the entente format).
//
// Actors: an entry is a primary phrase with optional "[CODE]" and "[CODE restriction]" brackets,
// followed by "+synonym" lines and "[CODE restriction]" lines (restriction: "<date", ">date",
// "date-date", nothing = default).  Every phrase of an entry points to the same ActorEntry.
// When several entries (in one file or across merged files) use the same phrase, the later
// entry wins, as in PETRARCH, and a warning names both places.
//
// Agents: "PHRASE {PLURAL} [~CODE]" / "[CODE~]", automatic regular plurals, "{}" for none, and
// "!MARKER! = A, B, C" substitution sets used as "CONGRESS!PERSON!".
#include <algorithm>
#include <map>

#include "dict/dict_impl.h"

namespace entente::dict_internal {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// PETRARCH's date rule: 8 or more digits are read as YYYYMMDD (extra digits ignored), 6 or 7
// as YYMMDD (a 7th digit ignored); years 00-29 of a YYMMDD date are 20xx.
Status ParseDictDate(Builder& b, const FileContext& f, uint32_t line, std::string_view text, Date* out) {
  if (!AllDigits(text) || text.size() < 6) {
    return b.Error(f, line, "malformed date '" + std::string(text) + "' (want YYYYMMDD or YYMMDD)");
  }
  std::string_view use = text.size() >= 8 ? text.substr(0, 8) : text.substr(0, 6);
  if (use.size() != text.size()) {
    b.Warn(f, line, "date '" + std::string(text) + "' has " + std::to_string(text.size()) +
                        " digits; read as '" + std::string(use) + "' (PETRARCH rule)");
  }
  Result<Date> d = Date::Parse(use, /*allow_short=*/true);
  if (!d.ok()) return b.Error(f, line, "bad date '" + std::string(text) + "': " + d.status().message());
  *out = *d;
  return Status::OK();
}

// An actor code as written: "USAGOV", "---" (no code), "pse" (upper-cased).  TABARI oddities
// ("+++", "###") are warnings in foreign files.  A TABARI multi-code "ELR/GAL" (one name for
// several actors) gives the first code in `out` and the others in `also` when `also` is given;
// without it (a date-restricted code) only the first is used, with a warning.
Status ParseActorCode(Builder& b, const FileContext& f, uint32_t line, std::string_view text, ActorCode* out,
                      std::vector<ActorCode>* also = nullptr) {
  *out = ActorCode();
  if (also) also->clear();
  if (text == "---") return Status::OK();
  std::string_view use = text;
  size_t slash = text.find('/');
  if (slash != std::string_view::npos && slash > 0) {
    if (f.strict) return b.Error(f, line, "bad actor code '" + std::string(text) + "'");
    use = text.substr(0, slash);
    if (also) {
      std::string_view rest = text.substr(slash + 1);
      while (!rest.empty()) {
        size_t next = rest.find('/');
        std::string_view part = rest.substr(0, next);
        Result<ActorCode> c = ActorCode::Parse(part);
        if (part.empty() || !c.ok() || part.find('~') != std::string_view::npos) {
          b.Warn(f, line, "actor code '" + std::string(text) + "': part '" + std::string(part) +
                              "' is not a code; ignored");
        } else {
          also->push_back(std::move(c).value());
        }
        rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 1);
      }
    } else {
      b.Warn(f, line, "actor code '" + std::string(text) + "' lists several codes; the first, '" +
                          std::string(use) + "', is used");
    }
  }
  Result<ActorCode> c = ActorCode::Parse(use);
  if (!c.ok() || use.find('~') != std::string_view::npos) {
    if (f.strict) return b.Error(f, line, "bad actor code '" + std::string(text) + "'");
    b.Warn(f, line, "actor code '" + std::string(text) + "' is not a code; treated as no code");
    if (also) also->clear();
    return Status::OK();
  }
  *out = std::move(c).value();
  return Status::OK();
}

class ActorFileReader {
 public:
  ActorFileReader(Builder& b, const FileContext& f) : b_(b), f_(f), impl_(b.impl()) {}

  Status Run() {
    for (const Line& ln : f_.lines) {
      std::string rest;
      bool extra = false;
      std::string id = TakeId(ln.text, &rest, &extra);
      if (extra) b_.Warn(f_, ln.number, "more than one '@id' on the line; the first is used");
      std::string_view t = Trim(rest);
      if (t.empty()) {
        if (!id.empty()) b_.Warn(f_, ln.number, "'@id' alone on a line ignored");
        continue;
      }
      if (!skip_section_.empty()) {
        if (t.size() > 2 && t[0] == '<' && t[1] == '/') skip_section_.clear();
        continue;
      }
      if (t[0] == '<') {
        size_t close = t.find('>');
        if (close == std::string_view::npos) return b_.Error(f_, ln.number, "unbalanced '<' (no closing '>')");
        if (t.size() > 1 && t[1] != '/') {
          skip_section_ = std::string(t.substr(1, close - 1));
          b_.Warn(f_, ln.number, "TABARI section <" + skip_section_ + "> is not used by entente; skipped");
        }
        continue;
      }
      if (t[0] == '[') {
        if (current_ == UINT32_MAX) return b_.Error(f_, ln.number, "code line without an actor before it");
        ENTENTE_RETURN_IF_ERROR(Brackets(ln.number, t));
      } else if (t[0] == '+') {
        if (current_ == UINT32_MAX) return b_.Error(f_, ln.number, "synonym '+' without an actor before it");
        if (!id.empty()) b_.Warn(f_, ln.number, "'@id' on a synonym line ignored (the entry's id is on its first line)");
        size_t lb = t.find('[');
        ENTENTE_RETURN_IF_ERROR(AddPhrase(ln.number, t.substr(1, lb == std::string_view::npos ? lb : lb - 1)));
        if (lb != std::string_view::npos) {
          b_.Warn(f_, ln.number, "code on a synonym line applies to the whole entry");
          ENTENTE_RETURN_IF_ERROR(Brackets(ln.number, t.substr(lb)));
        }
      } else {
        ENTENTE_RETURN_IF_ERROR(Primary(ln.number, t, id));
      }
    }
    FinishEntry();
    if (identical_duplicates_ > 0) {
      b_.Warn(f_, 0, std::to_string(identical_duplicates_) +
                         " actor phrase(s) repeat an earlier entry with the same codes (later entry used)");
    }
    return Status::OK();
  }

 private:
  struct Duplicate {
    std::string phrase;
    uint32_t previous;
    uint32_t line;
  };

  static bool SameCodes(const ActorEntry& a, const ActorEntry& b) {
    if (a.default_code != b.default_code || a.also_codes != b.also_codes || a.roles.size() != b.roles.size()) {
      return false;
    }
    for (size_t i = 0; i < a.roles.size(); ++i) {
      if (a.roles[i].code != b.roles[i].code || a.roles[i].from != b.roles[i].from || a.roles[i].to != b.roles[i].to) {
        return false;
      }
    }
    return true;
  }

  Status Primary(uint32_t line, std::string_view t, const std::string& id) {
    FinishEntry();
    size_t lb = t.find('[');
    std::string_view name = Trim(t.substr(0, lb));
    if (name.find(']') != std::string_view::npos) return b_.Error(f_, line, "unbalanced ']'");
    ActorEntry e;
    e.id = EntryId(f_, line, id);
    std::string_view shown = name;
    while (!shown.empty() && shown.back() == '_') shown.remove_suffix(1);
    e.name = std::string(shown);
    current_ = static_cast<uint32_t>(impl_.actors.size());
    current_line_ = line;
    impl_.actors.push_back(std::move(e));
    ENTENTE_RETURN_IF_ERROR(AddPhrase(line, name));
    if (lb != std::string_view::npos) ENTENTE_RETURN_IF_ERROR(Brackets(line, t.substr(lb)));
    return Status::OK();
  }

  void FinishEntry() {
    if (current_ == UINT32_MAX) return;
    const ActorEntry& e = impl_.actors[current_];
    if (e.default_code.empty() && e.roles.empty() && !saw_code_) {
      b_.Warn(f_, current_line_, "actor '" + e.name + "' has no code");
    }
    // A phrase that an earlier entry also defined now points here (later wins, as in
    // PETRARCH).  Worth a warning only when the codes differ.
    for (const Duplicate& d : pending_) {
      const ActorEntry& old = impl_.actors[d.previous];
      if (SameCodes(old, e)) {
        ++identical_duplicates_;
        continue;
      }
      b_.Warn(f_, d.line, "actor phrase '" + d.phrase + "' was defined by " + old.id +
                              " with other codes; this entry (" + e.id + ") wins");
    }
    pending_.clear();
    current_ = UINT32_MAX;
    saw_code_ = false;
  }

  // A TABARI/PETRARCH phrase's words with PhraseTrie::kGap where a blank separated two of them:
  // "ITHILEN TELEVISION" admits words between, "ITHILEN_GOVERNMENT_RADIO" does not (TABARI's
  // connectors).  entente files join words with '_' only.
  std::vector<WordId> GappedIds(const std::vector<std::string>& words, const std::vector<bool>& after_blank) {
    std::vector<WordId> ids;
    for (size_t k = 0; k < words.size(); ++k) {
      if (after_blank[k]) ids.push_back(PhraseTrie::kGap);
      ids.push_back(b_.Intern(words[k]));
    }
    return ids;
  }

  Status AddPhrase(uint32_t line, std::string_view phrase) {
    phrase = Trim(phrase);
    std::vector<bool> after_blank;
    std::vector<std::string> words = PhraseWords(phrase, &after_blank);
    if (words.empty()) {
      b_.Warn(f_, line, "empty actor phrase ignored");
      return Status::OK();
    }
    std::vector<WordId> ids = f_.entente ? b_.InternAll(words) : GappedIds(words, after_blank);
    uint32_t prev = impl_.actor_trie.Insert(ids, current_);
    if (prev != PhraseTrie::kNone && prev != current_) {
      pending_.push_back(Duplicate{std::string(phrase), prev, line});
    }
    return Status::OK();
  }

  // One or more "[CODE restriction]" groups.
  Status Brackets(uint32_t line, std::string_view t) {
    while (true) {
      t = Trim(t);
      if (t.empty()) return Status::OK();
      if (t[0] != '[') {
        if (f_.strict || t.find('[') != std::string_view::npos) {
          return b_.Error(f_, line, "unexpected text '" + std::string(t) + "' (want '[CODE ...]')");
        }
        b_.Warn(f_, line, "text after the actor's codes ignored: '" + std::string(t) + "'");
        return Status::OK();
      }
      size_t close = t.find(']');
      if (close == std::string_view::npos) return b_.Error(f_, line, "unbalanced '[' (no closing ']')");
      std::string_view inner = t.substr(1, close - 1);
      if (inner.find('[') != std::string_view::npos) return b_.Error(f_, line, "unbalanced '[' (no closing ']')");
      ENTENTE_RETURN_IF_ERROR(Restriction(line, inner));
      t = t.substr(close + 1);
    }
  }

  Status Restriction(uint32_t line, std::string_view inner) {
    inner = Trim(inner);
    saw_code_ = true;
    if (inner.empty()) return b_.Error(f_, line, "empty code '[]'");
    size_t sp = 0;
    while (sp < inner.size() && inner[sp] != ' ' && inner[sp] != '\t') ++sp;
    std::string_view code_text = inner.substr(0, sp);
    if (code_text[0] == '<' || code_text[0] == '>' || (code_text[0] >= '0' && code_text[0] <= '9')) {
      return b_.Error(f_, line, "date restriction without a code: '[" + std::string(inner) + "]'");
    }
    std::string dates;
    for (char c : inner.substr(sp))
      if (c != ' ' && c != '\t') dates.push_back(c);
    ActorCode code;
    std::vector<ActorCode> also;
    ENTENTE_RETURN_IF_ERROR(ParseActorCode(b_, f_, line, code_text, &code, dates.empty() ? &also : nullptr));
    ActorEntry& e = impl_.actors[current_];
    if (dates.empty()) {
      e.also_codes = std::move(also);
      if (!e.default_code.empty() && e.default_code != code) {
        b_.Warn(f_, line, "actor '" + e.name + "' gets a second default code " + code.str() +
                              " (was " + e.default_code.str() + "); the later one is used");
      }
      e.default_code = code;
      return Status::OK();
    }
    ActorRole role;
    role.code = code;
    if (dates[0] == '<') {
      ENTENTE_RETURN_IF_ERROR(ParseDictDate(b_, f_, line, std::string_view(dates).substr(1), &role.to));
    } else if (dates[0] == '>') {
      ENTENTE_RETURN_IF_ERROR(ParseDictDate(b_, f_, line, std::string_view(dates).substr(1), &role.from));
    } else {
      size_t dash = dates.find('-');
      if (dash == std::string::npos) {
        ENTENTE_RETURN_IF_ERROR(ParseDictDate(b_, f_, line, dates, &role.from));
        b_.Warn(f_, line, "date '" + dates + "' without '<', '>' or a range; read as '>" + dates + "'");
      } else {
        std::string_view dv(dates);
        ENTENTE_RETURN_IF_ERROR(ParseDictDate(b_, f_, line, dv.substr(0, dash), &role.from));
        ENTENTE_RETURN_IF_ERROR(ParseDictDate(b_, f_, line, dv.substr(dash + 1), &role.to));
        if (role.to < role.from) {
          b_.Warn(f_, line, "date range '" + dates + "' ends before it starts; it never applies");
        }
      }
    }
    e.roles.push_back(std::move(role));
    return Status::OK();
  }

  Builder& b_;
  const FileContext& f_;
  DictionarySet::Impl& impl_;
  uint32_t current_ = UINT32_MAX;
  uint32_t current_line_ = 0;
  bool saw_code_ = false;
  size_t identical_duplicates_ = 0;
  std::vector<Duplicate> pending_;
  std::string skip_section_;
};

class AgentFileReader {
 public:
  AgentFileReader(Builder& b, const FileContext& f) : b_(b), f_(f), impl_(b.impl()) {}

  Status Run() {
    for (const Line& ln : f_.lines) {
      std::string rest;
      bool extra = false;
      std::string id = TakeId(ln.text, &rest, &extra);
      if (extra) b_.Warn(f_, ln.number, "more than one '@id' on the line; the first is used");
      std::string_view t = Trim(rest);
      if (t.empty()) continue;
      if (t[0] == '<') {
        b_.Warn(f_, ln.number, "tag line ignored");
        continue;
      }
      if (t.find('!') != std::string_view::npos && t.find('=') != std::string_view::npos) {
        ENTENTE_RETURN_IF_ERROR(DefineMarker(ln.number, t));
        continue;
      }
      ENTENTE_RETURN_IF_ERROR(Entry(ln.number, t, id));
    }
    return Status::OK();
  }

 private:
  Status DefineMarker(uint32_t line, std::string_view t) {
    size_t a = t.find('!');
    size_t z = t.find('!', a + 1);
    size_t eq = t.find('=');
    if (z == std::string_view::npos || eq < z) {
      if (f_.strict) return b_.Error(f_, line, "substitution marker incorrectly defined (want '!NAME! = A, B')");
      b_.Warn(f_, line, "substitution marker incorrectly defined; line skipped");
      return Status::OK();
    }
    std::string name = Upper(Trim(t.substr(a + 1, z - a - 1)));
    std::vector<std::string> items;
    std::string_view list = t.substr(eq + 1);
    size_t pos = 0;
    while (pos <= list.size()) {
      size_t comma = list.find(',', pos);
      std::string_view item = Trim(list.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
      if (!item.empty()) items.push_back(Upper(item));
      if (comma == std::string_view::npos) break;
      pos = comma + 1;
    }
    if (markers_.count(name)) b_.Warn(f_, line, "substitution marker !" + name + "! redefined");
    markers_[name] = std::move(items);
    return Status::OK();
  }

  Status Entry(uint32_t line, std::string_view t, const std::string& id) {
    size_t lb = t.find('[');
    if (lb == std::string_view::npos) {
      if (t.find(']') != std::string_view::npos) return b_.Error(f_, line, "unbalanced ']'");
      if (f_.strict) return b_.Error(f_, line, "agent without a [code]");
      b_.Warn(f_, line, "agent without a [code]; line skipped");
      return Status::OK();
    }
    size_t rb = t.find(']', lb);
    if (rb == std::string_view::npos) {
      // "[~LEG}" occurs in PETRARCH's own files and documentation.
      rb = t.find('}', lb);
      if (rb == std::string_view::npos || f_.strict) {
        return b_.Error(f_, line, "unbalanced '[' (no closing ']')");
      }
      b_.Warn(f_, line, "agent code '[' closed by '}'");
    }
    std::string_view trailing = Trim(t.substr(rb + 1));
    if (!trailing.empty()) b_.Warn(f_, line, "text after the agent's code ignored: '" + std::string(trailing) + "'");
    std::string code;
    for (char c : t.substr(lb + 1, rb - lb - 1))
      if (c != ' ' && c != '\t') code.push_back(c);
    AgentEntry e;
    e.id = EntryId(f_, line, id);
    size_t tildes = std::count(code.begin(), code.end(), '~');
    if (tildes == 1 && code.front() == '~') {
      e.code = code.substr(1);
    } else if (tildes == 1 && code.back() == '~') {
      e.code = code.substr(0, code.size() - 1);
      e.prefix = true;
    } else {
      if (f_.strict) return b_.Error(f_, line, "agent code '" + code + "' needs one '~' at its start or end");
      b_.Warn(f_, line, "agent code '" + code + "' has no '~' at its start or end; read as '~" + code + "'");
      code.erase(std::remove(code.begin(), code.end(), '~'), code.end());
      e.code = code;
    }
    Result<ActorCode> ac = ActorCode::Parse(e.code);
    if (!ac.ok() || e.code.empty()) {
      if (f_.strict) return b_.Error(f_, line, "bad agent code '" + code + "'");
      b_.Warn(f_, line, "bad agent code '" + code + "'; line skipped");
      return Status::OK();
    }
    e.code = ac->str();
    if (Result<ActorCode> alone = ActorCode::Parse(e.prefix ? e.code : "---" + e.code); alone.ok()) e.alone = *alone;

    std::string_view head = t.substr(0, lb);
    std::vector<std::string> phrases;  // phrase texts to store
    if (head.find('!') != std::string_view::npos) {
      size_t a = head.find('!');
      size_t z = head.find('!', a + 1);
      if (z == std::string_view::npos) {
        if (f_.strict) return b_.Error(f_, line, "substitution marker without closing '!'");
        b_.Warn(f_, line, "substitution marker without closing '!'; line skipped");
        return Status::OK();
      }
      std::string name = Upper(head.substr(a + 1, z - a - 1));
      auto it = markers_.find(name);
      if (it == markers_.end()) {
        if (f_.strict) return b_.Error(f_, line, "substitution marker !" + name + "! is not defined");
        b_.Warn(f_, line, "substitution marker !" + name + "! is not defined; line skipped");
        return Status::OK();
      }
      for (const std::string& sub : it->second) {
        phrases.push_back(std::string(head.substr(0, a)) + sub + std::string(head.substr(z + 1)));
      }
      e.name = std::string(Trim(head));
    } else {
      size_t brace = head.find('{');
      std::string_view base = Trim(head.substr(0, brace));
      if (brace != std::string_view::npos) {
        size_t close = head.find('}', brace);
        if (close == std::string_view::npos) return b_.Error(f_, line, "unbalanced '{' (no closing '}')");
        phrases.push_back(std::string(base));
        std::string_view plural = Trim(head.substr(brace + 1, close - brace - 1));
        if (!plural.empty()) phrases.push_back(std::string(plural));
      } else {
        if (head.find('}') != std::string_view::npos) return b_.Error(f_, line, "unbalanced '}'");
        phrases.push_back(std::string(base));
        // Automatic plural of the last word, unless the phrase ends with '_' (TABARI: exact).
        if (!base.empty() && base.back() != '_') {
          std::vector<std::string> words = PhraseWords(base);
          if (!words.empty()) {
            for (const std::string& pl : Plurals(words.back())) {
              std::string p;
              for (size_t k = 0; k + 1 < words.size(); ++k) p += words[k] + " ";
              phrases.push_back(p + pl);
            }
          }
        }
      }
      while (!base.empty() && base.back() == '_') base.remove_suffix(1);
      e.name = std::string(base);
    }
    uint32_t idx = static_cast<uint32_t>(impl_.agents.size());
    bool stored = false;
    for (const std::string& p : phrases) {
      std::vector<std::string> words = PhraseWords(p);
      if (words.empty()) continue;
      uint32_t prev = impl_.agent_trie.Insert(b_.InternAll(words), idx);
      stored = true;
      if (prev != PhraseTrie::kNone && prev != idx) {
        const AgentEntry& old = impl_.agents[prev];
        if (old.code != e.code || old.prefix != e.prefix) {
          b_.Warn(f_, line, "agent phrase '" + std::string(Trim(p)) + "' already defined by " + old.id + " with code " +
                                (old.prefix ? old.code + "~" : "~" + old.code) + "; this entry wins");
        }
      }
    }
    if (!stored) {
      b_.Warn(f_, line, "agent without a phrase; line skipped");
      return Status::OK();
    }
    impl_.agents.push_back(std::move(e));
    return Status::OK();
  }

  Builder& b_;
  const FileContext& f_;
  DictionarySet::Impl& impl_;
  std::map<std::string, std::vector<std::string>> markers_;
};

}  // namespace

Status ReadActorFile(Builder& b, const FileContext& f) { return ActorFileReader(b, f).Run(); }
Status ReadAgentFile(Builder& b, const FileContext& f) { return AgentFileReader(b, f).Run(); }

}  // namespace entente::dict_internal
