package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.ImageGeometry;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Replays a trace's visual operations as the reference rollout executed them: the question's
 * images resized by smart_resize, then each assistant tool call run in order against the images so
 * far, so the studio can show, turn by turn, exactly what the model received. Loading image files
 * is the caller's business (a {@code Function<String, BufferedImage>} from the path as written).
 */
public final class TraceReplay {

    /** The reference stops a rollout after this many executed calls. */
    public static final int MAX_CALLS = 4;
    /** The reference stops a rollout holding more images than this. */
    public static final int MAX_IMAGES = 16;

    private final ReplaySettings settings;
    private final Function<String, BufferedImage> loader;

    public TraceReplay(ReplaySettings settings, Function<String, BufferedImage> loader) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * The frame paths of a video question as the replay numbers them (padded to an even count by
     * repeating the last, as qwen-vl-utils does), so that {@code select_frames} index i names
     * element i-1; empty for an image question.
     */
    public static List<String> videoFramePaths(Trace trace) {
        return ReplayInputs.framePaths(Objects.requireNonNull(trace, "trace"));
    }

    /** The replay: the resized inputs and one step per assistant turn holding a tool call. */
    public record Replay(VisualState initial, List<ImageOrigin> inputOrigins, List<ReplayStep> steps) {
        public Replay {
            Objects.requireNonNull(initial, "initial");
            inputOrigins = List.copyOf(inputOrigins);
            steps = List.copyOf(steps);
        }
    }

    /** Replays {@code trace}; the loader is called once per input image or frame. */
    public Replay replay(Trace trace) {
        Objects.requireNonNull(trace, "trace");
        ReplayInputs inputs = ReplayInputs.load(trace, settings, loader);
        Run run = new Run(inputs);
        List<ReplayStep> steps = new ArrayList<>();
        for (int t = 0; t < trace.turns().size(); t++) {
            Turn turn = trace.turns().get(t);
            if (turn.role() == Role.ASSISTANT) {
                int turnIndex = t;
                ToolCallParser.parse(turn.text()).ifPresent(call -> steps.add(run.step(turnIndex, call, turn.text())));
            }
        }
        return new Replay(inputs.state(), inputs.origins(), steps);
    }

    /** The evolving rollout: images so far, where each came from, calls made. */
    private final class Run {
        private VisualState state;
        private final List<ImageOrigin> frameOrigins;
        private final List<ImageOrigin> imageOrigins;
        private final CropExecutor crops = new CropExecutor(settings.cropBounds());
        private final SelectFramesExecutor frames = new SelectFramesExecutor(settings.frameBounds());
        private int calls;

        Run(ReplayInputs inputs) {
            state = inputs.state();
            frameOrigins = state.video() ? inputs.origins() : List.of();
            imageOrigins = new ArrayList<>(state.video() ? List.of() : inputs.origins());
        }

        ReplayStep step(int turnIndex, ToolCall call, String text) {
            String stop = !ToolCallParser.triggersExecution(text) ? "the turn does not end with </tool_call>"
                    : calls >= MAX_CALLS ? "the rollout stops after " + MAX_CALLS + " calls"
                    : state.referenceLength() > MAX_IMAGES ? "the rollout stops above " + MAX_IMAGES + " images" : null;
            if (stop != null) {
                return new ReplayStep(turnIndex, call, false, stop, Optional.empty(), Optional.empty(), Optional.empty());
            }
            calls++;
            if (call instanceof ToolCall.Invalid invalid) {
                return invalidStep(turnIndex, invalid);
            }
            VisualOperation op = ((ToolCall.Valid) call).operation();
            if (op instanceof VisualOperation.SelectFrames select) {
                OperationResult result = frames.execute(state, select);
                if (result instanceof OperationResult.Success success) {
                    select.frames().forEach(i -> imageOrigins.add(VisualState.pythonIndex(frameOrigins, i - 1L)));
                    state = state.plus(success.images());
                }
                String note = SelectFramesExecutor.wrapsAround(select) ? "index 0 or negative: Python counts it from the end" : "";
                return new ReplayStep(turnIndex, call, true, note, Optional.empty(), Optional.empty(), Optional.of(result));
            }
            VisualOperation.ZoomIn zoom = (VisualOperation.ZoomIn) op;
            ImageOrigin origin = originOf(zoom.targetImage());
            CropExecutor.Outcome outcome = crops.execute(state, zoom);
            Optional<ReplayStep.Boxes> boxes = Optional.ofNullable(outcome.geometry())
                    .map(g -> boxes(g, outcome.source(), origin));
            if (outcome.result() instanceof OperationResult.Success success) {
                imageOrigins.add(origin.crop(boxes.orElseThrow().cut()));
                state = state.plus(success.images());
            }
            Optional<Integer> source = outcome.source() == null ? Optional.empty() : Optional.of(zoom.targetImage());
            return new ReplayStep(turnIndex, call, true, "", source, boxes, Optional.of(outcome.result()));
        }

        private ImageOrigin originOf(int target) {
            if (state.video() && state.images().isEmpty()) {
                return VisualState.pythonIndex(frameOrigins, target - 1L);
            }
            return VisualState.pythonIndex(imageOrigins, state.video() ? target - 2L : target - 1L);
        }

        private ReplayStep invalidStep(int turnIndex, ToolCall.Invalid invalid) {
            Optional<String> name = ToolCallParser.toolNameOf(invalid.json());
            String error = null;
            if (name.filter("select_frames"::equals).isPresent() && !state.video()) {
                error = SelectFramesRules.notVideoError();
            } else if (name.filter("crop_image_normalized"::equals).isPresent()) {
                Optional<Integer> target = ToolCallParser.targetImageOf(invalid.json());
                if (target.isPresent() && CropExecutor.pickTarget(state, target.get()) instanceof String targetError) {
                    error = targetError;
                }
            }
            if (error == null) {
                error = invalid.referenceError().orElse(null);
            }
            String note = error == null ? "not valid JSON: the reference shows Python's decoder message; ours is shown" : "";
            return new ReplayStep(turnIndex, invalid, true, note, Optional.empty(), Optional.empty(),
                    Optional.of(new OperationResult.Failure(error == null ? invalid.message() : error)));
        }
    }

    private static ReplayStep.Boxes boxes(CropGeometry g, BufferedImage source, ImageOrigin origin) {
        int w = source.getWidth();
        int h = source.getHeight();
        Box normalized = g.normalized();
        Box inputPixels = normalized.to(BoxConvention.MODEL_INPUT_PIXELS, new ImageGeometry(w, h, w, h));
        Box cut = Box.normalized((double) g.left() / w, (double) g.top() / h, (double) g.right() / w, (double) g.bottom() / h);
        return new ReplayStep.Boxes(normalized, inputPixels, origin.toOriginalPixels(normalized), g, cut,
                origin.toOriginalPixels(cut), origin.source());
    }
}
