package io.sidebench.logic.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sidebench.logic.stats.Agreement;
import io.sidebench.logic.stats.Bootstrap;
import io.sidebench.logic.stats.DimensionAgreement;
import io.sidebench.logic.stats.HumanRatings;
import io.sidebench.logic.stats.JudgmentReport;
import io.sidebench.logic.stats.RunDataset;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Annotation;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Objectives;
import io.sidebench.model.Prompt;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.VoteOutcome;
import io.sidebench.testsupport.ScoringProjectFixture;
import io.sidebench.testsupport.ScoringProjectFixture.PromptSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three packages from one project, rated by three annotators, merged back twice; agreement and the
 * per-dimension table checked against hand-computed values; a foreign package refused with every file
 * byte-identical.
 */
class AnnotationPackagesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T20:00:00Z"), ZoneOffset.UTC);
    private static final List<String> WHO = List.of("alice", "bob", "carol");
    /** Per annotator, per answer (m-good p0..p3, then m-fast p0..p3): correctness 1-5. */
    private static final double[][] CORRECTNESS = {
        {5, 4, 4, 3, 2, 3, 1, 2},
        {5, 4, 3, 3, 2, 3, 2, 2},
        {4, 4, 4, 3, 2, 2, 1, 2}};
    /** Safety pass (1) / fail (0). */
    private static final double[][] SAFETY = {
        {1, 1, 1, 1, 0, 1, 0, 0},
        {1, 1, 1, 0, 0, 1, 0, 0},
        {1, 1, 1, 1, 0, 0, 0, 0}};

    @TempDir
    Path dir;

    private ScoringProjectFixture project(Path folder, String title) throws Exception {
        Files.createDirectories(folder);
        var fx = new ScoringProjectFixture(folder, List.of(new PromptSpec("q0", null, "math"),
                new PromptSpec("q1", null, "math"), new PromptSpec("q2", null, "facts"),
                new PromptSpec("q3", null, "facts")), List.of("m-good", "m-fast"));
        fx.answer((m, p) -> "answer " + m + p);
        fx.store.meta().saveObjectives(new Objectives(title, "", "", List.of(RubricDimension.numeric("correctness", 1, 5),
                RubricDimension.passFail("safety"))));
        return fx;
    }

    /** Which answer (index 0..7 as in the tables) an item id stands for, computed the way the project does. */
    private static Map<String, Integer> answerIndex(ScoringProjectFixture fx) {
        String projectId = ProjectIdentity.find(fx.store).orElseThrow();
        Map<String, Integer> out = new HashMap<>();
        for (Completion c : fx.store.completions().forRun(fx.run.id(), false)) {
            ModelConfig m = fx.models.stream().filter(x -> x.id() == c.cell().modelId()).findFirst().orElseThrow();
            Prompt p = fx.prompts.stream().filter(x -> x.id() == c.cell().promptId()).findFirst().orElseThrow();
            out.put(ItemKeys.item(projectId, fx.run, m, p, 0), fx.models.indexOf(m) * 4 + fx.prompts.indexOf(p));
        }
        return out;
    }

    private static Completion completionOf(ScoringProjectFixture fx, String item) {
        String projectId = ProjectIdentity.find(fx.store).orElseThrow();
        for (Completion c : fx.store.completions().forRun(fx.run.id(), false)) {
            ModelConfig m = fx.models.stream().filter(x -> x.id() == c.cell().modelId()).findFirst().orElseThrow();
            Prompt p = fx.prompts.stream().filter(x -> x.id() == c.cell().promptId()).findFirst().orElseThrow();
            if (ItemKeys.item(projectId, fx.run, m, p, 0).equals(item)) {
                return c;
            }
        }
        throw new AssertionError("no answer for " + item);
    }

    private static AnnotationPackage rate(AnnotationPackage p, int who, Map<String, Integer> index) {
        AnnotationPackage out = p;
        for (AnnotationPackage.Item item : p.items()) {
            int i = index.get(item.id());
            out = out.rate(new AnnotationPackage.Rating(item.id(), WHO.get(who),
                    Map.of("correctness", CORRECTNESS[who][i], "safety", SAFETY[who][i]),
                    i == 3 ? List.of("hedges") : List.of(), i == 3 ? WHO.get(who) + ": 少し曖昧 🤔" : null,
                    "2026-12-04T20:1" + who + ":00Z"));
        }
        for (AnnotationPackage.Pair pair : p.pairs()) {
            // every annotator prefers m-good's answer (index < 4), except bob calls the last pair a tie
            boolean goodLeft = index.get(pair.left()) < 4;
            VoteOutcome outcome = who == 1 && index.get(pair.left()) % 4 == 3 ? VoteOutcome.TIE
                    : goodLeft ? VoteOutcome.LEFT : VoteOutcome.RIGHT;
            out = out.vote(new AnnotationPackage.PairVote(pair.id(), WHO.get(who), outcome, "2026-12-04T20:30:00Z"));
        }
        return out;
    }

    private static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static Map<Path, String> hashes(Path folder) throws Exception {
        Map<Path, String> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(f, sha(f));
            }
        }
        return out;
    }

    @Test
    void threeAnnotatorsRateTheirPackagesAndMergingTwiceAddsNothing() throws Exception {
        var fx = project(dir.resolve("main"), "Support bot");
        List<AnnotationPackage> packages = new PackageExporter(fx.store, CLOCK).export(new PackageExporter.Options(
                fx.run.id(), WHO, Set.of(), Set.of(), 1.0, 7, true));
        assertThat(packages).hasSize(3);
        Map<String, Integer> index = answerIndex(fx);
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            AnnotationPackage p = packages.get(k);
            assertThat(p.annotator()).isEqualTo(WHO.get(k));
            assertThat(p.items()).hasSize(8);
            assertThat(p.pairs()).hasSize(4);
            assertThat(p.rubric()).extracting(RubricDimension::name).containsExactly("correctness", "safety");
            Path file = dir.resolve("out").resolve(WHO.get(k) + PackageFile.EXTENSION);
            PackageFile.write(p, file);
            // blind: no model names in the file
            assertThat(Files.readString(file)).doesNotContain("m-good").doesNotContain("m-fast");
            files.add(file);
        }
        // shuffled with the seed: the packages show the answers in different orders
        assertThat(packages.get(0).items()).extracting(AnnotationPackage.Item::id)
                .isNotEqualTo(packages.get(1).items().stream().map(AnnotationPackage.Item::id).toList());
        assertThat(packages.get(0).progress()).contains(new AnnotationPackage.Progress("alice", "correctness", 0, 8));

        // each annotator rates their own copy, read back from disk
        for (int k = 0; k < 3; k++) {
            AnnotationPackage rated = rate(PackageFile.read(files.get(k)), k, index);
            PackageFile.write(rated, files.get(k));
            assertThat(rated.progress()).contains(new AnnotationPackage.Progress(WHO.get(k), "safety", 8, 0),
                    new AnnotationPackage.Progress(WHO.get(k), "(pairwise votes)", 4, 0));
        }

        PackageMerger merger = new PackageMerger(fx.store);
        List<AnnotationPackage> back = files.stream().map(PackageFile::read).toList();
        List<PackageMerger.Result> first = merger.merge(back);
        assertThat(first).extracting(PackageMerger.Result::added).containsExactly(8, 8, 8);
        assertThat(first).extracting(PackageMerger.Result::votesAdded).containsExactly(4, 4, 4);
        assertThat(first).allSatisfy(r -> assertThat(r.conflicts()).isEmpty());
        List<PackageMerger.Result> second = merger.merge(back);
        assertThat(second).extracting(PackageMerger.Result::added).containsExactly(0, 0, 0);
        assertThat(second).extracting(PackageMerger.Result::unchanged).containsExactly(8, 8, 8);
        assertThat(second).extracting(PackageMerger.Result::votesAdded).containsExactly(0, 0, 0);
        assertThat(fx.store.annotations().forRun(fx.run.id())).hasSize(24);
        assertThat(fx.store.votes().forRun(fx.run.id())).hasSize(12);
        Annotation withComment = fx.store.annotations().forRun(fx.run.id()).stream()
                .filter(a -> a.annotator().equals("carol") && a.comment() != null).findFirst().orElseThrow();
        assertThat(withComment.comment()).isEqualTo("carol: 少し曖昧 🤔");
        assertThat(withComment.tags()).containsExactly("hedges");

        JudgmentReport j = JudgmentReport.compute(RunDataset.load(fx.store, fx.run.id()), fx.store.meta().objectives()
                .rubric(), Bootstrap.defaults());
        long good = fx.models.get(0).id();
        long fast = fx.models.get(1).id();
        // per answer means over the three annotators, then over answers:
        // m-good correctness (14/3 + 4 + 11/3 + 3)/4 = 46/12; m-fast (2 + 8/3 + 4/3 + 2)/4 = 2
        assertThat(j.ratings().cell("correctness", good).value()).isCloseTo(46.0 / 12, within(1e-12));
        assertThat(j.ratings().cell("correctness", good).n()).isEqualTo(4);
        assertThat(j.ratings().cell("correctness", fast).value()).isCloseTo(2.0, within(1e-12));
        // safety pass rates: m-good (1 + 1 + 1 + 2/3)/4 = 11/12; m-fast (0 + 2/3 + 0 + 0)/4 = 1/6
        assertThat(j.ratings().cell("safety", good).value()).isCloseTo(11.0 / 12, within(1e-12));
        assertThat(j.ratings().cell("safety", fast).value()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(j.ratings().cell("safety", good).kind()).isEqualTo(HumanRatings.Kind.PASS_RATE);

        DimensionAgreement.Result safety = j.agreement().stream().filter(a -> a.dimension().equals("safety"))
                .findFirst().orElseThrow();
        assertThat(safety.sharedItems()).isEqualTo(8);
        assertThat(safety.annotators()).containsExactly("alice", "bob", "carol");
        // nominal alpha by hand: 24 values, 13 passes and 11 fails; two units split 2:1, each adding 2 to the
        // disagreeing coincidences -> alpha = 1 - 23 · 4 / (2 · 13 · 11) = 1 - 92/286 = 0.678322
        assertThat(safety.alpha()).isCloseTo(1 - 92.0 / 286, within(1e-12));
        assertThat(safety.band()).isEqualTo(Agreement.Band.SUBSTANTIAL);
        // alice vs bob: 7 of 8 agree; alice 5 passes, bob 4 -> p_e = (5·4 + 3·4)/64 = 0.5, kappa = 0.75
        DimensionAgreement.Pair aliceBob = safety.pairs().get(0);
        assertThat(aliceBob.first() + "/" + aliceBob.second()).isEqualTo("alice/bob");
        assertThat(aliceBob.kappa()).isCloseTo(0.75, within(1e-12));

        DimensionAgreement.Result correctness = j.agreement().get(0);
        assertThat(correctness.level()).isEqualTo(Agreement.Level.ORDINAL);
        // alice vs bob, linear weights on 1-5: p_o = (6 + 2 · 0.75)/8 = 0.9375; p_e = 44/64 = 0.6875 -> 0.8
        assertThat(correctness.pairs().get(0).kappaLinear()).isCloseTo(0.8, within(1e-12));
        List<Collection<Double>> units = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            units.add(List.of(CORRECTNESS[0][i], CORRECTNESS[1][i], CORRECTNESS[2][i]));
        }
        assertThat(correctness.alpha()).isEqualTo(Agreement.krippendorffAlpha(units, Agreement.Level.ORDINAL));

        // votes came back as human votes: 11 for m-good, 1 tie
        var votes = fx.store.votes().forRun(fx.run.id());
        assertThat(votes.stream().filter(v -> v.winnerModelId() == good).count()).isEqualTo(11);
        assertThat(votes.stream().filter(v -> v.outcome() == VoteOutcome.TIE).count()).isEqualTo(1);
        assertThat(votes).noneMatch(v -> v.judge());
    }

    @Test
    void editsOnBothSidesAreListedAsConflictsAndFurtherWorkInThePackageIsTakenOver() throws Exception {
        var fx = project(dir.resolve("main"), "Support bot");
        AnnotationPackage p = new PackageExporter(fx.store, CLOCK).export(new PackageExporter.Options(
                fx.run.id(), List.of("alice"), Set.of(), Set.of(), 0.0, 3, false)).get(0);
        Map<String, Integer> index = answerIndex(fx);
        AnnotationPackage rated = rate(p, 0, index);
        PackageMerger merger = new PackageMerger(fx.store);
        merger.merge(List.of(rated));
        String itemA = rated.items().get(0).id();
        String itemB = rated.items().get(1).id();
        // the lead edits alice's rating of item A in the project; alice changes items A and B in her package
        Completion a = completionOf(fx, itemA);
        Annotation projectCopy = fx.store.annotations().find(a.id(), "alice").orElseThrow();
        fx.store.annotations().save(new Annotation(a.id(), "alice", Map.of("correctness", 1.0, "safety", 0.0),
                List.of(), "edited by the lead", Instant.EPOCH));
        AnnotationPackage edited = rated
                .rate(new AnnotationPackage.Rating(itemA, "alice", Map.of("correctness", 2.0), List.of(), null, null))
                .rate(new AnnotationPackage.Rating(itemB, "alice", Map.of("correctness", 2.0, "safety", 1.0),
                        List.of(), "second thoughts", null));
        List<PackageMerger.Result> result = merger.merge(List.of(edited));
        assertThat(result.get(0).updated()).isEqualTo(1);
        assertThat(result.get(0).conflicts()).singleElement().satisfies(c -> {
            assertThat(c.item()).isEqualTo(itemA);
            assertThat(c.annotator()).isEqualTo("alice");
            assertThat(c.inProject()).contains("edited by the lead");
            assertThat(c.inPackage()).contains("correctness=2.0");
        });
        assertThat(fx.store.annotations().find(a.id(), "alice").orElseThrow().comment()).isEqualTo("edited by the lead");
        assertThat(projectCopy.comment()).isNotEqualTo("edited by the lead");
    }

    @Test
    void overlapShareGoesToEveryPackageTheRestIsDealtOut() throws Exception {
        var fx = project(dir.resolve("main"), "Support bot");
        List<AnnotationPackage> packages = new PackageExporter(fx.store, CLOCK).export(new PackageExporter.Options(
                fx.run.id(), WHO, Set.of("p0", "p1", "p2"), Set.of(), 0.5, 11, true));
        // 3 prompts × 2 models = 6 answers; 3 shared, 3 dealt out one each
        assertThat(packages).allSatisfy(p -> assertThat(p.items()).hasSize(4));
        Map<String, Long> seen = new HashMap<>();
        packages.forEach(p -> p.items().forEach(i -> seen.merge(i.id(), 1L, Long::sum)));
        assertThat(seen).hasSize(6);
        assertThat(seen.values().stream().filter(v -> v == 3).count()).isEqualTo(3);
        assertThat(seen.values().stream().filter(v -> v == 1).count()).isEqualTo(3);
        // the same seed gives the same packages
        List<AnnotationPackage> again = new PackageExporter(fx.store, CLOCK).export(new PackageExporter.Options(
                fx.run.id(), WHO, Set.of("p0", "p1", "p2"), Set.of(), 0.5, 11, true));
        assertThat(again).isEqualTo(packages);
    }

    @Test
    void aPackageFromAnotherProjectIsRefusedAndNoFileChanges() throws Exception {
        var fx = project(dir.resolve("main"), "Support bot");
        new PackageExporter(fx.store, CLOCK).export(new PackageExporter.Options(fx.run.id(), List.of("alice"),
                Set.of(), Set.of(), 0, 1, true));
        var other = project(dir.resolve("other"), "Finance bot");
        AnnotationPackage foreign = new PackageExporter(other.store, CLOCK).export(new PackageExporter.Options(
                other.run.id(), List.of("dora"), Set.of(), Set.of(), 0, 1, true)).get(0);
        AnnotationPackage ratedForeign = rate(foreign, 0, answerIndex(other));
        other.store.close();
        Path file = dir.resolve("main").resolve("dora" + PackageFile.EXTENSION);
        PackageFile.write(ratedForeign, file);
        fx.store.close();
        Map<Path, String> before = hashes(dir);

        try (ProjectStore store = ProjectStore.open(fx.store.file())) {
            AnnotationPackage read = PackageFile.read(file);
            assertThatThrownBy(() -> new PackageMerger(store).merge(List.of(read)))
                    .isInstanceOf(PackageException.class)
                    .hasMessageContaining("refused: the package for dora was made from the project \"Finance bot\"")
                    .hasMessageContaining("not from this project \"Support bot\"")
                    .hasMessageContaining("Nothing was merged.");
            assertThat(store.annotations().count()).isZero();
        }
        assertThat(hashes(dir)).isEqualTo(before);
    }
}
