package io.sidebench.gui.run;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.CompletionStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each model is answering right now, gathered from the engine's threads: per model, one cell at a time is
 * followed to its completion (with several requests in flight, the others are not shown, but their text is
 * gathered), then the next cell that streams takes its place, shown from its first piece. A retry of the followed cell's turn starts that
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

    /** The text so far of one cell in flight. */
    private static final class CellText {
        private int turn;
        /** The text of the cell's earlier turns (their answers are final). */
        private final StringBuilder earlier = new StringBuilder();
        /** The current attempt's text of the current turn. */
        private final StringBuilder current = new StringBuilder();

        CellText(int turn) {
            this.turn = turn;
        }

        private void append(int pieceTurn, String piece) {
            if (pieceTurn != turn) {
                earlier.append(current).append(TURN_GAP);
                current.setLength(0);
                turn = pieceTurn;
                trim(earlier);
            }
            current.append(piece);
            trim(current);
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

    /** One model: the texts of its cells in flight, the cell the lane follows, and the text of an ended one. */
    private static final class Lane {
        private final Map<CellKey, CellText> inFlight = new HashMap<>();
        private CellKey cell;
        private String endedText;
        private boolean done;
        private boolean failed;

        private String text() {
            if (done) {
                return endedText;
            }
            CellText t = inFlight.get(cell);
            return t == null ? "" : t.text();
        }
    }

    private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();

    /**
     * Attempt {@code attempt} (from 1) of a cell's turn starts: a retry drops what the failed attempt streamed.
     */
    void attempt(CellKey cell, int turn, int attempt) {
        Lane lane = lanes.get(cell.modelId());
        if (lane == null || attempt <= 1) {
            return;
        }
        synchronized (lane) {
            CellText t = lane.inFlight.get(cell);
            if (t != null && t.turn == turn) {
                t.current.setLength(0);
            }
        }
    }

    /**
     * A streamed piece of the answer (reasoning pieces are not shown). Every cell in flight gathers its text, so a
     * lane that moves on to another cell shows that cell's answer from its start.
     */
    void chunk(CellKey cell, int turn, String piece, boolean reasoning) {
        if (reasoning || piece == null) {
            return;
        }
        Lane lane = lanes.computeIfAbsent(cell.modelId(), id -> new Lane());
        synchronized (lane) {
            if (lane.done && cell.equals(lane.cell)) {
                return; // a late piece of a cell that has ended
            }
            lane.inFlight.computeIfAbsent(cell, k -> new CellText(turn)).append(turn, piece);
            if (lane.cell == null || lane.done) {
                lane.cell = cell;
                lane.done = false;
                lane.failed = false;
                lane.endedText = null;
            }
        }
    }

    /**
     * A cell ended. Ends the followed cell, showing its stored answer (or error); a model whose lane is idle shows
     * this answer (cached answers, baselines and errors stream nothing).
     */
    void completed(Completion completion) {
        Lane lane = lanes.computeIfAbsent(completion.cell().modelId(), id -> new Lane());
        synchronized (lane) {
            CellText partial = lane.inFlight.remove(completion.cell());
            boolean followed = completion.cell().equals(lane.cell);
            if (!followed && lane.cell != null && !lane.done) {
                return;
            }
            boolean stopped = stoppedByCancel(completion);
            boolean failed = completion.status() != CompletionStatus.OK && !stopped;
            String shown = stopped ? (partial != null ? partial.text() : completion.text())
                    : failed ? completion.error() : storedAnswer(completion);
            lane.cell = completion.cell();
            lane.endedText = shown == null ? "" : shown.length() > MAX_CHARS
                    ? shown.substring(shown.length() - MAX_CHARS) : shown;
            lane.done = true;
            lane.failed = failed;
        }
    }

    /** A cell whose request the cancel aborted: it shows what had arrived, not as a failure. */
    private static boolean stoppedByCancel(Completion c) {
        String error = c.error();
        return c.status() != CompletionStatus.OK && error != null
                && (error.startsWith("CANCELLED") || error.startsWith("cancelled before"));
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
