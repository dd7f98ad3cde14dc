package io.pixelstudio.app.studio.tracelist;

import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.trace.ReviewStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TraceFilterTest {

    static TraceRow row(String id, String question, ReviewStatus status, List<String> tags, int zoom, int frames, int invalid) {
        String search = String.join("\n", id, question, "answer-of-" + id, String.join("\n", tags)).toLowerCase();
        return new TraceRow(0, id, question, List.of("answer-of-" + id), status, tags, zoom, frames, invalid,
                Optional.empty(), search);
    }

    private final TraceRow bakery = row("street-bakery-hours", "When does the Bakery close?", ReviewStatus.ACCEPTED,
            List.of("zoom", "ocr"), 1, 0, 0);
    private final TraceRow video = row("traffic-light", "When does the light change?", ReviewStatus.NEEDS_FIX,
            List.of("video"), 0, 2, 0);
    private final TraceRow broken = row("shelf-bad", "What is the price?", ReviewStatus.UNREVIEWED, List.of(), 1, 0, 1);

    private List<String> matching(String text) {
        TraceFilter filter = TraceFilter.parse(text);
        return List.of(bakery, video, broken).stream().filter(filter::test).map(TraceRow::id).toList();
    }

    @Test
    void blankMatchesEverything() {
        assertThat(matching("  ")).hasSize(3);
    }

    @Test
    void freeTextSearchesIdQuestionAnswersAndTagsIgnoringCase() {
        assertThat(matching("BAKERY")).containsExactly("street-bakery-hours");
        assertThat(matching("price")).containsExactly("shelf-bad");
        assertThat(matching("answer-of-traffic")).containsExactly("traffic-light");
        assertThat(matching("ocr")).containsExactly("street-bakery-hours");
        assertThat(matching("when does")).containsExactly("street-bakery-hours", "traffic-light");
    }

    @Test
    void statusTokens() {
        assertThat(matching("status:accepted")).containsExactly("street-bakery-hours");
        assertThat(matching("status:needs-fix")).containsExactly("traffic-light");
        assertThat(matching("status:unreviewed")).containsExactly("shelf-bad");
        assertThat(matching("status:rejected")).isEmpty();
    }

    @Test
    void tagTokenMatchesWholeTags() {
        assertThat(matching("tag:video")).containsExactly("traffic-light");
        assertThat(matching("tag:vid")).isEmpty();
    }

    @Test
    void opCountComparisonsCountInvalidCallsToo() {
        assertThat(matching("ops>1")).containsExactly("traffic-light", "shelf-bad");
        assertThat(matching("ops=1")).containsExactly("street-bakery-hours");
        assertThat(matching("ops<2")).containsExactly("street-bakery-hours");
    }

    @Test
    void operationKindTokens() {
        assertThat(matching("zoom")).containsExactly("street-bakery-hours", "shelf-bad");
        assertThat(matching("frames")).containsExactly("traffic-light");
        assertThat(matching("invalid")).containsExactly("shelf-bad");
    }

    @Test
    void termsCombineWithAnd() {
        assertThat(matching("zoom status:accepted")).containsExactly("street-bakery-hours");
        assertThat(matching("zoom invalid ops>1")).containsExactly("shelf-bad");
    }

    @Test
    void malformedTermsAreReportedAndIgnored() {
        TraceFilter filter = TraceFilter.parse("status:done ops>x bakery");
        assertThat(filter.problems()).hasSize(2);
        assertThat(filter.problems().get(0)).contains("unknown status 'done'");
        assertThat(filter.problems().get(1)).contains("ops>x");
        assertThat(matching("status:done ops>x bakery")).containsExactly("street-bakery-hours");
    }
}
