#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer + UndefinedBehaviorSanitizer
# (-DENTENTE_SANITIZE=ON) in ./build-asan and runs it with ctest.  Benchmarks are left out;
# fuzz targets run their seeds and regressions (fuzz_replay.*).
# Usage: scripts/sanitize.sh [CTEST ARGS...]      e.g. scripts/sanitize.sh -L fast
# Compiler: $CXX if set, else the system default (gcc); CC=clang CXX=clang++ works too.
# ENTENTE_JOBS: parallel compiles and tests (default: nproc; 1 on a shared machine).
#
# Optimisation: -O1 -g1 (not RelWithDebInfo's -O2 -g).  Measured with gcc 12 under ASan+UBSan:
# src/coder/coder.cc compiles in 58 s at -O2 -g, 33 s at -O1 -g and 17 s at -O1 -g1;
# src/store/store_test.cc in 189 s / 104 s at -O2 -g / -O1 -g.  -g1 keeps function names and
# file:line in every sanitizer stack trace, which is all a report needs.
#
# Reports: ASan and LSan reports are written to build-asan/sanitizer-reports/ (log_path) rather
# than stderr, because many checks run the CLI from Python and only look at its exit status, some
# only at `rc != 0`, which a sanitizer's exit would satisfy.  Every sanitizer exits 86.  With gcc,
# UBSan ignores log_path (its runtime is a separate library that still honours halt_on_error and
# exitcode): its reports go to stderr, so the script also fails on any "runtime error:" in
# ctest's log.  A UBSan report inside a Python check that swallows stderr and accepts any non-zero
# exit is only caught with clang (CC=clang CXX=clang++), whose single runtime logs it to the folder.
# After ctest, any report fails this script (exit 1) and is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${ENTENTE_JOBS:-$(nproc)}"
bash scripts/setup-debian.sh
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DENTENTE_SANITIZE=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DENTENTE_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan -j"$jobs"

reports="$PWD/build-asan/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1:exitcode=86:log_path=$reports/asan:log_exe_name=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:exitcode=86:log_path=$reports/ubsan:log_exe_name=1}"
status=0
ctest --test-dir build-asan --output-on-failure -j"$jobs" --timeout 1800 "$@" || status=$?

shopt -s nullglob
found=("$reports"/*)
log=build-asan/Testing/Temporary/LastTest.log
ub_lines=0
[[ -f "$log" ]] && ub_lines=$(grep -c ": runtime error: " "$log" || true)
if [[ ${#found[@]} -gt 0 || $ub_lines -gt 0 ]]; then
  for f in "${found[@]}"; do
    echo "==== sanitizer report $(basename "$f")"
    head -c 20000 "$f"
  done
  [[ $ub_lines -gt 0 ]] && grep -n -A12 ": runtime error: " "$log" | head -200
  echo "sanitize.sh: ${#found[@]} report file(s) in $reports, $ub_lines UBSan line(s) in $log" >&2
  exit 1
fi
exit "$status"
