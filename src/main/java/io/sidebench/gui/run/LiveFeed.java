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
 * not shown), then the next cell that streams takes its place. A retry of the followed cell's turn starts that
 * turn's text again (the failed attempt's pieces are not the answer), pieces arriving after the cell ended are
 * ignored, and when the cell ends the lane shows exactly what was stored: the lane's label (its cell) and its
 * text always belong together. Only the last {@value #MAX_CHARS} characters of an answer are kept. Plain and
 * thread-safe; the view model copies {@link #snapshot()} on the UI thread.
 */
final class LiveFeed {
    static final int MAX_CHARS = 12_000;
    private static final String TURN_GAP = "\n\n";

    /** One model's lane as last seen. */
    record Snapshot(CellKey cell, String text, boolean done, boolean failed) {
    }

    private static final class Lane {
        private CellKey cell;
        private int turn;
        /** The text of the followed cell's earlier turns (their answers are final). */
        private final StringBuilder earlier = new StringBuilder();
        /** The current attempt's text of the current turn. */
        private final StringBuilder current = new StringBuilder();
        private boolean done;
        private boolean failed;

        private void follow(CellKey next, int firstTurn) {
            cell = next;
            turn = firstTurn;
            earlier.setLength(0);
            current.setLength(0);
            done = false;
            failed = false;
        }

        private void nextTurn(int next) {
            earlier.append(current).append(TURN_GAP);
            current.setLength(0);
            turn = next;
            trim(earlier);
        }

        private void append(String piece) {
            current.append(piece);
            trim(current);
        }

        private void show(String text) {
            earlier.setLength(0);
            current.setLength(0);
            append(text == null ? "" : text);
        }

        private static void trim(StringBuilder text) {
            if (text.length() > MAX_CHARS) {
                text.delete(0, text.length() - MAX_CHARS);
            }
        }

        private String text() {
            int room = MAX_CHARS - current.length();
            if (room <= 0 || earlier.length() == 0) {
                return current.toString();
            }
            String before = earlier.length() > room ? earlier.substring(earlier.length() - room) : earlier.toString();
            return before + current;
        }
    }

    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();

    /**
     * Attempt {@code attempt} (from 1) of a cell's turn starts: a retry drops what the failed attempt streamed.
     */
    void attempt(CellKey cell, int turn, int attempt) {
        Lane lane = lanes.get(cell.modelId());
        if (lane == null) {
            return;
        }
        synchronized (lane) {
            if (cell.equals(lane.cell) && !lane.done && turn == lane.turn && attempt > 1) {
                lane.current.setLength(0);
            }
        }
    }

    /** A streamed piece of the answer (reasoning pieces are not shown). */
    void chunk(CellKey cell, int turn, String piece, boolean reasoning) {
        Lane lane = lanes.computeIfAbsent(cell.modelId(), id -> new Lane());
        synchronized (lane) {
            if (lane.cell == null || lane.done && !cell.equals(lane.cell)) {
                lane.follow(cell, turn);
            }
            if (!cell.equals(lane.cell) || lane.done || reasoning || piece == null) {
                return; // another cell's piece, or a late piece of a cell that has ended
            }
            if (turn != lane.turn) {
                lane.nextTurn(turn);
            }
            lane.append(piece);
        }
    }

    /**
     * A cell ended. Ends the followed cell, showing its stored answer (or error); a model whose lane is idle shows
     * this answer (cached answers, baselines and errors stream nothing).
     */
    void completed(Completion completion) {
        Lane lane = lanes.computeIfAbsent(completion.cell().modelId(), id -> new Lane());
        synchronized (lane) {
            boolean followed = completion.cell().equals(lane.cell);
            if (!followed && lane.cell != null && !lane.done) {
                return;
            }
            boolean failed = completion.status() != CompletionStatus.OK;
            if (!followed) {
                lane.follow(completion.cell(), 0);
            }
            lane.show(failed ? completion.error() : storedAnswer(completion));
            lane.done = true;
            lane.failed = failed;
        }
    }

    /** The answer as stored, every turn's answer one after the other as they streamed. */
    static String storedAnswer(Completion c) {
        if (c.turnAnswers().size() > 1) {
            return String.join(TURN_GAP, c.turnAnswers());
        }
        return c.text() == null ? "" : c.text();
    }

    Map<Long, Snapshot> snapshot() {
        Map<Long, Snapshot> out = new HashMap<>();
        lanes.forEach((model, lane) -> {
            synchronized (lane) {
                if (lane.cell != null) {
                    out.put(model, new Snapshot(lane.cell, lane.text(), lane.done, lane.failed));
                }
            }
        });
        return out;
    }

    void clear() {
        lanes.clear();
    }
}
