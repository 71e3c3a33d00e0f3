// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests for the DocumentReader: JSONL (fixture tests/fixtures/ingest/corpus.jsonl), JSON, text and
// HTML inputs, diagnostics with file and line, directory walks, standard input, fatal errors, and
// the PETRARCH unit-test records from ../shared (skipped when absent).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "entente/ingest.h"

namespace entente {
namespace {

namespace fs = std::filesystem;

const std::string kFixtures = std::string(ENTENTE_SOURCE_DIR) + "/tests/fixtures/ingest/";

// A scratch directory removed at the end of the test.
class ScratchDir {
 public:
  ScratchDir() {
    std::string tmpl = (fs::temp_directory_path() / "entente_ingest_XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  // Writes `content` to `rel` (creating directories) and returns the full path.
  std::string Write(const std::string& rel, const std::string& content) const {
    fs::path p = fs::path(path_) / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct Collected {
  Status status;
  std::vector<Document> docs;
  std::vector<IngestDiagnostic> diags;
  IngestStats stats;

  std::vector<std::string> Ids() const {
    std::vector<std::string> ids;
    for (const Document& d : docs) ids.push_back(d.id);
    return ids;
  }
  std::vector<std::string> DiagStrings() const {
    std::vector<std::string> out;
    for (const IngestDiagnostic& d : diags) out.push_back(d.ToString());
    return out;
  }
};

Collected Drain(DocumentReader* reader) {
  Collected c;
  c.status = ReadAll(
      reader,
      [&](Document&& d) {
        c.docs.push_back(std::move(d));
        return Status::OK();
      },
      [&](const IngestDiagnostic& d) { c.diags.push_back(d); });
  c.stats = reader->stats();
  return c;
}

Collected ReadPaths(const std::vector<std::string>& paths, const IngestOptions& options = {}) {
  auto reader = OpenDocumentReader(paths, options);
  if (!reader.ok()) {
    Collected c;
    c.status = reader.status();
    return c;
  }
  return Drain(reader->get());
}

Collected ReadString(const std::string& content, const std::string& name, const IngestOptions& options = {}) {
  auto reader = NewStringReader(content, name, options);
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  return Drain(reader->get());
}

// ---------------------------------------------------------------------------------------------
// JSONL

TEST(JsonlReader, BrokenLineInTheMiddleIsReportedAndTheRestIsRead) {
  Collected c = ReadPaths({kFixtures + "corpus.jsonl"});
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"d1", "corpus.jsonl:2", "d5", "42", "d10"}));
  const std::string loc = kFixtures + "corpus.jsonl";
  const std::vector<std::string> diags = c.DiagStrings();
  ASSERT_EQ(diags.size(), 5u) << ::testing::PrintToString(diags);
  EXPECT_EQ(diags[0].rfind(loc + ":4: not JSON: ", 0), 0u) << diags[0];
  EXPECT_EQ(diags[1].rfind(loc + ":5: bad date 'June 2019'", 0), 0u) << diags[1];
  EXPECT_EQ(diags[2], loc + ":6: empty text");
  EXPECT_EQ(diags[3], loc + ":7: no \"text\" field");
  EXPECT_EQ(diags[4], loc + ":8: not a JSON object");
  EXPECT_EQ(c.diags[1].kind, DiagnosticKind::kRepaired);
  EXPECT_EQ(c.diags[0].kind, DiagnosticKind::kSkipped);
  EXPECT_EQ(c.stats.documents, 5u);
  EXPECT_EQ(c.stats.skipped, 4u);
  EXPECT_EQ(c.stats.repairs, 1u);
  EXPECT_EQ(c.stats.files, 1u);
  EXPECT_EQ(c.stats.bytes, fs::file_size(loc));
}

TEST(JsonlReader, CountsBytesAsItReadsForProgress) {
  const std::string loc = kFixtures + "corpus.jsonl";
  auto reader = OpenDocumentReader({loc}, IngestOptions{});
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  Document doc;
  std::vector<uint64_t> seen;
  for (;;) {
    auto more = (*reader)->Next(&doc);
    ASSERT_TRUE(more.ok());
    if (!*more) break;
    seen.push_back((*reader)->stats().bytes);
  }
  ASSERT_EQ(seen.size(), 5u);
  EXPECT_GT(seen.front(), 0u);
  EXPECT_LT(seen.front(), fs::file_size(loc)) << "the first document is not the whole file";
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  EXPECT_EQ((*reader)->stats().bytes, fs::file_size(loc));
}

TEST(JsonlReader, ReadsAllContractFields) {
  Collected c = ReadPaths({kFixtures + "corpus.jsonl"});
  ASSERT_EQ(c.docs.size(), 5u);
  const Document& d1 = c.docs[0];
  EXPECT_EQ(d1.text, "Xi Jinping visited Moscow on Wednesday.");
  ASSERT_TRUE(d1.date.has_value());
  EXPECT_EQ(d1.date->ToString(), "2019-06-05");
  EXPECT_EQ(d1.title, "State visit");
  EXPECT_EQ(d1.source, "Wire");
  EXPECT_EQ(d1.url, "https://news.example/1");
  EXPECT_EQ(d1.origin, kFixtures + "corpus.jsonl:1");
  EXPECT_EQ(d1.config.require_dyad, false);
  EXPECT_EQ(d1.config.comma_min, 3);
  EXPECT_EQ(d1.config.comma_emax, 9);
  EXPECT_FALSE(d1.config.comma_max.has_value());
  EXPECT_FALSE(d1.config.new_actor_length.has_value());

  EXPECT_EQ(c.docs[1].date->ToString(), "2019-06-06");  // YYYYMMDD
  EXPECT_FALSE(c.docs[2].date.has_value());              // bad date, no default
  EXPECT_EQ(c.docs[3].date->ToString(), "2019-06-08");  // integer date
  EXPECT_EQ(c.docs[3].source, "");                       // non-string source ignored
  EXPECT_EQ(c.docs[4].text, "The last line has no newline.\nIt has two lines of text.");
}

TEST(JsonlReader, BadDateTakesTheDefaultDate) {
  IngestOptions options;
  options.default_date = Date::Parse("2020-01-02").value();
  Collected c = ReadString("{\"id\": \"a\", \"text\": \"t\", \"date\": \"2019-13-01\"}\n"
                           "{\"id\": \"b\", \"text\": \"t\"}\n"
                           "{\"id\": \"c\", \"text\": \"t\", \"date\": null}\n"
                           "{\"id\": \"d\", \"text\": \"t\", \"date\": \"2019-06-05T23:59:59-07:00\"}\n",
                           "x.jsonl", options);
  ASSERT_EQ(c.docs.size(), 4u);
  EXPECT_EQ(c.docs[0].date->ToString(), "2020-01-02");
  EXPECT_EQ(c.docs[1].date->ToString(), "2020-01-02");
  EXPECT_EQ(c.docs[2].date->ToString(), "2020-01-02");
  EXPECT_EQ(c.docs[3].date->ToString(), "2019-06-05");
  EXPECT_EQ(c.DiagStrings(), (std::vector<std::string>{
                                 "x.jsonl:1: bad date '2019-13-01': no such date 2019-13-01; using the default date"}));
}

TEST(JsonlReader, BadConfigFieldsAreReportedAndIgnored) {
  Collected c = ReadString("{\"text\": \"t\", \"config\": {\"require_dyad\": 1, \"comma_max\": \"8\", "
                           "\"comma_min\": 2.0, \"new_actor_length\": 99999999999, \"unknown\": 5}}\n"
                           "{\"text\": \"t\", \"config\": [1]}\n",
                           "x.jsonl");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].config.require_dyad, true);
  EXPECT_EQ(c.docs[0].config.comma_min, 2);
  EXPECT_FALSE(c.docs[0].config.comma_max.has_value());
  EXPECT_FALSE(c.docs[0].config.new_actor_length.has_value());
  EXPECT_EQ(c.DiagStrings(), (std::vector<std::string>{
                                 "x.jsonl:1: config.comma_max: not an integer (\"8\"); ignored",
                                 "x.jsonl:1: config.new_actor_length: not an integer (99999999999); ignored",
                                 "x.jsonl:2: \"config\" is not an object; ignored"}));
  EXPECT_EQ(c.stats.repairs, 3u);
}

TEST(JsonlReader, InvalidUtf8InALineIsRepairedNotFatal) {
  Collected c = ReadString("{\"id\": \"a\", \"text\": \"Caf\xE9 talks\"}\n{\"id\": \"b\", \"text\": \"ok\"}\n", "x.jsonl");
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].text, "Caf\xEF\xBF\xBD talks");
  EXPECT_EQ(c.DiagStrings(), (std::vector<std::string>{"x.jsonl:1: invalid UTF-8: 1 sequence(s) replaced by U+FFFD"}));
}

TEST(JsonlReader, DuplicateIdsAreReported) {
  Collected c = ReadString("{\"id\": \"a\", \"text\": \"one\"}\n{\"id\": \"a\", \"text\": \"two\"}\n", "x.jsonl");
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"a", "a"}));
  EXPECT_EQ(c.DiagStrings(), (std::vector<std::string>{"x.jsonl:2: duplicate id 'a' (first at x.jsonl:1)"}));
}

TEST(JsonlReader, BlankAndEmptyFiles) {
  Collected empty = ReadString("", "e.jsonl");
  EXPECT_TRUE(empty.docs.empty());
  EXPECT_EQ(empty.DiagStrings(), (std::vector<std::string>{"e.jsonl: empty file"}));
  EXPECT_EQ(empty.stats.skipped, 1u);
  Collected blank = ReadString("\n  \n\r\n", "b.jsonl");
  EXPECT_EQ(blank.DiagStrings(), (std::vector<std::string>{"b.jsonl: no documents (only blank lines)"}));
}

TEST(JsonlReader, OverlongLineIsSkippedAndReadingContinues) {
  IngestOptions options;
  options.max_document_bytes = 100;
  Collected c = ReadString("{\"id\": \"big\", \"text\": \"" + std::string(300, 'x') + "\"}\n{\"id\": \"small\", \"text\": \"ok\"}\n",
                           "x.jsonl", options);
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"small"}));
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(c.diags[0].location, "x.jsonl:1");
  EXPECT_NE(c.diags[0].message.find("more than max_document_bytes (100)"), std::string::npos);
}

TEST(JsonlReader, StandardInputIsJsonlByDefault) {
  std::istringstream fake("{\"text\": \"from stdin\"}\n\n{\"oops\n");
  std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
  Collected c = ReadPaths({"-"});
  std::cin.rdbuf(saved);
  ASSERT_TRUE(c.status.ok());
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"stdin:1"}));
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(c.diags[0].location, "<stdin>:3");
}

TEST(JsonlReader, StandardInputInAnotherFormat) {
  std::istringstream fake("<html><body><article><p>Piped page.</p></article></body></html>");
  std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
  IngestOptions options;
  options.format = InputFormat::kHtml;
  Collected c = ReadPaths({"-"}, options);
  std::cin.rdbuf(saved);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "stdin");
  EXPECT_EQ(c.docs[0].text, "Piped page.");
}

TEST(JsonlReader, PetrarchUnitTestRecordsReadCleanly) {
  const std::string path = std::string(ENTENTE_SHARED_DIR) + "/data/petrarch/records/PETR.UnitTest.records.jsonl";
  if (!fs::exists(path)) GTEST_SKIP() << "needs ../shared (PETRARCH unit-test records)";
  Collected c = ReadPaths({path});
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  EXPECT_EQ(c.docs.size(), 284u);
  EXPECT_TRUE(c.diags.empty()) << ::testing::PrintToString(c.DiagStrings());
  ASSERT_FALSE(c.docs.empty());
  const Document& first = c.docs.front();
  EXPECT_EQ(first.id, "DEMO-00");
  EXPECT_EQ(first.date->ToString(), "1995-01-01");
  EXPECT_EQ(first.text.rfind("Arnor is about to restore full diplomatic ties with Gondor", 0), 0u);
  EXPECT_EQ(first.config.require_dyad, true);
  EXPECT_EQ(first.config.new_actor_length, 0);
  EXPECT_EQ(first.config.comma_min, 2);
  EXPECT_EQ(first.config.comma_max, 8);
  EXPECT_EQ(first.config.comma_bmin, 0);
  EXPECT_EQ(first.config.comma_bmax, 0);
  EXPECT_EQ(first.config.comma_emin, 2);
  EXPECT_EQ(first.config.comma_emax, 8);
  EXPECT_EQ(first.source, "");  // the records' "source" is a provenance object, not an outlet
  std::set<std::string> ids;
  for (const Document& d : c.docs) {
    ids.insert(d.id);
    EXPECT_TRUE(d.date.has_value()) << d.id;
    EXPECT_TRUE(d.config.require_dyad.has_value()) << d.id;
    EXPECT_TRUE(d.config.comma_emax.has_value()) << d.id;
    EXPECT_FALSE(d.text.empty()) << d.id;
  }
  EXPECT_EQ(ids.size(), 284u);
}

// ---------------------------------------------------------------------------------------------
// JSON files

TEST(JsonReader, ObjectArrayAndJsonlShapedFiles) {
  ScratchDir dir;
  const std::string one = dir.Write("one.json", "{\"text\": \"single object\", \"date\": \"2019-01-01\"}");
  const std::string arr = dir.Write("arr.json", "[{\"text\": \"first\"}, {\"id\": \"x\", \"text\": \"second\"}, 7]");
  const std::string multi = dir.Write("multi.json", "{\"text\": \"line one\"}\n{\"text\": \"line two\"}\n");
  const std::string bad = dir.Write("bad.json", "[{\"text\": \"unterminated\"");
  Collected c = ReadPaths({one, arr, multi, bad});
  ASSERT_TRUE(c.status.ok());
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"one", "arr.json#1", "x", "multi.json:1", "multi.json:2"}));
  EXPECT_EQ(c.docs[0].date->ToString(), "2019-01-01");
  ASSERT_EQ(c.diags.size(), 2u) << ::testing::PrintToString(c.DiagStrings());
  EXPECT_EQ(c.diags[0].ToString(), arr + "#3: not a JSON object");
  EXPECT_EQ(c.diags[1].location, bad);
  EXPECT_NE(c.diags[1].message.find("not JSON"), std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// Plain text

TEST(TextReader, OneDocumentPerFileWithStemIdAndOptionalDate) {
  ScratchDir dir;
  const std::string path = dir.Write("xi-visit.txt", "Xi visited Moscow.\r\n\r\nPutin praised him.\r\n");
  Collected undated = ReadPaths({path});
  ASSERT_EQ(undated.docs.size(), 1u);
  EXPECT_EQ(undated.docs[0].id, "xi-visit");
  EXPECT_EQ(undated.docs[0].text, "Xi visited Moscow.\n\nPutin praised him.");
  EXPECT_FALSE(undated.docs[0].date.has_value());  // never "today"
  EXPECT_EQ(undated.docs[0].origin, path);
  EXPECT_TRUE(undated.diags.empty());

  IngestOptions options;
  options.default_date = Date::Parse("2019-06-05").value();
  Collected dated = ReadPaths({path}, options);
  ASSERT_EQ(dated.docs.size(), 1u);
  EXPECT_EQ(dated.docs[0].date->ToString(), "2019-06-05");
}

TEST(TextReader, UnknownExtensionIsText) {
  ScratchDir dir;
  Collected c = ReadPaths({dir.Write("notes.md", "# Heading\nBody")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "notes");
  EXPECT_EQ(c.docs[0].text, "# Heading\nBody");
}

TEST(TextReader, NonUtf8FileIsKeptWithReplacementAndReported) {
  ScratchDir dir;
  const std::string path = dir.Write("latin1.txt", "Caf\xE9 diplomacy in Par\xEDs: the minister\x92s visit.");
  Collected c = ReadPaths({path});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Caf\xEF\xBF\xBD diplomacy in Par\xEF\xBF\xBDs: the minister\xEF\xBF\xBDs visit.");
  EXPECT_EQ(c.DiagStrings(), (std::vector<std::string>{path + ": invalid UTF-8: 3 sequence(s) replaced by U+FFFD"}));
  EXPECT_EQ(c.diags[0].kind, DiagnosticKind::kRepaired);
  EXPECT_EQ(c.stats.repairs, 1u);
  EXPECT_EQ(c.stats.documents, 1u);
}

TEST(TextReader, NulBytesDroppedAndUtf16Decoded) {
  ScratchDir dir;
  const std::string nul = dir.Write("nul.txt", std::string("Mos\0cow", 7));
  const std::string u16 = dir.Write("u16.txt", std::string("\xFF\xFEK\0y\0i\0v\0", 10));
  Collected c = ReadPaths({nul, u16});
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].text, "Moscow");
  EXPECT_EQ(c.docs[1].text, "Kyiv");
  EXPECT_TRUE(c.diags.empty());
}

TEST(TextReader, BinaryFileIsSkipped) {
  ScratchDir dir;
  std::string png = "\x89PNG\r\n\x1A\n";
  for (int i = 0; i < 200; ++i) png.push_back(static_cast<char>((i * 37) % 256));
  const std::string bin = dir.Write("image.txt", png);
  const std::string ok = dir.Write("ok.txt", "fine");
  Collected c = ReadPaths({bin, ok});
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"ok"}));
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(c.diags[0].location, bin);
  EXPECT_EQ(c.diags[0].message.rfind("looks binary", 0), 0u);
  EXPECT_EQ(c.stats.skipped, 1u);
}

TEST(TextReader, EmptyFilesAreSkippedWithADiagnostic) {
  ScratchDir dir;
  const std::string empty = dir.Write("empty.txt", "");
  const std::string blank = dir.Write("blank.txt", " \n\t\r\n");
  const std::string html = dir.Write("empty.html", "");
  Collected c = ReadPaths({empty, blank, html});
  ASSERT_TRUE(c.status.ok());
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.DiagStrings(), (std::vector<std::string>{empty + ": empty file", blank + ": empty document",
                                                       html + ": empty file"}));
  EXPECT_EQ(c.stats.skipped, 3u);
}

TEST(TextReader, OversizedFileIsSkippedNotTruncated) {
  ScratchDir dir;
  IngestOptions options;
  options.max_document_bytes = 1000;
  const std::string big = dir.Write("big.txt", std::string(5000, 'a'));
  Collected c = ReadPaths({big}, options);
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(c.diags[0].ToString(), big + ": 5000 bytes, more than max_document_bytes (1000); skipped");
}

TEST(TextReader, ExplicitFormatOverridesExtension) {
  IngestOptions options;
  options.format = InputFormat::kText;
  Collected c = ReadPaths({kFixtures + "corpus.jsonl"}, options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "corpus");
  EXPECT_EQ(c.docs[0].text.rfind("{\"id\": \"d1\"", 0), 0u);
}

// ---------------------------------------------------------------------------------------------
// HTML

TEST(HtmlReader, FixturePageBecomesOneDatedDocument) {
  Collected c = ReadPaths({kFixtures + "article.html"});
  ASSERT_TRUE(c.status.ok());
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "article");
  EXPECT_EQ(d.date->ToString(), "2019-06-05");
  EXPECT_EQ(d.title, "Beijing and Moscow sign energy accords during state visit");
  EXPECT_EQ(d.source, "The Meridian Ledger");
  EXPECT_EQ(d.url, "https://ledger.example.org/world/beijing-moscow-energy-accords");
  EXPECT_EQ(d.text.rfind("MOSCOW \xE2\x80\x94 Chinese President Xi Jinping arrived", 0), 0u);
  EXPECT_TRUE(c.diags.empty()) << ::testing::PrintToString(c.DiagStrings());
}

TEST(HtmlReader, DeclaredLegacyCharsetIsTranscoded) {
  Collected c = ReadString("<html><head><meta charset=\"iso-8859-1\"><title>Caf\xE9</title></head>"
                           "<body><p>Le caf\xE9 du ministre.</p></body></html>",
                           "page.html");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Le caf\xC3\xA9 du ministre.");
  EXPECT_EQ(c.docs[0].title, "Caf\xC3\xA9");
  EXPECT_TRUE(c.diags.empty()) << ::testing::PrintToString(c.DiagStrings());
}

TEST(HtmlReader, UndatedAndUnreadableDates) {
  IngestOptions options;
  options.default_date = Date::Parse("2019-06-05").value();
  Collected c = ReadString("<html><head><meta name=\"date\" content=\"tomorrow\"></head><body><p>Text.</p></body></html>",
                           "odd.html", options);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].date->ToString(), "2019-06-05");
  EXPECT_EQ(c.DiagStrings(), (std::vector<std::string>{
                                 "odd.html: unreadable date meta date 'tomorrow'; using the default date"}));
}

TEST(HtmlReader, PathologicallyNestedPageIsSkippedQuickly) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>deep</p></body></html>";
  Collected c = ReadString(html, "deep.html");
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.diags.size(), 1u);
  EXPECT_EQ(c.diags[0].ToString(), "deep.html: HTML nested about 100000 elements deep (limit 512); not parsed");
}

TEST(HtmlReader, PageWithoutArticleTextIsSkipped) {
  Collected c = ReadString("<html><body><nav><a href=\"/\">Home</a></nav></body></html>", "nav.htm");
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.DiagStrings(), (std::vector<std::string>{"nav.htm: no article text found in the page"}));
}

// Found by fuzz/html_reader_fuzz.cc (tests/regress/html_reader/bom_only_body.html): a page whose
// text is one U+FEFF came out as a document with empty text.
TEST(HtmlReader, PageWhoseOnlyTextIsAByteOrderMarkIsSkipped) {
  Collected c = ReadString("\t\xEF\xBB\xBF", "bom.html");
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.DiagStrings(), (std::vector<std::string>{"bom.html: no article text found in the page"}));
  c = ReadString("<p>\xEF\xBB\xBF</p>", "bom2.html");
  EXPECT_TRUE(c.docs.empty());
}

// ---------------------------------------------------------------------------------------------
// Directories and paths

TEST(DirectoryWalk, SortedRecursiveSkipsHiddenAndUnknownExtensions) {
  ScratchDir dir;
  dir.Write("b.txt", "Bravo.");
  dir.Write("9.txt", "Nine.");
  dir.Write("10.txt", "Ten.");
  dir.Write("a/z.html", "<html><body><p>Zulu page.</p></body></html>");
  dir.Write("a/c.jsonl", "{\"text\": \"c one\"}\n{\"text\": \"c two\"}\n");
  dir.Write("d.json", "[{\"text\": \"d one\"}, {\"text\": \"d two\"}]");
  dir.Write("image.png", "\x89PNG");
  dir.Write("README", "no extension");
  dir.Write(".hidden.txt", "Hidden.");
  dir.Write(".git/config.txt", "Hidden dir.");
  dir.Write("e/.cache/x.txt", "Hidden nested dir.");
  Collected c = ReadPaths({dir.path()});
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"10.txt", "9.txt", "a/c.jsonl:1", "a/c.jsonl:2", "a/z.html",
                                               "b.txt", "d.json#1", "d.json#2"}));
  EXPECT_TRUE(c.diags.empty()) << ::testing::PrintToString(c.DiagStrings());
  EXPECT_EQ(c.stats.ignored_files, 2u);  // image.png, README
  EXPECT_EQ(c.stats.files, 6u);
  EXPECT_EQ(c.docs[2].origin, (fs::path(dir.path()) / "a" / "c.jsonl").string() + ":1");

  // Same order on a second run: the walk is deterministic.
  EXPECT_EQ(ReadPaths({dir.path()}).Ids(), c.Ids());
}

TEST(DirectoryWalk, MixesFilesDirectoriesAndStdinInTheGivenOrder) {
  ScratchDir dir;
  const std::string t = dir.Write("solo.txt", "Solo.");
  dir.Write("sub/one.txt", "One.");
  std::istringstream fake("{\"id\": \"piped\", \"text\": \"x\"}\n");
  std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
  Collected c = ReadPaths({(fs::path(dir.path()) / "sub").string(), "-", t});
  std::cin.rdbuf(saved);
  EXPECT_EQ(c.Ids(), (std::vector<std::string>{"one.txt", "piped", "solo"}));
}

TEST(OpenDocumentReader, MissingPathIsNotFoundAndBadOptionsInvalid) {
  auto missing = OpenDocumentReader({"/definitely/not/here.jsonl"}, {});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), ErrorCode::kNotFound);
  EXPECT_NE(missing.status().message().find("/definitely/not/here.jsonl"), std::string::npos);
  EXPECT_EQ(OpenDocumentReader({}, {}).status().code(), ErrorCode::kInvalidArgument);
  IngestOptions zero;
  zero.max_document_bytes = 0;
  EXPECT_EQ(OpenDocumentReader({"-"}, zero).status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(NewStringReader("", "x", zero).status().code(), ErrorCode::kInvalidArgument);
}

TEST(OpenDocumentReader, UnreadableFileIsFatalForThatFileOnly) {
  if (geteuid() == 0) GTEST_SKIP() << "permission checks do not apply to root";
  ScratchDir dir;
  const std::string locked = dir.Write("locked.txt", "secret");
  const std::string ok = dir.Write("ok.txt", "fine");
  ASSERT_EQ(chmod(locked.c_str(), 0), 0);
  auto reader = OpenDocumentReader({locked, ok}, {});
  ASSERT_TRUE(reader.ok());
  Document doc;
  Result<bool> first = (*reader)->Next(&doc);
  ASSERT_FALSE(first.ok());
  EXPECT_EQ(first.status().code(), ErrorCode::kIOError);
  EXPECT_NE(first.status().message().find(locked), std::string::npos);
  Result<bool> second = (*reader)->Next(&doc);  // continues with the next input
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(*second);
  EXPECT_EQ(doc.id, "ok");
  EXPECT_EQ((*reader)->stats().failed_files, 1u);
}

TEST(OpenDocumentReader, FileVanishedBeforeReadingIsFatalForThatFileOnly) {
  ScratchDir dir;
  const std::string gone = dir.Write("gone.txt", "soon deleted");
  const std::string ok = dir.Write("ok.txt", "fine");
  auto reader = OpenDocumentReader({gone, ok}, {});
  ASSERT_TRUE(reader.ok());
  fs::remove(gone);
  Document doc;
  Result<bool> first = (*reader)->Next(&doc);
  ASSERT_FALSE(first.ok());
  EXPECT_EQ(first.status().code(), ErrorCode::kIOError);
  EXPECT_NE(first.status().message().find(gone), std::string::npos);
  Result<bool> second = (*reader)->Next(&doc);
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(*second);
  EXPECT_EQ(doc.id, "ok");
  Result<bool> end = (*reader)->Next(&doc);
  ASSERT_TRUE(end.ok());
  EXPECT_FALSE(*end);
  EXPECT_EQ((*reader)->stats().failed_files, 1u);
  EXPECT_EQ((*reader)->stats().documents, 1u);
}

TEST(ReadAll, StopsAtTheFirstCallbackError) {
  auto reader = NewStringReader("{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\"}\n", "x.jsonl", {});
  ASSERT_TRUE(reader.ok());
  int seen = 0;
  Status st = ReadAll(
      reader->get(),
      [&](Document&&) { return ++seen == 2 ? Status::IOError("store full") : Status::OK(); }, nullptr);
  EXPECT_EQ(st.code(), ErrorCode::kIOError);
  EXPECT_EQ(seen, 2);
}

TEST(InputFormat, ParsesNamesAndRejectsOthers) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kHtml, InputFormat::kJsonl,
                        InputFormat::kJson}) {
    auto parsed = ParseInputFormat(InputFormatName(f));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, f);
  }
  EXPECT_FALSE(ParseInputFormat("xml").ok());
  EXPECT_FALSE(ParseInputFormat("JSONL").ok());
}

TEST(StreamReader, ExtensionlessNameIsJsonlAndNamedOnesFollowTheExtension) {
  std::istringstream jsonl("{\"text\": \"streamed\"}\n");
  auto a = NewStreamReader(&jsonl, "feed", {});
  ASSERT_TRUE(a.ok());
  Collected ca = Drain(a->get());
  EXPECT_EQ(ca.Ids(), (std::vector<std::string>{"feed:1"}));
  std::istringstream text("Plain streamed text.");
  auto b = NewStreamReader(&text, "note.txt", {});
  ASSERT_TRUE(b.ok());
  Collected cb = Drain(b->get());
  EXPECT_EQ(cb.Ids(), (std::vector<std::string>{"note"}));
  EXPECT_EQ(NewStreamReader(nullptr, "x", {}).status().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace entente
