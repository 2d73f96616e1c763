package io.sidebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.testsupport.TinyGguf;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
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
                .containsPattern("median +TTFT [\\d.]+ ms, [\\d.]+ tokens/s");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void printsLlamaBenchsTokensPerSecondBesideOursWithTheRatio(@TempDir Path dir) throws Exception {
        Path model = TinyGguf.write(dir.resolve("tiny.gguf"));
        Path fake = dir.resolve("llama-bench");
        Files.writeString(fake, "#!/bin/sh\necho '[{\"build_commit\":\"fake\",\"build_number\":1,\"n_prompt\":0,"
                + "\"n_gen\":16,\"avg_ts\":100.0,\"samples_ts\":[100.0,90.0,110.0]}]'\n");
        fake.toFile().setExecutable(true);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = SidebenchCli.run(new String[] {"bench-gguf", "--model", model.toString(), "--runs", "1",
            "--max-tokens", "16", "--threads", "1", "--llama-bench", fake.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("threads        1")
                .contains("llama-bench    tg16 100.0 tokens/s (median of 100.0, 90.0, 110.0), llama.cpp fake (1)")
                .containsPattern("ratio +Sidebench / llama-bench = [\\d.]+");
    }

    @Test
    void generateNeedsAKnownShapeAndAnOutputFile(@TempDir Path dir) {
        StringWriter err = new StringWriter();

        int unknown = SidebenchCli.run(new String[] {"bench-gguf", "--generate", "gpt-5", "--out",
            dir.resolve("x.gguf").toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        int noOut = SidebenchCli.run(new String[] {"bench-gguf", "--generate", "smollm2-135m"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(unknown).isNotZero();
        assertThat(noOut).isNotZero();
        assertThat(err.toString()).contains("unknown model shape \"gpt-5\" (known: smollm2-135m, qwen2.5-0.5b)")
                .contains("--generate needs --out FILE");
        assertThat(dir.resolve("x.gguf")).doesNotExist();
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
