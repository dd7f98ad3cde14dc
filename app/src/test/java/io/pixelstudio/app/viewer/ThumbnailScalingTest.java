package io.pixelstudio.app.viewer;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThumbnailScalingTest {

    @Test
    void largeImagesAreScaledToTheMaximumHeightKeepingTheAspectRatio() {
        BufferedImage scaled = ThumbnailScaling.toHeight(
                new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB), 96, BufferedImage.TYPE_INT_ARGB);

        assertThat(scaled.getWidth()).isEqualTo(128);
        assertThat(scaled.getHeight()).isEqualTo(96);
        assertThat(scaled.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
    }

    @Test
    void smallImagesAreNotEnlarged() {
        BufferedImage byHeight = ThumbnailScaling.toHeight(
                new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB), 96, BufferedImage.TYPE_INT_ARGB);
        BufferedImage bySide = ThumbnailScaling.toLongerSide(
                new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB), 128, BufferedImage.TYPE_INT_RGB);

        assertThat(byHeight.getWidth()).isEqualTo(50);
        assertThat(byHeight.getHeight()).isEqualTo(40);
        assertThat(bySide.getWidth()).isEqualTo(50);
        assertThat(bySide.getHeight()).isEqualTo(40);
    }

    @Test
    void theLongerSideIsLimitedForPortraitAndLandscapeImages() {
        BufferedImage portrait = ThumbnailScaling.toLongerSide(
                new BufferedImage(720, 1280, BufferedImage.TYPE_INT_RGB), 128, BufferedImage.TYPE_INT_RGB);
        BufferedImage landscape = ThumbnailScaling.toLongerSide(
                new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB), 128, BufferedImage.TYPE_INT_RGB);

        assertThat(portrait.getWidth()).isEqualTo(72);
        assertThat(portrait.getHeight()).isEqualTo(128);
        assertThat(landscape.getWidth()).isEqualTo(128);
        assertThat(landscape.getHeight()).isEqualTo(72);
    }

    @Test
    void aSolidColourSurvivesTheHalvingSteps() {
        BufferedImage source = new BufferedImage(1280, 960, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = source.createGraphics();
        g.setColor(new Color(200, 30, 40));
        g.fillRect(0, 0, 1280, 960);
        g.dispose();

        BufferedImage scaled = ThumbnailScaling.toLongerSide(source, 128, BufferedImage.TYPE_INT_RGB);

        assertThat(scaled.getRGB(64, 48) & 0xFFFFFF).isEqualTo(0xC81E28);
    }

    @Test
    void aNonPositiveLimitIsRejected() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);

        assertThatThrownBy(() -> ThumbnailScaling.toHeight(image, 0, BufferedImage.TYPE_INT_ARGB))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThumbnailScaling.toLongerSide(image, 0, BufferedImage.TYPE_INT_RGB))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
