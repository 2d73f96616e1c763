package io.sidebench.logic.providers.gguf;

/**
 * A local model that cannot be used: missing or corrupt file, or a runtime that failed to load it.
 * The message is one user-facing line starting with the file. It extends
 * {@link IllegalArgumentException} because that is what {@code ModelClientFactory.create} promises
 * for a configuration that cannot work.
 */
public class GgufException extends IllegalArgumentException {
    public GgufException(String message) {
        super(message);
    }

    public GgufException(String message, Throwable cause) {
        super(message, cause);
    }
}
