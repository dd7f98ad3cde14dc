package io.pixelstudio.bridge.engine.video;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FrameChoiceTest {

    @Test
    void greedySelectionTakesTheTwoHighestFramesInOrder() {
        float[] logits = new float[FrameInput.FRAMES];
        logits[11] = 3f;
        logits[4] = 2f;
        logits[0] = 1f;
        assertThat(FrameChoice.frames(logits, null)).containsExactly(12, 5);
    }

    @Test
    void sampledSelectionsAreTwoDistinctFramesFollowingTheSoftmax() {
        float[] logits = new float[FrameInput.FRAMES];
        logits[2] = 4f;
        Random random = new Random(1);
        int withThree = 0;
        for (int i = 0; i < 500; i++) {
            List<Integer> picked = FrameChoice.frames(logits, random);
            assertThat(picked).hasSize(2).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isBetween(1, 16));
            withThree += picked.contains(3) ? 1 : 0;
        }
        // p(frame 3 first) = e^4 / (e^4 + 15) ≈ 0.78, and it can still come second
        assertThat(withThree).isGreaterThan(400);
    }

    @Test
    void theTaughtPairPrefersTheSelectionsEvidenceFrames() {
        assertThat(FrameChoice.taughtPair(List.of(8, 9, 10, 11), List.of(9, 10))).containsExactly(9, 10);
        assertThat(FrameChoice.taughtPair(List.of(8, 9, 10), List.of(10))).containsExactly(8, 10);
        assertThat(FrameChoice.taughtPair(List.of(2, 14), List.of(7))).containsExactly(2, 14);
        assertThat(FrameChoice.taughtPair(List.of(5), List.of(5))).containsExactly(5);
    }
}
