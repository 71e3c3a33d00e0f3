#!/usr/bin/env bash
# Builds the fuzz targets (fuzz/) with clang, libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer in ./build-fuzz, then fuzzes each target for SECONDS (default 60),
# starting from its seeds in fuzz/corpus/<target>, as many at a time as there are cores.
# New inputs stay in build-fuzz/fuzz/work/<target>; a crash is saved as
# build-fuzz/fuzz/artifacts/<target>/crash-<sha1> and makes the script exit 1.  A crash, once
# fixed, becomes a regression input: copy it to tests/regress/<target>/<issue-name> (fuzz/README.md).
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 300 html_reader coder
# Targets: html_reader jsonl_reader dict_verbs dict_actors dict_agents dict_discards dict_issues
#          cameo_table analyzer coder
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${ENTENTE_JOBS:-$(nproc)}"  # parallel compiles and tests; ENTENTE_JOBS=1 on a shared machine
seconds="${1:-60}"
[[ $# -gt 0 ]] && shift
all=(html_reader jsonl_reader dict_verbs dict_actors dict_agents dict_discards dict_issues cameo_table analyzer coder)
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all[@]}")

bash scripts/setup-debian.sh --with-fuzz
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DENTENTE_FUZZ=ON -DENTENTE_SANITIZE=ON -DENTENTE_BUILD_BENCH=OFF -DENTENTE_WITH_POSTGRES=OFF \
  -DENTENTE_FUZZ_SECONDS="$seconds" \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined" >/dev/null
exes=()
for t in "${targets[@]}"; do exes+=("entente_fuzz_$t"); done
cmake --build build-fuzz -j"$jobs" --target "${exes[@]}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
regex="^fuzz\\.($(IFS='|'; echo "${targets[*]}"))\$"
status=0
ctest --test-dir build-fuzz -R "$regex" -j"$jobs" --output-on-failure || status=$?

# One line per target from libFuzzer's final statistics.
log=build-fuzz/Testing/Temporary/LastTest.log
if [[ -f "$log" ]]; then
  python3 - "$log" <<'PY'
import re, sys
text = open(sys.argv[1], errors="replace").read()
parts = re.split(r"\n\d+/\d+ Testing: (\S+)", text)
for name, block in zip(parts[1::2], parts[2::2]):
    execs = re.findall(r"stat::number_of_executed_units: (\d+)", block)
    cov = re.findall(r"cov: (\d+) ft: (\d+)", block)
    crash = "CRASH" if re.search(r"(==ERROR|deadly signal|invariant violated|Test unit written)", block) else "clean"
    print(f"{name:24s} {crash:6s} execs={execs[-1] if execs else '?':>9s} "
          f"cov={cov[-1][0] if cov else '?'} ft={cov[-1][1] if cov else '?'}")
PY
fi
exit "$status"
