package io.sidebench.logic.providers.gguf;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.stats.Descriptives;
import io.sidebench.logic.util.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs llama.cpp's own {@code llama-bench} (a binary the user has) for the reference decode speed:
 * {@code -p 0 -n TOKENS} (the "tg128" test for 128 tokens) on the same file and threads.
 */
public final class LlamaBench {

    /**
     * @param samplesTokensPerSecond one figure per repetition
     * @param build                  llama.cpp's build commit and number, as llama-bench reports them
     */
    public record Result(double medianTokensPerSecond, List<Double> samplesTokensPerSecond, String build,
                         List<String> command) {
    }

    private LlamaBench() {
    }

    /** The command line (for the report: the user can run it again). */
    public static List<String> command(Path binary, Path model, int threads, int tokens, int repetitions) {
        return List.of(binary.toString(), "-m", model.toAbsolutePath().toString(), "-t", Integer.toString(threads),
                "-p", "0", "-n", Integer.toString(tokens), "-r", Integer.toString(repetitions), "-o", "json");
    }

    /**
     * @throws GgufException with one line when the binary is missing, fails, or prints no tg result
     */
    public static Result run(Path binary, Path model, int threads, int tokens, int repetitions)
            throws InterruptedException {
        if (!Files.isExecutable(binary)) {
            throw new GgufException(binary + ": not an executable llama-bench");
        }
        List<String> command = command(binary, model, threads, tokens, repetitions);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new GgufException(binary + ": cannot start llama-bench: " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // it reads nothing from stdin anyway
        }
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        String stdout = readAll(process.getInputStream());
        int code = process.waitFor();
        if (code != 0) {
            throw new GgufException(binary + ": llama-bench exited with code " + code + ": "
                    + lastLine(stderr.join()));
        }
        return parse(stdout, tokens, command);
    }

    /** Reads llama-bench's JSON output (an array of tests) and picks the generation test. */
    static Result parse(String json, int tokens, List<String> command) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new GgufException("llama-bench printed no JSON: " + e.getMessage(), e);
        }
        for (JsonNode test : root) {
            if (test.path("n_prompt").asInt(-1) == 0 && test.path("n_gen").asInt(-1) == tokens) {
                List<Double> samples = new ArrayList<>();
                test.path("samples_ts").forEach(v -> samples.add(v.asDouble()));
                double median = samples.isEmpty() ? test.path("avg_ts").asDouble()
                        : Descriptives.median(samples.stream().mapToDouble(Double::doubleValue).toArray());
                String build = test.path("build_commit").asText("?") + " (" + test.path("build_number").asText("?")
                        + ")";
                return new Result(median, List.copyOf(samples), build, command);
            }
        }
        throw new GgufException("llama-bench printed no tg" + tokens + " result");
    }

    private static String readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }
}
