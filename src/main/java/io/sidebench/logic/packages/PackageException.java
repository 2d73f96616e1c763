package io.sidebench.logic.packages;

/** A package cannot be read, exported or merged, for a reason the user can act on. */
public final class PackageException extends RuntimeException {
    public PackageException(String message) {
        super(message);
    }

    public PackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
