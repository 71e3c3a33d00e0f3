// Copyright 2026 The entente Authors. Apache-2.0.
//
// Shared pieces of the analysis subcommands (series_cli.h): flags, actor aliases, dyad and date
// parsing, reading dyad series from the store, tables, CSV and JSON.
#include "series_cli.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

#include "cli.h"

namespace entente::cli {

void AddSeriesFlags(CLI::App* cmd, SeriesFlags* f, const std::string& default_by) {
  f->by = default_by;
  cmd->add_option("--db", f->db, "store URL (default sqlite:entente.db)");
  cmd->add_option("--by", f->by,
                  "period: day, week, month, quarter or year (default " + default_by + ")")
      ->check(CLI::IsMember({"day", "week", "month", "quarter", "year"}));
  cmd->add_option("--from", f->from,
                  "first period: 2014, 2014-Q2, 2014-01 or 2014-01-15 (default: first event)");
  cmd->add_option("--to", f->to, "last period, same forms (default: last event)");
  cmd->add_option("--measure", f->measure,
                  "value per period: net-cooperation (Goldstein-weighted, default), "
                  "goldstein-mean, count, net-cooperation-count, cooperation, conflict")
      ->check(CLI::IsMember({"net-cooperation", "goldstein-mean", "count", "net-cooperation-count",
                             "cooperation", "conflict"}));
  cmd->add_flag("--normalise,--normalize", f->normalise,
                "divide by each period's total event volume (all dyads)");
  cmd->add_flag("--all-statuses", f->all_statuses,
                "count negated, hypothetical, intended and reported events too (default: "
                "asserted only)");
  cmd->add_flag("--mentions", f->all_mentions,
                "count every mention: an event reported by several outlets counts once per "
                "report (default: distinct events, duplicates across outlets merged)");
  cmd->add_option("--format", f->format, "table (default), json or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
}

std::string CountedLabel(const SeriesRequest& r) {
  return std::string(r.all_statuses ? "all " : "asserted ") +
         (r.all_mentions ? "mentions" : "events");
}

Result<OutputFormat> ParseFormat(const std::string& s) {
  if (s == "table") return OutputFormat::kTable;
  if (s == "json") return OutputFormat::kJson;
  if (s == "csv") return OutputFormat::kCsv;
  return Status::InvalidArgument("--format: table, json or csv");
}

std::optional<LoadedDyad> LoadDyadFromArgs(const SeriesFlags& flags,
                                           const std::vector<std::string>& actors, bool directed,
                                           int* exit_code) {
  LoadedDyad out;
  Result<OutputFormat> format = ParseFormat(flags.format);
  if (!format.ok()) {
    Error(format.status().message());
    *exit_code = kExitUsage;
    return std::nullopt;
  }
  out.format = *format;
  const std::string text =
      actors.size() == 2 ? actors[0] + (directed ? ">" : "-") + actors[1] : actors.at(0);
  Result<NamedDyad> dyad = ParseDyad(text);
  if (!dyad.ok()) {
    Error(dyad.status().message());
    *exit_code = kExitUsage;
    return std::nullopt;
  }
  out.dyad = std::move(dyad).value();
  if (directed) out.dyad.spec.directed = true;
  Result<SeriesContext> ctx = OpenSeriesContext(flags);
  if (!ctx.ok()) {
    Error(ctx.status().message());
    *exit_code = ctx.status().code() == ErrorCode::kInvalidArgument ? kExitUsage : kExitError;
    return std::nullopt;
  }
  out.ctx = std::move(ctx).value();
  Result<DyadSeries> s = LoadDyadSeries(out.ctx, out.dyad.spec);
  if (!s.ok()) {
    Error(s.status().ToString());
    *exit_code = kExitError;
    return std::nullopt;
  }
  out.series = std::move(s).value();
  return out;
}

namespace {

bool LooksNumeric(const std::string& s) {
  if (s.empty() || s == "-") return true;
  char* end = nullptr;
  std::strtod(s.c_str(), &end);
  return end != s.c_str() && (*end == '\0' || *end == '%' || *end == '*');
}

// Display width in code points (the labels are ASCII or short UTF-8 names).
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

void Table::Print(std::FILE* out, const std::string& indent) const {
  const size_t cols = headers.size();
  std::vector<size_t> width(cols, 0);
  std::vector<bool> right(cols, true);
  for (size_t c = 0; c < cols; ++c) width[c] = Width(headers[c]);
  for (const auto& row : rows) {
    for (size_t c = 0; c < cols && c < row.size(); ++c) {
      width[c] = std::max(width[c], Width(row[c]));
      if (!LooksNumeric(row[c])) right[c] = false;
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s = indent;
    for (size_t c = 0; c < cols; ++c) {
      const std::string cell = c < cells.size() ? cells[c] : "";
      const std::string pad(width[c] - std::min(width[c], Width(cell)), ' ');
      s += right[c] ? pad + cell : cell + pad;
      if (c + 1 < cols) s += "  ";
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    std::fprintf(out, "%s\n", s.c_str());
  };
  line(headers);
  for (const auto& row : rows) line(row);
}

std::string CsvEscape(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

void Table::PrintCsv(std::FILE* out) const {
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (size_t c = 0; c < cells.size(); ++c) {
      if (c) s += ',';
      s += CsvEscape(cells[c]);
    }
    std::fprintf(out, "%s\n", s.c_str());
  };
  line(headers);
  for (const auto& row : rows) line(row);
}

std::string Num(double v, int decimals) {
  if (!std::isfinite(v)) return v > 0 ? "+inf" : (v < 0 ? "-inf" : "nan");
  const std::string s = fmt::format("{:+.{}f}", v, decimals);
  // "+0.00" and "-0.00" read as plain zero.
  if (s.find_first_not_of("+-0.") == std::string::npos) return s.substr(1);
  return s;
}

std::string Fixed(double v, int decimals) {
  if (!std::isfinite(v)) return v > 0 ? "inf" : "nan";
  return fmt::format("{:.{}f}", v, decimals);
}

std::string PeriodWord(Period p, int64_t n) {
  std::string w(PeriodName(p));
  return n == 1 ? w : w + "s";
}

void PrintParagraph(std::FILE* out, const std::string& text, const std::string& indent) {
  const size_t width = 96;
  std::string line = indent;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = text.find(' ', pos);
    if (next == std::string::npos) next = text.size();
    const std::string word = text.substr(pos, next - pos);
    if (Width(line) + word.size() + 1 > width && Width(line) > indent.size()) {
      std::fprintf(out, "%s\n", line.c_str());
      line = indent + "  ";
    }
    if (Width(line) > indent.size() && line.back() != ' ') line += ' ';
    line += word;
    pos = next + 1;
  }
  if (Width(line) > indent.size()) std::fprintf(out, "%s\n", line.c_str());
}

}  // namespace entente::cli
