package io.sidebench.logic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sidebench.model.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static List<String> repeat(int yesYes, int yesNo, int noYes, int noNo, boolean first) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < yesYes; i++) {
            out.add("yes");
        }
        for (int i = 0; i < yesNo; i++) {
            out.add(first ? "yes" : "no");
        }
        for (int i = 0; i < noYes; i++) {
            out.add(first ? "no" : "yes");
        }
        for (int i = 0; i < noNo; i++) {
            out.add("no");
        }
        return out;
    }

    @Test
    void cohensKappaOnTheTextbookExamples() {
        // Wikipedia "Cohen's kappa", worked example: 50 proposals, both yes 20, A yes / B no 5, A no / B yes 10,
        // both no 15: p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, kappa = 0.4
        assertThat(Agreement.cohenKappa(repeat(20, 5, 10, 15, true), repeat(20, 5, 10, 15, false)))
                .isCloseTo(0.4, within(1e-12));
        // same article, "similar percentages, different kappa": 45 / 15 / 25 / 15: p_o = 0.6, p_e = 0.54, kappa = 0.1304
        assertThat(Agreement.cohenKappa(repeat(45, 15, 25, 15, true), repeat(45, 15, 25, 15, false)))
                .isCloseTo(0.06 / 0.46, within(1e-12));
        assertThat(Agreement.cohenKappa(List.of("a", "a"), List.of("a", "a"))).isNull();
        assertThat(Agreement.cohenKappa(Arrays.asList("a", null, "b"), Arrays.asList("a", "b", "b"))).isEqualTo(1.0);
    }

    /** Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 coders, 12 units, missing data. */
    private static List<Collection<Double>> krippendorffExample() {
        Double[][] coders = {
            {1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 4.0, 1.0, 2.0, null, null, null},
            {1.0, 2.0, 3.0, 3.0, 2.0, 2.0, 4.0, 1.0, 2.0, 5.0, null, 3.0},
            {null, 3.0, 3.0, 3.0, 2.0, 3.0, 4.0, 2.0, 2.0, 5.0, 1.0, null},
            {1.0, 2.0, 3.0, 3.0, 2.0, 4.0, 4.0, 1.0, 2.0, 5.0, 1.0, null},
        };
        List<Collection<Double>> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            List<Double> values = new ArrayList<>();
            for (Double[] coder : coders) {
                values.add(coder[u]);
            }
            units.add(values.stream().filter(Objects::nonNull).toList());
        }
        return units;
    }

    @Test
    void krippendorffsAlphaOnHisOwnExample() {
        // published: nominal alpha = 0.743, interval alpha = 0.849
        assertThat(Agreement.krippendorffAlpha(krippendorffExample(), Agreement.Level.NOMINAL)).isCloseTo(0.743, within(5e-4));
        assertThat(Agreement.krippendorffAlpha(krippendorffExample(), Agreement.Level.INTERVAL)).isCloseTo(0.849, within(5e-4));
    }

    @Test
    void alphaEdgeCases() {
        assertThat(Agreement.krippendorffAlpha(List.of(List.of(1.0, 1.0), List.of(2.0, 2.0)), Agreement.Level.NOMINAL))
                .isEqualTo(1.0);
        assertThat(Agreement.krippendorffAlpha(List.of(List.of(1.0, 1.0), List.of(1.0)), Agreement.Level.INTERVAL)).isNull();
        assertThat(Agreement.krippendorffAlpha(List.of(List.of(1.0)), Agreement.Level.NOMINAL)).isNull();
    }

    @Test
    void agreementPerRubricDimensionFromAnnotations() {
        List<Annotation> annotations = new ArrayList<>();
        double[][] ratings = {{1, 1}, {2, 2}, {3, 2}, {4, 4}, {5, 5}};
        for (int c = 0; c < ratings.length; c++) {
            annotations.add(new Annotation(c + 1, "ann", Map.of("accuracy", ratings[c][0]), List.of(), null, Instant.EPOCH));
            annotations.add(new Annotation(c + 1, "bob", Map.of("accuracy", ratings[c][1], "style", 1.0), List.of(), null,
                    Instant.EPOCH));
        }
        var results = Agreement.ofAnnotations(annotations);
        assertThat(results).hasSize(1);
        var accuracy = results.get(0);
        assertThat(accuracy.dimension()).isEqualTo("accuracy");
        assertThat(accuracy.units()).isEqualTo(5);
        assertThat(accuracy.annotators()).containsExactly("ann", "bob");
        // p_o = 4/5; p_e = (1·1 + 1·2 + 1·1 + 1·1 + 1·1)/25 ... computed by the same definition:
        // ann: 1,2,3,4,5 each 1/5; bob: 1 (1/5), 2 (2/5), 4 (1/5), 5 (1/5) -> p_e = (1+2+0+1+1)/25 = 0.2
        assertThat(accuracy.cohenKappa()).isCloseTo((0.8 - 0.2) / 0.8, within(1e-12));
        assertThat(accuracy.alphaInterval()).isGreaterThan(accuracy.alphaNominal());
    }

    @Test
    void ordinalAlphaOnKrippendorffsExampleAndHisBinaryExample() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C (same data as above):
        // published ordinal alpha = 0.815 (nominal 0.743 < ordinal 0.815 < interval 0.849)
        assertThat(Agreement.krippendorffAlpha(krippendorffExample(), Agreement.Level.ORDINAL))
                .isCloseTo(0.815, within(5e-4));
        // ibid., section A: two observers, ten units, binary data; published alpha = 0.095
        // (= 1 - 19 · 4 / (14 · 6): four disagreeing units, 14 zeros and 6 ones among the 20 values)
        double[] a = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
        double[] b = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        List<Collection<Double>> units = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            units.add(List.of(a[i], b[i]));
        }
        assertThat(Agreement.krippendorffAlpha(units, Agreement.Level.NOMINAL)).isCloseTo(1 - 76.0 / 84, within(1e-12));
        assertThat(Agreement.krippendorffAlpha(units, Agreement.Level.NOMINAL)).isCloseTo(0.095, within(5e-4));
    }

    private static List<Double> ratingsOf(int[][] table, boolean rows, int min) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table.length; j++) {
                for (int c = 0; c < table[i][j]; c++) {
                    out.add((double) (rows ? i : j) + min);
                }
            }
        }
        return out;
    }

    @Test
    void weightedKappaByHandAndItsTwoCategoryReductionToCohensKappa() {
        // hand-worked 3 x 3 table, 20 items (rows: first annotator, columns: second), scale 1-3
        int[][] table = {{5, 2, 0}, {1, 4, 1}, {0, 2, 5}};
        List<Double> first = ratingsOf(table, true, 1);
        List<Double> second = ratingsOf(table, false, 1);
        // row marginals 7, 6, 7; column marginals 6, 8, 6; sum r_i c_i = 132, off-by-one sum r_i c_j = 184
        // linear weights 1, 0.5, 0: p_o = (14 + 0.5 · 6)/20 = 0.85, p_e = (132 + 0.5 · 184)/400 = 0.56
        assertThat(Agreement.weightedKappa(first, second, 1, 3, Agreement.Weights.LINEAR))
                .isCloseTo(0.29 / 0.44, within(1e-12));
        // quadratic weights 1, 0.75, 0: p_o = (14 + 0.75 · 6)/20 = 0.925, p_e = (132 + 0.75 · 184)/400 = 0.675
        assertThat(Agreement.weightedKappa(first, second, 1, 3, Agreement.Weights.QUADRATIC))
                .isCloseTo(0.25 / 0.325, within(1e-12));
        // unweighted: p_o = 0.7, p_e = 0.33
        assertThat(Agreement.cohenKappa(first, second)).isCloseTo(0.37 / 0.67, within(1e-12));
        // with two categories every weighting is Cohen's kappa: the Wikipedia worked example gives 0.4
        int[][] twoByTwo = {{15, 10}, {5, 20}}; // no/no 15, A no & B yes 10, A yes & B no 5, yes/yes 20
        List<Double> a = ratingsOf(twoByTwo, true, 0);
        List<Double> b = ratingsOf(twoByTwo, false, 0);
        assertThat(Agreement.weightedKappa(a, b, 0, 1, Agreement.Weights.LINEAR)).isCloseTo(0.4, within(1e-12));
        assertThat(Agreement.weightedKappa(a, b, 0, 1, Agreement.Weights.QUADRATIC)).isCloseTo(0.4, within(1e-12));
        assertThat(Agreement.weightedKappa(List.of(2.0, 2.0), List.of(2.0, 2.0), 1, 3, Agreement.Weights.LINEAR)).isNull();
    }

    @Test
    void landisKochBands() {
        assertThat(Agreement.Band.of(-0.1)).isEqualTo(Agreement.Band.POOR);
        assertThat(Agreement.Band.of(0.2)).isEqualTo(Agreement.Band.SLIGHT);
        assertThat(Agreement.Band.of(0.4)).isEqualTo(Agreement.Band.FAIR);
        assertThat(Agreement.Band.of(0.55)).isEqualTo(Agreement.Band.MODERATE);
        assertThat(Agreement.Band.of(0.8)).isEqualTo(Agreement.Band.SUBSTANTIAL);
        assertThat(Agreement.Band.of(0.81).label()).isEqualTo("almost perfect");
        assertThat(Agreement.Band.of(null)).isNull();
    }

    @Test
    void perDimensionAgreementUsesTheLevelThatFitsTheScale() {
        List<Annotation> annotations = new ArrayList<>();
        double[][] accuracy = {{1, 1}, {2, 2}, {3, 2}, {4, 4}, {5, 5}};
        double[][] safety = {{1, 1}, {1, 0}, {0, 0}, {1, 1}, {0, 0}};
        for (int c = 0; c < accuracy.length; c++) {
            annotations.add(new Annotation(c + 1, "ann", Map.of("accuracy", accuracy[c][0], "safety", safety[c][0]),
                    List.of(), null, Instant.EPOCH));
            annotations.add(new Annotation(c + 1, "bob", Map.of("accuracy", accuracy[c][1], "safety", safety[c][1]),
                    List.of(), null, Instant.EPOCH));
        }
        annotations.add(new Annotation(9, "ann", Map.of("accuracy", 3.0), List.of(), null, Instant.EPOCH));
        var dims = List.of(new HumanRatings.Dimension("accuracy", io.sidebench.model.ScaleType.NUMERIC, 1, 5, null, true),
                new HumanRatings.Dimension("safety", io.sidebench.model.ScaleType.PASS_FAIL, 0, 1, null, true));
        var results = DimensionAgreement.compute(dims, annotations);
        assertThat(results).hasSize(2);
        var acc = results.get(0);
        assertThat(acc.level()).isEqualTo(Agreement.Level.ORDINAL);
        assertThat(acc.sharedItems()).isEqualTo(5);
        List<Collection<Double>> units = new ArrayList<>();
        for (double[] r : accuracy) {
            units.add(List.of(r[0], r[1]));
        }
        units.add(List.of(3.0));
        assertThat(acc.alpha()).isEqualTo(Agreement.krippendorffAlpha(units, Agreement.Level.ORDINAL));
        assertThat(acc.kappa()).isCloseTo(0.75, within(1e-12)); // as in the test above
        // linear weights on 1-5 (k - 1 = 4): one disagreement by one step -> p_o = (4 + 0.75)/5 = 0.95;
        // p_e = sum w_ij p_i q_j with p = (.2,.2,.2,.2,.2), q = (.2,.4,0,.2,.2): sum_j q_j · mean_i w_ij
        // mean_i w_ij over rows: col1 0.5, col2 0.65, col4 0.65, col5 0.5 -> p_e = 0.1 + 0.26 + 0.13 + 0.1 = 0.59
        assertThat(acc.kappaLinear()).isCloseTo((0.95 - 0.59) / 0.41, within(1e-12));
        var safe = results.get(1);
        assertThat(safe.level()).isEqualTo(Agreement.Level.NOMINAL);
        assertThat(safe.kappaLinear()).isNull();
        // safety: 4 of 5 agree; ann 1,1,0,1,0 (3 passes), bob 1,0,0,1,0 (2): p_e = .6·.4 + .4·.6 = 0.48
        assertThat(safe.kappa()).isCloseTo((0.8 - 0.48) / 0.52, within(1e-12));
        assertThat(safe.band()).isEqualTo(Agreement.Band.of(safe.alpha()));
    }
}
