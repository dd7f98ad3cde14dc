package io.pixelstudio.trace.query;

import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static io.pixelstudio.trace.query.QueryFixtures.imageTrace;
import static io.pixelstudio.trace.query.QueryFixtures.region;
import static io.pixelstudio.trace.query.QueryFixtures.review;
import static io.pixelstudio.trace.query.QueryFixtures.zoomCall;
import static io.pixelstudio.trace.query.QueryFixtures.framesCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TraceQueryTest {

    /** Accepted, vstar, two zooms (areas 0.01 and 0.25), evidence, tags zoom+clean, a note. */
    private final TraceFacts bakery = facts(imageTrace("bakery", "vstar",
            review(ReviewStatus.ACCEPTED, "Crop covers the Umbrella", "zoom", "Clean"), List.of(region()),
            zoomCall(0.1, 0.1, 0.2, 0.2), zoomCall(0.0, 0.0, 0.5, 0.5)));
    /** Needs fix, mvbench, a select_frames on an image trace (frames.on-image finding), no evidence. */
    private final TraceFacts frames = facts(imageTrace("frames", "mvbench",
            review(ReviewStatus.NEEDS_FIX, "", "video"), List.of(), framesCall(1, 2)));
    /** Unreviewed, vstar, one invalid call and one degenerate zoom box. */
    private final TraceFacts broken = facts(imageTrace("broken", "vstar", review(ReviewStatus.UNREVIEWED, ""),
            List.of(), "<tool_call>\n{\"name\": \"crop_image_normalized\"}\n</tool_call>", zoomCall(0.5, 0.5, 0.5, 0.6)));
    /** Rejected, no tool calls. */
    private final TraceFacts plain = facts(imageTrace("plain", "chartqa", review(ReviewStatus.REJECTED, "wrong answer")
            , List.of()));

    private static TraceFacts facts(Trace trace) {
        return TraceFacts.of(trace, true);
    }

    private List<String> ids(String query) {
        TraceQuery q = TraceQuery.parse(query);
        return Stream.of(bakery, frames, broken, plain).filter(q).map(TraceFacts::id).toList();
    }

    @Test
    void blankQueryMatchesEverything() {
        assertThat(ids("  ")).containsExactly("bakery", "frames", "broken", "plain");
    }

    @Test
    void statusTagSourceAndNoteTermsReadTheReview() {
        assertThat(ids("status:accepted")).containsExactly("bakery");
        assertThat(ids("status:needs-fix")).containsExactly("frames");
        assertThat(ids("tag:clean")).containsExactly("bakery");
        assertThat(ids("source:vstar")).containsExactly("bakery", "broken");
        assertThat(ids("note:umbrella")).containsExactly("bakery");
        assertThat(ids("note:\"wrong answer\"")).containsExactly("plain");
    }

    @Test
    void operationCountsCompareByKind() {
        assertThat(ids("op:zoom>=2")).containsExactly("bakery");
        assertThat(ids("op:zoom")).containsExactly("bakery", "broken");
        assertThat(ids("op:frames")).containsExactly("frames");
        assertThat(ids("op:invalid=1")).containsExactly("broken");
        assertThat(ids("ops>1")).containsExactly("bakery", "broken");
        assertThat(ids("ops>=1")).containsExactly("bakery", "frames", "broken");
        assertThat(ids("ops=0")).containsExactly("plain");
        assertThat(ids("ops<=1")).containsExactly("frames", "plain");
        assertThat(ids("zoom")).containsExactly("bakery", "broken");
    }

    @Test
    void findingsAreStructureRuleIdsOrPrefixes() {
        assertThat(frames.findingRules()).contains("frames.on-image");
        assertThat(ids("finding:frames.on-image")).containsExactly("frames");
        assertThat(ids("finding:box")).containsExactly("broken");
        assertThat(ids("finding:toolcall.invalid")).containsExactly("broken");
        assertThat(ids("invalid")).containsExactly("frames", "broken");
        assertThat(ids("has:findings")).containsExactly("frames", "broken");
    }

    @Test
    void boxTermsCompareTheSmallestOrLargestNormalizedArea() {
        assertThat(bakery.smallestBoxArea()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(bakery.largestBoxArea()).isEqualTo(0.25);
        assertThat(broken.smallestBoxArea()).isZero();
        assertThat(ids("box<0.05")).containsExactly("bakery", "broken");
        assertThat(ids("box>0.2")).containsExactly("bakery");
        assertThat(ids("box>=0.3")).isEmpty();
        assertThat(Double.isNaN(plain.smallestBoxArea())).isTrue();
    }

    @Test
    void hasEvidenceNoteAndTags() {
        assertThat(ids("has:evidence")).containsExactly("bakery");
        assertThat(ids("has:note")).containsExactly("bakery", "plain");
        assertThat(ids("has:tags")).containsExactly("bakery", "frames");
    }

    @Test
    void negationOrAndParenthesesCombine() {
        assertThat(ids("-tag:zoom")).containsExactly("frames", "broken", "plain");
        assertThat(ids("status:accepted OR status:rejected")).containsExactly("bakery", "plain");
        assertThat(ids("source:vstar -status:accepted")).containsExactly("broken");
        assertThat(ids("source:vstar status:accepted OR tag:video")).containsExactly("bakery", "frames");
        assertThat(ids("source:vstar (status:accepted OR op:invalid)")).containsExactly("bakery", "broken");
        assertThat(ids("-(source:vstar OR source:mvbench)")).containsExactly("plain");
    }

    @Test
    void freeTextSearchesIdQuestionAnswersTagsAndNote() {
        assertThat(ids("broken")).containsExactly("broken");
        assertThat(ids("OPEN sign")).containsExactly("bakery", "frames", "broken", "plain");
        assertThat(ids("\"of frames\"")).containsExactly("frames");
        assertThat(ids("umbrella")).containsExactly("bakery");
    }

    @Test
    void errorsNameTheColumnOfTheOffendingTerm() {
        assertError("status:done", 8, "unknown status 'done'");
        assertError("zoom ops>x", 10, "whole number");
        assertError("tag:a op:pan>1", 10, "unknown operation 'pan'");
        assertError("finding:nope", 9, "unknown rule 'nope'");
        assertError("box<2", 5, "between 0 and 1");
        assertError("box=0.1", 4, "box takes <");
        assertError("color:red", 1, "unknown field 'color:'");
        assertError("has:magic", 5, "unknown has:magic");
        assertError("(tag:a", 1, "'(' is not closed");
        assertError("tag:a )", 7, "unexpected ')'");
        assertError("tag:a OR", 9, "a term is missing at the end");
        assertError("OR tag:a", 1, "a term is missing before 'OR'");
        assertError("note:\"open", 6, "unclosed quote");
        assertError("ops>", 5, "a number is missing");
    }

    @Test
    void unreadableRecordsAreInvalidAndFoundById() {
        TraceFacts unreadable = TraceFacts.unreadable("#7", "line 8: not JSON");
        assertThat(TraceQuery.parse("invalid").test(unreadable)).isTrue();
        assertThat(TraceQuery.parse("#7").test(unreadable)).isTrue();
        assertThat(TraceQuery.parse("status:unreviewed").test(unreadable)).isTrue();
    }

    private static void assertError(String query, int column, String message) {
        assertThatThrownBy(() -> TraceQuery.parse(query))
                .isInstanceOfSatisfying(QueryException.class, e -> {
                    assertThat(e.column()).as("column of %s", query).isEqualTo(column);
                    assertThat(e.getMessage()).startsWith("column " + column + ": ").contains(message);
                });
    }
}
