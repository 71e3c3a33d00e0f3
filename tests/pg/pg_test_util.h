// Copyright 2026 The entente Authors. Apache-2.0.
//
// Shared pieces of the `pg` tests: the one server of the test binary, fresh databases, and
// running the entente CLI.
#ifndef ENTENTE_TESTS_PG_PG_TEST_UTIL_H_
#define ENTENTE_TESTS_PG_PG_TEST_UTIL_H_

#include <string>
#include <vector>

#include "pg_server.h"

namespace entente::testing {

// The server main() started.
PgTestServer& SharedServer();

// A new, empty database on the shared server; its URL.  Fails the current test (and returns "")
// when the database cannot be created.
std::string FreshDatabase();

// The result of running a command.
struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs the entente CLI with `args` and waits for it.
CommandResult RunEntente(const std::vector<std::string>& args);

// Starts the entente CLI without waiting; Wait() collects the result.
class Process {
 public:
  explicit Process(const std::vector<std::string>& args);
  CommandResult Wait();
  // Sends SIGKILL (a crash: no cleanup, no rollback but the server's); Wait() then reports
  // exit code 128 + 9.
  void Kill();
  // Whether the process has ended (without reaping it).
  bool Running() const;

 private:
  int pid_ = -1;
  std::string out_path_, err_path_;
};

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_PG_PG_TEST_UTIL_H_
