// Copyright 2026 The entente Authors. Apache-2.0.
//
// HttpServer (entente/server.h): the HTTP/1.1 shell over ApiService, on cpp-httplib.  Every
// method and path goes to ApiService::Handle as an ApiRequest; the response comes back as is.
// Here only transport concerns: a fixed thread pool, TCP_NODELAY (without it small JSON
// responses wait for delayed ACKs: ~40 ms each), read/write/keep-alive timeouts, a request size
// limit (413 as JSON), and one log line per request through HttpOptions::log.
#include <fmt/format.h>
#include <httplib.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "entente/server.h"

namespace entente {

struct HttpServer::Impl {
  ApiService* api = nullptr;
  HttpOptions options;
  httplib::Server server;
};

namespace {

thread_local std::chrono::steady_clock::time_point request_start;

void Send(const ApiResponse& a, httplib::Response& res) {
  res.status = a.status;
  res.set_content(a.body, a.content_type.c_str());
  res.set_header("Cache-Control", "no-store");
  res.set_header("X-Content-Type-Options", "nosniff");
}

}  // namespace

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpServer::~HttpServer() { Stop(); }

Result<std::unique_ptr<HttpServer>> HttpServer::Create(ApiService* api,
                                                       const HttpOptions& options) {
  if (!api) return Status::InvalidArgument("no ApiService");
  if (options.threads < 1 || options.threads > 1024) {
    return Status::InvalidArgument("threads: from 1 to 1024");
  }
  auto impl = std::make_unique<Impl>();
  impl->api = api;
  impl->options = options;
  httplib::Server& s = impl->server;
  const int threads = options.threads;
  s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  s.set_tcp_nodelay(true);
  s.set_read_timeout(options.read_timeout_s, 0);
  s.set_write_timeout(options.write_timeout_s, 0);
  s.set_keep_alive_timeout(options.keep_alive_timeout_s);
  s.set_payload_max_length(options.max_body_bytes);

  Impl* self = impl.get();
  auto handle = [self](const httplib::Request& req, httplib::Response& res) {
    ApiRequest a;
    a.method = req.method;
    a.path = req.path;
    for (const auto& [k, v] : req.params) a.params.emplace_back(k, v);
    a.body = req.body;
    ApiResponse r = self->api->Handle(a);
    if (req.method == "HEAD") r.body.clear();
    Send(r, res);
    if (!r.log_detail.empty() && self->options.log) {
      self->options.log(fmt::format("{} {}: {}", req.method, req.path, r.log_detail));
    }
  };
  s.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    request_start = std::chrono::steady_clock::now();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  s.Get(".*", handle);
  s.Post(".*", handle);
  s.Put(".*", handle);
  s.Delete(".*", handle);
  s.Patch(".*", handle);
  s.Options(".*", handle);
  // Errors cpp-httplib produces itself (413 payload too large, 400 bad request line): JSON too.
  s.set_error_handler(httplib::Server::Handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string reason = "bad request";
    if (res.status == 413) {
      reason =
          "request too large: bodies up to 8 MiB; form-encoded bodies (curl's default content "
          "type) up to 8 KB, so send JSONL as Content-Type: application/x-ndjson";
    }
    if (res.status == 414) reason = "request line too long";
    if (res.status >= 500) reason = "internal error";
    res.set_content(nlohmann::json({{"error", reason}, {"param", ""}}).dump(),
                    "application/json");
  }));
  s.set_logger([self](const httplib::Request& req, const httplib::Response& res) {
    if (!self->options.log) return;
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - request_start)
            .count();
    self->options.log(fmt::format("{} {} {} {:.1f} ms", req.method, req.path, res.status, ms));
  });
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

Result<int> HttpServer::Bind(const std::string& host, int port) {
  if (port < 0 || port > 65535) return Status::InvalidArgument("port: from 0 to 65535");
  int bound = -1;
  try {
    bound = port == 0 ? impl_->server.bind_to_any_port(host.c_str())
                      : (impl_->server.bind_to_port(host.c_str(), port) ? port : -1);
  } catch (const std::exception& e) {
    return Status::IOError(fmt::format("{}:{}: {}", host, port, e.what()));
  }
  if (bound < 0) {
    return Status::IOError(fmt::format("cannot listen on {}:{} (in use, or not an address here)",
                                       host, port));
  }
  return bound;
}

Status HttpServer::Listen() {
  bool ok = false;
  try {
    ok = impl_->server.listen_after_bind();
  } catch (const std::exception& e) {
    return Status::IOError(std::string("server: ") + e.what());
  }
  // listen_after_bind returns false after stop() too; that is a clean end.
  (void)ok;
  return Status::OK();
}

void HttpServer::Stop() {
  if (impl_) impl_->server.stop();
}

}  // namespace entente
