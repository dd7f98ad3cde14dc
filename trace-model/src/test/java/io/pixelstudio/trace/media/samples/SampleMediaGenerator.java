package io.pixelstudio.trace.media.samples;

import io.pixelstudio.trace.media.FrameSampler;
import io.pixelstudio.trace.media.SampledFrames;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Generates the sample media once. {@code images <assetsDir> <framesDir>} writes the three photos
 * and the clip's frames as PNG (encode them with ffmpeg, see assets/sample/media/README.md);
 * {@code sample <video> <outDir>} writes the 16 sampled frames; both print the detail boxes.
 */
public final class SampleMediaGenerator {

    private SampleMediaGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("images")) {
            images(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 3 && args[0].equals("sample")) {
            sample(Path.of(args[1]), Path.of(args[2]));
        } else {
            throw new IllegalArgumentException("usage: images <assetsDir> <framesDir> | sample <video> <outDir>");
        }
    }

    private static void images(Path assets, Path frames) throws IOException {
        Files.createDirectories(assets);
        Files.createDirectories(frames);
        write(StreetScene.draw(), assets.resolve("street.jpg"), 0.86f);
        write(ShelfScene.draw(), assets.resolve("shelf.jpg"), 0.86f);
        write(ChartScene.draw(), assets.resolve("chart.jpg"), 0.92f);
        for (int f = 0; f < TrafficClip.FRAMES; f++) {
            ImageIO.write(TrafficClip.frame(f).image, "png", frames.resolve(String.format(Locale.ROOT, "f%03d.png", f)).toFile());
        }
    }

    private static void write(Canvas canvas, Path file, float quality) throws IOException {
        canvas.writeJpeg(file, quality);
        System.out.printf("%s %dx%d %d bytes%n%s", file.getFileName(), canvas.image.getWidth(),
                canvas.image.getHeight(), Files.size(file), canvas.describeDetails());
    }

    private static void sample(Path video, Path out) throws IOException {
        SampledFrames sampled = new FrameSampler().sample(video, out, FrameSampler.DEFAULT_SAMPLES);
        for (int k = 0; k < sampled.frameIndices().size(); k++) {
            int index = sampled.frameIndices().get(k);
            Rectangle phone = TrafficClip.phoneBox(index);
            System.out.printf("#%02d frame %2d light=%s phone=%s%n", k + 1, index,
                    index >= TrafficClip.GREEN_FROM ? "green" : "red",
                    phone == null ? "-" : (phone.x + "," + phone.y + "," + (phone.x + phone.width) + "," + (phone.y + phone.height)));
        }
    }
}
