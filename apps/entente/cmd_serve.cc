// Copyright 2026 The entente Authors. Apache-2.0.
//
// `entente serve`: the JSON API and dashboard (entente/server.h) on 127.0.0.1:8080 by default.
// Parses flags, builds ApiService + HttpServer, prints the URL, logs one line per request to
// stderr and stops cleanly on SIGINT/SIGTERM (a thread waits for them with sigwait and calls
// Stop; the signals are blocked everywhere else).
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <mutex>
#include <thread>

#include "cli.h"
#include "entente/server.h"

namespace entente::cli {
namespace {

struct ServeFlags {
  std::string db = "sqlite:entente.db";
  std::string bind = "127.0.0.1";
  int port = 8080;
  int threads = 8;
  bool allow_ingest = false;
  bool quiet = false;
};

int RunServe(const ServeFlags& f) {
  // Block SIGINT/SIGTERM before any thread starts, so that only the waiter below receives them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  ServerOptions so;
  so.db = f.db;
  so.allow_ingest = f.allow_ingest;
  auto api = ApiService::Create(so);
  if (!api.ok()) {
    Error(f.db + ": " + api.status().ToString());
    return kExitError;
  }
  std::mutex log_mu;
  HttpOptions ho;
  ho.threads = f.threads;
  ho.max_body_bytes = so.max_ingest_bytes + 4096;
  if (!f.quiet) {
    ho.log = [&log_mu](const std::string& line) {
      std::lock_guard<std::mutex> lock(log_mu);
      std::fprintf(stderr, "%s\n", line.c_str());
    };
  }
  auto http = HttpServer::Create(api->get(), ho);
  if (!http.ok()) {
    Error(http.status().message());
    return kExitUsage;
  }
  Result<int> port = (*http)->Bind(f.bind, f.port);
  if (!port.ok()) {
    Error(port.status().message());
    return kExitError;
  }
  const bool v6 = f.bind.find(':') != std::string::npos;
  std::printf("entente serve: http://%s%s%s:%d/ (store %s, %s)\n", v6 ? "[" : "", f.bind.c_str(),
              v6 ? "]" : "", *port, f.db.c_str(), f.allow_ingest ? "ingest allowed" : "read-only");
  std::fflush(stdout);

  HttpServer* server = http->get();
  std::thread waiter([&stop_signals, server] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    server->Stop();
  });
  Status st = server->Listen();
  // Wake the waiter if Listen ended by itself (it is blocked in sigwait otherwise).
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!st.ok()) {
    Error(st.message());
    return kExitError;
  }
  if (!f.quiet) std::fprintf(stderr, "entente serve: stopped\n");
  return kExitOk;
}

}  // namespace

void RegisterServe(CLI::App& app, int* exit_code) {
  auto f = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "A JSON API and a dashboard over a store: events, dyad series, triangles, drivers.\n"
      "Read-only unless --allow-ingest; binds 127.0.0.1 (this machine only) unless --bind.\n"
      "Example: entente serve --db sqlite:entente.db --port 8080, then open http://127.0.0.1:8080/");
  cmd->add_option("--db", f->db, "store URL (default sqlite:entente.db)");
  cmd->add_option("--port", f->port, "TCP port (default 8080; 0 = any free port)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", f->bind,
                  "address to listen on (default 127.0.0.1; 0.0.0.0 exposes the server to the "
                  "network)");
  cmd->add_option("--threads", f->threads, "worker threads (default 8)")->check(CLI::Range(1, 256));
  cmd->add_flag("--allow-ingest", f->allow_ingest,
                "accept POST /api/ingest (JSONL documents, coded with the bundled dictionaries)");
  cmd->add_flag("-q,--quiet", f->quiet, "no request log on stderr");
  cmd->callback([f, exit_code] { *exit_code = RunServe(*f); });
}

}  // namespace entente::cli
