package io.pixelstudio.bridge.engine.rl;

import ai.djl.ndarray.NDArray;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.GradientStep;
import io.pixelstudio.bridge.engine.HeadLosses;
import io.pixelstudio.bridge.engine.policy.PixelPolicy;
import io.pixelstudio.bridge.engine.policy.PolicyNetwork;
import io.pixelstudio.bridge.engine.policy.SftExample;
import io.pixelstudio.bridge.engine.policy.SftLoop;
import io.pixelstudio.bridge.engine.policy.SftSettings;
import io.pixelstudio.bridge.engine.policy.SftTrainer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The curiosity experiment's SFT with some heads left untaught (test scope, by hand): the same
 * teacher-forcing loop and losses as {@link SftTrainer}, but only the chosen heads' cross-entropies
 * enter the loss; an untaught head keeps its seeded initialisation. Why: issue 8's learning trap
 * needs a policy that reads its crops well yet chooses badly (whether to zoom, which cell), so that
 * early zooms mostly fail and RL must discover the zoom's value. Steps with no taught target are
 * dropped. The reported parts are every head's loss, taught or not.
 */
final class HeadMaskedSft {

    /** A head of the policy network. */
    enum Head { ACTION, CELL, ANSWER }

    private final EngineEventLog events;
    private final Set<Head> taught;

    HeadMaskedSft(EngineEventLog events, Set<Head> taught) {
        this.events = Objects.requireNonNull(events, "events");
        if (taught.isEmpty()) {
            throw new IllegalArgumentException("at least one head must be taught");
        }
        this.taught = EnumSet.copyOf(taught);
    }

    /** Parses {@code answer}, {@code action+answer}, {@code action+cell+answer} (= the full SFT). */
    static Set<Head> parse(String heads) {
        Set<Head> set = EnumSet.noneOf(Head.class);
        for (String h : heads.split("\\+")) {
            set.add(Head.valueOf(h.trim().toUpperCase(Locale.ROOT)));
        }
        return set;
    }

    SftTrainer.Result train(PixelPolicy policy, List<SftExample> examples, SftSettings settings, Path checkpoints)
            throws IOException {
        List<SftExample> kept = examples.stream().filter(e -> taught.contains(Head.ANSWER) && e.answer() >= 0
                || taught.contains(Head.CELL) && e.cell() >= 0 || taught.contains(Head.ACTION)).toList();
        PolicyNetwork net = policy.network();
        return new SftLoop<SftExample>(events, List.of("loss/action", "loss/cell", "loss/answer"),
                (trainer, batch) -> {
                    float[][] inputs = batch.stream().map(SftExample::input).toArray(float[][]::new);
                    int[] actions = batch.stream().mapToInt(SftExample::action).toArray();
                    int[] cells = batch.stream().mapToInt(SftExample::cell).toArray();
                    int[] answers = batch.stream().mapToInt(SftExample::answer).toArray();
                    return GradientStep.run(trainer, m -> PolicyNetwork.batch(m, inputs), out -> {
                        NDArray action = HeadLosses.maskedNll(net.actionLogits(out), actions);
                        NDArray cell = HeadLosses.maskedNll(net.cellLogits(out), cells);
                        NDArray answer = HeadLosses.maskedNll(net.answerLogits(out), answers);
                        NDArray loss = null;
                        for (Head h : taught) {
                            NDArray part = h == Head.ACTION ? action : h == Head.CELL ? cell : answer;
                            loss = loss == null ? part : loss.add(part);
                        }
                        return new NDArray[] {loss, action, cell, answer};
                    });
                }).train(policy.model(), policy::save, kept, settings, checkpoints);
    }
}
