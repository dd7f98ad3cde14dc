package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;

import java.io.IOException;

/**
 * The unedited traces an {@link EditSession} sits on, read on demand (an indexed file of 100,000
 * traces is never held in memory as a whole).
 */
public interface TraceSource {

    /** Number of traces in the source. */
    int size();

    /** Trace {@code index} as the source holds it. */
    Trace load(int index) throws IOException, FormatException;
}
