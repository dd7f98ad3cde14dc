package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.run.DataSource;
import io.pixelstudio.bridge.run.Hyperparameters;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.trace.rollout.reward.RewardProfile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** CI-sized embedded specs: a dozen probes, a few SFT epochs and RL steps (seconds on a CPU). */
public final class TinyRuns {

    private TinyRuns() {
    }

    /** SFT (3 epochs) then RL (3 steps × 2 groups × 4), checkpoint and held-out evaluation every 2 RL steps, held-out evaluation at the end. */
    public static RunSpec sftThenRl(Path suite, long seed) {
        Hyperparameters h = new Hyperparameters(1e-2, 1, 8, 1, 8192, seed, "full", 16, 32, 4, 3, 1.0,
                Map.of("probe_count", "15", "sft_epochs", "3", "sft_learning_rate", "3e-3", "questions_per_step", "2",
                        "checkpoint_every", "2", "eval_every", "2"));
        return new RunSpec("tiny sft-rl", RunKind.RL, "embedded", "new", new DataSource(suite.toString(), "probes", ""),
                h, RewardProfile.PAPER.defaults(), List.of("cpu"), "", "");
    }

    /** The same as {@link #sftThenRl} on the video variant ({@code extra.variant=video}): 15 generated videos. */
    public static RunSpec videoSftThenRl(Path suite, long seed) {
        RunSpec image = sftThenRl(suite, seed);
        Map<String, String> extra = new HashMap<>(image.hyperparameters().extra());
        extra.put("variant", "video");
        Hyperparameters h = new Hyperparameters(1e-2, 1, 8, 1, 8192, seed, "full", 16, 32, 4, 3, 1.0, extra);
        return new RunSpec("tiny video sft-rl", RunKind.RL, "embedded", "new", image.data(), h, image.reward(),
                image.devices(), "", "");
    }
}
