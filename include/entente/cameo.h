// Copyright 2026 The entente Authors. Apache-2.0.
//
// CAMEO vocabulary types.
//
// EventCode is a validated event code ("042", "1056", or a dictionary's private test code such as
// "075A").  It is built only through EventCode::Parse; the CAMEO table (CameoTable) knows which
// codes are real CAMEO codes and gives their label, Goldstein value and quad class.
// ActorCode is an actor code as written in dictionaries ("RUSGOV", "IGOUNO", "USAMIL").
#ifndef ENTENTE_CAMEO_H_
#define ENTENTE_CAMEO_H_

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "entente/status.h"

namespace entente {

// DO NOT CHANGE THESE VALUES: stored in the database.
enum class QuadClass : uint8_t {
  kNone = 0,               // unknown or not a CAMEO code
  kVerbalCooperation = 1,  // roots 01-05
  kMaterialCooperation = 2,// roots 06-09
  kVerbalConflict = 3,     // roots 10-14
  kMaterialConflict = 4,   // roots 15-20
};

class EventCode {
 public:
  EventCode() = default;  // empty: no code
  // 1 to 7 characters of [0-9A-Za-z]; letters are kept as written.  Anything else:
  // InvalidArgument.
  static Result<EventCode> Parse(std::string_view text);

  bool empty() const { return len_ == 0; }
  std::string_view str() const { return {buf_.data(), len_}; }
  std::string ToString() const { return std::string(str()); }
  // True when the code starts with two digits 01..20 (a CAMEO root).
  bool has_cameo_root() const;
  // "04" for "042"; empty when !has_cameo_root().
  std::string_view root() const { return has_cameo_root() ? str().substr(0, 2) : std::string_view(); }
  // Quad class derived from the root; kNone when there is no CAMEO root.
  QuadClass quad() const;

  friend bool operator==(const EventCode& a, const EventCode& b) { return a.str() == b.str(); }
  friend auto operator<=>(const EventCode& a, const EventCode& b) { return a.str() <=> b.str(); }

 private:
  std::array<char, 7> buf_{};
  uint8_t len_ = 0;
};

class ActorCode {
 public:
  ActorCode() = default;
  // Letters, digits, '~' (agent composition marker) and '-' ("---GOV": a government of unknown
  // country, PETRARCH's convention), stored upper-case; empty is allowed and means "no actor".
  // Anything else: InvalidArgument.
  static Result<ActorCode> Parse(std::string_view text);
  // An actor found in a noun phrase that no dictionary names (PETRARCH's new_actor_length
  // option): the phrase's words upper-cased, single-spaced, in double quotes ("\"THE MINISTRY
  // OF MAGIC\"").  Such a code has no country: country() is meaningless for it.  Parse reads
  // this form back.
  static ActorCode NewActor(std::string_view phrase);
  bool empty() const { return code_.empty(); }
  const std::string& str() const { return code_; }
  // ISO-3 country or 3-letter bloc prefix: "RUS" for "RUSGOV".
  std::string_view country() const { return std::string_view(code_).substr(0, 3); }
  friend bool operator==(const ActorCode&, const ActorCode&) = default;
  friend auto operator<=>(const ActorCode&, const ActorCode&) = default;

 private:
  std::string code_;
};

// One row of the CAMEO event table.
struct CameoEntry {
  EventCode code;
  std::string label;      // "Make a visit"
  double goldstein = 0;   // -10 .. +10
  QuadClass quad = QuadClass::kNone;
};

// The CAMEO event table, immutable once loaded; thread-safe for concurrent reads.
class CameoTable {
 public:
  // Reads our TSV (data/dictionaries/cameo/cameo_codes.tsv): a "# entente-dict cameo v1" line,
  // then `code<TAB>goldstein<TAB>label` rows; '#' starts a comment.  Errors name file and line.
  static Result<CameoTable> LoadFile(const std::string& path);
  static Result<CameoTable> Parse(std::string_view text, std::string_view filename);

  const CameoEntry* Find(const EventCode& code) const;
  const CameoEntry* Find(std::string_view code) const;
  size_t size() const { return entries_.size(); }
  const std::map<std::string, CameoEntry, std::less<>>& entries() const { return entries_; }

 private:
  std::map<std::string, CameoEntry, std::less<>> entries_;
};

}  // namespace entente

#endif  // ENTENTE_CAMEO_H_
