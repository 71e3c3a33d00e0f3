#!/usr/bin/env bash
# Installs every Debian 12 package that entente's build, tests and demo need.
# Idempotent: packages already installed are skipped and nothing is printed for them.
# Usage: scripts/setup-debian.sh [--with-fuzz]   (apt-get as root, or through sudo)
#   --with-fuzz: clang, libFuzzer and the sanitizer runtimes (scripts/fuzz.sh)
# Besides the build: PostgreSQL (tests start their own server), Chromium with its driver and
# Selenium (browser tests of the brief and the dashboard), Dask distributed and psycopg2 for
# Debian's /usr/bin/python3 (scripts/entente-dask and its tests).
set -euo pipefail

packages=(
  build-essential cmake pkg-config git python3
  libicu-dev libutf8proc-dev libgumbo-dev libsimdjson-dev nlohmann-json3-dev
  libcli11-dev libfmt-dev libspdlog-dev libhowardhinnant-date-dev
  libsqlite3-dev libpq-dev libpqxx-dev libcpp-httplib-dev zlib1g-dev postgresql
  libeigen3-dev libboost-math-dev libgtest-dev libgmock-dev libbenchmark-dev
  wordnet-base
  chromium chromium-driver python3-selenium python3-distributed python3-psycopg2
)
for arg in "$@"; do
  case "$arg" in
    --with-fuzz) packages+=(clang libclang-rt-14-dev llvm-14) ;;
    *) echo "setup-debian.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "entente setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
