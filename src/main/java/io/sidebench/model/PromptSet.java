package io.sidebench.model;

import java.time.Instant;

/** A named, imported collection of prompts. */
public record PromptSet(long id, String name, String source, String format, int promptCount, Instant importedAt) {
}
