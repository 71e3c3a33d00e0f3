#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer + UndefinedBehaviorSanitizer
# (-DENTENTE_SANITIZE=ON) in ./build-asan and runs it with ctest.  Any sanitizer report fails
# the test that triggered it (halt_on_error, leak detection on).  Benchmarks are left out;
# fuzz targets run their seeds and regressions (fuzz_replay.*).
# Usage: scripts/sanitize.sh [CTEST ARGS...]      e.g. scripts/sanitize.sh -L fast
# Compiler: $CXX if set, else the system default (gcc); CC=clang CXX=clang++ works too.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DENTENTE_SANITIZE=ON \
  -DENTENTE_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$(nproc)"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" --timeout 1800 "$@"
