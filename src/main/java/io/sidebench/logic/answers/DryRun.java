package io.sidebench.logic.answers;

import io.sidebench.logic.prompts.ImportException;
import io.sidebench.logic.store.ProjectStore;

/**
 * Runs an import inside a transaction that is always rolled back: the import checks the whole file and counts
 * what it would write, and nothing stays in the project. The imports run in nested transactions of this one.
 */
public final class DryRun {
    /** An import to check. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws ImportException, AnswerImportException;
    }

    private DryRun() {
    }

    public static <T> T check(ProjectStore store, Work<T> work) throws ImportException, AnswerImportException {
        try {
            store.inTransaction(c -> {
                try {
                    throw new Done(work.run());
                } catch (ImportException | AnswerImportException e) {
                    throw new Abort(e);
                }
            });
            throw new IllegalStateException("unreachable");
        } catch (Done done) {
            @SuppressWarnings("unchecked")
            T result = (T) done.result;
            return result;
        } catch (Abort a) {
            if (a.failure instanceof ImportException ie) {
                throw ie;
            }
            throw (AnswerImportException) a.failure;
        }
    }

    /** Carries the result out of the transaction, which rolls back. */
    private static final class Done extends RuntimeException {
        final transient Object result;

        Done(Object result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /** Stops a read that has enough records. */
    static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }
}
