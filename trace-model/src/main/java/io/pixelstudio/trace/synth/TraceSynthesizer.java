package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.SmartResize;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.ImageIoMediaInspector;
import io.pixelstudio.trace.validate.MediaLocator;
import io.pixelstudio.trace.validate.Severity;
import io.pixelstudio.trace.validate.TraceValidator;
import io.pixelstudio.trace.validate.ValidationOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Turns an annotated item into a trace in the Pixel Reasoner SFT layout, in either
 * {@link SynthesisMode}, with real operations: crops and selected frames are computed by the
 * reference executors and written under {@value #CROPS_FOLDER}/ of the media base (the folder of
 * the output the traces go to), and referenced relative to it. Every trace is run through
 * {@link TraceValidator} with the SFT rules; one with errors is not handed out. The random choices
 * (template variants, wrong region) are seeded by the batch seed, the item id and the mode, so an
 * item gives the same trace wherever it sits in a batch.
 */
public final class TraceSynthesizer {

    /** Folder of the media base that observation images are written to. */
    public static final String CROPS_FOLDER = "synth-crops";
    /** {@link Trace#source()} of synthesized traces. */
    public static final String SOURCE = "synthesized";

    private final TraceTemplates templates;
    private final ReplaySettings settings;
    private final ItemMediaLoader media;
    private final ObservationSink observations;
    private final TraceValidator validator;
    private final MediaLocator locator;

    /**
     * @param templates the text templates
     * @param settings  the pixel bounds the operations run with ({@link ReplaySettings#TRAINING} for SFT data)
     * @param mediaBase the folder the output's relative media paths resolve against
     */
    public TraceSynthesizer(TraceTemplates templates, ReplaySettings settings, Path mediaBase) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.settings = Objects.requireNonNull(settings, "settings");
        Path base = Objects.requireNonNull(mediaBase, "mediaBase").toAbsolutePath().normalize();
        this.media = new ItemMediaLoader(base, new ImageLoader());
        this.observations = new ObservationImageWriter(base, CROPS_FOLDER);
        this.validator = TraceValidator.withReferenceParser(new ImageIoMediaInspector(), ValidationOptions.sftData()
                .withModelInput(size -> SmartResize.fit(size, settings.inputBounds())));
        this.locator = new MediaResolver(base)::resolve;
    }

    /**
     * Synthesizes {@code item} in {@code mode}. When a self-correction has no room for a wrong
     * region, {@code fallBack} produces a single pass instead (with a warning); otherwise the result
     * has no trace and that warning.
     */
    public SynthesisResult synthesize(AnnotatedItem item, SynthesisMode mode, long seed, boolean fallBack) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(mode, "mode");
        Random random = new Random(seed * 1_000_003L + item.id().hashCode() * 31L + mode.ordinal());
        Draft draft = new Draft(item, mode, random);
        try {
            if (item.media() instanceof AnnotatedMedia.Image image) {
                new ImageTraceWriter(this, draft).write(image, fallBack);
            } else {
                new VideoTraceWriter(this, draft).write(fallBack);
            }
        } catch (IOException | UncheckedIOException e) {
            draft.problem(SynthesisRules.MEDIA_INVALID, "cannot read the item's media: " + e.getMessage());
        }
        return draft.result();
    }

    TraceTemplates templates() {
        return templates;
    }

    ReplaySettings settings() {
        return settings;
    }

    ItemMediaLoader media() {
        return media;
    }

    ObservationSink observations() {
        return observations;
    }

    /** The result of a builder: validated, or refused with findings when a call failed or rules are broken. */
    void finish(Draft draft, OperationTraceBuilder builder, SynthesisMode produced, List<Evidence> evidence) {
        AnnotatedItem item = draft.item;
        Trace trace = builder.build(SOURCE, evidence, new Review(ReviewStatus.UNREVIEWED,
                List.of("synthesized", produced.label()), ""));
        List<Finding> findings = validator.validate(trace, item.location(), locator);
        draft.findings.addAll(findings);
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            draft.problem(SynthesisRules.TRACE_INVALID, "the generated " + produced.label()
                    + " trace has validation errors (listed); not written");
            return;
        }
        draft.produced = produced;
        draft.trace = trace;
    }

    /** The state of one item's synthesis while its writer works on it. */
    static final class Draft {
        final AnnotatedItem item;
        final SynthesisMode requested;
        final Random random;
        final Map<String, String> values = new HashMap<>();
        final List<Finding> findings = new ArrayList<>();
        SynthesisMode produced;
        Trace trace;
        Box evidenceZoom;
        WrongRegion wrongRegion;
        List<Integer> frames = List.of();
        List<Integer> wrongFrames = List.of();

        Draft(AnnotatedItem item, SynthesisMode requested, Random random) {
            this.item = item;
            this.requested = requested;
            this.random = random;
            values.put("question", item.question());
            values.put("answer", item.answer());
        }

        String id(SynthesisMode mode) {
            return item.id() + "-" + mode.label();
        }

        String text(TemplatePart part, TraceTemplates templates) {
            return templates.render(part, values, random);
        }

        void problem(SynthesisRules rule, String message) {
            findings.add(rule.finding(item.location().inTrace(item.id()), message));
        }

        /** False (with a finding) when the last call failed. */
        boolean succeeded(OperationTraceBuilder builder) {
            if (builder.lastResult() instanceof OperationResult.Failure failure) {
                problem(SynthesisRules.OPERATION_FAILED, "the reference tool refused a generated call: "
                        + failure.errorText());
                return false;
            }
            return true;
        }

        SynthesisResult result() {
            return new SynthesisResult(item, requested, Optional.ofNullable(produced), Optional.ofNullable(trace),
                    findings, Optional.ofNullable(evidenceZoom), Optional.ofNullable(wrongRegion), frames, wrongFrames);
        }
    }

    /** The model-input size of a {@code width}x{@code height} image under these settings. */
    ImageSize inputSize(int width, int height) {
        return SmartResize.fit(width, height, settings.inputBounds());
    }
}
