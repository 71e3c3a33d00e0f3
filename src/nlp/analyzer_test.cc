// Copyright 2026 The entente Authors. Apache-2.0.
//
// Analyzer tests: creation and its failure mode, robustness on odd input (empty, invalid UTF-8,
// binary junk, very long input), the sentence length cap, concurrent use, and a throughput
// report on the shared news records (printed, not asserted: the machine is shared).
#include <gtest/gtest.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "nlp/nlp_test_util.h"
#include "nlp/tokenizer.h"

namespace entente {
namespace {

using nlp_test::SharedAnalyzer;

TEST(Analyzer, MissingWordNetIsNotFoundNamingThePackage) {
  AnalyzerOptions opts;
  opts.wordnet_dir = "/nonexistent/wordnet";
  auto r = Analyzer::Create(opts);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(r.status().message().find("wordnet-base"), std::string::npos) << r.status().message();
}

TEST(Analyzer, CorruptIndexIsParseError) {
  std::string dir = ::testing::TempDir() + "/entente_bad_wordnet";
  std::string mk = "mkdir -p " + dir;
  ASSERT_EQ(std::system(mk.c_str()), 0);
  for (const char* pos : {"noun", "verb", "adj", "adv"}) {
    std::ofstream(dir + "/index." + pos) << "  licence header line\nattack n notanumber 0\n";
  }
  AnalyzerOptions opts;
  opts.wordnet_dir = dir;
  auto r = Analyzer::Create(opts);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kParseError);
  EXPECT_NE(r.status().message().find("index.noun:2"), std::string::npos) << r.status().message();
}

TEST(Analyzer, EmptyAndBlankInputGiveNoSentences) {
  ENTENTE_NEEDS_ANALYZER();
  EXPECT_TRUE(SharedAnalyzer()->Analyze("").empty());
  EXPECT_TRUE(SharedAnalyzer()->Analyze(" \n\n\t ").empty());
  EXPECT_TRUE(SharedAnalyzer()->SplitSentences("").empty());
}

// WordNet's lexicographer files of nouns' first and second senses (data.noun numbering).
TEST(Analyzer, NounLexFileNamesWhatKindOfThingANounIs) {
  ENTENTE_NEEDS_ANALYZER();
  const Analyzer& a = *SharedAnalyzer();
  EXPECT_EQ(a.NounLexFile("situation"), 26);  // noun.state
  EXPECT_EQ(a.NounLexFile("official"), 18);   // noun.person
  EXPECT_EQ(a.NounLexFile("war"), 4);         // noun.act
  EXPECT_EQ(a.NounLexFile("cloud"), 19);      // noun.phenomenon
  EXPECT_EQ(a.NounLexFile("crisis", 1), 11);  // its second sense: noun.event
  EXPECT_EQ(a.NounLexFile("blorfle"), -1);
  EXPECT_EQ(a.NounLexFile("war", 2), -1);     // only two senses are kept
}

TEST(Analyzer, InvalidUtf8DoesNotCrash) {
  ENTENTE_NEEDS_ANALYZER();
  std::string text = "Russia \xff\xfe attacks \xc3 Ukraine\x80. \xe2\x80 China \xf0\x9f left.";
  auto sents = SharedAnalyzer()->Analyze(text);
  ASSERT_FALSE(sents.empty());
  size_t words = 0;
  for (const Sentence& s : sents)
    for (const Token& t : s.tokens) {
      EXPECT_LE(t.end, text.size());
      EXPECT_LT(t.begin, t.end);
      words += t.text == "Russia" || t.text == "Ukraine" || t.text == "China";
    }
  EXPECT_EQ(words, 3u);
}

TEST(Analyzer, RandomBytesDoNotCrash) {
  ENTENTE_NEEDS_ANALYZER();
  std::mt19937 rng(42);
  for (int round = 0; round < 50; ++round) {
    std::string junk(2000, '\0');
    for (char& c : junk) c = static_cast<char>(rng() & 0xFF);
    auto sents = SharedAnalyzer()->Analyze(junk);
    for (const Sentence& s : sents) {
      EXPECT_LE(s.end, junk.size());
      for (const Token& t : s.tokens) EXPECT_LE(t.end, junk.size());
      if (!s.tokens.empty()) {
        EXPECT_EQ(s.clauses.at(0).type, ClauseType::kMain);
      }
    }
  }
}

TEST(Analyzer, TenThousandWordSentenceIsCutAndFast) {
  ENTENTE_NEEDS_ANALYZER();
  std::string text;
  const char* words[] = {"Russia", "attacks", "the",  "talks", "and",   "China", "signed",
                         "deals",  "with",    "Iran", ",",     "which", "said"};
  for (int i = 0; i < 10000; ++i) {
    text += words[i % 13];
    text += ' ';
  }
  auto start = std::chrono::steady_clock::now();
  auto sents = SharedAnalyzer()->Analyze(text);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  size_t tokens = 0;
  for (const Sentence& s : sents) {
    EXPECT_LE(s.tokens.size(), 400u);
    tokens += s.tokens.size();
  }
  EXPECT_EQ(tokens, 10000u);
  EXPECT_LT(ms, 2000.0) << "10,000 words took " << ms << " ms";
}

TEST(Analyzer, MaxSentenceTokensOption) {
  AnalyzerOptions opts;
  opts.max_sentence_tokens = 5;
  auto r = Analyzer::Create(opts);
  if (!r.ok()) GTEST_SKIP() << r.status().ToString();
  auto sents = (*r)->Analyze("One two three four five six seven eight nine ten eleven.");
  ASSERT_EQ(sents.size(), 3u);
  EXPECT_EQ(sents[0].tokens.size(), 5u);
  EXPECT_EQ(sents[2].tokens.size(), 2u);
  EXPECT_EQ(sents[1].begin, sents[1].tokens.front().begin);
}

TEST(Analyzer, AnalyzeSentenceTakesAByteRange) {
  ENTENTE_NEEDS_ANALYZER();
  std::string text = "Ignore this. Russia attacks Ukraine. And this.";
  Sentence s = SharedAnalyzer()->AnalyzeSentence(text, 13, 36);
  EXPECT_EQ(s.text, "Russia attacks Ukraine.");
  ASSERT_EQ(s.tokens.size(), 4u);
  EXPECT_EQ(s.tokens[1].tag, Tag::VBZ);
  Sentence bad = SharedAnalyzer()->AnalyzeSentence(text, 40, 1000);  // clamped, no crash
  EXPECT_LE(bad.end, text.size());
}

TEST(Analyzer, ForEachSentenceCanSkipTheAnalysisOfSomeSentences) {
  ENTENTE_NEEDS_ANALYZER();
  std::string text = "Rain fell on Monday. Russia attacks Ukraine. Snow fell.";
  std::vector<Sentence> full = SharedAnalyzer()->Analyze(text);
  ASSERT_EQ(full.size(), 3u);
  std::vector<std::string> seen;  // the tokenised sentences `analyse` was shown
  std::vector<Sentence> got;
  bool ok = SharedAnalyzer()->ForEachSentence(
      text,
      [&](const Sentence& s) {
        seen.push_back(std::string(s.text));
        EXPECT_TRUE(s.chunks.empty());
        for (const Token& t : s.tokens) {
          EXPECT_FALSE(t.norm.empty());
          EXPECT_TRUE(t.lemma.empty());  // not tagged yet
        }
        return s.text.find("Russia") != std::string_view::npos;
      },
      [&](Sentence&& s) {
        got.push_back(std::move(s));
        return true;
      });
  EXPECT_TRUE(ok);
  EXPECT_EQ(seen, (std::vector<std::string>{"Rain fell on Monday.", "Russia attacks Ukraine.", "Snow fell."}));
  ASSERT_EQ(got.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(got[i].begin, full[i].begin);
    EXPECT_EQ(got[i].end, full[i].end);
    EXPECT_EQ(got[i].text, full[i].text);
    ASSERT_EQ(got[i].tokens.size(), full[i].tokens.size());
  }
  // The analysed sentence is exactly what Analyze() gives; the others are tokenised only.
  for (size_t k = 0; k < full[1].tokens.size(); ++k) {
    EXPECT_EQ(got[1].tokens[k].tag, full[1].tokens[k].tag);
    EXPECT_EQ(got[1].tokens[k].lemma, full[1].tokens[k].lemma);
  }
  EXPECT_EQ(got[1].chunks.size(), full[1].chunks.size());
  EXPECT_EQ(got[1].clauses.size(), full[1].clauses.size());
  EXPECT_TRUE(got[0].chunks.empty());
  EXPECT_TRUE(got[0].clauses.empty());
  EXPECT_TRUE(got[0].tokens[0].lemma.empty());
  EXPECT_EQ(got[0].tokens[1].tag, Tag::kUnknown);  // "fell": a word, untagged
}

// The tagger memoises each word's lexical decision by its text and sentence position; the same
// word must still be read afresh in each context, and repeated analysis must not drift.
TEST(Analyzer, MemoisedWordDecisionsDependOnCaseAndPosition) {
  ENTENTE_NEEDS_ANALYZER();
  auto tags = [](const std::string& text) {
    std::string out;
    for (const Sentence& s : SharedAnalyzer()->Analyze(text))
      for (const Token& t : s.tokens) out += std::string(TagName(t.tag)) + "/" + std::string(t.lemma) + " ";
    return out;
  };
  std::string text =
      "Attacks continued. Rebels said attacks continued. Talks began. Russia said talks began. "
      "US officials met. The US said us officials met us.";
  std::string first = tags(text);
  for (int rep = 0; rep < 3; ++rep) EXPECT_EQ(tags(text), first);
  auto sents = SharedAnalyzer()->Analyze("Talks began. Russia said talks began.");
  ASSERT_EQ(sents.size(), 2u);
  EXPECT_EQ(sents[0].tokens[0].text, "Talks");
  EXPECT_EQ(sents[0].tokens[0].lemma, "talk");
  EXPECT_EQ(sents[1].tokens[2].text, "talks");
  EXPECT_EQ(sents[1].tokens[2].lemma, "talk");
  // "Us" capitalised mid-sentence is a name; "us" is a pronoun.
  auto us = SharedAnalyzer()->Analyze("They met US officials and told us.");
  ASSERT_EQ(us.size(), 1u);
  EXPECT_EQ(us[0].tokens[2].tag, Tag::NNP);
  EXPECT_EQ(us[0].tokens[6].tag, Tag::PRP);
}

// The strings of one sentence's tokens, for comparing analyses by value.
std::string Strings(const Sentence& s) {
  std::string out;
  for (const Token& t : s.tokens)
    out.append(t.text).append("|").append(t.norm).append("|").append(t.lemma).append(" ");
  return out;
}

TEST(Analyzer, TokenStringsSurviveCopiesMovesAndLaterSentences) {
  // Norms and lemmas that are not the written text live in the Sentence's TokenText: a copy
  // shares them, a moved sentence takes them along, and the analyser's reuse of its buffers for
  // the next sentence does not touch a sentence the visitor kept.
  const std::string text =
      "Éric Zemmour's allies ATTACKED the Élysée on Monday. Russia's ministers were signing deals. "
      "The UN talks ended.";
  std::vector<Sentence> whole = SharedAnalyzer()->Analyze(text);
  ASSERT_EQ(whole.size(), 3u);
  std::vector<std::string> expected;
  for (const Sentence& s : whole) expected.push_back(Strings(s));
  EXPECT_NE(expected[0].find("Éric|ERIC|"), std::string::npos) << expected[0];
  EXPECT_NE(expected[0].find("ATTACKED|ATTACKED|"), std::string::npos) << expected[0];
  EXPECT_NE(expected[1].find("ministers|MINISTERS|minister"), std::string::npos) << expected[1];

  std::vector<Sentence> kept;   // moved out by the visitor
  std::vector<Sentence> copies; // copied by a visitor that leaves the original to the analyser
  SharedAnalyzer()->ForEachSentence(text, [&](Sentence&& s) {
    copies.push_back(s);
    if (kept.size() < 2) kept.push_back(std::move(s));
    return true;
  });
  ASSERT_EQ(copies.size(), 3u);
  ASSERT_EQ(kept.size(), 2u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(Strings(copies[i]), expected[i]) << i;
  for (size_t i = 0; i < 2; ++i) EXPECT_EQ(Strings(kept[i]), expected[i]) << i;
  {
    Sentence copy = whole[0];
    whole.clear();  // the copy keeps the shared bytes alive
    EXPECT_EQ(Strings(copy), expected[0]);
  }
}

// Everything the analysis produced for one sentence, for comparing analyses by value.
std::string Analysis(const Sentence& s) {
  std::string out = Strings(s);
  for (const Token& t : s.tokens) out.append(TagName(t.tag)).append(" ");
  for (const Chunk& c : s.chunks)
    out += std::string(ChunkTypeName(c.type)) + std::to_string(c.first) + "-" + std::to_string(c.last) + " ";
  for (const Clause& c : s.clauses)
    out += std::string(ClauseTypeName(c.type)) + std::to_string(c.first) + "-" + std::to_string(c.last) + " ";
  return out;
}

TEST(Analyzer, ReusedBuffersGiveTheSameAnalysisAcrossDocumentsAndNestedCalls) {
  // A visitor that only reads its sentences (as the coder does) leaves their buffers to the
  // analyser, which keeps them from one document to the next; a visitor that analyses another
  // text meanwhile gets buffers of its own.  Neither may change any result.
  ENTENTE_NEEDS_ANALYZER();
  const std::string docs[] = {
      "The Russian government, which has imposed sanctions, said on Monday that talks (in Geneva) "
      "would resume. Rebels attacked a convoy near Aleppo, killing three soldiers, officials said.",
      "Short one.",
      "China and the United States signed a trade agreement after months of negotiations -- a "
      "deal that analysts called historic. \"We will not back down,\" the minister said."};
  std::vector<std::string> expected;
  for (const std::string& d : docs)
    for (const Sentence& s : SharedAnalyzer()->Analyze(d)) expected.push_back(Analysis(s));
  std::vector<std::string> expected_short;
  for (const Sentence& s : SharedAnalyzer()->Analyze(docs[1])) expected_short.push_back(Analysis(s));
  ASSERT_EQ(expected_short.size(), 1u);
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<std::string> got;
    for (const std::string& d : docs) {
      SharedAnalyzer()->ForEachSentence(d, [&](Sentence&& s) {
        got.push_back(Analysis(s));
        if (pass == 1) {  // a nested analysis of another document on the same thread
          std::vector<std::string> inner;
          SharedAnalyzer()->ForEachSentence(docs[1], [&](Sentence&& t) {
            inner.push_back(Analysis(t));
            return true;
          });
          EXPECT_EQ(inner, expected_short);
        }
        return true;
      });
    }
    EXPECT_EQ(got, expected) << "pass " << pass;
  }
}

TEST(Analyzer, NormsAndLemmasDoNotDependOnWordLengthOrPlace) {
  // Words of 1 to 20 bytes in mixed case take register-wide paths in the tokeniser and tagger
  // when they are ASCII and readable 8 bytes at a time, byte loops otherwise (the last bytes of
  // the text, non-ASCII); both must give the same norm and lemma.
  ENTENTE_NEEDS_ANALYZER();
  const std::string words[] = {"A", "Ab", "mAp", "TALKS", "Russia", "FiGhTeRs", "ministers",
                               "Governments", "PEACEKEEPERS", "negotiations", "Internationally",
                               "RECONSTRUCTION", "counterterrorism", "AbCdEfGhIjKlMnOpQ",
                               "internationalizations", "Zürich", "Café-owners"};
  for (const std::string& w : words) {
    SCOPED_TRACE(w);
    const std::string mid_text = "They saw the " + w + " go home today.";
    const std::string end_text = "They saw the " + w;  // the word ends the text
    std::vector<Sentence> mid = SharedAnalyzer()->Analyze(mid_text);
    std::vector<Sentence> end = SharedAnalyzer()->Analyze(end_text);
    ASSERT_EQ(mid.size(), 1u);
    ASSERT_EQ(end.size(), 1u);
    ASSERT_GE(mid[0].tokens.size(), 4u);
    ASSERT_EQ(end[0].tokens.size(), 4u);
    const Token& a = mid[0].tokens[3];
    const Token& b = end[0].tokens[3];
    EXPECT_EQ(a.text, w);
    EXPECT_EQ(b.text, w);
    std::string norm;
    nlp::Normalize(w, &norm);  // the general path
    EXPECT_EQ(a.norm, norm);
    EXPECT_EQ(b.norm, norm);
    bool ascii = true;
    for (char c : w) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii && a.tag == Tag::NN) {
      std::string lower = w;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      EXPECT_EQ(a.lemma, lower);
    }
    if (a.tag == b.tag) {
      EXPECT_EQ(a.lemma, b.lemma);
    }
  }
}

TEST(TokenText, CopiesShareBytesAndNeverWriteIntoThem) {
  TokenText a;
  std::string_view x = a.Copy("ALPHA");
  TokenText b = a;
  std::string_view y = b.Copy("BETA");   // a block of b's own
  std::string_view z = a.Copy("GAMMA");  // a's block, after ALPHA
  EXPECT_EQ(x, "ALPHA");
  EXPECT_EQ(y, "BETA");
  EXPECT_EQ(z, "GAMMA");
  a.Clear();  // shared with b: a lets go of the block instead of reusing it
  std::string_view w = a.Copy("DELTA");
  EXPECT_EQ(x, "ALPHA");
  EXPECT_EQ(w, "DELTA");
  TokenText c = std::move(b);
  EXPECT_EQ(y, "BETA");
  EXPECT_EQ(std::string_view(c.Copy(std::string(5000, 'Q'))).size(), 5000u);  // larger than a block
  EXPECT_EQ(x, "ALPHA");
}

TEST(Analyzer, ConcurrentAnalysisGivesIdenticalResults) {
  ENTENTE_NEEDS_ANALYZER();
  std::string text =
      "Xi Jinping, China's president, said on Monday that Russia will be visiting Beijing. "
      "Arnor, which has imposed sanctions on Moscow, has been attacked. If they do not fight "
      "back, Washington will fight them.";
  auto render = [&] {
    std::string out;
    for (const Sentence& s : SharedAnalyzer()->Analyze(text)) {
      for (const Token& t : s.tokens)
        out += std::string(t.text) + "/" + std::string(TagName(t.tag)) + "/" + std::string(t.lemma) + " ";
      out += std::to_string(s.chunks.size()) + ":" + std::to_string(s.clauses.size()) + "\n";
    }
    return out;
  };
  std::string want = render();
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      for (int rep = 0; rep < 200; ++rep) got[k] = render();
    });
  for (auto& t : threads) t.join();
  for (const std::string& g : got) EXPECT_EQ(g, want);
}

// Throughput on real text: prints sentences/s per file (wall clock and process CPU time, which
// is steadier on a shared machine) and the WordNet load time.  Prints only; asserts nothing about
// speed.
TEST(AnalyzerSpeed, ReportsThroughput) {
  std::string dir = std::string(ENTENTE_SHARED_DIR) + "/data/petrarch/records/";
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  auto r = Analyzer::Create();
  double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  double load_cpu_ms = 1000.0 * double(std::clock() - c0) / CLOCKS_PER_SEC;
  if (!r.ok()) GTEST_SKIP() << r.status().ToString();
  std::printf("WordNet load: %.0f ms wall, %.0f ms CPU\n", load_ms, load_cpu_ms);
  bool any = false;
  for (const char* f : {"GigaWord.sample.jsonl", "PETR_Validate_records_2_02.ud.jsonl"}) {
    std::vector<std::string> texts;
    std::ifstream in(dir + f);
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_discarded() && j.contains("text") && j["text"].is_string())
        texts.push_back(j["text"]);
    }
    if (texts.empty()) continue;
    any = true;
    for (const std::string& t : texts) (*r)->Analyze(t);  // warm the per-thread memo
    size_t sentences = 0, tokens = 0;
    auto start = std::chrono::steady_clock::now();
    std::clock_t cstart = std::clock();
    int reps = 0;
    while (std::chrono::steady_clock::now() - start < std::chrono::milliseconds(250) || reps < 2) {
      for (const std::string& t : texts) {
        auto s = (*r)->Analyze(t);
        sentences += s.size();
        for (const auto& x : s) tokens += x.tokens.size();
      }
      ++reps;
    }
    double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double cpu = double(std::clock() - cstart) / CLOCKS_PER_SEC;
    std::printf(
        "%s: %zu sentences (%.1f tokens each): %.0f sentences/s wall, %.0f sentences/s "
        "CPU, %.0f tokens/s CPU\n",
        f, sentences, double(tokens) / sentences, sentences / sec, sentences / cpu, tokens / cpu);
  }
  if (!any) GTEST_SKIP() << "needs ../shared (" << dir << ")";
}

}  // namespace
}  // namespace entente
