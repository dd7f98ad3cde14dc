package io.pixelstudio.app.runs;

import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.reward.RewardProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LaunchFormModelTest {

    private LaunchFormModel filled() {
        LaunchFormModel form = new LaunchFormModel();
        form.nameProperty().set("sft one");
        form.baseModelProperty().set("/models/qwen");
        form.dataPathProperty().set("/exports/accepted.json");
        form.outputProperty().set("/runs/out");
        return form;
    }

    @Test
    void theDefaultsAreTheReferenceRecipesAndBuildASpec() {
        LaunchFormModel.Result result = filled().build();

        assertThat(result.problems()).isEmpty();
        RunSpec spec = result.request().orElseThrow().spec();
        assertThat(spec.kind()).isEqualTo(RunKind.SFT);
        assertThat(spec.hyperparameters().learningRate()).isEqualTo(1e-6);
        assertThat(spec.hyperparameters().epochs()).isEqualTo(5);
        assertThat(spec.hyperparameters().finetuning()).isEqualTo("full");
        assertThat(spec.reward()).isEqualTo(RewardParameters.PAPER);
        assertThat(spec.devices()).containsExactly("cuda:0");
        assertThat(result.request().orElseThrow().evaluationData()).isEmpty();
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsBuilt() {
        LaunchFormModel form = filled();
        form.baseModelProperty().set(" ");
        form.learningRateProperty().set("fast");
        form.epochsProperty().set("2.5");
        form.evaluateCheckpointsProperty().set(true);

        LaunchFormModel.Result result = form.build();

        assertThat(result.request()).isEmpty();
        assertThat(result.problems()).containsExactly("base model folder: required", "learning rate: not a number: fast",
                "epochs: not a whole number: 2.5", "evaluation data: required");
    }

    @Test
    void aValueTheSpecRefusesIsReportedWithTheSpecsReason() {
        LaunchFormModel form = filled();
        form.groupSizeProperty().set("0");

        assertThat(form.build().problems()).containsExactly("groupSize must be >= 1: 0");
    }

    @Test
    void copyingASpecAndBuildingGivesTheSameSpecBack() {
        LaunchFormModel first = filled();
        first.kindProperty().set(RunKind.RL);
        first.loraProperty().set(true);
        first.devicesProperty().set("cuda:0, cuda:3");
        first.rewardProfileProperty().set(RewardProfile.PAPER);
        RunSpec spec = first.build().request().orElseThrow().spec();

        LaunchFormModel again = new LaunchFormModel();
        again.copy(spec);

        assertThat(again.build().request().orElseThrow().spec()).isEqualTo(spec);
        assertThat(spec.devices()).isEqualTo(List.of("cuda:0", "cuda:3"));
    }
}
