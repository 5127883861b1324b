#!/usr/bin/env python3
"""Independent reference values for the tests of be.veerkracht.quality (issue 12).

Run with Python 3, NumPy, SciPy (1.17 used) and statsmodels (0.15 used): python3 quality_reference.py
Every number printed here appears in a test with a comment naming this script or the library call.
"""
import numpy as np
from scipy import integrate, stats
from scipy.special import gammaln

try:
    from statsmodels.stats.weightstats import ttost_ind, ttost_paired
except ImportError:  # the TOST values then come from the formulas below only
    ttost_ind = ttost_paired = None

# Montgomery's piston rings, phase I, as shipped with R's qcc (data/pistonrings.txt)
RINGS = np.array([
    [74.030, 74.002, 74.019, 73.992, 74.008], [73.995, 73.992, 74.001, 74.011, 74.004],
    [73.988, 74.024, 74.021, 74.005, 74.002], [74.002, 73.996, 73.993, 74.015, 74.009],
    [73.992, 74.007, 74.015, 73.989, 74.014], [74.009, 73.994, 73.997, 73.985, 73.993],
    [73.995, 74.006, 73.994, 74.000, 74.005], [73.985, 74.003, 73.993, 74.015, 73.988],
    [74.008, 73.995, 74.009, 74.005, 74.004], [73.998, 74.000, 73.990, 74.007, 73.995],
    [73.994, 73.998, 73.994, 73.995, 73.990], [74.004, 74.000, 74.007, 74.000, 73.996],
    [73.983, 74.002, 73.998, 73.997, 74.012], [74.006, 73.967, 73.994, 74.000, 73.984],
    [74.012, 74.014, 73.998, 73.999, 74.007], [74.000, 73.984, 74.005, 73.998, 73.996],
    [73.994, 74.012, 73.986, 74.005, 74.007], [74.006, 74.010, 74.018, 74.003, 74.000],
    [73.984, 74.002, 74.003, 74.005, 73.997], [74.000, 74.010, 74.013, 74.020, 74.003],
    [73.988, 74.001, 74.009, 74.005, 73.996], [74.004, 73.999, 73.990, 74.006, 74.009],
    [74.010, 73.989, 73.990, 74.009, 74.014], [74.015, 74.008, 73.993, 74.000, 74.010],
    [73.982, 73.984, 73.995, 74.017, 74.013]])


def d2(n):
    return integrate.quad(lambda x: 1 - (1 - stats.norm.cdf(x)) ** n - stats.norm.cdf(x) ** n, -np.inf, np.inf)[0]


def d3(n):
    F = stats.norm.cdf
    second = integrate.dblquad(lambda y, x: 1 - F(y) ** n - (1 - F(x)) ** n + (F(y) - F(x)) ** n,
                               -10, 10, lambda x: x, lambda x: 10)[0]
    return np.sqrt(2 * second - d2(n) ** 2)


def ad_p(a):  # D'Agostino and Stephens (1986), Table 4.9
    if a < 0.2:
        return 1 - np.exp(-13.436 + 101.14 * a - 223.73 * a * a)
    if a < 0.34:
        return 1 - np.exp(-8.318 + 42.796 * a - 59.938 * a * a)
    if a < 0.6:
        return np.exp(0.9177 - 4.279 * a - 1.38 * a * a)
    return np.exp(1.2937 - 5.709 * a + 0.0186 * a * a)


def constants():
    for n in range(2, 26):
        c4 = np.sqrt(2 / (n - 1)) * np.exp(gammaln(n / 2) - gammaln((n - 1) / 2))
        print(f"n={n} d2={d2(n):.5f} d3={d3(n):.5f} c4={c4:.5f}")


def charts_and_capability():
    x = RINGS.ravel()
    n = len(x)
    xbar, r, s = RINGS.mean(1), np.ptp(RINGS, 1), RINGS.std(1, ddof=1)
    gm, rbar, sbar = xbar.mean(), r.mean(), s.mean()
    print("X-R", gm, rbar, gm - 0.577 * rbar, gm + 0.577 * rbar, 2.114 * rbar, rbar / 2.326)
    print("X-S", sbar, gm - 1.427 * sbar, gm + 1.427 * sbar, 2.089 * sbar, sbar / 0.9400)
    mr = np.abs(np.diff(x))
    sig_mr = mr.mean() / 1.128
    print("I-MR", mr.mean(), sig_mr, gm - 3 * sig_mr, gm + 3 * sig_mr, 3.267 * mr.mean(),
          np.where((x < gm - 3 * sig_mr) | (x > gm + 3 * sig_mr))[0])
    sw, so, mu = rbar / 2.326, x.std(ddof=1), x.mean()
    cp, cpk = 0.1 / (6 * sw), min(74.05 - mu, mu - 73.95) / (3 * sw)
    pp, ppk = 0.1 / (6 * so), min(74.05 - mu, mu - 73.95) / (3 * so)
    nu = n - 1
    lo, hi = np.sqrt(stats.chi2.ppf(0.025, nu) / nu), np.sqrt(stats.chi2.ppf(0.975, nu) / nu)
    z = stats.norm.ppf(0.975)
    half = lambda c: z * np.sqrt(1 / (9 * n) + c * c / (2 * nu))
    print("capability", mu, sw, so, cp, cpk, pp, ppk)
    print("Cp CI", cp * lo, cp * hi, "Pp CI", pp * lo, pp * hi)
    print("Cpk CI", cpk - half(cpk), cpk + half(cpk), "Ppk CI", ppk - half(ppk), ppk + half(ppk))
    print("MR capability", sig_mr, 0.1 / (6 * sig_mr), min(74.05 - mu, mu - 73.95) / (3 * sig_mr))
    a2 = stats.anderson(x, "norm", method="interpolate")
    adj = a2.statistic * (1 + 0.75 / n + 2.25 / n ** 2)
    print("AD rings", a2.statistic, a2.pvalue, adj, ad_p(adj))
    skewed = np.array([0.1, 0.2, 0.2, 0.3, 0.3, 0.4, 0.5, 0.7, 0.9, 1.2, 1.6, 2.3, 3.5, 5.8, 9.4])
    a2 = stats.anderson(skewed, "norm", method="interpolate")
    adj = a2.statistic * (1 + 0.75 / 15 + 2.25 / 15 ** 2)
    print("AD skewed", a2.statistic, a2.pvalue, ad_p(adj))


def equivalence():
    a, b = np.array([4, 7, 8.]), np.array([6, 8, 7.])
    print("ttest", stats.ttest_ind(a, b, equal_var=False), stats.ttest_ind(a, b, equal_var=True))
    rng = np.random.default_rng(5)
    p = np.round(rng.normal(10.00, 0.02, 20), 3)
    s = np.round(rng.normal(10.005, 0.025, 15), 3)
    print("primary", list(p), "secondary", list(s))
    print(stats.ttest_ind(s, p, equal_var=False))
    f = s.var(ddof=1) / p.var(ddof=1)
    cdf = stats.f.cdf(f, len(s) - 1, len(p) - 1)
    print("F", f, 2 * min(cdf, 1 - cdf), stats.levene(s, p, center="median"))
    cert = np.array([5.02, 4.98, 5.05, 5.01, 4.99, 5.03, 5.00, 5.04, 4.97, 5.02])
    ours = np.array([5.00, 4.97, 5.02, 5.00, 4.98, 5.00, 4.99, 5.01, 4.97, 5.00])
    d = cert - ours
    print("paired", stats.ttest_rel(cert, ours), d.mean() - 1.96 * d.std(ddof=1), d.mean() + 1.96 * d.std(ddof=1))
    z = stats.norm.ppf(0.95) + stats.norm.ppf(0.90)
    small_p, small_s = np.array([10.00, 10.02, 9.98]), np.array([10.01, 9.99, 10.03])
    print("CSW two-sample", 2 * z * z * 0.02 ** 2 / (0.02 - 0.01) ** 2, "no difference", 2 * z * z)
    print("CSW paired", z * z * d.var(ddof=1) / (0.02 - d.mean()) ** 2)
    if ttost_ind is not None:
        for usevar in ("pooled", "unequal"):
            print("ttost_ind issue", usevar, ttost_ind(a, b, -1, 1, usevar=usevar))
            print("ttost_ind suppliers", usevar, ttost_ind(s, p, -0.02, 0.02, usevar=usevar))
        print("ttost_ind small", ttost_ind(small_s, small_p, -0.02, 0.02, usevar="unequal"))
        for margin in (0.05, 0.02):
            print("ttost_paired", margin, ttost_paired(cert, ours, -margin, margin))


if __name__ == "__main__":
    constants()
    charts_and_capability()
    equivalence()
