package io.sidebench.cli;

import io.sidebench.logic.answers.AnswerImportException;
import io.sidebench.logic.prompts.ImportException;
import java.io.PrintWriter;

/** Prints the listing of a refused import (one {@code file:line: reason} per line) before the one-line error. */
final class AnswerImportErrors {
    private AnswerImportErrors() {
    }

    static CliException report(AnswerImportException e, PrintWriter err) {
        if (e.problems().size() > 1) {
            for (ImportException p : e.problems()) {
                err.println("  " + p.getMessage());
            }
            if (e.count() > e.problems().size()) {
                err.println("  ... and " + (e.count() - e.problems().size()) + " more");
            }
            err.flush();
        }
        return new CliException(e.getMessage(), e);
    }
}
