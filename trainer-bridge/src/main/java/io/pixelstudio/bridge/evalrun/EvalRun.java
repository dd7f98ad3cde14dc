package io.pixelstudio.bridge.evalrun;

import io.pixelstudio.bridge.agent.AgentListener;
import io.pixelstudio.bridge.agent.AgentLoop;
import io.pixelstudio.bridge.agent.AgentResult;
import io.pixelstudio.bridge.agent.AgentTask;
import io.pixelstudio.bridge.agent.StopReason;
import io.pixelstudio.bridge.endpoint.Cancellation;
import io.pixelstudio.bridge.endpoint.EndpointException;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.RunProvenance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks every item of a {@link BenchmarkSplit} not yet in the {@link PredictionsJournal} through the
 * {@link AgentLoop}, at most {@code concurrency} conversations at a time, retrying an item whose
 * request failed transiently (the whole conversation is asked again), and appends each finished
 * prediction as it completes. Items that still fail are reported and left out of the file, so a
 * resume asks them again.
 */
public final class EvalRun {

    /** Hears items finish; called from worker threads. */
    public interface Listener {
        /** Nothing. */
        Listener NONE = new Listener() {
        };

        default void onItemDone(String qid, AgentResult result, int finished, int toAsk) {
        }

        default void onItemFailed(String qid, Exception error) {
        }

        default void onRetry(String qid, int attempt, EndpointException error) {
        }
    }

    /** An item that could not be answered, and why. */
    public record Failure(String qid, String message) {
    }

    /**
     * @param total     items in the split
     * @param skipped   items already in the file (resume)
     * @param completed items answered and written by this run
     * @param failures  items that failed after retries
     * @param cancelled whether the run was stopped
     */
    public record Summary(int total, int skipped, int completed, List<Failure> failures, boolean cancelled) {
        public Summary {
            failures = List.copyOf(failures);
        }
    }

    private final AgentLoop loop;
    private final int concurrency;
    private final RetryPolicy retry;
    private final RetryPolicy.Sleeper sleeper;

    public EvalRun(AgentLoop loop, int concurrency, RetryPolicy retry, RetryPolicy.Sleeper sleeper) {
        this.loop = Objects.requireNonNull(loop, "loop");
        if (concurrency < 1 || concurrency > 1024) {
            throw new IllegalArgumentException("concurrency must be 1..1024, got " + concurrency);
        }
        this.concurrency = concurrency;
        this.retry = Objects.requireNonNull(retry, "retry");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** The provenance a run with {@code profile} on {@code benchmarkFile} records. */
    public static RunProvenance provenance(EndpointProfile profile, Path benchmarkFile) {
        Map<String, String> other = new TreeMap<>();
        other.put("endpoint", profile.baseUrl());
        other.put("profile", profile.name());
        other.put("limits", "calls=" + profile.limits().maxCalls() + " images=" + profile.limits().maxImages()
                + " tokens=" + profile.limits().maxTotalTokens());
        other.put("source", "pixelstudio eval --endpoint");
        Path name = benchmarkFile.getFileName();
        return new RunProvenance(profile.model(), name == null ? benchmarkFile.toString() : name.toString(),
                profile.decoding().describe(), profile.describeBounds(), "", other);
    }

    /** Runs the items of {@code split} missing from {@code journal}. */
    public Summary run(BenchmarkSplit split, PredictionsJournal journal, Listener listener, Cancellation cancellation)
            throws InterruptedException {
        List<BenchmarkSplit.Item> toAsk = split.items().stream().filter(i -> !journal.isDone(i.row().id())).toList();
        int skipped = split.items().size() - toAsk.size();
        List<Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger completed = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(concurrency, Math.max(1, toAsk.size())));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (BenchmarkSplit.Item item : toAsk) {
                futures.add(workers.submit(() -> ask(split, item, journal, listener, cancellation, failures, completed, toAsk.size())));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("worker failed", e.getCause());
                }
            }
        } finally {
            workers.shutdownNow();
        }
        return new Summary(split.items().size(), skipped, completed.get(), failures, cancellation.isCancelled());
    }

    private void ask(BenchmarkSplit split, BenchmarkSplit.Item item, PredictionsJournal journal, Listener listener,
                     Cancellation cancellation, List<Failure> failures, AtomicInteger completed, int total) {
        if (cancellation.isCancelled()) {
            return;
        }
        Trace row = item.row();
        AgentTask task = new AgentTask(row.id(), split.file().toString(), row.question(), row.media(), row.answers(),
                row.evidence(), split.loader());
        try {
            AgentResult result = retry.run(() -> loop.run(task, AgentListener.NONE, cancellation), sleeper,
                    (attempt, e) -> listener.onRetry(row.id(), attempt, e));
            if (result.stopReason() == StopReason.CANCELLED) {
                return;
            }
            Map<String, Double> recorded = Map.of(Prediction.RECORDED_TOOL_CALLS, (double) result.toolCalls(),
                    Prediction.RECORDED_TOOL_FAILURES, (double) result.failedCalls());
            journal.append(new Prediction(row.id(), item.benchmark(), item.category(), row.question(), row.answers(),
                    result.transcript(), Optional.of(result.trace()), recorded));
            listener.onItemDone(row.id(), result, completed.incrementAndGet(), total);
        } catch (EndpointException e) {
            if (e.kind() != EndpointException.Kind.CANCELLED) {
                failures.add(new Failure(row.id(), e.getMessage()));
                listener.onItemFailed(row.id(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failures.add(new Failure(row.id(), String.valueOf(e.getMessage())));
            listener.onItemFailed(row.id(), e);
        }
    }
}
