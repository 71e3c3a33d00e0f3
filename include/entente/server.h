// Copyright 2026 The entente Authors. Apache-2.0.
//
// server: the JSON API and dashboard behind `entente serve`, in two layers.
//
// ApiService answers one request at a time as a pure function of the request and the store:
// ApiRequest (method, path, query parameters, body) in, ApiResponse (status, content type, body)
// out, so every endpoint is testable without sockets.  HttpServer is the thin HTTP/1.1 shell over
// it (cpp-httplib: a thread pool, TCP_NODELAY, read/write timeouts, a request size limit).
//
//   ServerOptions o;  o.db = "sqlite:events.db";
//   Result<std::unique_ptr<ApiService>> api = ApiService::Create(o);
//   ApiResponse r = (*api)->Handle({.method = "GET", .path = "/api/dyad",
//                                   .params = {{"dyad", "CHN-RUS"}, {"by", "quarter"}}});
//
//   Result<std::unique_ptr<HttpServer>> http = HttpServer::Create(api->get(), {});
//   Result<int> port = (*http)->Bind("127.0.0.1", 8080);
//   (*http)->Listen();        // blocks until Stop() is called from another thread
//
// Endpoints (docs/server.md has every parameter, limit and an example):
//   GET  /api/events      events with their sentences and documents, filtered and paged
//   GET  /api/dyad        a dyad's series per period (the JSON of `entente dyad --format json`)
//   GET  /api/triangle    a strategic triangle per period (as `entente triangle --format json`)
//   GET  /api/drivers     what drives a dyad (as `entente drivers --format json`)
//   GET  /api/dyads       the store's most frequent dyads (suggestions for the dashboard)
//   GET  /api/status      store counts, ingest runs, schema version, backend
//   GET  /api/dictionary  the loaded dictionaries (fingerprint, sizes) and those the store used
//   POST /api/ingest      JSONL documents in the body, coded and stored (only with allow_ingest)
//   GET  /healthz, GET /  (the dashboard), /dashboard.js, /dashboard.css
// Errors are JSON {"error": "<reason>", "param": "<parameter or empty>"} with 400 (a parameter
// is unknown, missing, malformed or out of range), 403 (ingest not allowed), 404, 405, 413 (body
// too large), 503 (the store cannot be opened) or 500 (an internal failure; never raw SQL text).
#ifndef ENTENTE_SERVER_H_
#define ENTENTE_SERVER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "entente/status.h"

namespace entente {

class DictionarySet;

struct ServerOptions {
  std::string db = "sqlite:entente.db";  // store URL; default sqlite:entente.db
  // POST /api/ingest codes and stores documents; without it the endpoint answers 403 and the
  // store is opened read-only.  Default false.
  bool allow_ingest = false;
  // Load the bundled dictionaries at Create (for /api/dictionary and ingest).  Default true;
  // when false, /api/dictionary reports only what the store's runs recorded and ingest is 503.
  bool load_dictionaries = true;
  size_t max_ingest_bytes = size_t{8} << 20;  // largest POST /api/ingest body; default 8 MiB
  int64_t default_limit = 50;       // /api/events page size when none is given; default 50
  int64_t max_limit = 1000;         // largest /api/events limit; larger is a 400; default 1000
  int max_periods = 5000;           // largest number of periods in one series; default 5000
  int default_replications = 200;   // /api/drivers bootstrap replications; default 200
  int max_replications = 2000;      // larger is a 400; default 2000
  int max_candidates = 8;           // /api/drivers candidate dyads; default 8
  int64_t max_text_scan = 200000;   // /api/events?q=: events scanned at most; default 200,000
};

// One request, as the HTTP layer (or a test) hands it over.
struct ApiRequest {
  std::string method = "GET";  // "GET", "POST", ...
  std::string path = "/";      // without the query string
  // Query parameters in order; a name given twice is a 400.
  std::vector<std::pair<std::string, std::string>> params;
  std::string body;            // POST body
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  // For the server log only, never sent: what went wrong inside (a store error's text).
  std::string log_detail;
};

// ApiService: the endpoints.
//
// Ownership: owns a small pool of read-only store connections (one per concurrent request, opened
// on demand and reused), one writable connection for ingest, and the dictionaries.
// Thread-safety: Handle() may be called from any number of threads at once; each call uses its own
// store connection (ingests are serialised).  Failure modes: Create returns IOError/NotFound/
// Unsupported when the store cannot be opened, or the dictionaries' error; Handle never fails —
// every problem is an error response.
class ApiService {
 public:
  static Result<std::unique_ptr<ApiService>> Create(const ServerOptions& options);
  ~ApiService();
  ApiService(const ApiService&) = delete;
  ApiService& operator=(const ApiService&) = delete;

  ApiResponse Handle(const ApiRequest& request);

  const ServerOptions& options() const;

  struct Impl;

 private:
  explicit ApiService(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct HttpOptions {
  int threads = 8;                    // worker threads; default 8
  int read_timeout_s = 10;            // per request read; default 10 s
  int write_timeout_s = 10;           // per response write; default 10 s
  int keep_alive_timeout_s = 5;       // idle keep-alive connection; default 5 s
  size_t max_body_bytes = (size_t{8} << 20) + 4096;  // larger requests get 413; default ~8 MiB
  // Called once per request after the response is sent: "GET /api/dyad 200 3.1 ms".  Default:
  // none.  Called from worker threads, concurrently.
  std::function<void(const std::string& line)> log;
};

// HttpServer: HTTP/1.1 on one address.
//
// Ownership: does not own the ApiService, which must outlive it.  Thread-safety: Bind and Listen
// from one thread; Stop from any thread (also while Listen runs); Listen returns after Stop.
// Failure modes: Bind returns IOError when the address cannot be bound; Listen returns IOError
// when the server stops on its own.
class HttpServer {
 public:
  static Result<std::unique_ptr<HttpServer>> Create(ApiService* api, const HttpOptions& options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds host:port (port 0: any free port); returns the bound port.
  Result<int> Bind(const std::string& host, int port);
  // Serves until Stop().
  Status Listen();
  void Stop();

  struct Impl;

 private:
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace entente

#endif  // ENTENTE_SERVER_H_
