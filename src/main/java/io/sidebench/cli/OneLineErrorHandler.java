package io.sidebench.cli;

import io.sidebench.logic.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns any failure of a command into one line on stderr and exit code 1, never a stack trace. */
final class OneLineErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            message = ex.getClass().getSimpleName();
        }
        if (!(ex instanceof StoreException) && !(ex instanceof CliException)
                && !(ex instanceof IllegalArgumentException)) {
            message = message.lines().findFirst().orElse(message);
        }
        cmd.getErr().println("error: " + message.replace('\n', ' '));
        cmd.getErr().flush();
        return 1;
    }
}
