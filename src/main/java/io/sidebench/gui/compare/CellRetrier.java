package io.sidebench.gui.compare;

import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;

/**
 * Runs one failed cell again and says what happened; called off the UI thread. The app's implementation
 * ({@link EngineCellRetrier}) asks the run engine for exactly that cell (other failed cells stay as they are).
 */
@FunctionalInterface
public interface CellRetrier {
    Outcome retry(CellKey cell) throws Exception;

    /** What a retry did. */
    enum Kind {
        /** A request was sent and an answer came back. */
        ANSWERED,
        /** A request was sent and the model failed again; the completion holds the reason. */
        FAILED_AGAIN,
        /** No request: the response cache held an answer for exactly this request. */
        FROM_CACHE,
        /** No request: the cell already had an answer. */
        ALREADY_ANSWERED,
        /** No request could be sent; {@link Outcome#reason()} says why. */
        NOT_SENT
    }

    /**
     * @param completion what the cell holds now ({@code null} when nothing is stored for it)
     * @param reason     why nothing was sent, for {@link Kind#NOT_SENT}
     */
    record Outcome(Kind kind, Completion completion, String reason) {
        public static Outcome of(Completion now) {
            if (now.isOk()) {
                return new Outcome(now.cached() ? Kind.FROM_CACHE : Kind.ANSWERED, now, null);
            }
            return new Outcome(Kind.FAILED_AGAIN, now, null);
        }

        public static Outcome notSent(Completion now, String reason) {
            return new Outcome(Kind.NOT_SENT, now, reason);
        }
    }
}
