// Copyright 2026 The entente Authors. Apache-2.0.
//
// Fuzz target: the whole coder (Coder::Code with the bundled dictionaries) on arbitrary text,
// and the JSON output of every event.  The first input byte picks the options (explain, dyads,
// new actors), the rest is the document text.  Checks: Code() succeeds on a dated document;
// events refer to sentences that exist, lie inside the text, carry a code and a status; every
// event prints as one line of valid JSON.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "entente/coder.h"
#include "entente/dict.h"
#include "entente/nlp.h"
#include "entente/report.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace entente;
  static const std::shared_ptr<const DictionarySet> dict = [] {
    auto d = DictionarySet::Load({});
    FUZZ_CHECK(d.ok());
    return *d;
  }();
  static const Analyzer* analyzer = [] {
    auto a = Analyzer::Create();
    FUZZ_CHECK(a.ok());
    return std::move(a).value().release();
  }();
  if (size == 0) return 0;
  CoderOptions o;
  o.explain = data[0] & 1;
  o.require_dyad = !(data[0] & 2);
  o.new_actor_length = (data[0] >> 2) & 3;
  Coder coder(*dict, *analyzer, o);
  Document doc;
  doc.id = "fuzz";
  doc.date = Date::FromDays(18000 + (data[0] >> 4) * 400);
  doc.text.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  Result<CodedDocument> r = coder.Code(doc);
  FUZZ_CHECK(r.ok());
  for (const SentenceSpan& s : r->sentences) FUZZ_CHECK(s.start <= s.end && s.end <= doc.text.size());
  for (const Event& e : r->events) {
    FUZZ_CHECK(e.sentence >= 0 && static_cast<size_t>(e.sentence) < r->sentences.size());
    FUZZ_CHECK(e.start <= e.end && e.end <= doc.text.size());
    FUZZ_CHECK(!e.code.empty());
    if (o.require_dyad && o.new_actor_length == 0) FUZZ_CHECK(!e.source.empty() && !e.target.empty());
    std::string line = EventToJsonLine(e);
    FUZZ_CHECK(line.find('\n') == std::string::npos);
    FUZZ_CHECK(nlohmann::json::accept(line));
  }
  return 0;
}
