package io.pixelstudio.app.reasoning;

import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReasoningViewModelTest {

    private static SampleData sample;
    private final ReasoningViewModel model = new ReasoningViewModel(new TurnItemFactory(ReasoningText.load()));

    @BeforeAll
    static void loadSample() throws IOException {
        sample = new SampleData();
    }

    private void show(String id) {
        Trace trace = sample.trace(id);
        model.show(trace, sample.replay(trace).replay(), sample.findings(trace));
    }

    @Test
    void showsOneItemPerTurnWithRolesAndStartsOnTheFirstTurn() {
        Trace trace = sample.trace("street-name-self-correction");
        show(trace.id());

        assertThat(model.items()).hasSize(trace.turns().size());
        assertThat(model.items()).extracting(TurnItem::role)
                .containsExactlyElementsOf(trace.turns().stream().map(t -> t.role()).toList());
        assertThat(model.items().get(0).role()).isEqualTo(Role.SYSTEM);
        assertThat(model.currentTurnProperty().get()).isZero();
    }

    @Test
    void zoomCallsBecomeChipsNumberedByStepWithTheirArguments() {
        show("street-name-self-correction");

        assertThat(model.items()).filteredOn(TurnItem::isToolCall).extracting(TurnItem::index).containsExactly(2, 4);
        CallChip first = model.items().get(2).call().orElseThrow();
        CallChip second = model.items().get(4).call().orElseThrow();
        assertThat(first.step()).isEqualTo(1);
        assertThat(second.step()).isEqualTo(2);
        assertThat(first.label()).isEqualTo("zoom-in #1 · image 1 · [0.877, 0.528, 0.918, 0.572] normalized");
        assertThat(second.label()).isEqualTo("zoom-in #2 · image 1 · [0.719, 0.478, 0.777, 0.522] normalized");
        assertThat(first.flagged()).isFalse();
        assertThat(model.items()).allSatisfy(item -> assertThat(item.flags()).isEmpty());
    }

    @Test
    void assistantTextLeavesTheToolCallMarkupToTheChip() {
        show("street-name-self-correction");

        TurnItem call = model.items().get(2);
        assertThat(call.text()).isNotBlank().doesNotContain("<tool_call>", "crop_image_normalized");
        assertThat(sample.trace("street-name-self-correction").turns().get(2).text()).startsWith(call.text());
    }

    @Test
    void selectFramesChipListsTheFramesAsWritten() {
        show("traffic-light-change");

        CallChip chip = model.items().get(2).call().orElseThrow();
        assertThat(chip.label()).isEqualTo("select-frames #1 · 8, 9, 10, 11");
        assertThat(chip.failure()).isEmpty();
    }

    @Test
    void observationTurnsCarryTheirImagePaths() {
        show("traffic-light-change");

        assertThat(model.items().get(3).observationPaths()).containsExactly(
                "media/crops/traffic-light-change-t2-frame-1.jpg", "media/crops/traffic-light-change-t2-frame-2.jpg",
                "media/crops/traffic-light-change-t2-frame-3.jpg", "media/crops/traffic-light-change-t2-frame-4.jpg");
        assertThat(model.items()).filteredOn(i -> i.role() != Role.USER)
                .allSatisfy(i -> assertThat(i.observationPaths()).isEmpty());
    }

    @Test
    void invalidCallTurnIsFlaggedWithTheValidatorsMessageAndTheReplaysError() {
        Trace trace = sample.trace("shelf-tea-best-before-bad-target");
        List<Finding> errors = sample.findings(trace).stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).hasSize(1);
        int flaggedTurn = errors.get(0).location().turn().orElseThrow();

        show(trace.id());

        TurnItem item = model.items().get(flaggedTurn);
        assertThat(item.isToolCall()).isTrue();
        assertThat(item.flags()).containsExactly(errors.get(0).message());
        assertThat(item.flags().get(0)).contains("out of range");
        CallChip chip = item.call().orElseThrow();
        assertThat(chip.flagged()).isTrue();
        assertThat(chip.failure()).hasValueSatisfying(f -> assertThat(f).contains("Incorrect `target_image`"));
        assertThat(model.items()).filteredOn(TurnItem::flagged).extracting(TurnItem::index).containsExactly(flaggedTurn);
    }

    @Test
    void withoutAReplayCallsAreStillChipsButCarryNoEnvironmentAnswer() {
        Trace trace = sample.trace("shelf-tea-best-before-bad-target");
        model.show(trace, null, List.of());

        assertThat(model.items()).filteredOn(TurnItem::isToolCall).hasSize(2)
                .allSatisfy(i -> assertThat(i.call().orElseThrow().flagged()).isFalse());
    }

    @Test
    void findingsOfOtherTracesOrBelowWarningDoNotFlag() {
        Trace shelf = sample.trace("shelf-tea-best-before-bad-target");
        Trace street = sample.trace("street-name-self-correction");
        List<Finding> shelfErrors = sample.findings(shelf);
        Finding info = new Finding(Severity.INFO, "x", shelfErrors.get(0).location().inTrace(street.id()), "just so you know");

        model.show(street, null, List.of(shelfErrors.get(0), info));

        assertThat(model.items()).noneMatch(TurnItem::flagged);
    }

    @Test
    void nextAndPreviousMoveOneTurnAndClampAtTheEnds() {
        show("street-name-self-correction");
        int last = model.items().size() - 1;

        model.previous();
        assertThat(model.currentTurnProperty().get()).isZero();
        model.next();
        model.next();
        assertThat(model.currentTurnProperty().get()).isEqualTo(2);
        for (int i = 0; i < last + 3; i++) {
            model.next();
        }
        assertThat(model.currentTurnProperty().get()).isEqualTo(last);
        model.previous();
        assertThat(model.currentTurnProperty().get()).isEqualTo(last - 1);
        assertThat(model.currentItem()).map(TurnItem::index).contains(last - 1);
    }

    @Test
    void steppingDoesNothingWhenNothingIsShown() {
        model.next();
        model.previous();

        assertThat(model.currentTurnProperty().get()).isEqualTo(-1);
        assertThat(model.currentItem()).isEmpty();
    }

    @Test
    void showingAnotherTraceStartsAgainAtTheFirstTurn() {
        show("street-name-self-correction");
        model.next();
        model.next();

        show("traffic-light-change");

        assertThat(model.currentTurnProperty().get()).isZero();
        assertThat(model.items().get(2).call().orElseThrow().label()).startsWith("select-frames");
    }

    @Test
    void systemTurnIsCollapsedUntilToggledAndOtherTurnsAlwaysShowInFull() {
        show("street-name-self-correction");

        assertThat(model.items().get(0).collapsible()).isTrue();
        assertThat(model.isExpanded(0)).isFalse();
        assertThat(model.items().get(0).firstLine()).isEqualTo("You are a helpful assistant.");
        model.toggleExpanded(0);
        assertThat(model.isExpanded(0)).isTrue();
        model.toggleExpanded(0);
        assertThat(model.isExpanded(0)).isFalse();

        model.toggleExpanded(2);
        assertThat(model.isExpanded(2)).isTrue();
        assertThat(model.expandedTurns()).isEmpty();
    }
}
