package io.pixelstudio.app.cli;

import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.persist.ReviewSidecar;
import io.pixelstudio.trace.export.CuratedExport;
import io.pixelstudio.trace.export.ExportRequest;
import io.pixelstudio.trace.export.ExportSelection;
import io.pixelstudio.trace.export.ExportSummary;
import io.pixelstudio.trace.export.ExportTarget;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.query.QueryException;
import io.pixelstudio.trace.query.SavedView;
import io.pixelstudio.trace.query.SavedViews;
import io.pixelstudio.trace.query.SavedViewsFile;
import io.pixelstudio.trace.query.TraceFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code pixelstudio export INPUT --format F --out DIR [--status S] [--view NAME] [--query Q]}: the
 * curated traces (the accepted set by default) to training formats in one folder, with the same
 * summary the studio shows. Reviews come from the input: a studio project holds them, a data file's
 * come from its review sidecar ({@link ReviewSidecar}) when it has one. Exit 1 when nothing matched, nothing could be written, or the export
 * failed; the reason is on standard error.
 */
@Command(name = "export", description = "Export curated traces (default: the accepted set) to training formats "
        + "in one folder with their media and export-summary.json.")
final class ExportCommand implements Callable<Integer> {

    static final int EXIT_NOTHING = 1;

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Data file or studio project folder.")
    Path in;

    @Option(names = "--input-format", paramLabel = "ID", description = "Input format id; detected when omitted.")
    String inputFormat;

    @Option(names = {"-f", "--format"}, required = true, split = ",", paramLabel = "F",
            description = "Export format(s): pixelreasoner-sft, sharegpt, openai-messages (repeat or comma-separate).")
    List<String> formats;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--status", split = ",", paramLabel = "S",
            description = "Only traces with this review status: accepted, rejected, needs-fix, unreviewed.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--view", paramLabel = "NAME", description = "Only traces in this saved view of the input.")
    String view;

    @Option(names = {"-q", "--query"}, paramLabel = "Q", description = "Only traces matching this query (docs/curation.md).")
    String query;

    @Option(names = "--overwrite", description = "Replace existing output files.")
    boolean overwrite;

    @Option(names = "--max-tokens", paramLabel = "N",
            description = "Leave out traces longer than N tokens (text through --tokenizer plus visual tokens).")
    Integer maxTokens;

    @Option(names = "--tokenizer", paramLabel = "MODEL_DIR",
            description = "Local model folder whose tokenizer.json counts the tokens (with --max-tokens).")
    Path tokenizer;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            return export();
        } catch (IOException | IllegalArgumentException | CliUserException e) {
            context.err().println("pixelstudio export: " + e.getMessage());
            return EXIT_NOTHING;
        }
    }

    private int export() throws IOException {
        List<ExportTarget> targets = formats.stream().map(ExportTarget::byId).distinct().toList();
        ExportSelection selection = selection();
        InputOptions input = new InputOptions();
        input.formatId = inputFormat;
        TraceFormat source = input.formatFor(in, context.formats());
        ReadResult result = source.read(in, context.progress());
        result.findings().forEach(f -> context.err().println("not exported (unreadable): " + f));
        boolean sft = !source.id().equals("pixelreasoner-rl");
        ReviewSidecar reviews = Files.isDirectory(in) ? null : ReviewSidecar.read(in);
        List<Trace> chosen = new ArrayList<>();
        for (int i = 0; i < result.traces().size(); i++) {
            Trace trace = reviews == null ? result.traces().get(i) : reviews.overlay(i, result.traces().get(i));
            if (selection.test(TraceFacts.of(trace, sft))) {
                chosen.add(trace);
            }
        }
        if (chosen.isEmpty()) {
            context.err().println("pixelstudio export: no trace of " + result.traces().size() + " matches "
                    + selection.description() + "; nothing written");
            return EXIT_NOTHING;
        }
        Path mediaBase = Files.isDirectory(in) ? in.toAbsolutePath() : in.toAbsolutePath().getParent();
        if (maxTokens != null || tokenizer != null) {
            if (maxTokens == null || tokenizer == null) {
                throw new CliUserException("--max-tokens and --tokenizer go together");
            }
            chosen = new TokenBudgetFilter(tokenizer, maxTokens).within(chosen, mediaBase, context.err());
            if (chosen.isEmpty()) {
                context.err().println("pixelstudio export: every matching trace is over " + maxTokens
                        + " tokens; nothing written");
                return EXIT_NOTHING;
            }
        }
        ExportRequest request = new ExportRequest(chosen, selection.description(), chosen.size(), targets, out,
                mediaBase, overwrite);
        ExportSummary summary = new CuratedExport(context.formats()).run(request, context.progress());
        summary.lines().forEach(context.out()::println);
        context.out().flush();
        return summary.written() == 0 ? EXIT_NOTHING : 0;
    }

    private ExportSelection selection() throws IOException {
        List<ReviewStatus> wanted = new ArrayList<>();
        for (String s : statuses) {
            wanted.add(status(s));
        }
        Optional<SavedView> saved = Optional.empty();
        if (view != null) {
            SavedViews views = new SavedViewsFile().read(in);
            saved = Optional.of(views.find(view).orElseThrow(() -> new CliUserException("no saved view '" + view
                    + "' for " + in + " (views: " + String.join(", ", views.all().stream().map(SavedView::name).toList())
                    + ")")));
        }
        try {
            return ExportSelection.of(wanted, saved, Optional.ofNullable(query));
        } catch (QueryException e) {
            throw new CliUserException((view != null && query == null ? "view '" + view + "'" : "--query") + ": "
                    + e.getMessage());
        }
    }

    private static ReviewStatus status(String name) {
        String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return ReviewStatus.valueOf(normal);
        } catch (IllegalArgumentException e) {
            throw new CliUserException("--status " + name + ": one of accepted, rejected, needs-fix, unreviewed");
        }
    }
}
