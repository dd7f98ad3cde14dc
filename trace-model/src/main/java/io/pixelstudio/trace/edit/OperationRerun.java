package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.ResultTurnTexts;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.TraceReplay;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Re-executes a trace's visual operations after an edit changed one call, exactly as
 * {@link TraceReplay} does and under the resize setting that reproduces the trace's own stated
 * sizes ({@link ObservedReplay}), and rewrites the observation turns whose content changed: the
 * edited call's, every later crop of an image whose pixels changed (nested crops are re-executed,
 * not refused), and every later call once the number of images before it changed (a call that now
 * fails or returns another number of frames renumbers what follows).
 */
final class OperationRerun {

    private final ObservationRenderer renderer;
    private final Map<String, BufferedImage> loaded = new HashMap<>();

    OperationRerun(ObservationRenderer renderer) {
        this.renderer = renderer;
    }

    /** Thrown through the replay's loader function and unwrapped into the edit's exception. */
    private static final class LoadFailure extends RuntimeException {
        LoadFailure(EditException cause) {
            super(cause);
        }
    }

    /** The replay of the trace as it is, under the setting that agrees with its stated sizes. */
    ObservedReplay.Result observe(Trace trace) throws EditException {
        try {
            return ObservedReplay.bestOf(trace, loader(), ObservedReplay.REFERENCE_SETTINGS);
        } catch (LoadFailure e) {
            throw (EditException) e.getCause();
        }
    }

    /** The replay of {@code trace} under {@code settings}. */
    TraceReplay.Replay replay(Trace trace, ReplaySettings settings) throws EditException {
        try {
            return new TraceReplay(settings, loader()).replay(trace);
        } catch (LoadFailure e) {
            throw (EditException) e.getCause();
        }
    }

    /** The replay step of the call in turn {@code turnIndex}. */
    static ReplayStep stepAt(TraceReplay.Replay replay, int turnIndex) throws EditException {
        return replay.steps().stream().filter(s -> s.turnIndex() == turnIndex).findFirst()
                .orElseThrow(() -> new EditException("turn " + turnIndex + ": the replay finds no tool call there"));
    }

    /**
     * {@code edited} (whose call in {@code editedTurn} changed) with the observation turns rewritten
     * from {@code after}, the replay of {@code edited}; {@code before} is the replay before the edit.
     */
    Trace rewriteObservations(Trace edited, TraceReplay.Replay before, TraceReplay.Replay after, int editedTurn)
            throws EditException {
        if (before.steps().size() != after.steps().size()) {
            throw new EditException("turn " + editedTurn + ": the edit changed which turns hold tool calls");
        }
        ImageLayout oldLayout = new ImageLayout(before.initial());
        ImageLayout layout = new ImageLayout(after.initial());
        Trace trace = edited;
        for (int k = 0; k < after.steps().size(); k++) {
            ReplayStep step = after.steps().get(k);
            ReplayStep old = before.steps().get(k);
            boolean affected;
            boolean productsChanged;
            if (step.turnIndex() < editedTurn) {
                affected = false;
                productsChanged = false;
            } else if (step.turnIndex() == editedTurn) {
                affected = true;
                productsChanged = true;
            } else {
                boolean zoom = operation(step) instanceof VisualOperation.ZoomIn;
                boolean targetChanged = operation(step) instanceof VisualOperation.ZoomIn z
                        && layout.target(z.targetImage()).map(ImageLayout.Target::changed).orElse(false);
                affected = targetChanged || layout.size() != oldLayout.size() || step.executed() != old.executed();
                productsChanged = zoom && affected;
            }
            if (affected && step.result().isPresent()) {
                trace = rewrite(trace, step.turnIndex() + 1, step);
            }
            oldLayout.after(old, false);
            layout.after(step, productsChanged);
        }
        return trace;
    }

    /**
     * True when {@code turn} is what the environment returned: a user turn with a recognised result
     * text, or (a fork wording it differently) one that carries images. A plain user question is not.
     */
    private static boolean isObservation(Turn turn) {
        return turn.role() == Role.USER && (ResultTurnTexts.recognise(turn.text()).isPresent()
                || turn.content().stream().anyMatch(Content.Image.class::isInstance));
    }

    private static VisualOperation operation(ReplayStep step) {
        return step.call() instanceof ToolCall.Valid valid ? valid.operation() : null;
    }

    private Trace rewrite(Trace trace, int observationIndex, ReplayStep step) throws EditException {
        if (observationIndex >= trace.turns().size()) {
            return trace;
        }
        Turn turn = trace.turns().get(observationIndex);
        if (!isObservation(turn)) {
            return trace;
        }
        OperationResult result = step.result().orElseThrow();
        Extras textExtras = turn.content().stream().filter(Content.Text.class::isInstance).findFirst()
                .map(Content::extras).orElse(Extras.empty());
        Extras imageExtras = turn.content().stream().filter(Content.Image.class::isInstance).findFirst()
                .map(Content::extras)
                .orElseGet(() -> textExtras.get("type").isPresent()
                        ? Extras.empty().with("type", JsonNodeFactory.instance.textNode("image")) : Extras.empty());
        List<Content> content = new ArrayList<>();
        content.add(new Content.Text(result.observationText(), textExtras));
        for (String path : imagePaths(trace, step, result)) {
            content.add(new Content.Image(path, imageExtras));
        }
        return Turns.replace(trace, observationIndex, turn.withContent(content));
    }

    /**
     * Where the observation's images are: a crop is stored through the renderer; selected frames
     * are the video's own frame files, as the reference data writes them.
     */
    private List<String> imagePaths(Trace trace, ReplayStep step, OperationResult result) throws EditException {
        if (!(result instanceof OperationResult.Success success)) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        if (operation(step) instanceof VisualOperation.SelectFrames select) {
            List<String> frames = TraceReplay.videoFramePaths(trace);
            for (int i : select.frames()) {
                long index = i - 1L < 0 ? frames.size() + (i - 1L) : i - 1L;
                paths.add(frames.get((int) index));
            }
            return paths;
        }
        for (BufferedImage image : success.images()) {
            paths.add(renderer.store(image));
        }
        return paths;
    }

    private Function<String, BufferedImage> loader() {
        return path -> {
            BufferedImage image = loaded.get(path);
            if (image == null) {
                try {
                    image = renderer.load(path);
                } catch (EditException e) {
                    throw new LoadFailure(e);
                }
                loaded.put(path, image);
            }
            return image;
        };
    }
}
