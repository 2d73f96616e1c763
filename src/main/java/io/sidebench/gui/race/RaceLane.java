package io.sidebench.gui.race;

import io.sidebench.model.Chunk;
import io.sidebench.model.Completion;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One model's column in a race replay: the answer as far as it had arrived, and live speed figures. */
public final class RaceLane {
    private final String name;
    private final List<Chunk> chunks;
    private final String fullText;
    private final double endMs;
    private final Integer outputTokens;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty stats = new SimpleStringProperty(this, "stats", "");
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done");
    private final StringBuilder shown = new StringBuilder();
    private int next;
    private Double ttft;
    private int pieces;

    public RaceLane(String name, Completion completion) {
        this.name = name;
        this.chunks = completion.chunks().stream().filter(c -> !c.reasoning()).toList();
        this.fullText = completion.text() == null ? "" : completion.text();
        this.outputTokens = completion.metrics().outputTokens();
        Double e2e = completion.metrics().e2eMs();
        double lastChunk = chunks.isEmpty() ? 0 : chunks.get(chunks.size() - 1).atMs();
        this.endMs = Math.max(lastChunk, e2e == null ? lastChunk : e2e);
    }

    public String name() {
        return name;
    }

    public double endMs() {
        return endMs;
    }

    /** Shows what had arrived {@code ms} after the request; returns true when something changed. */
    boolean advanceTo(double ms, String ttftFormat, String speedFormat) {
        if (done.get()) {
            return false;
        }
        boolean changed = false;
        if (chunks.isEmpty()) {
            if (ms >= endMs) {
                shown.append(fullText);
                changed = true;
            }
        } else {
            while (next < chunks.size() && chunks.get(next).atMs() <= ms) {
                Chunk c = chunks.get(next++);
                if (ttft == null) {
                    ttft = c.atMs();
                }
                shown.append(c.text());
                pieces++;
                changed = true;
            }
        }
        if (changed) {
            text.set(shown.toString());
        }
        if (ttft != null) {
            double seconds = Math.max(0.001, (Math.min(ms, endMs) - ttft) / 1000.0);
            stats.set(String.format(ttftFormat, ttft) + " \u00B7 " + String.format(speedFormat, tokensSoFar() / seconds));
        }
        if (ms >= endMs && next >= chunks.size()) {
            done.set(true);
        }
        return changed;
    }

    /** Output tokens received so far: the reported count scaled by the share of chunks, else the chunks. */
    double tokensSoFar() {
        if (outputTokens == null || chunks.isEmpty()) {
            return pieces;
        }
        return outputTokens * (double) pieces / chunks.size();
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty statsProperty() {
        return stats;
    }

    public BooleanProperty doneProperty() {
        return done;
    }
}
