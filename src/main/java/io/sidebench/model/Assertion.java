package io.sidebench.model;

/**
 * A check attached to a prompt, e.g. promptfoo's {@code assert} entries or a per-set rule.
 * {@code type} is lower case: equals, contains, icontains, regex, is-json, similar, ...
 */
public record Assertion(String type, String value, Double threshold) {
    public Assertion {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("an assertion needs a type");
        }
    }
}
