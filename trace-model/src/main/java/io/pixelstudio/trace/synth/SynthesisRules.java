package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.Severity;

/**
 * The rule ids of synthesis findings, so that reports, tests and the app can tell a bad annotation
 * line from an item that had no room for a wrong region or a trace that failed validation. Findings
 * reuse the validator's {@link Finding} so one report lists both kinds the same way.
 */
public enum SynthesisRules {
    /** A template file that cannot be used (unknown placeholder, no variant, unknown part). */
    TEMPLATE_INVALID("synth.template.invalid", Severity.ERROR),
    /** A JSONL line that is not a usable item (skipped). */
    ITEM_INVALID("synth.item.invalid", Severity.ERROR),
    /** The item's media cannot be read, or its evidence does not fit the media (skipped). */
    MEDIA_INVALID("synth.media.invalid", Severity.ERROR),
    /** No wrong region or frame disjoint from the evidence exists; the item is synthesized single-pass. */
    NO_ROOM_FOR_WRONG_REGION("synth.wrong-region.no-room", Severity.WARNING),
    /** A tool call of the generated trace failed when executed (the trace is not written). */
    OPERATION_FAILED("synth.operation.failed", Severity.ERROR),
    /** The generated trace has validation errors (the trace is not written). */
    TRACE_INVALID("synth.trace.invalid", Severity.ERROR);

    private final String id;
    private final Severity severity;

    SynthesisRules(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** A finding of this rule at {@code location}. */
    public Finding finding(Location location, String message) {
        return new Finding(severity, id, location, message);
    }
}
