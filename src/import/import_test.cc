// Copyright 2026 The entente Authors. Apache-2.0.
//
// Tests for the import stage: every GDELT and ICEWS layout, row validation with line numbers,
// duplicates, CSV quoting, gzip input, format refusals, the ICEWS actor mapping, CAMEO code
// normalisation, the export formats and their round trip through the reader, and (when
// ../shared is there) every file of ../shared/data/events.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "entente/import.h"

namespace entente {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------
// Helpers

// A GDELT row with `n` columns (57, 58 or 61), the mapped fields filled in.
struct GdeltRow {
  std::string id = "500000001", date = "20190605", a1 = "CHNGOV", a1name = "XI JINPING";
  std::string a2 = "RUS", a2name = "RUSSIA", code = "042", base = "042", root = "04", quad = "1";
  std::string goldstein = "1.9", mentions = "12", sources = "3", articles = "10", tone = "2.5";
  std::string geo_name = "Moscow, Moskva, Russia", geo_cc = "RS", lat = "55.7522",
              lon = "37.6156", url = "https://example.org/a";

  std::string Line(int n) const {
    if (n != 57 && n != 58 && n != 61) {  // a malformed row: a 58-column one cut or padded
      std::vector<std::string> f;
      std::string whole = Line(58);
      size_t start = 0;
      while (f.size() < static_cast<size_t>(n)) {
        size_t tab = whole.find('\t', start);
        f.push_back(start == std::string::npos ? "" : whole.substr(start, tab - start));
        start = tab == std::string::npos ? std::string::npos : tab + 1;
      }
      std::string out;
      for (size_t i = 0; i < f.size(); ++i) out += (i ? "\t" : "") + f[i];
      return out;
    }
    std::vector<std::string> f(static_cast<size_t>(n));
    f[0] = id; f[1] = date; f[2] = date.substr(0, 6); f[3] = date.substr(0, 4); f[4] = "2019.4247";
    f[5] = a1; f[6] = a1name; f[15] = a2; f[16] = a2name; f[25] = "1"; f[26] = code;
    f[27] = base; f[28] = root; f[29] = quad; f[30] = goldstein; f[31] = mentions;
    f[32] = sources; f[33] = articles; f[34] = tone;
    if (n == 61) {
      f[51] = "4"; f[52] = geo_name; f[53] = geo_cc; f[56] = lat; f[57] = lon;
      f[59] = "20190605143000"; f[60] = url;
    } else {
      f[49] = "4"; f[50] = geo_name; f[51] = geo_cc; f[53] = lat; f[54] = lon;
      f[56] = date;
      if (n == 58) f[57] = url;
    }
    std::string out;
    for (size_t i = 0; i < f.size(); ++i) out += (i ? "\t" : "") + f[i];
    return out;
  }
};

struct ReadAll {
  std::vector<ImportedEvent> events;
  std::vector<ImportDiagnostic> diagnostics;
  ImportFileStats stats;
  std::string format;
  Status status;
};

ReadAll Read(const std::string& data, ImportSource source, const std::string& name = "t.tsv",
             ImportOptions options = {}) {
  ReadAll out;
  options.on_diagnostic = [&](const ImportDiagnostic& d) { out.diagnostics.push_back(d); };
  auto r = EventFileReader::FromString(data, name, source, options);
  if (!r.ok()) {
    out.status = r.status();
    return out;
  }
  out.format = (*r)->format_name();
  ImportedEvent ev;
  while (true) {
    auto more = (*r)->Next(&ev);
    if (!more.ok()) {
      out.status = more.status();
      break;
    }
    if (!*more) break;
    out.events.push_back(ev);
  }
  out.stats = (*r)->stats();
  return out;
}

std::string TempPath(const std::string& suffix) {
  static int counter = 0;
  return (fs::temp_directory_path() / ("entente_import_test_" + std::to_string(::getpid()) + "_" +
                                       std::to_string(counter++) + suffix))
      .string();
}

void WriteGz(const std::string& path, const std::string& data) {
  gzFile f = gzopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(gzwrite(f, data.data(), static_cast<unsigned>(data.size())),
            static_cast<int>(data.size()));
  gzclose(f);
}

const char kIcewsHeader[] =
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\t"
    "Intensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\t"
    "Publisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n";

// ---------------------------------------------------------------------------------------------
// GDELT

TEST(GdeltReader, ReadsMixed57And58ColumnRowsOfGdelt1) {
  GdeltRow a, b;
  b.id = "500000002";
  b.url = "https://example.org/b";
  auto r = Read(a.Line(57) + "\n" + b.Line(58) + "\n", ImportSource::kGdelt);
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_NE(r.format.find("GDELT 1.0"), std::string::npos) << r.format;
  ASSERT_EQ(r.events.size(), 2u);
  const ImportedEvent& e = r.events[0];
  EXPECT_EQ(e.info.dataset, "gdelt");
  EXPECT_EQ(e.info.external_id, "500000001");
  EXPECT_EQ(e.date.ToString(), "2019-06-05");
  EXPECT_EQ(e.source.str(), "CHNGOV");
  EXPECT_EQ(e.source_name, "XI JINPING");
  EXPECT_EQ(e.target.str(), "RUS");
  EXPECT_EQ(e.target_name, "RUSSIA");
  EXPECT_EQ(e.code.str(), "042");
  EXPECT_EQ(e.quad, QuadClass::kVerbalCooperation);
  EXPECT_EQ(e.goldstein, 1.9);
  EXPECT_EQ(e.info.num_mentions, 12);
  EXPECT_EQ(e.info.num_sources, 3);
  EXPECT_EQ(e.info.num_articles, 10);
  EXPECT_EQ(e.info.avg_tone, 2.5);
  EXPECT_EQ(e.info.geo_name, "Moscow, Moskva, Russia");
  EXPECT_EQ(e.info.geo_country, "RS");
  EXPECT_EQ(e.info.geo_lat, 55.7522);
  EXPECT_EQ(e.info.geo_lon, 37.6156);
  EXPECT_EQ(e.info.source_url, "");  // 57 columns: no SOURCEURL
  EXPECT_EQ(e.info.origin, "t.tsv:1");
  EXPECT_EQ(r.events[1].info.source_url, "https://example.org/b");
  EXPECT_EQ(r.events[1].info.origin, "t.tsv:2");
  EXPECT_EQ(r.stats.rows, 2);
  EXPECT_EQ(r.stats.events, 2);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(GdeltReader, ReadsGdelt2With61ColumnsAndItsShiftedGeography) {
  GdeltRow a;
  a.code = "0874";
  a.base = "087";
  a.root = "08";
  a.quad = "2";
  auto r = Read(a.Line(61) + "\r\n", ImportSource::kGdelt);
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_NE(r.format.find("GDELT 2.0"), std::string::npos);
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].code.str(), "0874");
  EXPECT_EQ(r.events[0].quad, QuadClass::kMaterialCooperation);
  EXPECT_EQ(r.events[0].info.geo_name, "Moscow, Moskva, Russia");
  EXPECT_EQ(r.events[0].info.geo_lat, 55.7522);
  EXPECT_EQ(r.events[0].info.source_url, "https://example.org/a");  // '\r' dropped
}

TEST(GdeltReader, ReportsEachBadRowWithItsLineAndReasonAndKeepsTheRest) {
  struct Case {
    std::string name;
    std::function<void(GdeltRow&)> spoil;
    int columns;
    std::string category;
    std::string message_part;
  };
  const std::vector<Case> cases = {
      {"wrong column count", [](GdeltRow&) {}, 40, "columns", "40 columns"},
      {"missing id", [](GdeltRow& r) { r.id = ""; }, 58, "id", "no event id"},
      {"non-numeric id", [](GdeltRow& r) { r.id = "12a"; }, 58, "id", "'12a' is not a number"},
      {"impossible date", [](GdeltRow& r) { r.date = "20190230"; }, 58, "date", "20190230"},
      {"bad actor code", [](GdeltRow& r) { r.a1 = "CHN-GOV"; }, 58, "actor", "CHN-GOV"},
      {"code without CAMEO root", [](GdeltRow& r) { r.code = "2201"; r.root = ""; }, 58,
       "event code", "'2201'"},
      {"code contradicting root", [](GdeltRow& r) { r.root = "05"; }, 58, "event code",
       "contradicts"},
      {"letters in code", [](GdeltRow& r) { r.code = "04X"; }, 58, "event code", "04X"},
      {"quad out of range", [](GdeltRow& r) { r.quad = "7"; }, 58, "quad class", "'7'"},
      {"quad contradicting code", [](GdeltRow& r) { r.quad = "4"; }, 58, "quad class",
       "contradicts"},
      {"goldstein out of range", [](GdeltRow& r) { r.goldstein = "11"; }, 58, "goldstein",
       "'11'"},
      {"goldstein not a number", [](GdeltRow& r) { r.goldstein = "x"; }, 58, "goldstein", "'x'"},
      {"negative count", [](GdeltRow& r) { r.mentions = "-2"; }, 58, "count", "NumMentions"},
      {"latitude out of range", [](GdeltRow& r) { r.lat = "123"; }, 58, "geo", "latitude"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    GdeltRow good, bad;
    good.id = "1";
    bad.id = "2";
    c.spoil(bad);
    GdeltRow after;
    after.id = "3";
    auto r = Read(good.Line(58) + "\n" + bad.Line(c.columns) + "\n" + after.Line(57) + "\n",
                  ImportSource::kGdelt, "bad.tsv");
    ASSERT_TRUE(r.status.ok()) << r.status.ToString();
    ASSERT_EQ(r.events.size(), 2u);
    EXPECT_EQ(r.events[0].info.external_id, "1");
    EXPECT_EQ(r.events[1].info.external_id, "3");
    ASSERT_EQ(r.diagnostics.size(), 1u);
    const ImportDiagnostic& d = r.diagnostics[0];
    EXPECT_EQ(d.kind, ImportDiagnostic::Kind::kBadRow);
    EXPECT_EQ(d.line, 2);
    EXPECT_EQ(d.category, c.category);
    EXPECT_NE(d.message.find(c.message_part), std::string::npos) << d.message;
    EXPECT_EQ(d.ToString().rfind("bad.tsv:2: ", 0), 0u) << d.ToString();
    EXPECT_EQ(r.stats.rows, 3);
    EXPECT_EQ(r.stats.bad, 1);
    EXPECT_EQ(r.stats.bad_by_category.at(c.category), 1);
    EXPECT_EQ(r.stats.rows, r.stats.events + r.stats.bad + r.stats.duplicates);
  }
}

TEST(GdeltReader, WithACameoTableUnknownCodesAreBadAndMissingGoldsteinIsFilledIn) {
  auto table = CameoTable::Parse(
      "# entente-dict cameo v1\n042\t1.9\tMake a visit\n190\t-10.0\tUse force\n", "t.tsv");
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  GdeltRow known, unknown, no_goldstein;
  known.id = "1";
  unknown.id = "2";
  unknown.code = "0990";  // the right shape, but no such CAMEO code
  unknown.base = "099";
  unknown.root = "09";
  unknown.quad = "2";
  no_goldstein.id = "3";
  no_goldstein.code = "190";
  no_goldstein.base = "190";
  no_goldstein.root = "19";
  no_goldstein.quad = "4";
  no_goldstein.goldstein = "";
  const std::string data =
      known.Line(58) + "\n" + unknown.Line(58) + "\n" + no_goldstein.Line(58) + "\n";
  ImportOptions with_table;
  with_table.cameo = &*table;
  auto r = Read(data, ImportSource::kGdelt, "t.tsv", with_table);
  ASSERT_EQ(r.events.size(), 2u);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].line, 2);
  EXPECT_NE(r.diagnostics[0].message.find("not in the CAMEO table"), std::string::npos);
  EXPECT_EQ(r.events[1].goldstein, -10.0);
  // Without the table the shape is all that is checked, and no Goldstein is invented.
  auto plain = Read(data, ImportSource::kGdelt);
  ASSERT_EQ(plain.events.size(), 3u);
  EXPECT_FALSE(plain.events[2].goldstein.has_value());
}

TEST(GdeltReader, RepeatedIdIsReportedAndKeptOnce) {
  GdeltRow a, b, c;
  b.id = "77";
  c.goldstein = "3.4";  // same id as `a`, different content: the first row wins
  auto r = Read(a.Line(58) + "\n\n" + b.Line(58) + "\n" + c.Line(58) + "\n", ImportSource::kGdelt,
                "dup.tsv");
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].goldstein, 1.9);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].kind, ImportDiagnostic::Kind::kDuplicate);
  EXPECT_EQ(r.diagnostics[0].line, 4);  // blank line 2 is skipped but counted as a line
  EXPECT_NE(r.diagnostics[0].message.find("already read at line 1"), std::string::npos)
      << r.diagnostics[0].message;
  EXPECT_EQ(r.stats.rows, 3);
  EXPECT_EQ(r.stats.duplicates, 1);
  EXPECT_EQ(r.stats.bad, 0);
}

TEST(GdeltReader, HeaderedCsvFromRWithQuotesNaRowNamesAndSpaces) {
  // Column names as GDELT's 1.0 header row, written by R: quoted strings, NA for missing, an
  // unnamed first column of row numbers on the data rows, a stray space in an actor code, and
  // commas inside a quoted place name.
  const std::string csv =
      "\"GLOBALEVENTID\",\"SQLDATE\",\"Actor1Code\",\"Actor1Name\",\"Actor2Code\","
      "\"Actor2Name\",\"EventCode\",\"EventRootCode\",\"QuadClass\",\"GoldsteinScale\","
      "\"NumMentions\",\"ActionGeo_FullName\",\"ActionGeo_CountryCode\",\"SOURCEURL\"\n"
      "\"1\",189358180,20120401,NA,NA,\" GOV\",\"PRESIDENT\",\"040\",\"04\",1,1,2,"
      "\"Tbilisi, Georgia (general), Georgia\",\"GG\",\"\"\n"
      "\"2\",189358181,20120402,\"BGR\",\"BULGARIAN \"\"X\"\"\",NA,NA,\"190\",\"19\",4,-10,NA,"
      "\"Sofia\",\"BU\",\"http://e.org/x\"\n";
  auto r = Read(csv, ImportSource::kGdelt, "apr.csv");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_NE(r.format.find("CSV"), std::string::npos) << r.format;
  ASSERT_EQ(r.events.size(), 2u) << (r.diagnostics.empty() ? "" : r.diagnostics[0].ToString());
  EXPECT_EQ(r.events[0].info.external_id, "189358180");
  EXPECT_TRUE(r.events[0].source.empty());
  EXPECT_EQ(r.events[0].target.str(), "GOV");
  EXPECT_EQ(r.events[0].info.geo_name, "Tbilisi, Georgia (general), Georgia");
  EXPECT_EQ(r.events[0].info.num_mentions, 2);
  EXPECT_EQ(r.events[1].source_name, "BULGARIAN \"X\"");
  EXPECT_EQ(r.events[1].goldstein, -10.0);
  EXPECT_FALSE(r.events[1].info.num_mentions.has_value());
  EXPECT_EQ(r.events[1].info.source_url, "http://e.org/x");
  EXPECT_EQ(r.events[1].info.origin, "apr.csv:3");
}

TEST(GdeltReader, QuotedFieldSpanningLinesAndAnUnbalancedQuote) {
  const std::string csv =
      "GLOBALEVENTID,SQLDATE,EventCode,Actor1Name\n"
      "1,20190101,010,\"two\nlines\"\n"
      "2,20190101,010,\"never closed\n"
      "3,20190101,020,fine\n";
  auto r = Read(csv, ImportSource::kGdelt, "q.csv");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].source_name, "two\nlines");
  EXPECT_EQ(r.events[1].info.external_id, "3");
  EXPECT_EQ(r.events[1].info.origin, "q.csv:5");  // resumed on the line after the bad record
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].line, 4);
  EXPECT_EQ(r.diagnostics[0].category, "record");
}

TEST(GdeltReader, ReducedFilesWithoutIdsAreNamedByContent) {
  const std::string header =
      "Date\tSource\tTarget\tCAMEOCode\tNumEvents\tNumArts\tQuadClass\tGoldstein\n";
  const std::string rows =
      "19790101\tAFR\tFRA\t043\t1\t4\t1\t2.8\n"
      "19790101\tARG\tCHL\t172\t2\t4\t4\t-5\n"
      "19790101\tAFR\tFRA\t043\t1\t4\t1\t2.8\n"  // identical to the first: a duplicate
      "19790102\tCAN\tKHM\t051\t2\t17\t1\n";     // short row: Goldstein missing
  auto r = Read(header + rows, ImportSource::kGdelt, "reduced.txt");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.events[0].info.dataset, "gdelt-reduced");
  EXPECT_EQ(r.events[0].info.external_id.size(), 17u);
  EXPECT_EQ(r.events[0].info.external_id[0], 'h');
  EXPECT_NE(r.events[0].info.external_id, r.events[1].info.external_id);
  EXPECT_EQ(r.events[0].info.num_articles, 4);
  EXPECT_FALSE(r.events[2].goldstein.has_value());
  EXPECT_EQ(r.stats.duplicates, 1);
  // The same rows read again get the same ids (importing twice adds nothing).
  auto again = Read(header + rows, ImportSource::kGdelt, "elsewhere.txt");
  ASSERT_EQ(again.events.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(again.events[i].info.external_id, r.events[i].info.external_id);
  }
}

TEST(GdeltReader, FileWithoutDateColumnTakesTheDateFromItsNameOrTheOption) {
  const std::string csv =
      "GlobalEventID,IsRootEvent,QuadClass,EventCode,EventRootCode,ActionGeo_Lat,ActionGeo_Long,"
      "country_code_alpha,source_country_code\n"
      "709953101,1,2,63,6,27.0,30.0,EGY,USA\n"
      "709953102,1,1,421,4,1.0,2.0,USA,USA\n";
  auto r = Read(csv, ImportSource::kGdelt, "dir/v2_reduced_20171126_x.csv");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_NE(r.format.find("2017-11-26 from the file name"), std::string::npos) << r.format;
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].date.ToString(), "2017-11-26");
  EXPECT_EQ(r.events[0].code.str(), "063");   // the leading zero restored
  EXPECT_EQ(r.events[1].code.str(), "0421");
  EXPECT_EQ(r.events[0].info.geo_country, "EGY");

  auto refused = Read(csv, ImportSource::kGdelt, "no_date_here.csv");
  EXPECT_EQ(refused.status.code(), ErrorCode::kUnsupported);
  EXPECT_NE(refused.status.message().find("no date column"), std::string::npos);

  ImportOptions with_date;
  with_date.default_date = *Date::Parse("2020-02-02");
  auto given = Read(csv, ImportSource::kGdelt, "no_date_here.csv", with_date);
  ASSERT_TRUE(given.status.ok());
  EXPECT_EQ(given.events[0].date.ToString(), "2020-02-02");
}

TEST(GdeltReader, ReadsGzipAndReportsACorruptStream) {
  GdeltRow a, b;
  b.id = "9";
  const std::string data = a.Line(58) + "\n" + b.Line(58) + "\n";
  const std::string path = TempPath(".tsv.gz");
  WriteGz(path, data);
  {
    auto r = EventFileReader::Open(path, ImportSource::kGdelt);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    ImportedEvent ev;
    int n = 0;
    while (*(*r)->Next(&ev)) ++n;
    EXPECT_EQ(n, 2);
  }
  // Cut the compressed file in half: reading must fail with IOError, not return partial data
  // silently.
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
  }
  auto r = EventFileReader::Open(path, ImportSource::kGdelt);
  Status failure;
  if (r.ok()) {
    ImportedEvent ev;
    while (true) {
      auto more = (*r)->Next(&ev);
      if (!more.ok()) {
        failure = more.status();
        break;
      }
      if (!*more) break;
    }
  } else {
    failure = r.status();
  }
  EXPECT_EQ(failure.code(), ErrorCode::kIOError) << failure.ToString();
  fs::remove(path);

  EXPECT_EQ(EventFileReader::Open(TempPath(".missing"), ImportSource::kGdelt).status().code(),
            ErrorCode::kNotFound);
}

TEST(GdeltReader, RefusesFilesThatAreNotGdeltEvents) {
  struct Case {
    std::string name;
    std::string data;
    ImportSource source;
    std::string message_part;
  };
  const std::vector<Case> cases = {
      {"mentions table",
       "globaleventid,eventtimedate,mentiontimedate,mentiontype,mentionsourcename,"
       "mentionidentifier\n1,2,3,1,x,y\n",
       ImportSource::kGdelt, "mentions"},
      {"ICEWS file as GDELT", std::string(kIcewsHeader), ImportSource::kGdelt, "import it as icews"},
      {"GDELT file as ICEWS", GdeltRow().Line(58) + "\n", ImportSource::kIcews,
       "import it as gdelt"},
      {"plain text", "Xi visited Moscow.\n", ImportSource::kGdelt, "not a GDELT event file"},
      {"benchmark id quadruples", "459\t1\t471\t6480\t0\n", ImportSource::kIcews, "only numbers"},
  };
  for (const Case& c : cases) {
    auto r = Read(c.data, c.source);
    EXPECT_EQ(r.status.code(), ErrorCode::kUnsupported) << c.name << ": " << r.status.ToString();
    EXPECT_NE(r.status.message().find(c.message_part), std::string::npos)
        << c.name << ": " << r.status.message();
  }
  auto empty = Read("", ImportSource::kGdelt);
  EXPECT_TRUE(empty.status.ok());
  EXPECT_TRUE(empty.events.empty());
}

// ---------------------------------------------------------------------------------------------
// ICEWS

TEST(IcewsReader, MapsColumnsActorsAndPlaces) {
  const std::string data =
      std::string(kIcewsHeader) +
      "32889836\t2018-06-01\tForeign Affairs (Bangladesh)\tExecutive,Foreign Ministry,Government\t"
      "Bangladesh\tConsult\t040\t1\tHigh Ranking Military Personnel (Vietnam)\tMilitary,Government"
      "\tVietnam\t47400351\t2\tVietnam News Agency Bulletin\tHanoi\tNA\tThanh Pho Ha Noi\tVietnam"
      "\t21.0245\t105.841\n"
      "32891065\t2018-06-01\tEuropean Union\tInternational Government Organization\tNA\t"
      "Express intent to cooperate\t30\t4.5\tCitizen (Atlantis)\tSocial\tAtlantis\t1\t2\tP\tNA\tNA"
      "\tNA\tNA\tNA\tNA\n"
      "32891066\t2018-06-02\tJapan\tNA\tJapan\tAccuse\t112\t-2\tPolice (Atlantis)\tPolice\t"
      "Atlantis\t1\t2\tP\tNA\tNA\tNA\tJapan\t35.6\t139.6\n";
  auto r = Read(data, ImportSource::kIcews, "icews.tab");
  ASSERT_TRUE(r.status.ok()) << r.status.ToString();
  ASSERT_EQ(r.events.size(), 3u);
  const ImportedEvent& e = r.events[0];
  EXPECT_EQ(e.info.dataset, "icews");
  EXPECT_EQ(e.info.external_id, "32889836");
  EXPECT_EQ(e.date.ToString(), "2018-06-01");
  EXPECT_EQ(e.source.str(), "BGDGOV");
  EXPECT_EQ(e.target.str(), "VNMMIL");
  EXPECT_EQ(e.source_name, "Foreign Affairs (Bangladesh)");
  EXPECT_EQ(e.event_text, "Consult");
  EXPECT_EQ(e.code.str(), "040");
  EXPECT_EQ(e.goldstein, 1.0);
  EXPECT_EQ(e.info.geo_name, "Hanoi, Thanh Pho Ha Noi, Vietnam");
  EXPECT_EQ(e.info.geo_country, "Vietnam");
  EXPECT_EQ(e.info.geo_lat, 21.0245);
  EXPECT_EQ(r.events[1].source.str(), "IGOEUREEC");
  EXPECT_EQ(r.events[1].target.str(), "CVL");  // unknown country: the role alone
  EXPECT_EQ(r.events[1].code.str(), "030");
  EXPECT_EQ(r.events[1].info.geo_name, "");
  EXPECT_EQ(r.events[2].source.str(), "JPN");
  EXPECT_EQ(r.events[2].target.str(), "COP");
  // The unknown country is noted once, not per row.
  int notes = 0;
  for (const auto& d : r.diagnostics) {
    if (d.kind == ImportDiagnostic::Kind::kNote) {
      ++notes;
      EXPECT_NE(d.message.find("Atlantis"), std::string::npos);
    }
  }
  EXPECT_EQ(notes, 1);
  EXPECT_EQ(r.stats.bad, 0);
}

TEST(IcewsReader, BadRowsAndRepeatedIds) {
  const std::string data =
      std::string(kIcewsHeader) +
      "1\t2018-06-01\tJapan\tNA\tJapan\tConsult\t040\t1\tChina\tNA\tChina\t1\t1\tP\tNA\tNA\tNA"
      "\tNA\tNA\tNA\n"
      "2\t2018-13-01\tJapan\tNA\tJapan\tConsult\t040\t1\tChina\tNA\tChina\t1\t1\tP\tNA\tNA\tNA"
      "\tNA\tNA\tNA\n"
      "3\t2018-06-01\tJapan\tNA\tJapan\tConsult\t040\t12\tChina\tNA\tChina\t1\t1\tP\tNA\tNA\tNA"
      "\tNA\tNA\tNA\n"
      "1\t2018-06-01\tJapan\tNA\tJapan\tConsult\t040\t1\tChina\tNA\tChina\t1\t1\tP\tNA\tNA\tNA"
      "\tNA\tNA\tNA\n";
  auto r = Read(data, ImportSource::kIcews, "i.tab");
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.events.size(), 1u);
  ASSERT_EQ(r.diagnostics.size(), 3u);
  EXPECT_EQ(r.diagnostics[0].line, 3);
  EXPECT_EQ(r.diagnostics[0].category, "date");
  EXPECT_EQ(r.diagnostics[1].line, 4);
  EXPECT_EQ(r.diagnostics[1].category, "goldstein");
  EXPECT_NE(r.diagnostics[1].message.find("Intensity '12'"), std::string::npos);
  EXPECT_EQ(r.diagnostics[2].kind, ImportDiagnostic::Kind::kDuplicate);
  EXPECT_EQ(r.stats.rows, 4);
  EXPECT_EQ(r.stats.rows, r.stats.events + r.stats.bad + r.stats.duplicates);
}

TEST(IcewsActorCode, MapsCountriesSectorsOrganisationsAndRegions) {
  struct Case {
    std::string name, sectors, country, want;
  };
  const std::vector<Case> cases = {
      {"Russia", "NA", "Russian Federation", "RUS"},
      {"Xi Jinping", "Executive,Executive Office,Government", "China", "CHNGOV"},
      {"Army (India)", "Army,Military,Government", "India", "INDMIL"},
      {"Police (India)", "Police,Government", "India", "INDCOP"},
      {"Parliament", "Legislative / Parliamentary,Government", "Germany", "DEULEG"},
      {"Court", "Judicial,Government", "Spain", "ESPJUD"},
      {"Ministry of Defense", "Defense / Security Ministry,Government", "Japan", "JPNMIL"},
      {"Ministry", "Finance / Economy / Commerce / Trade Ministry,Government", "Japan", "JPNGOV"},
      {"Citizen (Japan)", "General Population / Civilian / Social,Social", "Japan", "JPNCVL"},
      {"Protester", "Protestors / Popular Opposition / Mobs,Dissident", "Nigeria", "NGAOPP"},
      {"Militant", "Radicals / Extremists / Fundamentalists", "Syria", "SYRRAD"},
      {"Insurgent", "Insurgents", "Afghanistan", "AFGREB"},
      {"Amnesty", "Nongovernmental Organizations / Activists", "France", "NGOFRA"},
      {"Company", "Consumer Goods Business,Business", "Italy", "ITABUS"},
      {"State TV", "State Media,Media", "North Korea", "PRKGOVMED"},
      {"Party", "Parties,Government Major Party (In Government)", "India", "INDGOV"},
      {"Party", "Parties,Opposition Major Party (Out Of Government)", "India", "INDOPP"},
      {"Ideologues", "Ideological,Far Right", "Italy", "ITA"},
      {"Somebody", "Religious,Catholic", "Holy See", "VATREL"},
      {"Minister", "Cabinet", "Occupied Palestinian Territory", "PSEGOV"},
      {"Gov", "Government", "the former Yugoslav Republic of Macedonia", "MKDGOV"},
      {"Gov", "Government", "Moldova, Republic of", "MDAGOV"},
      {"Gov", "Government", "Cote d'Ivoire", "CIVGOV"},
      {"European Union", "International Government Organization", "NA", "IGOEUREEC"},
      {"United Nations", "Global Diplomatic IGOs", "NA", "IGOUNO"},
      {"UN Security Council", "NA", "NA", "IGOUNO"},
      {"NATO", "NA", "NA", "IGOWSTNAT"},
      {"Africa", "NA", "NA", "AFR"},
      {"Southeast Asia", "NA", "NA", "SEA"},
      {"Cabinet / Council of Ministers / Advisors (Africa)", "Cabinet,Government", "NA", "AFRGOV"},
      {"Unspecified Actor", "NA", "NA", ""},
      {"Person", "Government", "Atlantis", "GOV"},
  };
  for (const Case& c : cases) {
    std::string unknown;
    EXPECT_EQ(IcewsActorCode(c.name, c.sectors, c.country, &unknown), c.want)
        << c.name << " / " << c.sectors << " / " << c.country;
    EXPECT_EQ(unknown.empty(), c.country != "Atlantis") << c.country;
  }
  EXPECT_EQ(CountryNameToIso3("RUSSIAN FEDERATION"), "RUS");
  EXPECT_EQ(CountryNameToIso3("Kosovo"), "XKX");
  EXPECT_EQ(CountryNameToIso3("Narnia"), "");
}

TEST(NormalizeCameoCode, RestoresDroppedZerosAndRejectsNonCodes) {
  struct Case {
    std::string code, root, want;  // want "" = InvalidArgument
  };
  const std::vector<Case> cases = {
      {"042", "", "042"},  {"0421", "", "0421"}, {"190", "", "190"},  {"63", "", "063"},
      {"421", "", "0421"}, {"63", "6", "063"},  {"421", "4", "0421"}, {"10", "1", "010"},
      {"10", "10", "10"},  {"1721", "17", "1721"}, {" 040 ", "04", "040"},
      {"042", "05", ""},   {"990", "", "0990"},  // shape only: the CAMEO table decides     {"", "", ""},         {"04A", "", ""},
      {"12345", "", ""},   {"042", "x", ""},    {"2101", "", ""},
  };
  for (const Case& c : cases) {
    auto r = NormalizeCameoCode(c.code, c.root);
    if (c.want.empty()) {
      EXPECT_FALSE(r.ok()) << "'" << c.code << "' root '" << c.root << "'";
    } else {
      ASSERT_TRUE(r.ok()) << c.code << ": " << r.status().ToString();
      EXPECT_EQ(r->str(), c.want) << c.code;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Export

StoredEvent MakeStored(const ImportedEvent& in, int64_t id) {
  StoredEvent se;
  se.id = id;
  se.event.date = in.date;
  se.event.source = in.source;
  se.event.target = in.target;
  se.event.source_text = in.source_name;
  se.event.target_text = in.target_name;
  se.event.code = in.code;
  se.event.quad = in.quad;
  se.event.goldstein = in.goldstein;
  se.event.verb_text = in.event_text;
  se.external = in.info;
  return se;
}

TEST(Export, GdeltTsvReadsBackAsTheSameEvents) {
  GdeltRow a, b;
  b.id = "500000002";
  b.a1 = "IGOEUREEC";
  b.a2 = "";
  b.a2name = "";
  b.code = "1712";
  b.base = "171";
  b.root = "17";
  b.quad = "4";
  b.goldstein = "-9.2";
  b.tone = "-3.3333333333";
  auto original = Read(a.Line(61) + "\n" + b.Line(58) + "\n", ImportSource::kGdelt);
  ASSERT_EQ(original.events.size(), 2u);
  std::string exported;
  for (size_t i = 0; i < original.events.size(); ++i) {
    std::string line = ExportLine(ExportFormat::kGdelt, MakeStored(original.events[i], 100 + i));
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 57);
    exported += line + "\n";
  }
  auto back = Read(exported, ImportSource::kGdelt, "export.tsv");
  ASSERT_TRUE(back.status.ok()) << back.status.ToString();
  ASSERT_EQ(back.events.size(), 2u) << (back.diagnostics.empty() ? "" : back.diagnostics[0].ToString());
  for (size_t i = 0; i < 2; ++i) {
    const ImportedEvent& x = original.events[i];
    const ImportedEvent& y = back.events[i];
    EXPECT_EQ(y.info.external_id, x.info.external_id);
    EXPECT_EQ(y.date, x.date);
    EXPECT_EQ(y.source, x.source);
    EXPECT_EQ(y.target, x.target);
    EXPECT_EQ(y.source_name, x.source_name);
    EXPECT_EQ(y.code, x.code);
    EXPECT_EQ(y.quad, x.quad);
    EXPECT_EQ(y.goldstein, x.goldstein);
    EXPECT_EQ(y.info.num_mentions, x.info.num_mentions);
    EXPECT_EQ(y.info.num_sources, x.info.num_sources);
    EXPECT_EQ(y.info.num_articles, x.info.num_articles);
    EXPECT_EQ(y.info.avg_tone, x.info.avg_tone);
    EXPECT_EQ(y.info.source_url, x.info.source_url);
    EXPECT_EQ(y.info.geo_name, x.info.geo_name);
    EXPECT_EQ(y.info.geo_country, x.info.geo_country);
    EXPECT_EQ(y.info.geo_lat, x.info.geo_lat);
    EXPECT_EQ(y.info.geo_lon, x.info.geo_lon);
  }
  // GDELT's derived columns: country and role split, base and root codes, FractionDate.
  std::string line = exported.substr(0, exported.find('\n'));
  std::vector<std::string> f;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    f.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  EXPECT_EQ(f[4], "2019.4247");  // 2019-06-05: day 155 of the year
  EXPECT_EQ(f[7], "CHN");
  EXPECT_EQ(f[12], "GOV");
  EXPECT_EQ(f[17], "RUS");
  EXPECT_EQ(f[27], "042");
  EXPECT_EQ(f[28], "04");
}

TEST(Export, CsvQuotesAndJsonlCarriesEveryField) {
  GdeltRow a;
  a.a1name = "SAID \"NO\", TWICE";
  auto r = Read(a.Line(58) + "\n", ImportSource::kGdelt);
  ASSERT_EQ(r.events.size(), 1u);
  StoredEvent se = MakeStored(r.events[0], 7);
  std::string header = ExportHeader(ExportFormat::kCsv);
  EXPECT_EQ(header.rfind("id,dataset,external_id,date,source,", 0), 0u);
  std::string csv = ExportLine(ExportFormat::kCsv, se);
  EXPECT_NE(csv.find("\"SAID \"\"NO\"\", TWICE\""), std::string::npos) << csv;
  EXPECT_EQ(csv.rfind("7,gdelt,500000001,2019-06-05,CHNGOV,", 0), 0u) << csv;
  // The CSV line reads back through the CSV record splitter with the header's column count.
  auto reread = Read(header + "\n" + csv + "\n", ImportSource::kGdelt, "x.csv");
  EXPECT_EQ(reread.status.code(), ErrorCode::kUnsupported);  // no GDELT column names: refused
  std::string json = ExportLine(ExportFormat::kJsonl, se);
  auto j = nlohmann::json::parse(json);
  EXPECT_EQ(j["id"], 7);
  EXPECT_EQ(j["dataset"], "gdelt");
  EXPECT_EQ(j["external_id"], "500000001");
  EXPECT_EQ(j["source_name"], "SAID \"NO\", TWICE");
  EXPECT_EQ(j["goldstein"], 1.9);
  EXPECT_EQ(j["num_mentions"], 12);
  EXPECT_EQ(j["geo_lat"], 55.7522);
  EXPECT_EQ(j["status"], "asserted");
  EXPECT_TRUE(ExportHeader(ExportFormat::kJsonl).empty());
  EXPECT_EQ(ParseExportFormat("gdelt").value(), ExportFormat::kGdelt);
  EXPECT_EQ(ParseExportFormat("xml").status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(ParseImportSource("icews").value(), ImportSource::kIcews);
  EXPECT_EQ(ParseImportSource("acled").status().code(), ErrorCode::kInvalidArgument);
}

// ---------------------------------------------------------------------------------------------
// The shared event files

// Non-blank lines of a (possibly gzipped) file, counted independently of the reader.
int64_t CountLines(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return -1;
  int64_t lines = 0;
  bool blank = true;
  char buf[65536];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) {
    for (int i = 0; i < n; ++i) {
      if (buf[i] == '\n') {
        if (!blank) ++lines;
        blank = true;
      } else if (buf[i] != '\r' && buf[i] != ' ' && buf[i] != '\t') {
        blank = false;
      }
    }
  }
  if (!blank) ++lines;
  gzclose(f);
  return lines;
}

TEST(SharedEvents, EveryEventFileReadsWithCountsThatMatchItsLines) {
  const fs::path root = fs::path(ENTENTE_SHARED_DIR) / "data" / "events";
  if (!fs::exists(root)) GTEST_SKIP() << "needs ../shared (data/events)";
  int64_t files = 0, refused = 0, events = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    const std::string path = entry.path().string();
    if (path.find("/schema/") != std::string::npos) continue;  // column documentation
    const ImportSource source =
        path.find("/icews/") != std::string::npos ? ImportSource::kIcews : ImportSource::kGdelt;
    auto r = EventFileReader::Open(path, source);
    if (!r.ok()) {
      // Only files that are not event tables may be refused: GDELT mention tables, column-name
      // lists and the id-only benchmark splits derived from ICEWS.
      EXPECT_EQ(r.status().code(), ErrorCode::kUnsupported) << path;
      const bool expected = path.find("mentions") != std::string::npos ||
                            path.find("column_names") != std::string::npos ||
                            path.find("renet") != std::string::npos;
      EXPECT_TRUE(expected) << path << ": " << r.status().ToString();
      ++refused;
      continue;
    }
    ImportedEvent ev;
    while (true) {
      auto more = (*r)->Next(&ev);
      ASSERT_TRUE(more.ok()) << path << ": " << more.status().ToString();
      if (!*more) break;
      ASSERT_FALSE(ev.info.external_id.empty());
      ASSERT_TRUE(ev.code.has_cameo_root());
    }
    const ImportFileStats& st = (*r)->stats();
    const bool headerless = (*r)->format_name().rfind("GDELT 1.0 events", 0) == 0 ||
                            (*r)->format_name().rfind("GDELT 2.0 events", 0) == 0;
    EXPECT_EQ(st.rows, CountLines(path) - (headerless ? 0 : 1)) << path;
    EXPECT_EQ(st.rows, st.events + st.bad + st.duplicates) << path;
    EXPECT_GT(st.events, 0) << path;
    events += st.events;
    ++files;
  }
  EXPECT_GE(files, 27);
  EXPECT_GT(events, 100000);
  EXPECT_GT(refused, 0);
}

}  // namespace
}  // namespace entente
