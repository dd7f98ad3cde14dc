package io.pixelstudio.bridge.probe;

import io.pixelstudio.bridge.endpoint.Cancellation;
import io.pixelstudio.bridge.endpoint.EndpointException;
import io.pixelstudio.bridge.evalrun.RetryPolicy;
import io.pixelstudio.trace.Trace;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Probes many traces (a benchmark run's predictions) with several kinds, a bounded number at a
 * time, retrying transient endpoint failures like a benchmark run. A trace that cannot be probed
 * is recorded as skipped with the reason, never silently dropped.
 */
public final class ProbeBatch {

    private final Prober prober;
    private final int concurrency;
    private final RetryPolicy retry;
    private final RetryPolicy.Sleeper sleeper;

    public ProbeBatch(Prober prober, int concurrency, RetryPolicy retry, RetryPolicy.Sleeper sleeper) {
        this.prober = Objects.requireNonNull(prober, "prober");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
        }
        this.concurrency = concurrency;
        this.retry = Objects.requireNonNull(retry, "retry");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /**
     * @param turn   the assistant turn to probe in every trace, or empty for each trace's first executed zoom-in
     * @param onDone told of each outcome as it finishes (progress)
     */
    public ProbeReport run(List<Trace> traces, List<ProbeKind> kinds, OptionalInt turn,
                           Function<String, BufferedImage> loader, Consumer<ProbeOutcome> onDone,
                           Cancellation cancellation) throws InterruptedException {
        List<ProbeOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Trace trace : traces) {
                for (ProbeKind kind : kinds) {
                    futures.add(workers.submit(() -> {
                        if (cancellation.isCancelled()) {
                            return;
                        }
                        ProbeOutcome outcome = probeOne(trace, kind, turn, loader, cancellation);
                        outcomes.add(outcome);
                        onDone.accept(outcome);
                    }));
                }
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("probe worker failed", e.getCause());
                }
            }
        } finally {
            workers.shutdownNow();
        }
        List<ProbeOutcome> ordered = new ArrayList<>(outcomes);
        java.util.Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < traces.size(); i++) {
            position.putIfAbsent(traces.get(i).id(), i);
        }
        ordered.sort(java.util.Comparator.<ProbeOutcome>comparingInt(o -> position.getOrDefault(o.traceId(), -1))
                .thenComparing(ProbeOutcome::kind));
        return new ProbeReport(ordered);
    }

    private ProbeOutcome probeOne(Trace trace, ProbeKind kind, OptionalInt turn, Function<String, BufferedImage> loader,
                                  Cancellation cancellation) {
        int at = turn.orElse(-1);
        try {
            return retry.run(() -> prober.probe(trace, turn, kind, loader, cancellation), sleeper, (n, e) -> { });
        } catch (EndpointException e) {
            return ProbeOutcome.skipped(trace.id(), at, kind, "", "endpoint failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeOutcome.skipped(trace.id(), at, kind, "", "interrupted");
        } catch (Exception e) {
            return ProbeOutcome.skipped(trace.id(), at, kind, "", "cannot probe: " + e.getMessage());
        }
    }
}
