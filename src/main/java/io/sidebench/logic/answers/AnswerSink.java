package io.sidebench.logic.answers;

import io.sidebench.logic.prompts.ImportException;

/** Receives what an importer reads, record by record, so large files stream. */
public interface AnswerSink {
    void answer(AnswerRecord record) throws ImportException;

    /** A pairwise verdict on two answers in the same file (LLM Comparator's score, say). */
    default void pair(PairRecord pair) throws ImportException {
    }
}
