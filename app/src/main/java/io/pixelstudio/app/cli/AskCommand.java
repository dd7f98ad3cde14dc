package io.pixelstudio.app.cli;

import io.pixelstudio.bridge.agent.AgentListener;
import io.pixelstudio.bridge.agent.AgentLoop;
import io.pixelstudio.bridge.agent.AgentResult;
import io.pixelstudio.bridge.agent.AgentTask;
import io.pixelstudio.bridge.agent.FolderImageSink;
import io.pixelstudio.bridge.endpoint.Cancellation;
import io.pixelstudio.bridge.endpoint.ConnectionTest;
import io.pixelstudio.bridge.endpoint.EndpointException;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerSftFormat;
import io.pixelstudio.trace.media.FrameSampler;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.media.SampledFrames;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.progress.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code pixelstudio ask MEDIA QUESTION}: puts a question about an image or video to a served model
 * through the pixel-space reasoning loop, printing the reply as it streams and each zoom box as it
 * is executed, and optionally saving the conversation as a trace the studio opens.
 */
@Command(name = "ask", description = "Ask a served model (OpenAI-compatible endpoint) a question about an image or "
        + "video through the zoom-in / select-frames loop; prints turns live. --test only checks the endpoint.")
final class AskCommand implements Callable<Integer> {

    private static final Set<String> VIDEO_SUFFIXES = Set.of("mp4", "webm", "mkv", "mov", "avi");
    private final CliContext context;

    @Mixin
    EndpointOptions endpoint = new EndpointOptions();

    @Parameters(index = "0", paramLabel = "MEDIA", arity = "0..1", description = "Image or video file.")
    Path media;

    @Parameters(index = "1", paramLabel = "QUESTION", arity = "0..1", description = "The question.")
    String question;

    @Option(names = "--out", paramLabel = "TRACE.json", description = "Save the conversation (Pixel Reasoner SFT JSON).")
    Path out;

    @Option(names = "--no-stream", description = "Wait for whole replies instead of streaming them.")
    boolean noStream;

    @Option(names = "--test", description = "Only test the endpoint: connection, key, model, and that it calls tools.")
    boolean test;

    AskCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        EndpointProfile profile = endpoint.resolve();
        PrintWriter o = context.out();
        try {
            if (test) {
                ConnectionTest.Report report = new ConnectionTest(EndpointOptions.client(profile)).run(Cancellation.none());
                o.println(report.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-') + ": " + report.detail()
                        + report.modelListed().map(l -> l ? "" : " (the server does not list model '" + profile.model() + "')").orElse(""));
                return report.verdict() == ConnectionTest.Verdict.OK ? 0 : 1;
            }
            if (media == null || question == null) {
                throw new CliUserException("give MEDIA and QUESTION (or --test)");
            }
            return ask(profile, o);
        } catch (EndpointException e) {
            throw new CliUserException(e.getMessage());
        }
    }

    private int ask(EndpointProfile profile, PrintWriter o) throws IOException {
        if (!Files.isRegularFile(media)) {
            throw new CliUserException(media + ": no such file");
        }
        Path work = out != null ? out.toAbsolutePath().resolveSibling(baseName(out) + ".media") : Files.createTempDirectory("pixelstudio-ask");
        Media input = mediaOf(work);
        ImageLoader images = new ImageLoader();
        AgentTask task = new AgentTask("ask-" + baseName(media), media.toString(), question, List.of(input), List.of(),
                List.of(), path -> {
                    try {
                        return images.load(Path.of(path));
                    } catch (MediaDecodeException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        AgentLoop loop = new AgentLoop(EndpointOptions.client(profile), new FolderImageSink(work), !noStream);
        AgentResult result = loop.run(task, printer(o), Cancellation.none());
        o.println();
        o.printf(Locale.ROOT, "[%s · %d tool call(s)%s]%n", result.stopReason().name().toLowerCase(Locale.ROOT),
                result.toolCalls(), result.lastTotalTokens() >= 0 ? " · " + result.lastTotalTokens() + " tokens" : "");
        if (out != null) {
            context.formats().require(PixelReasonerSftFormat.ID).write(List.of(result.trace()), out,
                    out.toAbsolutePath().getParent(), ProgressListener.NONE);
            o.println("wrote " + out);
        }
        return 0;
    }

    private Media mediaOf(Path work) throws IOException {
        String name = media.getFileName().toString();
        String suffix = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!VIDEO_SUFFIXES.contains(suffix)) {
            return new Media.Image(media.toAbsolutePath().toString());
        }
        SampledFrames frames = new FrameSampler().sample(media, work.resolve("frames"), FrameSampler.DEFAULT_SAMPLES);
        return Media.Video.ofFrames(frames.files().stream().map(p -> p.toAbsolutePath().toString()).toList());
    }

    private AgentListener printer(PrintWriter o) {
        return new AgentListener() {
            @Override
            public void onDelta(String text) {
                o.print(text);
                o.flush();
            }

            @Override
            public void onTurn(int index, Turn turn, Optional<ReplayStep> step) {
                switch (turn.role()) {
                    case SYSTEM -> { }
                    case USER -> {
                        if (step.isEmpty()) {
                            o.println("user: " + turn.text());
                        } else {
                            o.println();
                            o.println("[observation] " + turn.text().strip() + step.get().boxes()
                                    .map(b -> "  box " + b.normalized() + " of image " + step.get().sourceImage().orElse(1)
                                            + " = original pixels " + b.cutOriginalPixels())
                                    .orElse(""));
                        }
                    }
                    case ASSISTANT -> {
                        if (noStream) {
                            o.println("assistant: " + turn.text());
                        }
                    }
                }
                o.flush();
            }
        };
    }

    private static String baseName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
