package io.sidebench.logic.run;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import java.util.Optional;

/**
 * How a run's speeds were measured: whether models that share an endpoint or this machine were measured one
 * after another ({@code isolated}) and whether some of them ran at once ({@code shared}), slowing each other.
 * A run that had no such models (one model, or each on its own remote endpoint) is neither. Recorded in the
 * project (key {@code run-speeds.ID}, beside the run's creation time so a reused run id does not inherit it)
 * each time the run is started; a resume run another way records both.
 */
public record SpeedMeasurement(boolean isolated, boolean shared) {
    private static final String KEY = "run-speeds.";

    /** Which sentence describes the run; the reports and screens word it in their own language. */
    public enum Kind {
        /** Speeds measured one model at a time. */
        ONE_AT_A_TIME,
        /** Models ran concurrently on a shared endpoint (or this machine). */
        CONCURRENT_SHARED,
        /** Some models were measured one at a time, others ran concurrently on a shared endpoint. */
        MIXED,
        /** Each model on its own endpoint: none could slow another's server. */
        SEPARATE
    }

    public Kind kind() {
        if (isolated && shared) {
            return Kind.MIXED;
        }
        return isolated ? Kind.ONE_AT_A_TIME : shared ? Kind.CONCURRENT_SHARED : Kind.SEPARATE;
    }

    /** The English sentence shown in reports and by the CLI. */
    public String describe() {
        return switch (kind()) {
            case ONE_AT_A_TIME -> "speeds measured one model at a time";
            case CONCURRENT_SHARED -> "models ran concurrently on a shared endpoint";
            case MIXED -> "speeds of some models measured one model at a time; others ran concurrently on a shared endpoint";
            case SEPARATE -> "models ran concurrently, each on its own endpoint";
        };
    }

    /** Both ways together (a run started one way and resumed another). */
    public SpeedMeasurement and(SpeedMeasurement other) {
        return new SpeedMeasurement(isolated || other.isolated, shared || other.shared);
    }

    /** Records that {@code run} was (also) measured this way. */
    static void record(ProjectStore store, Run run, SpeedMeasurement now, boolean startedBefore) {
        SpeedMeasurement stored = startedBefore ? read(store, run).orElse(null) : null;
        SpeedMeasurement value = stored == null ? now : stored.and(now);
        store.meta().put(KEY + run.id(), stamp(run) + " " + (value.isolated ? "isolated" : "-") + " "
                + (value.shared ? "shared" : "-"));
    }

    /** How {@code run}'s speeds were measured; empty for a run made before Sidebench recorded it (or never run). */
    public static Optional<SpeedMeasurement> read(ProjectStore store, Run run) {
        Optional<String> value = store.meta().get(KEY + run.id());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = value.get().trim().split(" ");
        if (parts.length != 3 || !parts[0].equals(stamp(run))) {
            return Optional.empty();
        }
        return Optional.of(new SpeedMeasurement(parts[1].equals("isolated"), parts[2].equals("shared")));
    }

    /** The sentence for {@code run}, or "not recorded ..." for a run made before Sidebench recorded it. */
    public static String describe(ProjectStore store, Run run) {
        return read(store, run).map(SpeedMeasurement::describe).orElse("not recorded whether models were measured one at a time");
    }

    private static String stamp(Run run) {
        return run.createdAt() == null ? "0" : Long.toString(run.createdAt().toEpochMilli());
    }
}
