package io.pixelstudio.trace.samples;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.synth.OperationTraceBuilder;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Builds one sample trace with the main-code {@link OperationTraceBuilder} (the same one synthesis
 * uses) under {@link ReplaySettings#TRAINING}: calls written with the reference writer, executed
 * with the reference executors, observations saved under {@code media/crops/}. Zoom boxes are given
 * in original pixels of the file the target image came from (the evidence boxes of the media
 * README). Adds only the sample's own choices: its source name and media paths.
 */
final class SampleTraceBuilder {

    private static final ReplaySettings SETTINGS = ReplaySettings.TRAINING;

    private final OperationTraceBuilder builder;

    private SampleTraceBuilder(OperationTraceBuilder builder) {
        this.builder = builder;
    }

    /** A question about one image of the sample folder. */
    static SampleTraceBuilder image(SampleMedia sample, ObservationImages observations, String id, String path,
                                    String question) {
        return new SampleTraceBuilder(OperationTraceBuilder.image(id, question, path, sample.original(path), SETTINGS,
                observations));
    }

    /** A question about the sample clip, given as its 16 sampled frames. */
    static SampleTraceBuilder video(SampleMedia sample, ObservationImages observations, String id, String question) {
        List<String> paths = sample.framePaths();
        List<BufferedImage> frames = paths.stream().map(sample::original).toList();
        Media.Video video = new Media.Video(SampleMedia.VIDEO, paths, OptionalDouble.of(SampleMedia.VIDEO_FPS),
                SampleMedia.VIDEO_FRAME_COUNT, sample.sampledIndices());
        return new SampleTraceBuilder(OperationTraceBuilder.video(id, question, video, frames, SETTINGS, observations));
    }

    /** See {@link OperationTraceBuilder#zoom(String, int, Box)}. */
    SampleTraceBuilder zoom(String reasoning, int targetImage, Box region) {
        builder.zoom(reasoning, targetImage, region);
        return this;
    }

    /** See {@link OperationTraceBuilder#selectFrames(String, List)}. */
    SampleTraceBuilder selectFrames(String reasoning, Integer... numbers) {
        builder.selectFrames(reasoning, Arrays.asList(numbers));
        return this;
    }

    /** The final assistant turn: reasoning, then the answer in {@code \boxed{}}. */
    SampleTraceBuilder answer(String reasoning, String boxed) {
        builder.answer(reasoning, boxed);
        return this;
    }

    /** The finished trace with its evidence and curation state. */
    Trace build(List<Evidence> evidence, ReviewStatus status, List<String> tags, String note) {
        return builder.build("sample", evidence, new Review(status, tags, note));
    }
}
