package io.pixelstudio.app.cli;

import io.pixelstudio.bridge.agent.AgentLoop;
import io.pixelstudio.bridge.agent.FolderImageSink;
import io.pixelstudio.bridge.endpoint.Cancellation;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.bridge.evalrun.RetryPolicy;
import io.pixelstudio.bridge.probe.ProbeBatch;
import io.pixelstudio.bridge.probe.ProbeKind;
import io.pixelstudio.bridge.probe.ProbeReport;
import io.pixelstudio.bridge.probe.Prober;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.importer.ImportOptions;
import io.pixelstudio.trace.eval.importer.StudioPredictionsFormat;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.progress.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * {@code pixelstudio probe PRED|TRACES --endpoint … --kinds mask,shift,random,full}: re-asks each
 * trace from its zoom-in with the cut region altered and reports, per kind, the share of answers
 * that change — how much the answers depend on the pixels the model looked at.
 */
@Command(name = "probe", description = "Counterfactual probing: re-ask traces from a zoom-in with the crop masked, "
        + "shifted, swapped for a random region or replaced by the full image; report how often the answer changes.")
final class ProbeCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    EndpointOptions endpoint = new EndpointOptions();

    @Parameters(paramLabel = "PRED|TRACES", description = "Studio predictions (from eval) or any trace file the CLI reads.")
    Path input;

    @Option(names = "--kinds", paramLabel = "KINDS", defaultValue = "mask,shift,random,full", split = ",",
            description = "Probe kinds: mask, shift, random, full. Default: ${DEFAULT-VALUE}.")
    List<String> kinds;

    @Option(names = "--turn", paramLabel = "K",
            description = "Assistant turn holding the zoom-in (0-based, as validate reports turns); default: each trace's first zoom-in.")
    Integer turn;

    @Option(names = "--out", required = true, paramLabel = "REPORT.jsonl", description = "Probe report to write.")
    Path out;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8", description = "Probes in flight. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--probe-seed", paramLabel = "N", defaultValue = "0", description = "Seed of the random-region probe.")
    long seed;

    ProbeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        List<ProbeKind> chosen;
        try {
            chosen = kinds.stream().map(ProbeKind::fromId).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw new CliUserException(e.getMessage());
        }
        EndpointProfile profile = endpoint.resolve();
        List<Trace> traces = traces();
        if (traces.isEmpty()) {
            throw new CliUserException(input + ": no traces to probe");
        }
        AgentLoop loop = new AgentLoop(EndpointOptions.client(profile),
                new FolderImageSink(out.toAbsolutePath().resolveSibling(out.getFileName() + ".media")), false);
        ProbeBatch batch = new ProbeBatch(new Prober(loop, seed), concurrency, RetryPolicy.DEFAULT, d -> Thread.sleep(d.toMillis()));
        ProgressListener progress = context.progress();
        progress.start("probing", (long) traces.size() * chosen.size());
        AtomicInteger done = new AtomicInteger();
        ProbeReport report = batch.run(traces, chosen, turn == null ? OptionalInt.empty() : OptionalInt.of(turn),
                loader(), o -> progress.progress(done.incrementAndGet()), new Cancellation());
        progress.finish();
        report.write(out);
        TextTable table = new TextTable("probe", "probed", "answer changed", "share", "skipped");
        report.summary().values().forEach(s -> table.row(s.kind().id(), s.probed(), s.changed(),
                s.probed() == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * s.changedShare()), s.skipped()));
        table.print(context.out());
        context.out().println("wrote " + out);
        return 0;
    }

    private List<Trace> traces() throws IOException {
        StudioPredictionsFormat predictions = new StudioPredictionsFormat();
        if (predictions.canRead(input)) {
            var set = predictions.read(input, ImportOptions.defaults());
            set.findings().forEach(f -> context.err().println(f));
            return set.predictions().stream().map(Prediction::trace).flatMap(java.util.Optional::stream).toList();
        }
        TraceFormat format = context.formats().detect(input).orElseThrow(() -> new CliUserException(input
                + ": neither studio predictions nor a trace file this build reads (" + context.formats().ids() + ")"));
        ReadResult read = format.read(input, ProgressListener.NONE);
        read.findings().forEach(f -> context.err().println(f));
        return read.traces();
    }

    private Function<String, BufferedImage> loader() {
        MediaResolver resolver = new MediaResolver(input.toAbsolutePath().getParent());
        ImageLoader images = new ImageLoader();
        return images.resolving(resolver);
    }
}
