package io.pixelstudio.bridge.engine.video;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.pixelstudio.bridge.engine.TestEngines;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FrameGradientLossTest {

    private final FrameNetwork net = new FrameNetwork(FrameInput.FRAMES, 3);

    @Test
    void aSelectionIsTwoDrawsWithoutReplacementAndAnAnswerItsClass() {
        float[] row1 = new float[net.outputs()];
        float[] row2 = new float[net.outputs()];
        row1[0] = 0.3f;
        row1[1] = 1.1f;
        for (int f = 0; f < FrameInput.FRAMES; f++) {
            row1[2 + f] = 0.1f * f;
            row2[2 + f] = -0.2f * f;
        }
        row2[2 + FrameInput.FRAMES] = 0.5f;
        row2[2 + FrameInput.FRAMES + 2] = -1f;
        List<FrameDecision> decisions = List.of(new FrameDecision(new float[1], FrameNetwork.ACTION_SELECT, List.of(7, 3), -1),
                new FrameDecision(new float[1], -1, List.of(), 2));
        double[] advantages = {0.5, -2.0};
        double expected = -(0.5 * (logSoftmax(row1, 0, 2, 1) + selection(row1, 6, 2))
                + -2.0 * logSoftmax(row2, 2 + FrameInput.FRAMES, 3, 2));
        try (NDManager m = TestEngines.runtime().newManager()) {
            float[] flat = new float[2 * net.outputs()];
            System.arraycopy(row1, 0, flat, 0, row1.length);
            System.arraycopy(row2, 0, flat, row1.length, row2.length);
            NDArray out = m.create(flat, new Shape(2, net.outputs()));
            assertThat((double) FrameGradientLoss.loss(net, out, decisions, advantages).getFloat())
                    .isCloseTo(expected, within(1e-4));
        }
    }

    /** log p(a) + log p(b) − log(1 − p(a)) for frames a, b (0-based) of the frame head. */
    private static double selection(float[] row, int a, int b) {
        double pa = Math.exp(logSoftmax(row, 2, FrameInput.FRAMES, a));
        return Math.log(pa) + logSoftmax(row, 2, FrameInput.FRAMES, b) - Math.log(1 - pa);
    }

    private static double logSoftmax(float[] row, int from, int size, int index) {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += Math.exp(row[from + i]);
        }
        return row[from + index] - Math.log(sum);
    }
}
