// Copyright 2026 The entente Authors. Apache-2.0.
//
// Fuzz target: the JSONL reader (simdjson, dates, per-document config, text hygiene), through
// NewStringReader("in.jsonl").  Invariants: reader_fuzz.inc.
#define ENTENTE_FUZZ_NAME "in.jsonl"
#include "reader_fuzz.inc"
