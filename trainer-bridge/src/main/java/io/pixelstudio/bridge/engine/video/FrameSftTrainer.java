package io.pixelstudio.bridge.engine.video;

import ai.djl.ndarray.NDArray;
import ai.djl.training.Trainer;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.GradientStep;
import io.pixelstudio.bridge.engine.HeadLosses;
import io.pixelstudio.bridge.engine.policy.SftLoop;
import io.pixelstudio.bridge.engine.policy.SftSettings;
import io.pixelstudio.bridge.engine.policy.SftTrainer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Supervised fine-tuning of the frame policy with teacher forcing ({@link SftLoop}): minibatches of
 * steps, the sum of the three heads' cross-entropies (the frame head's against the spread evidence
 * target), Adam. Reports one {@code metrics} event per update ({@code loss}, {@code loss/action},
 * {@code loss/frames}, {@code loss/answer}, {@code epoch}) and a {@code checkpoint} per epoch.
 */
public final class FrameSftTrainer {

    private final EngineEventLog events;

    public FrameSftTrainer(EngineEventLog events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Trains {@code policy} on {@code examples}; checkpoints go to {@code checkpoints/epoch-N}. */
    public SftTrainer.Result train(FramePolicy policy, List<FrameSftExample> examples, SftSettings settings,
                                   Path checkpoints) throws IOException {
        return new SftLoop<FrameSftExample>(events, List.of("loss/action", "loss/frames", "loss/answer"),
                (trainer, batch) -> update(trainer, policy.network(), batch))
                .train(policy.model(), policy::save, examples, settings, checkpoints);
    }

    private static double[] update(Trainer trainer, FrameNetwork net, List<FrameSftExample> batch) {
        int n = batch.size();
        float[][] inputs = new float[n][];
        int[] actions = new int[n];
        float[][] frames = new float[n][];
        int[] answers = new int[n];
        for (int i = 0; i < n; i++) {
            FrameSftExample e = batch.get(i);
            inputs[i] = e.input();
            actions[i] = e.action();
            frames[i] = e.frames();
            answers[i] = e.answer();
        }
        return GradientStep.run(trainer, m -> FrameNetwork.batch(m, inputs), out -> {
            NDArray action = HeadLosses.softNll(net.actionLogits(out), HeadLosses.oneHot(actions, 2));
            NDArray frame = HeadLosses.softNll(net.frameLogits(out), frames);
            NDArray answer = HeadLosses.softNll(net.answerLogits(out),
                    HeadLosses.oneHot(answers, (int) net.answerLogits(out).getShape().get(1)));
            return new NDArray[] {action.add(frame).add(answer), action, frame, answer};
        });
    }
}
