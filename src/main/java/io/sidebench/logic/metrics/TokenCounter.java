package io.sidebench.logic.metrics;

/** Counts tokens of a text when the API did not report them. */
@FunctionalInterface
public interface TokenCounter {
    int count(String text);
}
