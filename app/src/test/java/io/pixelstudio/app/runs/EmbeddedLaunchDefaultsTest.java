package io.pixelstudio.app.runs;

import io.pixelstudio.bridge.engine.EngineDefaults;
import io.pixelstudio.bridge.engine.run.EngineRunSettings;
import io.pixelstudio.bridge.engine.run.EngineVariant;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedLaunchDefaultsTest {

    @Test
    void theDefaultFormNeedsNoInputAndDescribesAnSftThenRlRunTheEngineAccepts() throws Exception {
        LaunchFormModel.Result result = EmbeddedLaunchDefaults.form(Path.of("/data/probes")).build();

        assertThat(result.problems()).isEmpty();
        RunSpec spec = result.request().orElseThrow().spec();
        assertThat(spec.recipe()).isEqualTo("embedded");
        assertThat(spec.kind()).isEqualTo(RunKind.RL);
        assertThat(spec.data().path()).isEqualTo(Path.of("/data/probes").toAbsolutePath().toString());
        assertThat(spec.devices()).containsExactly("cpu");
        EngineRunSettings settings = EngineRunSettings.of(spec);
        assertThat(settings.startFrom()).isEmpty();
        EngineDefaults sizes = EngineDefaults.tenMinutes();
        assertThat(settings.sftEpochs()).isEqualTo(sizes.sftEpochs());
        assertThat(settings.sftBatch()).isEqualTo(sizes.sftBatch());
        assertThat(settings.sftLearningRate()).isEqualTo(sizes.sftLearningRate());
        assertThat(settings.rlSteps()).isEqualTo(sizes.rlSteps());
        assertThat(settings.questions()).isEqualTo(sizes.rlQuestions());
        assertThat(settings.groupSize()).isEqualTo(sizes.rlGroupSize());
        assertThat(settings.rlLearningRate()).isEqualTo(sizes.rlLearningRate());
        assertThat(settings.probeCount()).isEqualTo(sizes.items());
        assertThat(settings.evaluate()).isTrue();
    }

    @Test
    void extraSettingsRoundTripThroughTheFormAndMalformedOnesAreNamed() {
        LaunchFormModel form = EmbeddedLaunchDefaults.form(Path.of("p"));
        form.extraProperty().set("sft_epochs=2,  probe_count = 10 ,");
        RunSpec spec = form.build().request().orElseThrow().spec();
        assertThat(spec.hyperparameters().extra()).isEqualTo(Map.of("sft_epochs", "2", "probe_count", "10"));

        LaunchFormModel copy = new LaunchFormModel();
        copy.copy(spec);
        assertThat(copy.extraProperty().get()).isEqualTo("probe_count=10, sft_epochs=2");

        form.extraProperty().set("sft_epochs, probe_count=1, probe_count=2");
        assertThat(form.build().problems()).containsExactly("extra settings: 'sft_epochs' is not key=value",
                "extra settings: probe_count is given twice");
    }

    @Test
    void theVideoVariantIsPickedThroughTheExtraSettingsAndAMisspeltOneIsRefusedByField() throws Exception {
        LaunchFormModel form = EmbeddedLaunchDefaults.form(Path.of("/data/probes"));
        form.dataPathProperty().set("/data/video-probes");
        form.extraProperty().set(EmbeddedLaunchDefaults.EXTRA + ", variant=video");
        RunSpec spec = form.build().request().orElseThrow().spec();
        assertThat(spec.hyperparameters().extra()).containsEntry("variant", "video");
        assertThat(EngineRunSettings.of(spec).variant()).isEqualTo(EngineVariant.VIDEO);
        assertThat(EngineRunSettings.of(EmbeddedLaunchDefaults.form(Path.of("p")).build().request().orElseThrow().spec())
                .variant()).isEqualTo(EngineVariant.IMAGE);

        form.extraProperty().set("variant=vidoe");
        RunSpec misspelt = form.build().request().orElseThrow().spec();
        assertThatThrownBy(() -> EngineRunSettings.of(misspelt)).hasMessageContaining("hyperparameters.extra.variant")
                .hasMessageContaining("vidoe");
    }

    @Test
    void anEmbeddedRunNeedsNoBaseModelOrOutputButOtherRecipesStillDo() {
        LaunchFormModel form = EmbeddedLaunchDefaults.form(Path.of("p"));
        form.baseModelProperty().set("");
        assertThat(form.build().problems()).isEmpty();

        form.recipeProperty().set("studio-python");
        assertThat(form.build().problems()).containsExactly("base model folder: required", "output folder: required");
    }
}
