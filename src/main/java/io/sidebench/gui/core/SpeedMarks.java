package io.sidebench.gui.core;

import io.sidebench.logic.answers.SpeedSource;

/**
 * The app's words for who measured a run's speed figures: nothing for Sidebench's own measurements,
 * "imported (measured by TOOL)" for another tool's, "not measured" for imported answers without figures.
 */
public final class SpeedMarks {
    private SpeedMarks() {
    }

    /** The short mark; empty when Sidebench measured the figures. */
    public static String mark(Messages messages, SpeedSource speed) {
        return switch (speed.kind()) {
            case MEASURED -> "";
            case IMPORTED -> speed.tool() != null ? messages.format("speed.imported", speed.tool())
                    : messages.format("speed.importedFile", speed.file());
            case NOT_MEASURED -> messages.get("speed.notMeasured");
        };
    }

    /** A column title with the mark: "TTFT (ms)" or "TTFT (ms) · imported (measured by TOOL)". */
    public static String title(Messages messages, SpeedSource speed, String title) {
        return speed.imported() ? title + " \u00B7 " + mark(messages, speed) : title;
    }

    /** A sentence under a table of speed figures; empty when Sidebench measured them. */
    public static String note(Messages messages, SpeedSource speed) {
        return switch (speed.kind()) {
            case MEASURED -> "";
            case IMPORTED -> speed.tool() != null ? messages.format("speed.note.imported", speed.tool())
                    : messages.format("speed.note.importedFile", speed.file());
            case NOT_MEASURED -> messages.get("speed.note.notMeasured");
        };
    }
}
