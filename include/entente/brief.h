// Copyright 2026 The entente Authors. Apache-2.0.
//
// brief: a short analytical note on one relation, as one self-contained HTML file (`entente
// brief`).  CollectBrief reads everything the note needs from a store (through series_query.h:
// the A-B series with volume, the triangle with a third actor, the drivers run, key events with
// their sentences, provenance); RenderBriefHtml turns that plain data into HTML with inline CSS
// and SVG charts (no scripts, no external references; prints cleanly to A4 PDF).  The two steps
// are separate so that the rendering can be tested on hand-made data.
//
//   SeriesRequest sr{.db = "sqlite:demo.db", .by = "quarter", .from = "2014", .to = "2021"};
//   Result<SeriesContext> ctx = OpenSeriesContext(sr);
//   Result<BriefData> data = CollectBrief(*ctx, {.a = "CHN", .b = "RUS", .third = "USA"});
//   std::string html = RenderBriefHtml(*data);
//
// Candidate drivers (when BriefRequest::candidates is empty), each with the reason it was
// chosen: the third actor's relations with A and with B; then the EU and NATO with B and with A
// when the store holds at least `min_candidate_events` of their events in the period.  A
// candidate with too few events, or that would make the VAR too big for the number of periods,
// is left out, and the note says so.  When the drivers analysis cannot run (series too short or
// constant), the note still renders and says why in its drivers section.
//
// Thread-safety: CollectBrief uses the context's store (one context per thread);
// RenderBriefHtml and BriefHeadline are pure.  Failure modes: CollectBrief returns
// InvalidArgument for bad actors or options, and the store's errors; a drivers analysis that
// fails is not an error (BriefData::drivers_error).
#ifndef ENTENTE_BRIEF_H_
#define ENTENTE_BRIEF_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "entente/analysis.h"
#include "entente/cameo.h"
#include "entente/drivers.h"
#include "entente/series_query.h"
#include "entente/status.h"
#include "entente/store.h"

namespace entente {

struct BriefRequest {
  std::string a{}, b{};      // the relation's actors as written ("CHN", "RUS", "EU"); required
  std::string third{};       // optional third actor for the triangle and default candidates
  // Candidate driver dyads as written ("USA-RUS", "EU>RUS"); default empty: chosen as described
  // above.
  std::vector<std::string> candidates{};
  int64_t min_candidate_events = 10;  // default 10: fewer events never make a default candidate
  int max_candidates = 4;             // default 4
  DriversOptions drivers{};           // default DriversOptions{} (500 replications, AIC, 5%);
                                      // period/measure are set from the context
  TriangleOptions triangle{};         // default threshold 0.5 (on the mean Goldstein score)
  int64_t triangle_min_events = 1;    // default 1: a side with fewer events in a period is 0
  int max_key_events = 12;            // default 12
  // CAMEO table for code labels; default nullptr: labels of the CAMEO roots built in.
  const CameoTable* cameo = nullptr;
  std::string store_label{}; // how the store is named in the provenance; default "" (not shown)
  std::string generated_at{};// "2026-01-31 12:00 UTC"; default "": the current UTC time
};

struct BriefCandidate {
  NamedDyad dyad;
  std::string reason;       // "USA's relation with RUS (the third actor)"
  int64_t events = 0;       // events of the dyad in the period
};

struct BriefKeyEvent {
  StoredEvent stored;       // with sentence text and document title
  std::string category;     // "visit or meeting", "agreement", "sanctions", ...
  std::string code_label;   // "Make a visit" (from the CAMEO table) or the root's label
};

struct BriefProvenance {
  std::string store_label;
  std::string backend;                   // "sqlite" / "postgresql"
  StoreCounts counts;
  std::optional<Date> first_event, last_event;  // of the whole store (asserted)
  std::vector<std::string> dict_fingerprints;   // distinct, from the store's runs, in run order
  std::vector<std::string> coder_versions;      // distinct
  int64_t runs = 0;
  std::string entente_version;
  std::string generated_at;
};

struct BriefData {
  std::string a, b, third;               // as written
  std::string a_code, b_code, third_code;  // resolved (ResolveActor)
  Period period = Period::kQuarter;
  Date from, to;
  std::string period_reason;             // why this period (set by the caller; may be empty)
  // A-B, both directions, with each period's total volume (normalised values present).
  DyadSeries relation;
  std::optional<TriangleSeries> triangle;  // with a third actor
  double triangle_threshold = 0.5;
  // Drivers of A-B net cooperation.
  std::vector<BriefCandidate> candidates;
  std::vector<std::string> left_out;     // candidates considered and dropped, with the reason
  std::string drivers_measure = "net cooperation";  // what the drivers series measure
  std::optional<DriversRun> drivers;     // absent when the analysis could not run
  std::string drivers_error;             // why not ("" when it ran)
  double signif = 0.05;
  std::vector<BriefKeyEvent> key_events; // by date
  int64_t key_event_pool = 0;            // events of the key categories they were picked from
  BriefProvenance provenance;
};

// Collects the brief over ctx's period and range (ctx.measure and ctx.normalise apply to the
// drivers series; the triangle always uses the mean Goldstein score).
Result<BriefData> CollectBrief(SeriesContext& ctx, const BriefRequest& request);

// The default period for a brief over [from, to]: quarter when the range holds at least 16
// quarters (enough for a small VAR), else month.  `reason` (optional) gets a sentence why.
Period DefaultBriefPeriod(Date from, Date to, std::string* reason = nullptr);

// The headline: two to three plain sentences derived from the data (trend of net cooperation,
// the strongest driver finding with its p-value or an honest "no candidate ...").
std::vector<std::string> BriefHeadline(const BriefData& data);

// The whole note as one HTML document (UTF-8).
std::string RenderBriefHtml(const BriefData& data);

}  // namespace entente

#endif  // ENTENTE_BRIEF_H_
