package io.pixelstudio.trace.rollout.heatmap;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ZoomRegionsTest {

    private static final String CALL = "<tool_call>{\"name\": \"crop_image_normalized\", \"arguments\": "
            + "{\"bbox_2d\": [0.2, 0.3, 0.4, 0.5], \"target_image\": 1}}</tool_call>";

    static Trace zoomTrace(List<Evidence> evidence) {
        return new Trace("t", "test", "q?", List.of(new Media.Image("street.jpg")), List.of("A"), evidence,
                List.of(Turn.text(Role.USER, "q?"), Turn.text(Role.ASSISTANT, "Look closer. " + CALL),
                        Turn.text(Role.USER, "<tool_response>Here is the cropped image (Image Size: 300x300):</tool_response>"),
                        Turn.text(Role.ASSISTANT, "\\boxed{A}")),
                Review.none(), Extras.empty());
    }

    @Test
    void aZoomsRegionIsTheBoxPaddedByATenthOnEverySide() {
        List<Box> cuts = ZoomRegions.cutsOnFirstImage(zoomTrace(List.of()));

        assertThat(cuts).hasSize(1);
        Box cut = cuts.get(0);
        assertThat(cut.x1()).isCloseTo(0.1, within(1e-9));
        assertThat(cut.y1()).isCloseTo(0.2, within(1e-9));
        assertThat(cut.x2()).isCloseTo(0.5, within(1e-9));
        assertThat(cut.y2()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void evidenceInOriginalPixelsIsDividedByTheImageSizeAndLeftOutWithoutIt() {
        Trace trace = zoomTrace(List.of(new Evidence.Region(1, new Box(100, 50, 300, 150, BoxConvention.ORIGINAL_PIXELS)),
                new Evidence.Region(1, Box.normalized(0.5, 0.5, 0.6, 0.6)),
                new Evidence.Region(2, Box.normalized(0, 0, 1, 1))));

        assertThat(ZoomRegions.evidenceOnFirstImage(trace, 1000, 500))
                .containsExactly(Box.normalized(0.1, 0.1, 0.3, 0.3), Box.normalized(0.5, 0.5, 0.6, 0.6));
        assertThat(ZoomRegions.evidenceOnFirstImage(trace, 0, 0)).containsExactly(Box.normalized(0.5, 0.5, 0.6, 0.6));
    }
}
