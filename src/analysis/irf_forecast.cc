// Copyright 2026 The entente Authors. Apache-2.0.
//
// Impulse responses, forecasts and shocked scenarios of a fitted VAR (stats.h:
// ComputeImpulseResponses, ForecastVar, ForecastScenario).
//
// The MA coefficients follow statsmodels' recursion Phi_0 = I, Phi_h = sum_{l=1..min(h,p)}
// Phi_{h-l} A_l; orthogonalised responses post-multiply by the lower Cholesky factor of sigma_u.
// Forecasts iterate the VAR from its last p observations; their MSE is
// sum_{i<h} Phi_i sigma_u Phi_i' (no parameter uncertainty, like statsmodels' default), and the
// bands use the normal quantile from Boost.Math.  A scenario adds generalised impulses
// (Pesaran & Shin) to the innovations of chosen periods and moves the bands with the point.
#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <string>

#include "analysis/linalg_internal.h"
#include "entente/stats.h"

namespace entente {

namespace analysis_internal {

std::vector<Eigen::MatrixXd> MaCoefficients(const VarModel& m, int steps) {
  const int k = m.k;
  std::vector<Eigen::MatrixXd> a(static_cast<size_t>(m.p), Eigen::MatrixXd(k, k));
  for (int l = 1; l <= m.p; ++l) {
    for (int i = 0; i < k; ++i) {
      for (int j = 0; j < k; ++j) a[static_cast<size_t>(l - 1)](i, j) = m.coef(l, i, j);
    }
  }
  std::vector<Eigen::MatrixXd> phi(static_cast<size_t>(steps) + 1, Eigen::MatrixXd::Zero(k, k));
  phi[0] = Eigen::MatrixXd::Identity(k, k);
  for (int h = 1; h <= steps; ++h) {
    for (int l = 1; l <= std::min(h, m.p); ++l) {
      phi[static_cast<size_t>(h)] +=
          phi[static_cast<size_t>(h - l)] * a[static_cast<size_t>(l - 1)];
    }
  }
  return phi;
}

}  // namespace analysis_internal

using analysis_internal::MaCoefficients;
using analysis_internal::ToMatrix;
using analysis_internal::View;

Result<ImpulseResponses> ComputeImpulseResponses(const VarModel& m, int steps) {
  if (steps < 0) return Status::InvalidArgument("impulse responses: steps must be >= 0");
  if (m.k < 1 || m.sigma_u.rows() != m.k) {
    return Status::InvalidArgument("impulse responses: not a fitted VAR");
  }
  Eigen::LLT<Eigen::MatrixXd> llt(Eigen::MatrixXd(View(m.sigma_u)));
  if (llt.info() != Eigen::Success) {
    return Status::InvalidArgument(
        "impulse responses: the residual covariance is not positive definite");
  }
  Eigen::MatrixXd chol = llt.matrixL();
  ImpulseResponses r;
  r.steps = steps;
  for (const Eigen::MatrixXd& phi : MaCoefficients(m, steps)) {
    r.plain.push_back(ToMatrix(phi));
    r.orth.push_back(ToMatrix(phi * chol));
  }
  return r;
}

namespace {

Status CheckForecastArgs(const VarModel& m, int steps, double signif) {
  if (steps < 1) return Status::InvalidArgument("forecast: steps must be at least 1");
  if (!(signif > 0 && signif < 1)) {
    return Status::InvalidArgument("forecast: signif must lie in (0, 1)");
  }
  if (m.k < 1 || m.y.rows() < m.p || m.y.cols() != m.k) {
    return Status::InvalidArgument("forecast: the model does not hold its data (use FitVar)");
  }
  return Status::OK();
}

}  // namespace

Result<VarForecast> ForecastVar(const VarModel& m, int steps, double signif) {
  ENTENTE_RETURN_IF_ERROR(CheckForecastArgs(m, steps, signif));
  const int k = m.k;
  const int t = m.y.rows();
  VarForecast f;
  f.steps = steps;
  f.signif = signif;
  f.point = Matrix(steps, k);
  f.lower = Matrix(steps, k);
  f.upper = Matrix(steps, k);
  f.se = Matrix(steps, k);
  // Value of variable j at "time" s, where s < t is observed and s >= t is forecast row s - t.
  auto value = [&](int s, int j) { return s < t ? m.y(s, j) : f.point(s - t, j); };
  for (int h = 1; h <= steps; ++h) {
    for (int i = 0; i < k; ++i) {
      double v = m.intercept(i);
      for (int l = 1; l <= m.p; ++l) {
        for (int j = 0; j < k; ++j) v += m.coef(l, i, j) * value(t + h - 1 - l, j);
      }
      f.point(h - 1, i) = v;
    }
  }
  double z = 0;
  try {
    z = boost::math::quantile(boost::math::normal(0.0, 1.0), 1.0 - signif / 2.0);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("forecast: normal quantile: ") + e.what());
  }
  const std::vector<Eigen::MatrixXd> phi = MaCoefficients(m, steps);
  Eigen::MatrixXd sigma = View(m.sigma_u);
  Eigen::MatrixXd mse = Eigen::MatrixXd::Zero(k, k);
  for (int h = 1; h <= steps; ++h) {
    const Eigen::MatrixXd& ph = phi[static_cast<size_t>(h - 1)];
    mse += ph * sigma * ph.transpose();
    for (int i = 0; i < k; ++i) {
      const double se = std::sqrt(std::max(mse(i, i), 0.0));
      f.se(h - 1, i) = se;
      f.lower(h - 1, i) = f.point(h - 1, i) - z * se;
      f.upper(h - 1, i) = f.point(h - 1, i) + z * se;
    }
  }
  return f;
}

Result<VarForecast> ForecastScenario(const VarModel& m, int steps, const ScenarioShock& shock,
                                     double signif) {
  ENTENTE_RETURN_IF_ERROR(CheckForecastArgs(m, steps, signif));
  if (shock.variable < 0 || shock.variable >= m.k) {
    return Status::InvalidArgument("scenario: shocked series " + std::to_string(shock.variable) +
                                   " out of range");
  }
  if (shock.periods < 1) return Status::InvalidArgument("scenario: periods must be at least 1");
  if (!std::isfinite(shock.size)) return Status::InvalidArgument("scenario: size must be finite");
  const double var_j = m.sigma_u(shock.variable, shock.variable);
  if (!(var_j > 0)) {
    return Status::InvalidArgument("scenario: the shocked series has no innovation variance");
  }
  Result<VarForecast> base = ForecastVar(m, steps, signif);
  if (!base.ok()) return base.status();
  Eigen::VectorXd delta(m.k);
  for (int i = 0; i < m.k; ++i) {
    delta(i) = m.sigma_u(i, shock.variable) * shock.size / std::sqrt(var_j);
  }
  const std::vector<Eigen::MatrixXd> phi = MaCoefficients(m, steps);
  VarForecast f = std::move(base).value();
  for (int h = 1; h <= steps; ++h) {
    Eigen::VectorXd shift = Eigen::VectorXd::Zero(m.k);
    for (int s = 1; s <= std::min(h, shock.periods); ++s)
      shift += phi[static_cast<size_t>(h - s)] * delta;
    for (int i = 0; i < m.k; ++i) {
      f.point(h - 1, i) += shift(i);
      f.lower(h - 1, i) += shift(i);
      f.upper(h - 1, i) += shift(i);
    }
  }
  return f;
}

}  // namespace entente
