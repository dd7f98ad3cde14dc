package io.pixelstudio.app.cli;

import io.pixelstudio.trace.format.TraceFormat;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Lists the formats this build can read and write, for {@code convert --to}. */
@Command(name = "formats", description = "List the data formats this build reads and writes.")
final class FormatsCommand implements Callable<Integer> {

    private final CliContext context;

    FormatsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        TextTable table = new TextTable("id", "description");
        for (TraceFormat format : context.formats().all()) {
            table.row(format.id(), format.description());
        }
        table.print(context.out());
        return 0;
    }
}
