package io.pixelstudio.trace.format;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.validate.Finding;

import java.util.List;

/** The traces that loaded and the findings about those that did not (or loaded with problems). */
public record ReadResult(List<Trace> traces, List<Finding> findings) {

    public ReadResult {
        traces = List.copyOf(traces);
        findings = List.copyOf(findings);
    }
}
