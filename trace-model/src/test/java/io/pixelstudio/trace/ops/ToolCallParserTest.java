package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.VisualOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ToolCallParserTest {

    private static ToolCall parse(String text) {
        return ToolCallParser.parse(text).orElseThrow();
    }

    private static ToolCall.Invalid invalid(String json) {
        ToolCall call = ToolCallParser.parseJson(json);
        assertThat(call).isInstanceOf(ToolCall.Invalid.class);
        return (ToolCall.Invalid) call;
    }

    @Test
    void textWithoutTagHasNoCall() {
        assertThat(ToolCallParser.parse("The answer is \\boxed{B}.")).isEmpty();
    }

    @Test
    void parsesZoomInWithNormalizedBox() {
        String text = "Let me zoom in.\n<tool_call>\n{\"name\": \"crop_image_normalized\", \"arguments\":"
                + " {\"bbox_2d\": [0.1, 0.2, 0.5, 0.75], \"target_image\": 1}}\n</tool_call>";
        ToolCall call = parse(text);
        assertThat(call).isEqualTo(new ToolCall.Valid(
                new VisualOperation.ZoomIn(1, Box.normalized(0.1, 0.2, 0.5, 0.75)),
                "\n{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": [0.1, 0.2, 0.5, 0.75], \"target_image\": 1}}\n"));
    }

    @Test
    void boxWithAnyValueOfOneOrMoreIsPixels() {
        ToolCall call = ToolCallParser.parseJson(
                "{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": [0, 0, 1, 1], \"target_image\": 2}}");
        VisualOperation.ZoomIn zoom = (VisualOperation.ZoomIn) ((ToolCall.Valid) call).operation();
        assertThat(zoom.box()).isEqualTo(new Box(0, 0, 1, 1, BoxConvention.MODEL_INPUT_PIXELS));
        assertThat(zoom.targetImage()).isEqualTo(2);
    }

    @Test
    void takesTheLastCallInTheText() {
        String text = "<tool_call>{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [1]}}</tool_call>"
                + " then <tool_call>{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [3, 3, 0]}}</tool_call>";
        ToolCall call = parse(text);
        assertThat(((ToolCall.Valid) call).operation()).isEqualTo(new VisualOperation.SelectFrames(List.of(3, 3, 0)));
    }

    @Test
    void unclosedTagIsInvalidAndNotExecuted() {
        String text = "<tool_call>\n{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [1]}}";
        ToolCall call = parse(text);
        assertThat(call).isInstanceOf(ToolCall.Invalid.class);
        assertThat(((ToolCall.Invalid) call).message()).contains("unclosed");
        assertThat(ToolCallParser.triggersExecution(text)).isFalse();
    }

    @Test
    void executionNeedsTheTurnToEndWithTheClosingTag() {
        assertThat(ToolCallParser.triggersExecution("x<tool_call>{}</tool_call><|im_end|>")).isTrue();
        assertThat(ToolCallParser.triggersExecution("x<tool_call>{}</tool_call>\n")).isFalse();
    }

    @Test
    void badJsonIsInvalidWithoutReferenceText() {
        ToolCall.Invalid call = invalid("{\"name\": \"select_frames\", ");
        assertThat(call.message()).startsWith("tool call is not valid JSON");
        assertThat(call.referenceError()).isEmpty();
    }

    @Test
    void trailingDataAfterTheObjectIsInvalid() {
        assertThat(invalid("{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [1]}} extra").message())
                .startsWith("tool call is not valid JSON");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"arguments\": {}}|'name'",
        "[1, 2]|list indices must be integers or slices, not str",
        "7|'int' object is not subscriptable",
        "{\"name\": \"select_frames\"}|'arguments'",
        "{\"name\": \"zoom_in\", \"arguments\": {}}|'zoom_in'",
        "{\"name\": [\"a\"], \"arguments\": {}}|unhashable type: 'list'",
        "{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": [0, 0, 1, 1]}}|'target_image'",
        "{\"name\": \"crop_image_normalized\", \"arguments\": {\"target_image\": \"1\", \"bbox_2d\": [0, 0, 1, 1]}}|unsupported operand type(s) for -: 'str' and 'int'",
        "{\"name\": \"crop_image_normalized\", \"arguments\": {\"target_image\": 1.0, \"bbox_2d\": [0, 0, 1, 1]}}|list indices must be integers or slices, not float",
        "{\"name\": \"crop_image_normalized\", \"arguments\": {\"target_image\": 1}}|'bbox_2d'",
        "{\"name\": \"crop_image_normalized\", \"arguments\": {\"target_image\": 1, \"bbox_2d\": [0.1, 0.2, 0.3]}}|list index out of range",
        "{\"name\": \"crop_image_normalized\", \"arguments\": {\"target_image\": 1, \"bbox_2d\": [0.1, \"a\", 0.3, 0.4]}}|'<' not supported between instances of 'str' and 'int'",
        "{\"name\": \"crop_image_normalized\", \"arguments\": {\"target_image\": 1, \"bbox_2d\": [5, \"a\", 0.3, 0.4]}}|could not convert string to float: 'a'",
        "{\"name\": \"crop_image_normalized\", \"arguments\": {\"target_image\": 1, \"bbox_2d\": [5, null, 0.3, 0.4]}}|float() argument must be a string or a real number, not 'NoneType'",
        "{\"name\": \"crop_image_normalized\", \"arguments\": {\"target_image\": 1, \"bbox_2d\": {\"x\": 1}}}|0",
        "{\"name\": \"select_frames\", \"arguments\": {\"frames\": [1]}}|'target_frames'",
        "{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": 3}}|object of type 'int' has no len()",
        "{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": []}}|max() arg is an empty sequence",
        "{\"name\": \"select_frames\", \"arguments\": [1]}|list indices must be integers or slices, not str",
    })
    void invalidCallsCarryThePythonErrorTextTheModelSaw(String json, String referenceError) {
        ToolCall.Invalid call = invalid(json);
        assertThat(call.referenceError()).contains(referenceError);
        assertThat(call.message()).isNotBlank();
    }

    @Test
    void extraBoxValuesAreIgnoredLikeTheReference() {
        ToolCall call = ToolCallParser.parseJson("{\"name\": \"crop_image_normalized\", \"arguments\":"
                + " {\"bbox_2d\": [0.1, 0.2, 0.3, 0.4, 9], \"target_image\": 1}}");
        assertThat(((VisualOperation.ZoomIn) ((ToolCall.Valid) call).operation()).box())
                .isEqualTo(Box.normalized(0.1, 0.2, 0.3, 0.4));
    }

    @Test
    void numericStringsAreAcceptedOnceThePixelBranchIsTaken() {
        ToolCall call = ToolCallParser.parseJson("{\"name\": \"crop_image_normalized\", \"arguments\":"
                + " {\"bbox_2d\": [10, \"20\", \" 3e1 \", 40], \"target_image\": 1}}");
        assertThat(((VisualOperation.ZoomIn) ((ToolCall.Valid) call).operation()).box())
                .isEqualTo(new Box(10, 20, 30, 40, BoxConvention.MODEL_INPUT_PIXELS));
    }

    @Test
    void nonFiniteBoxValuesAreInvalid() {
        ToolCall.Invalid call = invalid("{\"name\": \"crop_image_normalized\", \"arguments\":"
                + " {\"bbox_2d\": [NaN, 0.1, 0.2, 0.3], \"target_image\": 1}}");
        assertThat(call.message()).contains("not finite");
    }

    @Test
    void tooManyFramesIsValidForTheParserButTooManyNonIntegersCarryTheLimitError() {
        assertThat(ToolCallParser.parseJson("{\"name\": \"select_frames\", \"arguments\":"
                + " {\"target_frames\": [1, 2, 3, 4, 5, 6, 7, 8, 9]}}")).isInstanceOf(ToolCall.Valid.class);
        ToolCall.Invalid call = invalid("{\"name\": \"select_frames\", \"arguments\":"
                + " {\"target_frames\": [1.5, 2, 3, 4, 5, 6, 7, 8, 9]}}");
        assertThat(call.referenceError()).isEqualTo(Optional.of(SelectFramesRules.tooManyError(9)));
    }

    @Test
    void booleansCountAsIntegersLikeInPython() {
        ToolCall call = ToolCallParser.parseJson("{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [true, 2]}}");
        assertThat(((ToolCall.Valid) call).operation()).isEqualTo(new VisualOperation.SelectFrames(List.of(1, 2)));
    }
}
