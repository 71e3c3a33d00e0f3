#!/usr/bin/env bash
# Builds entente with its tests and runs the whole test suite (ctest).  Tests that need ../shared
# skip themselves when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
