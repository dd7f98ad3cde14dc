package io.pixelstudio.app.curation;

import io.pixelstudio.app.testing.ScratchData;
import io.pixelstudio.app.studio.Studio;
import io.pixelstudio.app.testing.SampleData;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export dialog in the running studio: Shortcut+E, a folder, Enter — the accepted traces of the
 * sample are written in the background and the summary dialog lists them; the sample is not touched.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogEndToEndTest {

    private final Preferences prefs = Preferences.userRoot().node("io/pixelstudio/test-" + UUID.randomUUID());
    private Studio studio;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        studio = Studio.create(stage, prefs, ScratchData.folder());
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
        studio.open(SampleData.project());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(studio::close).get(10, TimeUnit.SECONDS);
        prefs.removeNode();
    }

    private void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::get).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void shortcutEExportsTheAcceptedTracesAndShowsTheSummary(FxRobot robot) throws Exception {
        waitUntil(() -> studio.state().traceList().rows().size() == 12);
        robot.clickOn("#trace-table");
        robot.press(KeyCode.SHORTCUT, KeyCode.E).release(KeyCode.E, KeyCode.SHORTCUT);
        waitUntil(() -> robot.lookup("#export-folder").tryQuery().isPresent());
        Path out = tmp.resolve("export");
        TextField folder = robot.lookup("#export-folder").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> folder.setText(out.toString())).get(10, TimeUnit.SECONDS);
        robot.clickOn(folder).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#curation-info").tryQuery().isPresent());
        String summary = robot.lookup("#curation-info").queryAs(DialogPane.class).getContentText();
        assertThat(summary).contains("status:accepted — 6 trace(s) matched, 6 written, 0 skipped")
                .contains("pixelreasoner-sft.json (6 trace(s))");
        assertThat(out.resolve("pixelreasoner-sft.json")).exists();
        assertThat(out.resolve("export-summary.json")).exists();
        assertThat(Files.list(out.resolve("media/crops")).count()).isPositive();
    }
}
