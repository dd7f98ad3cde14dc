package io.pixelstudio.app.reasoning;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ThumbnailLoaderTest {

    private final List<String> loaded = new ArrayList<>();

    private BufferedImage solid(String path) {
        loaded.add(path);
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        return image;
    }

    @Test
    void eachPathIsLoadedOnceAndTheScaledPixelsArePublished(FxRobot robot) {
        ThumbnailLoader loader = new ThumbnailLoader(Runnable::run, this::solid, 96, 8);
        List<ReadOnlyObjectProperty<Thumbnail>> states = new ArrayList<>();

        robot.interact(() -> {
            states.add(loader.request("a.jpg"));
            states.add(loader.request("a.jpg"));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(loaded).containsExactly("a.jpg");
        assertThat(states.get(0)).isSameAs(states.get(1));
        Thumbnail.Ready ready = (Thumbnail.Ready) states.get(0).get();
        assertThat(ready.image().getWidth()).isEqualTo(128);
        assertThat(ready.image().getHeight()).isEqualTo(96);
        assertThat(ready.image().getPixelReader().getColor(64, 48))
                .isEqualTo(javafx.scene.paint.Color.rgb(255, 200, 0));
    }

    @Test
    void theLeastRecentlyRequestedPathIsEvictedBeyondCapacity(FxRobot robot) {
        ThumbnailLoader loader = new ThumbnailLoader(Runnable::run, this::solid, 96, 2);

        robot.interact(() -> List.of("a", "b", "a", "c", "a", "b").forEach(loader::request));

        assertThat(loaded).containsExactly("a", "b", "c", "b");
    }

    @Test
    void aRefusedTaskBecomesAFailureNotAnException(FxRobot robot) {
        Executor refusing = task -> {
            throw new RejectedExecutionException("shut down");
        };
        ThumbnailLoader loader = new ThumbnailLoader(refusing, this::solid, 96, 2);
        List<Thumbnail> result = new ArrayList<>();

        robot.interact(() -> result.add(loader.request("a.jpg").get()));

        assertThat(result.get(0)).isInstanceOfSatisfying(Thumbnail.Failed.class,
                f -> assertThat(f.message()).contains("shut down"));
    }

    @Test
    void failedLoadsAreRetriedAfterForgettingFailures(FxRobot robot) {
        List<Integer> attempts = new ArrayList<>();
        ThumbnailLoader loader = new ThumbnailLoader(Runnable::run, path -> {
            attempts.add(1);
            throw new IllegalStateException("unreadable " + path);
        }, 96, 4);
        List<ReadOnlyObjectProperty<Thumbnail>> states = new ArrayList<>();

        robot.interact(() -> states.add(loader.request("x.jpg")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            loader.request("x.jpg");
            loader.forgetFailures();
            loader.request("x.jpg");
        });

        assertThat(states.get(0).get()).isInstanceOfSatisfying(Thumbnail.Failed.class,
                f -> assertThat(f.message()).isEqualTo("unreadable x.jpg"));
        assertThat(attempts).hasSize(2);
    }
}
