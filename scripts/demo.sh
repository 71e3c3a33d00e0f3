#!/usr/bin/env bash
# The main job on the bundled demo corpus: install, build the entente binary, ingest
# data/samples/demo_corpus.jsonl into sqlite:entente.db with the bundled dictionaries, print a
# summary, and write the China-Russia brief (with the US as third actor) to brief.html.
# Running it again adds nothing to the store (ingest is idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
echo "entente: building (a few minutes the first time)..." >&2
cmake --build build --target entente_cli -j"$(nproc)" >/dev/null
./build/entente ingest --db sqlite:entente.db data/samples/demo_corpus.jsonl
./build/entente summary --db sqlite:entente.db
./build/entente brief CHN RUS --third USA --db sqlite:entente.db -o brief.html
echo "entente: open brief.html in a browser (or: ./build/entente serve --db sqlite:entente.db)" >&2
