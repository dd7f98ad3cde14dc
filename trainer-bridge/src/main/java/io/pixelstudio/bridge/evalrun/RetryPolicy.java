package io.pixelstudio.bridge.evalrun;

import io.pixelstudio.bridge.endpoint.EndpointException;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retries a request that failed for a reason a retry may fix ({@link EndpointException#retryable()}:
 * refused, 5xx/429, timeout), never one that will fail again (4xx, malformed reply, cancel), waiting
 * an exponentially growing delay with full jitter ({@code random(0, min(max, base * 2^attempt))}) so
 * that many workers hitting an overloaded server do not retry in lockstep.
 *
 * @param maxAttempts attempts in all, the first included
 * @param baseDelay   the delay cap of the first retry
 * @param maxDelay    the largest delay cap
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    /** Five attempts, 1 s doubling to at most 30 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
    }

    /** The jittered delay before retry number {@code retry} (1 = the first retry). */
    public Duration delayBefore(int retry) {
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(retry - 1, 30));
        return Duration.ofMillis(cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1));
    }

    /**
     * Runs {@code work}, retrying retryable endpoint failures.
     *
     * @param onRetry told of each failure that will be retried
     */
    public <T> T run(Callable<T> work, Sleeper sleeper, java.util.function.BiConsumer<Integer, EndpointException> onRetry)
            throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.call();
            } catch (EndpointException e) {
                if (!e.retryable() || attempt >= maxAttempts) {
                    throw e;
                }
                onRetry.accept(attempt, e);
                sleeper.sleep(delayBefore(attempt));
            }
        }
    }
}
