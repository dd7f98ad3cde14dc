package io.pixelstudio.bridge.engine.probes;

import io.pixelstudio.trace.Box;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VideoProbeGeneratorTest {

    @Test
    void theSameSeedAndIndexGiveTheSameFramesAndItem() {
        for (int i = 0; i < 4; i++) {
            VideoProbeGenerator.VideoProbe a = new VideoProbeGenerator(7).generate(i);
            VideoProbeGenerator.VideoProbe b = new VideoProbeGenerator(7).generate(i);
            assertThat(a.item()).isEqualTo(b.item());
            assertThat(pixels(a.frames()).equals(pixels(b.frames()))).as("same pixels, item %d", i).isTrue();
        }
    }

    @Test
    void anotherSeedGivesOtherVideos() {
        assertThat(pixels(new VideoProbeGenerator(1).generate(0).frames())
                .equals(pixels(new VideoProbeGenerator(2).generate(0).frames()))).isFalse();
    }

    @Test
    void aVideoHasSixteenFramesAndFlashesInOneOrTwoConsecutiveFrames() {
        for (int i = 0; i < 60; i++) {
            VideoProbeGenerator.VideoProbe p = new VideoProbeGenerator(3).generate(i);
            VideoProbeItem item = p.item();
            assertThat(p.frames()).hasSize(VideoProbeGenerator.FRAMES);
            assertThat(item.frames()).hasSize(VideoProbeGenerator.FRAMES).doesNotHaveDuplicates();
            if (item.kind().flashes()) {
                assertThat(item.evidenceFrames()).hasSizeBetween(1, 2);
                assertThat(item.evidenceFrames().get(item.evidenceFrames().size() - 1) - item.evidenceFrames().get(0))
                        .isLessThanOrEqualTo(1);
            } else {
                assertThat(item.evidenceFrames()).hasSize(VideoProbeGenerator.FRAMES);
            }
        }
    }

    @Test
    void theDetailIsInTheEvidenceFramesAndInNoOtherFrame() {
        int flashes = 0;
        for (int i = 0; i < 60; i++) {
            VideoProbeGenerator.VideoProbe p = new VideoProbeGenerator(5).generate(i);
            VideoProbeItem item = p.item();
            if (!item.kind().flashes()) {
                continue;
            }
            flashes++;
            Box b = item.evidence();
            for (int n = 1; n <= VideoProbeGenerator.FRAMES; n++) {
                BufferedImage frame = p.frames().get(n - 1);
                int white = count(frame, b, 0xFFFFFF);
                boolean evidence = item.evidenceFrames().contains(n);
                if (evidence) {
                    assertThat(white).as("%s frame %d", item.id(), n).isGreaterThan(VideoProbeGenerator.BOX * 20);
                    if (item.kind() == VideoProbeKind.COLOUR) {
                        int centre = frame.getRGB((int) (b.x1() + b.x2()) / 2, (int) (b.y1() + b.y2()) / 2);
                        assertThat(saturation(centre)).as(item.answer()).isGreaterThan(0.7);
                    } else {
                        assertThat(count(frame, b, 0)).as("black glyph pixels, %s frame %d", item.id(), n)
                                .isGreaterThan(40);
                    }
                } else {
                    assertThat(white).as("white pixels where %s flashes, frame %d", item.id(), n).isLessThan(40);
                }
            }
        }
        assertThat(flashes).isGreaterThan(20);
    }

    @Test
    void everyFifthItemIsHeldOut() {
        assertThat(new VideoProbeGenerator(0).generate(4).item().split()).isEqualTo(ProbeSplit.TEST);
        assertThat(new VideoProbeGenerator(0).generate(3).item().split()).isEqualTo(ProbeSplit.TRAIN);
    }

    private static int count(BufferedImage frame, Box b, int rgb) {
        int n = 0;
        for (int y = (int) b.y1() + 1; y < b.y2() - 1; y++) {
            for (int x = (int) b.x1() + 1; x < b.x2() - 1; x++) {
                n += (frame.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    private static double saturation(int rgb) {
        float[] hsb = java.awt.Color.RGBtoHSB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, null);
        return hsb[1];
    }

    private static List<List<Integer>> pixels(List<BufferedImage> frames) {
        List<List<Integer>> all = new ArrayList<>();
        for (BufferedImage f : frames) {
            all.add(Arrays.stream(f.getRGB(0, 0, f.getWidth(), f.getHeight(), null, 0, f.getWidth())).boxed().toList());
        }
        return all;
    }
}
