// Copyright 2026 The entente Authors. Apache-2.0.
//
// EventCode / ActorCode validation and the CAMEO table reader.  The table file format:
//
//   # entente-dict cameo v1
//   # code<TAB>goldstein<TAB>label
//   01	0.0	Make public statement
//   010	0.0	Make statement, not specified below
//
// Quad classes are derived from the root, so they cannot disagree with the code.
#include "entente/cameo.h"

#include <cctype>
#include <charconv>
#include <fstream>
#include <sstream>

namespace entente {

Result<EventCode> EventCode::Parse(std::string_view text) {
  if (text.empty() || text.size() > 7) {
    return Status::InvalidArgument("bad event code '" + std::string(text) + "' (1-7 letters or digits)");
  }
  EventCode c;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char ch = static_cast<unsigned char>(text[i]);
    if (!std::isalnum(ch)) {
      return Status::InvalidArgument("bad event code '" + std::string(text) + "' (1-7 letters or digits)");
    }
    c.buf_[i] = static_cast<char>(ch);
  }
  c.len_ = static_cast<uint8_t>(text.size());
  return c;
}

bool EventCode::has_cameo_root() const {
  if (len_ < 2 || !std::isdigit(static_cast<unsigned char>(buf_[0])) ||
      !std::isdigit(static_cast<unsigned char>(buf_[1])))
    return false;
  int r = (buf_[0] - '0') * 10 + (buf_[1] - '0');
  return r >= 1 && r <= 20;
}

QuadClass EventCode::quad() const {
  if (!has_cameo_root()) return QuadClass::kNone;
  int r = (buf_[0] - '0') * 10 + (buf_[1] - '0');
  if (r <= 5) return QuadClass::kVerbalCooperation;
  if (r <= 9) return QuadClass::kMaterialCooperation;
  if (r <= 14) return QuadClass::kVerbalConflict;
  return QuadClass::kMaterialConflict;
}

Result<ActorCode> ActorCode::Parse(std::string_view text) {
  // A new actor's code as NewActor writes it (and as stores and JSONL give it back).
  if (text.size() >= 3 && text.front() == '"' && text.back() == '"') {
    std::string_view inner = text.substr(1, text.size() - 2);
    for (char ch : inner) {
      if (ch == '"' || static_cast<unsigned char>(ch) < 0x20) {
        return Status::InvalidArgument("bad new-actor code '" + std::string(text) + "'");
      }
    }
    return NewActor(inner);
  }
  ActorCode a;
  a.code_.reserve(text.size());
  for (char ch : text) {
    unsigned char u = static_cast<unsigned char>(ch);
    if (!std::isalnum(u) && ch != '~' && ch != '-') {
      return Status::InvalidArgument("bad actor code '" + std::string(text) + "'");
    }
    a.code_.push_back(static_cast<char>(std::toupper(u)));
  }
  return a;
}

ActorCode ActorCode::NewActor(std::string_view phrase) {
  ActorCode a;
  a.code_.push_back('"');
  bool space = false;
  for (char ch : phrase) {
    unsigned char u = static_cast<unsigned char>(ch);
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '"') {
      space = a.code_.size() > 1;
      continue;
    }
    if (space) a.code_.push_back(' ');
    space = false;
    a.code_.push_back(static_cast<char>(std::toupper(u)));
  }
  a.code_.push_back('"');
  return a;
}

Result<CameoTable> CameoTable::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open CAMEO table");
  std::stringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path);
}

Result<CameoTable> CameoTable::Parse(std::string_view text, std::string_view filename) {
  CameoTable t;
  size_t line_no = 0;
  bool saw_header = false;
  auto err = [&](const std::string& what) {
    return Status::ParseError(std::string(filename) + ":" + std::to_string(line_no) + ": " + what);
  };
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1) {
      if (line.rfind("# entente-dict cameo v", 0) != 0) return err("missing '# entente-dict cameo v1' header");
      if (line.substr(22) != "1") return Status::Unsupported(std::string(filename) + ":1: unknown cameo format version");
      saw_header = true;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) return err("want code<TAB>goldstein<TAB>label");
    auto code = EventCode::Parse(line.substr(0, t1));
    if (!code.ok()) return err(code.status().message());
    if (!code->has_cameo_root()) return err("'" + code->ToString() + "' is not a CAMEO code");
    std::string_view g = line.substr(t1 + 1, t2 - t1 - 1);
    double gv = 0;
    auto [p, ec] = std::from_chars(g.data(), g.data() + g.size(), gv);
    if (ec != std::errc() || p != g.data() + g.size() || gv < -10 || gv > 10) {
      return err("bad Goldstein value '" + std::string(g) + "' (a number from -10 to 10)");
    }
    CameoEntry e{*code, std::string(line.substr(t2 + 1)), gv, code->quad()};
    if (e.label.empty()) return err("empty label");
    if (!t.entries_.emplace(code->ToString(), std::move(e)).second) {
      return err("duplicate code '" + code->ToString() + "'");
    }
  }
  if (!saw_header) return Status::ParseError(std::string(filename) + ": empty CAMEO table");
  return t;
}

const CameoEntry* CameoTable::Find(const EventCode& code) const { return Find(code.str()); }

const CameoEntry* CameoTable::Find(std::string_view code) const {
  auto it = entries_.find(code);
  return it == entries_.end() ? nullptr : &it->second;
}

}  // namespace entente
