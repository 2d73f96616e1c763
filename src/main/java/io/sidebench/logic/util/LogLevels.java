package io.sidebench.logic.util;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How chatty the libraries are. By default Sidebench prints only its own output: DJL's GPU probe
 * ("Failed to detect GPU count: CUDA driver …", harmless on machines without CUDA) and JavaFX's
 * "Unsupported JavaFX configuration" (the jar runs JavaFX from the class path on purpose) are hidden.
 * {@code --verbose} (CLI and app) shows every library's warnings and info lines. Must run before the first
 * logger is created, i.e. first thing in {@code main}.
 */
public final class LogLevels {
    /** The option that turns the library logs on. */
    public static final String VERBOSE = "--verbose";

    private static final String SLF4J = "org.slf4j.simpleLogger.";
    /** Held so the JUL levels set below are not garbage-collected with their loggers. */
    private static List<Logger> kept = List.of();

    private LogLevels() {
    }

    /** True when {@code args} contain {@link #VERBOSE} before a {@code --} end-of-options marker. */
    public static boolean verbose(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals(VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    /** Sets the log levels of slf4j-simple (DJL, LangChain4j, …) and java.util.logging (JavaFX). */
    public static synchronized void configure(boolean verbose) {
        if (verbose) {
            setIfAbsent(SLF4J + "defaultLogLevel", "info");
            setIfAbsent(SLF4J + "log.ai.djl", "info");
        } else {
            // resources/simplelogger.properties keeps everything at warn; the GPU probe's warnings are noise
            setIfAbsent(SLF4J + "log.ai.djl", "error");
        }
        Logger javafx = Logger.getLogger("javafx");
        javafx.setLevel(verbose ? Level.ALL : Level.SEVERE);
        kept = List.of(javafx);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
