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
#include "entente/date.h"
#include "entente/status.h"
#include "entente/store.h"

namespace entente::cli {

// Flags every analysis command shares.
struct SeriesFlags {
  std::string db = "sqlite:entente.db";
  std::string by;        // period; each command sets its default
  std::string from, to;  // "2014", "2014-01", "2014-01-15"; default: the store's range
  std::string measure = "net-cooperation";
  bool normalise = false;
  bool all_statuses = false;  // default: asserted events only
  std::string format = "table";
};
void AddSeriesFlags(CLI::App* cmd, SeriesFlags* flags, const std::string& default_by);

// "EU" -> "IGOEUREEC", "NATO" -> "IGOWSTNAT", "UN" -> "IGOUNO"; anything else upper-cased.
std::string ResolveActor(std::string_view name);

// "CHN-RUS" (undirected), "USA>CHN" or "USA->CHN" (directed).  Actors go through ResolveActor;
// `label` keeps the names as written.
struct DyadArg {
  DyadSpec spec;
  std::string label;
};
Result<DyadArg> ParseDyadArg(std::string_view text);

// "2014" / "2014-01" / "2014-01-15" as the first (or, with end = true, last) day it names.
Result<Date> ParsePartialDate(std::string_view text, bool end);

// The store, opened read-only, and the date range and period of an analysis.
struct SeriesContext {
  std::unique_ptr<EventStore> store;
  Period period = Period::kMonth;
  Date from, to;
  DyadMeasure measure = DyadMeasure::kNetCooperation;
  bool normalise = false;
  std::vector<EventStatus> statuses;  // empty: every status
  // Total events per period (the volume), filled on first use when normalising.
  std::optional<std::vector<int64_t>> volume;
};

// Opens the store and resolves --by/--from/--to/--measure (from/to default to the first and last
// matching event in the store).  Usage errors come back as InvalidArgument.
Result<SeriesContext> OpenSeriesContext(const SeriesFlags& flags);

// Reads the dyad's events (ForEachEvent with the dyad, date and status filters) and builds its
// series; with ctx.normalise, counts each period's volume with CountEvents.
Result<DyadSeries> LoadDyadSeries(SeriesContext& ctx, const DyadSpec& dyad);

// Output.
enum class OutputFormat { kTable, kJson, kCsv };
Result<OutputFormat> ParseFormat(const std::string& s);

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

// JSON for a dyad series (every field of every point).
nlohmann::json DyadSeriesJson(const DyadSeries& s, const std::string& label);
// A JSON number, or null for a non-finite value.
nlohmann::json JsonNumber(double v);

}  // namespace entente::cli

#endif  // ENTENTE_APPS_SERIES_CLI_H_
