package io.pixelstudio.app.runs;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.bridge.recipe.RunRecipe;
import io.pixelstudio.bridge.recipe.RunRecipes;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.trace.rollout.reward.RewardProfile;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.Optional;

/**
 * The launch form: every field of a run spec with the reference recipes' defaults, the recipes that
 * run the chosen kind, and the form's problems shown (and Launch refused) until it describes a run.
 */
public final class LaunchDialog extends Dialog<LaunchRequest> {

    private final LaunchFormModel model;
    private final Label problems = new Label();

    public LaunchDialog(Window owner, LaunchFormModel model, RunRecipes recipes, Messages messages) {
        this.model = model;
        initOwner(owner);
        setTitle(messages.get("runs.launch.title"));
        setResizable(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, new Label(messages.get("runs.field.name")), field("runs-name", model.nameProperty()));
        ChoiceBox<RunKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(RunKind.values()));
        kind.setId("runs-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        grid.addRow(row++, new Label(messages.get("runs.field.kind")), kind);
        ChoiceBox<String> recipe = new ChoiceBox<>();
        recipe.setId("runs-recipe");
        Runnable fillRecipes = () -> {
            List<String> ids = recipes.all().stream().filter(r -> r.kinds().contains(model.kindProperty().get()))
                    .map(RunRecipe::id).toList();
            recipe.getItems().setAll(ids);
            if (!ids.contains(model.recipeProperty().get()) && !ids.isEmpty()) {
                model.recipeProperty().set(ids.get(0));
            }
            recipe.setValue(model.recipeProperty().get());
        };
        fillRecipes.run();
        model.kindProperty().addListener((obs, old, now) -> fillRecipes.run());
        recipe.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.recipeProperty().set(now);
            }
        });
        grid.addRow(row++, new Label(messages.get("runs.field.recipe")), recipe);
        grid.addRow(row++, new Label(messages.get("runs.field.baseModel")),
                withChooser(field("runs-base-model", model.baseModelProperty()), true, messages));
        grid.addRow(row++, new Label(messages.get("runs.field.data")),
                withChooser(field("runs-data", model.dataPathProperty()), false, messages));
        ChoiceBox<String> format = new ChoiceBox<>(FXCollections.observableArrayList(
                "pixelreasoner-sft", "pixelreasoner-rl", "sharegpt", "openai-messages", "studio-project", "studio-benchmark",
                "probes"));
        format.valueProperty().bindBidirectional(model.dataFormatProperty());
        grid.addRow(row++, new Label(messages.get("runs.field.format")), format);
        grid.addRow(row++, new Label(messages.get("runs.field.output")),
                withChooser(field("runs-output", model.outputProperty()), true, messages));
        grid.addRow(row++, new Label(messages.get("runs.field.devices")), field("runs-devices", model.devicesProperty()));
        grid.addRow(row++, new Label(messages.get("runs.field.lr")), field("runs-lr", model.learningRateProperty()));
        grid.addRow(row++, new Label(messages.get("runs.field.epochs")), field("runs-epochs", model.epochsProperty()));
        grid.addRow(row++, new Label(messages.get("runs.field.batch")), field("runs-batch", model.batchSizeProperty()));
        grid.addRow(row++, new Label(messages.get("runs.field.accumulation")),
                field("runs-accumulation", model.gradientAccumulationProperty()));
        grid.addRow(row++, new Label(messages.get("runs.field.maxLength")), field("runs-max-length", model.maxLengthProperty()));
        grid.addRow(row++, new Label(messages.get("runs.field.seed")), field("runs-seed", model.seedProperty()));
        CheckBox lora = new CheckBox(messages.get("runs.field.lora"));
        lora.selectedProperty().bindBidirectional(model.loraProperty());
        grid.addRow(row++, new Label(), lora);
        grid.addRow(row++, new Label(messages.get("runs.field.groupSize")), field("runs-group", model.groupSizeProperty()));
        grid.addRow(row++, new Label(messages.get("runs.field.maxSteps")), field("runs-max-steps", model.maxStepsProperty()));
        ChoiceBox<RewardProfile> profile = new ChoiceBox<>(FXCollections.observableArrayList(RewardProfile.values()));
        profile.valueProperty().bindBidirectional(model.rewardProfileProperty());
        grid.addRow(row++, new Label(messages.get("runs.field.reward")), profile);
        CheckBox evaluate = new CheckBox(messages.get("runs.field.evaluate"));
        evaluate.setId("runs-evaluate");
        evaluate.selectedProperty().bindBidirectional(model.evaluateCheckpointsProperty());
        grid.addRow(row++, new Label(), evaluate);
        TextField evaluationData = field("runs-eval-data", model.evaluationDataProperty());
        evaluationData.disableProperty().bind(evaluate.selectedProperty().not());
        grid.addRow(row++, new Label(messages.get("runs.field.evaluationData")),
                withChooser(evaluationData, false, messages));
        grid.addRow(row++, new Label(messages.get("runs.field.extra")), field("runs-extra", model.extraProperty()));
        grid.addRow(row++, new Label(messages.get("runs.field.resumeFrom")),
                withChooser(field("runs-resume-from", model.resumeFromProperty()), true, messages));
        problems.setId("runs-problems");
        problems.setStyle("-fx-text-fill: #b00020;");
        problems.setWrapText(true);
        grid.add(problems, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        ButtonType launch = new ButtonType(messages.get("runs.launch.button"), ButtonType.OK.getButtonData());
        getDialogPane().getButtonTypes().addAll(launch, ButtonType.CANCEL);
        Node launchButton = getDialogPane().lookupButton(launch);
        launchButton.setId("runs-launch");
        launchButton.addEventFilter(ActionEvent.ACTION, event -> {
            LaunchFormModel.Result result = model.build();
            if (result.request().isEmpty()) {
                problems.setText(String.join("\n", result.problems()));
                event.consume();
            }
        });
        setResultConverter(button -> button == launch ? model.build().request().orElse(null) : null);
    }

    /** The form's model (tests fill it). */
    public LaunchFormModel model() {
        return model;
    }

    /** Shows the form and waits; empty when cancelled. */
    public Optional<LaunchRequest> ask() {
        return showAndWait();
    }

    private static TextField field(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(36);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private Node withChooser(TextField field, boolean folder, Messages messages) {
        Button browse = new Button(messages.get("runs.browse"));
        browse.setOnAction(e -> {
            File chosen = folder ? new DirectoryChooser().showDialog(getOwner()) : new FileChooser().showOpenDialog(getOwner());
            if (chosen != null) {
                field.setText(chosen.getAbsolutePath());
            }
        });
        GridPane pair = new GridPane();
        pair.setHgap(4);
        pair.addRow(0, field, browse);
        return pair;
    }
}
