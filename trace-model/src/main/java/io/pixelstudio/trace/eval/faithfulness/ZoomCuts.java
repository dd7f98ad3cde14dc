package io.pixelstudio.trace.eval.faithfulness;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.ops.CropGeometry;
import io.pixelstudio.trace.ops.ImageOrigin;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.ToolCallParser;
import io.pixelstudio.trace.ops.TraceReplay;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a trace's zooms cut, placed on the original images, and which video frames it selected.
 * Two sources: {@link #replayed} takes the cuts a {@link TraceReplay} really made (rounded to pixels,
 * needs the images); {@link #requested} needs no image: it applies the reference's geometry to the
 * boxes as written — a box is normalized when all four values are below 1, padded by 0.1 on every
 * side and clamped to [0, 1] — and composes crops of crops down to the original. A zoom counts when
 * the turn after it shows a returned crop; a pixel box cannot be placed without the image size and is
 * counted in {@link #unplaced()}.
 *
 * @param cuts           the regions received, on the originals
 * @param unplaced       zooms that returned an image whose place on an original is unknown
 * @param selectedFrames 1-based video frames received through {@code select_frames}
 * @param originalSizes  pixel sizes of the originals when known (replay), else empty
 */
public record ZoomCuts(List<RegionCut> cuts, int unplaced, SortedSet<Integer> selectedFrames,
                       List<ImageSize> originalSizes) {

    static final String CROP_RESULT = "Here is the cropped image";
    static final String FRAMES_RESULT = "Here are the selected frames";

    public ZoomCuts {
        cuts = List.copyOf(cuts);
        selectedFrames = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(selectedFrames));
        originalSizes = List.copyOf(originalSizes);
    }

    /** The padded, clamped region the reference cuts for {@code box}, normalized, if the box reads as normalized. */
    public static Optional<Box> requestedCut(Box box) {
        if (!CropGeometry.readsAsNormalized(box)) {
            return Optional.empty();
        }
        double p = CropGeometry.PADDING;
        return Optional.of(Box.normalized(clamp(box.x1() - p), clamp(box.y1() - p), clamp(box.x2() + p),
                clamp(box.y2() + p)));
    }

    /** Cuts from the boxes as written, without images. */
    public static ZoomCuts requested(Trace trace) {
        Objects.requireNonNull(trace, "trace");
        boolean video = trace.isVideo();
        long stills = trace.media().stream().filter(Media.Image.class::isInstance).count();
        List<Optional<RegionCut>> images = new ArrayList<>();
        if (!video) {
            for (int i = 1; i <= Math.max(1, stills); i++) {
                images.add(Optional.of(new RegionCut(i, Box.normalized(0, 0, 1, 1))));
            }
        }
        List<RegionCut> cuts = new ArrayList<>();
        SortedSet<Integer> frames = new TreeSet<>();
        int unplaced = 0;
        List<Turn> turns = trace.turns();
        for (int t = 0; t < turns.size(); t++) {
            Turn turn = turns.get(t);
            if (turn.role() != Role.ASSISTANT || !ToolCallParser.triggersExecution(turn.text())) {
                continue;
            }
            Optional<ToolCall> call = ToolCallParser.parse(turn.text());
            String reply = t + 1 < turns.size() ? turns.get(t + 1).text() : "";
            if (call.isEmpty() || !(call.get() instanceof ToolCall.Valid valid)) {
                continue;
            }
            if (valid.operation() instanceof VisualOperation.ZoomIn zoom && reply.contains(CROP_RESULT)) {
                Optional<RegionCut> placed = place(zoom, images);
                placed.ifPresent(cuts::add);
                unplaced += placed.isEmpty() ? 1 : 0;
                images.add(placed);
            } else if (valid.operation() instanceof VisualOperation.SelectFrames select && reply.contains(FRAMES_RESULT)) {
                select.frames().stream().filter(f -> f >= 1).forEach(frames::add);
                select.frames().forEach(f -> images.add(Optional.empty()));
            }
        }
        return new ZoomCuts(cuts, unplaced, frames, List.of());
    }

    /** Cuts a replay really made (image traces only; frame selections are read from the calls). */
    public static ZoomCuts replayed(TraceReplay.Replay replay) {
        Objects.requireNonNull(replay, "replay");
        List<ImageSize> sizes = new ArrayList<>();
        for (ImageOrigin origin : replay.inputOrigins()) {
            sizes.add(new ImageSize((int) Math.round(origin.region().width()), (int) Math.round(origin.region().height())));
        }
        List<RegionCut> cuts = new ArrayList<>();
        SortedSet<Integer> frames = new TreeSet<>();
        int unplaced = 0;
        for (ReplayStep step : replay.steps()) {
            boolean ok = step.result().filter(OperationResult.Success.class::isInstance).isPresent();
            if (!ok || !(step.call() instanceof ToolCall.Valid valid)) {
                continue;
            }
            if (valid.operation() instanceof VisualOperation.SelectFrames select) {
                select.frames().stream().filter(f -> f >= 1).forEach(frames::add);
            } else if (step.boxes().isPresent() && !replay.initial().video()) {
                ReplayStep.Boxes boxes = step.boxes().get();
                ImageSize size = sizes.get(boxes.originalSource());
                Box px = boxes.cutOriginalPixels();
                cuts.add(new RegionCut(boxes.originalSource() + 1, Box.normalized(px.x1() / size.width(),
                        px.y1() / size.height(), px.x2() / size.width(), px.y2() / size.height())));
            } else {
                unplaced++;
            }
        }
        return new ZoomCuts(cuts, unplaced, frames, replay.initial().video() ? List.of() : sizes);
    }

    private static Optional<RegionCut> place(VisualOperation.ZoomIn zoom, List<Optional<RegionCut>> images) {
        int k = zoom.targetImage();
        if (k < 1 || k > images.size() || images.get(k - 1).isEmpty()) {
            return Optional.empty();
        }
        Box box = zoom.box();
        if (box.convention() != BoxConvention.NORMALIZED && !CropGeometry.readsAsNormalized(box)) {
            return Optional.empty();
        }
        RegionCut base = images.get(k - 1).get();
        return requestedCut(box).map(cut -> new RegionCut(base.source(), compose(base.cut(), cut)));
    }

    /** {@code inner}, normalized to the region {@code outer}, placed in {@code outer}'s coordinates. */
    static Box compose(Box outer, Box inner) {
        double w = outer.x2() - outer.x1();
        double h = outer.y2() - outer.y1();
        return Box.normalized(outer.x1() + inner.x1() * w, outer.y1() + inner.y1() * h,
                outer.x1() + inner.x2() * w, outer.y1() + inner.y2() * h);
    }

    private static double clamp(double v) {
        return Math.min(Math.max(0, v), 1);
    }
}
