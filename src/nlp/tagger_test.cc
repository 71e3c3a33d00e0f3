// Copyright 2026 The entente Authors. Apache-2.0.
//
// Part-of-speech tagger tests on hand-written news sentences: the noun/verb ambiguity of
// "attacks", "talks", "plans", "visit"; auxiliaries and negation; capitalisation; closed-class
// words decided by context ("that", "'s", "her", "there", "to").
#include <gtest/gtest.h>

#include <string>

#include "nlp/nlp_test_util.h"

namespace entente {
namespace {

using nlp_test::TaggedOf;
using nlp_test::TagOfWord;

struct WordTagCase {
  const char* text;
  const char* word;
  const char* tag;
};

void CheckTaggerWordTable(const WordTagCase& c) {
  EXPECT_EQ(TagOfWord(c.text, c.word), c.tag) << c.text << "\n" << TaggedOf(c.text);
}

const WordTagCase kNounVerbCases[] = {
    {"Russia attacks Ukraine.", "attacks", "VBZ"},
    {"The attacks on Kyiv continued.", "attacks", "NNS"},
    {"Its attacks on Kyiv continued.", "attacks", "NNS"},
    {"China and Russia signed a deal.", "signed", "VBD"},
    {"China and Russia signed a deal.", "deal", "NN"},
    {"China and Russia sign a deal.", "sign", "VBP"},
    {"Witnesses and a U.N. aid official said so.", "aid", "NN"},
    // "trade" before a noun naming a trade relation opens a compound; "trade accusations" is a verb.
    {"Israel, Egypt and US trade pact", "trade", "NN"},
    {"Israel and Egypt trade accusations", "trade", "VBP"},
    {"Czechs are now entitled to free movement across Europe.", "free", "JJ"},
    {"Rebels agreed to free hostages.", "free", "VB"},
    // The verbs of an adverbial clause and of a reporting tail are not the main clause's: the
    // noun/verb word after the subject is its verb; a name ("General Motors") or a later noun
    // ("membership talks") is not.
    {"Ethiopia act on a resolution with Libya after crowds trashed its embassy, a senior official said.", "act",
     "VBP"},
    {"General Motors hopes to sell more cars in Europe, an official told reporters.", "hopes", "VBZ"},
    {"General Motors hopes to sell more cars in Europe, an official told reporters.", "Motors", "NNPS"},
    {"Germany and France both support the membership talks, an official said.", "support", "VBP"},
    {"Germany and France both support the membership talks, an official said.", "talks", "NNS"},
    // A headline's "X to <verb>" is its predicate; a noun/verb word after it stays a noun.
    {"Poland to cut Iraq troops by 2006", "troops", "NNS"},
    {"Russian Duma to launch new school massacre probe", "massacre", "NN"},
    {"Nepal Seeks Talks to End Rebel Blockade of Capital", "Seeks", "VBZ"},
    {"Witnesses and the Russians aid the poor.", "aid", "VBP"},
    {"Putin did not sign the treaty.", "sign", "VB"},
    {"Moscow plans to build a pipeline.", "plans", "VBZ"},
    {"The new plans were rejected.", "plans", "NNS"},
    {"Peace talks resumed in Geneva.", "talks", "NNS"},
    {"Iran talks with the EU every week.", "talks", "VBZ"},
    {"The Russian military attacks the town.", "attacks", "VBZ"},
    {"Several European leaders the president met were angry.", "leaders", "NNS"},
    {"Xi will visit Moscow.", "visit", "VB"},
    {"Xi began a visit to Moscow.", "visit", "NN"},
    {"The economic sanctions hurt Russia.", "sanctions", "NNS"},
    {"The EU sanctions Russian officials.", "sanctions", "VBZ"},
    {"Beijing restored its ties with Moscow.", "ties", "NNS"},
    {"Protests erupted in Minsk.", "Protests", "NNS"},
    {"Belarus protests the decision.", "protests", "VBZ"},
    {"He wants to visit Beijing.", "visit", "VB"},
    {"Rebels attack the town.", "attack", "VBP"},
    {"They attack the town.", "attack", "VBP"},
    {"The attack killed five people.", "attack", "NN"},
    {"The attack killed five people.", "killed", "VBD"},
    {"Five people killed in the attack were buried.", "killed", "VBN"},
    {"Russia has attacked Ukraine.", "attacked", "VBN"},
    {"Ukraine was attacked by Russia.", "attacked", "VBN"},
    {"Russia will be visiting Beijing.", "visiting", "VBG"},
    {"Russia has been attacked.", "attacked", "VBN"},
    {"The minister said talks would resume.", "talks", "NNS"},
    {"The country that signed the deal attacked Gondor.", "attacked", "VBD"},
    {"Russia's state energy company Gazprom plans to build a pipeline.", "plans", "VBZ"},
    {"The information commissioner says he is asking for details.", "says", "VBZ"},
    {"While pilots still feel in command, they are worried.", "feel", "VBP"},
    {"Washington said such a step enjoyed support from Moscow.", "enjoyed", "VBD"},
    {"Arnor, which has imposed sanctions on Moscow, attacked Gondor.", "attacked", "VBD"},
    {"A group that tracks the war said eight people died.", "tracks", "VBZ"},
    {"Police seek an inmate who leads group that kidnapped two engineers.", "leads", "VBZ"},
    {"Police seek an inmate who leads group that kidnapped two engineers.", "group", "NN"},
    {"Iraq kidnap victim Margaret Hassan was freed.", "kidnap", "NN"},
    {"The allies helped Iraq rebuild roads.", "rebuild", "VB"},
    {"He condemned the attack and promised aid to the villages.", "promised", "VBD"},
    {"Iraq's security advisor met with President Assad to discuss efforts.", "met", "VBD"},
    {"A soldier was shot dead in Basra.", "shot", "VBN"},
    {"Russia signed a memo and also said the talks failed.", "said", "VBD"},
    {"Two hostages were found dead near Falluja.", "found", "VBN"},
    {"There are cost implications for Russia.", "cost", "NN"}};

TEST(Tagger, DisambiguatesNounAndVerb) {
  ENTENTE_NEEDS_ANALYZER();
  for (const WordTagCase& c : kNounVerbCases) {
    SCOPED_TRACE(c.text);
    CheckTaggerWordTable(c);
  }
}

const WordTagCase kClosedClassCases[] = {{"He said that Russia would win.", "that", "IN"},
                                         {"The country that signed the deal won.", "that", "WDT"},
                                         {"He rejected that proposal.", "that", "DT"},
                                         {"Russia's president spoke.", "'s", "POS"},
                                         {"He's been to Moscow.", "'s", "VBZ"},
                                         {"She met her counterpart.", "her", "PRP$"},
                                         {"They met her in Paris.", "her", "PRP"},
                                         {"There is no deal.", "There", "EX"},
                                         {"He went there yesterday.", "there", "RB"},
                                         {"He wants to sign.", "to", "TO"},
                                         {"He went to Moscow.", "to", "IN"},
                                         {"Russia will respond.", "will", "MD"},
                                         {"Russia didn't respond.", "n't", "RB"},
                                         {"Russia can't respond.", "ca", "MD"}};

TEST(Tagger, SettlesClosedClassWordsByContext) {
  ENTENTE_NEEDS_ANALYZER();
  for (const WordTagCase& c : kClosedClassCases) {
    SCOPED_TRACE(c.text);
    CheckTaggerWordTable(c);
  }
}

const WordTagCase kCapitalisationCases[] = {
    {"Arnor is about to restore ties with Gondor.", "Arnor", "NNP"},
    {"Arnor is about to restore ties with Gondor.", "Gondor", "NNP"},
    {"China signed the deal.", "China", "NNP"},
    {"Russian officials met Chinese diplomats.", "Russian", "JJ"},
    {"Russian officials met Chinese diplomats.", "Chinese", "JJ"},
    {"The Americans left.", "Americans", "NNPS"},
    {"The Foreign Ministry said so.", "Ministry", "NNP"},
    {"President Xi Jinping arrived.", "President", "NNP"},
    {"Talks resumed on Monday.", "Talks", "NNS"},
    {"The UN and NATO met.", "NATO", "NNP"},
    {"The US and China met.", "US", "NNP"},
    {"Sino-Russian ties grew.", "Sino-Russian", "JJ"},
    {"Fighters of al-Qaeda fled.", "al-Qaeda", "NNP"},
    {"The five-year plan failed.", "five-year", "JJ"},
    {"A 12-year rift ended.", "12-year", "JJ"},
    {"Trade reached $108 billion.", "108", "CD"},
    {"Trade reached $108 billion.", "$", "$"},
    {"United Airlines says it will end funding.", "United", "NNP"},
    {"Mobile-phone makers scored a hit.", "Mobile-phone", "JJ"},
    {"Four were killed in Israeli tank shelling.", "Israeli", "JJ"},
    {"He spoke to Moscow-based diplomats.", "Moscow-based", "JJ"},
    {"He said: \"Clearly, we will win.\"", "Clearly", "RB"}};

TEST(Tagger, UsesCapitalisation) {
  ENTENTE_NEEDS_ANALYZER();
  for (const WordTagCase& c : kCapitalisationCases) {
    SCOPED_TRACE(c.text);
    CheckTaggerWordTable(c);
  }
}

// A title-case headline: a capital says nothing about a word, which is read as if it opened the
// sentence; a headline with other lower-case words keeps the ordinary reading of capitals.
const WordTagCase kTitleCaseCases[] = {
    {"Chinese President Meets With Castro", "Meets", "VBZ"},
    {"Chinese President Meets With Castro", "With", "IN"},
    {"Chinese President Meets With Castro", "Castro", "NNP"},
    {"U.S. Urges China to Push for More Talks", "Urges", "VBZ"},
    {"U.S. Urges China to Push for More Talks", "Push", "VB"},
    {"Rebels Urge Nigeria To Intervene in Darfur", "To", "TO"},
    {"Rebels Urge Nigeria To Intervene in Darfur", "Nigeria", "NNP"},
    {"Rebels Urge Nigeria To Intervene, Kickstart Sudan Peace <b>...</b>", "Urge", "VBP"},
    {"Britain Charges Cleric Sought by US", "Charges", "VBZ"},
    {"US Edge Out Brazil in Final", "US", "NNP"},
    {"China wary at Taiwan poll result", "Taiwan", "NNP"},
    {"The Foreign Ministry said so.", "Ministry", "NNP"}};

TEST(Tagger, ReadsTitleCaseHeadlines) {
  ENTENTE_NEEDS_ANALYZER();
  for (const WordTagCase& c : kTitleCaseCases) {
    SCOPED_TRACE(c.text);
    CheckTaggerWordTable(c);
  }
}

TEST(Tagger, WholeSentence) {
  ENTENTE_NEEDS_ANALYZER();
  EXPECT_EQ(TaggedOf("Putin did not sign the new treaty."),
            "Putin/NNP did/VBD not/RB sign/VB the/DT new/JJ treaty/NN ./.");
  EXPECT_EQ(TaggedOf("Russia and China will be holding talks."),
            "Russia/NNP and/CC China/NNP will/MD be/VB holding/VBG talks/NNS ./.");
}

TEST(Tagger, PunctuationClasses) {
  ENTENTE_NEEDS_ANALYZER();
  EXPECT_EQ(TaggedOf("He said: (yes), \"no\" -- maybe."),
            "He/PRP said/VBD :/: (/-LRB- yes/UH )/-RRB- ,/, \"/\" no/UH \"/\" --/: maybe/RB ./.");
}

TEST(TagNames, RoundTripPennNames) {
  EXPECT_EQ(TagName(Tag::PRPS), "PRP$");
  EXPECT_EQ(TagName(Tag::WPS), "WP$");
  EXPECT_EQ(TagName(Tag::kComma), ",");
  EXPECT_EQ(TagName(Tag::kOpenParen), "-LRB-");
  EXPECT_TRUE(IsNoun(Tag::NNPS));
  EXPECT_FALSE(IsNoun(Tag::PRP));
  EXPECT_TRUE(IsVerb(Tag::VBZ));
  EXPECT_FALSE(IsVerb(Tag::MD));
  EXPECT_TRUE(IsPunct(Tag::kQuote));
  EXPECT_FALSE(IsPunct(Tag::NN));
}

}  // namespace
}  // namespace entente
