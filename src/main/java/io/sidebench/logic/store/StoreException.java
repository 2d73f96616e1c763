package io.sidebench.logic.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A project file could not be opened, read or written; the message is meant for the user. The one place that
 * says what a storage failure means: {@link #isDiskFull()} tells the callers (run, annotations, imports,
 * scoring) that nothing is wrong with the file, only that it cannot grow.
 */
public class StoreException extends RuntimeException {
    private final boolean diskFull;

    public StoreException(String message) {
        this(message, null, false);
    }

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreException(String message, Throwable cause, boolean diskFull) {
        super(message, cause);
        this.diskFull = diskFull;
    }

    /** The write failed because the disk (or the file's size limit) is full; the file is sound. */
    public boolean isDiskFull() {
        return diskFull;
    }

    /** Whether anything in {@code failure}'s causes is a disk-full storage failure. */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException s && s.diskFull) {
                return true;
            }
            if (t instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_FULL
                    || sqlite.getResultCode().code == SQLiteErrorCode.SQLITE_IOERR.code && isNoSpace(sqlite))) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && (sql.getMessage().contains("SQLITE_FULL") || sql.getMessage().contains("disk is full"))) {
                return true;
            }
            if (t instanceof java.io.IOException io && io.getMessage() != null
                    && io.getMessage().contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoSpace(SQLiteException e) {
        return e.getMessage() != null && (e.getMessage().contains("No space") || e.getMessage().contains("full"));
    }

    /** A write that did not fit: what was saved before is safe, the change just made is not saved. */
    static StoreException diskFull(ProjectLocation file, Throwable cause) {
        return new StoreException(file + ": the disk is full, so this change could not be saved; everything "
                + "saved before is safe in the project. Free some space and try again.", cause, true);
    }

    /**
     * A run stopped because the disk is full: how many answers are safe and how to continue.
     *
     * @param saved answers of the run in the project (the last one may have been refused)
     */
    public static StoreException diskFullDuringRun(ProjectLocation file, long runId, int saved, Throwable cause) {
        return new StoreException(file + ": the disk is full, so run " + runId + " stopped; " + saved
                + (saved == 1 ? " answer is" : " answers are") + " safe in the project. Free some space, then "
                + "continue with `sidebench run " + file + " --resume " + runId
                + "` (or Resume on the Run screen).", cause, true);
    }
}
