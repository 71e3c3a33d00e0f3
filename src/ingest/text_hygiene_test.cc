// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests for text hygiene: UTF-8 repair (maximal subparts), control bytes, line endings, UTF-16,
// binary detection, charset sniffing/transcoding and whitespace folding.
#include "ingest/text_hygiene.h"

#include <gtest/gtest.h>

#include <string>

namespace entente::ingest {
namespace {

struct CleanCase {
  const char* name;
  std::string raw;
  std::string want;
  size_t invalid_sequences;
  size_t nul_bytes;
  size_t control_bytes;
};

TEST(TextHygiene, CleansAsSpecified) {
  const std::string kFffd = "\xEF\xBF\xBD";
  const CleanCase cases[] = {
      {"plain ascii", "Xi met Putin.", "Xi met Putin.", 0, 0, 0},
      {"valid multibyte", "Caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x8C\x8D", "Caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x8C\x8D", 0, 0, 0},
      {"crlf", "a\r\nb\r\n", "a\nb\n", 0, 0, 0},
      {"lone cr", "a\rb", "a\nb", 0, 0, 0},
      {"form feed and vtab", "a\fb\vc", "a\nb\nc", 0, 0, 0},
      {"tab kept", "a\tb", "a\tb", 0, 0, 0},
      {"nul dropped", std::string("a\0b\0", 4), "ab", 0, 2, 0},
      {"other controls dropped", "a\x01\x1B\x7F" "b", "ab", 0, 0, 3},
      {"latin1 byte", "caf\xE9 au lait", "caf" + kFffd + " au lait", 1, 0, 0},
      {"truncated at end", "ab\xE2\x80", "ab" + kFffd, 1, 0, 0},
      {"truncated mid", "a\xE2\x80z", "a" + kFffd + "z", 1, 0, 0},
      {"overlong", "a\xC0\x80z", "a" + kFffd + kFffd + "z", 2, 0, 0},
      {"surrogate", "a\xED\xA0\x80z", "a" + kFffd + kFffd + kFffd + "z", 3, 0, 0},
      {"beyond U+10FFFF", "a\xF4\x90\x80\x80z", "a" + kFffd + kFffd + kFffd + kFffd + "z", 4, 0, 0},
      {"stray continuation", "\x80\x80", kFffd + kFffd, 2, 0, 0},
      {"utf8 bom removed", "\xEF\xBB\xBFhello", "hello", 0, 0, 0},
      {"utf16le bom", std::string("\xFF\xFEh\0i\0\xE9\0", 8), "hi\xC3\xA9", 0, 0, 0},
      {"utf16be bom with pair", std::string("\xFE\xFF\0h\xD8\x3C\xDF\x0D", 8), "h\xF0\x9F\x8C\x8D", 0, 0, 0},
      {"utf16 lone surrogate", std::string("\xFF\xFE\x00\xD8h\0", 6), kFffd + "h", 1, 0, 0},
  };
  for (const CleanCase& c : cases) {
    CleanText r = Clean(c.raw);
    EXPECT_EQ(r.text, c.want) << c.name;
    EXPECT_EQ(r.invalid_sequences, c.invalid_sequences) << c.name;
    EXPECT_EQ(r.nul_bytes, c.nul_bytes) << c.name;
    EXPECT_EQ(r.control_bytes, c.control_bytes) << c.name;
    EXPECT_TRUE(IsValidUtf8(r.text)) << c.name;
  }
}

TEST(TextHygiene, RawModeOnlyRepairsUtf8AndNul) {
  CleanText r = Clean(std::string("{\"a\":\r\n\"\xE9\0\x01\"}", 13), CleanOptions{.normalize_controls = false});
  EXPECT_EQ(r.text, "{\"a\":\r\n\"\xEF\xBF\xBD\x01\"}");
  EXPECT_EQ(r.invalid_sequences, 1u);
  EXPECT_EQ(r.nul_bytes, 1u);
}

TEST(TextHygiene, SuspectFractionCountsInvalidAndControlBytes) {
  EXPECT_DOUBLE_EQ(Clean("plain text\n").SuspectFraction(), 0.0);
  EXPECT_DOUBLE_EQ(Clean(std::string("ab\0\0", 4)).SuspectFraction(), 0.5);
  EXPECT_DOUBLE_EQ(Clean("\xFF\xFE\xFD\xFCok").SuspectFraction(), 0.0);  // UTF-16 BOM: decoded
  EXPECT_DOUBLE_EQ(Clean("\x89PNG\x01\x02").SuspectFraction(), 3.0 / 6.0);
  EXPECT_DOUBLE_EQ(Clean("").SuspectFraction(), 0.0);
}

TEST(TextHygiene, ValidatesUtf8) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("\xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3"));
  EXPECT_FALSE(IsValidUtf8("\xE4\xB9"));
  EXPECT_FALSE(IsValidUtf8("\xC1\xBF"));
  EXPECT_FALSE(IsValidUtf8("\xED\xBF\xBF"));
}

TEST(TextHygiene, SniffsDeclaredHtmlCharset) {
  EXPECT_EQ(SniffHtmlCharset("<html><head><meta charset=\"ISO-8859-1\">"), "iso-8859-1");
  EXPECT_EQ(SniffHtmlCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"),
            "windows-1251");
  EXPECT_EQ(SniffHtmlCharset("<meta charset = 'utf-8' >"), "utf-8");
  EXPECT_FALSE(SniffHtmlCharset("<html><body>no declaration</body></html>").has_value());
  EXPECT_FALSE(SniffHtmlCharset("<p>charset is a word</p>").has_value());
}

TEST(TextHygiene, TranscodesLegacyCharsetsWithIcu) {
  // ISO-8859-1 is read as windows-1252, so 0x93/0x94 are curly quotes.
  EXPECT_EQ(TranscodeToUtf8("\x93" "caf\xE9\x94", "iso-8859-1"), "\xE2\x80\x9C" "caf\xC3\xA9\xE2\x80\x9D");
  EXPECT_EQ(TranscodeToUtf8("\xCF\xF3\xF2\xE8\xED", "windows-1251"), "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD");
  EXPECT_FALSE(TranscodeToUtf8("abc", "no-such-charset-xyz").has_value());
}

TEST(TextHygiene, CollapsesWhitespaceIncludingNbsp) {
  EXPECT_EQ(CollapseWhitespace("  a \n\t b\xC2\xA0\xC2\xA0" "c  "), "a b c");
  EXPECT_EQ(CollapseWhitespace(" \n "), "");
  EXPECT_EQ(CollapseWhitespace("\xC3\xA9t\xC3\xA9"), "\xC3\xA9t\xC3\xA9");  // not confused by C3 A9
  EXPECT_EQ(TrimAscii("\n x y \t"), "x y");
}

}  // namespace
}  // namespace entente::ingest
