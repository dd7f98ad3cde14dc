package io.pixelstudio.bridge.testing;

import io.pixelstudio.bridge.run.DataSource;
import io.pixelstudio.bridge.run.Hyperparameters;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.trace.rollout.reward.RewardParameters;

import java.util.List;
import java.util.Map;

/** Run specs for tests. */
public final class SampleSpecs {

    private SampleSpecs() {
    }

    /** An RL run with LoRA, two devices and one recipe flag. */
    public static RunSpec rl() {
        return new RunSpec("curiosity on", RunKind.RL, "studio-python", "/models/qwen2.5-vl-7b",
                new DataSource("/exports/accepted.json", "pixelreasoner-sft", "Accepted"),
                new Hyperparameters(1e-6, 1, 1, 2, 8192, 49, "lora", 16, 32, 8, 200, 1.0, Map.of("warmup_ratio", "0.1")),
                RewardParameters.PAPER, List.of("cuda:0", "cuda:1"), "/runs/out", "");
    }
}
