package io.sidebench.gui.race;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.metrics.MeasuredSpeed;
import io.sidebench.model.Chunk;
import io.sidebench.model.Completion;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One model's column in a race replay: the answer as far as it had arrived, and live speed figures. The speed
 * is the cards' definition (output tokens / seconds since the request was sent), so when a lane finishes it
 * shows exactly the tokens/s of its answer card; where nothing was measured (a baseline) it shows "–".
 */
public final class RaceLane {
    /** Shown where a figure was not measured. */
    static final String NONE = "\u2013";

    private final String name;
    private final List<Chunk> chunks;
    private final String fullText;
    private final double endMs;
    private final Integer outputTokens;
    private final MeasuredSpeed measured;
    private final boolean baseline;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty stats = new SimpleStringProperty(this, "stats", "");
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done");
    private final IntegerProperty place = new SimpleIntegerProperty(this, "place", 0);
    private final StringBuilder shown = new StringBuilder();
    private int next;
    private Double ttft;
    private int pieces;

    public RaceLane(String name, Completion completion, boolean baseline) {
        this.name = name;
        this.baseline = baseline;
        this.chunks = completion.chunks().stream().filter(c -> !c.reasoning()).toList();
        this.fullText = completion.text() == null ? "" : completion.text();
        this.outputTokens = completion.metrics().outputTokens();
        this.measured = MeasuredSpeed.of(completion, baseline);
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

    /** True for a baseline, which sends no request and takes no place in the finish order. */
    public boolean baseline() {
        return baseline;
    }

    /** The figures of the answer card (what the lane shows once finished). */
    public MeasuredSpeed measured() {
        return measured;
    }

    /** Shows what had arrived {@code ms} after the request; returns true when something changed. */
    boolean advanceTo(double ms, Messages messages) {
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
        boolean finished = ms >= endMs && next >= chunks.size();
        if (finished) {
            stats.set(stats(messages, measured.ttftMs(), measured.tokensPerSecond()));
            done.set(true);
        } else if (ttft != null) {
            double seconds = Math.min(ms, endMs) / 1000.0;
            Double live = baseline || seconds <= 0 ? null : tokensSoFar() / seconds;
            stats.set(stats(messages, baseline ? null : ttft, live));
        }
        return changed;
    }

    private static String stats(Messages messages, Double ttftMs, Double tokensPerSecond) {
        String first = messages.format("metric.ttft", ttftMs == null ? NONE : messages.number(ttftMs, 0));
        String speed = messages.format("metric.tps", tokensPerSecond == null ? NONE
                : messages.number(tokensPerSecond, 1));
        return first + " \u00B7 " + speed;
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

    /** 1 for the first to finish, 2 for the next...; 0 while running, and for baselines. */
    public IntegerProperty placeProperty() {
        return place;
    }
}
