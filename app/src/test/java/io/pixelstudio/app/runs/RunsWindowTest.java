package io.pixelstudio.app.runs;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.app.studio.task.FxBackgroundTasks;
import io.pixelstudio.bridge.process.RunStatus;
import io.pixelstudio.bridge.recipe.RunRecipes;
import io.pixelstudio.bridge.registry.RunRegistry;
import io.pixelstudio.bridge.registry.RunSupervisor;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import io.pixelstudio.bridge.run.RunKind;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Launching, watching and stopping a real trainer process through the Runs window: a stand-in
 * studio runner (a Python package written by the test) reports metrics and a checkpoint, then keeps
 * running until stopped.
 */
@ExtendWith(ApplicationExtension.class)
class RunsWindowTest {

    @TempDir
    static Path dir;

    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "runs-test");
        t.setDaemon(true);
        return t;
    });
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<Path> compared = new CopyOnWriteArrayList<>();
    private final Messages messages = Messages.load();
    private Preferences prefs;
    private RunsWindow window;

    @Start
    void start(Stage ignored) throws Exception {
        Path runner = Files.createDirectories(dir.resolve("python/pixelstudio_runner"));
        Files.writeString(runner.resolve("__init__.py"), "");
        Files.writeString(runner.resolve("__main__.py"), String.join("\n",
                "import json, sys, time",
                "spec = json.load(open(sys.argv[sys.argv.index('--spec') + 1]))",
                "def emit(**e): print(json.dumps(e), flush=True)",
                "emit(event='start', kind=sys.argv[1], total_steps=3)",
                "if sys.argv[1] == 'evaluate':",
                "    emit(event='predictions', path='predictions.jsonl', benchmark='vstar', model=spec['baseModel'])",
                "    emit(event='end')",
                "    sys.exit(0)",
                "emit(event='log', level='info', message='resume from ' + (spec['resumeFrom'] or 'nothing'))",
                "for step in (1, 2, 3):",
                "    emit(event='metrics', step=step, values={'loss': 1.0 / step, 'lr': spec['hyperparameters']['learningRate']})",
                "emit(event='checkpoint', step=3, path='checkpoint-3')",
                "if spec['name'].endswith('hang'):",
                "    while True: time.sleep(1)",
                "emit(event='end')", ""));
        prefs = Preferences.userRoot().node("io/pixelstudio/test/runs-" + System.nanoTime());
        RecipeSettingsStore settings = new RecipeSettingsStore(prefs, null);
        settings.save("python3", java.util.Map.of("studio-python", runner.getParent().toString()));
        ErrorReporter reporter = (title, error) -> errors.add(title + ": " + error);
        FxBackgroundTasks tasks = new FxBackgroundTasks(background, Platform::runLater, reporter);
        RunRegistry registry = new RunRegistry(dir.resolve("runs-" + System.nanoTime()), Clock.systemUTC());
        RunsViewModel model = new RunsViewModel(registry, new RunSupervisor(registry, Clock.systemUTC()),
                RunRecipes.discover(), settings::load, tasks, Platform::runLater, compared::add, messages);
        window = new RunsWindow(null, model, settings, tasks, messages);
        window.show();
    }

    @AfterEach
    void stop() throws Exception {
        for (RunItem item : onFx(() -> List.copyOf(window.model().runs()))) {
            if (item.process().isPresent()) {
                item.process().get().stop(java.time.Duration.ofMillis(200));
            }
        }
        background.shutdownNow();
        prefs.removeNode();
    }

    @Test
    void aRunLaunchedFromTheFormIsChartedLiveAndStopsOnRequest(FxRobot robot) throws Exception {
        robot.clickOn("#runs-new");
        WaitForAsyncUtils.waitForFxEvents();
        switchFormToStudioPython(robot);
        robot.clickOn("#runs-name").eraseText(3).write("sft hang");
        robot.clickOn("#runs-base-model").write(dir.resolve("model").toString());
        robot.clickOn("#runs-data").write(dir.resolve("export.json").toString());
        robot.clickOn("#runs-output").write(dir.resolve("out").toString());
        robot.clickOn("#runs-devices").eraseText(6).write("cpu");
        robot.clickOn("#runs-launch");

        waitUntil(() -> window.model().runs().size() == 1);
        assertThat(errors).isEmpty();
        Platform.runLater(() -> window.table().getSelectionModel().select(0));
        RunItem run = onFx(() -> window.model().runs().get(0));
        waitUntil(() -> window.charts().points("loss").size() == 3);
        assertThat(onFx(() -> run.statusProperty().get())).isEqualTo(RunStatus.RUNNING);
        assertThat(onFx(() -> window.charts().metricNames())).containsExactly("loss", "lr");
        assertThat(onFx(() -> window.charts().points("loss").stream().map(p -> p.getYValue().doubleValue()).toList()))
                .containsExactly(1.0, 0.5, 1.0 / 3);
        waitUntil(() -> run.checkpoints().size() == 1);
        waitUntil(() -> window.specView().getText().contains("\"name\" : \"sft hang\""));
        assertThat(onFx(() -> window.logView().getItems())).anyMatch(line -> line.startsWith("started sft"));

        robot.clickOn("#runs-stop");

        waitUntil(() -> run.statusProperty().get() == RunStatus.STOPPED);
        assertThat(run.process()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void twoFinishedRunsAreDiffedFieldByField(FxRobot robot) throws Exception {
        for (String lr : List.of("1e-6", "2e-6")) {
            Platform.runLater(() -> {
                LaunchFormModel form = new LaunchFormModel();
                form.nameProperty().set("lr " + lr);
                form.baseModelProperty().set("/models/qwen");
                form.dataPathProperty().set("/exports/a.json");
                form.outputProperty().set(dir.resolve("out-" + lr).toString());
                form.devicesProperty().set("cpu");
                form.learningRateProperty().set(lr);
                window.model().launch(form.build().request().orElseThrow());
            });
            int expected = lr.equals("1e-6") ? 1 : 2;
            waitUntil(() -> window.model().runs().size() == expected);
        }
        waitUntil(() -> window.model().runs().stream().allMatch(r -> r.statusProperty().get() == RunStatus.SUCCEEDED));

        Platform.runLater(() -> window.table().getSelectionModel().selectAll());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#runs-diff");

        waitUntil(() -> window.specView().getText().contains("hyperparameters.learningRate"));
        String diff = onFx(() -> window.specView().getText());
        assertThat(diff).contains("name:  \"lr 2e-6\"  →  \"lr 1e-6\"", "hyperparameters.learningRate:  2.0E-6  →  1.0E-6");
        assertThat(errors).isEmpty();
    }

    @Test
    void eachCheckpointOfARunIsEvaluatedAndItsPredictionsGoToCompare() throws Exception {
        Platform.runLater(() -> {
            LaunchFormModel form = new LaunchFormModel();
            form.nameProperty().set("with eval");
            form.baseModelProperty().set("/models/qwen");
            form.dataPathProperty().set("/exports/a.json");
            form.outputProperty().set(dir.resolve("out-eval").toString());
            form.devicesProperty().set("cpu");
            form.evaluateCheckpointsProperty().set(true);
            form.evaluationDataProperty().set(dir.resolve("vstar-gt.jsonl").toString());
            window.model().launch(form.build().request().orElseThrow());
        });

        waitUntil(() -> compared.size() == 1);

        assertThat(compared).containsExactly(dir.resolve("out-eval/eval-step-3/predictions.jsonl"));
        waitUntil(() -> window.model().runs().size() == 2
                && window.model().runs().stream().allMatch(r -> r.statusProperty().get() == RunStatus.SUCCEEDED));
        RunItem evaluation = onFx(() -> window.model().runs().get(0));
        assertThat(evaluation.record().name()).isEqualTo("with eval · eval step 3");
        assertThat(errors).isEmpty();
    }

    @Test
    void aRunResumedFromACheckpointIsANewRunWhoseSpecNamesIt() throws Exception {
        LaunchFormModel form = new LaunchFormModel();
        form.nameProperty().set("resumed");
        form.baseModelProperty().set("/models/qwen");
        form.dataPathProperty().set("/exports/a.json");
        form.outputProperty().set(dir.resolve("out-resume").toString());
        form.devicesProperty().set("cpu");
        form.resumeFromProperty().set(dir.resolve("out-first/checkpoint-3").toString());
        Platform.runLater(() -> window.model().launch(form.build().request().orElseThrow()));

        waitUntil(() -> window.model().runs().size() == 1
                && window.model().runs().get(0).statusProperty().get() == RunStatus.SUCCEEDED);

        RunItem run = onFx(() -> window.model().runs().get(0));
        assertThat(onFx(() -> List.copyOf(run.log())))
                .contains("info: resume from " + dir.resolve("out-first/checkpoint-3"));
    }

    @Test
    void theNewRunFormsDefaultsLaunchAnEmbeddedSftRlRunThatChartsFinishesAndSendsItsEvaluationToCompare(FxRobot robot)
            throws Exception {
        robot.clickOn("#runs-new");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> robot.lookup("#runs-recipe").queryAs(ChoiceBox.class).getValue())).isEqualTo("embedded");
        // CI sizes instead of the default minute-and-a-half run; everything else as the form opens
        setText(robot, "#runs-max-steps", "2");
        setText(robot, "#runs-group", "2");
        setText(robot, "#runs-batch", "8");
        setText(robot, "#runs-extra", "probe_count=10, sft_epochs=2, questions_per_step=2, checkpoint_every=1");
        robot.clickOn("#runs-launch");

        waitUntil(() -> window.model().runs().size() == 1);
        RunItem run = onFx(() -> window.model().runs().get(0));
        waitUntil(() -> window.table().getSelectionModel().getSelectedItems().equals(List.of(run)));
        WaitForAsyncUtils.waitFor(3, TimeUnit.MINUTES, () -> onFx(() -> run.statusProperty().get() != RunStatus.RUNNING));

        assertThat(onFx(() -> run.statusProperty().get())).as("%s", onFx(() -> List.copyOf(run.log())))
                .isEqualTo(RunStatus.SUCCEEDED);
        assertThat(onFx(() -> window.charts().metricNames())).contains("loss", "loss/answer", "reward/total", "rapr",
                "eval/accuracy");
        assertThat(onFx(() -> window.charts().points("loss").size())).isGreaterThan(2 + 2);
        assertThat(onFx(() -> run.checkpoints().size())).isEqualTo(2 + 2);
        waitUntil(() -> compared.size() == 1);
        assertThat(compared.get(0)).isRegularFile().hasFileName("held-out.predictions.jsonl");
        assertThat(dir.resolve("probes/probes.jsonl")).isRegularFile();
        assertThat(errors).isEmpty();
    }

    /** The form opens on the embedded engine; these tests drive the fake Python runner. */
    private static void switchFormToStudioPython(FxRobot robot) throws Exception {
        onFx(() -> {
            robot.lookup("#runs-kind").queryAs(ChoiceBox.class).setValue(RunKind.SFT);
            robot.lookup("#runs-recipe").queryAs(ChoiceBox.class).setValue("studio-python");
            for (String id : List.of("#runs-name", "#runs-base-model", "#runs-data", "#runs-extra")) {
                robot.lookup(id).queryAs(TextField.class).clear();
            }
            return null;
        });
    }

    private static void setText(FxRobot robot, String id, String text) throws Exception {
        onFx(() -> {
            robot.lookup(id).queryAs(TextField.class).setText(text);
            return null;
        });
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
