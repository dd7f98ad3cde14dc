package io.pixelstudio.app.studio.document;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.stats.OperationCounts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the trace list knows about one trace without holding it: enough to show a row and to
 * filter 100,000 of them in a few milliseconds ({@link #searchText()} is prepared once, lower case).
 *
 * @param index        position of the trace in the document
 * @param id           the trace id ({@code #index} for a record that could not be read)
 * @param question     the question, cut to {@value #QUESTION_CHARS} characters
 * @param answers      ground-truth answers
 * @param status       review status
 * @param tags         review tags
 * @param zoomCount    valid zoom-in calls
 * @param frameCount   valid select-frames calls
 * @param invalidCount tool calls that do not parse as a valid operation
 * @param problem      why the record could not be read, or empty
 * @param searchText   id, question, answers and tags in lower case, for free-text filtering
 */
public record TraceRow(int index, String id, String question, List<String> answers, ReviewStatus status,
                       List<String> tags, int zoomCount, int frameCount, int invalidCount, Optional<String> problem,
                       String searchText) {

    /** Longest question kept in a row. */
    public static final int QUESTION_CHARS = 300;

    public TraceRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        answers = List.copyOf(answers);
        Objects.requireNonNull(status, "status");
        tags = List.copyOf(tags);
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(searchText, "searchText");
    }

    /** The summary of {@code trace}, at {@code index}. */
    public static TraceRow of(int index, Trace trace) {
        OperationCounts calls = OperationCounts.of(trace);
        String question = oneLine(trace.question());
        if (question.length() > QUESTION_CHARS) {
            question = question.substring(0, QUESTION_CHARS - 1) + "…";
        }
        List<String> tags = trace.review().tags();
        String search = String.join("\n", trace.id(), question, String.join("\n", trace.answers()),
                String.join("\n", tags)).toLowerCase(Locale.ROOT);
        return new TraceRow(index, trace.id(), question, trace.answers(), trace.review().status(), tags,
                calls.zoomIns(), calls.selectFrames(), calls.invalidCalls(), Optional.empty(), search);
    }

    /** A row for a record that could not be read, so it still shows (flagged) in the list. */
    public static TraceRow unreadable(int index, String problem) {
        String id = "#" + index;
        return new TraceRow(index, id, "", List.of(), ReviewStatus.UNREVIEWED, List.of(), 0, 0, 0,
                Optional.of(problem), id);
    }

    /** All tool calls, valid or not. */
    public int opCount() {
        return zoomCount + frameCount + invalidCount;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
