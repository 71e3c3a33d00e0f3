// Copyright 2026 The entente Authors. Apache-2.0.
//
// Entry point of the `pg` test binary: starts one throwaway PostgreSQL server (pg_server.h) for
// all tests, runs them, stops it.  Exits 77 (ctest's "skipped") when no server can be had here.
#include <gtest/gtest.h>

#include <cstdio>

#include "pg_test_util.h"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  std::string why;
  if (!entente::testing::PgTestServer::Available(&why)) {
    std::printf("SKIPPED: %s\n", why.c_str());
    return 77;
  }
  std::string error;
  if (!entente::testing::SharedServer().Start(&error)) {
    std::printf("FAILED to start PostgreSQL: %s\n", error.c_str());
    return 1;
  }
  int rc = RUN_ALL_TESTS();
  entente::testing::SharedServer().Stop();
  return rc;
}
