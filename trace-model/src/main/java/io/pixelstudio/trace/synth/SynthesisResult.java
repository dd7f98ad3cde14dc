package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What synthesizing one item in one mode gave: the trace (absent when the item failed), the mode
 * actually produced (single pass when a self-correction had no room for a wrong region), the
 * findings, and the geometry chosen, so previews can draw the right and the wrong region.
 *
 * @param item         the annotated item
 * @param requested    the mode asked for
 * @param produced     the mode of {@link #trace()}, empty when there is no trace
 * @param trace        the validated trace, empty when the item failed or was skipped
 * @param findings     synthesis and validation findings for this item
 * @param evidenceZoom the {@code bbox_2d} of the zoom into the evidence (images)
 * @param wrongRegion  the wrong region of a self-correction (images)
 * @param frames       the frames selected around the evidence (videos)
 * @param wrongFrames  the wrong first frames of a self-correction (videos)
 */
public record SynthesisResult(AnnotatedItem item, SynthesisMode requested, Optional<SynthesisMode> produced,
                              Optional<Trace> trace, List<Finding> findings, Optional<Box> evidenceZoom,
                              Optional<WrongRegion> wrongRegion, List<Integer> frames, List<Integer> wrongFrames) {

    public SynthesisResult {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(produced, "produced");
        Objects.requireNonNull(trace, "trace");
        findings = List.copyOf(findings);
        Objects.requireNonNull(evidenceZoom, "evidenceZoom");
        Objects.requireNonNull(wrongRegion, "wrongRegion");
        frames = List.copyOf(frames);
        wrongFrames = List.copyOf(wrongFrames);
    }

    /** True when the item produced no trace because of an error. */
    public boolean failed() {
        return trace.isEmpty() && findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** True when a self-correction was asked for but a single pass was produced. */
    public boolean fellBack() {
        return produced.isPresent() && produced.get() != requested;
    }
}
