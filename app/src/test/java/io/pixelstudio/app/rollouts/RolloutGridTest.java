package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.app.studio.task.FxBackgroundTasks;
import io.pixelstudio.app.viewer.ViewTransform;
import io.pixelstudio.app.viewer.ZoomBoxOverlay;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupReward;
import io.pixelstudio.trace.rollout.reward.RewardBreakdown;
import io.pixelstudio.trace.rollout.reward.RewardProfile;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group grid on a fixture dump of rollouts over the bundled street photo: the cards show the
 * numbers {@link CuriosityReward} computes, each card draws its rollout's zoom where the replay cut
 * it, a missing image is said on the card, and the keyboard moves among cards and opens one.
 */
@ExtendWith(ApplicationExtension.class)
class RolloutGridTest {

    private static final Path STREET = Paths.get("..", "assets", "sample", "media", "street.jpg");
    private static final double TOLERANCE = 0.12;

    @TempDir
    static Path dir;

    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "rollouts-test");
        t.setDaemon(true);
        return t;
    });
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<Opened> opened = new CopyOnWriteArrayList<>();
    private final Messages messages = Messages.load();
    private RolloutsWindow window;
    private Path dump;

    private record Opened(Path dump, Path folder, List<Trace> traces, int index) {
    }

    @Start
    void start(Stage ignored) throws Exception {
        dump = dir.resolve("street_rollouts.jsonl");
        try (InputStream in = getClass().getResourceAsStream("street_rollouts.jsonl")) {
            Files.copy(in, dump, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(STREET, dir.resolve("street.jpg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ErrorReporter reporter = (title, error) -> errors.add(title + ": " + error);
        FxBackgroundTasks tasks = new FxBackgroundTasks(background, Platform::runLater, reporter);
        RolloutsViewModel model = new RolloutsViewModel(tasks,
                new DumpLoader(new io.pixelstudio.trace.rollout.importer.RolloutImporters(0)), messages);
        window = new RolloutsWindow(null, model, tasks, new ImageLoader(), TraceFormats.discover(), messages,
                (file, folder, traces, index) -> opened.add(new Opened(file, folder, traces, index)));
        window.show();
        model.load(dump);
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void chooseStep10() throws Exception {
        waitUntil(() -> !window.model().cards().isEmpty());
        onFx(() -> {
            window.model().selectedStepProperty().set(10);
            return null;
        });
        waitUntil(() -> onFxQuiet(() -> window.gridPane().cardViews().size() == 4
                && window.gridPane().cardViews().get(0).viewer().imageProperty().get() != null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyCardShowsTheTermsCuriosityRewardComputesForItsRollout() throws Exception {
        chooseStep10();
        RolloutGroup group = onFx(() -> window.model().selectedGroup());
        GroupReward expected = CuriosityReward.of(RewardProfile.REFERENCE_CODE).score(List.of(group)).get(0);

        for (int i = 0; i < 4; i++) {
            RewardBreakdown b = expected.breakdowns().get(i);
            RolloutCardView card = window.gridPane().cardViews().get(i);
            assertThat(text(card, "correctness")).startsWith(RolloutText.signed(b.correctness()));
            assertThat(text(card, "curiosity")).isEqualTo(RolloutText.signed(b.curiosity()));
            assertThat(text(card, "penalty")).isEqualTo(RolloutText.signed(b.penalty()));
            assertThat(text(card, "total")).isEqualTo(RolloutText.signed(b.total()));
            assertThat(text(card, "advantage")).isEqualTo(RolloutText.signed(b.advantage()));
            assertThat(text(card, "ops")).isEqualTo(messages.get("rollouts.card.ops.value",
                    b.rollout().toolCalls(), b.rollout().toolFailures()));
        }
        RolloutCardView first = window.gridPane().cardViews().get(0);
        assertThat(text(first, "answer")).isEqualTo("18:00");
        assertThat(text(first, "outcome")).isEqualTo("correct");
        assertThat(text(window.gridPane().cardViews().get(1), "outcome")).isEqualTo("wrong");
        assertThat(text(window.gridPane().cardViews().get(2), "penalty")).isEqualTo("-0.0500");
        assertThat(text(window.gridPane().cardViews().get(3), "stored")).contains("+0.5000")
                .contains(messages.get("rollouts.card.disagrees"));
        assertThat(text(first, "stored")).isEqualTo("+1.0000");
        assertThat(errors).isEmpty();
    }

    @Test
    void eachCardDrawsItsZoomWhereTheReplayCutIt() throws Exception {
        chooseStep10();
        RolloutCardView card = window.gridPane().cardViews().get(0);
        Trace trace = card.card().rollout().trace().orElseThrow();
        BufferedImage original = new ImageLoader().load(dir.resolve("street.jpg"));
        var replay = ObservedReplay.bestOf(trace, p -> original, ObservedReplay.REFERENCE_SETTINGS).replay();
        List<ZoomBoxOverlay.StepBox> boxes = ZoomBoxOverlay.fromReplay(replay, 0);
        assertThat(boxes).hasSize(1);
        Box cut = boxes.get(0).cutOriginalPixels();

        Image shot = onFx(() -> card.viewer().snapshot(null, null));
        ViewTransform t = onFx(() -> card.viewer().transformProperty().get());
        double s = onFx(() -> card.viewer().imageProperty().get().getWidth()) / original.getWidth();
        for (double[] corner : new double[][]{{cut.x1(), cut.y1()}, {cut.x2(), cut.y1()}, {cut.x1(), cut.y2()},
                {cut.x2(), cut.y2()}}) {
            Point2D p = t.imageToScreen(corner[0] * s, corner[1] * s);
            assertThat(hasColourNear(shot, p.getX(), p.getY(), 2, ZoomBoxOverlay.OTHER))
                    .as("zoom box corner at %s", p).isTrue();
        }
        Point2D centre = t.imageToScreen((cut.x1() + cut.x2()) / 2 * s, (cut.y1() + cut.y2()) / 2 * s);
        assertThat(hasColourNear(shot, centre.getX(), centre.getY(), 0, ZoomBoxOverlay.OTHER))
                .as("the inside of the box shows the photo").isFalse();
        Point2D outside = t.imageToScreen(cut.x1() * s - 40, cut.y1() * s - 40);
        assertThat(hasColourNear(shot, outside.getX(), outside.getY(), 0, ZoomBoxOverlay.OTHER)).isFalse();
    }

    @Test
    void aCardWhoseImageIsMissingSaysSo() throws Exception {
        waitUntil(() -> !window.model().cards().isEmpty());
        onFx(() -> {
            QuestionRow shelf = window.model().questions().stream().filter(r -> r.qid().equals("shelf-price"))
                    .findFirst().orElseThrow();
            window.model().selectedQuestionProperty().set(shelf);
            return null;
        });
        waitUntil(() -> onFxQuiet(() -> window.gridPane().cardViews().size() == 2
                && window.gridPane().cardViews().get(0).notice().isVisible()));

        assertThat(onFx(() -> window.gridPane().cardViews().get(0).notice().getText()))
                .isEqualTo(messages.get("rollouts.card.imageMissing", "missing-shelf.jpg"));
        assertThat(errors).isEmpty();
    }

    @Test
    void arrowsMoveAmongTheCardsAndEnterOpensTheGroupAtTheSelectedRollout(FxRobot robot) throws Exception {
        chooseStep10();
        robot.clickOn(window.gridPane().cardViews().get(0));
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT).type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.gridPane().selectedProperty().get()).isEqualTo(1);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).hasSize(1);
        Opened o = opened.get(0);
        assertThat(o.index()).isEqualTo(1);
        assertThat(o.traces()).extracting(Trace::id).containsExactly("street-bakery-hours/10/0",
                "street-bakery-hours/10/1", "street-bakery-hours/10/2", "street-bakery-hours/10/3");
        assertThat(o.folder()).isEqualTo(dump.toAbsolutePath().normalize().getParent());
    }

    @Test
    void theHeatmapSharesTheZoomMassInsideTheTracesEvidence() throws Exception {
        chooseStep10();
        onFx(() -> {
            window.tabs().getSelectionModel().select(1);
            return null;
        });
        waitUntil(() -> onFxQuiet(() -> window.heatmapPane().shown() != null));
        HeatmapPane.Result result = onFx(() -> window.heatmapPane().shown());

        assertThat(result.heatmap().regions()).hasSize(3);
        assertThat(result.evidenceSource()).isEqualTo("trace");
        assertThat(result.evidence()).hasSize(1);
        assertThat(result.share()).isPresent();
        assertThat(onFx(() -> window.heatmapPane().summary().getText()))
                .contains(RolloutText.percent(result.share().getAsDouble()));
    }

    private static String text(RolloutCardView card, String id) throws Exception {
        return onFx(() -> ((Label) card.lookup("#card-" + id)).getText());
    }

    private static boolean hasColourNear(Image image, double x, double y, int radius, Color colour) {
        PixelReader reader = image.getPixelReader();
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int px = (int) Math.round(x) + dx;
                int py = (int) Math.round(y) + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()) {
                    Color c = reader.getColor(px, py);
                    if (Math.abs(c.getRed() - colour.getRed()) <= TOLERANCE
                            && Math.abs(c.getGreen() - colour.getGreen()) <= TOLERANCE
                            && Math.abs(c.getBlue() - colour.getBlue()) <= TOLERANCE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static boolean onFxQuiet(Callable<Boolean> work) {
        try {
            return onFx(work);
        } catch (Exception e) {
            return false;
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
