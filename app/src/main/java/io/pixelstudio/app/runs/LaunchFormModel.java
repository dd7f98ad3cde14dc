package io.pixelstudio.app.runs;

import io.pixelstudio.bridge.recipe.EmbeddedRecipe;
import io.pixelstudio.bridge.run.DataSource;
import io.pixelstudio.bridge.run.Hyperparameters;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.trace.rollout.reward.RewardProfile;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launch form's fields as text, with the reference recipes' defaults, turned into a
 * {@link LaunchRequest} — or into the list of what is wrong, field by field, so the form can say
 * it before anything starts.
 */
public final class LaunchFormModel {

    private final StringProperty name = new SimpleStringProperty(this, "name", "run");
    private final ObjectProperty<RunKind> kind = new SimpleObjectProperty<>(this, "kind", RunKind.SFT);
    private final StringProperty recipe = new SimpleStringProperty(this, "recipe", "studio-python");
    private final StringProperty baseModel = new SimpleStringProperty(this, "baseModel", "");
    private final StringProperty dataPath = new SimpleStringProperty(this, "dataPath", "");
    private final StringProperty dataFormat = new SimpleStringProperty(this, "dataFormat", "pixelreasoner-sft");
    private final StringProperty output = new SimpleStringProperty(this, "output", "");
    private final StringProperty devices = new SimpleStringProperty(this, "devices", "cuda:0");
    private final StringProperty learningRate = new SimpleStringProperty(this, "learningRate", text(Hyperparameters.DEFAULTS.learningRate()));
    private final StringProperty epochs = new SimpleStringProperty(this, "epochs", String.valueOf(Hyperparameters.DEFAULTS.epochs()));
    private final StringProperty batchSize = new SimpleStringProperty(this, "batchSize", String.valueOf(Hyperparameters.DEFAULTS.batchSize()));
    private final StringProperty gradientAccumulation = new SimpleStringProperty(this, "gradientAccumulation",
            String.valueOf(Hyperparameters.DEFAULTS.gradientAccumulation()));
    private final StringProperty maxLength = new SimpleStringProperty(this, "maxLength", String.valueOf(Hyperparameters.DEFAULTS.maxLength()));
    private final StringProperty seed = new SimpleStringProperty(this, "seed", String.valueOf(Hyperparameters.DEFAULTS.seed()));
    private final BooleanProperty lora = new SimpleBooleanProperty(this, "lora", false);
    private final StringProperty groupSize = new SimpleStringProperty(this, "groupSize", String.valueOf(Hyperparameters.DEFAULTS.groupSize()));
    private final StringProperty maxSteps = new SimpleStringProperty(this, "maxSteps", String.valueOf(Hyperparameters.DEFAULTS.maxSteps()));
    private final ObjectProperty<RewardProfile> rewardProfile = new SimpleObjectProperty<>(this, "rewardProfile", RewardProfile.PAPER);
    private final BooleanProperty evaluateCheckpoints = new SimpleBooleanProperty(this, "evaluateCheckpoints", false);
    private final StringProperty evaluationData = new SimpleStringProperty(this, "evaluationData", "");
    private final StringProperty resumeFrom = new SimpleStringProperty(this, "resumeFrom", "");
    private final StringProperty extra = new SimpleStringProperty(this, "extra", "");

    /** The request the fields describe, or the problems that stop it (empty list means none). */
    public Result build() {
        List<String> problems = new ArrayList<>();
        require(name, "name", problems);
        boolean embedded = EmbeddedRecipe.ID.equals(recipe.get());
        if (!embedded) {
            require(baseModel, "base model folder", problems);
            require(output, "output folder", problems);
        }
        require(dataPath, "data", problems);
        Map<String, String> extraFlags = ExtraFlags.parse(extra.get(), problems);
        double lr = number(learningRate, "learning rate", problems);
        int epochCount = integer(epochs, "epochs", problems);
        int batch = integer(batchSize, "batch size", problems);
        int accumulation = integer(gradientAccumulation, "gradient accumulation", problems);
        int length = integer(maxLength, "max length", problems);
        int seedValue = integer(seed, "seed", problems);
        int group = integer(groupSize, "group size", problems);
        int steps = integer(maxSteps, "max steps", problems);
        if (evaluateCheckpoints.get()) {
            require(evaluationData, "evaluation data", problems);
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        try {
            Hyperparameters h = new Hyperparameters(lr, epochCount, batch, accumulation, length, seedValue,
                    lora.get() ? "lora" : "full", Hyperparameters.DEFAULTS.loraRank(), Hyperparameters.DEFAULTS.loraAlpha(),
                    group, steps, Hyperparameters.DEFAULTS.temperature(), extraFlags);
            RunSpec spec = new RunSpec(name.get().strip(), kind.get(), recipe.get(), baseModel.get().strip(),
                    new DataSource(dataPath.get().strip(), dataFormat.get(), ""), h, rewardProfile.get().defaults(),
                    deviceList(), output.get().strip(), resumeFrom.get().strip());
            Optional<DataSource> evaluation = evaluateCheckpoints.get()
                    ? Optional.of(new DataSource(evaluationData.get().strip(), "studio-benchmark", "")) : Optional.empty();
            return new Result(Optional.of(new LaunchRequest(spec, evaluation)), List.of());
        } catch (IllegalArgumentException e) {
            return new Result(Optional.empty(), List.of(e.getMessage()));
        }
    }

    /** The form's outcome: a request, or why there is none. */
    public record Result(Optional<LaunchRequest> request, List<String> problems) {
    }

    /** Fills the fields from an earlier run's spec ("run again" with changes). */
    public void copy(RunSpec spec) {
        name.set(spec.name());
        kind.set(spec.kind());
        recipe.set(spec.recipe());
        baseModel.set(spec.baseModel());
        dataPath.set(spec.data().path());
        dataFormat.set(spec.data().format());
        output.set(spec.output());
        devices.set(String.join(",", spec.devices()));
        Hyperparameters h = spec.hyperparameters();
        learningRate.set(text(h.learningRate()));
        epochs.set(String.valueOf(h.epochs()));
        batchSize.set(String.valueOf(h.batchSize()));
        gradientAccumulation.set(String.valueOf(h.gradientAccumulation()));
        maxLength.set(String.valueOf(h.maxLength()));
        seed.set(String.valueOf(h.seed()));
        lora.set(h.finetuning().equals("lora"));
        groupSize.set(String.valueOf(h.groupSize()));
        maxSteps.set(String.valueOf(h.maxSteps()));
        resumeFrom.set(spec.resumeFrom());
        extra.set(ExtraFlags.format(h.extra()));
    }

    private List<String> deviceList() {
        return Arrays.stream(devices.get().split(",")).map(String::strip).filter(d -> !d.isEmpty()).toList();
    }

    private static void require(StringProperty field, String label, List<String> problems) {
        if (field.get() == null || field.get().isBlank()) {
            problems.add(label + ": required");
        }
    }

    private static double number(StringProperty field, String label, List<String> problems) {
        try {
            return Double.parseDouble(field.get().strip());
        } catch (NumberFormatException e) {
            problems.add(label + ": not a number: " + field.get());
            return Double.NaN;
        }
    }

    private static int integer(StringProperty field, String label, List<String> problems) {
        try {
            return Integer.parseInt(field.get().strip());
        } catch (NumberFormatException e) {
            problems.add(label + ": not a whole number: " + field.get());
            return 0;
        }
    }

    private static String text(double value) {
        return String.valueOf(value);
    }

    public StringProperty nameProperty() { return name; }
    public ObjectProperty<RunKind> kindProperty() { return kind; }
    public StringProperty recipeProperty() { return recipe; }
    public StringProperty baseModelProperty() { return baseModel; }
    public StringProperty dataPathProperty() { return dataPath; }
    public StringProperty dataFormatProperty() { return dataFormat; }
    public StringProperty outputProperty() { return output; }
    public StringProperty devicesProperty() { return devices; }
    public StringProperty learningRateProperty() { return learningRate; }
    public StringProperty epochsProperty() { return epochs; }
    public StringProperty batchSizeProperty() { return batchSize; }
    public StringProperty gradientAccumulationProperty() { return gradientAccumulation; }
    public StringProperty maxLengthProperty() { return maxLength; }
    public StringProperty seedProperty() { return seed; }
    public BooleanProperty loraProperty() { return lora; }
    public StringProperty groupSizeProperty() { return groupSize; }
    public StringProperty maxStepsProperty() { return maxSteps; }
    public ObjectProperty<RewardProfile> rewardProfileProperty() { return rewardProfile; }
    public BooleanProperty evaluateCheckpointsProperty() { return evaluateCheckpoints; }
    public StringProperty evaluationDataProperty() { return evaluationData; }
    public StringProperty resumeFromProperty() { return resumeFrom; }
    public StringProperty extraProperty() { return extra; }
}
