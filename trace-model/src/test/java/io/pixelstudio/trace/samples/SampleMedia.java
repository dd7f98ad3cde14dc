package io.pixelstudio.trace.samples;

import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sample media as the traces reference them (paths relative to {@code assets/sample}) and as
 * decoded with {@link ImageLoader}, as a replay loads them.
 */
final class SampleMedia {

    static final String STREET = "media/street.jpg";
    static final String SHELF = "media/shelf.jpg";
    static final String CHART = "media/chart.jpg";
    static final String VIDEO = "media/traffic.mp4";
    static final String FRAMES_DIR = "media/traffic_frames";
    static final double VIDEO_FPS = 25.0;
    static final int VIDEO_FRAME_COUNT = 75;

    private static final Pattern FRAME_NAME = Pattern.compile("traffic_(\\d+)_f(\\d+)\\.jpg");

    private final Path sampleDir;
    private final MediaResolver resolver;
    private final ImageLoader loader = new ImageLoader();

    SampleMedia(Path sampleDir) {
        this.sampleDir = Objects.requireNonNull(sampleDir, "sampleDir").toAbsolutePath().normalize();
        this.resolver = new MediaResolver(this.sampleDir);
    }

    Path sampleDir() {
        return sampleDir;
    }

    /** The file {@code path} (relative to the sample folder) decoded as RGB. */
    BufferedImage original(String path) {
        try {
            return loader.load(resolver.resolve(path));
        } catch (IOException | MediaPathException e) {
            throw new IllegalStateException("cannot load sample media " + path + ": " + e.getMessage(), e);
        }
    }


    /** The 16 sampled frame images of the clip, in order, as paths relative to the sample folder. */
    List<String> framePaths() {
        return frames().stream().map(SampledFrame::path).toList();
    }

    /** The 0-based source frame index of every sampled frame, read from the file names. */
    List<Integer> sampledIndices() {
        return frames().stream().map(SampledFrame::sourceIndex).toList();
    }

    private record SampledFrame(int number, int sourceIndex, String path) {
    }

    private List<SampledFrame> frames() {
        try (Stream<Path> files = Files.list(sampleDir.resolve(FRAMES_DIR))) {
            List<SampledFrame> frames = files.map(p -> p.getFileName().toString())
                    .map(FRAME_NAME::matcher)
                    .filter(Matcher::matches)
                    .map(m -> new SampledFrame(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            FRAMES_DIR + "/" + m.group()))
                    .sorted((a, b) -> Integer.compare(a.number(), b.number()))
                    .toList();
            if (frames.size() != 16) {
                throw new IllegalStateException("expected 16 sampled frames in " + FRAMES_DIR + ", found " + frames.size());
            }
            return frames;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
