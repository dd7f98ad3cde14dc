package io.pixelstudio.app.video;

import io.pixelstudio.app.testing.SampleData;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bundled traffic clip and its 16 frame images, and how to read its traffic light. */
final class SampleFrames {

    static final Path MEDIA = SampleData.media();
    static final Path VIDEO = MEDIA.resolve("traffic.mp4");
    /** The light is red in source frames 0-39 and green from 40 (assets/sample/media/README.md). */
    static final int LAST_RED = 39;
    /** Centres of the two lamps inside the light housing [72, 36, 106, 102], original pixels. */
    static final int LAMP_X = 89;
    static final int RED_LAMP_Y = 53;
    static final int GREEN_LAMP_Y = 83;

    private SampleFrames() {
    }

    /** The 16 frame images in select_frames order (#1..#16). */
    static List<Path> frameFiles() {
        try (Stream<Path> files = Files.list(MEDIA.resolve("traffic_frames"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jpg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        return r > 180 && g < 110;
    }

    static boolean isGreen(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        return g > 170 && r < 110;
    }

    /** "red" or "green" by the lamps at the given scale of the 640x360 frame, "unclear" otherwise. */
    static String light(BufferedImage frame, double scale) {
        int x = (int) Math.round(LAMP_X * scale);
        boolean red = isRed(frame.getRGB(x, (int) Math.round(RED_LAMP_Y * scale)));
        boolean green = isGreen(frame.getRGB(x, (int) Math.round(GREEN_LAMP_Y * scale)));
        if (red == green) {
            return "unclear";
        }
        return red ? "red" : "green";
    }
}
