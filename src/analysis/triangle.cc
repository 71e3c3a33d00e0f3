// Copyright 2026 The entente Authors. Apache-2.0.
//
// Dittmer's strategic triangle, period by period (analysis.h: ClassifyTriangle,
// ClassifyTriangleSeries, TriangleTypeName, SameTriangleShape).
//
// Each relation's value becomes a sign through a symmetric neutral band [-threshold, threshold].
// The number of positive sides decides the type when no side is neutral; the romantic pivot is
// the actor facing the one negative side (it touches both positive ones), the stable marriage's
// outsider is the actor facing the one positive side.  The series version adds spells (runs of
// one shape) and transition counts between consecutive periods.
#include <cmath>

#include "entente/analysis.h"

namespace entente {

std::string_view TriangleTypeName(TriangleType t) {
  switch (t) {
    case TriangleType::kIndeterminate:
      return "indeterminate";
    case TriangleType::kMenageATrois:
      return "menage-a-trois";
    case TriangleType::kRomantic:
      return "romantic";
    case TriangleType::kStableMarriage:
      return "stable-marriage";
    case TriangleType::kUnitVeto:
      return "unit-veto";
  }
  return "indeterminate";
}

bool SameTriangleShape(const TriangleState& a, const TriangleState& b) {
  return a.type == b.type && a.pivot == b.pivot && a.outsider == b.outsider;
}

TriangleState ClassifyTriangle(double ab, double bc, double ca, const TriangleOptions& options) {
  TriangleState s;
  s.values = {ab, bc, ca};
  int positives = 0, negatives = 0;
  for (int r = 0; r < 3; ++r) {
    const double v = s.values[static_cast<size_t>(r)];
    int sign = 0;
    if (v > options.threshold) sign = 1;
    if (v < -options.threshold) sign = -1;
    s.signs[static_cast<size_t>(r)] = sign;
    positives += sign > 0;
    negatives += sign < 0;
  }
  if (positives + negatives < 3) return s;  // a neutral side
  // The actor facing relation r is (r + 2) % 3.
  auto facing = [](int r) { return (r + 2) % 3; };
  auto only = [&](int sign) {
    for (int r = 0; r < 3; ++r) {
      if (s.signs[static_cast<size_t>(r)] == sign) return r;
    }
    return -1;
  };
  switch (positives) {
    case 3:
      s.type = TriangleType::kMenageATrois;
      break;
    case 2:
      s.type = TriangleType::kRomantic;
      s.pivot = facing(only(-1));
      break;
    case 1:
      s.type = TriangleType::kStableMarriage;
      s.outsider = facing(only(1));
      break;
    default:
      s.type = TriangleType::kUnitVeto;
      break;
  }
  return s;
}

Result<TriangleHistory> ClassifyTriangleSeries(std::span<const double> ab,
                                               std::span<const double> bc,
                                               std::span<const double> ca,
                                               const TriangleOptions& options) {
  if (ab.size() != bc.size() || ab.size() != ca.size()) {
    return Status::InvalidArgument("triangle: the three relations have different lengths");
  }
  if (!(options.threshold >= 0) || !std::isfinite(options.threshold)) {
    return Status::InvalidArgument("triangle: threshold must be finite and >= 0");
  }
  TriangleHistory h;
  int last_determinate = -1;
  for (size_t t = 0; t < ab.size(); ++t) {
    if (!std::isfinite(ab[t]) || !std::isfinite(bc[t]) || !std::isfinite(ca[t])) {
      return Status::InvalidArgument("triangle: non-finite value at period " + std::to_string(t));
    }
    TriangleState s = ClassifyTriangle(ab[t], bc[t], ca[t], options);
    const int type = static_cast<int>(s.type);
    ++h.type_counts[static_cast<size_t>(type)];
    if (t > 0) {
      ++h.transitions[static_cast<size_t>(h.states.back().type)][static_cast<size_t>(type)];
    }
    if (s.type != TriangleType::kIndeterminate) {
      if (last_determinate >= 0) {
        ++h.determinate_transitions[static_cast<size_t>(last_determinate)]
                                   [static_cast<size_t>(type)];
      }
      last_determinate = type;
    }
    if (h.spells.empty() || !SameTriangleShape(h.states.back(), s)) {
      h.spells.push_back(
          {static_cast<int>(t), static_cast<int>(t) + 1, s.type, s.pivot, s.outsider});
    } else {
      h.spells.back().end = static_cast<int>(t) + 1;
    }
    h.states.push_back(s);
  }
  return h;
}

}  // namespace entente
