package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.media.ImageSize;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes the turns of an image trace. Single pass: overview and zoom into the padded evidence,
 * read the crop, answer. Self-correction: zoom into the wrong region, notice the evidence is
 * missing and zoom into the evidence, read the crop, answer.
 */
final class ImageTraceWriter {

    private final TraceSynthesizer synth;
    private final TraceSynthesizer.Draft draft;

    ImageTraceWriter(TraceSynthesizer synth, TraceSynthesizer.Draft draft) {
        this.synth = synth;
        this.draft = draft;
    }

    void write(AnnotatedMedia.Image image, boolean fallBack) throws IOException {
        ItemMediaLoader.LoadedImage loaded = synth.media().image(image);
        int width = loaded.image().getWidth();
        int height = loaded.image().getHeight();
        Box evidence = EvidenceFraming.toOriginalPixels(draft.item.evidenceBox().orElseThrow(), width, height);
        if (evidence.x2() > width + 0.5 || evidence.y2() > height + 0.5 || evidence.width() < 1 || evidence.height() < 1) {
            draft.problem(SynthesisRules.MEDIA_INVALID, "the evidence box " + TemplateValues.box(evidence)
                    + " (pixels) does not fit the " + width + "x" + height + " image");
            return;
        }
        evidence = new Box(evidence.x1(), evidence.y1(), Math.min(width, evidence.x2()), Math.min(height, evidence.y2()),
                evidence.convention());
        ImageSize input = synth.inputSize(width, height);
        Box zoom = EvidenceFraming.zoomBox(evidence, width, height, input);
        Box normalizedEvidence = EvidenceFraming.normalized(evidence, width, height);
        draft.evidenceZoom = zoom;
        draft.values.put("box", TemplateValues.box(zoom));
        draft.values.put("region", TemplateValues.region(normalizedEvidence));

        SynthesisMode mode = draft.requested;
        if (mode == SynthesisMode.SELF_CORRECTION) {
            Optional<WrongRegion> wrong = WrongRegionChooser.choose(normalizedEvidence, zoom, width, height, draft.random);
            if (wrong.isEmpty()) {
                draft.problem(SynthesisRules.NO_ROOM_FOR_WRONG_REGION, "the evidence leaves no region whose crop"
                        + " misses it" + (fallBack ? "; synthesized as a single pass" : "; no self-correction trace"));
                if (!fallBack) {
                    return;
                }
                mode = SynthesisMode.SINGLE_PASS;
            } else {
                draft.wrongRegion = wrong.get();
                draft.values.put("wrong_box", TemplateValues.box(wrong.get().box()));
                draft.values.put("wrong_region", TemplateValues.region(wrong.get().box()));
            }
        }

        TraceTemplates t = synth.templates();
        OperationTraceBuilder builder = OperationTraceBuilder.image(draft.id(mode), draft.item.promptQuestion(),
                loaded.path(), loaded.image(), synth.settings(), synth.observations());
        if (mode == SynthesisMode.SELF_CORRECTION) {
            builder.zoomNormalized(draft.text(TemplatePart.ZOOM_WRONG, t), 1, draft.wrongRegion.box());
            if (!draft.succeeded(builder)) {
                return;
            }
            builder.zoomNormalized(draft.text(TemplatePart.MISSING_ZOOM, t), 1, zoom);
        } else {
            builder.zoomNormalized(draft.text(TemplatePart.OVERVIEW, t) + " " + draft.text(TemplatePart.ZOOM, t), 1, zoom);
        }
        if (!draft.succeeded(builder)) {
            return;
        }
        builder.answerText(draft.text(TemplatePart.READ_CROP, t) + " " + draft.text(TemplatePart.ANSWER, t),
                draft.item.answer());
        synth.finish(draft, builder, mode, List.of(new Evidence.Region(1, evidence)));
    }
}
