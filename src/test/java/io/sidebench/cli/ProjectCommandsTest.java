package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectCommandsTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) { }

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SidebenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void newThenInfo() {
        Path p = dir.resolve("demo.sidebench");
        Result created = cli("new", p.toString(), "--title", "Model choice 2026");
        assertThat(created.code()).isZero();
        assertThat(created.out()).contains("Model choice 2026");
        Result info = cli("info", p.toString(), "--json");
        assertThat(info.code()).isZero();
        assertThat(info.out()).contains("\"schemaVersion\" : 3").contains("\"completions\" : 0");
    }

    @Test
    void newRefusesExistingFile() throws Exception {
        Path p = Files.writeString(dir.resolve("x.sidebench"), "keep me");
        Result r = cli("new", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("error:").contains("already exists").doesNotContain("\n");
        assertThat(Files.readString(p)).isEqualTo("keep me");
    }

    @Test
    void infoOnForeignFileIsOneLineAndLeavesFile() throws Exception {
        Path p = Files.writeString(dir.resolve("notes.txt"), "hello");
        Result r = cli("info", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("not a Sidebench project");
        assertThat(Files.readString(p)).isEqualTo("hello");
    }

    @Test
    void usageErrorsAreNonZero() {
        assertThat(cli("info").code()).isEqualTo(2);
        assertThat(cli("frobnicate").code()).isEqualTo(2);
        assertThat(cli("info", "--help").code()).isZero();
    }

    @Test
    void appArgumentsAreNotCommands() {
        assertThat(SidebenchCli.isCommandLine(new String[0])).isFalse();
        assertThat(SidebenchCli.isCommandLine(new String[] {"x.sidebench"})).isFalse();
        assertThat(SidebenchCli.isCommandLine(new String[] {"ana.sbpack.json"})).isFalse(); // annotation-only mode
        assertThat(SidebenchCli.isCommandLine(new String[] {"package", "status", "ana.sbpack.json"})).isTrue();
        assertThat(SidebenchCli.isCommandLine(new String[] {"--exit-after-first-window"})).isFalse();
        assertThat(SidebenchCli.isCommandLine(new String[] {"info", "x.sidebench"})).isTrue();
    }
}
