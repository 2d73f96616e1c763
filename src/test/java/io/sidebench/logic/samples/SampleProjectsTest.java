package io.sidebench.logic.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleProjectsTest {
    @TempDir
    Path dir;

    @Test
    void locatesListsAndCopiesUnderFreshNames() throws Exception {
        Path bundled = Files.createDirectories(dir.resolve("bundled"));
        Path fallback = Files.createDirectories(dir.resolve("sample-projects"));
        assertThat(SampleProjects.locate(bundled.toString(), fallback)).contains(bundled);
        assertThat(SampleProjects.locate(dir.resolve("missing").toString(), fallback)).contains(fallback);
        assertThat(SampleProjects.locate(null, dir.resolve("none"))).isEmpty();

        Files.writeString(bundled.resolve("b.sidebench"), "B");
        Files.writeString(bundled.resolve("a.sidebench"), "A");
        Files.writeString(bundled.resolve("readme.md"), "x");
        SampleProjects samples = new SampleProjects(bundled, dir.resolve("ws"));
        assertThat(samples.list()).extracting(p -> p.getFileName().toString()).containsExactly("a.sidebench", "b.sidebench");
        assertThat(new SampleProjects(null, dir).list()).isEmpty();

        Path first = samples.copyToWorkspace(bundled.resolve("a.sidebench"));
        Path second = samples.copyToWorkspace(bundled.resolve("a.sidebench"));
        assertThat(first.getFileName().toString()).isEqualTo("a.sidebench");
        assertThat(second.getFileName().toString()).isEqualTo("a-2.sidebench");
        assertThat(Files.readString(second)).isEqualTo("A");
        assertThat(Files.readString(bundled.resolve("a.sidebench"))).isEqualTo("A");
    }

    @Test
    void findsTheSamplesBesideTheAppNotInTheWorkingDirectory() throws Exception {
        Path elsewhere = dir.resolve("tmp/sample-projects");
        // a checkout: repo/target/sidebench.jar, samples in repo/sample-projects
        Path repoSamples = Files.createDirectories(dir.resolve("repo/sample-projects"));
        Path checkoutJar = Files.createDirectories(dir.resolve("repo/target")).resolve("sidebench.jar");
        assertThat(SampleProjects.locate(null, checkoutJar, elsewhere)).contains(repoSamples);
        // the portable zip and the app-image: sidebench/sidebench.jar beside sidebench/sample-projects
        Path zipSamples = Files.createDirectories(dir.resolve("zip/sidebench/sample-projects"));
        Path zipJar = dir.resolve("zip/sidebench/sidebench.jar");
        assertThat(SampleProjects.locate(null, zipJar, elsewhere)).contains(zipSamples);
        assertThat(SampleProjects.locate("", zipJar, elsewhere)).contains(zipSamples);
        // the installers' property still wins; nothing anywhere gives none
        Path configured = Files.createDirectories(dir.resolve("configured"));
        assertThat(SampleProjects.locate(configured.toString(), zipJar, elsewhere)).contains(configured);
        assertThat(SampleProjects.locate(null, dir.resolve("lone/app.jar"), elsewhere)).isEmpty();
        // this build's own location (target/classes) leads to the repository's sample-projects
        assertThat(SampleProjects.locate(null, SampleProjects.appLocation(), elsewhere))
                .hasValueSatisfying(p -> assertThat(p.getFileName().toString()).isEqualTo("sample-projects"));
    }
}
