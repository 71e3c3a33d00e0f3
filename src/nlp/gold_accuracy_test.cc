// Copyright 2026 The entente Authors. Apache-2.0.
//
// Measures tokenisation agreement and part-of-speech accuracy against gold Penn tags: the
// CoNLL-U parses of ../shared/data/petrarch/records/PETR_Validate_records_2_02.ud.jsonl (UD
// file, the reference measurement) and the Penn Treebank parses of the other record files
// (reported only).  Gold tokens are aligned to ours by byte offset in the record text; a gold
// token without an identical token of ours counts as a tagging error.  The test asserts floors
// at the level reached; set ENTENTE_NLP_VERBOSE=1 to print per-tag tables and confusions, and
// ENTENTE_NLP_DUMP=1 to print every sentence with an error.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "entente/nlp.h"

namespace entente {
namespace {

const std::string kRecords = std::string(ENTENTE_SHARED_DIR) + "/data/petrarch/records/";

struct GoldToken {
  std::string text;
  std::string tag;
};

// (word, tag) pairs from a CoNLL-U block (column 2 and 5).
std::vector<GoldToken> FromConllu(const std::string& parse) {
  std::vector<GoldToken> out;
  size_t pos = 0;
  while (pos < parse.size()) {
    size_t nl = parse.find('\n', pos);
    if (nl == std::string::npos) nl = parse.size();
    std::string line = parse.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    size_t p = 0;
    while (true) {
      size_t t = line.find('\t', p);
      f.push_back(line.substr(p, t == std::string::npos ? std::string::npos : t - p));
      if (t == std::string::npos) break;
      p = t + 1;
    }
    if (f.size() < 5 || f[0].find('-') != std::string::npos || f[0].find('.') != std::string::npos)
      continue;
    out.push_back({f[1], f[4]});
  }
  return out;
}

// (word, tag) pairs from a bracketed Penn Treebank parse: every "(TAG word)" leaf.
std::vector<GoldToken> FromPtb(const std::string& parse) {
  std::vector<GoldToken> out;
  for (size_t i = 0; i < parse.size(); ++i) {
    if (parse[i] != '(') continue;
    size_t j = i + 1;
    size_t sp = parse.find_first_of(" ()", j);
    if (sp == std::string::npos || parse[sp] != ' ') continue;
    std::string tag = parse.substr(j, sp - j);
    size_t k = sp + 1;
    while (k < parse.size() && parse[k] == ' ') ++k;
    size_t close = parse.find_first_of("()", k);
    if (close == std::string::npos || parse[close] != ')') continue;
    std::string word = parse.substr(k, close - k);
    while (!word.empty() && (word.back() == ' ' || word.back() == '\n')) word.pop_back();
    if (word.empty() || word.find(' ') != std::string::npos || word.find('\n') != std::string::npos)
      continue;
    out.push_back({word, tag});
  }
  return out;
}

std::string UnescapeGold(const std::string& w) {
  if (w == "-LRB-") return "(";
  if (w == "-RRB-") return ")";
  if (w == "-LCB-") return "{";
  if (w == "-RCB-") return "}";
  if (w == "``" || w == "''") return "\"";
  return w;
}

bool SameTag(const std::string& gold, Tag ours) {
  std::string_view name = TagName(ours);
  if (gold == name) return true;
  if ((gold == "``" || gold == "''") && ours == Tag::kQuote) return true;
  if (gold == "-LRB-" && ours == Tag::kOpenParen) return true;
  if (gold == "-RRB-" && ours == Tag::kCloseParen) return true;
  return false;
}

struct Stats {
  size_t gold_tokens = 0, aligned = 0, our_tokens = 0, correct = 0;
  size_t verb_noun = 0, verb_noun_correct = 0;               // gold noun or verb tokens
  std::map<std::string, std::pair<size_t, size_t>> per_tag;  // gold tag -> (correct, total)
  std::map<std::string, size_t> confusions;                  // "gold->ours"
};

bool IsNounOrVerbName(const std::string& t) {
  return t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS" || t == "VB" || t == "VBD" ||
         t == "VBG" || t == "VBN" || t == "VBP" || t == "VBZ";
}

// Coarse class of a tag for the verb-vs-noun measure: 'N', 'V' or other.
char Coarse(std::string_view t) {
  if (t.substr(0, 2) == "NN") return 'N';
  if (t.substr(0, 2) == "VB") return 'V';
  return 'O';
}

void Evaluate(const Analyzer& a, const std::string& file, bool conllu, Stats* st) {
  std::ifstream in(file);
  std::string line;
  bool dump = std::getenv("ENTENTE_NLP_DUMP") != nullptr;
  while (std::getline(in, line)) {
    nlohmann::json r = nlohmann::json::parse(line, nullptr, false);
    if (r.is_discarded() || !r.contains("parse") || !r["parse"].is_string() ||
        !r["text"].is_string())
      continue;
    std::string text = r["text"];
    std::vector<GoldToken> gold = conllu ? FromConllu(r["parse"]) : FromPtb(r["parse"]);
    if (gold.empty()) continue;
    // Gold offsets.
    std::vector<std::pair<size_t, size_t>> goff;
    size_t pos = 0;
    bool ok = true;
    for (const GoldToken& g : gold) {
      std::string w = UnescapeGold(g.text);
      size_t at = text.find(w, pos);
      if (at == std::string::npos && w == "\"") {
        at = text.find('\'', pos);  // '' for a single quote
        if (at != std::string::npos) w = "'";
      }
      if (at == std::string::npos || at > pos + 40) {
        ok = false;
        break;
      }
      goff.emplace_back(at, at + w.size());
      pos = at + w.size();
    }
    if (!ok) continue;  // gold text differs from the record text (rare); skip the record
    std::vector<Sentence> sents = a.Analyze(text);
    std::map<std::pair<size_t, size_t>, const Token*> ours;
    for (const Sentence& s : sents)
      for (const Token& t : s.tokens) {
        ours.emplace(std::make_pair(t.begin, t.end), &t);
        ++st->our_tokens;
      }
    std::string report;
    for (size_t i = 0; i < gold.size(); ++i) {
      const std::string& gt = gold[i].tag;
      ++st->gold_tokens;
      auto& pt = st->per_tag[gt];
      ++pt.second;
      bool nv = IsNounOrVerbName(gt);
      if (nv) ++st->verb_noun;
      auto it = ours.find(goff[i]);
      if (it == ours.end()) {
        st->confusions[gt + "->(tok)"]++;
        report += " [" + gold[i].text + "/" + gt + "=TOK]";
        continue;
      }
      ++st->aligned;
      Tag ot = it->second->tag;
      if (nv && Coarse(gt) == Coarse(TagName(ot))) ++st->verb_noun_correct;
      if (SameTag(gt, ot)) {
        ++st->correct;
        ++pt.first;
        report += " " + gold[i].text;
      } else {
        st->confusions[gt + "->" + std::string(TagName(ot))]++;
        report += " [" + gold[i].text + "/" + gt + "=" + std::string(TagName(ot)) + "]";
      }
    }
    if (dump && report.find('[') != std::string::npos) std::printf("%s\n", report.c_str());
  }
}

void Print(const char* name, const Stats& st) {
  std::printf(
      "%s: gold tokens %zu, ours %zu, aligned %zu (%.2f%%), tag accuracy %.2f%% "
      "(%.2f%% of aligned), noun/verb class accuracy %.2f%%\n",
      name, st.gold_tokens, st.our_tokens, st.aligned, 100.0 * st.aligned / st.gold_tokens,
      100.0 * st.correct / st.gold_tokens, 100.0 * st.correct / st.aligned,
      100.0 * st.verb_noun_correct / st.verb_noun);
  if (!std::getenv("ENTENTE_NLP_VERBOSE")) return;
  for (const auto& [tag, ct] : st.per_tag)
    std::printf("  %-6s %5zu / %5zu  %.1f%%\n", tag.c_str(), ct.first, ct.second,
                100.0 * ct.first / ct.second);
  std::vector<std::pair<size_t, std::string>> conf;
  for (const auto& [k, v] : st.confusions) conf.emplace_back(v, k);
  std::sort(conf.rbegin(), conf.rend());
  for (size_t i = 0; i < conf.size() && i < 40; ++i)
    std::printf("  %4zu %s\n", conf[i].first, conf[i].second.c_str());
}

const Analyzer* Get() {
  static const Analyzer* a = [] {
    auto r = Analyzer::Create();
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return a;
}

TEST(GoldAccuracy, UdValidationRecords) {
  std::string file = kRecords + "PETR_Validate_records_2_02.ud.jsonl";
  if (!std::ifstream(file)) GTEST_SKIP() << "needs ../shared (" << file << ")";
  ASSERT_NE(Get(), nullptr);
  Stats st;
  Evaluate(*Get(), file, /*conllu=*/true, &st);
  Print("UD validation records", st);
  ASSERT_GT(st.gold_tokens, 5000u);
  // Floors at the level reached (2026-05: 99.78% aligned, 95.26% tags, 98.37% noun/verb).
  EXPECT_GE(100.0 * st.aligned / st.gold_tokens, 99.5);
  EXPECT_GE(100.0 * st.correct / st.gold_tokens, 95.0);
  EXPECT_GE(100.0 * st.verb_noun_correct / st.verb_noun, 98.0);
}

TEST(GoldAccuracy, PennTreebankRecords) {
  std::string file = kRecords + "PETR.UnitTest.records.jsonl";
  if (!std::ifstream(file)) GTEST_SKIP() << "needs ../shared (" << file << ")";
  ASSERT_NE(Get(), nullptr);
  Stats unit, giga;
  Evaluate(*Get(), file, /*conllu=*/false, &unit);
  Print("PETRARCH unit-test records (PTB)", unit);
  Evaluate(*Get(), kRecords + "GigaWord.sample.jsonl", /*conllu=*/false, &giga);
  Print("GigaWord sample (PTB)", giga);
  ASSERT_GT(unit.gold_tokens, 1000u);
  ASSERT_GT(giga.gold_tokens, 1000u);
  // Floors at the level reached (95.13% and 94.11%).
  EXPECT_GE(100.0 * unit.correct / unit.gold_tokens, 94.8);
  EXPECT_GE(100.0 * giga.correct / giga.gold_tokens, 93.5);
}

}  // namespace
}  // namespace entente
