package io.pixelstudio.bridge.engine.video;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.pixelstudio.bridge.engine.probes.VideoProbeItem;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.synth.ObservationImageWriter;
import io.pixelstudio.trace.synth.OperationTraceBuilder;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Runs the frame policy on one video probe and writes what it did as an ordinary trace: each
 * selection is an assistant turn ending in the reference {@code select_frames} call (written by
 * the synthesis trace builder through {@code ToolCallWriter}), executed by the reference
 * select-frames tool and answered with its exact result text and frame images; the last turn holds
 * the answer in {@code \boxed{}}. At most {@link #MAX_SELECTIONS} selections, then it must answer.
 */
public final class FrameRollout {

    /** Source of the traces the engine writes. */
    public static final String SOURCE = "engine";
    /** Selections allowed before the policy must answer (the self-correction shape has two). */
    public static final int MAX_SELECTIONS = 2;
    /** Folder of the media base that rollout frames are written to. */
    public static final String FRAMES_FOLDER = "engine-frames";

    private final FramePolicy policy;
    private final Path mediaBase;

    /** @param mediaBase the folder the item's frame paths resolve against and selected frames are written under */
    public FrameRollout(FramePolicy policy, Path mediaBase) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.mediaBase = Objects.requireNonNull(mediaBase, "mediaBase");
    }

    /** One rollout's trace and choices. */
    public record Outcome(Trace trace, List<List<Integer>> selections, String answer, List<FrameDecision> decisions) {
    }

    /**
     * Rolls the policy out on {@code item}.
     *
     * @param frames the item's decoded frames
     * @param random null for greedy decoding, else the source of sampled choices (temperature 1)
     */
    public Outcome run(VideoProbeItem item, List<BufferedImage> frames, String traceId, Random random) {
        OperationTraceBuilder builder = OperationTraceBuilder.video(traceId, item.question(),
                Media.Video.ofFrames(item.frames()), frames, ReplaySettings.TRAINING,
                new ObservationImageWriter(mediaBase, FRAMES_FOLDER));
        FrameViews views = new FrameViews(frames, ReplaySettings.TRAINING);
        FrameNetwork net = policy.network();
        List<float[]> seen = List.of();
        List<List<Integer>> selections = new ArrayList<>();
        List<FrameDecision> decisions = new ArrayList<>();
        while (true) {
            float[][] input = {FrameInput.of(views.mosaic(), seen, item.kind())};
            try (NDManager manager = policy.model().getNDManager().newSubManager()) {
                NDArray out = policy.predict(manager, input);
                boolean forced = selections.size() >= MAX_SELECTIONS;
                int action = forced ? FrameNetwork.ACTION_ANSWER
                        : FrameChoice.one(net.actionLogits(out).toFloatArray(), random);
                if (action == FrameNetwork.ACTION_SELECT) {
                    List<Integer> chosen = FrameChoice.frames(net.frameLogits(out).toFloatArray(), random);
                    List<Integer> call = chosen.stream().sorted().toList();
                    selections.add(call);
                    decisions.add(new FrameDecision(input[0], action, chosen, -1));
                    builder.selectFrames("The thumbnails are too small to read the detail. I will look at frames "
                            + call.stream().map(String::valueOf).collect(Collectors.joining(" and ")) + ".", call);
                    if (!(builder.lastResult() instanceof OperationResult.Success)) {
                        throw new IllegalStateException("the select-frames tool refused the policy's call " + call);
                    }
                    seen = views.frames(call);
                } else {
                    int answerClass = FrameChoice.one(net.answerLogits(out).toFloatArray(), random);
                    decisions.add(new FrameDecision(input[0], forced ? -1 : action, List.of(), answerClass));
                    String answer = policy.answers().answer(answerClass);
                    builder.answer(selections.isEmpty() ? "The thumbnails answer the question."
                            : "The selected frames show it.", answer);
                    List<Integer> e = item.evidenceFrames();
                    Trace trace = builder.build(SOURCE, List.of(new Evidence.FrameRange(e.get(0), e.get(e.size() - 1))),
                            Review.none());
                    return new Outcome(trace, List.copyOf(selections), answer, List.copyOf(decisions));
                }
            }
        }
    }
}
