// Copyright 2026 The entente Authors. Apache-2.0.
//
// Fuzz target: the CAMEO table reader (CameoTable::Parse).  A parse either fails with an error
// naming the file, or every row's code is well formed, its Goldstein value within -10..+10 and
// findable by its code.
#include <cmath>
#include <string>

#include "entente/cameo.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace entente;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto t = CameoTable::Parse(text, "fuzz.tsv");
  if (!t.ok()) {
    FUZZ_CHECK(t.status().message().find("fuzz.tsv") != std::string::npos);
    return 0;
  }
  for (const auto& [code, e] : t->entries()) {
    FUZZ_CHECK(!code.empty());
    FUZZ_CHECK(t->Find(code) == &e);
    FUZZ_CHECK(e.goldstein >= -10 && e.goldstein <= 10);  // NaN fails too
  }
  return 0;
}
