package io.pixelstudio.trace.index;

import java.util.Arrays;

/**
 * Where each record of a file lies, kept in growing primitive arrays rather than one object per
 * record, so indexing 100,000 records costs a few megabytes whatever their size.
 */
final class RecordTable {

    private long[] starts = new long[1024];
    private int[] lengths = new int[1024];
    private long[] lines = new long[1024];
    private int[] ordinals = new int[1024];
    private int size;

    void add(long start, long end, long line, int ordinal) {
        long length = end - start;
        if (length <= 0 || length > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("record length out of range: " + start + ".." + end);
        }
        if (size == starts.length) {
            int capacity = size + (size >> 1);
            starts = Arrays.copyOf(starts, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            lines = Arrays.copyOf(lines, capacity);
            ordinals = Arrays.copyOf(ordinals, capacity);
        }
        starts[size] = start;
        lengths[size] = (int) length;
        lines[size] = line;
        ordinals[size] = ordinal;
        size++;
    }

    int size() {
        return size;
    }

    long start(int index) {
        return starts[check(index)];
    }

    int length(int index) {
        return lengths[check(index)];
    }

    long line(int index) {
        return lines[check(index)];
    }

    /** Position of the record among all records of the file, malformed ones included. */
    int ordinal(int index) {
        return ordinals[check(index)];
    }

    private int check(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("record " + index + " of " + size);
        }
        return index;
    }
}
