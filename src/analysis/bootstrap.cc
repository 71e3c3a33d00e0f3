// Copyright 2026 The entente Authors. Apache-2.0.
//
// Residual-bootstrap confidence bands for impulse responses (stats.h:
// BootstrapImpulseResponses).
//
// The recipe, including the exact order of random draws, is spelled out in stats.h so that an
// independent script (scripts/gen_var_fixtures.py, with its own MT19937-64) reproduces every
// replication: centre the residuals; rebuild each series from the first p observations with
// resampled residuals (index = mt19937_64() % nobs, one draw per period in time order); refit the
// VAR(p); collect Phi_h and Phi_h P; take order statistics per cell.
#include <algorithm>
#include <cmath>
#include <random>
#include <string>

#include "analysis/linalg_internal.h"
#include "entente/stats.h"

namespace entente {

using analysis_internal::EstimateVar;
using analysis_internal::MaCoefficients;

Result<ImpulseResponseBands> BootstrapImpulseResponses(const VarModel& m,
                                                       const BootstrapOptions& options) {
  if (options.replications < 10) {
    return Status::InvalidArgument("bootstrap: at least 10 replications");
  }
  if (!(options.signif > 0 && options.signif < 1)) {
    return Status::InvalidArgument("bootstrap: signif must lie in (0, 1)");
  }
  if (options.steps < 0) return Status::InvalidArgument("bootstrap: steps must be >= 0");
  const int k = m.k;
  const int p = m.p;
  const int t_len = m.y.rows();
  if (k < 1 || p < 1 || m.y.cols() != k || t_len != m.nobs + p || m.resid.rows() != m.nobs) {
    return Status::InvalidArgument("bootstrap: the model does not hold its data (use FitVar)");
  }
  const int steps = options.steps;
  const size_t cells = static_cast<size_t>(steps + 1) * k * k;

  // Centred residuals.
  Matrix u = m.resid;
  for (int j = 0; j < k; ++j) {
    double mean = 0;
    for (int r = 0; r < m.nobs; ++r) mean += u(r, j);
    mean /= m.nobs;
    for (int r = 0; r < m.nobs; ++r) u(r, j) -= mean;
  }

  std::mt19937_64 rng(options.seed);
  std::vector<std::vector<double>> plain_draws(cells), orth_draws(cells);
  for (auto& v : plain_draws) v.reserve(static_cast<size_t>(options.replications));
  for (auto& v : orth_draws) v.reserve(static_cast<size_t>(options.replications));
  ImpulseResponseBands bands;
  bands.signif = options.signif;
  Matrix ystar(t_len, k);
  for (int rep = 0; rep < options.replications; ++rep) {
    for (int t = 0; t < p; ++t) {
      for (int j = 0; j < k; ++j) ystar(t, j) = m.y(t, j);
    }
    for (int t = p; t < t_len; ++t) {
      const int r = static_cast<int>(rng() % static_cast<uint64_t>(m.nobs));
      for (int i = 0; i < k; ++i) {
        double v = m.intercept(i) + u(r, i);
        for (int l = 1; l <= p; ++l) {
          for (int j = 0; j < k; ++j) v += m.coef(l, i, j) * ystar(t - l, j);
        }
        ystar(t, i) = v;
      }
    }
    Result<VarModel> refit = EstimateVar(ystar, p, 0);
    if (!refit.ok()) {
      ++bands.failed;
      continue;
    }
    Eigen::LLT<Eigen::MatrixXd> llt(Eigen::MatrixXd(analysis_internal::View(refit->sigma_u)));
    if (llt.info() != Eigen::Success) {
      ++bands.failed;
      continue;
    }
    Eigen::MatrixXd chol = llt.matrixL();
    const std::vector<Eigen::MatrixXd> phi = MaCoefficients(*refit, steps);
    size_t cell = 0;
    for (int h = 0; h <= steps; ++h) {
      Eigen::MatrixXd theta = phi[static_cast<size_t>(h)] * chol;
      for (int i = 0; i < k; ++i) {
        for (int j = 0; j < k; ++j, ++cell) {
          plain_draws[cell].push_back(phi[static_cast<size_t>(h)](i, j));
          orth_draws[cell].push_back(theta(i, j));
        }
      }
    }
    ++bands.replications;
  }
  const int n = bands.replications;
  if (n < 10 || bands.failed * 2 > options.replications) {
    return Status::InvalidArgument("bootstrap: " + std::to_string(bands.failed) + " of " +
                                   std::to_string(options.replications) +
                                   " resampled series could not be refitted (collinear)");
  }
  auto index = [n](double q) {
    const int i = static_cast<int>(std::nearbyint(q * n)) - 1;
    return std::clamp(i, 0, n - 1);
  };
  const int lo = index(options.signif / 2);
  const int hi = index(1 - options.signif / 2);
  auto fill = [&](std::vector<std::vector<double>>& draws, std::vector<Matrix>& lower,
                  std::vector<Matrix>& upper) {
    lower.assign(static_cast<size_t>(steps) + 1, Matrix(k, k));
    upper.assign(static_cast<size_t>(steps) + 1, Matrix(k, k));
    size_t cell = 0;
    for (int h = 0; h <= steps; ++h) {
      for (int i = 0; i < k; ++i) {
        for (int j = 0; j < k; ++j, ++cell) {
          std::vector<double>& v = draws[cell];
          std::sort(v.begin(), v.end());
          lower[static_cast<size_t>(h)](i, j) = v[static_cast<size_t>(lo)];
          upper[static_cast<size_t>(h)](i, j) = v[static_cast<size_t>(hi)];
        }
      }
    }
  };
  fill(plain_draws, bands.plain_lower, bands.plain_upper);
  fill(orth_draws, bands.orth_lower, bands.orth_upper);
  return bands;
}

}  // namespace entente
