#!/usr/bin/python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""Generates tests/fixtures/analysis/var_reference.json: fixed data and the numbers an
independent implementation computes on it, for src/analysis/stats_reference_test.cc.

Reference implementations:
  - VAR estimation, lag-order selection (select_order), Granger F-tests (test_causality,
    kind="f"), impulse responses (irf: irfs, orth_irfs), forecast intervals: statsmodels
    (Debian's python3-statsmodels, 0.13), called directly.
  - Cross-correlations: statsmodels.tsa.stattools.ccf(adjusted=False).
  - Scenario forecasts: numpy from statsmodels' ma_rep and sigma_u (generalised impulses).
  - Residual-bootstrap bands: this script's own replay of the recipe in include/entente/stats.h,
    with a pure-Python MT19937-64 (checked against the C++ standard's 10000th-output value) and
    statsmodels refits.  Also statsmodels' asymptotic IRF standard errors, for a sampling-error
    check of the band widths.
  - Change points: exact optimal partitioning, O(n^2), with numpy segment statistics (no PELT,
    no prefix sums).  Baseline alerts: a direct loop with numpy.std(ddof=1).

Usage: /usr/bin/python3 scripts/gen_var_fixtures.py [OUT]   (default
tests/fixtures/analysis/var_reference.json; needs apt-get install python3-statsmodels; tests do
not: they read the committed JSON).  The data are generated from fixed seeds and rounded to 4
decimals, so the file is reproducible byte for byte with the same statsmodels/numpy versions.
"""
import json
import math
import os
import sys

import numpy as np
import statsmodels
from statsmodels.tsa.api import VAR
from statsmodels.tsa.stattools import ccf

MASK64 = (1 << 64) - 1


class MT19937_64:
    """std::mt19937_64 (the C++ standard's parameters)."""

    N, M = 312, 156
    A = 0xB5026F5AA96619E9
    UPPER, LOWER = 0xFFFFFFFF80000000, 0x7FFFFFFF

    def __init__(self, seed):
        self.mt = [0] * self.N
        self.mt[0] = seed & MASK64
        for i in range(1, self.N):
            prev = self.mt[i - 1]
            self.mt[i] = (6364136223846793005 * (prev ^ (prev >> 62)) + i) & MASK64
        self.i = self.N

    def _twist(self):
        mt = self.mt
        for i in range(self.N):
            x = (mt[i] & self.UPPER) | (mt[(i + 1) % self.N] & self.LOWER)
            xa = x >> 1
            if x & 1:
                xa ^= self.A
            mt[i] = mt[(i + self.M) % self.N] ^ xa
        self.i = 0

    def __call__(self):
        if self.i >= self.N:
            self._twist()
        x = self.mt[self.i]
        self.i += 1
        x ^= (x >> 29) & 0x5555555555555555
        x ^= (x << 17) & 0x71D67FFFEDA60000
        x ^= (x << 37) & 0xFFF7EEE000000000
        x ^= x >> 43
        return x & MASK64


def check_mt():
    g = MT19937_64(5489)
    for _ in range(9999):
        g()
    assert g() == 9981545732273789042, "MT19937-64 replay is wrong"


def simulate_var(rs, intercept, coefs, sigma, t, burn=50):
    k = len(intercept)
    p = len(coefs)
    chol = np.linalg.cholesky(np.array(sigma))
    y = np.zeros((t + burn, k))
    for s in range(p, t + burn):
        v = np.array(intercept, dtype=float) + chol @ rs.standard_normal(k)
        for lag in range(1, p + 1):
            v = v + np.array(coefs[lag - 1]) @ y[s - lag]
        y[s] = v
    return np.round(y[burn:], 4)


def event_series(rs, t, k):
    """Goldstein-like net cooperation sums: sparse, integer-ish, with zero runs and a driver."""
    y = np.zeros((t, k))
    for s in range(t):
        for j in range(k):
            lam = 1.2 if j else 0.8
            if j == 0 and s >= 2:
                # series 0 reacts to series 1 two periods earlier
                lam += 0.25 * max(0.0, -y[s - 2, 1])
            n = rs.poisson(lam)
            y[s, j] = sum(rs.choice([-5.0, -2.0, 1.0, 3.4, 4.0, 7.0]) for _ in range(n))
    return np.round(y, 4)


def bootstrap(res, y, p, reps, seed, steps, signif):
    nobs, k = res.resid.shape
    u = res.resid - res.resid.mean(axis=0)
    c = res.intercept
    coefs = res.coefs
    g = MT19937_64(seed)
    plain, orth = [], []
    failed = 0
    t_len = y.shape[0]
    for _ in range(reps):
        ys = np.zeros_like(y)
        ys[:p] = y[:p]
        for t in range(p, t_len):
            r = g() % nobs
            v = c + u[r]
            for lag in range(1, p + 1):
                v = v + coefs[lag - 1] @ ys[t - lag]
            ys[t] = v
        try:
            rr = VAR(ys).fit(p)
            plain.append(rr.ma_rep(steps))
            orth.append(rr.orth_ma_rep(steps))
        except (np.linalg.LinAlgError, ValueError):
            failed += 1
    n = len(plain)
    lo = int(round(signif / 2 * n) - 1)
    hi = int(round((1 - signif / 2) * n) - 1)
    ps, os_ = np.sort(np.array(plain), axis=0), np.sort(np.array(orth), axis=0)
    return {
        "replications": n,
        "failed": failed,
        "plain_lower": ps[lo].tolist(),
        "plain_upper": ps[hi].tolist(),
        "orth_lower": os_[lo].tolist(),
        "orth_upper": os_[hi].tolist(),
    }


def scenario(res, y, p, steps, variable, size, periods, alpha):
    point, lower, upper = res.forecast_interval(y[-p:], steps, alpha=alpha)
    phi = res.ma_rep(steps)
    sig = res.sigma_u
    delta = sig[:, variable] * size / math.sqrt(sig[variable, variable])
    shift = np.zeros_like(point)
    for h in range(1, steps + 1):
        for s in range(1, min(h, periods) + 1):
            shift[h - 1] += phi[h - s] @ delta
    return {"point": (point + shift).tolist(), "lower": (lower + shift).tolist(),
            "upper": (upper + shift).tolist()}


def var_case(name, y, max_lags, p, boot_reps, boot_seed, steps=10, fc_steps=6,
             shock=(1, 1.0, 3)):
    model = VAR(y)
    sel = model.select_order(maxlags=max_lags)
    res = VAR(y).fit(p)
    k = y.shape[1]
    causality = []
    pairs = [([i], [j]) for i in range(k) for j in range(k) if i != j]
    if k >= 3:
        pairs += [([0], [1, 2]), ([0, 1], [2])]
    for caused, causing in pairs:
        t = res.test_causality(caused, causing, kind="f", signif=0.05)
        causality.append({"caused": caused, "causing": causing, "f": float(t.test_statistic),
                          "df_num": int(t.df[0]), "df_den": int(t.df[1]),
                          "p": float(t.pvalue), "crit": float(t.crit_value)})
    irf = res.irf(steps)
    point, lower, upper = res.forecast_interval(y[-p:], fc_steps, alpha=0.05)
    ccfs = []
    for i in range(k):
        for j in range(k):
            if i != j:
                ccfs.append({"x": i, "y": j, "r": ccf(y[:, i], y[:, j], adjusted=False)[:7].tolist()})
    return {
        "name": name,
        "data": y.tolist(),
        "select": {
            "max_lags": max_lags,
            "aic": [float(v) for v in sel.ics["aic"]],
            "bic": [float(v) for v in sel.ics["bic"]],
            "hqic": [float(v) for v in sel.ics["hqic"]],
            "fpe": [float(v) for v in sel.ics["fpe"]],
            "selected": {key: int(v) for key, v in sel.selected_orders.items()},
        },
        "fit": {
            "p": p,
            "nobs": int(res.nobs),
            "df_resid": int(res.df_resid),
            "params": res.params.tolist(),
            "params_se": np.asarray(res.stderr).tolist(),
            "sigma_u": res.sigma_u.tolist(),
            "sigma_u_mle": res.sigma_u_mle.tolist(),
            "resid_head": res.resid[:5].tolist(),
            "aic": float(res.aic), "bic": float(res.bic), "hqic": float(res.hqic),
            "fpe": float(res.fpe), "llf": float(res.llf),
        },
        "causality": causality,
        "irf": {"steps": steps, "plain": irf.irfs.tolist(), "orth": irf.orth_irfs.tolist(),
                "stderr_plain": irf.stderr(orth=False).tolist()},
        "forecast": {"steps": fc_steps, "alpha": 0.05, "point": point.tolist(),
                     "lower": lower.tolist(), "upper": upper.tolist()},
        "scenario": dict(variable=shock[0], size=shock[1], periods=shock[2],
                         **scenario(res, y, p, fc_steps, shock[0], shock[1], shock[2], 0.05)),
        "ccf": ccfs,
        "bootstrap": dict(seed=boot_seed, steps=steps, signif=0.05,
                          **bootstrap(res, y, p, boot_reps, boot_seed, steps, 0.05)),
    }


def segment_cost(seg, meanvar, scale):
    n = len(seg)
    sse = float(np.sum((seg - seg.mean()) ** 2))
    if not meanvar:
        return sse / scale
    v = max(sse / n, scale)
    return n * math.log(2 * math.pi * v) + sse / v


def optimal_partitioning(x, meanvar, min_seg, penalty=None, floor_fraction=0.01):
    x = np.asarray(x, dtype=float)
    n = len(x)
    var0 = float(np.var(x))
    if meanvar:
        scale = floor_fraction * var0
    else:
        scale = float(np.var(np.diff(x), ddof=1)) / 2 or var0
    beta = penalty if penalty is not None else (3.0 if meanvar else 2.0) * math.log(n)
    f = [math.inf] * (n + 1)
    last = [-1] * (n + 1)
    f[0] = -beta
    for t in range(1, n + 1):
        for tau in range(0, t - min_seg + 1):
            if f[tau] == math.inf:
                continue
            v = f[tau] + segment_cost(x[tau:t], meanvar, scale) + beta
            if v < f[t]:
                f[t], last[t] = v, tau
    bounds = []
    t = n
    while t > 0:
        bounds.append(t)
        t = last[t]
    bounds = [0] + bounds[::-1]
    segs = [{"begin": a, "end": b, "mean": float(x[a:b].mean()), "variance": float(np.var(x[a:b]))}
            for a, b in zip(bounds[:-1], bounds[1:])]
    return {"meanvar": meanvar, "min_segment": min_seg, "penalty": beta, "scale": scale,
            "cost": f[n], "changes": bounds[1:-1], "segments": segs}


def alerts(x, window, k):
    out = []
    for t in range(window, len(x)):
        base = np.asarray(x[t - window:t], dtype=float)
        m, sd = float(base.mean()), float(base.std(ddof=1))
        if sd > 1e-12 * (abs(m) + 1):
            z = (x[t] - m) / sd
        else:
            sd = 0.0
            z = 0.0 if x[t] == m else math.copysign(math.inf, x[t] - m)
        if abs(z) > k:
            out.append({"index": t, "value": float(x[t]), "mean": m, "sd": sd,
                        "z": z if math.isfinite(z) else ("inf" if z > 0 else "-inf")})
    return out


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "tests", "fixtures", "analysis", "var_reference.json")
    check_mt()
    rs = np.random.RandomState(20260101)
    var3 = simulate_var(
        rs, [0.5, -0.2, 1.0],
        [[[0.4, 0.0, 0.1], [0.0, 0.3, 0.0], [0.1, 0.0, 0.2]],
         [[0.0, 0.35, 0.0], [0.0, 0.1, 0.0], [0.0, 0.0, -0.2]]],
        [[1.0, 0.3, 0.1], [0.3, 1.5, 0.0], [0.1, 0.0, 0.8]], 120)
    events4 = event_series(np.random.RandomState(7), 96, 4)
    bivar = simulate_var(rs, [0.0, 0.3], [[[0.5, -0.3], [0.0, 0.6]]],
                         [[2.0, 0.5], [0.5, 1.0]], 60)
    shift = np.round(np.concatenate([rs.normal(0, 1, 50), rs.normal(3, 1, 50),
                                     rs.normal(3, 4, 50)]), 4)
    doc = {
        "_generated_by": "scripts/gen_var_fixtures.py (GENERATED, DO NOT EDIT)",
        "statsmodels": statsmodels.__version__,
        "numpy": np.__version__,
        "var": [
            var_case("var3_p2", var3, 6, 2, 200, 42),
            var_case("events4_p1", events4, 4, 1, 200, 7, shock=(1, 1.0, 3)),
            var_case("events4_p3", events4, 4, 3, 100, 9, shock=(2, -2.0, 2)),
            var_case("bivar_p1", bivar, 3, 1, 200, 1, shock=(0, 1.0, 1)),
        ],
        "changes": {
            "shift": shift.tolist(),
            "events": events4[:, 0].tolist(),
            "cases": [
                dict(series="shift", **optimal_partitioning(shift, True, 3)),
                dict(series="shift", **optimal_partitioning(shift, False, 3)),
                dict(series="shift", **optimal_partitioning(shift, True, 2, penalty=4.0)),
                dict(series="events", **optimal_partitioning(events4[:, 0], True, 3)),
                dict(series="events", **optimal_partitioning(events4[:, 0], False, 2)),
                dict(series="events", **optimal_partitioning(events4[:, 0], True, 4,
                                                             floor_fraction=0.1)),
            ],
        },
        "alerts": {
            "window": 12, "k": 2.0,
            "shift": alerts(shift.tolist(), 12, 2.0),
            "events": alerts(events4[:, 0].tolist(), 12, 2.0),
        },
    }
    # variance_floor is passed to C++ as a fraction; record it for the cases that use one.
    for case, frac in zip(doc["changes"]["cases"], [0.01, None, 0.01, 0.01, None, 0.1]):
        case["variance_floor"] = frac
    with open(out, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
