package io.pixelstudio.bridge.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a process and everything it started. Trainers fork (torchrun workers, data loaders, vLLM
 * engines); stopping only the parent would leave GPU-holding orphans. The descendants are listed
 * before anything is signalled (once the parent dies they are re-parented and cannot be found from
 * it), asked to terminate, given a grace period, then killed.
 */
public final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * Terminates {@code root} and its descendants, forcibly after {@code grace}.
     *
     * @return true when every process of the tree is gone
     */
    public static boolean stop(ProcessHandle root, Duration grace) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>();
        root.descendants().forEach(tree::add);
        tree.add(root);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : tree) {
            waitUntil(process, deadline);
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        long killDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (ProcessHandle process : tree) {
            waitUntil(process, killDeadline);
        }
        return tree.stream().noneMatch(ProcessHandle::isAlive);
    }

    private static void waitUntil(ProcessHandle process, long deadlineNanos) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0 || !process.isAlive()) {
            return;
        }
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still alive (or unobservable): the caller escalates
        }
    }
}
