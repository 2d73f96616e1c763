package io.sidebench.logic.providers.gguf;

import com.fasterxml.jackson.databind.JsonNode;
import io.sidebench.logic.util.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a {@link GgufServerMain} child's stdout (for the ready or error line) and stderr (keeping the
 * last lines, to explain a failure), on two daemon threads that drain both pipes for the child's life.
 */
final class ChildOutput {
    private static final int KEPT_LINES = 60;
    private static final String LOADER_REASON = "error loading model: ";
    private static final String GENERIC_FAILURE = "could not load model from given file path";

    private final Process process;
    private final Deque<String> lines = new ArrayDeque<>();
    private final CompletableFuture<JsonNode> ready = new CompletableFuture<>();
    private final Thread stderrReader;

    ChildOutput(Process process) {
        this.process = process;
        daemon("gguf-stdout", () -> readStdout(process.getInputStream()));
        this.stderrReader = daemon("gguf-stderr", () -> readStderr(process.getErrorStream()));
    }

    /**
     * The ready line's JSON ({"port":..}), or {"error": reason} when the child could not load the model.
     *
     * @throws ExecutionException when stdout ended without either line (the child died)
     */
    JsonNode awaitReady(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void readStdout(InputStream stream) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(GgufServerMain.READY)) {
                    ready.complete(Json.mapper().readTree(line.substring(GgufServerMain.READY.length())));
                } else if (line.startsWith(GgufServerMain.ERROR)) {
                    ready.complete(Json.mapper().createObjectNode()
                            .put("error", line.substring(GgufServerMain.ERROR.length())));
                } else if (!ready.isDone()) {
                    remember(line); // e.g. the JVM's report of a native crash
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the child is gone
        }
        // stdout ended without a ready line: the child exited (its last words were kept above)
        ready.completeExceptionally(new IllegalStateException("the model process ended"));
    }

    private void readStderr(InputStream stream) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                remember(line);
            }
        } catch (IOException e) {
            // the child is gone
        }
    }

    private void remember(String line) {
        synchronized (lines) {
            lines.addLast(line);
            if (lines.size() > KEPT_LINES) {
                lines.removeFirst();
            }
        }
    }

    private List<String> kept() {
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    /**
     * The most telling line of the child's last output, as ": line" ("" when there was none): a native
     * crash's signal line, else the last line mentioning an error or a failure, else the last line.
     */
    String lastWords() {
        List<String> copy = kept();
        for (String line : copy) {
            if (line.matches("#\\s+(SIG[A-Z]+|EXCEPTION_[A-Z_]+).*")) {
                return ": native crash: " + line.substring(1).strip();
            }
        }
        for (int i = copy.size() - 1; i >= 0; i--) {
            String line = copy.get(i).strip();
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains("error") || lower.contains("ggml_assert") || lower.contains("failed")) {
                return ": " + line;
            }
        }
        for (int i = copy.size() - 1; i >= 0; i--) {
            String line = copy.get(i).strip();
            if (!line.isEmpty()) {
                return ": " + line;
            }
        }
        return "";
    }

    /**
     * de.kherud's message for a failed load is generic ("could not load model from given file path");
     * llama.cpp's loader has written the real reason to stderr ("error loading model: tensor ... is not
     * within the file bounds"). Once the child has exited and its stderr is read, use that reason.
     */
    String withLoaderReason(String message) throws InterruptedException {
        if (!message.contains(GENERIC_FAILURE)) {
            return message;
        }
        process.waitFor(5, TimeUnit.SECONDS);
        stderrReader.join(2000);
        for (String line : kept()) {
            int at = line.indexOf(LOADER_REASON);
            if (at >= 0) {
                return message.replace(GENERIC_FAILURE, line.substring(at + LOADER_REASON.length()).strip());
            }
        }
        return message;
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
