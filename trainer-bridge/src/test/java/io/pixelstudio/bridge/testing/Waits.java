package io.pixelstudio.bridge.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition for tests that watch another process or thread; fails with {@code what} on timeout. */
public final class Waits {

    private Waits() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
