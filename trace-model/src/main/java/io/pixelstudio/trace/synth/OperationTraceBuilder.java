package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.format.pixelreasoner.BoxedAnswer;
import io.pixelstudio.trace.format.pixelreasoner.PromptSuffix;
import io.pixelstudio.trace.format.pixelreasoner.ReferenceSystemPrompt;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.ops.CropExecutor;
import io.pixelstudio.trace.ops.CropGeometry;
import io.pixelstudio.trace.ops.ImageOrigin;
import io.pixelstudio.trace.ops.ImageResampler;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.SelectFramesExecutor;
import io.pixelstudio.trace.ops.SmartResize;
import io.pixelstudio.trace.ops.ToolCallWriter;
import io.pixelstudio.trace.ops.VisualState;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds one trace the way a rollout would have produced it: each assistant turn's tool call is
 * written with {@link ToolCallWriter}, executed with the reference executors under the given
 * {@link ReplaySettings}, and answered by a user turn with the exact observation text and the
 * returned images, stored through an {@link ObservationSink}. The trace starts with the reference
 * system prompt and a user turn holding the question with the {@code vcot} suffix, then the visual.
 *
 * <p>Why one builder: the bundled sample traces and synthesized traces must be produced by the
 * same code path, so that what the sample shows is what synthesis writes, and both replay exactly.
 */
public final class OperationTraceBuilder {

    private final String id;
    private final String question;
    private final List<Media> media;
    private final ObservationSink observations;
    private final CropExecutor crops;
    private final SelectFramesExecutor frames;
    private final List<Turn> turns = new ArrayList<>();
    private final List<ImageOrigin> frameOrigins = new ArrayList<>();
    private final List<ImageOrigin> imageOrigins = new ArrayList<>();
    private VisualState state;
    private OperationResult lastResult;
    private String answer;

    private OperationTraceBuilder(String id, String question, List<Media> media, Content visual, VisualState state,
                                  ReplaySettings settings, ObservationSink observations) {
        this.id = Objects.requireNonNull(id, "id");
        this.question = Objects.requireNonNull(question, "question");
        this.media = List.copyOf(media);
        this.state = state;
        this.observations = Objects.requireNonNull(observations, "observations");
        this.crops = new CropExecutor(settings.cropBounds());
        this.frames = new SelectFramesExecutor(settings.frameBounds());
        turns.add(new Turn(Role.SYSTEM, ReferenceSystemPrompt.ITEMS.stream().<Content>map(Content.Text::new).toList()));
        turns.add(new Turn(Role.USER, List.of(new Content.Text(question + PromptSuffix.VCOT.appended()), visual)));
    }

    /**
     * A question about one image.
     *
     * @param path     the image path as the trace writes it
     * @param original the decoded image (as {@code ImageLoader} returns it)
     */
    public static OperationTraceBuilder image(String id, String question, String path, BufferedImage original,
                                              ReplaySettings settings, ObservationSink observations) {
        Objects.requireNonNull(settings, "settings");
        VisualState state = VisualState.ofImages(List.of(modelInput(original, settings.inputBounds())));
        OperationTraceBuilder builder = new OperationTraceBuilder(id, question, List.of(new Media.Image(path)),
                new Content.Image(path), state, settings, observations);
        builder.imageOrigins.add(ImageOrigin.whole(0, original.getWidth(), original.getHeight()));
        return builder;
    }

    /**
     * A question about a video given as its frame images ({@code video.framePaths()}, decoded in
     * {@code frameImages}). An odd number of frames is padded with the last frame, as the Qwen
     * video processor does, so the model input matches training.
     */
    public static OperationTraceBuilder video(String id, String question, Media.Video video,
                                              List<BufferedImage> frameImages, ReplaySettings settings,
                                              ObservationSink observations) {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(settings, "settings");
        if (frameImages.isEmpty() || frameImages.size() != video.framePaths().size()) {
            throw new IllegalArgumentException("need one decoded image per frame path: " + frameImages.size()
                    + " images, " + video.framePaths().size() + " paths");
        }
        List<BufferedImage> padded = new ArrayList<>(frameImages);
        if (padded.size() % 2 == 1) {
            padded.add(padded.get(padded.size() - 1));
        }
        List<BufferedImage> resized = new ArrayList<>();
        List<ImageOrigin> origins = new ArrayList<>();
        for (int i = 0; i < padded.size(); i++) {
            BufferedImage frame = padded.get(i);
            resized.add(modelInput(frame, settings.videoFrameBounds()));
            origins.add(ImageOrigin.whole(i, frame.getWidth(), frame.getHeight()));
        }
        OperationTraceBuilder builder = new OperationTraceBuilder(id, question, List.of(video),
                new Content.Video(video.framePaths()), VisualState.ofVideo(resized), settings, observations);
        builder.frameOrigins.addAll(origins);
        return builder;
    }

    /** {@code image} resized for the model within {@code bounds} (smart_resize, Pillow bicubic). */
    public static BufferedImage modelInput(BufferedImage image, PixelBounds bounds) {
        ImageSize size = SmartResize.fit(image.getWidth(), image.getHeight(), bounds);
        return ImageResampler.resize(image, size.width(), size.height());
    }

    /**
     * An assistant turn reasoning then zooming into {@code region} (original pixels of the file
     * {@code targetImage} came from; of image 1 when the index names no image, for a call the
     * reference will refuse), and the observation turn the reference answered with.
     */
    public OperationTraceBuilder zoom(String reasoning, int targetImage, Box region) {
        ImageOrigin origin = originOf(targetImage);
        ImageOrigin within = origin != null ? origin : imageOrigins.isEmpty() ? frameOrigins.get(0) : imageOrigins.get(0);
        return zoomNormalized(reasoning, targetImage, normalizedWithin(region, within));
    }

    /** An assistant turn zooming with exactly this normalized {@code bbox_2d}, and its observation. */
    public OperationTraceBuilder zoomNormalized(String reasoning, int targetImage, Box normalized) {
        ImageOrigin origin = originOf(targetImage);
        VisualOperation.ZoomIn zoom = new VisualOperation.ZoomIn(targetImage, normalized);
        assistant(reasoning + "\n\n" + ToolCallWriter.write(zoom));
        CropExecutor.Outcome outcome = crops.execute(state, zoom);
        if (outcome.result() instanceof OperationResult.Success && origin != null) {
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
    public OperationTraceBuilder selectFrames(String reasoning, List<Integer> numbers) {
        VisualOperation.SelectFrames select = new VisualOperation.SelectFrames(numbers);
        assistant(reasoning + "\n\n" + ToolCallWriter.write(select));
        OperationResult result = frames.execute(state, select);
        if (result instanceof OperationResult.Success) {
            select.frames().forEach(n -> imageOrigins.add(frameOrigins.get(n - 1)));
        }
        observe(result, "frame");
        return this;
    }

    /** The final assistant turn: reasoning, then the answer in {@code \boxed{}}. */
    public OperationTraceBuilder answer(String reasoning, String boxed) {
        this.answer = Objects.requireNonNull(boxed, "boxed");
        assistant(reasoning + "\n\n\\boxed{" + boxed + "}");
        return this;
    }

    /**
     * The final assistant turn with exactly {@code text}, which must end its reasoning with the
     * answer in {@code \boxed{}}: {@code boxed} is what that box holds.
     */
    public OperationTraceBuilder answerText(String text, String boxed) {
        Objects.requireNonNull(text, "text");
        this.answer = Objects.requireNonNull(boxed, "boxed");
        if (!BoxedAnswer.last(text).map(boxed::equals).orElse(false)) {
            throw new IllegalArgumentException("the final turn's last \\boxed{} must hold '" + boxed + "': " + text);
        }
        assistant(text);
        return this;
    }

    /** The result of the last tool call, or null before any. */
    public OperationResult lastResult() {
        return lastResult;
    }

    /** The finished trace with its evidence and curation state. */
    public Trace build(String source, List<Evidence> evidence, Review review) {
        if (answer == null) {
            throw new IllegalStateException("trace " + id + " has no final answer");
        }
        return new Trace(id, source, question, media, List.of(answer), evidence, turns, review, Extras.empty());
    }

    private void assistant(String text) {
        turns.add(Turn.text(Role.ASSISTANT, text));
    }

    private void observe(OperationResult result, String kind) {
        lastResult = result;
        List<Content> content = new ArrayList<>();
        content.add(new Content.Text(result.observationText()));
        if (result instanceof OperationResult.Success success) {
            int turn = turns.size() - 1;
            for (int i = 0; i < success.images().size(); i++) {
                String name = fileStem(id) + "-t" + turn + "-" + kind + (success.images().size() > 1 ? "-" + (i + 1) : "");
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

    /** {@code id} with every character other than letters, digits, '.', '_' and '-' replaced by '_'. */
    static String fileStem(String id) {
        String stem = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return stem.isEmpty() || stem.startsWith(".") ? "_" + stem : stem;
    }

    /**
     * {@code region} (original pixels) as a fraction of {@code origin}'s region, rounded outward to
     * three decimals and kept below 1 (a value of 1 would make the reference read the box as pixels).
     */
    public static Box normalizedWithin(Box region, ImageOrigin origin) {
        if (region.convention() != BoxConvention.ORIGINAL_PIXELS) {
            throw new IllegalArgumentException("zoom regions are given in ORIGINAL_PIXELS, got " + region.convention());
        }
        Box r = origin.region();
        return Box.normalized(down((region.x1() - r.x1()) / r.width()), down((region.y1() - r.y1()) / r.height()),
                up((region.x2() - r.x1()) / r.width()), up((region.y2() - r.y1()) / r.height()));
    }

    /** {@code v} rounded down to three decimals, at least 0. */
    static double down(double v) {
        return Math.max(0.0, Math.floor(v * 1000 + 1e-9) / 1000);
    }

    /** {@code v} rounded up to three decimals, at most 0.999. */
    static double up(double v) {
        return Math.min(0.999, Math.ceil(v * 1000 - 1e-9) / 1000);
    }
}
