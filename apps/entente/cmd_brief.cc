// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente brief A B [--third C] -o brief.html [--pdf brief.pdf]`: a short analytical note on
// one relation as a self-contained HTML file (entente/brief.h does the work), optionally printed
// to PDF by headless Chromium.  Parses flags, picks the default period, writes the files.
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

#include "cli.h"
#include "entente/brief.h"
#include "entente/dict.h"
#include "entente/series_query.h"

extern char** environ;

namespace entente::cli {
namespace {

struct BriefFlags {
  std::vector<std::string> actors;
  std::string third;
  std::string db = "sqlite:entente.db";
  std::string by = "auto";
  std::string from, to;
  std::string output;
  std::string pdf;
  std::vector<std::string> candidates;
  bool normalise = false;
  int replications = 500;
  uint64_t seed = 1;
  int key_events = 12;
  std::string chromium;
};

int RunBrief(const BriefFlags& f);

}  // namespace

void RegisterBrief(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<BriefFlags>();
  CLI::App* cmd = app.add_subcommand(
      "brief",
      "A short analytical note on one relation, as one self-contained HTML file (inline charts,\n"
      "no scripts, no network) that prints cleanly to PDF:\n"
      "  - a headline finding in plain words (trend of net cooperation, strongest driver);\n"
      "  - cooperation and conflict over time, raw and per 100 events of the corpus;\n"
      "  - with --third, Dittmer's strategic triangle per period (type timeline, spells);\n"
      "  - what drives it: a VAR with Granger tests both ways and impulse responses with\n"
      "    bootstrap bands against candidate relations (default: the third actor's relations\n"
      "    with A and B, then EU/NATO with B and A when the store has >= 10 of their events);\n"
      "  - caveats, key events (visits, agreements, aid, sanctions, threats, force) with their\n"
      "    sentences and documents, and the data's provenance (store, dictionary fingerprint).\n"
      "Period: by default quarter when the range holds >= 16 quarters (enough for a VAR and a\n"
      "few events per point), else month.\n"
      "Example:\n"
      "  entente ingest --db sqlite:demo.db data/samples/demo_corpus.jsonl\n"
      "  entente brief CHN RUS --third USA --db sqlite:demo.db -o brief.html --pdf brief.pdf");
  cmd->add_option("actors", f->actors, "the relation's two actors, e.g. CHN RUS (EU, NATO, UN ok)")
      ->required()
      ->expected(2);
  cmd->add_option("--third", f->third, "a third actor: triangle and default candidates");
  cmd->add_option("-o,--output", f->output, "HTML file to write")->required();
  cmd->add_option("--pdf", f->pdf,
                  "also print the brief to this PDF with headless Chromium (Debian: apt install "
                  "chromium)");
  cmd->add_option("--db", f->db, "store URL (default sqlite:entente.db)");
  cmd->add_option("--by", f->by,
                  "period: auto (default: quarter if the range holds >= 16 quarters, else "
                  "month), day, week, month, quarter or year")
      ->check(CLI::IsMember({"auto", "day", "week", "month", "quarter", "year"}));
  cmd->add_option("--from", f->from,
                  "first period: 2014, 2014-Q2, 2014-01 or 2014-01-15 (default: first event)");
  cmd->add_option("--to", f->to, "last period, same forms (default: last event)");
  cmd->add_option("--candidates", f->candidates,
                  "comma-separated candidate dyads instead of the default choice, e.g. "
                  "USA-RUS,EU-RUS")
      ->delimiter(',');
  cmd->add_flag("--normalise,--normalize", f->normalise,
                "drivers on net cooperation per corpus event (default: raw net cooperation)");
  cmd->add_option("--replications", f->replications, "bootstrap replications (default 500)")
      ->check(CLI::Range(10, 100000));
  cmd->add_option("--seed", f->seed, "bootstrap seed (default 1)");
  cmd->add_option("--key-events", f->key_events, "how many key events to show (default 12)")
      ->check(CLI::Range(0, 100));
  cmd->add_option("--chromium", f->chromium,
                  "Chromium binary for --pdf (default: chromium or chromium-browser on PATH)");
  cmd->callback([f, exit_code] { *exit_code = RunBrief(*f); });
}

namespace {

std::string FindChromium(const std::string& asked) {
  if (!asked.empty()) return access(asked.c_str(), X_OK) == 0 ? asked : "";
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    size_t start = 0;
    while (start <= dirs.size()) {
      size_t end = dirs.find(':', start);
      if (end == std::string::npos) end = dirs.size();
      std::string candidate = dirs.substr(start, end - start) + "/" + name;
      if (end > start && access(candidate.c_str(), X_OK) == 0) return candidate;
      start = end + 1;
    }
  }
  return "";
}

std::string FileUrl(const std::string& path) {
  std::string url = "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      url += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      url += buf;
    }
  }
  return url;
}

// Runs Chromium headless to print `html` into `pdf`.  Its chatter goes to a log shown only on
// failure.
Status PrintPdf(const std::string& chromium, const std::string& html, const std::string& pdf) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const std::string abs_html = fs::absolute(html, ec).string();
  const std::string abs_pdf = fs::absolute(pdf, ec).string();
  fs::remove(abs_pdf, ec);
  char log_template[] = "/tmp/entente-chromium-XXXXXX";
  const int log_fd = mkstemp(log_template);
  std::vector<std::string> args = {chromium,
                                   "--headless",
                                   "--no-sandbox",
                                   "--disable-gpu",
                                   "--no-pdf-header-footer",
                                   "--print-to-pdf-no-header",
                                   "--print-to-pdf=" + abs_pdf,
                                   FileUrl(abs_html)};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  if (log_fd >= 0) {
    posix_spawn_file_actions_adddup2(&fa, log_fd, 1);
    posix_spawn_file_actions_adddup2(&fa, log_fd, 2);
  }
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, chromium.c_str(), &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (log_fd >= 0) close(log_fd);
  auto log_text = [&] {
    std::ifstream in(log_template);
    std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::remove(log_template);
    if (s.size() > 2000) s = s.substr(s.size() - 2000);
    return s;
  };
  if (rc != 0) {
    log_text();
    return Status::IOError("cannot start " + chromium + ": " + std::strerror(rc));
  }
  int status = 0;
  waitpid(pid, &status, 0);
  const std::string log = log_text();
  struct stat st {};
  if (stat(abs_pdf.c_str(), &st) != 0 || st.st_size == 0) {
    return Status::IOError(chromium + " wrote no PDF (exit " +
                           std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) +
                           "); its output:\n" + log);
  }
  return Status::OK();
}

int RunBrief(const BriefFlags& f) {
  std::string chromium;
  if (!f.pdf.empty()) {
    chromium = FindChromium(f.chromium);
    if (chromium.empty()) {
      Error(f.chromium.empty()
                ? "--pdf needs Chromium: none found on PATH (chromium, chromium-browser); "
                  "install it (Debian: apt install chromium) or pass --chromium PATH"
                : "--chromium " + f.chromium + " is not an executable file");
      return kExitUsage;
    }
  }
  SeriesRequest sr;
  sr.db = f.db;
  sr.by = f.by == "auto" ? "quarter" : f.by;
  sr.from = f.from;
  sr.to = f.to;
  sr.normalise = f.normalise;
  Result<SeriesContext> ctx = OpenSeriesContext(sr);
  if (!ctx.ok()) {
    Error(ctx.status().message());
    return ctx.status().code() == ErrorCode::kInvalidArgument ? kExitUsage : kExitError;
  }
  std::string period_reason;
  if (f.by == "auto") {
    ctx->period = DefaultBriefPeriod(ctx->from, ctx->to, &period_reason);
  } else {
    period_reason = "as asked (--by " + f.by + ")";
  }
  BriefRequest req;
  req.a = f.actors[0];
  req.b = f.actors[1];
  req.third = f.third;
  req.candidates = f.candidates;
  req.drivers.replications = f.replications;
  req.drivers.seed = f.seed;
  req.max_key_events = f.key_events;
  req.store_label = f.db;
  auto table =
      CameoTable::LoadFile(DictionarySet::DefaultBundledDir() + "/cameo/cameo_codes.tsv");
  if (table.ok()) req.cameo = &*table;
  Result<BriefData> data = CollectBrief(*ctx, req);
  if (!data.ok()) {
    Error(data.status().message());
    return data.status().code() == ErrorCode::kInvalidArgument ? kExitUsage : kExitError;
  }
  data->period_reason = period_reason;
  if (!data->drivers_error.empty()) Warn("drivers: " + data->drivers_error);
  const std::string html = RenderBriefHtml(*data);
  {
    std::ofstream out(f.output, std::ios::binary | std::ios::trunc);
    out << html;
    out.close();
    if (!out) {
      Error("cannot write " + f.output);
      return kExitError;
    }
  }
  std::fprintf(stderr, "entente: wrote %s (%zu bytes)\n", f.output.c_str(), html.size());
  if (!f.pdf.empty()) {
    Status s = PrintPdf(chromium, f.output, f.pdf);
    if (!s.ok()) {
      Error("--pdf: " + s.message());
      return kExitError;
    }
    std::fprintf(stderr, "entente: wrote %s\n", f.pdf.c_str());
  }
  return kExitOk;
}

}  // namespace
}  // namespace entente::cli
