package io.sidebench.logic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void quantilesInterpolateLikeRAndNumpy() {
        double[] v = {4, 1, 3, 2};
        assertThat(Descriptives.median(v)).isEqualTo(2.5);
        // type 7: h = (n-1)q = 0.75 -> 1 + 0.75·(2-1)
        assertThat(Descriptives.quantile(v, 0.25)).isEqualTo(1.75);
        assertThat(Descriptives.mean(v)).isEqualTo(2.5);
        assertThat(Descriptives.variance(v)).isCloseTo(5.0 / 3, within(1e-12));
    }

    @Test
    void summariesAreReproducibleAndHandleTinySamples() {
        Bootstrap b = new Bootstrap(7, 500, 0.95);
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Summary s = b.summarize(v);
        assertThat(s).isEqualTo(b.summarize(v));
        assertThat(s.mean()).isEqualTo(5.5);
        assertThat(s.median()).isEqualTo(5.5);
        assertThat(s.ciLow()).isLessThan(5.5);
        assertThat(s.ciHigh()).isGreaterThan(5.5);
        assertThat(b.summarize(new double[] {3})).isEqualTo(new Summary(1, 3.0, 3.0, null, null, 0.95));
        assertThat(b.summarize(new double[0]).n()).isZero();
        assertThat(b.summarize(new double[] {2, 2, 2})).isEqualTo(new Summary(3, 2.0, 2.0, 2.0, 2.0, 0.95));
    }

    @Test
    void intervalsCoverTheTrueMeanAtAboutTheNominalRate() {
        // 200 samples of 40 draws from N(10, 2²); a 95 % interval should contain 10 in about 95 % of them.
        // The percentile bootstrap runs slightly narrow at small n (Efron & Tibshirani 1993, ch. 13), and
        // 200 trials have a binomial standard error of 1.5 points: accept 89-99 %.
        Random random = new Random(12345);
        Bootstrap bootstrap = new Bootstrap(99, 1000, 0.95);
        int trials = 200;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] sample = new double[40];
            for (int i = 0; i < sample.length; i++) {
                sample[i] = 10 + 2 * random.nextGaussian();
            }
            double[] ci = bootstrap.meanInterval(sample);
            if (ci[0] <= 10 && 10 <= ci[1]) {
                covered++;
            }
        }
        double rate = (double) covered / trials;
        assertThat(rate).isBetween(0.89, 0.99);
    }

    @Test
    void pairedBootstrapFindsAConsistentDifference() {
        Random random = new Random(5);
        java.util.Map<Long, Double> a = new java.util.LinkedHashMap<>();
        java.util.Map<Long, Double> b = new java.util.LinkedHashMap<>();
        for (long p = 0; p < 50; p++) {
            double base = random.nextDouble();
            a.put(p, base + 0.1 + 0.05 * random.nextGaussian());
            b.put(p, base);
        }
        b.put(99L, 0.0); // answered by B only: not paired
        var r = PairedBootstrap.test("rougeL", 1, "A", a, 2, "B", b, new Bootstrap(1, 2000, 0.95));
        assertThat(r.prompts()).isEqualTo(50);
        assertThat(r.meanDiff()).isCloseTo(0.1, within(0.03));
        assertThat(r.significant()).isTrue();
        assertThat(r.pValue()).isLessThan(0.01);

        var same = PairedBootstrap.test("rougeL", 1, "A", a, 1, "A", a, new Bootstrap(1, 2000, 0.95));
        assertThat(same.meanDiff()).isEqualTo(0.0);
        assertThat(same.pValue()).isEqualTo(1.0);
        assertThat(same.significant()).isFalse();

        var none = PairedBootstrap.test("x", 1, "A", a, 3, "C", java.util.Map.of(), Bootstrap.defaults());
        assertThat(none.prompts()).isZero();
        assertThat(none.meanDiff()).isNull();
    }
}
