// Copyright 2026 The entente Authors. Apache-2.0.
//
// analysis: pure functions over event series.  No database access, no I/O, no printing: callers
// read events (from the store, an import, a test) into plain EventPoint values and get plain
// structs back.
//
//   std::vector<EventPoint> points;                  // e.g. ToEventPoint(stored.event) per event
//   Result<DyadSeries> s = BuildDyadSeries(points, {.source = "USA", .target = "CHN"},
//                                          Period::kMonth, *Date::Parse("2018-01-01"),
//                                          *Date::Parse("2019-12-31"), {.normalise = true});
//   for (const DyadPoint& p : s->points) ... p.label ("2018-07"), p.count, p.net_cooperation ...
//
// Periods: day, ISO week (Monday to Sunday, labelled with the ISO week-year: 2019-12-30 is in
// "2020-W01"), calendar month ("2019-06"), quarter ("2019-Q2") and year ("2019").
//
// Actor matching is by prefix on the actor code: "RUS" matches "RUS", "RUSGOV", "RUSMIL"; "USA"
// matches "USAGOV".  An empty prefix matches every code, including an empty one.
//
// Thread-safety: every function here is pure and may run concurrently.
#ifndef ENTENTE_ANALYSIS_H_
#define ENTENTE_ANALYSIS_H_

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entente/cameo.h"
#include "entente/date.h"
#include "entente/event.h"
#include "entente/status.h"

namespace entente {

// A light event record: what the aggregate analyses need and nothing more.
struct EventPoint {
  Date date;
  std::string source;                  // actor codes ("RUSGOV"); "" for none
  std::string target;
  QuadClass quad = QuadClass::kNone;
  std::optional<double> goldstein;     // absent when the CAMEO table does not know the code
  EventStatus status = EventStatus::kAsserted;
};

EventPoint ToEventPoint(const Event& e);

// True when `code` starts with `prefix` ("RUSGOV" / "RUS").  An empty prefix matches anything.
bool ActorMatches(std::string_view code, std::string_view prefix);

// ---------------------------------------------------------------------------------------------
// Periods

enum class Period : uint8_t { kDay = 0, kWeek = 1, kMonth = 2, kQuarter = 3, kYear = 4 };

std::string_view PeriodName(Period p);                   // "day", "week", "month", ...
std::optional<Period> ParsePeriod(std::string_view name);  // inverse of PeriodName

// First day of the period that contains `d` (weeks start on Monday).
Date PeriodStart(Date d, Period p);
// Last day of the period that contains `d`.
Date PeriodEnd(Date d, Period p);
// First day of the period after the one that contains `d`.
Date NextPeriodStart(Date d, Period p);
// Label of the period that contains `d`: "2019-06-05", "2019-W23", "2019-06", "2019-Q2", "2019".
std::string PeriodLabel(Date d, Period p);

// ISO 8601 week date: the week (1..53) and the week-year it belongs to (the year of its Thursday).
struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek IsoWeekOf(Date d);

// ---------------------------------------------------------------------------------------------
// Dyad series

// Which events form the dyad.
struct DyadSpec {
  std::string source;     // actor prefix for the source side; default "" (any)
  std::string target;     // actor prefix for the target side; default "" (any)
  // true (default): only source -> target.  false: also target -> source (an event that matches
  // both directions is counted once).
  bool directed = true;
};

struct SeriesOptions {
  // Also compute each period's values divided by the period's total volume: the number of events
  // (all dyads, after the status filter) that fall into the period.  Default false.
  bool normalise = false;
  // Count only asserted events (in the dyad and in the total volume).  Default true.
  bool asserted_only = true;
};

// Index into quad-class arrays: 0 verbal cooperation, 1 material cooperation, 2 verbal conflict,
// 3 material conflict (QuadClass value minus one).
using QuadCounts = std::array<int64_t, 4>;

// A period's values divided by that period's total volume (all zero when the volume is zero).
struct NormalisedValues {
  double count = 0;
  std::array<double, 4> quad = {0, 0, 0, 0};
  double goldstein_sum = 0;
  double net_cooperation = 0;
  double net_cooperation_count = 0;
};

// One period of a dyad series.
//
// Net cooperation, in the spirit of Goldstein & Freeman (1990): cooperative events count
// positively and conflictual ones negatively, weighted by intensity.
//   net_cooperation       = cooperation_weight - conflict_weight
//                         = (sum of positive Goldstein values) - (sum of |negative| ones)
//                         = goldstein_sum
//   net_cooperation_count = (verbal + material cooperation events)
//                         - (verbal + material conflict events), by quad class, unweighted;
//                           useful when many codes lack a Goldstein value.
// Events without a Goldstein value count in `count` and `quad` but in none of the weights.
struct DyadPoint {
  Date start;                       // first day of the period
  Date end;                         // last day of the period
  std::string label;                // PeriodLabel(start, period)
  int64_t count = 0;                // events of the dyad in the period
  QuadCounts quad = {0, 0, 0, 0};   // ... by quad class (events with kNone are in no class)
  double goldstein_sum = 0;
  int64_t goldstein_n = 0;          // events that have a Goldstein value
  std::optional<double> goldstein_mean;  // goldstein_sum / goldstein_n; absent when n = 0
  double cooperation_weight = 0;    // sum of positive Goldstein values
  double conflict_weight = 0;       // sum of |negative Goldstein values|
  double net_cooperation = 0;
  int64_t net_cooperation_count = 0;
  int64_t total = 0;                // all events in the period (the volume), after status filter
  std::optional<NormalisedValues> normalised;  // present when SeriesOptions::normalise
};

struct DyadSeries {
  DyadSpec dyad;
  Period period = Period::kMonth;
  Date from;                        // as requested (inclusive)
  Date to;
  std::vector<DyadPoint> points;    // every period from PeriodStart(from) to PeriodStart(to),
                                    // in order, empty periods included (zeros)
  int64_t count = 0;                // sum of points[i].count
  int64_t total = 0;                // sum of points[i].total
};

// At most this many periods in one series (about 2,700 years of days).
inline constexpr int64_t kMaxSeriesPoints = 1000000;

// Aggregates `events` into a continuous series of periods covering [from, to].  Only events dated
// within [from, to] (inclusive) count, so the first and last periods hold just the days inside the
// range when `from`/`to` are not period boundaries.  Events may come in any order.
// Errors: InvalidArgument when from > to or the range needs more than kMaxSeriesPoints periods.
Result<DyadSeries> BuildDyadSeries(std::span<const EventPoint> events, const DyadSpec& dyad,
                                   Period period, Date from, Date to,
                                   const SeriesOptions& options = {});

// The same series from per-day totals of the dyad's events (EventStore::TotalsByDay with the
// dyad and status filters already applied): the store sums, so nothing per event is read.  Days
// outside [from, to] are ignored.  `total` (the volume) stays 0: set it with SetSeriesVolume.
// Errors: as BuildDyadSeries.
Result<DyadSeries> BuildDyadSeriesFromTotals(std::span<const DayTotals> days, const DyadSpec& dyad,
                                             Period period, Date from, Date to);

// Events per period of `series` from per-day counts (EventStore::CountByDay), for
// SetSeriesVolume.  Days outside the series' range are ignored.
std::vector<int64_t> PeriodVolumes(const DyadSeries& series, std::span<const DayCount> days);

// ---------------------------------------------------------------------------------------------
// Values of a series

// What one number per period means.
enum class DyadMeasure : uint8_t {
  kNetCooperation = 0,       // DyadPoint::net_cooperation (Goldstein-weighted; = goldstein_sum)
  kGoldsteinMean = 1,        // DyadPoint::goldstein_mean; 0 for a period without scored events
  kCount = 2,                // DyadPoint::count
  kNetCooperationCount = 3,  // DyadPoint::net_cooperation_count
  kCooperation = 4,          // verbal + material cooperation events
  kConflict = 5,             // verbal + material conflict events
};

// "net-cooperation", "goldstein-mean", "count", "net-cooperation-count", "cooperation", "conflict".
std::string_view DyadMeasureName(DyadMeasure m);
std::optional<DyadMeasure> ParseDyadMeasure(std::string_view name);

// One value per period of `series`.  With `normalised`, each value is divided by the period's
// total volume (0 when the volume is 0), as SeriesOptions::normalise defines it; the volumes must
// be in the series (built with normalise, or set by SetSeriesVolume).  kGoldsteinMean is already
// a per-event rate and is never divided.
// Errors: InvalidArgument when `normalised` is asked of a series without normalised values.
Result<std::vector<double>> DyadValues(const DyadSeries& series, DyadMeasure measure,
                                       bool normalised = false);

// Replaces each point's `total` (the period's volume) with totals[i] and recomputes the
// normalised values and series->total; for callers that count the volume separately (e.g. with
// EventStore::CountEvents per period) and build the series from the dyad's events alone.
// Errors: InvalidArgument when totals.size() differs from the number of points.
Status SetSeriesVolume(DyadSeries* series, std::span<const int64_t> totals);

// ---------------------------------------------------------------------------------------------
// Triangles (Dittmer 1981, "The Strategic Triangle")
//
// Three actors A, B, C (indices 0, 1, 2) and three relations in the order AB, BC, CA: relation r
// joins actors r and (r + 1) % 3 and faces actor (r + 2) % 3.  Each period, each relation gets a
// sign from its value (e.g. the mean Goldstein score of the undirected dyad's events): + when
// value > threshold, - when value < -threshold, 0 otherwise (neutral, or no events).  The signs
// give Dittmer's type:
//   + + +  menage a trois: all three amicable;
//   + + -  romantic triangle: a pivot amicable with two wings that are hostile to each other;
//   + - -  stable marriage: a pair amicable with each other and both hostile to an outsider;
//   - - -  unit veto: all three hostile;
//   any 0  indeterminate (Dittmer's types need a sign on every side).

enum class TriangleType : uint8_t {
  kIndeterminate = 0,
  kMenageATrois = 1,
  kRomantic = 2,
  kStableMarriage = 3,
  kUnitVeto = 4,
};
inline constexpr int kTriangleTypes = 5;

// "indeterminate", "menage-a-trois", "romantic", "stable-marriage", "unit-veto".
std::string_view TriangleTypeName(TriangleType t);

struct TriangleOptions {
  // Half-width of the neutral band around 0; default 0.5 (on the Goldstein scale, -10..+10, a
  // mean of +0.5 is the tone of mostly statements and consultations).  Must be >= 0.
  double threshold = 0.5;
};

struct TriangleState {
  std::array<double, 3> values = {0, 0, 0};  // AB, BC, CA
  std::array<int, 3> signs = {0, 0, 0};      // -1, 0, +1
  TriangleType type = TriangleType::kIndeterminate;
  int pivot = -1;     // kRomantic: the actor amicable with both others; else -1
  int outsider = -1;  // kStableMarriage: the actor both others oppose (the pair are the other
                      // two); else -1
};

// True when a and b have the same type and the same pivot/outsider.
bool SameTriangleShape(const TriangleState& a, const TriangleState& b);

TriangleState ClassifyTriangle(double ab, double bc, double ca, const TriangleOptions& options = {});

// A run of consecutive periods with the same shape.
struct TriangleSpell {
  int begin = 0;  // first period index
  int end = 0;    // one past the last
  TriangleType type = TriangleType::kIndeterminate;
  int pivot = -1;
  int outsider = -1;
};

struct TriangleHistory {
  std::vector<TriangleState> states;   // one per period
  std::vector<TriangleSpell> spells;   // the states run-length encoded, in order
  // transitions[a][b]: periods t >= 1 with type a at t - 1 and type b at t (stays included).
  std::array<std::array<int, kTriangleTypes>, kTriangleTypes> transitions = {};
  // The same, ignoring indeterminate periods: each determinate period's type against the last
  // earlier determinate one.  Useful when sparse data leave gaps.
  std::array<std::array<int, kTriangleTypes>, kTriangleTypes> determinate_transitions = {};
  std::array<int, kTriangleTypes> type_counts = {};  // periods per type
};

// Classifies each period.  Errors: lengths differ, a non-finite value, threshold < 0.
Result<TriangleHistory> ClassifyTriangleSeries(std::span<const double> ab,
                                               std::span<const double> bc,
                                               std::span<const double> ca,
                                               const TriangleOptions& options = {});

}  // namespace entente

#endif  // ENTENTE_ANALYSIS_H_
