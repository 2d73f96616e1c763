package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.V1Projects;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code info} on a project of schema version 1 upgrades it, printing progress only when it is large. */
class InfoUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aLargeOldProjectPrintsItsUpgradeAndASmallOneUpgradesSilently() throws Exception {
        Path large = dir.resolve("large.sidebench");
        V1Projects.create(large, 300, 4, 1);
        ProjectCommandsTest.Result info = ProjectCommandsTest.cli("info", large.toString(), "--json");
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("\"schemaVersion\" : 3").contains("\"completions\" : 1200");
        assertThat(info.err().lines().toList()).containsExactly(
                "upgrading project to schema version 3: 0/1200 completions converted",
                "upgrading project to schema version 3: 500/1200 completions converted",
                "upgrading project to schema version 3: 1000/1200 completions converted",
                "upgrading project to schema version 3: 1200/1200 completions converted",
                "upgrading project to schema version 3: committing",
                "upgrading project to schema version 3: committed",
                "upgrading project to schema version 3: compacting",
                "upgrading project to schema version 3: compacted");

        Path small = dir.resolve("small.sidebench");
        V1Projects.create(small, 10, 2, 2);
        info = ProjectCommandsTest.cli("info", small.toString(), "--json");
        assertThat(info.code()).isZero();
        assertThat(info.out()).contains("\"schemaVersion\" : 3").contains("\"completions\" : 20");
        assertThat(info.err()).isEmpty();
    }
}
