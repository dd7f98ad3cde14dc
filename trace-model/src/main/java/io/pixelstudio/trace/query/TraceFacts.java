package io.pixelstudio.trace.query;

import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.stats.OperationCounts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a query can read about one trace, computed once when the trace is scanned so that a query
 * over 100,000 traces is a loop of field reads: no parsing, no regex, no media access per query.
 *
 * @param id              the trace id
 * @param source          the dataset or file the trace came from ("" when unknown)
 * @param status          review status
 * @param tags            review tags as written
 * @param note            review note ("" when none)
 * @param zoomCount       valid zoom-in calls
 * @param frameCount      valid select-frames calls
 * @param invalidCount    tool calls that do not parse as a valid operation
 * @param smallestBoxArea smallest zoom box area as a share of its image (0..1), NaN when no box's
 *                        area is known without the image (no zoom-in, or only pixel boxes)
 * @param largestBoxArea  largest zoom box area as a share of its image, NaN likewise
 * @param findingRules    rule ids of the trace's structure findings ({@link StructureFindings}), sorted, distinct
 * @param hasErrorFinding true when one of those findings is an error
 * @param hasEvidence     true when the trace records where the answer is
 * @param problem         why the record could not be read, or empty
 * @param searchText      id, question, answers, tags and note in lower case, for free-text terms
 */
public record TraceFacts(String id, String source, ReviewStatus status, List<String> tags, String note,
                         int zoomCount, int frameCount, int invalidCount, double smallestBoxArea,
                         double largestBoxArea, List<String> findingRules, boolean hasErrorFinding,
                         boolean hasEvidence, Optional<String> problem, String searchText) {

    public TraceFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        tags = List.copyOf(tags);
        Objects.requireNonNull(note, "note");
        findingRules = List.copyOf(findingRules);
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(searchText, "searchText");
    }

    /**
     * The facts of {@code trace}.
     *
     * @param sftRules whether the SFT conversation rules apply (a final {@code \boxed{}} answer …),
     *                 as for the document's format
     */
    public static TraceFacts of(Trace trace, boolean sftRules) {
        Objects.requireNonNull(trace, "trace");
        OperationCounts calls = OperationCounts.of(trace);
        BoxAreas areas = BoxAreas.of(calls);
        StructureFindings findings = StructureFindings.of(trace, sftRules);
        String note = trace.review().note();
        String search = String.join("\n", trace.id(), trace.question(), String.join("\n", trace.answers()),
                String.join("\n", trace.review().tags()), note).toLowerCase(Locale.ROOT);
        return new TraceFacts(trace.id(), trace.source() == null ? "" : trace.source(), trace.review().status(),
                trace.review().tags(), note, calls.zoomIns(), calls.selectFrames(), calls.invalidCalls(),
                areas.smallest(), areas.largest(), findings.ruleIds(), findings.hasError(),
                !trace.evidence().isEmpty(), Optional.empty(), search);
    }

    /** Facts for a record that could not be read: it still lists (and matches {@code invalid}). */
    public static TraceFacts unreadable(String id, String problem) {
        return new TraceFacts(id, "", ReviewStatus.UNREVIEWED, List.of(), "", 0, 0, 0, Double.NaN, Double.NaN,
                List.of(), false, false, Optional.of(problem), id.toLowerCase(Locale.ROOT));
    }

    /** All tool calls, valid or not. */
    public int opCount() {
        return zoomCount + frameCount + invalidCount;
    }

    /** True for an invalid tool call, an error finding or an unreadable record. */
    public boolean invalid() {
        return invalidCount > 0 || hasErrorFinding || problem.isPresent();
    }
}
