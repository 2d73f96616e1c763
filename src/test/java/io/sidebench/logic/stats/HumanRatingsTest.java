package io.sidebench.logic.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sidebench.logic.util.Json;
import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.Objectives;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.ScaleType;
import io.sidebench.testsupport.ScoringProjectFixture;
import io.sidebench.testsupport.ScoringProjectFixture.PromptSpec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HumanRatingsTest {
    @TempDir
    Path dir;

    static final List<RubricDimension> RUBRIC = HumanRatingsFixture.RUBRIC;

    static ScoringProjectFixture ratedProject(Path dir) throws Exception {
        return HumanRatingsFixture.ratedProject(dir);
    }

    @Test
    void perDimensionMeansPassRatesWilsonIntervalsAndTheWeightedOverall() throws Exception {
        var fx = ratedProject(dir);
        Bootstrap bootstrap = new Bootstrap(7, 500, 0.95);
        var result = HumanRatings.compute(RunDataset.load(fx.store, fx.run.id()), RUBRIC, bootstrap);
        long good = fx.models.get(0).id();
        long fast = fx.models.get(1).id();

        assertThat(result.dimensions()).extracting(HumanRatings.Dimension::name)
                .containsExactly("correctness", "tone", "safety", "clarity");
        assertThat(result.dimensions().get(3).inRubric()).isFalse();
        assertThat(result.dimensions().get(3).scaleLabel()).isEqualTo("scale unknown");
        assertThat(result.hasOverall()).isTrue();
        assertThat(result.metricIds()).containsExactly("human:correctness", "human:tone", "human:safety",
                "human:clarity", "human:overall");

        var correctness = result.cell("correctness", good);
        assertThat(correctness.kind()).isEqualTo(HumanRatings.Kind.MEAN);
        assertThat(correctness.n()).isEqualTo(4);
        assertThat(correctness.value()).isEqualTo(4.0); // (5+4+4+3)/4
        // the interval is the percentile bootstrap of the same four values, on the 1-5 scale
        double[] expected = bootstrap.meanInterval(new double[] {5, 4, 4, 3});
        assertThat(correctness.low()).isEqualTo(expected[0]);
        assertThat(correctness.high()).isEqualTo(expected[1]);
        assertThat(correctness.low()).isBetween(3.0, 4.0);
        assertThat(correctness.high()).isBetween(4.0, 5.0);

        assertThat(result.cell("tone", good).n()).isEqualTo(3);
        assertThat(result.cell("tone", good).value()).isEqualTo(3.0); // (4+3+2)/3

        // safety of m-good: 3 passes of 4. Wilson, z = 1.959964, z² = 3.841459:
        // centre = (0.75 + z²/8) / (1 + z²/4) = 1.230182 / 1.960365 = 0.627527
        // half = z / 1.960365 · sqrt(0.75·0.25/4 + z²/64) = 0.999795 · 0.326953 = 0.326886 -> [0.30064, 0.95441]
        var safety = result.cell("safety", good);
        assertThat(safety.kind()).isEqualTo(HumanRatings.Kind.PASS_RATE);
        assertThat(safety.n()).isEqualTo(4);
        assertThat(safety.value()).isEqualTo(0.75);
        assertThat(safety.low()).isCloseTo(0.30064, within(1e-5));
        assertThat(safety.high()).isCloseTo(0.95441, within(1e-5));

        // m-fast: three rated answers; the doubly rated one counts once, at the annotators' mean
        var fastCorrectness = result.cell("correctness", fast);
        assertThat(fastCorrectness.n()).isEqualTo(3);
        assertThat(fastCorrectness.value()).isCloseTo((3.0 + 2 + 1) / 3, within(1e-12));
        var fastSafety = result.cell("safety", fast);
        assertThat(fastSafety.value()).isCloseTo(0.5 / 3, within(1e-12));
        // Wilson with 0.5 passes of 3: centre = (1/6 + z²/6)/(1 + z²/3) = 0.806910/2.280486 = 0.353832;
        // half = z/2.280486 · sqrt((1/6)(5/6)/3 + z²/36) = 0.859450 · sqrt(0.0462963 + 0.1067072)
        //      = 0.859450 · 0.391157 = 0.336180 -> [0.017652, 0.690012]
        assertThat(fastSafety.low()).isCloseTo(0.017652, within(1e-5));
        assertThat(fastSafety.high()).isCloseTo(0.690012, within(1e-5));

        // overall = (2·(correctness−1)/4 + 1·safety) / 3, only where both weighted dimensions are rated
        // m-good: (2·1 + 1)/3 = 1, (2·0.75 + 1)/3 = 0.8333, 0.8333, (2·0.5 + 0)/3 = 0.3333 -> mean 0.75
        var overall = result.cell(HumanRatings.OVERALL, good);
        assertThat(overall.kind()).isEqualTo(HumanRatings.Kind.OVERALL);
        assertThat(overall.n()).isEqualTo(4);
        assertThat(overall.value()).isCloseTo(0.75, within(1e-12));
        // m-fast: (2·0.5 + 0.5)/3 = 0.5, (2·0.25 + 0)/3 = 0.1667, 0 -> mean 0.2222
        assertThat(result.cell(HumanRatings.OVERALL, fast).value()).isCloseTo(2.0 / 9, within(1e-12));

        // per category: m-good's correctness in math is (5+4)/2, in facts (4+3)/2
        var math = result.cells().stream().filter(x -> x.dimension().equals("correctness") && x.modelId() == good
                && "math".equals(x.category())).findFirst().orElseThrow();
        assertThat(math.value()).isEqualTo(4.5);
        assertThat(math.n()).isEqualTo(2);

        // never a mean across dimensions: no cell mixes them
        assertThat(result.cells()).extracting(HumanRatings.Cell::dimension).doesNotContain("human rating");
        // leaderboard groups carry the same figures
        var groups = result.groups("human:safety");
        assertThat(groups).filteredOn(g -> g.category() == null && g.modelId() == good)
                .singleElement().satisfies(g -> assertThat(g.summary().mean()).isEqualTo(0.75));
    }

    @Test
    void withoutWeightsThereIsNoOverallScore() throws Exception {
        var fx = ratedProject(dir);
        List<RubricDimension> unweighted = List.of(RubricDimension.numeric("correctness", 1, 5),
                RubricDimension.passFail("safety"));
        var result = HumanRatings.compute(RunDataset.load(fx.store, fx.run.id()), unweighted, Bootstrap.defaults());
        assertThat(result.hasOverall()).isFalse();
        assertThat(result.cells()).noneMatch(c -> c.dimension().equals(HumanRatings.OVERALL));
    }

    @Test
    void weightsAreStoredInTheObjectivesJsonAndOldJsonReadsWithout() {
        Objectives o = Objectives.EMPTY.withRubric(RUBRIC);
        Objectives back = Json.read(Json.write(o), Objectives.class);
        assertThat(back).isEqualTo(o);
        assertThat(back.rubric().get(0).weight()).isEqualTo(2.0);
        String old = "{\"title\":\"t\",\"goal\":\"\",\"successCriteria\":\"\",\"rubric\":[{\"name\":\"accuracy\","
                + "\"scale\":\"NUMERIC\",\"min\":1,\"max\":5,\"description\":null}]}";
        Objectives read = Json.read(old, Objectives.class);
        assertThat(read.rubric().get(0).weight()).isNull();
        assertThat(read.rubric().get(0).scale()).isEqualTo(ScaleType.NUMERIC);
        assertThat(read.rubric().get(0).weighted()).isFalse();
    }

    @Test
    void wilsonIntervalAndNormalQuantile() {
        assertThat(Wilson.z(0.95)).isCloseTo(1.959964, within(1e-6));
        assertThat(Wilson.z(0.99)).isCloseTo(2.575829, within(1e-6));
        // 0 of 10: [0, z²/(n+z²)] = [0, 3.841459/13.841459] = [0, 0.27753]
        double[] zero = Wilson.interval(0, 10, 0.95);
        assertThat(zero[0]).isEqualTo(0.0);
        assertThat(zero[1]).isCloseTo(0.27753, within(1e-5));
        assertThat(Wilson.interval(0, 0, 0.95)).isNull();
    }
}
