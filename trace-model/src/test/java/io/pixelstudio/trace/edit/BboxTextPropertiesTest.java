package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.ToolCallParser;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BboxTextPropertiesTest {

    private static VisualOperation.ZoomIn parse(String array) {
        ToolCall call = ToolCallParser.parseJson("{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": "
                + array + ", \"target_image\": 1}}");
        return (VisualOperation.ZoomIn) ((ToolCall.Valid) call).operation();
    }

    @Property
    void aNormalizedBoxIsWrittenSoTheReferenceReadsItAsNormalizedNearWhatWasDrawn(
            @ForAll @DoubleRange(min = 0, max = 0.95) double x1, @ForAll @DoubleRange(min = 0, max = 0.95) double y1,
            @ForAll @DoubleRange(min = 0.01, max = 1) double w, @ForAll @DoubleRange(min = 0.01, max = 1) double h)
            throws EditException {
        Assume.that(x1 + w <= 1 && y1 + h <= 1);
        Box drawn = Box.normalized(x1, y1, x1 + w, y1 + h);

        BboxText.Written written = BboxText.write(2, drawn, BoxConvention.NORMALIZED,
                Optional.of("[0.1, 0.2, 0.4, 0.5]"), Optional.empty());

        VisualOperation.ZoomIn read = parse(written.arrayText());
        assertThat(read.box()).isEqualTo(written.box());
        assertThat(read.box().convention()).isEqualTo(BoxConvention.NORMALIZED);
        assertThat(read.box().x1()).isCloseTo(drawn.x1(), within(0.0100001));
        assertThat(read.box().x2()).isCloseTo(drawn.x2(), within(0.0100001));
        assertThat(read.box().y2()).isCloseTo(drawn.y2(), within(0.0100001));
    }

    @Property
    void aPixelCallGetsIntegerPixelsInsideTheImage(
            @ForAll @DoubleRange(min = 0, max = 0.9) double x1, @ForAll @DoubleRange(min = 0.05, max = 1) double w,
            @ForAll @IntRange(min = 56, max = 2000) int width, @ForAll @IntRange(min = 56, max = 2000) int height)
            throws EditException {
        Assume.that(x1 + w <= 1);
        Box drawn = Box.normalized(x1, 0.1, x1 + w, 0.9);

        BboxText.Written written = BboxText.write(2, drawn, BoxConvention.MODEL_INPUT_PIXELS,
                Optional.of("[10, 20, 300, 200]"), Optional.of(new int[] {width, height}));

        assertThat(written.arrayText()).matches("\\[\\d+, \\d+, \\d+, \\d+\\]");
        VisualOperation.ZoomIn read = parse(written.arrayText());
        assertThat(read.box()).isEqualTo(written.box());
        assertThat(read.box().x2()).isBetween(0.0, (double) width);
        assertThat(read.box().x1()).isCloseTo(x1 * width, within(0.5));
    }
}
