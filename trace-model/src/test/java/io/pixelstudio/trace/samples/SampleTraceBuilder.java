package io.pixelstudio.trace.samples;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.format.pixelreasoner.PromptSuffix;
import io.pixelstudio.trace.format.pixelreasoner.ReferenceSystemPrompt;
import io.pixelstudio.trace.ops.CropExecutor;
import io.pixelstudio.trace.ops.CropGeometry;
import io.pixelstudio.trace.ops.ImageOrigin;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.SelectFramesExecutor;
import io.pixelstudio.trace.ops.ToolCallWriter;
import io.pixelstudio.trace.ops.VisualState;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Builds one sample trace the way a rollout would have produced it: each assistant turn's tool call
 * is written with {@link ToolCallWriter}, executed with the reference executors under
 * {@link ReplaySettings#TRAINING} bounds, and answered by a user turn with the exact observation
 * text and the returned images, saved to disk. Zoom boxes are given in original pixels of the file
 * the target image came from (the evidence boxes of the media README) and converted to the
 * normalized {@code bbox_2d} a model writes, rounded outward to three decimals.
 */
final class SampleTraceBuilder {

    private static final ReplaySettings SETTINGS = ReplaySettings.TRAINING;

    private final String id;
    private final String question;
    private final List<Media> media;
    private final ObservationImages observations;
    private final List<Turn> turns = new ArrayList<>();
    private final List<ImageOrigin> frameOrigins = new ArrayList<>();
    private final List<ImageOrigin> imageOrigins = new ArrayList<>();
    private final CropExecutor crops = new CropExecutor(SETTINGS.cropBounds());
    private final SelectFramesExecutor frames = new SelectFramesExecutor(SETTINGS.frameBounds());
    private VisualState state;
    private String answer;

    private SampleTraceBuilder(String id, String question, List<Media> media, Content visual, VisualState state,
                               ObservationImages observations) {
        this.id = Objects.requireNonNull(id, "id");
        this.question = Objects.requireNonNull(question, "question");
        this.media = List.copyOf(media);
        this.state = state;
        this.observations = observations;
        turns.add(new Turn(Role.SYSTEM, ReferenceSystemPrompt.ITEMS.stream().<Content>map(Content.Text::new).toList()));
        turns.add(new Turn(Role.USER, List.of(new Content.Text(question + PromptSuffix.VCOT.appended()), visual)));
    }

    /** A question about one image of the sample folder. */
    static SampleTraceBuilder image(SampleMedia sample, ObservationImages observations, String id, String path,
                                    String question) {
        BufferedImage original = sample.original(path);
        VisualState state = VisualState.ofImages(List.of(SampleMedia.modelInput(original, SETTINGS.inputBounds())));
        SampleTraceBuilder builder = new SampleTraceBuilder(id, question, List.of(new Media.Image(path)),
                new Content.Image(path), state, observations);
        builder.imageOrigins.add(ImageOrigin.whole(0, original.getWidth(), original.getHeight()));
        return builder;
    }

    /** A question about the sample clip, given as its 16 sampled frames. */
    static SampleTraceBuilder video(SampleMedia sample, ObservationImages observations, String id, String question) {
        List<String> paths = new ArrayList<>(sample.framePaths());
        if (paths.size() % 2 == 1) {
            paths.add(paths.get(paths.size() - 1));
        }
        List<BufferedImage> resized = new ArrayList<>();
        List<ImageOrigin> origins = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            BufferedImage frame = sample.original(paths.get(i));
            resized.add(SampleMedia.modelInput(frame, SETTINGS.videoFrameBounds()));
            origins.add(ImageOrigin.whole(i, frame.getWidth(), frame.getHeight()));
        }
        Media.Video video = new Media.Video(SampleMedia.VIDEO, sample.framePaths(), OptionalDouble.of(SampleMedia.VIDEO_FPS),
                SampleMedia.VIDEO_FRAME_COUNT, sample.sampledIndices());
        SampleTraceBuilder builder = new SampleTraceBuilder(id, question, List.of(video),
                new Content.Video(sample.framePaths()), VisualState.ofVideo(resized), observations);
        builder.frameOrigins.addAll(origins);
        return builder;
    }

    /**
     * An assistant turn reasoning then zooming into {@code region} (original pixels of the file
     * {@code targetImage} came from; of image 1 when the index names no image, for a call the
     * reference will refuse), and the observation turn the reference answered with.
     */
    SampleTraceBuilder zoom(String reasoning, int targetImage, Box region) {
        ImageOrigin origin = originOf(targetImage);
        VisualOperation.ZoomIn zoom = new VisualOperation.ZoomIn(targetImage, normalizedWithin(region,
                origin == null ? imageOrigins.isEmpty() ? frameOrigins.get(0) : imageOrigins.get(0) : origin));
        assistant(reasoning + "\n\n" + ToolCallWriter.write(zoom));
        CropExecutor.Outcome outcome = crops.execute(state, zoom);
        if (outcome.result() instanceof OperationResult.Success success) {
            CropGeometry g = outcome.geometry();
            int w = outcome.source().getWidth();
            int h = outcome.source().getHeight();
            imageOrigins.add(origin.crop(Box.normalized((double) g.left() / w, (double) g.top() / h,
                    (double) g.right() / w, (double) g.bottom() / h)));
        }
        observe(outcome.result(), "crop");
        return this;
    }

    /** An assistant turn reasoning then selecting {@code numbers} (1-based) of the video, and its observation. */
    SampleTraceBuilder selectFrames(String reasoning, Integer... numbers) {
        VisualOperation.SelectFrames select = new VisualOperation.SelectFrames(Arrays.asList(numbers));
        assistant(reasoning + "\n\n" + ToolCallWriter.write(select));
        OperationResult result = frames.execute(state, select);
        if (result instanceof OperationResult.Success) {
            select.frames().forEach(n -> imageOrigins.add(frameOrigins.get(n - 1)));
        }
        observe(result, "frame");
        return this;
    }

    /** The final assistant turn: reasoning, then the answer in {@code \boxed{}}. */
    SampleTraceBuilder answer(String reasoning, String boxed) {
        this.answer = Objects.requireNonNull(boxed, "boxed");
        assistant(reasoning + "\n\n\\boxed{" + boxed + "}");
        return this;
    }

    /** The finished trace with its evidence and curation state. */
    Trace build(List<Evidence> evidence, ReviewStatus status, List<String> tags, String note) {
        if (answer == null) {
            throw new IllegalStateException("trace " + id + " has no final answer");
        }
        return new Trace(id, "sample", question, media, List.of(answer), evidence, turns,
                new Review(status, tags, note), Extras.empty());
    }

    private void assistant(String text) {
        turns.add(Turn.text(Role.ASSISTANT, text));
    }

    private void observe(OperationResult result, String kind) {
        List<Content> content = new ArrayList<>();
        content.add(new Content.Text(result.observationText()));
        if (result instanceof OperationResult.Success success) {
            int turn = turns.size() - 1;
            for (int i = 0; i < success.images().size(); i++) {
                String name = id + "-t" + turn + "-" + kind + (success.images().size() > 1 ? "-" + (i + 1) : "");
                content.add(new Content.Image(observations.save(success.images().get(i), name)));
            }
            state = state.plus(success.images());
        }
        turns.add(new Turn(Role.USER, content));
    }

    /** Where image {@code target} (1-based, as the reference counts) came from, or null when there is none. */
    private ImageOrigin originOf(int target) {
        if (state.video() && state.images().isEmpty()) {
            return target >= 1 && target <= frameOrigins.size() ? frameOrigins.get(target - 1) : null;
        }
        int index = state.video() ? target - 2 : target - 1;
        return index >= 0 && index < imageOrigins.size() ? imageOrigins.get(index) : null;
    }

    /** {@code region} as a fraction of {@code origin}'s region, rounded outward to three decimals. */
    static Box normalizedWithin(Box region, ImageOrigin origin) {
        if (region.convention() != BoxConvention.ORIGINAL_PIXELS) {
            throw new IllegalArgumentException("zoom regions are given in ORIGINAL_PIXELS, got " + region.convention());
        }
        Box r = origin.region();
        return Box.normalized(down((region.x1() - r.x1()) / r.width()), down((region.y1() - r.y1()) / r.height()),
                up((region.x2() - r.x1()) / r.width()), up((region.y2() - r.y1()) / r.height()));
    }

    private static double down(double v) {
        return Math.max(0.0, Math.floor(v * 1000 + 1e-9) / 1000);
    }

    private static double up(double v) {
        return Math.min(0.999, Math.ceil(v * 1000 - 1e-9) / 1000);
    }
}
