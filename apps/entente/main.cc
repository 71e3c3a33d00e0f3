// Copyright 2026 The entente Authors. Apache-2.0.
//
// entente CLI entry point: dispatches subcommands.
#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  CLI::App app{"entente: news in, coded political events out"};
  app.require_subcommand(1);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
