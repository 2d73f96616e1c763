package io.sidebench.gui.models;

import java.util.Optional;

/** Remembers the last chosen source (a preset id, or "custom:" and the provider kind). */
public interface SourceMemory {
    Optional<String> last();

    void remember(String sourceId);

    /** For this form only (forgotten with it). */
    static SourceMemory inMemory() {
        String[] kept = {null};
        return new SourceMemory() {
            @Override
            public Optional<String> last() {
                return Optional.ofNullable(kept[0]);
            }

            @Override
            public void remember(String sourceId) {
                kept[0] = sourceId;
            }
        };
    }
}
