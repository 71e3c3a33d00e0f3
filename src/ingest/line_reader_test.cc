// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests for the length-capped JSONL line reader.
#include "ingest/line_reader.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace entente::ingest {
namespace {

std::vector<std::string> ReadAllLines(const std::string& input, size_t max_line, std::string prefix = {}) {
  std::istringstream in(input);
  LineReader reader(&in, max_line, std::move(prefix));
  std::vector<std::string> out;
  std::string line;
  for (;;) {
    LineReader::Kind k = reader.Next(&line);
    if (k == LineReader::Kind::kEnd) break;
    if (k == LineReader::Kind::kError) return {"<error>"};
    out.push_back(k == LineReader::Kind::kTooLong ? "<too long " + std::to_string(reader.line_bytes()) + ">" : line);
  }
  return out;
}

TEST(LineReader, SplitsLinesAndStripsCr) {
  EXPECT_EQ(ReadAllLines("a\nbb\r\n\nccc", 100), (std::vector<std::string>{"a", "bb", "", "ccc"}));
  EXPECT_EQ(ReadAllLines("a\n", 100), (std::vector<std::string>{"a"}));
  EXPECT_TRUE(ReadAllLines("", 100).empty());
}

TEST(LineReader, SkipsOverlongLinesAndKeepsCounting) {
  std::istringstream in("short\n" + std::string(200000, 'x') + "\nafter\n");
  LineReader reader(&in, 1000);
  std::string line;
  ASSERT_EQ(reader.Next(&line), LineReader::Kind::kLine);
  EXPECT_EQ(line, "short");
  ASSERT_EQ(reader.Next(&line), LineReader::Kind::kTooLong);
  EXPECT_EQ(reader.line_bytes(), 200000u);
  EXPECT_EQ(reader.line_number(), 2u);
  ASSERT_EQ(reader.Next(&line), LineReader::Kind::kLine);
  EXPECT_EQ(line, "after");
  EXPECT_EQ(reader.line_number(), 3u);
  EXPECT_EQ(reader.Next(&line), LineReader::Kind::kEnd);
  EXPECT_EQ(reader.bytes(), 6u + 200001u + 6u);
}

TEST(LineReader, ReadsPrefixBeforeTheStream) {
  EXPECT_EQ(ReadAllLines("rest\nz", 100, "fi"), (std::vector<std::string>{"firest", "z"}));
  EXPECT_EQ(ReadAllLines("", 100, "x\ny"), (std::vector<std::string>{"x", "y"}));
}

TEST(LineReader, LinesSpanningBufferRefills) {
  std::string big;
  for (int i = 0; i < 30000; ++i) big += "line" + std::to_string(i) + "\n";
  std::vector<std::string> lines = ReadAllLines(big, 100);
  ASSERT_EQ(lines.size(), 30000u);
  EXPECT_EQ(lines[12345], "line12345");
  EXPECT_EQ(lines.back(), "line29999");
}

}  // namespace
}  // namespace entente::ingest
