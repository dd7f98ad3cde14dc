package io.pixelstudio.app.studio.document;

import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.query.TraceFacts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the trace list knows about one trace without holding it: enough to show a row and, through
 * its {@link TraceFacts}, to run a query over 100,000 of them in a few milliseconds.
 *
 * @param index    position of the trace in the document
 * @param question the question, cut to {@value #QUESTION_CHARS} characters, on one line
 * @param answers  ground-truth answers
 * @param facts    what queries read (id, status, tags, note, operations, findings, box areas …)
 */
public record TraceRow(int index, String question, List<String> answers, TraceFacts facts) {

    /** Longest question kept in a row. */
    public static final int QUESTION_CHARS = 300;

    public TraceRow {
        Objects.requireNonNull(question, "question");
        answers = List.copyOf(answers);
        Objects.requireNonNull(facts, "facts");
    }

    /**
     * The summary of {@code trace}, at {@code index}.
     *
     * @param sftRules whether the SFT conversation rules apply to the document's format
     */
    public static TraceRow of(int index, Trace trace, boolean sftRules) {
        String question = oneLine(trace.question());
        if (question.length() > QUESTION_CHARS) {
            question = question.substring(0, QUESTION_CHARS - 1) + "…";
        }
        return new TraceRow(index, question, trace.answers(), TraceFacts.of(trace, sftRules));
    }

    /** A row for a record that could not be read, so it still shows (flagged) in the list. */
    public static TraceRow unreadable(int index, String problem) {
        return new TraceRow(index, "", List.of(), TraceFacts.unreadable("#" + index, problem));
    }

    /** The trace id ({@code #index} for a record that could not be read). */
    public String id() {
        return facts.id();
    }

    /** Review status. */
    public ReviewStatus status() {
        return facts.status();
    }

    /** Review tags. */
    public List<String> tags() {
        return facts.tags();
    }

    /** Review note. */
    public String note() {
        return facts.note();
    }

    /** Valid zoom-in calls. */
    public int zoomCount() {
        return facts.zoomCount();
    }

    /** Valid select-frames calls. */
    public int frameCount() {
        return facts.frameCount();
    }

    /** Tool calls that do not parse as a valid operation. */
    public int invalidCount() {
        return facts.invalidCount();
    }

    /** Why the record could not be read, or empty. */
    public Optional<String> problem() {
        return facts.problem();
    }

    /** All tool calls, valid or not. */
    public int opCount() {
        return facts.opCount();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
