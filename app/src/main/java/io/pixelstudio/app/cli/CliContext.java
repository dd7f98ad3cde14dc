package io.pixelstudio.app.cli;

import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * What every subcommand needs, built once by {@link PixelStudioCli} and passed to each command's
 * constructor: the registered formats and where to write.
 */
record CliContext(TraceFormats formats, PrintWriter out, PrintStream err, boolean showProgress) {

    CliContext {
        Objects.requireNonNull(formats, "formats");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** A progress bar on standard error, or nothing when progress is off. */
    ProgressListener progress() {
        return new ConsoleProgress(err, showProgress);
    }
}
