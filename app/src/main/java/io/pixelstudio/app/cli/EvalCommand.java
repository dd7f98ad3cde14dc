package io.pixelstudio.app.cli;

import io.pixelstudio.bridge.agent.AgentLoop;
import io.pixelstudio.bridge.agent.AgentResult;
import io.pixelstudio.bridge.agent.FolderImageSink;
import io.pixelstudio.bridge.endpoint.Cancellation;
import io.pixelstudio.bridge.endpoint.EndpointException;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.bridge.evalrun.BenchmarkSplit;
import io.pixelstudio.bridge.evalrun.EvalRun;
import io.pixelstudio.bridge.evalrun.PredictionsJournal;
import io.pixelstudio.bridge.evalrun.RetryPolicy;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.progress.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code pixelstudio eval --endpoint URL --model M BENCHMARK_FILE --out PRED.jsonl}: runs a benchmark
 * split through a served model with bounded concurrency and retries, appending each answer to a
 * studio predictions file as it finishes ({@code --resume} continues a stopped run), then scores
 * the whole file as {@code pixelstudio score} does.
 */
@Command(name = "eval", description = "Run a benchmark file (Pixel Reasoner RL/benchmark JSON, JSONL or Parquet) through a "
        + "served model; writes studio predictions with provenance as answers finish, resumable; then scores them.")
final class EvalCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    EndpointOptions endpoint = new EndpointOptions();

    @Parameters(paramLabel = "BENCHMARK_FILE", description = "Benchmark items: qid, question, image, answer.")
    Path benchmarkFile;

    @Option(names = "--out", required = true, paramLabel = "PRED.jsonl", description = "Studio predictions file to write.")
    Path out;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8",
            description = "Questions in flight at once. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--resume", description = "Continue an existing --out file: items already in it are not asked again.")
    boolean resume;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "5",
            description = "Attempts per item on 5xx, timeouts and refused connections. Default: ${DEFAULT-VALUE}.")
    int retries;

    @Option(names = {"-b", "--benchmark"}, paramLabel = "NAME",
            description = "Benchmark of every item (default: the qid's prefix, e.g. vstar-12).")
    String benchmark;

    @Option(names = "--no-score", description = "Do not score the file at the end.")
    boolean noScore;

    EvalCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        EndpointProfile profile = endpoint.resolve();
        BenchmarkSplit split = BenchmarkSplit.load(benchmarkFile, context.formats(),
                Optional.ofNullable(benchmark).map(Benchmark::fromId));
        split.findings().forEach(f -> context.err().println(f));
        AgentLoop loop = new AgentLoop(EndpointOptions.client(profile),
                new FolderImageSink(out.toAbsolutePath().resolveSibling(out.getFileName() + ".media")), false);
        RetryPolicy retry = new RetryPolicy(retries, RetryPolicy.DEFAULT.baseDelay(), RetryPolicy.DEFAULT.maxDelay());
        EvalRun run = new EvalRun(loop, concurrency, retry, d -> Thread.sleep(d.toMillis()));
        Cancellation cancellation = new Cancellation();
        Thread hook = new Thread(cancellation::cancel);
        Runtime.getRuntime().addShutdownHook(hook);
        EvalRun.Summary summary;
        String name = out.getFileName().toString().replaceFirst("\\.jsonl$", "").replaceFirst("\\.predictions$", "");
        ProgressListener progress = context.progress();
        try (PredictionsJournal journal = PredictionsJournal.open(out, name, EvalRun.provenance(profile, benchmarkFile), resume)) {
            int toAsk = (int) split.items().stream().filter(i -> !journal.isDone(i.row().id())).count();
            progress.start("asking " + profile.model(), toAsk);
            summary = run.run(split, journal, new EvalRun.Listener() {
                @Override
                public void onItemDone(String qid, AgentResult result, int finished, int total) {
                    progress.progress(finished);
                }

                @Override
                public void onItemFailed(String qid, Exception error) {
                    context.err().println(qid + ": " + error.getMessage());
                }
            }, cancellation);
            progress.finish();
        } catch (EndpointException e) {
            throw new CliUserException(e.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting because of Ctrl+C: the journal already holds every finished item
            }
        }
        context.out().printf("%d items · %d already in %s · %d answered now · %d failed%s%n", summary.total(), summary.skipped(),
                out, summary.completed(), summary.failures().size(), summary.cancelled() ? " · stopped (use --resume)" : "");
        summary.failures().forEach(f -> context.out().println("  failed " + f.qid() + ": " + f.message()));
        if (!noScore && summary.skipped() + summary.completed() > 0) {
            ScoreCommand score = new ScoreCommand(context);
            score.scoring.profile = RunScoring.Profile.BENCHMARK;
            score.scoring.resamples = 2000;
            context.out().println();
            score.report(score.scoring.load(out, context));
        }
        return summary.failures().isEmpty() ? 0 : 1;
    }
}
