package io.pixelstudio.app.studio.state;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.ImageGeometry;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.ops.VisualState;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.TraceReplay;
import io.pixelstudio.trace.validate.Finding;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A trace ready to show: the trace, its replay with the setting that reproduces the trace's own
 * observation sizes, its validation findings, and its original source images (the question's images,
 * or the video's frame images) in the 0-based order {@code ReplayStep.Boxes.originalSource} counts.
 *
 * @param index         position in the document
 * @param replay        the replay, or empty when it could not run (then {@code replayProblem} says why)
 * @param replayProblem why there is no replay, or empty
 * @param sources       original source images, full resolution (empty when they could not be loaded)
 */
public record LoadedTrace(int index, Trace trace, Optional<ObservedReplay.Result> replay, String replayProblem,
                          List<Finding> findings, List<BufferedImage> sources) {

    public LoadedTrace {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(replay, "replay");
        Objects.requireNonNull(replayProblem, "replayProblem");
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
    }

    /** The replay's steps, or none without a replay. */
    public List<ReplayStep> steps() {
        return replay.map(r -> r.replay().steps()).orElse(List.of());
    }

    /** The replay itself, or null (the form the reasoning pane takes). */
    public TraceReplay.Replay replayOrNull() {
        return replay.map(ObservedReplay.Result::replay).orElse(null);
    }

    /** The step at {@code turn}, or the latest one before it; empty before the first tool call. */
    public Optional<ReplayStep> stepAt(int turn) {
        ReplayStep found = null;
        for (ReplayStep step : steps()) {
            if (step.turnIndex() <= turn) {
                found = step;
            }
        }
        return Optional.ofNullable(found);
    }

    /** 0-based number of {@code step} among the steps (the label the viewer draws is this plus one). */
    public int stepNumber(ReplayStep step) {
        return steps().indexOf(step);
    }

    /**
     * The video frames (0-based) chosen by executed, successful select-frames calls, with Python's
     * indexing (index 0 or negative counts from the end, as the reference's {@code frames[i-1]}).
     */
    public Set<Integer> selectedFrames() {
        Set<Integer> frames = new TreeSet<>();
        int count = sources.size();
        for (ReplayStep step : steps()) {
            if (step.executed() && step.call() instanceof ToolCall.Valid valid
                    && valid.operation() instanceof VisualOperation.SelectFrames select
                    && step.result().orElse(null) instanceof OperationResult.Success && count > 0) {
                select.frames().forEach(i -> frames.add(Math.floorMod(i - 1, count)));
            }
        }
        return frames;
    }

    /**
     * The size of source {@code source} as the model received it (after smart resize), from the
     * replay; empty without a replay.
     */
    public Optional<ImageSize> modelInputSize(int source) {
        return replay.flatMap(r -> {
            VisualState initial = r.replay().initial();
            List<BufferedImage> inputs = initial.video() ? initial.videoFrames() : initial.images();
            if (source < 0 || source >= inputs.size()) {
                return Optional.empty();
            }
            BufferedImage input = inputs.get(source);
            return Optional.of(new ImageSize(input.getWidth(), input.getHeight()));
        });
    }

    /** The trace's evidence regions on image {@code source} (0-based), in original pixels. */
    public List<Box> evidenceOn(int source) {
        List<Box> boxes = new ArrayList<>();
        if (trace.isVideo() || source < 0 || source >= sources.size()) {
            return boxes;
        }
        BufferedImage image = sources.get(source);
        ImageSize input = modelInputSize(source).orElse(new ImageSize(image.getWidth(), image.getHeight()));
        ImageGeometry geometry = new ImageGeometry(image.getWidth(), image.getHeight(), input.width(), input.height());
        for (Evidence evidence : trace.evidence()) {
            if (evidence instanceof Evidence.Region region && region.imageIndex() == source + 1) {
                boxes.add(region.box().to(BoxConvention.ORIGINAL_PIXELS, geometry));
            }
        }
        return boxes;
    }
}
