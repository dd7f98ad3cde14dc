package io.pixelstudio.trace.curation;

import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.edit.EditSession;
import io.pixelstudio.trace.edit.TraceEdit;
import io.pixelstudio.trace.edit.TraceSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewEditsTest {

    private static Trace trace(String id, Review review) {
        return new Trace(id, "test", "q", List.of(), List.of("a"), List.of(),
                List.of(Turn.text(Role.USER, "q"), Turn.text(Role.ASSISTANT, "\\boxed{a}")), review, Extras.empty());
    }

    private final Trace tagged = trace("t", new Review(ReviewStatus.UNREVIEWED, List.of("Blurry", "zoom"), "look again"));

    @Test
    void verdictKeepsTagsAndNote() throws Exception {
        Trace after = new SetVerdict(ReviewStatus.NEEDS_FIX).apply(tagged);
        assertThat(after.review()).isEqualTo(new Review(ReviewStatus.NEEDS_FIX, List.of("Blurry", "zoom"), "look again"));
        assertThat(after.turns()).isEqualTo(tagged.turns());
        assertThat(new SetVerdict(ReviewStatus.NEEDS_FIX).description()).isEqualTo("Mark needs-fix");
    }

    @Test
    void addTagsSkipsThoseAlreadyThereInAnyCase() throws Exception {
        Trace after = new AddTags(List.of("blurry", "small-box")).apply(tagged);
        assertThat(after.review().tags()).containsExactly("Blurry", "zoom", "small-box");
        assertThat(after.review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
    }

    @Test
    void removeTagsMatchesCaseInsensitivelyAndIgnoresMissingOnes() throws Exception {
        assertThat(new RemoveTags(List.of("BLURRY", "never")).apply(tagged).review().tags()).containsExactly("zoom");
    }

    @Test
    void noteIsStrippedAndEmptyClears() throws Exception {
        assertThat(new SetNote("  crop misses the sign \n").apply(tagged).review().note()).isEqualTo("crop misses the sign");
        assertThat(new SetNote("").apply(tagged).review().note()).isEmpty();
        assertThat(new SetNote("").description()).isEqualTo("Clear note");
    }

    @Test
    void tagsParseFromCommaSeparatedInputAndRefuseSpaces() {
        assertThat(Tags.parse(" blurry, small-box,,Blurry ")).containsExactly("blurry", "small-box");
        assertThatThrownBy(() -> Tags.parse("two words")).hasMessageContaining("one word");
        assertThatThrownBy(() -> new AddTags(List.of())).hasMessageContaining("no tags");
    }

    @Test
    void aBulkVerdictIsOneUndoStepThatRestoresEveryTrace() throws Exception {
        List<Trace> traces = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            traces.add(trace("t" + i, new Review(i % 2 == 0 ? ReviewStatus.UNREVIEWED : ReviewStatus.REJECTED,
                    List.of(), "")));
        }
        EditSession session = new EditSession(new ListSource(traces));
        Map<Integer, TraceEdit> edits = new LinkedHashMap<>();
        for (int i : new int[]{0, 1, 3}) {
            edits.put(i, new AddTags(List.of("batch")));
        }
        session.applyAll("Add tag batch to 3 traces", edits);
        session.apply(2, new SetVerdict(ReviewStatus.ACCEPTED));
        assertThat(session.trace(3).review().tags()).containsExactly("batch");
        assertThat(session.history().peekUndo()).map(s -> s.description()).contains("Mark accepted");
        session.undo();
        assertThat(session.trace(2).review().status()).isEqualTo(ReviewStatus.UNREVIEWED);
        assertThat(session.history().peekUndo()).map(s -> s.description()).contains("Add tag batch to 3 traces");
        session.undo();
        for (int i = 0; i < 5; i++) {
            assertThat(session.trace(i)).isEqualTo(traces.get(i));
        }
        assertThat(session.isDirty()).isFalse();
    }

    /** A document held in a list. */
    private record ListSource(List<Trace> traces) implements TraceSource {
        @Override
        public int size() {
            return traces.size();
        }

        @Override
        public Trace load(int index) {
            return traces.get(index);
        }
    }
}
