package io.sidebench.logic.providers.gguf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@code llama-server} binary the user already has, serving one GGUF file on 127.0.0.1 with the same
 * threads as Sidebench's child: the reference for TTFT and decode speed ({@code bench-gguf
 * --llama-server}). It speaks the same OpenAI-compatible protocol as {@link GgufProcess}.
 */
public final class LlamaServerProcess implements AutoCloseable {
    /** llama-server's log line once the model is loaded and its main loop waits for requests (old and new builds). */
    private static final String LISTENING = "all slots are idle";
    private static final int KEPT_LINES = 20;

    private final Process process;
    private final int port;
    private final List<String> command;

    private LlamaServerProcess(Process process, int port, List<String> command) {
        this.process = process;
        this.port = port;
        this.command = command;
    }

    public static List<String> command(Path binary, Path model, int threads, int contextSize, int port) {
        String t = Integer.toString(threads);
        return List.of(binary.toString(), "-m", model.toAbsolutePath().toString(), "-t", t, "-tb", t,
                "-c", Integer.toString(contextSize), "-np", "1", "--jinja", "--host", "127.0.0.1",
                "--port", Integer.toString(port));
    }

    /**
     * Starts llama-server and waits until it says it serves.
     *
     * @throws GgufException with one line when the binary is missing, exits, or does not get ready in time
     */
    public static LlamaServerProcess start(Path binary, Path model, int threads, int contextSize, Duration timeout)
            throws InterruptedException {
        if (!Files.isExecutable(binary)) {
            throw new GgufException(binary + ": not an executable llama-server");
        }
        int port = freePort();
        List<String> command = command(binary, model, threads, contextSize, port);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new GgufException(binary + ": cannot start llama-server: " + e.getMessage(), e);
        }
        Deque<String> last = new ArrayDeque<>();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(process.getInputStream(), last, ready), "llama-server-log");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new LlamaServerProcess(process, port, command);
        } catch (ExecutionException e) {
            process.destroyForcibly();
            throw new GgufException(binary + ": llama-server exited before it was ready: " + lastLine(last));
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new GgufException(binary + ": llama-server did not get ready within " + timeout.toSeconds()
                    + " s: " + lastLine(last));
        }
    }

    private static void read(InputStream in, Deque<String> last, CompletableFuture<Void> ready) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (last) {
                    last.addLast(line);
                    if (last.size() > KEPT_LINES) {
                        last.removeFirst();
                    }
                }
                if (line.contains(LISTENING)) {
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        ready.completeExceptionally(new IllegalStateException("llama-server ended"));
    }

    private static String lastLine(Deque<String> last) {
        synchronized (last) {
            return last.isEmpty() ? "(no output)" : last.peekLast().strip();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new GgufException("no free local port for llama-server: " + e.getMessage(), e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/v1";
    }

    public List<String> command() {
        return command;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
