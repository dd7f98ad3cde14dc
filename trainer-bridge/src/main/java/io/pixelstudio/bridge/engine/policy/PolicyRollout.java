package io.pixelstudio.bridge.engine.policy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.synth.ObservationImageWriter;
import io.pixelstudio.trace.synth.ObservationSink;
import io.pixelstudio.trace.synth.OperationTraceBuilder;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Runs the policy on one probe and writes what it did as an ordinary trace: each zoom is an
 * assistant turn ending in the reference tool call ({@code crop_image_normalized} on the chosen
 * cell, written by the synthesis trace builder through {@code ToolCallWriter}), executed by the
 * reference crop tool, answered by the exact observation text and the crop image; the last turn
 * holds the answer in {@code \boxed{}}. At most {@link #MAX_ZOOMS} zooms, then it must answer.
 * The views of the last images (whole view, cell crops) are kept by image identity, so a group of
 * rollouts on one image resamples it once; an image must not be changed after its first rollout.
 */
public final class PolicyRollout {

    /** Source of the traces the engine writes. */
    public static final String SOURCE = "engine";
    /** Zooms allowed before the policy must answer (the self-correction shape has two). */
    public static final int MAX_ZOOMS = 2;
    /** Folder of the media base that rollout crops are written to. */
    public static final String CROPS_FOLDER = "engine-crops";

    /** Images whose views are kept between rollouts (GRPO samples a group of rollouts per image). */
    private static final int CACHED_IMAGES = 64;

    private final PixelPolicy policy;
    private final Path mediaBase;
    private final Map<BufferedImage, ProbeViews> views = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BufferedImage, ProbeViews> eldest) {
            return size() > CACHED_IMAGES;
        }
    };

    /** @param mediaBase the folder the item's image path resolves against and crops are written under */
    public PolicyRollout(PixelPolicy policy, Path mediaBase) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.mediaBase = Objects.requireNonNull(mediaBase, "mediaBase");
    }

    /** One rollout's trace and its choices; {@code decisions} holds every step's input and chosen outputs. */
    public record Outcome(Trace trace, List<Integer> zoomCells, String answer, List<PolicyDecision> decisions) {
    }

    /**
     * Rolls the policy out on {@code item}.
     *
     * @param random null for greedy decoding, else the source of sampled actions (temperature 1)
     */
    public Outcome run(ProbeItem item, BufferedImage original, String traceId, Random random) {
        CapturingSink sink = new CapturingSink(new ObservationImageWriter(mediaBase, CROPS_FOLDER));
        OperationTraceBuilder builder = OperationTraceBuilder.image(traceId, item.question(), item.image(), original,
                ReplaySettings.TRAINING, sink);
        ProbeViews views = this.views.computeIfAbsent(original,
                image -> new ProbeViews(image, policy.grid(), ReplaySettings.TRAINING));
        float[] crop = null;
        List<Integer> cells = new java.util.ArrayList<>();
        List<PolicyDecision> decisions = new java.util.ArrayList<>();
        while (true) {
            float[][] input = {PolicyInput.of(views.whole(), crop, item.kind())};
            try (NDManager manager = policy.model().getNDManager().newSubManager()) {
                NDArray out = policy.predict(manager, input);
                PolicyNetwork net = policy.network();
                boolean forced = cells.size() >= MAX_ZOOMS;
                int action = forced ? PolicyNetwork.ACTION_ANSWER : choose(net.actionLogits(out).toFloatArray(), random);
                if (action == PolicyNetwork.ACTION_ZOOM) {
                    int cell = choose(net.cellLogits(out).toFloatArray(), random);
                    cells.add(cell);
                    decisions.add(new PolicyDecision(input[0], action, cell, -1));
                    builder.zoomNormalized("The detail is too small at this size. I will zoom into cell " + (cell + 1)
                            + " of the " + policy.grid().grid() + "×" + policy.grid().grid() + " grid.", 1,
                            policy.grid().request(cell));
                    if (!(builder.lastResult() instanceof OperationResult.Success)) {
                        throw new IllegalStateException("the crop tool refused the policy's call on cell " + cell);
                    }
                    crop = PolicyInput.view(sink.last);
                } else {
                    int answerClass = choose(net.answerLogits(out).toFloatArray(), random);
                    decisions.add(new PolicyDecision(input[0], forced ? -1 : action, -1, answerClass));
                    String answer = policy.vocabulary().answer(answerClass);
                    builder.answer(cells.isEmpty() ? "The whole image answers the question." : "The crop shows it.",
                            answer);
                    Trace trace = builder.build(SOURCE, List.of(new Evidence.Region(1, item.evidence())), Review.none());
                    return new Outcome(trace, List.copyOf(cells), answer, List.copyOf(decisions));
                }
            }
        }
    }

    /** The arg-max of {@code logits} (greedy) or a sample from their softmax. */
    static int choose(float[] logits, Random random) {
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) {
                best = i;
            }
        }
        if (random == null) {
            return best;
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp(logits[i] - logits[best]);
            sum += p[i];
        }
        double u = random.nextDouble() * sum;
        for (int i = 0; i < p.length; i++) {
            u -= p[i];
            if (u <= 0) {
                return i;
            }
        }
        return p.length - 1;
    }

    /** Saves through the wrapped sink and keeps the last image, the crop the policy sees next. */
    private static final class CapturingSink implements ObservationSink {
        private final ObservationSink delegate;
        private BufferedImage last;

        CapturingSink(ObservationSink delegate) {
            this.delegate = delegate;
        }

        @Override
        public String save(BufferedImage image, String name) {
            last = image;
            return delegate.save(image, name);
        }
    }
}
