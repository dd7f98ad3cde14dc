package io.pixelstudio.bridge.engine.video;

import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
import io.pixelstudio.bridge.engine.probes.QuestionKind;
import io.pixelstudio.bridge.engine.probes.VideoProbeKind;
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
import java.util.Objects;
import java.util.Optional;

/**
 * Turns synthesized video-probe traces into teacher-forced steps. Each assistant turn is one step:
 * a {@code select_frames} call that includes evidence frames becomes a select target spread over
 * those frames; the final turn an answer target. A selection without evidence (the first,
 * deliberately wrong one of a self-correction trace) is not taught, but what it showed is the next
 * step's input, which teaches the recovery. Deviation, on purpose: after a call the policy sees the
 * two frames its own action space would have returned ({@link FrameChoice#taughtPair}), not all of
 * the trace's selected frames, so training and rollouts see the same views.
 */
public final class FrameSftExamples {

    private final AnswerVocabulary answers;
    private final ImageLoader loader = new ImageLoader();

    public FrameSftExamples(AnswerVocabulary answers) {
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    /**
     * The steps of every trace; media paths resolve against {@code mediaBase}.
     *
     * @throws IOException naming the trace whose frames cannot be read
     * @throws IllegalArgumentException naming a trace that is no video probe trace
     */
    public List<FrameSftExample> of(List<Trace> traces, Path mediaBase) throws IOException {
        MediaResolver resolver = new MediaResolver(mediaBase);
        List<FrameSftExample> examples = new ArrayList<>();
        for (Trace trace : traces) {
            examples.addAll(of(trace, resolver));
        }
        return examples;
    }

    private List<FrameSftExample> of(Trace trace, MediaResolver resolver) throws IOException {
        VideoProbeKind kind = kindOf(trace);
        if (trace.media().size() != 1 || !(trace.media().get(0) instanceof Media.Video video)) {
            throw new IllegalArgumentException("trace " + trace.id() + ": a video probe trace has one video");
        }
        List<Integer> evidence = evidenceFrames(trace);
        FrameViews views = new FrameViews(load(trace, video, resolver), ReplaySettings.TRAINING);
        int answer = answers.indexOf(trace.answers().get(0));
        List<FrameSftExample> steps = new ArrayList<>();
        List<float[]> seen = List.of();
        for (Turn turn : trace.turns()) {
            if (turn.role() != Role.ASSISTANT) {
                continue;
            }
            Optional<ToolCall> call = ToolCallParser.parse(turn.text());
            float[] input = FrameInput.of(views.mosaic(), seen, kind);
            if (call.isPresent() && call.get() instanceof ToolCall.Valid valid
                    && valid.operation() instanceof VisualOperation.SelectFrames select) {
                List<Integer> taught = select.frames().stream().filter(evidence::contains).distinct().toList();
                if (!taught.isEmpty()) {
                    float[] target = new float[FrameInput.FRAMES];
                    taught.forEach(n -> target[n - 1] = 1f / taught.size());
                    steps.add(new FrameSftExample(trace.id(), input, FrameNetwork.ACTION_SELECT, target, -1));
                }
                seen = views.frames(FrameChoice.taughtPair(select.frames(), evidence));
            } else if (call.isEmpty()) {
                if (answer < 0) {
                    throw new IllegalArgumentException("trace " + trace.id() + ": answer '" + trace.answers().get(0)
                            + "' is no video probe answer");
                }
                steps.add(new FrameSftExample(trace.id(), input, FrameNetwork.ACTION_ANSWER, null, answer));
            }
        }
        return steps;
    }

    /** The video probe kind whose question the trace asks. */
    static VideoProbeKind kindOf(Trace trace) {
        return QuestionKind.askedBy(VideoProbeKind.values(), trace.question()).orElseThrow(() ->
                new IllegalArgumentException("trace " + trace.id() + " asks no video probe question: " + trace.question()));
    }

    private List<BufferedImage> load(Trace trace, Media.Video video, MediaResolver resolver) throws IOException {
        List<BufferedImage> frames = new ArrayList<>();
        for (String path : video.framePaths()) {
            try {
                frames.add(loader.load(resolver.resolve(path)));
            } catch (IOException | MediaPathException | RuntimeException e) {
                throw new IOException("trace " + trace.id() + ": cannot read frame " + path + ": " + e.getMessage(), e);
            }
        }
        return frames;
    }

    private static List<Integer> evidenceFrames(Trace trace) {
        for (Evidence e : trace.evidence()) {
            if (e instanceof Evidence.FrameRange range) {
                List<Integer> frames = new ArrayList<>();
                for (int n = range.first(); n <= range.last(); n++) {
                    frames.add(n);
                }
                return frames;
            }
        }
        throw new IllegalArgumentException("trace " + trace.id() + " has no evidence frames");
    }
}
