package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.media.AlphaMode;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.media.PilRgbConverter;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The question's visuals as the model received them: the images (or video frames) of the prompt —
 * the user turns before the first assistant turn, else the trace's media — converted to RGB and
 * resized by smart_resize. A video's frame list is padded to an even count by repeating the last
 * frame, as qwen-vl-utils does.
 */
record ReplayInputs(VisualState state, List<ImageOrigin> origins) {

    ReplayInputs {
        Objects.requireNonNull(state, "state");
        origins = List.copyOf(origins);
    }

    static ReplayInputs load(Trace trace, ReplaySettings settings, Function<String, BufferedImage> loader) {
        List<String> frames = framePaths(trace);
        boolean video = !frames.isEmpty();
        List<String> paths = video ? frames : imagePaths(trace);
        List<BufferedImage> resized = new ArrayList<>();
        List<ImageOrigin> origins = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            BufferedImage original = Objects.requireNonNull(loader.apply(paths.get(i)), "loader returned null for " + paths.get(i));
            BufferedImage rgb = PilRgbConverter.toRgb(original, AlphaMode.COMPOSITE_RGBA_ON_WHITE);
            ImageSize size = SmartResize.fit(rgb.getWidth(), rgb.getHeight(),
                    video ? settings.videoFrameBounds() : settings.inputBounds());
            resized.add(ImageResampler.resize(rgb, size.width(), size.height()));
            origins.add(ImageOrigin.whole(i, original.getWidth(), original.getHeight()));
        }
        VisualState state = video ? VisualState.ofVideo(resized) : VisualState.ofImages(resized);
        return new ReplayInputs(state, origins);
    }

    /** The question's image paths (empty for a video question). */
    static List<String> imagePaths(Trace trace) {
        return framePaths(trace).isEmpty() ? sources(trace, false) : List.of();
    }

    /** The video's frame paths, padded to an even count as qwen-vl-utils does; empty for an image question. */
    static List<String> framePaths(Trace trace) {
        List<String> frames = sources(trace, true);
        if (frames.size() % 2 == 1) {
            frames.add(frames.get(frames.size() - 1));
        }
        return frames;
    }

    /**
     * The prompt's images or frames: the user turns before the first assistant turn, else the
     * trace's media. {@code frames} picks the first video's frame paths instead of the images.
     */
    private static List<String> sources(Trace trace, boolean frames) {
        List<String> images = new ArrayList<>();
        List<String> video = new ArrayList<>();
        for (Turn turn : trace.turns()) {
            if (turn.role() == Role.ASSISTANT) {
                break;
            }
            if (turn.role() != Role.USER) {
                continue;
            }
            for (Content c : turn.content()) {
                if (c instanceof Content.Image image) {
                    images.add(image.path());
                } else if (c instanceof Content.Video v && video.isEmpty()) {
                    video.addAll(v.framePaths());
                }
            }
        }
        if (images.isEmpty() && video.isEmpty()) {
            for (Media m : trace.media()) {
                if (m instanceof Media.Image image) {
                    images.add(image.path());
                } else if (m instanceof Media.Video v && video.isEmpty()) {
                    video.addAll(v.framePaths());
                }
            }
        }
        return frames ? video : images;
    }
}
