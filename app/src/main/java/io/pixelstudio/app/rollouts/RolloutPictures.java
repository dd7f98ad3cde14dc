package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.viewer.FxImages;
import io.pixelstudio.app.viewer.ThumbnailScaling;
import io.pixelstudio.app.viewer.ZoomBoxOverlay;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.rollout.heatmap.ZoomRegions;
import javafx.scene.image.Image;

import java.awt.image.BufferedImage;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds what a card or the heatmap draws for a rollout, off the UI thread: the question's first
 * image (resolved against the dump's folder as the importer wrote its path; decoded once and kept
 * as a small preview for the last few images) and the rollout's zoom boxes in original pixels from
 * its replay ({@link ObservedReplay#bestOf}, exactly as the main viewer replays). When the replay
 * cannot run, the regions {@link ZoomRegions} reads from the calls are drawn instead and the reason
 * is kept; a missing image is a message, never an exception.
 */
public final class RolloutPictures {

    /** Longer side of the preview kept per image. */
    static final int PREVIEW_SIDE = 960;
    private static final int CACHED_IMAGES = 6;

    private final ImageLoader images;
    private final Map<Path, Source> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Source> eldest) {
            return size() > CACHED_IMAGES;
        }
    };

    public RolloutPictures(ImageLoader images) {
        this.images = Objects.requireNonNull(images, "images");
    }

    /**
     * A picture for {@code trace} (may be absent: the rollout had none).
     *
     * @param mediaFolder where relative image paths resolve
     */
    public Picture picture(Optional<Trace> trace, Path mediaFolder) {
        Picture image = image(trace, mediaFolder);
        if (image.preview().isEmpty()) {
            return image;
        }
        Trace t = trace.orElseThrow();
        String path = firstImage(t).orElseThrow();
        MediaResolver resolver = new MediaResolver(mediaFolder);
        List<ZoomBoxOverlay.StepBox> boxes;
        String replayProblem = "";
        try {
            Path file = resolver.resolveLocal(path).orElseThrow();
            BufferedImage original = source(file).original(images, file);
            Function<String, BufferedImage> others = images.resolving(resolver);
            var replay = ObservedReplay.bestOf(t, p -> p.equals(path) ? original : others.apply(p),
                    ObservedReplay.REFERENCE_SETTINGS);
            boxes = ZoomBoxOverlay.fromReplay(replay.replay(), 0);
        } catch (RuntimeException | MediaDecodeException | MediaPathException e) {
            replayProblem = e.getMessage() == null ? e.toString() : e.getMessage();
            boxes = requested(t, image.width(), image.height());
        }
        return new Picture(image.preview(), image.width(), image.height(), boxes, Problem.NONE, replayProblem);
    }

    /** The trace's first image without boxes (the heatmap's background), or why there is none. */
    public Picture image(Optional<Trace> trace, Path mediaFolder) {
        if (trace.isEmpty()) {
            return Picture.problem(Problem.NO_TRACE, "");
        }
        Optional<String> path = firstImage(trace.get());
        if (path.isEmpty()) {
            return Picture.problem(Problem.NO_IMAGE, "");
        }
        MediaResolver resolver = new MediaResolver(mediaFolder);
        Path file;
        try {
            Optional<Path> local = resolver.resolveLocal(path.get());
            if (local.isEmpty() || !Files.isRegularFile(local.get())) {
                return Picture.problem(Problem.IMAGE_MISSING, path.get());
            }
            file = local.get();
        } catch (MediaPathException e) {
            return Picture.problem(Problem.IMAGE_MISSING, path.get() + ": " + e.getMessage());
        }
        try {
            Source source = source(file);
            return new Picture(Optional.of(source.preview()), source.width(), source.height(), List.of(), Problem.NONE,
                    "");
        } catch (MediaDecodeException e) {
            return Picture.problem(Problem.IMAGE_MISSING, file + ": " + e.getMessage());
        }
    }

    private static Optional<String> firstImage(Trace trace) {
        return trace.media().stream().filter(Media.Image.class::isInstance).map(Media.Image.class::cast)
                .map(Media.Image::path).findFirst();
    }

    private Source source(Path file) throws MediaDecodeException {
        synchronized (cache) {
            Source cached = cache.get(file);
            if (cached != null) {
                return cached;
            }
        }
        BufferedImage original = images.load(file);
        BufferedImage small = ThumbnailScaling.toLongerSide(original, PREVIEW_SIDE, BufferedImage.TYPE_INT_RGB);
        Source source = new Source(FxImages.toFx(small), original.getWidth(), original.getHeight(),
                new SoftReference<>(original));
        synchronized (cache) {
            cache.put(file, source);
        }
        return source;
    }

    private static List<ZoomBoxOverlay.StepBox> requested(Trace trace, int width, int height) {
        List<ZoomBoxOverlay.StepBox> out = new ArrayList<>();
        List<Box> cuts = ZoomRegions.cutsOnFirstImage(trace);
        for (int i = 0; i < cuts.size(); i++) {
            Box b = cuts.get(i);
            Box px = new Box(b.x1() * width, b.y1() * height, b.x2() * width, b.y2() * height,
                    BoxConvention.ORIGINAL_PIXELS);
            out.add(new ZoomBoxOverlay.StepBox(i + 1, -1, px, px, false));
        }
        return out;
    }

    /** Why a picture has no image. */
    public enum Problem { NONE, NO_TRACE, NO_IMAGE, IMAGE_MISSING }

    /**
     * What to draw.
     *
     * @param preview       the image, at most {@link #PREVIEW_SIDE} on its longer side
     * @param width         the original image's width in pixels (boxes are in original pixels)
     * @param height        the original image's height
     * @param boxes         the rollout's zooms on the image
     * @param problem       why there is no image, or {@link Problem#NONE}
     * @param detail        the missing path, or why the replay failed (boxes then from the calls as written)
     */
    public record Picture(Optional<Image> preview, int width, int height, List<ZoomBoxOverlay.StepBox> boxes,
                          Problem problem, String detail) {

        public Picture {
            Objects.requireNonNull(preview, "preview");
            boxes = List.copyOf(boxes);
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(detail, "detail");
        }

        static Picture problem(Problem problem, String detail) {
            return new Picture(Optional.empty(), 0, 0, List.of(), problem, detail);
        }
    }

    /** A decoded image: its preview, its size, and the full image while memory allows. */
    private record Source(Image preview, int width, int height, SoftReference<BufferedImage> full) {

        BufferedImage original(ImageLoader loader, Path file) throws MediaDecodeException {
            BufferedImage kept = full.get();
            return kept != null ? kept : loader.load(file);
        }
    }
}
