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
}
