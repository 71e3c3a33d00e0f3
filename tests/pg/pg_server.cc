// Copyright 2026 The entente Authors. Apache-2.0.
//
// PgTestServer (pg_server.h): a PostgreSQL server in a temporary directory for the `pg` tests.
// Durability is switched off (fsync, synchronous_commit, full_page_writes) because the data is
// thrown away; nothing else differs from a normal server.
#include "pg_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace entente::testing {
namespace {

namespace fs = std::filesystem;

std::string FindBinDir() {
  if (const char* env = std::getenv("ENTENTE_PG_BIN")) return env;
  std::string best;
  int best_version = -1;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    int v = std::atoi(e.path().filename().c_str());
    fs::path bin = e.path() / "bin";
    if (v > best_version && fs::exists(bin / "initdb") && fs::exists(bin / "pg_ctl")) {
      best_version = v;
      best = bin.string();
    }
  }
  return best;
}

int FreePort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return 0;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  int port = 0;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  ::close(fd);
  return port;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

bool PgTestServer::Available(std::string* why) {
  std::string bin = FindBinDir();
  if (bin.empty() || !fs::exists(fs::path(bin) / "initdb")) {
    *why = "PostgreSQL server binaries not found (install postgresql, or set ENTENTE_PG_BIN)";
    return false;
  }
  if (::geteuid() == 0 && !::getpwnam("postgres")) {
    *why = "running as root and there is no 'postgres' user to run the server as";
    return false;
  }
  if (::geteuid() == 0 && std::system("command -v runuser >/dev/null 2>&1") != 0) {
    *why = "running as root and runuser is missing";
    return false;
  }
  return true;
}

PgTestServer::~PgTestServer() { Stop(); }

std::string PgTestServer::Url(const std::string& database) const {
  return "postgresql://entente@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

int PgTestServer::RunServerTool(const std::string& command) const {
  std::string cmd = runas_ + command + " >>" + dir_ + "/tools.log 2>&1";
  return std::system(cmd.c_str());
}

bool PgTestServer::Start(std::string* error) {
  std::string why;
  if (!Available(&why)) {
    *error = why;
    return false;
  }
  bin_ = FindBinDir();
  char tmpl[] = "/tmp/entente_pg_XXXXXX";
  if (!::mkdtemp(tmpl)) {
    *error = "mkdtemp failed";
    return false;
  }
  dir_ = tmpl;
  fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                            fs::perms::others_read | fs::perms::others_exec);
  if (::geteuid() == 0) {
    runas_ = "runuser -u postgres -- ";
    std::string chown = "chown postgres: " + dir_;
    if (std::system(chown.c_str()) != 0) {
      *error = "cannot hand " + dir_ + " to the postgres user";
      return false;
    }
  }
  if (RunServerTool(bin_ + "/initdb -D " + dir_ + "/data -U entente --auth=trust -E UTF8 "
                    "--locale=C.UTF-8 --no-sync") != 0) {
    *error = "initdb failed:\n" + ReadFile(dir_ + "/tools.log");
    return false;
  }
  for (int attempt = 0; attempt < 3 && !running_; ++attempt) {
    port_ = FreePort();
    std::string options = "-p " + std::to_string(port_) +
                          " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir_ +
                          " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                          " -c max_connections=60 -c shared_buffers=32MB";
    if (RunServerTool(bin_ + "/pg_ctl -D " + dir_ + "/data -l " + dir_ + "/server.log -w -t 60 "
                      "-o \"" + options + "\" start") == 0) {
      running_ = true;
    }
  }
  if (!running_) {
    *error = "pg_ctl start failed:\n" + ReadFile(dir_ + "/tools.log") + "\n" +
             ReadFile(dir_ + "/server.log");
    return false;
  }
  return true;
}

void PgTestServer::Stop() {
  if (running_) {
    RunServerTool(bin_ + "/pg_ctl -D " + dir_ + "/data -m immediate -w stop");
    running_ = false;
  }
  if (!dir_.empty() && std::getenv("ENTENTE_PG_KEEP") == nullptr) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
    dir_.clear();
  }
}

bool PgTestServer::Psql(const std::string& name, const std::string& sql, std::string* error,
                        std::string* output) {
  std::string sql_file = dir_ + "/psql_input.sql";
  std::string out_file = dir_ + "/psql_output.txt";
  {
    std::ofstream f(sql_file);
    f << sql << "\n";
  }
  std::string cmd = bin_ + "/psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p " +
                    std::to_string(port_) + " -U entente -d " + name + " -f " + sql_file + " >" +
                    out_file + " 2>&1";
  int rc = std::system(cmd.c_str());
  std::string out = ReadFile(out_file);
  if (output) *output = out;
  if (rc != 0) {
    *error = "psql failed: " + out;
    return false;
  }
  return true;
}

std::string PgTestServer::CreateDatabase(const std::string& name, std::string* error) {
  if (!Psql("postgres", "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'",
            error)) {
    return "";
  }
  return Url(name);
}

}  // namespace entente::testing
