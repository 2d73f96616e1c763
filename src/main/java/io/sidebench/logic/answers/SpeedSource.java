package io.sidebench.logic.answers;

import io.sidebench.logic.store.ProjectStore;

/**
 * Who measured a run's speed figures (TTFT, latency, tokens per second), for every place that shows them: Sidebench
 * itself, another tool whose file the answers were imported from, or nobody (imported answers without figures,
 * whose speed is then hidden). Read from the run's import mark ({@link ImportedRun}).
 *
 * @param tool the tool that measured imported figures, {@code null} when Sidebench measured them or the file's
 *             format names no tool (a generic table)
 * @param file the imported file, {@code null} for a measured run
 */
public record SpeedSource(Kind kind, String tool, String file) {
    public enum Kind {
        /** Measured by Sidebench while it requested the answers. */
        MEASURED,
        /** The figures came with imported answers: measured by another tool. */
        IMPORTED,
        /** Imported answers without figures: there is no speed to show. */
        NOT_MEASURED
    }

    public static final SpeedSource SIDEBENCH = new SpeedSource(Kind.MEASURED, null, null);

    public static SpeedSource of(ProjectStore store, long runId) {
        return ImportedRun.find(store, runId).map(SpeedSource::of).orElse(SIDEBENCH);
    }

    static SpeedSource of(ImportedRun mark) {
        if (!mark.speedFromFile()) {
            return new SpeedSource(Kind.NOT_MEASURED, null, mark.sourceFile());
        }
        return new SpeedSource(Kind.IMPORTED, mark.tool(), mark.sourceFile());
    }

    /** Who measured imported figures, in English: the tool, else "the tool that wrote FILE". */
    public String measuredBy() {
        return tool != null ? tool : "the tool that wrote " + file;
    }

    public boolean imported() {
        return kind == Kind.IMPORTED;
    }

    /** True when there are speed figures to show (measured by Sidebench or imported with the answers). */
    public boolean hasFigures() {
        return kind != Kind.NOT_MEASURED;
    }

    /** The short mark beside a speed figure: empty when Sidebench measured it, "imported (measured by TOOL)". */
    public String mark() {
        return switch (kind) {
            case MEASURED -> "";
            case IMPORTED -> "imported (measured by " + measuredBy() + ")";
            case NOT_MEASURED -> "not measured (imported answers)";
        };
    }

    /** A sentence for reports: null when Sidebench measured the figures. */
    public String note() {
        return switch (kind) {
            case MEASURED -> null;
            case IMPORTED -> "Speed figures are imported (measured by " + measuredBy() + "), not measured by Sidebench: "
                    + "compare them with other runs only if both were measured the same way.";
            case NOT_MEASURED -> "Speed not measured: the answers were imported without speed figures.";
        };
    }

    /** A column or axis title with the mark: "TTFT (ms)" or "TTFT (ms), imported (measured by TOOL)". */
    public String title(String title) {
        return kind == Kind.MEASURED ? title : title + ", " + mark();
    }
}
