package io.sidebench.cli;

/** A command failed for a reason the user can act on; printed as one line. */
public class CliException extends RuntimeException {
    public CliException(String message) {
        super(message);
    }

    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
