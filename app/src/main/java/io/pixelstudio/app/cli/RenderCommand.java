package io.pixelstudio.app.cli;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.ResultTurnTexts;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.TraceReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code pixelstudio render FILE --trace ID --turn K --out PNG}: replays the trace up to turn K as
 * the reference environment would and writes the source image with the zoom box drawn, plus what the
 * model received at its true resolution ({@code OUT-crop.png}, or {@code OUT-frame-N.png} per
 * selected frame).
 */
@Command(name = "render", description = "Render what the model saw at one tool-call turn: the source with the "
        + "box drawn, and the crop or frames exactly as the model received them.")
final class RenderCommand implements Callable<Integer> {

    /**
     * Which of the reference's two resize settings to replay with; AUTO picks the one whose result
     * matches the size the trace's own observation turn states.
     */
    enum Bounds { AUTO, TRAINING, EVAL }

    private final CliContext context;

    @Mixin
    InputOptions input = new InputOptions();

    @Parameters(paramLabel = "FILE", description = "Data file or project folder.")
    Path file;

    @Option(names = "--trace", required = true, paramLabel = "ID", description = "Trace id.")
    String traceId;

    @Option(names = "--turn", required = true, paramLabel = "K",
            description = "Index of the assistant turn holding the tool call (0-based, as validate reports turns).")
    int turn;

    @Option(names = "--out", required = true, paramLabel = "PNG", description = "Output PNG for the annotated source.")
    Path out;

    @Option(names = "--bounds", paramLabel = "SETTING", defaultValue = "AUTO",
            description = "Resize setting of the replay: auto, training or eval. auto uses the setting whose "
                    + "result matches the size stated by the trace's observation turn (training when none does). "
                    + "Default: ${DEFAULT-VALUE}.")
    Bounds bounds;

    RenderCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        TraceFormat format = input.formatFor(file, context.formats());
        Trace trace = TraceLookup.find(file, format, traceId, context.progress());
        Path base = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
        MediaResolver resolver = new MediaResolver(base);
        ImageLoader images = new ImageLoader();
        Map<String, BufferedImage> loaded = new HashMap<>();
        Function<String, BufferedImage> loader = path -> loaded.computeIfAbsent(path, p -> load(resolver, images, p));
        Map<String, ReplaySettings> candidates = bounds == Bounds.AUTO ? ObservedReplay.REFERENCE_SETTINGS
                : Map.of(bounds.name().toLowerCase(Locale.ROOT), settingsOf(bounds));
        ObservedReplay.Result result = ObservedReplay.bestOf(trace, loader, candidates);
        ReplayStep step = stepAtTurn(result.replay());
        Optional<ResultTurnTexts.Observation> stated = ObservedReplay.statedObservation(trace, turn);
        context.out().println("replayed with " + result.name() + " pixel bounds");
        describe(step);
        warnIfDifferent(step, stated);
        writeSource(trace, step, resolver, images);
        writeResult(step);
        return 0;
    }

    private ReplayStep stepAtTurn(TraceReplay.Replay replay) {
        return replay.steps().stream().filter(s -> s.turnIndex() == turn).findFirst()
                .orElseThrow(() -> new CliUserException("trace " + traceId + " has no tool call at turn " + turn
                        + "; tool-call turns: " + replay.steps().stream().map(s -> String.valueOf(s.turnIndex()))
                        .collect(Collectors.joining(", "))));
    }

    private static ReplaySettings settingsOf(Bounds setting) {
        return setting == Bounds.EVAL ? ReplaySettings.EVAL : ReplaySettings.TRAINING;
    }

    private void warnIfDifferent(ReplayStep step, Optional<ResultTurnTexts.Observation> stated) {
        if (stated.isPresent() && !ObservedReplay.reproduces(step, stated.get())) {
            context.out().println("warning: the trace's observation states " + stated.get().width() + "x"
                    + stated.get().height() + ", which this replay does not reproduce");
        }
    }

    private void describe(ReplayStep step) {
        context.out().println("turn " + step.turnIndex() + ": " + step.call().json().strip());
        if (!step.note().isEmpty()) {
            context.out().println("note: " + step.note());
        }
        step.sourceImage().ifPresent(i -> context.out().println("operated on image " + i));
        step.boxes().ifPresent(b -> {
            context.out().println("box normalized:         " + format(b.normalized()));
            context.out().println("box model-input pixels: " + format(b.modelInputPixels()));
            context.out().println("box original pixels:    " + format(b.originalPixels()));
            context.out().println("region cut (original):  " + format(b.cutOriginalPixels()));
        });
        step.result().ifPresent(r -> {
            if (r instanceof OperationResult.Failure failure) {
                context.out().println("execution error: " + failure.errorText().strip());
            } else if (r instanceof OperationResult.Success success) {
                BufferedImage first = success.images().get(0);
                context.out().println("model received " + success.images().size() + " image(s) of "
                        + first.getWidth() + "x" + first.getHeight());
            }
        });
    }

    private void writeSource(Trace trace, ReplayStep step, MediaResolver resolver, ImageLoader images) throws IOException {
        List<String> sources = sourcePaths(trace);
        int index = step.boxes().map(ReplayStep.Boxes::originalSource).orElse(0);
        if (index >= sources.size()) {
            throw new CliUserException("trace " + traceId + " has no source image " + (index + 1));
        }
        BufferedImage source = load(resolver, images, sources.get(index));
        BufferedImage annotated = step.boxes()
                .map(b -> BoxPainter.paint(source, b.originalPixels(), b.cutOriginalPixels(), "turn " + step.turnIndex()))
                .orElse(source);
        writePng(annotated, out);
        context.out().println("wrote " + out);
    }

    private void writeResult(ReplayStep step) throws IOException {
        if (step.result().orElse(null) instanceof OperationResult.Success success) {
            List<BufferedImage> received = success.images();
            String stem = out.getFileName().toString().replaceFirst("(?i)\\.png$", "");
            boolean single = received.size() == 1;
            for (int i = 0; i < received.size(); i++) {
                String name = single ? stem + "-crop.png" : stem + "-frame-" + (i + 1) + ".png";
                Path target = out.resolveSibling(name);
                writePng(received.get(i), target);
                context.out().println("wrote " + target);
            }
        }
    }

    private static List<String> sourcePaths(Trace trace) {
        List<String> paths = new ArrayList<>();
        for (io.pixelstudio.trace.Media media : trace.media()) {
            if (media instanceof io.pixelstudio.trace.Media.Image image) {
                paths.add(image.path());
            } else if (media instanceof io.pixelstudio.trace.Media.Video video) {
                paths.addAll(video.framePaths());
            }
        }
        return paths;
    }

    private static BufferedImage load(MediaResolver resolver, ImageLoader images, String path) {
        try {
            return images.load(resolver.resolve(path));
        } catch (MediaPathException | MediaDecodeException e) {
            throw new CliUserException(e.getMessage());
        }
    }

    private static void writePng(BufferedImage image, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", target.toFile())) {
            throw new UncheckedIOException(new IOException("no PNG writer for " + target));
        }
    }

    private static String format(Box box) {
        return String.format(Locale.ROOT, "[%.4f, %.4f, %.4f, %.4f]", box.x1(), box.y1(), box.x2(), box.y2());
    }
}
