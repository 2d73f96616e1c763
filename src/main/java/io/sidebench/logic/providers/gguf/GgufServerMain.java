package io.sidebench.logic.providers.gguf;

import io.sidebench.logic.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The child JVM that runs one GGUF model: loads it with llama.cpp, serves it on 127.0.0.1 (see
 * {@link GgufHttpServer}) and prints one line to stdout when ready:
 * <pre>SIDEBENCH-GGUF-READY {"port":41234,"model":"...","loadMs":1234}</pre>
 * or, when the model cannot be loaded, {@code SIDEBENCH-GGUF-ERROR <reason>} and exits with code 3.
 * llama.cpp's own log goes to stderr. The process ends when its stdin closes (the parent closed it or
 * died) or when the process named by {@code --parent-pid} ends.
 *
 * <p>Arguments: {@code --model FILE [--port 0] [--ctx N] [--threads N] [--parallel N]
 * [--parent-pid PID] [--verbose]}.
 */
public final class GgufServerMain {
    public static final String READY = "SIDEBENCH-GGUF-READY ";
    public static final String ERROR = "SIDEBENCH-GGUF-ERROR ";
    static final int EXIT_LOAD_FAILED = 3;
    static final int EXIT_USAGE = 2;

    private GgufServerMain() {
    }

    public static void main(String[] args) {
        // send each streamed chunk at once (no Nagle delay); read when the JDK's HTTP server first loads
        System.setProperty("sun.net.httpserver.nodelay", "true");
        PrintStream out = System.out;
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            fail(out, e.getMessage(), EXIT_USAGE);
            return;
        }
        watchParent(options.get("parent-pid"));
        Path model = Path.of(options.get("model"));
        long started = System.nanoTime();
        TextGenerator generator;
        GgufHttpServer server;
        try {
            GgufMetadata metadata = GgufHeaderReader.read(model);
            generator = LlamaCppGenerator.load(model, metadata, new LlamaCppGenerator.Settings(
                    intOption(options, "ctx", 0), intOption(options, "threads",
                    Runtime.getRuntime().availableProcessors()), intOption(options, "parallel", 1),
                    options.containsKey("verbose")), System.err);
            server = GgufHttpServer.start(generator, intOption(options, "port", 0),
                    Math.max(4, intOption(options, "parallel", 1) + 2));
        } catch (GgufException e) {
            fail(out, e.getMessage(), EXIT_LOAD_FAILED);
            return;
        } catch (IOException | RuntimeException | LinkageError e) {
            fail(out, model + ": cannot start the model server: " + e, EXIT_LOAD_FAILED);
            return;
        }
        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put("port", server.port());
        ready.put("model", generator.modelId());
        ready.put("loadMs", (System.nanoTime() - started) / 1_000_000);
        out.println(READY + Json.write(ready));
        out.flush();
        try {
            new CountDownLatch(1).await(); // serve until a watcher ends the process
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the process when stdin reaches its end or the parent process exits. */
    private static void watchParent(String parentPid) {
        Thread stdin = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                    // the parent never writes; we only wait for the end of the stream
                }
            } catch (IOException e) {
                // a broken pipe means the parent is gone too
            }
            Runtime.getRuntime().halt(0);
        }, "gguf-stdin-watch");
        stdin.setDaemon(true);
        stdin.start();
        if (parentPid != null && parentPid.matches("\\d+")) {
            long pid = Long.parseLong(parentPid);
            ProcessHandle.of(pid).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)),
                    () -> Runtime.getRuntime().halt(0));
        }
    }

    private static void fail(PrintStream out, String message, int code) {
        out.println(ERROR + message.replace('\n', ' ').replace('\r', ' '));
        out.flush();
        System.err.flush();
        // halt: llama.cpp may have started native threads that would keep an ordinary exit waiting
        Runtime.getRuntime().halt(code);
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            String name = arg.substring(2);
            if (name.equals("verbose")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("missing value for " + arg);
            }
        }
        if (!options.containsKey("model")) {
            throw new IllegalArgumentException("missing --model FILE");
        }
        return options;
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new GgufException("--" + name + ": not a number: " + value);
        }
    }
}
