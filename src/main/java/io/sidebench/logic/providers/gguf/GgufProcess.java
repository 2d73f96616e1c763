package io.sidebench.logic.providers.gguf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A GGUF model served by a child JVM ({@link GgufServerMain}) on 127.0.0.1. Local models are then
 * measured through the same OpenAI-compatible client as remote ones, against {@link #baseUrl()}, and a
 * native crash in llama.cpp ends only the child.
 *
 * <p>The child runs with the current {@code java.home} and class path, gets its own temporary folder
 * (where the native library is unpacked; removed on close), exits when its stdin closes or this process
 * dies, and is stopped by {@link #close()} or, at the latest, by a shutdown hook.
 */
public final class GgufProcess implements AutoCloseable {
    /**
     * @param startTimeout how long loading may take before the child is killed
     * @param contextSize  the context per request in tokens; 0 for the model's own, capped at 4096
     * @param threads      CPU threads for llama.cpp; 0 for all processors
     * @param parallel     requests served at the same time
     * @param classPath    the child's class path; {@code null} for this JVM's
     * @param jvmArgs      extra JVM options for the child
     */
    public record Options(Duration startTimeout, int contextSize, int threads, int parallel, String classPath,
                          List<String> jvmArgs) {
        public Options {
            jvmArgs = jvmArgs == null ? List.of() : List.copyOf(jvmArgs);
        }

        public static Options defaults() {
            return new Options(Duration.ofMinutes(3), 0, 0, 1, null, List.of());
        }

        public Options withContextSize(int tokens) {
            return new Options(startTimeout, tokens, threads, parallel, classPath, jvmArgs);
        }

        public Options withThreads(int n) {
            return new Options(startTimeout, contextSize, n, parallel, classPath, jvmArgs);
        }

        public Options withStartTimeout(Duration timeout) {
            return new Options(timeout, contextSize, threads, parallel, classPath, jvmArgs);
        }
    }

    private final Process process;
    private final Path tempDir;
    private final int port;
    private final String modelId;
    private final Duration loadTime;
    private final Thread shutdownHook;
    private volatile boolean closed;

    private GgufProcess(Process process, Path tempDir, int port, String modelId, Duration loadTime) {
        this.process = process;
        this.tempDir = tempDir;
        this.port = port;
        this.modelId = modelId;
        this.loadTime = loadTime;
        this.shutdownHook = new Thread(this::stop, "gguf-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static GgufProcess start(Path model) {
        return start(model, Options.defaults());
    }

    /**
     * Starts the child and waits until the model is loaded and served.
     *
     * @throws GgufException with one user-facing line when the file is missing or not GGUF, or the child
     *                       fails, crashes or times out while loading
     */
    public static GgufProcess start(Path model, Options options) {
        Path file = model.toAbsolutePath();
        GgufHeaderReader.read(file); // missing or non-GGUF files fail here, before any process starts
        Path tempDir;
        try {
            tempDir = Files.createTempDirectory("sidebench-gguf-");
        } catch (IOException e) {
            throw new GgufException(file + ": cannot create a temporary folder: " + e.getMessage(), e);
        }
        List<String> command = command(file, options, tempDir);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            deleteTree(tempDir);
            throw new GgufException(file + ": cannot start the model process: " + e.getMessage(), e);
        }
        ChildOutput output = new ChildOutput(process);
        long started = System.nanoTime();
        try {
            JsonNode line = output.awaitReady(options.startTimeout());
            if (line.has("error")) {
                throw new GgufException(output.withLoaderReason(line.get("error").asText()));
            }
            Duration loadTime = Duration.ofNanos(System.nanoTime() - started);
            return new GgufProcess(process, tempDir, line.get("port").asInt(), line.path("model").asText(),
                    loadTime);
        } catch (TimeoutException e) {
            kill(process, tempDir);
            throw new GgufException(file + ": the model did not load within " + options.startTimeout().toSeconds()
                    + " s" + output.lastWords());
        } catch (ExecutionException e) {
            String code = exitCode(process);
            kill(process, tempDir);
            throw new GgufException(file + ": the model process exited with code " + code
                    + " before it was ready" + output.lastWords());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process, tempDir);
            throw new GgufException(file + ": interrupted while loading the model", e);
        } catch (GgufException e) {
            kill(process, tempDir);
            throw e;
        }
    }

    static List<String> command(Path file, Options options, Path tempDir) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dsun.net.httpserver.nodelay=true"); // no Nagle delay on streamed chunks
        command.add("-Djava.io.tmpdir=" + tempDir);
        command.add("-Dde.kherud.llama.tmpdir=" + tempDir);
        command.addAll(options.jvmArgs());
        command.add("-cp");
        command.add(options.classPath() != null ? options.classPath() : System.getProperty("java.class.path"));
        command.add(GgufServerMain.class.getName());
        command.add("--model");
        command.add(file.toString());
        command.add("--parent-pid");
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add("--ctx");
        command.add(Integer.toString(options.contextSize()));
        command.add("--threads");
        command.add(Integer.toString(options.threads() > 0 ? options.threads()
                : Runtime.getRuntime().availableProcessors()));
        command.add("--parallel");
        command.add(Integer.toString(Math.max(1, options.parallel())));
        return command;
    }

    private static String exitCode(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "(still running)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(unknown)";
        }
    }

    /** The OpenAI-compatible base URL, ending in "/v1" (e.g. {@code http://127.0.0.1:41234/v1}). */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/v1";
    }

    public int port() {
        return port;
    }

    /** The model id the server reports (general.name, else the file name). */
    public String modelId() {
        return modelId;
    }

    /** From starting the child to its ready line (JVM start, native library unpacking, model load). */
    public Duration loadTime() {
        return loadTime;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the child (closing its stdin, then destroying it if it lingers) and removes its temp folder. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running or ran
        }
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill(process, tempDir);
            }
        } catch (IOException e) {
            kill(process, tempDir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process, tempDir);
        }
        deleteTree(tempDir);
    }

    private static void kill(Process process, Path tempDir) {
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteTree(tempDir);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a leftover temp file does no harm
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }
}
