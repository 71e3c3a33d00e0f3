// Copyright 2026 The entente Authors. Apache-2.0.
//
// Shared pieces of the analysis subcommands (dyad, triangle, drivers, changes): actor aliases
// and dyad parsing, partial dates, reading a dyad series from the store, and output as an
// aligned table, CSV or JSON.  Printing happens only in apps/.
#ifndef ENTENTE_APPS_SERIES_CLI_H_
#define ENTENTE_APPS_SERIES_CLI_H_

#include <CLI/CLI.hpp>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "entente/analysis.h"
#include "entente/analysis_json.h"
#include "entente/date.h"
#include "entente/status.h"
#include "entente/series_query.h"
#include "entente/store.h"

namespace entente::cli {

// Flags every analysis command shares: the series request plus the output format.
struct SeriesFlags : SeriesRequest {
  std::string format = "table";
};
void AddSeriesFlags(CLI::App* cmd, SeriesFlags* flags, const std::string& default_by);
// What a series counts, for headings: "asserted events" (distinct), "all events",
// "asserted mentions" (--mentions), "all mentions".
std::string CountedLabel(const SeriesRequest& r);

// Output.
enum class OutputFormat { kTable, kJson, kCsv };
Result<OutputFormat> ParseFormat(const std::string& s);

// What `dyad` and `changes` start with: the output format, the dyad of 1 or 2 positional actors
// ("CHN RUS", "CHN-RUS", "USA>CHN"; --directed makes it one-way), the store and the series.
struct LoadedDyad {
  OutputFormat format = OutputFormat::kTable;
  NamedDyad dyad;
  SeriesContext ctx;
  DyadSeries series;
};
// On a mistake prints the reason and returns the exit code in *exit_code (nullopt result).
std::optional<LoadedDyad> LoadDyadFromArgs(const SeriesFlags& flags,
                                           const std::vector<std::string>& actors, bool directed,
                                           int* exit_code);

// A simple table: printed aligned (numbers right-aligned) or as CSV.
struct Table {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
  void Print(std::FILE* out, const std::string& indent = "  ") const;
  void PrintCsv(std::FILE* out) const;
};

std::string Num(double v, int decimals = 2);    // "+1.25", "-0.30", "0.00"
std::string Fixed(double v, int decimals = 2);  // "1.25" (no sign)
std::string PeriodWord(Period p, int64_t n);    // "month" / "months"
std::string CsvEscape(const std::string& s);
// Wraps plain sentences at ~96 columns with a hanging indent.
void PrintParagraph(std::FILE* out, const std::string& text, const std::string& indent = "  ");

// JSON for analyses (DyadSeriesJson, JsonNumber, TriangleJson, DriversJson) is in the library:
// entente/analysis_json.h.

}  // namespace entente::cli

#endif  // ENTENTE_APPS_SERIES_CLI_H_
