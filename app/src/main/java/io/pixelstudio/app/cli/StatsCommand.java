package io.pixelstudio.app.cli;

import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.index.TraceStreams;
import io.pixelstudio.trace.stats.DatasetStatistics;
import io.pixelstudio.trace.stats.DatasetStatisticsCollector;
import io.pixelstudio.trace.validate.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code pixelstudio stats FILE}: how much pixel-space reasoning a data file holds. */
@Command(name = "stats", description = "Summarise a data file: traces, operations per trace, zoom vs frame "
        + "selections, box sizes.")
final class StatsCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    InputOptions input = new InputOptions();

    @Parameters(paramLabel = "FILE", description = "Data file or project folder.")
    Path file;

    StatsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        TraceFormat format = input.formatFor(file, context.formats());
        DatasetStatisticsCollector collector = new DatasetStatisticsCollector();
        List<Finding> findings = TraceStreams.forEach(file, format, context.progress(), collector::accept);
        print(collector.result(), findings.size());
        return 0;
    }

    private void print(DatasetStatistics stats, int unreadable) {
        TextTable summary = new TextTable("measure", "value");
        summary.row("traces", stats.traces());
        summary.row("records that could not be read", unreadable);
        summary.row("video traces", stats.videoTraces());
        summary.row("traces with operations", percent(stats.shareWithOperations()));
        summary.row("mean operations per trace", String.format(Locale.ROOT, "%.2f", stats.meanOperations()));
        summary.row("zoom-in calls", stats.zoomIns());
        summary.row("select-frames calls", stats.selectFrames());
        summary.row("invalid tool calls", stats.invalidCalls());
        summary.row("boxes normalized / in pixels", stats.normalizedBoxes() + " / " + stats.pixelBoxes());
        summary.print(context.out());
        context.out().println();

        TextTable histogram = new TextTable("operations", "traces", "share");
        stats.operationsPerTrace().forEach((ops, count) ->
                histogram.row(ops, count, percent(stats.traces() == 0 ? 0 : count / (double) stats.traces())));
        histogram.print(context.out());

        if (!stats.boxAreaPercentiles().isEmpty()) {
            context.out().println();
            TextTable areas = new TextTable("normalized box area", "share of image");
            for (Map.Entry<String, Double> e : stats.boxAreaPercentiles().entrySet()) {
                areas.row(e.getKey(), percent(e.getValue()));
            }
            areas.print(context.out());
        }
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
