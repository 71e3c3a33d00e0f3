// Copyright 2026 The entente Authors. Apache-2.0.
//
// VAR estimation, lag-order selection and Granger causality (stats.h: Matrix, FitVar,
// SelectVarOrder, TestGrangerCausality).
//
// Estimation is OLS of Y (nobs x k) on Z = [1, y_{t-1}, ..., y_{t-p}] (nobs x (1 + k p)) by a
// column-pivoted Householder QR, which also tells when the regressors are collinear.  Every
// definition (sigma_u with df_resid = nobs - k p - 1, the information criteria on sigma_u_mle,
// the common sample of lag selection, the Granger F statistic with k * df_resid denominator
// degrees of freedom) is statsmodels 0.13's, so that tests can hold us to its numbers.
// p-values come from Boost.Math, whose exceptions are caught here.
#include <algorithm>
#include <boost/math/distributions/fisher_f.hpp>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <string>

#include "analysis/linalg_internal.h"
#include "entente/stats.h"

namespace entente {

// ---------------------------------------------------------------------------------------------
// Matrix

Matrix::Matrix(int rows, int cols, double fill)
    : rows_(std::max(rows, 0)),
      cols_(std::max(cols, 0)),
      data_(static_cast<size_t>(rows_) * static_cast<size_t>(cols_), fill) {}

Matrix Matrix::FromRows(const std::vector<std::vector<double>>& rows) {
  size_t cols = 0;
  for (const auto& r : rows) cols = std::max(cols, r.size());
  Matrix m(static_cast<int>(rows.size()), static_cast<int>(cols));
  for (size_t r = 0; r < rows.size(); ++r) {
    for (size_t c = 0; c < rows[r].size(); ++c)
      m(static_cast<int>(r), static_cast<int>(c)) = rows[r][c];
  }
  return m;
}

Matrix Matrix::FromColumns(const std::vector<std::vector<double>>& columns) {
  size_t rows = 0;
  for (const auto& c : columns) rows = std::max(rows, c.size());
  Matrix m(static_cast<int>(rows), static_cast<int>(columns.size()));
  for (size_t c = 0; c < columns.size(); ++c) {
    for (size_t r = 0; r < columns[c].size(); ++r) {
      m(static_cast<int>(r), static_cast<int>(c)) = columns[c][r];
    }
  }
  return m;
}

std::vector<double> Matrix::Column(int c) const {
  std::vector<double> v(static_cast<size_t>(rows_));
  for (int r = 0; r < rows_; ++r) v[static_cast<size_t>(r)] = (*this)(r, c);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Estimation

namespace analysis_internal {

Result<VarModel> EstimateVar(const Matrix& y, int p, int offset) {
  const int k = y.cols();
  const int n = y.rows() - offset - p;
  const int m = 1 + k * p;
  if (k < 1 || p < 0 || offset < 0 || n < 1) {
    return Status::InvalidArgument("VAR: no observations left to estimate with");
  }
  Eigen::MatrixXd z(n, m), yy(n, k);
  for (int r = 0; r < n; ++r) {
    const int t = offset + p + r;
    z(r, 0) = 1.0;
    for (int l = 1; l <= p; ++l) {
      for (int j = 0; j < k; ++j) z(r, 1 + (l - 1) * k + j) = y(t - l, j);
    }
    for (int i = 0; i < k; ++i) yy(r, i) = y(t, i);
  }
  Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(z);
  if (qr.rank() < m) {
    return Status::InvalidArgument(
        "VAR(" + std::to_string(p) +
        "): the lagged series are collinear (one is an exact "
        "linear function of the others over the sample), so the model is not identified");
  }
  Eigen::MatrixXd b = qr.solve(yy);
  Eigen::MatrixXd resid = yy - z * b;
  Eigen::MatrixXd sse = resid.transpose() * resid;
  const int df_resid = n - m;

  VarModel model;
  model.k = k;
  model.p = p;
  model.nobs = n;
  model.df_resid = df_resid;
  model.params = ToMatrix(b);
  model.resid = ToMatrix(resid);
  Eigen::MatrixXd zz = z.transpose() * z;
  Eigen::MatrixXd zz_inv = zz.ldlt().solve(Eigen::MatrixXd::Identity(m, m));
  model.zz_inv = ToMatrix(zz_inv);
  Eigen::MatrixXd sigma_mle = sse / static_cast<double>(n);
  model.sigma_u_mle = ToMatrix(sigma_mle);
  if (df_resid > 0) {
    Eigen::MatrixXd sigma = sse / static_cast<double>(df_resid);
    model.sigma_u = ToMatrix(sigma);
    model.params_se = Matrix(m, k);
    for (int c = 0; c < m; ++c) {
      for (int i = 0; i < k; ++i) model.params_se(c, i) = std::sqrt(zz_inv(c, c) * sigma(i, i));
    }
  } else {
    model.sigma_u = Matrix(k, k, std::nan(""));
    model.params_se = Matrix(m, k, std::nan(""));
  }

  // ln |sigma_u_mle| by Cholesky, as statsmodels' logdet_symm.
  Eigen::LLT<Eigen::MatrixXd> llt(sigma_mle);
  if (llt.info() != Eigen::Success) {
    return Status::InvalidArgument("VAR(" + std::to_string(p) +
                                   "): the residual covariance is singular (a series is "
                                   "predicted exactly by the lags), so the model is degenerate");
  }
  double ld = 0;
  for (int i = 0; i < k; ++i) ld += 2.0 * std::log(llt.matrixL()(i, i));
  const double nobs = n;
  const double free_params = static_cast<double>(p) * k * k + k;
  model.ic.aic = ld + (2.0 / nobs) * free_params;
  model.ic.bic = ld + (std::log(nobs) / nobs) * free_params;
  model.ic.hqic = ld + (2.0 * std::log(std::log(nobs)) / nobs) * free_params;
  model.ic.fpe = df_resid > 0
                     ? std::pow((nobs + m) / static_cast<double>(df_resid), k) * std::exp(ld)
                     : std::numeric_limits<double>::infinity();
  model.llf = -(nobs * k / 2.0) * std::log(2.0 * std::numbers::pi) - (nobs / 2.0) * (ld + k);
  return model;
}

}  // namespace analysis_internal

namespace {

Status CheckData(const Matrix& y) {
  if (y.cols() < 1 || y.rows() < 2) {
    return Status::InvalidArgument("VAR: need at least one series and two periods");
  }
  for (int j = 0; j < y.cols(); ++j) {
    bool constant = true;
    for (int t = 0; t < y.rows(); ++t) {
      if (!std::isfinite(y(t, j))) {
        return Status::InvalidArgument("VAR: series " + std::to_string(j) +
                                       " has a non-finite "
                                       "value at period " +
                                       std::to_string(t));
      }
      if (y(t, j) != y(0, j)) constant = false;
    }
    if (constant) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%g", y(0, j));
      return Status::InvalidArgument("VAR: series " + std::to_string(j) +
                                     " is constant (every "
                                     "value is " +
                                     buf +
                                     "): it can neither explain nor be "
                                     "explained");
    }
  }
  return Status::OK();
}

// Rows the VAR(p) of k series needs so that nobs >= ratio * (k p + 1).
int64_t RowsNeeded(int k, int p, double ratio) {
  return p + static_cast<int64_t>(std::ceil(ratio * (static_cast<double>(k) * p + 1) - 1e-9));
}

Status TooShort(int k, int p, int rows, double ratio) {
  char r[32];
  std::snprintf(r, sizeof r, "%g", ratio);
  return Status::InvalidArgument("series too short: a VAR(" + std::to_string(p) + ") of " +
                                 std::to_string(k) + " series has " + std::to_string(k * p + 1) +
                                 " coefficients per equation and needs at "
                                 "least " +
                                 std::to_string(RowsNeeded(k, p, ratio)) + " periods (" +
                                 std::to_string(p) + " to start from, then " + r +
                                 " per coefficient); there are " + std::to_string(rows));
}

}  // namespace

Result<VarModel> FitVar(const Matrix& y, const VarOptions& options) {
  if (options.lags < 1) return Status::InvalidArgument("VAR: lag order must be at least 1");
  if (!(options.min_obs_per_parameter > 0)) {
    return Status::InvalidArgument("VAR: min_obs_per_parameter must be positive");
  }
  ENTENTE_RETURN_IF_ERROR(CheckData(y));
  if (y.rows() < RowsNeeded(y.cols(), options.lags, options.min_obs_per_parameter)) {
    return TooShort(y.cols(), options.lags, y.rows(), options.min_obs_per_parameter);
  }
  Result<VarModel> m = analysis_internal::EstimateVar(y, options.lags, 0);
  if (!m.ok()) return m.status();
  m->y = y;
  return m;
}

std::string_view LagCriterionName(LagCriterion c) {
  switch (c) {
    case LagCriterion::kAic:
      return "aic";
    case LagCriterion::kBic:
      return "bic";
    case LagCriterion::kHqic:
      return "hqic";
    case LagCriterion::kFpe:
      return "fpe";
  }
  return "aic";
}

int SelectedLag(const LagSelection& s, LagCriterion c) {
  switch (c) {
    case LagCriterion::kAic:
      return s.aic;
    case LagCriterion::kBic:
      return s.bic;
    case LagCriterion::kHqic:
      return s.hqic;
    case LagCriterion::kFpe:
      return s.fpe;
  }
  return s.aic;
}

Result<LagSelection> SelectVarOrder(const Matrix& y, int max_lags, double min_obs_per_parameter) {
  if (!(min_obs_per_parameter > 0)) {
    return Status::InvalidArgument("VAR: min_obs_per_parameter must be positive");
  }
  ENTENTE_RETURN_IF_ERROR(CheckData(y));
  const int t = y.rows();
  const int k = y.cols();
  // statsmodels: the largest order whose model can be estimated at all.
  const int max_estimable = (t - k - 1) / (1 + k);
  int m = max_lags;
  if (m <= 0) {
    m = static_cast<int>(std::nearbyint(12.0 * std::pow(t / 100.0, 1.0 / 4.0)));
    m = std::min(m, max_estimable);
    while (m >= 1 && t < RowsNeeded(k, m, min_obs_per_parameter)) --m;
    if (m < 1) return TooShort(k, 1, t, min_obs_per_parameter);
  } else if (m > max_estimable || t < RowsNeeded(k, m, min_obs_per_parameter)) {
    return TooShort(k, m, t, min_obs_per_parameter);
  }
  LagSelection sel;
  sel.max_lags = m;
  sel.nobs = t - m;
  for (int p = 0; p <= m; ++p) {
    Result<VarModel> r = analysis_internal::EstimateVar(y, p, m - p);
    if (!r.ok()) return r.status();
    sel.criteria.push_back(r->ic);
  }
  auto argmin = [&](double InfoCriteria::*field) {
    int best = 0;
    for (int p = 1; p <= m; ++p) {
      if (sel.criteria[static_cast<size_t>(p)].*field <
          sel.criteria[static_cast<size_t>(best)].*field)
        best = p;
    }
    return best;
  };
  sel.aic = argmin(&InfoCriteria::aic);
  sel.bic = argmin(&InfoCriteria::bic);
  sel.hqic = argmin(&InfoCriteria::hqic);
  sel.fpe = argmin(&InfoCriteria::fpe);
  return sel;
}

// ---------------------------------------------------------------------------------------------
// Granger causality

Result<GrangerTest> TestGrangerCausality(const VarModel& m, std::span<const int> caused,
                                         std::span<const int> causing, double signif) {
  if (!(signif > 0 && signif < 1)) {
    return Status::InvalidArgument("Granger test: signif must lie in (0, 1)");
  }
  if (m.p < 1) return Status::InvalidArgument("Granger test: the VAR has no lags");
  if (caused.empty() || causing.empty()) {
    return Status::InvalidArgument("Granger test: name at least one caused and one causing series");
  }
  std::vector<bool> seen(static_cast<size_t>(m.k), false);
  for (std::span<const int> set : {caused, causing}) {
    for (int v : set) {
      if (v < 0 || v >= m.k) {
        return Status::InvalidArgument("Granger test: series index " + std::to_string(v) +
                                       " out of range (the VAR has " + std::to_string(m.k) + ")");
      }
      if (seen[static_cast<size_t>(v)]) {
        return Status::InvalidArgument("Granger test: series " + std::to_string(v) +
                                       " named twice (caused and causing must be disjoint)");
      }
      seen[static_cast<size_t>(v)] = true;
    }
  }
  // Restrictions in statsmodels' order: lag, then causing, then caused.
  struct Coef {
    int row;  // params row
    int eq;   // params column
  };
  std::vector<Coef> coefs;
  for (int l = 0; l < m.p; ++l) {
    for (int ing : causing) {
      for (int ed : caused) coefs.push_back({1 + l * m.k + ing, ed});
    }
  }
  const int q = static_cast<int>(coefs.size());
  Eigen::VectorXd cb(q);
  Eigen::MatrixXd middle(q, q);
  for (int a = 0; a < q; ++a) {
    cb(a) = m.params(coefs[static_cast<size_t>(a)].row, coefs[static_cast<size_t>(a)].eq);
    for (int b = 0; b < q; ++b) {
      middle(a, b) =
          m.zz_inv(coefs[static_cast<size_t>(a)].row, coefs[static_cast<size_t>(b)].row) *
          m.sigma_u(coefs[static_cast<size_t>(a)].eq, coefs[static_cast<size_t>(b)].eq);
    }
  }
  Eigen::LDLT<Eigen::MatrixXd> ldlt(middle);
  if (ldlt.info() != Eigen::Success || !ldlt.isPositive() || !std::isfinite(middle.sum())) {
    return Status::InvalidArgument("Granger test: the coefficient covariance is singular");
  }
  const double wald = cb.dot(ldlt.solve(cb));
  GrangerTest g;
  g.caused.assign(caused.begin(), caused.end());
  g.causing.assign(causing.begin(), causing.end());
  g.f_statistic = wald / q;
  g.df_num = q;
  g.df_den = m.k * m.df_resid;
  g.signif = signif;
  if (g.df_den < 1 || !std::isfinite(g.f_statistic)) {
    return Status::InvalidArgument("Granger test: no residual degrees of freedom");
  }
  try {
    boost::math::fisher_f dist(g.df_num, g.df_den);
    g.p_value = boost::math::cdf(boost::math::complement(dist, std::max(g.f_statistic, 0.0)));
    g.crit_value = boost::math::quantile(dist, 1.0 - signif);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("Granger test: F distribution: ") + e.what());
  }
  return g;
}

}  // namespace entente
