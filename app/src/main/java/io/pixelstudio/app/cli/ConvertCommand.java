package io.pixelstudio.app.cli;

import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.validate.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code pixelstudio convert --to FORMAT IN OUT}. Refuses to write when some records could not be
 * read, because a conversion that silently drops records loses data; {@code --skip-unreadable}
 * writes the rest and lists what was left out.
 */
@Command(name = "convert", description = "Convert a data file to another format (see 'pixelstudio formats').")
final class ConvertCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = {"-t", "--to"}, required = true, paramLabel = "FORMAT", description = "Output format id.")
    String to;

    @Option(names = "--skip-unreadable", description = "Write the readable records even when some cannot be read.")
    boolean skipUnreadable;

    @Parameters(index = "0", paramLabel = "IN", description = "Input data file or project folder.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output file or project folder.")
    Path out;

    ConvertCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        TraceFormat source = input.formatFor(in, context.formats());
        TraceFormat target = context.formats().require(to);
        ReadResult result = source.read(in, context.progress());
        if (!result.findings().isEmpty()) {
            result.findings().forEach(f -> context.err().println(f));
            if (!skipUnreadable) {
                context.err().println("pixelstudio convert: " + result.findings().size()
                        + " record(s) could not be read; nothing written (use --skip-unreadable to write the rest)");
                return CliErrorHandler.EXIT_BAD_INPUT;
            }
        }
        Path mediaBase = in.toAbsolutePath().getParent();
        target.write(result.traces(), out, mediaBase, context.progress());
        context.out().printf("wrote %d trace(s) from %s (%s) to %s (%s)%n", result.traces().size(), in,
                source.id(), out, target.id());
        long skipped = result.findings().stream().map(Finding::location).distinct().count();
        if (skipped > 0) {
            context.out().printf("left out %d unreadable record(s), listed above%n", skipped);
        }
        return 0;
    }
}
