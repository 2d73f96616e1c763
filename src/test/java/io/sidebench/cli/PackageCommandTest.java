package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.packages.AnnotationPackage;
import io.sidebench.logic.packages.PackageFile;
import io.sidebench.model.Objectives;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.VoteOutcome;
import io.sidebench.testsupport.ScoringProjectFixture;
import io.sidebench.testsupport.ScoringProjectFixture.PromptSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SidebenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private String project(String folder, String title) throws Exception {
        Path d = dir.resolve(folder);
        Files.createDirectories(d);
        var fx = new ScoringProjectFixture(d, List.of(new PromptSpec("q0", null, null), new PromptSpec("问题一", null, null)),
                List.of("m-good", "m-fast"));
        fx.answer((m, p) -> "答案 " + m + p);
        fx.store.meta().saveObjectives(new Objectives(title, "", "", List.of(RubricDimension.numeric("correctness", 1, 5),
                RubricDimension.passFail("safety"))));
        String file = fx.store.file().toString();
        fx.store.close();
        return file;
    }

    private static String sha(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void exportRateStatusMergeTwiceAndRefuseAForeignPackage() throws Exception {
        String file = project("main", "Support bot");
        Path out = dir.resolve("packages");
        Result export = cli("package", "export", file, "--annotators", "alice,bob", "--overlap", "1", "--seed", "5",
                "--out", out.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("alice: 4 answers, 2 pairs").contains("bob: 4 answers, 2 pairs");
        int k = 0;
        for (String who : List.of("alice", "bob")) {
            Path f = out.resolve(who + PackageFile.EXTENSION);
            AnnotationPackage p = PackageFile.read(f);
            int n = 0;
            for (AnnotationPackage.Item item : p.items()) {
                p = p.rate(new AnnotationPackage.Rating(item.id(), who, Map.of("correctness", (double) 1 + (n++ % 5),
                        "safety", k == 0 ? 1.0 : 0.0), List.of(), null, null));
            }
            p = p.vote(new AnnotationPackage.PairVote(p.pairs().get(0).id(), who, VoteOutcome.LEFT, null));
            PackageFile.write(p, f);
            k++;
        }
        Result status = cli("package", "status", out.resolve("bob" + PackageFile.EXTENSION).toString());
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).containsPattern("bob\\s+correctness\\s+4 rated\\s+0 left")
                .containsPattern("bob\\s+\\(pairwise votes\\)\\s+1 rated\\s+1 left");

        String alice = out.resolve("alice" + PackageFile.EXTENSION).toString();
        String bob = out.resolve("bob" + PackageFile.EXTENSION).toString();
        Result merged = cli("package", "merge", file, alice, bob);
        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(merged.out()).contains("alice: 4 annotations added, 0 updated, 0 unchanged; 1 votes added");
        Result again = cli("package", "merge", file, alice, bob);
        assertThat(again.out()).contains("bob: 0 annotations added, 0 updated, 4 unchanged; 0 votes added, 1 unchanged");

        Result stats = cli("stats", file, "--resamples", "100");
        assertThat(stats.out()).containsPattern("safety\\s+nominal\\s+4\\s+2");

        String other = project("other", "Finance bot");
        Path foreignOut = dir.resolve("foreign");
        assertThat(cli("package", "export", other, "--annotators", "dora", "--out", foreignOut.toString()).code()).isZero();
        Path foreign = foreignOut.resolve("dora" + PackageFile.EXTENSION);
        String projectHash = sha(Path.of(file));
        String packageHash = sha(foreign);
        Result refused = cli("package", "merge", file, foreign.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("refused: the package for dora was made from the project \"Finance bot\"")
                .contains("Nothing was merged.");
        assertThat(sha(Path.of(file))).isEqualTo(projectHash);
        assertThat(sha(foreign)).isEqualTo(packageHash);
    }
}
