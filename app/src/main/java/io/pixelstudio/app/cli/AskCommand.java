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
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerSftFormat;
import io.pixelstudio.trace.media.FrameSampler;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.media.MediaResolver;
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
 * is executed, and optionally saving the conversation as a trace the studio opens; {@code --fork}
 * continues an existing trace from an edited zoom box instead.
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

    @Option(names = "--fork", paramLabel = "TRACES", description = "Fork a trace of this file instead: keep its turns up to "
            + "--turn, rewrite that zoom-in with --box, and let the model continue.")
    Path fork;

    @Option(names = "--trace", paramLabel = "ID", description = "With --fork: the trace id.")
    String traceId;

    @Option(names = "--turn", paramLabel = "K", description = "With --fork: the assistant turn holding the zoom-in (0-based).")
    Integer turn;

    @Option(names = "--box", paramLabel = "X1,Y1,X2,Y2", split = ",", description = "With --fork: the edited box, normalized.")
    List<Double> box;

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
            if (fork != null) {
                return fork(profile, o);
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
        return finish(loop.run(task, printer(o), Cancellation.none()), o);
    }

    private int finish(AgentResult result, PrintWriter o) throws IOException {
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

    private int fork(EndpointProfile profile, PrintWriter o) throws IOException {
        if (traceId == null || turn == null || box == null || box.size() != 4) {
            throw new CliUserException("--fork needs --trace ID, --turn K and --box X1,Y1,X2,Y2");
        }
        TraceFormat format = context.formats().detect(fork)
                .orElseThrow(() -> new CliUserException(fork + ": not a trace file this build reads"));
        Trace trace = TraceLookup.find(fork, format, traceId, context.progress());
        MediaResolver resolver = new MediaResolver(fork.toAbsolutePath().getParent());
        ImageLoader images = new ImageLoader();
        Path work = out != null ? out.toAbsolutePath().resolveSibling(baseName(out) + ".media")
                : Files.createTempDirectory("pixelstudio-fork");
        AgentLoop loop = new AgentLoop(EndpointOptions.client(profile), new FolderImageSink(work), !noStream);
        AgentResult result = loop.fork(trace, turn, Box.normalized(box.get(0), box.get(1), box.get(2), box.get(3)),
                images.resolving(resolver), printer(o), Cancellation.none());
        return finish(result, o);
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
