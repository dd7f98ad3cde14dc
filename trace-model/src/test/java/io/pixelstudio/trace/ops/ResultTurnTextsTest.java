package io.pixelstudio.trace.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultTurnTextsTest {

    @Test
    void writesTheReferenceTexts() {
        assertThat(ResultTurnTexts.crop(644, 336)).isEqualTo("\nHere is the cropped image (Image Size: 644x336):");
        assertThat(ResultTurnTexts.frames(728, 392, 1, 3))
                .isEqualTo("\nHere are the selected frames (Frame Size: 728x392, Numbered 1 to 3):");
        assertThat(ResultTurnTexts.error("boom")).isEqualTo("\nExecution error:\nboom\n");
    }

    @Test
    void recognisesExactTextsAndTheirNumbers() {
        ResultTurnTexts.Observation crop = ResultTurnTexts.recognise(ResultTurnTexts.crop(644, 336)).orElseThrow();
        assertThat(crop).isEqualTo(new ResultTurnTexts.Observation(ResultTurnTexts.Kind.CROP, true, 644, 336, -1, -1, ""));
        ResultTurnTexts.Observation frames = ResultTurnTexts.recognise(ResultTurnTexts.frames(10, 20, 2, 5)).orElseThrow();
        assertThat(frames.firstNumber()).isEqualTo(2);
        assertThat(frames.lastNumber()).isEqualTo(5);
        assertThat(frames.exact()).isTrue();
        ResultTurnTexts.Observation error = ResultTurnTexts.recognise("\nExecution error:\nCropped image is too small: 9x7\n").orElseThrow();
        assertThat(error.kind()).isEqualTo(ResultTurnTexts.Kind.ERROR);
        assertThat(error.errorMessage()).isEqualTo("Cropped image is too small: 9x7");
        assertThat(error.exact()).isTrue();
    }

    @Test
    void recognisesTheForkVariantAsNotExact() {
        ResultTurnTexts.Observation crop = ResultTurnTexts.recognise("Here is the cropped image:").orElseThrow();
        assertThat(crop.kind()).isEqualTo(ResultTurnTexts.Kind.CROP);
        assertThat(crop.exact()).isFalse();
        assertThat(crop.width()).isEqualTo(-1);
    }

    @Test
    void aQuestionIsNotAnObservation() {
        assertThat(ResultTurnTexts.recognise("What colour is the cropped image of the car?")).isEmpty();
    }
}
