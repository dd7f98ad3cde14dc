package io.pixelstudio.app.cli;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.index.TraceFile;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.ops.SmartResize;
import io.pixelstudio.trace.validate.DatasetValidator;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.ImageIoMediaInspector;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.MediaLocator;
import io.pixelstudio.trace.validate.Severity;
import io.pixelstudio.trace.validate.TraceValidator;
import io.pixelstudio.trace.validate.ValidationOptions;
import io.pixelstudio.trace.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code pixelstudio validate FILE…}: every finding with its location, then counts; exit status 1
 * when any file has an error, so scripts and CI can gate on it.
 */
@Command(name = "validate", description = "Check data files: malformed records, missing or escaping media, "
        + "bad boxes and indices, unparseable tool calls, missing answers. Exit status 1 on errors.")
final class ValidateCommand implements Callable<Integer> {

    /** How a data file is checked: the SFT rules (final answer, prompt order) or the RL/rollout ones. */
    enum Mode { AUTO, SFT, RL }

    private static final int EXIT_FINDINGS = 1;

    private final CliContext context;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "AUTO",
            description = "sft, rl or auto (sft for Pixel Reasoner SFT data and studio projects). Default: ${DEFAULT-VALUE}.")
    Mode mode;

    @Option(names = "--min-pixels", paramLabel = "N", description = "Model-input minimum pixels for box and "
            + "crop-size checks. Default: the reference SFT trainer's 3136.")
    long minPixels = PixelBounds.SFT.minPixels();

    @Option(names = "--max-pixels", paramLabel = "N", description = "Model-input maximum pixels. Default: the "
            + "reference SFT trainer's 12845056.")
    long maxPixels = PixelBounds.SFT.maxPixels();

    @Option(names = {"-q", "--errors-only"}, description = "List errors only (counts still include everything).")
    boolean errorsOnly;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Data files or project folders.")
    List<Path> files;

    ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        PixelBounds bounds = new PixelBounds(minPixels, maxPixels);
        boolean anyErrors = false;
        TextTable totals = new TextTable("file", "errors", "warnings", "info");
        for (Path file : files) {
            ValidationReport report = validate(file, bounds);
            print(report);
            totals.row(file, report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
            anyErrors |= report.hasErrors();
        }
        context.out().println();
        totals.print(context.out());
        return anyErrors ? EXIT_FINDINGS : 0;
    }

    private ValidationReport validate(Path file, PixelBounds bounds) throws IOException {
        TraceFormat format = input.formatFor(file, context.formats());
        boolean sft = switch (mode) {
            case SFT -> true;
            case RL -> false;
            case AUTO -> !format.id().equals("pixelreasoner-rl");
        };
        ValidationOptions options = new ValidationOptions(sft, Optional.empty())
                .withModelInput(size -> SmartResize.fit(size, bounds));
        TraceValidator validator = TraceValidator.withReferenceParser(new ImageIoMediaInspector(), options);
        MediaLocator media = MediaLocator.forDataFile(Files.isDirectory(file) ? file.resolve("project.json") : file);
        if (format.isIndexable(file)) {
            try (TraceFile traces = TraceFile.open(file, format, context.progress())) {
                return new DatasetValidator(validator).validate(traces, media, context.progress());
            }
        }
        ReadResult result = format.read(file, context.progress());
        List<Finding> findings = new ArrayList<>(result.findings());
        for (Trace trace : result.traces()) {
            findings.addAll(validator.validate(trace, Location.ofFile(file).inTrace(trace.id()), media));
        }
        return new ValidationReport(findings);
    }

    private void print(ValidationReport report) {
        TextTable table = new TextTable("severity", "location", "rule", "message");
        for (Finding finding : report.findings()) {
            if (!errorsOnly || finding.severity() == Severity.ERROR) {
                table.row(finding.severity(), finding.location(), finding.rule(), finding.message());
            }
        }
        table.print(context.out());
    }
}
