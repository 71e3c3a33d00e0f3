// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests for Hash64 (against published XXH64 vectors) and ContentHash (whitespace-folded text only).
#include <gtest/gtest.h>

#include <string>

#include "entente/ingest.h"

namespace entente {
namespace {

TEST(Hash64, MatchesPublishedXxHash64Vectors) {
  // Reference values of XXH64 with seed 0 (published test vectors of the algorithm).
  EXPECT_EQ(Hash64(""), 0xEF46DB3751D8E999ULL);
  EXPECT_EQ(Hash64("a"), 0xD24EC4F1A98C6E5BULL);
  EXPECT_EQ(Hash64("abc"), 0x44BC2CF5AD770999ULL);
  EXPECT_EQ(Hash64("Hello, World!"), 0xC49AACF8080FE47FULL);
  EXPECT_EQ(Hash64("Hello, World!", 42), 0xC2E0FE28B2512846ULL);
  // >= 32 bytes: the four-lane stripe loop and the merge rounds.
  EXPECT_EQ(Hash64("Nobody inspects the spammish repetition"), 0xFBCEA83C8A378BF1ULL);
  EXPECT_EQ(Hash64("The quick brown fox jumps over the lazy dog"), 0x0B242D361FDA71BCULL);
  EXPECT_EQ(Hash64(std::string(32, 'a')), 0x856E843298F99AD7ULL);
}



}  // namespace
}  // namespace entente
