package io.pixelstudio.bridge.engine.policy;

import io.pixelstudio.bridge.engine.probes.ProbeKind;
import io.pixelstudio.bridge.engine.probes.QuestionKind;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.ToolCallParser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns synthesized probe traces into teacher-forced steps. Each assistant turn is one step: a
 * zoom call becomes a zoom target on the grid cell holding the call's box centre, the final turn
 * an answer target. The crop the policy sees after a call is the one its own action space returns
 * for that cell ({@link ProbeViews}), not the trace's tighter crop. The first call of a
 * self-correction trace, deliberately wrong, is not taught (no target), but the crop it returned
 * is the input of the next step, which teaches the recovery zoom.
 */
public final class SftExamples {

    private final ZoomGrid grid;
    private final AnswerVocabulary vocabulary;
    private final ImageLoader loader = new ImageLoader();

    public SftExamples(ZoomGrid grid, AnswerVocabulary vocabulary) {
        this.grid = grid;
        this.vocabulary = vocabulary;
    }

    /**
     * The steps of every trace; media paths resolve against {@code mediaBase}.
     *
     * @throws IOException naming the trace whose image cannot be read
     * @throws IllegalArgumentException naming a trace that is no probe trace
     */
    public List<SftExample> of(List<Trace> traces, Path mediaBase) throws IOException {
        MediaResolver resolver = new MediaResolver(mediaBase);
        List<SftExample> examples = new ArrayList<>();
        for (Trace trace : traces) {
            examples.addAll(of(trace, resolver));
        }
        return examples;
    }

    private List<SftExample> of(Trace trace, MediaResolver resolver) throws IOException {
        ProbeKind kind = kindOf(trace);
        if (trace.media().size() != 1 || !(trace.media().get(0) instanceof Media.Image image)) {
            throw new IllegalArgumentException("trace " + trace.id() + ": a probe trace has one image");
        }
        BufferedImage original;
        try {
            original = loader.load(resolver.resolve(image.path()));
        } catch (IOException | MediaPathException | RuntimeException e) {
            throw new IOException("trace " + trace.id() + ": cannot read " + image.path() + ": " + e.getMessage(), e);
        }
        int answer = vocabulary.indexOf(trace.answers().get(0));
        int evidenceCell = evidenceCell(trace, original);
        ProbeViews views = new ProbeViews(original, grid, ReplaySettings.TRAINING);
        List<SftExample> steps = new ArrayList<>();
        float[] crop = null;
        for (Turn turn : trace.turns()) {
            if (turn.role() != Role.ASSISTANT) {
                continue;
            }
            Optional<ToolCall> call = ToolCallParser.parse(turn.text());
            float[] input = PolicyInput.of(views.whole(), crop, kind);
            if (call.isPresent() && call.get() instanceof ToolCall.Valid valid
                    && valid.operation() instanceof VisualOperation.ZoomIn zoom) {
                Box b = zoom.box();
                int cell = grid.cellOf((b.x1() + b.x2()) / 2, (b.y1() + b.y2()) / 2);
                if (cell == evidenceCell) {
                    steps.add(new SftExample(trace.id(), input, PolicyNetwork.ACTION_ZOOM, cell, -1));
                }
                crop = views.cell(cell);
            } else if (call.isEmpty()) {
                steps.add(new SftExample(trace.id(), input, PolicyNetwork.ACTION_ANSWER, -1, answer));
            }
        }
        return steps;
    }

    /** The probe kind whose question the trace asks. */
    static ProbeKind kindOf(Trace trace) {
        return QuestionKind.askedBy(ProbeKind.values(), trace.question()).orElseThrow(() ->
                new IllegalArgumentException("trace " + trace.id() + " asks no probe question: " + trace.question()));
    }

    private int evidenceCell(Trace trace, BufferedImage original) {
        for (Evidence e : trace.evidence()) {
            if (e instanceof Evidence.Region region) {
                Box b = region.box();
                return grid.cellOf((b.x1() + b.x2()) / 2 / original.getWidth(), (b.y1() + b.y2()) / 2 / original.getHeight());
            }
        }
        throw new IllegalArgumentException("trace " + trace.id() + " has no evidence region");
    }
}
