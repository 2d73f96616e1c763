package io.sidebench.gui.run;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each model is answering right now, gathered from the engine's threads: per model, one cell at a time is
 * followed from its first streamed piece to its completion (with several requests in flight, the others are
 * not shown), then the next cell that streams takes its place. Only the last {@value #MAX_CHARS} characters of
 * an answer are kept. Plain and thread-safe; the view model copies {@link #snapshot()} on the UI thread.
 */
final class LiveFeed {
    static final int MAX_CHARS = 12_000;

    /** One model's lane as last seen. */
    record Snapshot(CellKey cell, String text, boolean done, boolean failed) {
    }

    private static final class Lane {
        private CellKey cell;
        private int turn;
        private final StringBuilder text = new StringBuilder();
        private boolean done;
        private boolean failed;

        private void follow(CellKey next, int firstTurn) {
            cell = next;
            turn = firstTurn;
            text.setLength(0);
            done = false;
            failed = false;
        }

        private void append(String piece) {
            text.append(piece);
            if (text.length() > MAX_CHARS) {
                text.delete(0, text.length() - MAX_CHARS);
            }
        }
    }

    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();

    /** A streamed piece of the answer (reasoning pieces are not shown). */
    void chunk(CellKey cell, int turn, String piece, boolean reasoning) {
        Lane lane = lanes.computeIfAbsent(cell.modelId(), id -> new Lane());
        synchronized (lane) {
            if (lane.cell == null || lane.done && !cell.equals(lane.cell)) {
                lane.follow(cell, turn);
            }
            if (!cell.equals(lane.cell) || reasoning || piece == null) {
                return;
            }
            if (turn != lane.turn) {
                lane.append("\n\n");
                lane.turn = turn;
            }
            lane.append(piece);
        }
    }

    /**
     * A cell ended. Ends the followed cell; a model whose lane is idle shows this answer (cached answers,
     * baselines and errors stream nothing).
     */
    void completed(Completion completion) {
        Lane lane = lanes.computeIfAbsent(completion.cell().modelId(), id -> new Lane());
        synchronized (lane) {
            boolean followed = completion.cell().equals(lane.cell);
            if (!followed && lane.cell != null && !lane.done) {
                return;
            }
            boolean failed = completion.status() != CompletionStatus.OK;
            String finalText = failed ? completion.error() : completion.text();
            if (!followed || lane.text.length() == 0 || failed) {
                lane.follow(completion.cell(), 0);
                lane.append(finalText == null ? "" : finalText);
            }
            lane.done = true;
            lane.failed = failed;
        }
    }

    Map<Long, Snapshot> snapshot() {
        Map<Long, Snapshot> out = new HashMap<>();
        lanes.forEach((model, lane) -> {
            synchronized (lane) {
                if (lane.cell != null) {
                    out.put(model, new Snapshot(lane.cell, lane.text.toString(), lane.done, lane.failed));
                }
            }
        });
        return out;
    }

    void clear() {
        lanes.clear();
    }
}
