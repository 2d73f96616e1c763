package io.sidebench.logic.stats;

import java.util.List;

/**
 * The one ranking rule of Sidebench, used by the GUI leaderboard, {@code stats}, every report format and the
 * slides: a model's rank is 1 + the number of models whose whole interval lies on the better side of its
 * whole interval (strictly above it when higher is better, strictly below when lower is). Models whose
 * intervals overlap therefore share a rank, and a rank can be skipped (1, 1, 3) as in sports tables.
 * A model with a single value (no interval) counts as the point interval [mean, mean]; a model without
 * any value comes after every model that has one.
 */
public final class Ranking {
    private Ranking() {
    }

    /** One model's estimate: its mean and interval; {@code NaN} (or {@code null}) where not known. */
    public record Band(Double mean, Double low, Double high) {
        boolean known() {
            return mean != null && !mean.isNaN();
        }

        double lower() {
            return low == null || low.isNaN() || high == null || high.isNaN() ? mean : Math.min(low, mean);
        }

        double upper() {
            return low == null || low.isNaN() || high == null || high.isNaN() ? mean : Math.max(high, mean);
        }
    }

    /** The ranks of {@code bands}, in the same order. */
    public static int[] ranks(List<Band> bands, boolean higherIsBetter) {
        int known = (int) bands.stream().filter(Band::known).count();
        int[] ranks = new int[bands.size()];
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            if (!b.known()) {
                ranks[i] = known + 1;
                continue;
            }
            int rank = 1;
            for (int j = 0; j < bands.size(); j++) {
                Band other = bands.get(j);
                if (j != i && other.known() && better(other, b, higherIsBetter)) {
                    rank++;
                }
            }
            ranks[i] = rank;
        }
        return ranks;
    }

    /** Whether {@code a}'s interval lies entirely on the better side of {@code b}'s. */
    public static boolean better(Band a, Band b, boolean higherIsBetter) {
        return higherIsBetter ? a.lower() > b.upper() : a.upper() < b.lower();
    }
}
