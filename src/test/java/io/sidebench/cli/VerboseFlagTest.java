package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.logic.util.LogLevels;
import io.sidebench.testsupport.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defect 17: every CLI run printed DJL's "Failed to detect GPU count: CUDA driver …" warnings
 * and the app JavaFX's "Unsupported JavaFX configuration". Quiet by default, shown with --verbose. Each
 * case is a child JVM, as the log levels are fixed when the first logger is made.
 */
class VerboseFlagTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path home;

    @Test
    void embeddingScoringPrintsNoLibraryLogLinesUnlessVerbose() throws Exception {
        String quiet = cli("bench-score", "--count", "2", "--batch", "2");
        assertThat(quiet).contains("bench-score: 2 English answers").doesNotContain("ai.djl")
                .doesNotContain("Failed to detect GPU count");
        String verbose = cli("bench-score", "--count", "2", "--batch", "2", "--verbose");
        // DJL's info line always comes; its GPU warning only on machines without a working CUDA
        assertThat(verbose).contains("bench-score: 2 English answers").contains("ai.djl");
    }

    @Test
    void verboseIsAnOptionOfEveryCommandAndLeavesTheAppOrCliChoiceAlone() {
        assertThat(LogLevels.verbose(new String[] {"runs", "x.sidebench", "--verbose"})).isTrue();
        assertThat(LogLevels.verbose(new String[] {"runs", "--", "--verbose"})).isFalse();
        assertThat(SidebenchCli.isCommandLine(new String[] {"--verbose", "runs", "x.sidebench"})).isTrue();
        assertThat(SidebenchCli.isCommandLine(new String[] {"--verbose", "x.sidebench"})).isFalse();
        assertThat(SidebenchCli.isCommandLine(new String[] {"--verbose"})).isFalse();
        assertThat(SidebenchCli.commandLine().getSubcommands().get("runs").getCommandSpec()
                .findOption("--verbose")).isNotNull();
    }

    @Test
    void theAppHidesJavaFxsClassPathWarningUnlessVerbose() throws Exception {
        String quiet = app(home);
        assertThat(quiet).doesNotContain("Unsupported JavaFX configuration");
        String verbose = app(home, "--verbose");
        assertThat(verbose).contains("Unsupported JavaFX configuration");
    }

    private static String cli(String... args) throws Exception {
        try (ChildJvm child = ChildJvm.start(List.of(args))) {
            assertThat(child.waitForExit(TIMEOUT)).as(child.transcript()).isZero();
            return child.transcript();
        }
    }

    /** The desktop app, headless (Monocle), quitting once its first window is shown; its stdout+stderr. */
    private static String app(Path home, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-Duser.home=" + home,
                "-cp", System.getProperty("java.class.path"), "io.sidebench.Launcher", "--exit-after-first-window"));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }
}
