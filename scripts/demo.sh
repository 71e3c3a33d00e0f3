#!/usr/bin/env bash
# The main job on the bundled demo corpus: install, build, ingest data/samples/demo_corpus.jsonl
# into sqlite:entente.db with the bundled dictionaries, and print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
./build/entente ingest --db sqlite:entente.db data/samples/demo_corpus.jsonl
./build/entente summary --db sqlite:entente.db
