package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation.SelectFrames;
import io.pixelstudio.trace.VisualOperation.ZoomIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static io.pixelstudio.trace.validate.ValidationFixtures.answer;
import static io.pixelstudio.trace.validate.ValidationFixtures.observation;
import static io.pixelstudio.trace.validate.ValidationFixtures.question;
import static io.pixelstudio.trace.validate.ValidationFixtures.system;
import static io.pixelstudio.trace.validate.ValidationFixtures.trace;
import static io.pixelstudio.trace.validate.ValidationFixtures.videoQuestion;
import static org.assertj.core.api.Assertions.assertThat;

class TraceValidatorTest {

    private static final Location BASE = Location.ofFile(Path.of("/data/set/sft.json")).atLine(12);
    private static final Box GOOD_BOX = Box.normalized(0.2, 0.2, 0.6, 0.6);

    private ValidationFixtures fx;
    private TraceValidator validator;

    @BeforeEach
    void setUp() {
        fx = new ValidationFixtures().image("img/a.jpg", 1000, 800).image("crops/a1.jpg", 400, 320);
        for (int i = 1; i <= 16; i++) {
            fx.image("frames/f" + i + ".jpg", 640, 360);
        }
        validator = new TraceValidator(fx, fx, ValidationOptions.sftData().withModelInput(size -> size));
    }

    private List<Finding> validate(Trace trace) {
        return validator.validate(trace, BASE, fx);
    }

    private Trace zoomTrace(ZoomIn zoom) {
        return trace(system(), question("img/a.jpg"), fx.call("zoom <tool_call>", zoom),
                observation("crops/a1.jpg"), answer("It says \\boxed{B}."));
    }

    private Trace framesTrace(List<Integer> frames) {
        return trace(system(), videoQuestion(16), fx.call("frames <tool_call>", new SelectFrames(frames)),
                observation("frames/f1.jpg"), answer("\\boxed{run}"));
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void cleanTraceHasNoFindings() {
        assertThat(validate(zoomTrace(new ZoomIn(1, GOOD_BOX)))).isEmpty();
        assertThat(validate(framesTrace(List.of(1, 5, 16)))).isEmpty();
    }

    @Test
    void missingMediaFileIsAnErrorAtItsField() {
        Trace trace = trace(system(), question("img/nope.jpg"), answer("\\boxed{A}"));
        assertThat(validate(trace)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("media.missing");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().line()).isEqualTo(OptionalLong.of(12));
            assertThat(f.location().traceId()).contains("t1");
            assertThat(f.location().turn()).isEqualTo(OptionalInt.of(1));
            assertThat(f.location().field()).contains("message_list[1].content[1].image");
            assertThat(f.message()).contains("img/nope.jpg");
        });
    }

    @Test
    void mediaPathEscapingTheDatasetFolderIsRefused() {
        Trace trace = trace(system(), question("../../etc/passwd"), answer("\\boxed{A}"));
        assertThat(validate(trace)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("media.path.escapes");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("refused");
        });
    }

    @Test
    void unreadableImageHeaderIsAWarningWhenItsSizeIsNeeded() {
        Trace trace = trace(system(), question("unreadable.jpg"), fx.call("z <tool_call>", new ZoomIn(1, GOOD_BOX)),
                observation("crops/a1.jpg"), answer("\\boxed{B}"));
        assertThat(validate(trace)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("media.unreadable");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void unparseableToolCallIsAnErrorWithTheParsersMessage() {
        Trace trace = trace(system(), question("img/a.jpg"), fx.invalidCall("x <tool_call>", "tool call is not valid JSON"),
                observation("crops/a1.jpg"), answer("\\boxed{B}"));
        assertThat(validate(trace)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("toolcall.invalid");
            assertThat(f.message()).isEqualTo("tool call is not valid JSON");
            assertThat(f.location().field()).contains("message_list[2].content[0].text");
        });
    }

    @Test
    void toolCallWithoutAFollowingUserObservationIsAnError() {
        Trace trace = trace(system(), question("img/a.jpg"), fx.call("z <tool_call>", new ZoomIn(1, GOOD_BOX)),
                answer("\\boxed{B}"));
        assertThat(rules(validate(trace))).containsExactly("toolcall.no-observation");
        Trace endsWithCall = trace(system(), question("img/a.jpg"), answer("\\boxed{B}"),
                fx.call("z2 <tool_call>", new ZoomIn(1, GOOD_BOX)));
        assertThat(validate(endsWithCall)).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("it ends the trace"));
    }

    @Test
    void lastAssistantTurnWithoutBoxedAnswerIsAnErrorForSft() {
        Trace trace = trace(system(), question("img/a.jpg"), answer("The answer is B."));
        assertThat(validate(trace)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("answer.missing");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().turn()).isEqualTo(OptionalInt.of(2));
        });
        assertThat(rules(validate(trace(system(), question("img/a.jpg"))))).containsExactly("answer.missing");
    }

    @Test
    void rlPromptsAreNotHeldToSftAnswerAndOrderRules() {
        TraceValidator rl = new TraceValidator(fx, fx, new ValidationOptions(false, java.util.Optional.empty()));
        Trace prompt = trace(new Turn(Role.USER, List.of(new Content.Image("img/a.jpg"), new Content.Text("Q?"))));
        assertThat(rl.validate(prompt, BASE, fx)).isEmpty();
    }

    @Test
    void firstUserTurnWithVisualBeforeTextIsAWarning() {
        Trace trace = trace(system(), new Turn(Role.USER, List.of(new Content.Image("img/a.jpg"), new Content.Text("Q?"))),
                answer("\\boxed{A}"));
        assertThat(validate(trace)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("prompt.order");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("before the text");
        });
        Trace noVisual = trace(system(), Turn.text(Role.USER, "Q?"), answer("\\boxed{A}"));
        assertThat(validate(noVisual)).extracting(Finding::message).containsExactly("the first user turn has no image or video");
    }

    @Test
    void targetImageBeyondTheImagesSoFarIsAnError() {
        List<Finding> findings = validate(zoomTrace(new ZoomIn(2, GOOD_BOX)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("image.index.out-of-range");
            assertThat(f.message()).contains("within [1,1]");
        });
    }

    @Test
    void laterCallMayTargetAnEarlierCrop() {
        Trace trace = trace(system(), question("img/a.jpg"), fx.call("a <tool_call>", new ZoomIn(1, GOOD_BOX)),
                observation("crops/a1.jpg"), fx.call("b <tool_call>", new ZoomIn(2, GOOD_BOX)),
                observation("crops/a1.jpg"), fx.call("c <tool_call>", new ZoomIn(4, GOOD_BOX)),
                observation("crops/a1.jpg"), answer("\\boxed{B}"));
        assertThat(validate(trace)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("image.index.out-of-range");
            assertThat(f.location().turn()).isEqualTo(OptionalInt.of(6));
        });
    }

    @Test
    void targetImageZeroWrapsToTheLastImageAsAWarning() {
        assertThat(validate(zoomTrace(new ZoomIn(0, GOOD_BOX)))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("image.index.wraps");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("uses image 1 of 1");
        });
    }

    @Test
    void reversedOrFlatBoxIsDegenerate() {
        assertThat(rules(validate(zoomTrace(new ZoomIn(1, Box.normalized(0.6, 0.2, 0.4, 0.6))))))
                .containsExactly("box.degenerate");
        assertThat(rules(validate(zoomTrace(new ZoomIn(1, Box.normalized(0.2, 0.5, 0.6, 0.5))))))
                .containsExactly("box.degenerate");
    }

    @Test
    void normalizedBoxBelowZeroIsOutOfBounds() {
        assertThat(validate(zoomTrace(new ZoomIn(1, Box.normalized(-0.2, 0.1, 0.5, 0.5))))).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("box.out-of-bounds");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                });
    }

    @Test
    void pixelBoxBeyondTheModelInputIsOutOfBounds() {
        Box pixels = new Box(100, 100, 1200, 500, BoxConvention.MODEL_INPUT_PIXELS);
        assertThat(validate(zoomTrace(new ZoomIn(1, pixels)))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("box.out-of-bounds");
            assertThat(f.message()).contains("1000x800 model input");
        });
    }

    @Test
    void unitBoxWithAValueOfOneIsReadAsPixelsAndFlagged() {
        Box box = new Box(0, 0, 1, 1, BoxConvention.MODEL_INPUT_PIXELS);
        List<Finding> findings = validate(zoomTrace(new ZoomIn(1, box)));
        assertThat(rules(findings)).contains("box.convention.suspect");
        assertThat(findings).filteredOn(f -> f.rule().equals("box.convention.suspect")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void cropOfTwentyEightPixelsOrLessAfterPaddingIsAnError() {
        fx.image("img/small.jpg", 100, 100);
        Trace trace = trace(system(), question("img/small.jpg"),
                fx.call("z <tool_call>", new ZoomIn(1, Box.normalized(0.48, 0.48, 0.5, 0.5))),
                observation("crops/a1.jpg"), answer("\\boxed{B}"));
        assertThat(validate(trace)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("crop.too-small");
            assertThat(f.message()).contains("Cropped image is too small: 22x22");
        });
        Trace justEnough = trace(system(), question("img/small.jpg"),
                fx.call("ok <tool_call>", new ZoomIn(1, Box.normalized(0.45, 0.45, 0.55, 0.55))),
                observation("crops/a1.jpg"), answer("\\boxed{B}"));
        assertThat(validate(justEnough)).isEmpty();
    }

    @Test
    void cropSizeRulesAreSkippedWithoutAModelInputSize() {
        fx.image("img/small.jpg", 100, 100);
        TraceValidator noSizer = new TraceValidator(fx, fx, ValidationOptions.sftData());
        Trace trace = trace(system(), question("img/small.jpg"),
                fx.call("z <tool_call>", new ZoomIn(1, Box.normalized(0.48, 0.48, 0.5, 0.5))),
                observation("crops/a1.jpg"), answer("\\boxed{B}"));
        assertThat(noSizer.validate(trace, BASE, fx)).isEmpty();
    }

    @Test
    void cropOnAVideoBeforeAnySelectionIndexesItsFrames() {
        Trace ok = trace(system(), videoQuestion(16), fx.call("z <tool_call>", new ZoomIn(16, GOOD_BOX)),
                observation("crops/a1.jpg"), answer("\\boxed{x}"));
        assertThat(validate(ok)).isEmpty();
        Trace bad = trace(system(), videoQuestion(16), fx.call("z <tool_call>", new ZoomIn(17, GOOD_BOX)),
                observation("crops/a1.jpg"), answer("\\boxed{x}"));
        assertThat(validate(bad)).extracting(Finding::message)
                .containsExactly("target_image=17 is out of range: the reference can only pick a frame of the video within [1,16]");
    }

    @Test
    void selectFramesOnAnImageIsAnError() {
        Trace trace = trace(system(), question("img/a.jpg"), fx.call("f <tool_call>", new SelectFrames(List.of(1))),
                observation("crops/a1.jpg"), answer("\\boxed{B}"));
        assertThat(rules(validate(trace))).containsExactly("frames.on-image");
    }

    @Test
    void moreThanEightFramesIsAnError() {
        assertThat(rules(validate(framesTrace(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9))))).containsExactly("frames.too-many");
    }

    @Test
    void frameBeyondTheVideoIsAnError() {
        assertThat(validate(framesTrace(List.of(3, 17)))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("frames.index.out-of-range");
            assertThat(f.message()).contains("[17]").contains("[1,16]");
        });
    }

    @Test
    void frameIndexZeroOrNegativeWrapsAsAWarning() {
        assertThat(validate(framesTrace(List.of(0, -1, 4)))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("frames.index.wraps");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("[0, -1]").contains("frames [16, 15]");
        });
    }
}
