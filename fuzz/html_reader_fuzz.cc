// Copyright 2026 The entente Authors. Apache-2.0.
//
// Fuzz target: the HTML reader (gumbo + article extraction + date/meta discovery + charset
// transcoding), through NewStringReader("page.html").  Invariants: reader_fuzz.inc.
#define ENTENTE_FUZZ_NAME "page.html"
#include "reader_fuzz.inc"
