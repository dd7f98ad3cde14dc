package io.pixelstudio.app.video;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameStripModelTest {

    @Test
    void stepsStopAtTheFirstAndLastFrame() {
        FrameStripModel model = new FrameStripModel();
        model.setFrameCount(16);
        model.step(1);
        assertThat(model.currentFrameProperty().get()).isEqualTo(1);
        model.step(10);
        assertThat(model.currentFrameProperty().get()).isEqualTo(11);
        model.step(10);
        assertThat(model.currentFrameProperty().get()).isEqualTo(15);
        model.step(-100);
        assertThat(model.currentFrameProperty().get()).isZero();
        model.step(Integer.MAX_VALUE);
        assertThat(model.currentFrameProperty().get()).isEqualTo(15);
    }

    @Test
    void aShorterSourcePullsTheCurrentFrameIntoRange() {
        FrameStripModel model = new FrameStripModel();
        model.setFrameCount(75);
        model.currentFrameProperty().set(60);
        model.setFrameCount(16);
        assertThat(model.currentFrameProperty().get()).isEqualTo(15);
        model.setFrameCount(75);
        assertThat(model.currentFrameProperty().get()).as("kept when it exists").isEqualTo(15);
    }

    @Test
    void writingAFrameOutsideTheSourceIsClamped() {
        FrameStripModel model = new FrameStripModel();
        model.setFrameCount(16);
        model.currentFrameProperty().set(40);
        assertThat(model.currentFrameProperty().get()).isEqualTo(15);
        model.currentFrameProperty().set(-3);
        assertThat(model.currentFrameProperty().get()).isZero();
    }

    @Test
    void stepWithoutFramesDoesNothing() {
        FrameStripModel model = new FrameStripModel();
        model.step(5);
        assertThat(model.currentFrameProperty().get()).isZero();
        assertThat(model.frameCount()).isZero();
    }
}
