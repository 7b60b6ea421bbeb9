#!/usr/bin/env python3
"""Times ordinal Krippendorff's alpha in pure numpy on the PreCoder synthetic seed study.

The PyPI `krippendorff` package (pln-fing-udelar/fast-krippendorff) could not be installed here (no package index
reachable), so `alpha_ordinal` below re-implements its algorithm with the same vectorised numpy steps: value counts by
broadcasting, the coincidence matrix o, the random-coincidence matrix e, the ordinal distance matrix from the value
marginals, and alpha = 1 - sum(o d) / sum(e d). The package has no bootstrap; `bootstrap_ordinal` is a vectorised
numpy version of the Hayes & Krippendorff (2007) bootstrap that PreCoder implements, for a like-for-like timing.

Usage:
  dotnet run -c Release --project tests/PreCoder.Benchmarks -- --export /tmp/seedstudy
  python3 tests/PreCoder.Benchmarks/python/ordinal_alpha_numpy.py /tmp/seedstudy
"""
import csv
import glob
import os
import sys
import time

import numpy as np


def load(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))[1:]
    # coders x units, NaN = missing (the package's reliability_data layout)
    data = np.array([[np.nan if v == "NA" else float(v) for v in r[1:]] for r in rows], dtype=np.float64)
    return data.T


def value_counts(reliability, domain):
    # units x values: how many coders gave each value to each unit
    return (reliability.T[..., np.newaxis] == domain[np.newaxis, np.newaxis, :]).sum(axis=1)


def coincidences(counts):
    n_units, n_values = counts.shape
    m_u = counts.sum(axis=1)
    pairable = m_u >= 2
    counts = counts[pairable]
    m_u = m_u[pairable]
    pairs = counts[:, :, np.newaxis] * counts[:, np.newaxis, :] - counts[:, np.newaxis, :] * np.eye(n_values)[np.newaxis]
    return (pairs / (m_u - 1)[:, np.newaxis, np.newaxis]).sum(axis=0)


def ordinal_distances(n_v):
    idx = np.arange(len(n_v))
    lo = np.minimum(idx[:, None], idx[None, :])
    hi = np.maximum(idx[:, None], idx[None, :])
    cum = np.concatenate(([0.0], np.cumsum(n_v)))
    between = cum[hi + 1] - cum[lo]
    return (between - (n_v[lo] + n_v[hi]) / 2.0) ** 2


def alpha_ordinal(reliability):
    domain = np.unique(reliability[~np.isnan(reliability)])
    o = coincidences(value_counts(reliability, domain))
    n_v = o.sum(axis=0)
    e = (np.outer(n_v, n_v) - np.diagflat(n_v)) / (n_v.sum() - 1)
    d = ordinal_distances(n_v)
    return 1 - (o * d).sum() / (e * d).sum(), o, d, reliability


def bootstrap_ordinal(reliability, resamples, rng, level=0.95):
    point, o, d, _ = alpha_ordinal(reliability)
    n = o.sum()
    n_v = o.sum(axis=0)
    d_e = (np.outer(n_v, n_v) * d).sum() / (n * (n - 1))
    iu = np.triu_indices(len(n_v), 1)
    p = np.concatenate(([np.trace(o) / n], 2 * o[iu] / n))
    deltas = np.concatenate(([0.0], d[iu]))
    m_u = (~np.isnan(reliability)).sum(axis=0)
    observed = np.zeros(resamples)
    for m in np.unique(m_u[m_u >= 2]):
        draws = int((m_u == m).sum()) * m * (m - 1) // 2
        picks = rng.choice(len(p), size=(resamples, draws), p=p / p.sum())
        observed += 2.0 / ((m - 1) * n) * deltas[picks].sum(axis=1)
    boot = np.sort(1 - observed / d_e)
    tail = (1 - level) / 2
    return point, np.quantile(boot, tail), np.quantile(boot, 1 - tail)


def main(directory):
    files = sorted(glob.glob(os.path.join(directory, "var*.csv")))
    data = [load(f) for f in files]
    reference = {}
    ref_path = os.path.join(directory, "csharp_alpha.csv")
    if os.path.exists(ref_path):
        with open(ref_path) as f:
            for row in list(csv.reader(f))[1:]:
                reference[int(row[0])] = (float(row[1]), float(row[2]), float(row[3]))

    for attempt in range(3):
        start = time.perf_counter()
        alphas = [alpha_ordinal(r)[0] for r in data]
        point_seconds = time.perf_counter() - start
        print(f"run {attempt + 1}: {len(data)} variables, ordinal alpha point estimates: {point_seconds * 1000:.1f} ms")

    if reference:
        diff = max(abs(alphas[v] - reference[v][0]) for v in reference)
        print(f"max |numpy - PreCoder| ordinal alpha over {len(reference)} variables: {diff:.2e}")

    rng = np.random.default_rng(2026)
    start = time.perf_counter()
    subset = data[:24]
    intervals = [bootstrap_ordinal(r, 1000, rng) for r in subset]
    boot_seconds = time.perf_counter() - start
    print(f"bootstrap 1000 resamples: {len(subset)} variables in {boot_seconds:.2f} s "
          f"-> {boot_seconds / len(subset) * 1000:.0f} ms/variable, {boot_seconds / len(subset) * len(data):.1f} s for {len(data)} (extrapolated)")
    if reference:
        # Different generators, same procedure: bounds agree up to Monte Carlo noise (~0.005 at 1000 resamples).
        gap = max(max(abs(lo - reference[v][1]), abs(hi - reference[v][2])) for v, (_, lo, hi) in enumerate(intervals))
        print(f"max |numpy - PreCoder| 95% bootstrap bound over {len(intervals)} variables: {gap:.4f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/seedstudy")
