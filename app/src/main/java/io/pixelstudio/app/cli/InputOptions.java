package io.pixelstudio.app.cli;

import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.TraceFormats;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --format} option shared by commands that read a data file, with detection as the default. */
final class InputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "ID",
            description = "Input format id (see 'pixelstudio formats'); detected from the file when omitted.")
    String formatId;

    /** The format to read {@code path} with: the one named, or the first that recognises the file. */
    TraceFormat formatFor(Path path, TraceFormats formats) {
        if (!Files.exists(path)) {
            throw new CliUserException(path + ": no such file or folder");
        }
        if (formatId != null) {
            return formats.require(formatId);
        }
        return formats.detect(path).orElseThrow(() -> new CliUserException(
                path + ": cannot tell its format; name it with --format (one of: " + formats.ids() + ")"));
    }
}
