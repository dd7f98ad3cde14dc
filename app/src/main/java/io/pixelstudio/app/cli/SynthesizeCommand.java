package io.pixelstudio.app.cli;

import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerSftFormat;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.synth.AnnotatedItemReader;
import io.pixelstudio.trace.synth.ItemReadResult;
import io.pixelstudio.trace.synth.SynthesisBatch;
import io.pixelstudio.trace.synth.SynthesisMode;
import io.pixelstudio.trace.synth.SynthesisResult;
import io.pixelstudio.trace.synth.TraceSynthesizer;
import io.pixelstudio.trace.synth.TraceTemplates;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pixelstudio synthesize ITEMS.jsonl --out FILE.json|PROJECT_DIR}: batch synthesis of SFT
 * traces from annotated items (see {@code docs/synthesis.md}). Bad lines and failed items are
 * reported and skipped, never abort the batch; the exit status is 1 when any was, so scripts notice.
 */
@Command(name = "synthesize", description = "Synthesize Pixel Reasoner SFT traces from annotated items (JSONL).")
final class SynthesizeCommand implements Callable<Integer> {

    static final int EXIT_SOME_FAILED = 1;

    /** The modes the command line offers. */
    enum Modes {
        SINGLE(EnumSet.of(SynthesisMode.SINGLE_PASS)),
        SELF_CORRECTION(EnumSet.of(SynthesisMode.SELF_CORRECTION)),
        BOTH(EnumSet.allOf(SynthesisMode.class));

        final Set<SynthesisMode> modes;

        Modes(Set<SynthesisMode> modes) {
            this.modes = modes;
        }
    }

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "ITEMS.jsonl", description = "Annotated items, one JSON object per line.")
    Path items;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.json|PROJECT_DIR",
            description = "Output: an SFT JSON file or a studio project folder.")
    Path out;

    @Option(names = "--mode", defaultValue = "both", paramLabel = "single|self-correction|both",
            converter = ModesConverter.class, description = "Trace shapes to synthesize (default: ${DEFAULT-VALUE}).")
    Modes mode;

    @Option(names = "--seed", defaultValue = "0", description = "Seed for template variants and wrong regions (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--templates", paramLabel = "DIR", description = "Folder of template files overriding the bundled ones.")
    Path templates;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "pixelreasoner-sft or studio-project (default: by --out, .json = pixelreasoner-sft).")
    String format;

    @Option(names = "--media-base", paramLabel = "DIR",
            description = "Folder relative media paths of the items resolve against (default: the items file's folder).")
    Path mediaBase;

    SynthesizeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        TraceFormat target = targetFormat();
        TraceTemplates texts = TraceTemplates.load(templates);
        Path base = mediaBase != null ? mediaBase : items.toAbsolutePath().getParent();
        ItemReadResult read = new AnnotatedItemReader().read(items, base);
        read.problems().forEach(context.err()::println);
        boolean project = target.id().equals(StudioProjectFormat.ID);
        Path outputBase = project ? Files.createTempDirectory("pixelstudio-synth") : out.toAbsolutePath().getParent();
        try {
            TraceSynthesizer synthesizer = new TraceSynthesizer(texts, ReplaySettings.TRAINING, outputBase);
            SynthesisBatch.Report report = new SynthesisBatch(synthesizer).run(read.items(), mode.modes, seed,
                    context.progress());
            report.findings().stream().filter(f -> f.severity() != Severity.INFO).forEach(context.err()::println);
            if (!report.traces().isEmpty()) {
                target.write(report.traces(), out, outputBase, context.progress());
            }
            printSummary(read, report, target);
            return read.problems().isEmpty() && !report.anyFailed() && !report.traces().isEmpty() ? 0 : EXIT_SOME_FAILED;
        } finally {
            if (project) {
                deleteTree(outputBase);
            }
        }
    }

    private TraceFormat targetFormat() {
        String id = format != null ? format
                : out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? PixelReasonerSftFormat.ID
                : StudioProjectFormat.ID;
        if (!id.equals(PixelReasonerSftFormat.ID) && !id.equals(StudioProjectFormat.ID)) {
            throw new CliUserException("--format must be " + PixelReasonerSftFormat.ID + " or " + StudioProjectFormat.ID
                    + ", not '" + id + "'");
        }
        return context.formats().require(id);
    }

    private void printSummary(ItemReadResult read, SynthesisBatch.Report report, TraceFormat target) {
        var o = context.out();
        o.printf("items read: %d (%d line(s) skipped)%n", read.items().size(), read.problems().size());
        o.printf("traces written: %d single-pass, %d self-correction%s%n", report.written(SynthesisMode.SINGLE_PASS),
                report.written(SynthesisMode.SELF_CORRECTION),
                report.traces().isEmpty() ? " (nothing written)" : " to " + out + " (" + target.id() + ")");
        for (SynthesisResult r : report.fellBack()) {
            o.printf("fell back to single pass: %s (no room for a wrong region)%n", r.item().id());
        }
        for (SynthesisResult r : report.withoutTrace()) {
            String reason = r.findings().stream().filter(f -> f.rule().startsWith("synth."))
                    .map(Finding::message).reduce((a, b) -> b).orElse("no trace");
            o.printf("skipped %s %s: %s%n", r.item().id(), r.requested().label(), reason);
        }
        long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        o.printf("findings: %d error(s), %d warning(s)%n", errors + read.problems().size(), warnings);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Reads {@code single}, {@code self-correction} or {@code both}. */
    static final class ModesConverter implements picocli.CommandLine.ITypeConverter<Modes> {
        @Override
        public Modes convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "single", "single-pass" -> Modes.SINGLE;
                case "self-correction", "selfcorrection", "self_correction" -> Modes.SELF_CORRECTION;
                case "both" -> Modes.BOTH;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected single, self-correction or both, not '" + value + "'");
            };
        }
    }
}
