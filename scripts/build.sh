#!/usr/bin/env bash
# Configures and builds entente into ./build (Release with debug info).  Installs missing Debian
# packages first (scripts/setup-debian.sh).  Extra arguments go to CMake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build build -j"$(nproc)"
