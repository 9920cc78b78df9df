package cn.gov.zhangping.fertility.indicator.values.domain;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Exact 95% confidence intervals for the indicators' small numbers (at county scale one maternal death moves
 * the ratio by about 59 per 100,000).
 * <ul>
 * <li>Counts of events over a population or over births (crude birth rate, maternal and infant mortality) are Poisson:
 * the events are rare and independent and the denominator is large and taken as fixed. Garwood's interval from
 * chi-square quantiles: lower = χ²(α/2; 2k) / 2, upper = χ²(1 − α/2; 2k + 2) / 2, and lower = 0 at k = 0.</li>
 * <li>Proportions (a numerator that is a subset of its denominator: screened ÷ eligible) are binomial:
 * Clopper–Pearson from beta quantiles, which never leaves [0, 1] and stays at least 95% at every n, where the normal
 * approximation fails exactly at the small n and the 0% or 100% this plan's targets sit at.</li>
 * <li>The sex ratio at birth is the odds of a boy: given n births, the boys are binomial, so the Clopper–Pearson limits
 * of the boys' share p become limits of p ÷ (1 − p) × 100 (the transformation is monotone, the coverage carries over).</li>
 * </ul>
 */
public final class Intervals {

    public static final double ALPHA = 0.05;

    private Intervals() {
    }

    /** Interval of k events, in events (multiply by multiplier ÷ denominator for a rate). */
    public static double[] poisson(long k) {
        if (k < 0) {
            throw new IllegalArgumentException("negative count");
        }
        double lower = k == 0 ? 0 : new ChiSquaredDistribution(2.0 * k).inverseCumulativeProbability(ALPHA / 2) / 2;
        double upper = new ChiSquaredDistribution(2.0 * k + 2).inverseCumulativeProbability(1 - ALPHA / 2) / 2;
        return new double[] {lower, upper};
    }

    /** Interval of the proportion x ÷ n (0 ≤ x ≤ n, n > 0), as a fraction in [0, 1]. */
    public static double[] binomial(long x, long n) {
        if (n <= 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("needs 0 <= x <= n and n > 0");
        }
        double lower = x == 0 ? 0 : new BetaDistribution(x, n - x + 1.0).inverseCumulativeProbability(ALPHA / 2);
        double upper = x == n ? 1 : new BetaDistribution(x + 1.0, n - x).inverseCumulativeProbability(1 - ALPHA / 2);
        return new double[] {lower, upper};
    }

    /** Rate of k events per denominator × multiplier; null interval when the denominator is 0 or unknown. */
    public static Interval rate(long k, Long denominator, int multiplier) {
        if (denominator == null || denominator <= 0) {
            return new Interval(null, null, Interval.POISSON);
        }
        double[] ci = poisson(k);
        double scale = (double) multiplier / denominator;
        return new Interval(ci[0] * scale, ci[1] * scale, Interval.POISSON);
    }

    /** Proportion x of n × multiplier (100 for a percentage); null interval when n is 0 or unknown or x > n. */
    public static Interval proportion(long x, Long n, int multiplier) {
        if (n == null || n <= 0 || x > n) {
            return new Interval(null, null, Interval.BINOMIAL);
        }
        double[] ci = binomial(x, n);
        return new Interval(ci[0] * multiplier, ci[1] * multiplier, Interval.BINOMIAL);
    }

    /** Boys per 100 girls; no interval without any birth, an unbounded upper limit when no girl was born. */
    public static Interval sexRatio(long male, long female) {
        long n = male + female;
        if (n <= 0) {
            return new Interval(null, null, Interval.BINOMIAL);
        }
        double[] p = binomial(male, n);
        Double upper = p[1] >= 1 ? null : p[1] / (1 - p[1]) * 100;
        return new Interval(p[0] / (1 - p[0]) * 100, upper, Interval.BINOMIAL);
    }
}
