// Copyright 2026 The entente Authors. Apache-2.0.
//
// One number per period from a dyad series (analysis.h: DyadMeasure, DyadValues,
// SetSeriesVolume).  The analyses (triangles, VARs, change points) take plain vectors of doubles;
// this is where a DyadSeries becomes one, with the measure and normalisation named by the caller.
#include <string>

#include "entente/analysis.h"

namespace entente {

namespace {

constexpr DyadMeasure kMeasures[] = {
    DyadMeasure::kNetCooperation,      DyadMeasure::kGoldsteinMean, DyadMeasure::kCount,
    DyadMeasure::kNetCooperationCount, DyadMeasure::kCooperation,   DyadMeasure::kConflict,
};

double Raw(const DyadPoint& p, DyadMeasure m) {
  switch (m) {
    case DyadMeasure::kNetCooperation:
      return p.net_cooperation;
    case DyadMeasure::kGoldsteinMean:
      return p.goldstein_mean.value_or(0.0);
    case DyadMeasure::kCount:
      return static_cast<double>(p.count);
    case DyadMeasure::kNetCooperationCount:
      return static_cast<double>(p.net_cooperation_count);
    case DyadMeasure::kCooperation:
      return static_cast<double>(p.quad[0] + p.quad[1]);
    case DyadMeasure::kConflict:
      return static_cast<double>(p.quad[2] + p.quad[3]);
  }
  return 0;
}

double Normalised(const DyadPoint& p, DyadMeasure m) {
  const NormalisedValues& v = *p.normalised;
  switch (m) {
    case DyadMeasure::kNetCooperation:
      return v.net_cooperation;
    case DyadMeasure::kGoldsteinMean:
      return p.goldstein_mean.value_or(0.0);
    case DyadMeasure::kCount:
      return v.count;
    case DyadMeasure::kNetCooperationCount:
      return v.net_cooperation_count;
    case DyadMeasure::kCooperation:
      return v.quad[0] + v.quad[1];
    case DyadMeasure::kConflict:
      return v.quad[2] + v.quad[3];
  }
  return 0;
}

}  // namespace

std::string_view DyadMeasureName(DyadMeasure m) {
  switch (m) {
    case DyadMeasure::kNetCooperation:
      return "net-cooperation";
    case DyadMeasure::kGoldsteinMean:
      return "goldstein-mean";
    case DyadMeasure::kCount:
      return "count";
    case DyadMeasure::kNetCooperationCount:
      return "net-cooperation-count";
    case DyadMeasure::kCooperation:
      return "cooperation";
    case DyadMeasure::kConflict:
      return "conflict";
  }
  return "net-cooperation";
}

std::optional<DyadMeasure> ParseDyadMeasure(std::string_view name) {
  for (DyadMeasure m : kMeasures) {
    if (DyadMeasureName(m) == name) return m;
  }
  return std::nullopt;
}

Result<std::vector<double>> DyadValues(const DyadSeries& series, DyadMeasure measure,
                                       bool normalised) {
  std::vector<double> out;
  out.reserve(series.points.size());
  for (const DyadPoint& p : series.points) {
    if (normalised && measure != DyadMeasure::kGoldsteinMean) {
      if (!p.normalised) {
        return Status::InvalidArgument(
            "dyad values: the series has no volumes to normalise by (build it with normalise or "
            "call SetSeriesVolume)");
      }
      out.push_back(Normalised(p, measure));
    } else {
      out.push_back(Raw(p, measure));
    }
  }
  return out;
}

Status SetSeriesVolume(DyadSeries* series, std::span<const int64_t> totals) {
  if (totals.size() != series->points.size()) {
    return Status::InvalidArgument("series volume: " + std::to_string(totals.size()) +
                                   " totals for " + std::to_string(series->points.size()) +
                                   " periods");
  }
  series->total = 0;
  for (size_t i = 0; i < totals.size(); ++i) {
    DyadPoint& p = series->points[i];
    p.total = totals[i];
    series->total += p.total;
    NormalisedValues v;
    if (p.total > 0) {
      const double t = static_cast<double>(p.total);
      v.count = static_cast<double>(p.count) / t;
      for (size_t q = 0; q < 4; ++q) v.quad[q] = static_cast<double>(p.quad[q]) / t;
      v.goldstein_sum = p.goldstein_sum / t;
      v.net_cooperation = p.net_cooperation / t;
      v.net_cooperation_count = static_cast<double>(p.net_cooperation_count) / t;
    }
    p.normalised = v;
  }
  return Status::OK();
}

}  // namespace entente
