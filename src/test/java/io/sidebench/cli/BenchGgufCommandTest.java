package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.testsupport.TinyGguf;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchGgufCommandTest {
    @Test
    void printsLoadTimeAndTokensPerSecond(@TempDir Path dir) throws Exception {
        Path model = TinyGguf.write(dir.resolve("tiny.gguf"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = SidebenchCli.run(new String[] {"bench-gguf", "--model", model.toString(), "--runs", "2",
            "--max-tokens", "16", "--threads", "1"}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("model          " + TinyGguf.NAME)
                .containsPattern("load +\\d+ ms")
                .containsPattern("answer +16 tokens, TTFT [\\d.]+ ms")
                .containsPattern("median +TTFT [\\d.]+ ms, \\d+ tokens/s");
    }

    @Test
    void aMissingModelIsOneLineOnStderr(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = SidebenchCli.run(new String[] {"bench-gguf", "--model", dir.resolve("none.gguf").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: " + dir.resolve("none.gguf").toAbsolutePath()
                + ": file not found" + System.lineSeparator());
    }
}
