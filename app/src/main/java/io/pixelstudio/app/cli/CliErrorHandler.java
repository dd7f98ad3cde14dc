package io.pixelstudio.app.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns failures into one clear line on standard error and a distinct exit status, instead of a
 * stack trace: 2 for bad input the user can fix, 3 for anything unexpected (logged in full).
 */
final class CliErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_INTERNAL = 3;

    private static final Logger LOG = LoggerFactory.getLogger(CliErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (ex instanceof IOException || ex instanceof UncheckedIOException || ex instanceof IllegalArgumentException
                || ex instanceof CliUserException) {
            commandLine.getErr().println("pixelstudio " + commandLine.getCommandName() + ": " + ex.getMessage());
            return EXIT_BAD_INPUT;
        }
        LOG.error("internal error in {}", commandLine.getCommandName(), ex);
        commandLine.getErr().println("pixelstudio " + commandLine.getCommandName() + ": internal error: " + ex);
        return EXIT_INTERNAL;
    }
}
