package io.sidebench.logic.answers;

import java.util.List;

/**
 * The parts of an answer record a table column (or a JSON field) can supply, with the usual names each is found
 * by when the user has not chosen its column.
 */
public enum AnswerField {
    ID("id", Header.ID), PROMPT("prompt", Header.PROMPT), REFERENCE("reference", Header.REFERENCE),
    MODEL("model", Header.MODEL), ANSWER("answer", Header.ANSWER), TURN("turn", Header.TURN),
    LATENCY("latency", Header.LATENCY), TTFT("ttft", Header.TTFT), TOKENS("tokens", Header.TOKENS),
    COST("cost", Header.COST);

    private final String key;
    private final List<String> usualNames;

    AnswerField(String key, String[] usualNames) {
        this.key = key;
        this.usualNames = List.of(usualNames);
    }

    /** A stable lower-case name (for message keys and control ids). */
    public String key() {
        return key;
    }

    public List<String> usualNames() {
        return usualNames;
    }

    /** The fields of a wide table (the rest are model columns). */
    public boolean inWideTables() {
        return this == ID || this == PROMPT || this == REFERENCE;
    }
}
