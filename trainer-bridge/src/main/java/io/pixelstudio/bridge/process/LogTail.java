package io.pixelstudio.bridge.process;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last lines of a run's output, bounded, kept for the failure summary. Thread-safe. */
public final class LogTail {

    private final int capacity;
    private final Deque<String> lines = new ArrayDeque<>();

    public LogTail(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds a line, dropping the oldest when full. */
    public synchronized void add(String line) {
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    /** The kept lines, oldest first. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
