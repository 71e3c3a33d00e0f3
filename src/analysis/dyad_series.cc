// Copyright 2026 The entente Authors. Apache-2.0.
//
// Dyad time series (analysis.h: BuildDyadSeries, ToEventPoint, ActorMatches).
//
// One pass over the events: each event inside [from, to] (and asserted, unless the options say
// otherwise) adds one to its period's total volume; if it also belongs to the dyad it adds to the
// period's count, quad-class count and Goldstein sums.  Periods are found by ordinal arithmetic
// (period_internal.h), so the pass is O(events + periods) and needs no sorting.  A final pass
// derives means, net cooperation and, when asked, the values normalised by volume.
#include <string>

#include "analysis/period_internal.h"
#include "entente/analysis.h"

namespace entente {

EventPoint ToEventPoint(const Event& e) {
  EventPoint p;
  p.date = e.date;
  p.source = e.source.str();
  p.target = e.target.str();
  p.quad = e.quad;
  p.goldstein = e.goldstein;
  p.status = e.status;
  return p;
}

bool ActorMatches(std::string_view code, std::string_view prefix) {
  return code.starts_with(prefix);
}

namespace {

bool InDyad(const EventPoint& e, const DyadSpec& dyad) {
  if (ActorMatches(e.source, dyad.source) && ActorMatches(e.target, dyad.target)) return true;
  return !dyad.directed && ActorMatches(e.source, dyad.target) &&
         ActorMatches(e.target, dyad.source);
}

// An empty series of every period in [from, to]; InvalidArgument for a reversed or too long range.
Result<DyadSeries> EmptySeries(const DyadSpec& dyad, Period period, Date from, Date to) {
  using analysis_internal::OrdinalStart;
  using analysis_internal::PeriodOrdinal;
  if (from > to) {
    return Status::InvalidArgument("dyad series: from " + from.ToString() + " is after to " +
                                   to.ToString());
  }
  const int64_t first = PeriodOrdinal(from, period);
  const int64_t last = PeriodOrdinal(to, period);
  const int64_t n = last - first + 1;
  if (n > kMaxSeriesPoints) {
    return Status::InvalidArgument("dyad series: " + from.ToString() + " to " + to.ToString() +
                                   " is " + std::to_string(n) + " " +
                                   std::string(PeriodName(period)) + "s, more than " +
                                   std::to_string(kMaxSeriesPoints));
  }
  DyadSeries series;
  series.dyad = dyad;
  series.period = period;
  series.from = from;
  series.to = to;
  series.points.resize(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) {
    DyadPoint& p = series.points[static_cast<size_t>(i)];
    p.start = OrdinalStart(first + i, period);
    p.end = Date::FromDays(OrdinalStart(first + i + 1, period).days() - 1);
    p.label = PeriodLabel(p.start, period);
  }
  return series;
}

// The point of `series` that holds `d`, or null when d is outside [from, to].
DyadPoint* PointOf(DyadSeries& series, Date d) {
  using analysis_internal::PeriodOrdinal;
  if (d < series.from || d > series.to) return nullptr;
  return &series.points[static_cast<size_t>(PeriodOrdinal(d, series.period) -
                                            PeriodOrdinal(series.from, series.period))];
}

void AddToPoint(DyadPoint& p, QuadClass quad, int64_t events, int64_t goldstein_n,
                double positive, double negative) {
  p.count += events;
  const auto q = static_cast<uint8_t>(quad);
  if (q >= 1 && q <= 4) p.quad[q - 1] += events;
  p.goldstein_sum += positive - negative;
  p.goldstein_n += goldstein_n;
  p.cooperation_weight += positive;
  p.conflict_weight += negative;
}

// Means, net cooperation, the series' sums and, when asked, the normalised values.
void FinishSeries(DyadSeries& series, bool normalise) {
  for (DyadPoint& p : series.points) {
    if (p.goldstein_n > 0) p.goldstein_mean = p.goldstein_sum / static_cast<double>(p.goldstein_n);
    p.net_cooperation = p.cooperation_weight - p.conflict_weight;
    p.net_cooperation_count = (p.quad[0] + p.quad[1]) - (p.quad[2] + p.quad[3]);
    series.count += p.count;
    series.total += p.total;
    if (!normalise) continue;
    NormalisedValues v;
    if (p.total > 0) {
      const double t = static_cast<double>(p.total);
      v.count = static_cast<double>(p.count) / t;
      for (size_t i = 0; i < 4; ++i) v.quad[i] = static_cast<double>(p.quad[i]) / t;
      v.goldstein_sum = p.goldstein_sum / t;
      v.net_cooperation = p.net_cooperation / t;
      v.net_cooperation_count = static_cast<double>(p.net_cooperation_count) / t;
    }
    p.normalised = v;
  }
}

}  // namespace

Result<DyadSeries> BuildDyadSeries(std::span<const EventPoint> events, const DyadSpec& dyad,
                                   Period period, Date from, Date to,
                                   const SeriesOptions& options) {
  Result<DyadSeries> series = EmptySeries(dyad, period, from, to);
  if (!series.ok()) return series;
  for (const EventPoint& e : events) {
    if (options.asserted_only && e.status != EventStatus::kAsserted) continue;
    DyadPoint* p = PointOf(*series, e.date);
    if (!p) continue;
    ++p->total;
    if (!InDyad(e, dyad)) continue;
    const double g = e.goldstein.value_or(0.0);
    AddToPoint(*p, e.quad, 1, e.goldstein ? 1 : 0, g > 0 ? g : 0.0, g < 0 ? -g : 0.0);
  }
  FinishSeries(*series, options.normalise);
  return series;
}

Result<DyadSeries> BuildDyadSeriesFromTotals(std::span<const DayTotals> days, const DyadSpec& dyad,
                                             Period period, Date from, Date to) {
  Result<DyadSeries> series = EmptySeries(dyad, period, from, to);
  if (!series.ok()) return series;
  for (const DayTotals& d : days) {
    if (DyadPoint* p = PointOf(*series, d.date)) {
      AddToPoint(*p, d.quad, d.events, d.goldstein_n, d.positive, d.negative);
    }
  }
  FinishSeries(*series, false);
  return series;
}

std::vector<int64_t> PeriodVolumes(const DyadSeries& series, std::span<const DayCount> days) {
  using analysis_internal::PeriodOrdinal;
  std::vector<int64_t> out(series.points.size(), 0);
  const int64_t first = PeriodOrdinal(series.from, series.period);
  for (const DayCount& d : days) {
    if (d.date < series.from || d.date > series.to) continue;
    out[static_cast<size_t>(PeriodOrdinal(d.date, series.period) - first)] += d.events;
  }
  return out;
}

}  // namespace entente
