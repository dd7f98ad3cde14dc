package io.pixelstudio.bridge.engine.video;

import io.pixelstudio.bridge.engine.probes.VideoProbeKind;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FrameInputTest {

    @Test
    void frameNIsTheThumbnailInRowMajorMosaicCellN() {
        List<BufferedImage> frames = new ArrayList<>();
        for (int n = 0; n < FrameInput.FRAMES; n++) {
            frames.add(filled(n == 6 ? Color.WHITE : Color.BLACK));
        }
        float[] mosaic = FrameInput.mosaic(frames);
        int plane = FrameInput.VIEW * FrameInput.VIEW;
        for (int n = 0; n < FrameInput.FRAMES; n++) {
            int x = (n % FrameInput.MOSAIC) * FrameInput.THUMB + FrameInput.THUMB / 2;
            int y = (n / FrameInput.MOSAIC) * FrameInput.THUMB + FrameInput.THUMB / 2;
            assertThat(mosaic[y * FrameInput.VIEW + x]).as("frame %d", n + 1).isEqualTo(n == 6 ? 1f : 0f);
            assertThat(mosaic[2 * plane + y * FrameInput.VIEW + x]).isEqualTo(n == 6 ? 1f : 0f);
        }
    }

    @Test
    void planesHoldTheSelectedFramesTheKindAndTheSelectedFlag() {
        float[] mosaic = new float[3 * FrameInput.VIEW * FrameInput.VIEW];
        float[] view = FrameInput.view(filled(Color.WHITE));
        int plane = FrameInput.VIEW * FrameInput.VIEW;
        float[] before = FrameInput.of(mosaic, List.of(), VideoProbeKind.COLOUR);
        float[] after = FrameInput.of(mosaic, List.of(view, view), VideoProbeKind.COLOUR);
        assertThat(before).hasSize(FrameInput.CHANNELS * plane);
        int kindPlane = 9 + VideoProbeKind.COLOUR.ordinal();
        assertThat(before[kindPlane * plane]).isEqualTo(1f);
        assertThat(before[(kindPlane - 1) * plane]).isEqualTo(0f);
        assertThat(before[(FrameInput.CHANNELS - 1) * plane]).isEqualTo(0f);
        assertThat(after[(FrameInput.CHANNELS - 1) * plane]).isEqualTo(1f);
        assertThat(before[3 * plane]).isEqualTo(0f);
        assertThat(after[3 * plane]).isEqualTo(1f);
        assertThat(after[8 * plane + plane - 1]).isEqualTo(1f);
    }

    private static BufferedImage filled(Color colour) {
        BufferedImage image = new BufferedImage(252, 252, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 252, 252);
        g.dispose();
        return image;
    }
}
