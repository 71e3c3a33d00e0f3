// Copyright 2026 The entente Authors. Apache-2.0.
//
// Internal: views of entente::Matrix as Eigen matrices and back.  Eigen stays out of the public
// headers; analysis sources include this one.
#ifndef ENTENTE_SRC_ANALYSIS_LINALG_INTERNAL_H_
#define ENTENTE_SRC_ANALYSIS_LINALG_INTERNAL_H_

#include <Eigen/Dense>

#include "entente/stats.h"

namespace entente::analysis_internal {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

inline Eigen::Map<const RowMatrix> View(const Matrix& m) {
  return Eigen::Map<const RowMatrix>(m.data().data(), m.rows(), m.cols());
}

template <typename Derived>
Matrix ToMatrix(const Eigen::MatrixBase<Derived>& e) {
  Matrix m(static_cast<int>(e.rows()), static_cast<int>(e.cols()));
  for (int r = 0; r < m.rows(); ++r) {
    for (int c = 0; c < m.cols(); ++c) m(r, c) = e(r, c);
  }
  return m;
}

// The VAR(p) estimated on rows offset..T-1 of y (the first p of them as presample), without the
// too-short policy of FitVar: used by FitVar, lag selection and the bootstrap.  p may be 0.
// Errors: collinear regressors; a singular residual covariance.
Result<VarModel> EstimateVar(const Matrix& y, int p, int offset);

// MA coefficients Phi_0..Phi_steps of the fitted VAR (Phi_0 = I).
std::vector<Eigen::MatrixXd> MaCoefficients(const VarModel& m, int steps);

}  // namespace entente::analysis_internal

#endif  // ENTENTE_SRC_ANALYSIS_LINALG_INTERNAL_H_
