// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente drivers --target A-B --candidates C-D,E>F`: what drives a relation.  Builds one series
// per dyad from the store, then AnalyseDrivers (drivers.h): VAR with the lag order chosen by an
// information criterion, Granger F-tests both ways, orthogonalised impulse responses with
// bootstrap bands, cross-correlations, sentences and caveats; with --scenario also a baseline and
// a shocked forecast.  Output: tables on a terminal, or --format json / csv (long format:
// table,row,column,value).
#include <fmt/format.h>

#include <cctype>
#include <cstdio>
#include <sstream>

#include "cli.h"
#include "entente/drivers.h"
#include "series_cli.h"

namespace entente::cli {
namespace {

struct DriversFlags {
  SeriesFlags series;
  std::string target;
  std::vector<std::string> candidates;
  int lags = 0;
  int max_lags = 0;
  std::string ic = "aic";
  int steps = 10;
  int replications = 500;
  uint64_t seed = 1;
  double signif = 0.05;
  int ccf_lags = 6;
  int forecast = 0;
  std::string scenario;
};

int RunDrivers(const DriversFlags& f);

}  // namespace

void RegisterDrivers(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<DriversFlags>();
  CLI::App* cmd = app.add_subcommand(
      "drivers",
      "What drives a relation: a VAR of the target dyad and candidate dyads, lag order by "
      "AIC/BIC,\n"
      "Granger F-tests, impulse responses with bootstrap bands, cross-correlations, plain "
      "sentences.\n"
      "Example: entente drivers --target CHN-RUS --candidates USA-CHN,USA-RUS,EU-RUS");
  cmd->add_option("--target", f->target, "the dyad to explain: A-B (both directions) or A>B")
      ->required();
  cmd->add_option("--candidates", f->candidates, "comma-separated dyads that might drive it")
      ->required()
      ->delimiter(',');
  cmd->add_option("--lags", f->lags, "fix the VAR lag order (default: chosen by --ic)")
      ->check(CLI::Range(1, 52));
  cmd->add_option("--max-lags", f->max_lags,
                  "largest lag order tried (default: round(12 (T/100)^0.25), lowered to what the "
                  "data carry)")
      ->check(CLI::Range(1, 52));
  cmd->add_option("--ic", f->ic,
                  "criterion that picks the lag order: aic (default), bic, hqic, fpe")
      ->check(CLI::IsMember({"aic", "bic", "hqic", "fpe"}));
  cmd->add_option("--steps", f->steps, "impulse-response horizons (default 10)")
      ->check(CLI::Range(1, 120));
  cmd->add_option("--replications", f->replications, "bootstrap replications (default 500)")
      ->check(CLI::Range(10, 100000));
  cmd->add_option("--seed", f->seed, "bootstrap seed (default 1)");
  cmd->add_option("--signif", f->signif, "test level; bands cover 1 - signif (default 0.05)")
      ->check(CLI::Range(0.0001, 0.5));
  cmd->add_option("--ccf-lags", f->ccf_lags, "cross-correlation lags each way (default 6)")
      ->check(CLI::Range(0, 60));
  cmd->add_option("--forecast", f->forecast,
                  "forecast this many periods (default 0; 12 with --scenario)")
      ->check(CLI::Range(0, 240));
  cmd->add_option("--scenario", f->scenario,
                  "DYAD[:SIZE[:PERIODS]]: shock a series by SIZE innovation s.d. (default 1) in "
                  "each of the first PERIODS forecast periods (default 1), e.g. USA-CHN:-1:3 = "
                  "US-China net cooperation down (conflict up) 1 s.d. for 3 periods");
  AddSeriesFlags(cmd, &f->series, "month");
  cmd->callback([f, exit_code] { *exit_code = RunDrivers(*f); });
}

namespace {

std::string UpperName(std::string_view s) {
  std::string u(s);
  for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return u;
}

struct LongCsv {
  Table t{{"table", "row", "column", "value"}, {}};
  void Add(const std::string& table, const std::string& row, const std::string& col, double v) {
    t.rows.push_back({table, row, col, std::isfinite(v) ? fmt::format("{}", v) : ""});
  }
  void Add(const std::string& table, const std::string& row, const std::string& col,
           const std::string& v) {
    t.rows.push_back({table, row, col, v});
  }
};

int RunDrivers(const DriversFlags& f) {
  Result<OutputFormat> format = ParseFormat(f.series.format);
  if (!format.ok()) {
    Error(format.status().message());
    return kExitUsage;
  }
  std::vector<NamedDyad> dyads;
  for (const std::string& text : [&] {
         std::vector<std::string> all = {f.target};
         all.insert(all.end(), f.candidates.begin(), f.candidates.end());
         return all;
       }()) {
    Result<NamedDyad> d = ParseDyad(text);
    if (!d.ok()) {
      Error(d.status().message());
      return kExitUsage;
    }
    dyads.push_back(*d);
  }
  std::optional<ScenarioShock> shock;
  std::string shock_name;
  if (!f.scenario.empty()) {
    std::vector<std::string> parts;
    std::stringstream ss(f.scenario);
    for (std::string p; std::getline(ss, p, ':');) parts.push_back(p);
    if (parts.empty() || parts.size() > 3) {
      Error("--scenario: write DYAD[:SIZE[:PERIODS]], e.g. USA-CHN:-1:3");
      return kExitUsage;
    }
    ScenarioShock s;
    s.variable = -1;
    for (size_t i = 0; i < dyads.size(); ++i) {
      if (dyads[i].label == parts[0]) s.variable = static_cast<int>(i);
    }
    if (s.variable < 0) {
      Error("--scenario: " + parts[0] + " is neither the target nor a candidate");
      return kExitUsage;
    }
    try {
      if (parts.size() > 1) s.size = std::stod(parts[1]);
      if (parts.size() > 2) s.periods = std::stoi(parts[2]);
    } catch (const std::exception&) {
      Error("--scenario: SIZE is a number of s.d. and PERIODS a whole number");
      return kExitUsage;
    }
    if (s.periods < 1) {
      Error("--scenario: PERIODS must be at least 1");
      return kExitUsage;
    }
    shock = s;
    shock_name = parts[0];
  }
  Result<SeriesContext> ctx = OpenSeriesContext(f.series);
  if (!ctx.ok()) {
    Error(ctx.status().message());
    return ctx.status().code() == ErrorCode::kInvalidArgument ? kExitUsage : kExitError;
  }
  DriversOptions o;
  if (f.lags > 0) o.lags = f.lags;
  o.max_lags = f.max_lags;
  for (LagCriterion c :
       {LagCriterion::kAic, LagCriterion::kBic, LagCriterion::kHqic, LagCriterion::kFpe}) {
    if (LagCriterionName(c) == f.ic) o.criterion = c;
  }
  o.signif = f.signif;
  o.irf_steps = f.steps;
  o.replications = f.replications;
  o.seed = f.seed;
  o.ccf_max_lag = f.ccf_lags;
  o.forecast_steps = f.forecast > 0 ? f.forecast : (shock ? 12 : 0);
  o.scenario = shock;

  Result<DriversRun> run = LoadDrivers(*ctx, dyads, o);
  if (!run.ok()) {
    Error(run.status().message());
    return kExitError;
  }
  const std::vector<DyadSeries>& raw = run->series;
  const std::vector<DriverSeries>& series = run->inputs;
  const DriversReport& r = run->report;
  const int k = static_cast<int>(series.size());
  const std::string period(PeriodName(ctx->period));
  const std::vector<std::string> future =
      r.forecast ? ForecastLabels(raw[0], r.forecast->steps) : std::vector<std::string>();

  if (*format == OutputFormat::kJson) {
    nlohmann::json j = DriversJson(*ctx, *run, o, shock_name);
    std::printf("%s\n", j.dump(1).c_str());
    return kExitOk;
  }

  if (*format == OutputFormat::kCsv) {
    LongCsv c;
    for (size_t p = 0; p < r.selection.criteria.size(); ++p) {
      const InfoCriteria& ic = r.selection.criteria[p];
      const std::string row = std::to_string(p);
      c.Add("lag_selection", row, "aic", ic.aic);
      c.Add("lag_selection", row, "bic", ic.bic);
      c.Add("lag_selection", row, "hqic", ic.hqic);
      c.Add("lag_selection", row, "fpe", ic.fpe);
    }
    c.Add("var", "lags", "value", r.lags);
    for (const DriverFinding& fd : r.findings) {
      c.Add("granger", fd.name + ">" + r.names[0], "f", fd.forward.f_statistic);
      c.Add("granger", fd.name + ">" + r.names[0], "p", fd.forward.p_value);
      c.Add("granger", r.names[0] + ">" + fd.name, "f", fd.backward.f_statistic);
      c.Add("granger", r.names[0] + ">" + fd.name, "p", fd.backward.p_value);
      for (int h = 0; h <= r.irf.steps; ++h) {
        const std::string row = fd.name + "@" + std::to_string(h);
        c.Add("irf", row, "response", r.irf.orth[static_cast<size_t>(h)](0, fd.candidate));
        c.Add("irf", row, "lower", r.bands.orth_lower[static_cast<size_t>(h)](0, fd.candidate));
        c.Add("irf", row, "upper", r.bands.orth_upper[static_cast<size_t>(h)](0, fd.candidate));
      }
      for (int h = -r.ccf_max_lag; h <= r.ccf_max_lag; ++h) {
        c.Add("ccf", fd.name + "@" + std::to_string(h), "r",
              r.ccf[static_cast<size_t>(fd.candidate)][static_cast<size_t>(h + r.ccf_max_lag)]);
      }
      for (size_t i = 0; i < fd.sentences.size(); ++i) {
        c.Add("sentence", fd.name, std::to_string(i), fd.sentences[i]);
      }
    }
    for (size_t i = 0; i < r.caveats.size(); ++i)
      c.Add("caveat", std::to_string(i), "text", r.caveats[i]);
    for (const auto& [name, fc] :
         {std::pair{"forecast", &r.forecast}, std::pair{"scenario", &r.scenario}}) {
      if (!*fc) continue;
      for (int h = 0; h < (*fc)->steps; ++h) {
        for (int i = 0; i < k; ++i) {
          const std::string row =
              future[static_cast<size_t>(h)] + "@" + series[static_cast<size_t>(i)].name;
          c.Add(name, row, "point", (*fc)->point(h, i));
          c.Add(name, row, "lower", (*fc)->lower(h, i));
          c.Add(name, row, "upper", (*fc)->upper(h, i));
        }
      }
    }
    c.t.PrintCsv(stdout);
    return kExitOk;
  }

  // Tables.
  std::printf("Drivers of %s %s by %s, %s to %s (%d %s), %s\n\n", r.names[0].c_str(),
              o.measure.c_str(), period.c_str(), ctx->from.ToString().c_str(),
              ctx->to.ToString().c_str(), r.periods, PeriodWord(ctx->period, r.periods).c_str(),
              CountedLabel(f.series).c_str());
  Table st;
  st.headers = {"series", "events", "zero " + PeriodWord(ctx->period, 2), "mean", "sd"};
  for (const DriverSeries& s : series) {
    double mean = 0, ss = 0;
    int zeros = 0;
    for (double v : s.values) {
      mean += v;
      zeros += v == 0;
    }
    mean /= static_cast<double>(s.values.size());
    for (double v : s.values) ss += (v - mean) * (v - mean);
    st.rows.push_back({s.name, std::to_string(s.events), std::to_string(zeros), Num(mean),
                       Fixed(std::sqrt(ss / std::max<double>(1, s.values.size() - 1)))});
  }
  st.Print(stdout);

  if (!r.selection.criteria.empty()) {
    std::printf("\nLag order (common sample of %d %s; * = minimum)\n", r.selection.nobs,
                PeriodWord(ctx->period, r.selection.nobs).c_str());
    Table lt;
    lt.headers = {"p", "AIC", "BIC", "HQIC", "FPE"};
    for (size_t p = 0; p < r.selection.criteria.size(); ++p) {
      const InfoCriteria& c = r.selection.criteria[p];
      auto cell = [&](double v, int best) {
        return fmt::format("{:.4f}{}", v, static_cast<int>(p) == best ? "*" : " ");
      };
      lt.rows.push_back(
          {std::to_string(p), cell(c.aic, r.selection.aic), cell(c.bic, r.selection.bic),
           cell(c.hqic, r.selection.hqic),
           fmt::format("{:.4g}{}", c.fpe, static_cast<int>(p) == r.selection.fpe ? "*" : " ")});
    }
    lt.Print(stdout);
  }
  std::string why = "as asked (--lags)";
  if (!r.lags_fixed) {
    const std::string ic = UpperName(LagCriterionName(r.criterion));
    why = SelectedLag(r.selection, r.criterion) == r.lags
              ? "chosen by " + ic
              : "(" + ic + " chose 0; testing needs at least 1)";
  }
  std::printf("\nVAR(%d) %s, %d observations, %d residual df\n", r.lags, why.c_str(), r.model.nobs,
              r.model.df_resid);

  std::printf("\nGranger causality (F-tests, H0: no Granger causality)\n");
  Table gt;
  gt.headers = {"candidate", "-> " + r.names[0] + " F", "df", "p", "<- " + r.names[0] + " F", "p "};
  for (const DriverFinding& fd : r.findings) {
    gt.rows.push_back({fd.name, Fixed(fd.forward.f_statistic, 3),
                       fmt::format("{},{}", fd.forward.df_num, fd.forward.df_den),
                       Fixed(fd.forward.p_value, 4) + (fd.forward.rejects() ? "*" : " "),
                       Fixed(fd.backward.f_statistic, 3),
                       Fixed(fd.backward.p_value, 4) + (fd.backward.rejects() ? "*" : " ")});
  }
  gt.Print(stdout);

  std::printf(
      "\nResponse of %s to a one-s.d. shock in each candidate (orthogonalised, %s first; "
      "%g%% bootstrap band, %d replications)\n",
      r.names[0].c_str(), r.names[0].c_str(), 100 * (1 - f.signif), r.bands.replications);
  Table it;
  it.headers = {"h"};
  for (const DriverFinding& fd : r.findings) it.headers.insert(it.headers.end(), {fd.name, "band"});
  for (int h = 0; h <= r.irf.steps; ++h) {
    std::vector<std::string> row = {std::to_string(h)};
    for (const DriverFinding& fd : r.findings) {
      const size_t hs = static_cast<size_t>(h);
      row.push_back(Num(r.irf.orth[hs](0, fd.candidate), 3));
      row.push_back(Num(r.bands.orth_lower[hs](0, fd.candidate), 3) + ".." +
                    Num(r.bands.orth_upper[hs](0, fd.candidate), 3));
    }
    it.rows.push_back(std::move(row));
  }
  it.Print(stdout);

  std::printf(
      "\nCross-correlations corr(%s[t+h], candidate[t]); h > 0: the candidate leads; "
      "white-noise band +/-%.2f\n",
      r.names[0].c_str(), r.ccf_band);
  Table ct;
  ct.headers = {"h"};
  for (const DriverFinding& fd : r.findings) ct.headers.push_back(fd.name);
  for (int h = -r.ccf_max_lag; h <= r.ccf_max_lag; ++h) {
    std::vector<std::string> row = {std::to_string(h)};
    for (const DriverFinding& fd : r.findings) {
      const double v =
          r.ccf[static_cast<size_t>(fd.candidate)][static_cast<size_t>(h + r.ccf_max_lag)];
      row.push_back(Num(v) + (std::fabs(v) > r.ccf_band ? "*" : " "));
    }
    ct.rows.push_back(std::move(row));
  }
  ct.Print(stdout);

  std::printf("\nFindings\n");
  for (const DriverFinding& fd : r.findings) {
    for (const std::string& s : fd.sentences) PrintParagraph(stdout, "- " + s);
  }
  std::printf("\nCaveats\n");
  for (const std::string& s : r.caveats) PrintParagraph(stdout, "- " + s);

  if (r.forecast) {
    std::printf("\nForecast of %s %s (%g%% bands, parameter uncertainty not included)",
                r.names[0].c_str(), o.measure.c_str(), 100 * (1 - f.signif));
    if (r.scenario) {
      std::printf("; scenario: %s %+g s.d. in each of the first %d %s", shock_name.c_str(),
                  shock->size, shock->periods, PeriodWord(ctx->period, shock->periods).c_str());
    }
    std::printf("\n");
    Table ft;
    ft.headers = {"period", "baseline", "band"};
    if (r.scenario) ft.headers.insert(ft.headers.end(), {"scenario", "band ", "difference"});
    for (int h = 0; h < r.forecast->steps; ++h) {
      std::vector<std::string> row = {
          future[static_cast<size_t>(h)], Num(r.forecast->point(h, 0)),
          Num(r.forecast->lower(h, 0)) + ".." + Num(r.forecast->upper(h, 0))};
      if (r.scenario) {
        row.push_back(Num(r.scenario->point(h, 0)));
        row.push_back(Num(r.scenario->lower(h, 0)) + ".." + Num(r.scenario->upper(h, 0)));
        row.push_back(Num(r.scenario->point(h, 0) - r.forecast->point(h, 0)));
      }
      ft.rows.push_back(std::move(row));
    }
    ft.Print(stdout);
    if (r.scenario) {
      double peak = 0;
      int at = 0;
      for (int h = 0; h < r.forecast->steps; ++h) {
        const double d = r.scenario->point(h, 0) - r.forecast->point(h, 0);
        if (std::fabs(d) > std::fabs(peak)) {
          peak = d;
          at = h;
        }
      }
      std::printf("\n");
      PrintParagraph(
          stdout,
          fmt::format(
              "Scenario: with {} {} by {} s.d. for {} {}, {} {} moves by at most {} (in {}), "
              "against "
              "a forecast band half-width of {} there; the shift is the VAR's average response and "
              "inherits all its caveats.",
              shock_name, shock->size >= 0 ? "up" : "down", std::fabs(shock->size), shock->periods,
              PeriodWord(ctx->period, shock->periods), r.names[0], o.measure, Num(peak),
              future[static_cast<size_t>(at)],
              Fixed((r.forecast->upper(at, 0) - r.forecast->lower(at, 0)) / 2)));
    }
  }
  return kExitOk;
}

}  // namespace
}  // namespace entente::cli
