package io.sidebench.logic.export;

import io.sidebench.logic.results.ResultRow;

/**
 * Walks a report's rows prompt by prompt for the "answers side by side" sections: each prompt once, then all
 * its answers (every model and repeat). The rows are read from the project page by page as they are written
 * and none is kept, so a run of any size streams through in constant memory.
 */
final class AnswerGroups {
    /** Prompts shown side by side in an unscored run's report when not all answers were asked for. */
    static final int UNSCORED_PROMPTS = 20;

    /** What a format writes for each prompt and answer. */
    interface Sink<E extends Exception> {
        void prompt(ResultRow first, int ordinal) throws E;

        void answer(ResultRow row) throws E;

        void endPrompt() throws E;
    }

    private AnswerGroups() {
    }

    /**
     * @param maxPrompts at most this many prompts ({@link Integer#MAX_VALUE} for all)
     * @return how many prompts were written; more remain when it equals {@code maxPrompts} and
     *         {@link Report#promptCount()} is larger
     */
    static <E extends Exception> int write(Report report, int maxPrompts, Sink<E> sink) throws E {
        long current = Long.MIN_VALUE;
        int prompts = 0;
        for (ResultRow r : report.rows()) {
            if (r.promptId() != current) {
                if (prompts > 0) {
                    sink.endPrompt();
                }
                if (prompts == maxPrompts) {
                    return prompts;
                }
                current = r.promptId();
                prompts++;
                sink.prompt(r, prompts);
            }
            sink.answer(r);
        }
        if (prompts > 0) {
            sink.endPrompt();
        }
        return prompts;
    }

    /** "model" or "model · repeat 2" when the run has several repeats (numbered from 1). */
    static String answerLabel(Report report, ResultRow r) {
        return report.run().repeats() > 1 ? r.modelLabel() + " · repeat " + (r.repeat() + 1) : r.modelLabel();
    }
}
