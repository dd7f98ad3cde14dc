package io.pixelstudio.bridge.run;

import io.pixelstudio.bridge.testing.SampleSpecs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunSpecDiffTest {

    private final RunSpecDiff diff = new RunSpecDiff(new RunSpecCodec());

    @Test
    void equalSpecsHaveNoDifferences() {
        assertThat(diff.between(SampleSpecs.rl(), SampleSpecs.rl())).isEmpty();
    }

    @Test
    void everyChangedLeafIsListedByItsPathWithBothValues() {
        RunSpec left = SampleSpecs.rl();
        Hyperparameters h = left.hyperparameters();
        RunSpec right = new RunSpec(left.name(), left.kind(), left.recipe(), left.baseModel(), left.data(),
                new Hyperparameters(2e-6, h.epochs(), h.batchSize(), h.gradientAccumulation(), h.maxLength(), h.seed(),
                        h.finetuning(), h.loraRank(), h.loraAlpha(), h.groupSize(), h.maxSteps(), h.temperature(),
                        Map.of("warmup_ratio", "0.1", "max_grad_norm", "1.0")),
                left.reward().withCuriosityThreshold(0.5), List.of("cuda:0"), left.output(), left.resumeFrom());

        assertThat(diff.between(left, right)).containsExactly(
                new SpecDifference("hyperparameters.learningRate", "1.0E-6", "2.0E-6"),
                new SpecDifference("hyperparameters.extra.max_grad_norm", "", "\"1.0\""),
                new SpecDifference("reward.curiosityThreshold", "0.3", "0.5"),
                new SpecDifference("devices[1]", "\"cuda:1\"", ""));
    }
}
