package io.pixelstudio.app.video;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** Holds tasks until the test runs them, so it can interleave requests with finished work. */
final class QueueExecutor implements Executor {

    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
    }

    /** Runs queued tasks (and tasks they queue) on the calling thread; returns how many ran. */
    int runAll() {
        int ran = 0;
        while (true) {
            Runnable task;
            synchronized (this) {
                task = tasks.poll();
            }
            if (task == null) {
                return ran;
            }
            task.run();
            ran++;
        }
    }
}
