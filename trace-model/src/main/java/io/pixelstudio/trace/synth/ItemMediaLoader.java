package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.media.FrameSampler;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.SampledFrames;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Decodes an item's media and says how a trace written for {@code mediaBase} refers to it: paths
 * inside the base become relative ({@code /}-separated), others stay absolute. A video file is
 * sampled into {@value FrameSampler#DEFAULT_SAMPLES} frames under {@code synth-frames/<name>/} of
 * the base, since the reference format holds videos as frame images.
 */
final class ItemMediaLoader {

    /** Folder of the base that sampled video frames are written to. */
    static final String FRAMES_FOLDER = "synth-frames";

    private final Path mediaBase;
    private final ImageLoader images;

    ItemMediaLoader(Path mediaBase, ImageLoader images) {
        this.mediaBase = Objects.requireNonNull(mediaBase, "mediaBase").toAbsolutePath().normalize();
        this.images = Objects.requireNonNull(images, "images");
    }

    /** A decoded image and its path as the trace writes it. */
    record LoadedImage(String path, BufferedImage image) {
    }

    /** A video as the trace writes it and its decoded frames. */
    record LoadedVideo(Media.Video video, List<BufferedImage> frames) {
    }

    LoadedImage image(AnnotatedMedia.Image image) throws IOException {
        return new LoadedImage(written(image.file()), images.load(image.file()));
    }

    LoadedVideo video(AnnotatedMedia media) throws IOException {
        List<Path> files;
        Media.Video video;
        if (media instanceof AnnotatedMedia.VideoFile file) {
            String name = OperationTraceBuilder.fileStem(file.file().getFileName().toString());
            SampledFrames sampled = new FrameSampler().sample(file.file(),
                    mediaBase.resolve(FRAMES_FOLDER).resolve(name), FrameSampler.DEFAULT_SAMPLES);
            files = sampled.files();
            video = new Media.Video(written(file.file()), files.stream().map(this::written).toList(),
                    OptionalDouble.of(sampled.info().averageFps()), sampled.info().frameCount(), sampled.frameIndices());
        } else {
            files = media instanceof AnnotatedMedia.FrameFolder folder ? frameFiles(folder.folder())
                    : ((AnnotatedMedia.FrameFiles) media).files();
            video = Media.Video.ofFrames(files.stream().map(this::written).toList());
        }
        List<BufferedImage> frames = new ArrayList<>();
        for (Path file : files) {
            frames.add(images.load(file));
        }
        return new LoadedVideo(video, frames);
    }

    /** {@code file} as a trace written for the media base refers to it. */
    String written(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(mediaBase)) {
            return mediaBase.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    private static List<Path> frameFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("frame folder " + folder + " does not exist");
        }
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> files = list.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png");
            }).sorted().toList();
            if (files.isEmpty()) {
                throw new IOException("frame folder " + folder + " holds no .jpg, .jpeg or .png frames");
            }
            return files;
        }
    }
}
