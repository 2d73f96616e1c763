package io.sidebench.model;

/**
 * One user turn of a prompt, with the answer expected for it (may be {@code null}).
 */
public record Turn(String user, String reference) {
    public Turn {
        if (user == null) {
            throw new IllegalArgumentException("a turn needs user text");
        }
    }

    public static Turn of(String user) {
        return new Turn(user, null);
    }

    public boolean hasReference() {
        return reference != null && !reference.isBlank();
    }
}
