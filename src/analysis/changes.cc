// Copyright 2026 The entente Authors. Apache-2.0.
//
// Univariate series statistics (stats.h): cross-correlation, PELT change points and trailing-
// baseline alerts.
//
// PELT (Killick, Fearnhead & Eckley 2012) minimises sum of segment costs + penalty x changes
// exactly.  Segment costs come from prefix sums of the centred series (long double), so each is
// O(1).  Pruning: a candidate last change tau is dropped once F(tau) + C(tau, s) > F(s) at some
// s; with a minimum segment length m the lemma only covers ends T >= s + m, so a pruned
// candidate stays in play until then ("deferred pruning").  The result therefore equals optimal
// partitioning's, which the tests check against an O(n^2) reference.
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>

#include "entente/stats.h"

namespace entente {

// ---------------------------------------------------------------------------------------------
// Cross-correlation

Result<std::vector<double>> CrossCorrelation(std::span<const double> x, std::span<const double> y,
                                             int max_lag) {
  const size_t n = x.size();
  if (y.size() != n) return Status::InvalidArgument("cross-correlation: series lengths differ");
  if (n < 2) return Status::InvalidArgument("cross-correlation: need at least 2 periods");
  if (max_lag < 0 || static_cast<size_t>(max_lag) >= n) {
    return Status::InvalidArgument("cross-correlation: max_lag must lie in [0, n)");
  }
  double mx = 0, my = 0;
  for (size_t t = 0; t < n; ++t) {
    if (!std::isfinite(x[t]) || !std::isfinite(y[t])) {
      return Status::InvalidArgument("cross-correlation: non-finite value");
    }
    mx += x[t];
    my += y[t];
  }
  mx /= static_cast<double>(n);
  my /= static_cast<double>(n);
  double sxx = 0, syy = 0;
  for (size_t t = 0; t < n; ++t) {
    sxx += (x[t] - mx) * (x[t] - mx);
    syy += (y[t] - my) * (y[t] - my);
  }
  const double sx = std::sqrt(sxx / static_cast<double>(n));
  const double sy = std::sqrt(syy / static_cast<double>(n));
  if (!(sx > 0) || !(sy > 0)) {
    return Status::InvalidArgument("cross-correlation: a series is constant");
  }
  std::vector<double> r;
  r.reserve(static_cast<size_t>(2 * max_lag + 1));
  const auto ln = static_cast<int64_t>(n);
  for (int h = -max_lag; h <= max_lag; ++h) {
    double s = 0;
    for (int64_t t = std::max<int64_t>(0, -h); t < ln && t + h < ln; ++t) {
      s += (x[static_cast<size_t>(t + h)] - mx) * (y[static_cast<size_t>(t)] - my);
    }
    r.push_back(s / static_cast<double>(n) / (sx * sy));
  }
  return r;
}

// ---------------------------------------------------------------------------------------------
// Change points

namespace {

struct Prefix {
  std::vector<long double> s1, s2;  // sums of centred values and their squares, s[0] = 0
};

Prefix MakePrefix(std::span<const double> x, double centre) {
  Prefix p;
  p.s1.assign(x.size() + 1, 0);
  p.s2.assign(x.size() + 1, 0);
  for (size_t i = 0; i < x.size(); ++i) {
    const long double v = static_cast<long double>(x[i]) - centre;
    p.s1[i + 1] = p.s1[i] + v;
    p.s2[i + 1] = p.s2[i] + v * v;
  }
  return p;
}

// Sum of squared deviations from the segment mean over [a, b).
double SegmentSse(const Prefix& p, int a, int b) {
  const long double n = b - a;
  const long double s1 = p.s1[static_cast<size_t>(b)] - p.s1[static_cast<size_t>(a)];
  const long double s2 = p.s2[static_cast<size_t>(b)] - p.s2[static_cast<size_t>(a)];
  return static_cast<double>(std::max<long double>(0, s2 - s1 * s1 / n));
}

}  // namespace

Result<ChangePoints> DetectChangePoints(std::span<const double> x,
                                        const ChangePointOptions& options) {
  const int n = static_cast<int>(x.size());
  const bool meanvar = options.cost == ChangeCost::kNormalMeanVar;
  const int min_allowed = meanvar ? 2 : 1;
  const int m = options.min_segment;
  if (m < min_allowed) {
    return Status::InvalidArgument("change points: min_segment must be at least " +
                                   std::to_string(min_allowed));
  }
  if (meanvar && !(options.variance_floor > 0)) {
    return Status::InvalidArgument("change points: variance_floor must be positive");
  }
  if (options.penalty && !(*options.penalty >= 0 && std::isfinite(*options.penalty))) {
    return Status::InvalidArgument("change points: penalty must be finite and >= 0");
  }
  if (n < 2 * m) {
    return Status::InvalidArgument("change points: series too short (" + std::to_string(n) +
                                   " periods; two segments of at least " + std::to_string(m) +
                                   " need " + std::to_string(2 * m) + ")");
  }
  double mean = 0;
  for (double v : x) {
    if (!std::isfinite(v)) return Status::InvalidArgument("change points: non-finite value");
    mean += v;
  }
  mean /= n;
  const Prefix pre = MakePrefix(x, mean);
  const double var0 = SegmentSse(pre, 0, n) / n;
  if (!(var0 > 0)) {
    return Status::InvalidArgument("change points: the series is constant (every value is " +
                                   std::to_string(x[0]) + ")");
  }

  ChangePoints out;
  double scale = 0;  // the variance floor (meanvar) or the known variance (mean)
  if (meanvar) {
    scale = options.variance_floor * var0;
  } else {
    double dm = 0, dss = 0;
    for (int i = 1; i < n; ++i) dm += x[static_cast<size_t>(i)] - x[static_cast<size_t>(i - 1)];
    dm /= (n - 1);
    for (int i = 1; i < n; ++i) {
      const double d = x[static_cast<size_t>(i)] - x[static_cast<size_t>(i - 1)] - dm;
      dss += d * d;
    }
    scale = n > 2 ? dss / (n - 2) / 2.0 : 0;
    if (!(scale > 0)) scale = var0;
  }
  out.variance_floor = scale;
  out.penalty = options.penalty ? *options.penalty : (meanvar ? 3.0 : 2.0) * std::log(n);
  const double beta = out.penalty;
  const double log2pi = std::log(2.0 * std::numbers::pi);
  auto cost = [&](int a, int b) {
    const double sse = SegmentSse(pre, a, b);
    const double len = b - a;
    if (!meanvar) return sse / scale;
    const double v = std::max(sse / len, scale);
    return len * (log2pi + std::log(v)) + sse / v;
  };

  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> f(static_cast<size_t>(n) + 1, inf);
  std::vector<int> last(static_cast<size_t>(n) + 1, -1);
  f[0] = -beta;
  struct Candidate {
    int tau;
    int expires;  // candidate is dropped for ends T >= expires
  };
  std::vector<Candidate> cands = {{0, std::numeric_limits<int>::max()}};
  std::vector<double> vals;
  for (int t = 1; t <= n; ++t) {
    cands.erase(std::remove_if(cands.begin(), cands.end(),
                               [t](const Candidate& c) { return t >= c.expires; }),
                cands.end());
    vals.assign(cands.size(), inf);
    double best = inf;
    int arg = -1;
    for (size_t i = 0; i < cands.size(); ++i) {
      if (t - cands[i].tau < m) continue;
      vals[i] = f[static_cast<size_t>(cands[i].tau)] + cost(cands[i].tau, t);
      if (vals[i] + beta < best) {
        best = vals[i] + beta;
        arg = cands[i].tau;
      }
    }
    if (arg < 0) continue;  // t < m: no admissible segmentation ends here
    f[static_cast<size_t>(t)] = best;
    last[static_cast<size_t>(t)] = arg;
    for (size_t i = 0; i < cands.size(); ++i) {
      if (vals[i] < inf && cands[i].expires == std::numeric_limits<int>::max() && vals[i] > best) {
        cands[i].expires = t + m;
      }
    }
    cands.push_back({t, std::numeric_limits<int>::max()});
  }
  out.cost = f[static_cast<size_t>(n)];
  std::vector<int> bounds;
  for (int t = n; t > 0; t = last[static_cast<size_t>(t)]) bounds.push_back(t);
  bounds.push_back(0);
  std::reverse(bounds.begin(), bounds.end());
  for (size_t i = 0; i + 1 < bounds.size(); ++i) {
    Segment s;
    s.begin = bounds[i];
    s.end = bounds[i + 1];
    const double len = s.end - s.begin;
    const long double s1 =
        pre.s1[static_cast<size_t>(s.end)] - pre.s1[static_cast<size_t>(s.begin)];
    s.mean = mean + static_cast<double>(s1 / len);
    s.variance = SegmentSse(pre, s.begin, s.end) / len;
    if (i > 0) out.changes.push_back(s.begin);
    out.segments.push_back(s);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Baseline alerts

Result<std::vector<Alert>> DetectBaselineAlerts(std::span<const double> x,
                                                const AlertOptions& options) {
  if (options.window < 2) return Status::InvalidArgument("alerts: window must be at least 2");
  if (!(options.k > 0)) return Status::InvalidArgument("alerts: k must be positive");
  for (double v : x) {
    if (!std::isfinite(v)) return Status::InvalidArgument("alerts: non-finite value");
  }
  std::vector<Alert> alerts;
  const size_t w = static_cast<size_t>(options.window);
  for (size_t t = w; t < x.size(); ++t) {
    double mean = 0;
    for (size_t i = t - w; i < t; ++i) mean += x[i];
    mean /= static_cast<double>(w);
    double ss = 0;
    for (size_t i = t - w; i < t; ++i) ss += (x[i] - mean) * (x[i] - mean);
    double sd = std::sqrt(ss / static_cast<double>(w - 1));
    if (sd <= 1e-12 * (std::fabs(mean) + 1)) sd = 0;  // a constant window, up to rounding
    const double dev = x[t] - mean;
    double z = 0;
    if (sd > 0) {
      z = dev / sd;
    } else if (dev != 0) {
      z = dev > 0 ? std::numeric_limits<double>::infinity()
                  : -std::numeric_limits<double>::infinity();
    }
    if (std::fabs(z) > options.k) {
      alerts.push_back({static_cast<int>(t), x[t], mean, sd, z});
    }
  }
  return alerts;
}

}  // namespace entente
