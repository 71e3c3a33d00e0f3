// Copyright 2026 The entente Authors. Apache-2.0.
//
// Names of the nlp enums (Tag, ChunkType, ClauseType) from nlp.h (whose tag predicates are
// inline), plus ParseTagName (lexicon.h) which maps a Penn tag name back to a Tag.
#include <array>
#include <string_view>

#include "entente/nlp.h"
#include "nlp/lexicon.h"

namespace entente {
namespace {

constexpr std::array<std::string_view, 46> kTagNames = {
    "?",   "CC",  "CD",  "DT",   "EX",    "FW",    "IN",  "JJ",   "JJR", "JJS", "LS",  "MD",
    "NN",  "NNS", "NNP", "NNPS", "PDT",   "POS",   "PRP", "PRP$", "RB",  "RBR", "RBS", "RP",
    "SYM", "TO",  "UH",  "VB",   "VBD",   "VBG",   "VBN", "VBP",  "VBZ", "WDT", "WP",  "WP$",
    "WRB", ",",   ".",   ":",    "-LRB-", "-RRB-", "\"",  "$",    "#",   "?"};

}  // namespace

std::string_view TagName(Tag t) {
  size_t i = static_cast<size_t>(t);
  return i < kTagNames.size() - 1 ? kTagNames[i] : "?";
}

std::string_view ChunkTypeName(ChunkType t) {
  switch (t) {
    case ChunkType::kNP:
      return "NP";
    case ChunkType::kVP:
      return "VP";
    case ChunkType::kPP:
      return "PP";
    case ChunkType::kADJP:
      return "ADJP";
    case ChunkType::kADVP:
      return "ADVP";
    case ChunkType::kSBAR:
      return "SBAR";
    case ChunkType::kO:
      return "O";
  }
  return "O";
}

std::string_view ClauseTypeName(ClauseType t) {
  switch (t) {
    case ClauseType::kMain:
      return "main";
    case ClauseType::kRelative:
      return "relative";
    case ClauseType::kAppositive:
      return "appositive";
    case ClauseType::kReported:
      return "reported";
    case ClauseType::kConditional:
      return "conditional";
    case ClauseType::kSubordinate:
      return "subordinate";
    case ClauseType::kParenthetical:
      return "parenthetical";
  }
  return "main";
}

namespace nlp {

bool ParseTagName(std::string_view name, Tag* tag) {
  if (name == "''" || name == "``") {
    *tag = Tag::kQuote;
    return true;
  }
  if (name == "(") name = "-LRB-";
  if (name == ")") name = "-RRB-";
  for (size_t i = 1; i + 1 < kTagNames.size(); ++i) {
    if (kTagNames[i] == name) {
      *tag = static_cast<Tag>(i);
      return true;
    }
  }
  return false;
}

}  // namespace nlp
}  // namespace entente
