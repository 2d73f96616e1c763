package io.sidebench.logic.export;

import java.util.List;

/** Every turn's answer of a completion, for exports that keep multi-turn answers apart (MT-Bench). */
@FunctionalInterface
public interface TurnAnswers {
    List<String> of(long completionId);
}
