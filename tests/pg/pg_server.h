// Copyright 2026 The entente Authors. Apache-2.0.
//
// A throwaway PostgreSQL server for tests: initdb into a temporary directory, start it on a free
// loopback port with pg_ctl, create databases on demand, stop it and remove everything at the
// end.  The server binaries come from $ENTENTE_PG_BIN or the newest /usr/lib/postgresql/*/bin.
// PostgreSQL refuses to run as root, so when the tests run as root the server runs as the
// `postgres` system user (via runuser) in a directory handed over to it.
//
// Ownership: the object owns the server process and the directory; the destructor stops and
// removes them.  Thread-safety: CreateDatabase may be called from one thread at a time.
// Failures: Available() says why a server cannot be had (binaries missing, no unprivileged user);
// Start() returns false with the reason and the server log.
#ifndef ENTENTE_TESTS_PG_PG_SERVER_H_
#define ENTENTE_TESTS_PG_PG_SERVER_H_

#include <string>

namespace entente::testing {

class PgTestServer {
 public:
  PgTestServer() = default;
  ~PgTestServer();
  PgTestServer(const PgTestServer&) = delete;
  PgTestServer& operator=(const PgTestServer&) = delete;

  // Whether a server can be started here; `why` says why not.
  static bool Available(std::string* why);

  // initdb + start.  False with *error set (including the server log) on failure.
  bool Start(std::string* error);
  void Stop();

  // Creates database `name` and returns its URL ("postgresql://entente@127.0.0.1:PORT/name").
  // Empty on failure (*error set).
  std::string CreateDatabase(const std::string& name, std::string* error);
  // Runs SQL through psql on database `name`; false with *error set when psql fails.
  bool Psql(const std::string& name, const std::string& sql, std::string* error,
            std::string* output = nullptr);

  int port() const { return port_; }
  std::string Url(const std::string& database) const;

 private:
  // Runs a server binary (as the server user when root); output goes to `log`.
  int RunServerTool(const std::string& command) const;

  std::string bin_;
  std::string dir_;
  std::string runas_;  // "runuser -u postgres -- " when root
  int port_ = 0;
  bool running_ = false;
};

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_PG_PG_SERVER_H_
