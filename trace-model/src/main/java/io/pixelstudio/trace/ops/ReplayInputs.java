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
        List<String> images = new ArrayList<>();
        List<String> frames = new ArrayList<>();
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
                } else if (c instanceof Content.Video video && frames.isEmpty()) {
                    frames.addAll(video.framePaths());
                }
            }
        }
        if (images.isEmpty() && frames.isEmpty()) {
            for (Media m : trace.media()) {
                if (m instanceof Media.Image image) {
                    images.add(image.path());
                } else if (m instanceof Media.Video video && frames.isEmpty()) {
                    frames.addAll(video.framePaths());
                }
            }
        }
        boolean video = !frames.isEmpty();
        List<String> paths = video ? frames : images;
        if (video && paths.size() % 2 == 1) {
            paths.add(paths.get(paths.size() - 1));
        }
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
}
