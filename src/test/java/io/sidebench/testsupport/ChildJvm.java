package io.sidebench.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The Sidebench CLI in a child JVM on the test classpath, for crash tests: its output (stdout and stderr
 * together) is read line by line as it comes, so a test can kill it (SIGKILL) at the moment a line tells.
 */
public final class ChildJvm implements AutoCloseable {
    /** Quick to start, as crash tests start many short-lived children. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final String END = "\u0000end";

    /** Told each line of the child's output on the reading thread, then that the output ended. */
    public interface Output {
        void line(String line);

        default void ended() {
        }
    }

    private final Process process;
    private final Thread reader;
    private final StringBuilder transcript = new StringBuilder();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildJvm(List<String> cliArgs, Output output) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.sidebench.Launcher"));
        command.addAll(cliArgs);
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (transcript) {
                        transcript.append(line).append('\n');
                    }
                    lines.add(line);
                    if (output != null) {
                        output.line(line);
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
            lines.add(END);
            if (output != null) {
                output.ended();
            }
        }, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code sidebench <cliArgs>}; read its output with {@link #nextLine}. */
    public static ChildJvm start(List<String> cliArgs) throws IOException {
        return new ChildJvm(cliArgs, null);
    }

    /** Starts {@code sidebench <cliArgs>}, telling {@code output} each line as it comes. */
    public static ChildJvm start(List<String> cliArgs, Output output) throws IOException {
        return new ChildJvm(cliArgs, output);
    }

    /** The next line of output, or null when the output ended; fails the test when none comes in time. */
    public String nextLine(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(line).as("the child printed nothing for %s:%n%s", timeout, transcript()).isNotNull();
        if (line.equals(END)) {
            lines.add(END);
            return null;
        }
        return line;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the child with SIGKILL (no shutdown hooks run) and waits for it; true when it was still running. */
    public boolean kill() throws InterruptedException {
        boolean alive = process.isAlive();
        process.destroyForcibly();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child did not die").isTrue();
        reader.join(10_000);
        return alive;
    }

    /** Waits for the child to end by itself; its exit code. */
    public int waitForExit(Duration timeout) throws InterruptedException {
        assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)).as("the child did not end:%n%s",
                transcript()).isTrue();
        reader.join(10_000);
        return process.exitValue();
    }

    public String transcript() {
        synchronized (transcript) {
            return transcript.toString();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
