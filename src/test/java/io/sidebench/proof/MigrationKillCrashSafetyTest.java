package io.sidebench.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.V1Projects;
import io.sidebench.model.Completion;
import io.sidebench.testsupport.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema upgrade (version 1 to 3, through 2) is killed mid-way: {@code sidebench info} opens a version 1 project in a
 * child JVM and is killed (SIGKILL) at seeded random moments of its upgrade, chosen among the lines it prints
 * (each batch of completions converted, "committing", "committed", "compacting"). After each
 * kill the file passes {@code PRAGMA integrity_check} and is either still at version 1 with every completion as
 * it was, or at version 3 (the latest; the upgrade runs versions 2 and 3 in one transaction) with every completion identical; the next kill goes on with the same file while it
 * is at version 1 (a fresh copy once it is upgraded), and a final open upgrades it with every completion
 * identical. N = 12 in {@code mvn verify} ({@code -Dsidebench.crash.migrationKills=N} for more).
 */
class MigrationKillCrashSafetyTest {
    private static final int PROMPTS = 500;
    private static final int MODELS = 4;
    private static final String UPGRADING = "upgrading project to schema version 3: ";
    /**
     * The moments to kill at: after one of the lines printed while upgrading 2,000 completions in batches of 500
     * ("0/2000", "500/2000", ... "2000/2000 completions converted", "committing", "committed", "compacting").
     */
    private static final int MOMENTS = 8;

    @TempDir
    Path dir;
    private final List<ChildJvm> children = new ArrayList<>();

    @AfterEach
    void stop() {
        children.forEach(ChildJvm::close);
    }

    @Test
    void upgradeKilledAtSeededRandomMomentsLeavesVersion1OrVersion2WithAllData() throws Exception {
        int kills = Integer.getInteger("sidebench.crash.migrationKills", 12);
        Random random = new Random(20261626L);
        Path pristine = dir.resolve("v1.sidebench");
        long t0 = System.nanoTime();
        List<Completion> expected = V1Projects.create(pristine, PROMPTS, MODELS, 11);
        System.out.printf("version 1 project of %d completions, %.1f MB, made in %.1f s%n", expected.size(),
                Files.size(pristine) / 1e6, (System.nanoTime() - t0) / 1e9);
        Map<Integer, Integer> outcomes = new TreeMap<>();
        int midConversion = 0;
        Path file = null;
        int killed = 0;
        for (int attempt = 0; killed < kills && attempt < kills * 3; attempt++) {
            if (file == null) {
                file = dir.resolve("kill-" + attempt + ".sidebench");
                Files.copy(pristine, file);
            }
            int at = 1 + random.nextInt(MOMENTS);
            long started = System.nanoTime();
            ChildJvm child = ChildJvm.start(List.of("info", file.toString()));
            children.add(child);
            String last = null;
            int seen = 0;
            while (seen < at) {
                String line = child.nextLine(Duration.ofSeconds(120));
                if (line == null) {
                    break;
                }
                if (line.startsWith(UPGRADING)) {
                    seen++;
                    last = line.substring(UPGRADING.length());
                }
            }
            boolean wasAlive = child.kill();
            long checking = System.nanoTime();
            int header = java.nio.ByteBuffer.wrap(Files.readAllBytes(file), 60, 4).getInt();
            int version = checkSound(file, expected);
            long checked = System.nanoTime();
            if (!wasAlive) {
                assertThat(version).as(child.transcript()).isEqualTo(3);
                file = null;
                continue;
            }
            killed++;
            outcomes.merge(version, 1, Integer::sum);
            if (version == 1 && last != null && last.endsWith("converted") && !last.startsWith("0/")) {
                midConversion++;
            }
            System.out.printf("migration kill %d after line %d (%s): version %d (file header %d); child %.1f s, "
                    + "check %.1f s%n", killed, at, last, version, header, (checking - started) / 1e9,
                    (checked - checking) / 1e9);
            if (version == 3) {
                file = null; // upgraded: the next kill needs a version 1 file again
            }
        }
        assertThat(killed).isEqualTo(kills);
        if (file != null) {
            try (ProjectStore store = ProjectStore.open(file)) {
                assertThat(store.schemaVersion()).isEqualTo(3);
            }
            assertThat(checkSound(file, expected)).isEqualTo(3);
        }
        if (kills >= 6) { // this seed's first moments include kills while converting and after the commit
            assertThat(midConversion).as("kills in the middle of converting rows").isPositive();
            assertThat(outcomes).as("kills after the commit").containsKey(3);
        }
        System.out.printf("migration crash safety: %d kills, versions after them %s, %d mid-conversion%n", killed,
                outcomes, midConversion);
    }

    /** The file after a kill: sound, and version 1 with every completion as it was or 3 (the latest) with all identical. */
    private static int checkSound(Path file, List<Completion> expected) throws Exception {
        int version;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(single(c, "PRAGMA integrity_check")).isEqualTo("ok");
            version = Integer.parseInt(single(c, "PRAGMA user_version"));
            if (version == 1) {
                assertThat(V1Projects.read(c)).isEqualTo(expected);
                return 1;
            }
        }
        assertThat(version).isEqualTo(3);
        try (ProjectStore store = ProjectStore.open(file)) {
            List<Completion> all = store.completions().forRun(1, true);
            all.sort(Comparator.comparingLong(Completion::id));
            assertThat(all).isEqualTo(expected);
        }
        return 3;
    }

    private static String single(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
