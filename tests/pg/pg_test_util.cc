// Copyright 2026 The entente Authors. Apache-2.0.
//
// Shared pieces of the `pg` tests (pg_test_util.h).  The CLI is run with fork/exec, its output
// captured in temporary files, so several ingests can run at the same time.
#include "pg_test_util.h"

#include <fcntl.h>
#include <signal.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace entente::testing {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

PgTestServer& SharedServer() {
  static PgTestServer server;
  return server;
}

std::string FreshDatabase() {
  static std::atomic<int> counter{0};
  std::string name = "t" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  std::string error;
  std::string url = SharedServer().CreateDatabase(name, &error);
  EXPECT_FALSE(url.empty()) << error;
  return url;
}

Process::Process(const std::vector<std::string>& args) {
  static std::atomic<int> counter{0};
  std::string base = (std::filesystem::temp_directory_path() /
                      ("entente_pg_cli_" + std::to_string(::getpid()) + "_" +
                       std::to_string(counter++)))
                         .string();
  out_path_ = base + ".out";
  err_path_ = base + ".err";
  std::vector<std::string> argv_strings = {ENTENTE_CLI};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  pid_ = ::fork();
  if (pid_ == 0) {
    int out = ::open(out_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = ::open(err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(out, 1);
    ::dup2(err, 2);
    std::vector<char*> argv;
    for (auto& s : argv_strings) argv.push_back(s.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
}

CommandResult Process::Wait() {
  CommandResult r;
  int status = 0;
  if (pid_ > 0 && ::waitpid(pid_, &status, 0) == pid_) {
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  r.out = Slurp(out_path_);
  r.err = Slurp(err_path_);
  std::error_code ec;
  std::filesystem::remove(out_path_, ec);
  std::filesystem::remove(err_path_, ec);
  return r;
}

void Process::Kill() {
  if (pid_ > 0) ::kill(pid_, SIGKILL);
}

bool Process::Running() const {
  if (pid_ <= 0) return false;
  siginfo_t info{};
  // WNOWAIT: look, but leave the child to be reaped by Wait().
  if (::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) != 0) return false;
  return info.si_pid == 0;
}

CommandResult RunEntente(const std::vector<std::string>& args) { return Process(args).Wait(); }

}  // namespace entente::testing
