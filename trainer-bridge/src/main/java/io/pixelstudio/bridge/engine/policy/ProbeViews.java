package io.pixelstudio.bridge.engine.policy;

import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.CropExecutor;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.VisualState;
import io.pixelstudio.trace.synth.OperationTraceBuilder;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The views of one image the policy can get: the whole image and each grid cell's crop, cut by the
 * reference crop tool ({@link CropExecutor}, on the model input as a rollout sees it) and
 * downsampled to the view. Crops are computed once per cell. Why the real tool even in training:
 * the crops taught under teacher forcing must be the crops a rollout's calls return.
 */
public final class ProbeViews {

    private final VisualState state;
    private final ZoomGrid grid;
    private final CropExecutor crops;
    private final float[] whole;
    private final Map<Integer, float[]> cells = new HashMap<>();

    public ProbeViews(BufferedImage original, ZoomGrid grid, ReplaySettings settings) {
        Objects.requireNonNull(original, "original");
        this.grid = Objects.requireNonNull(grid, "grid");
        this.state = VisualState.ofImages(List.of(OperationTraceBuilder.modelInput(original, settings.inputBounds())));
        this.crops = new CropExecutor(settings.cropBounds());
        this.whole = PolicyInput.view(original);
    }

    public float[] whole() {
        return whole;
    }

    /** The view of cell {@code cell}'s crop, as the tool returns it for the policy's call. */
    public float[] cell(int cell) {
        return cells.computeIfAbsent(cell, c -> {
            OperationResult result = crops.execute(state, new VisualOperation.ZoomIn(1, grid.request(c))).result();
            if (!(result instanceof OperationResult.Success success)) {
                throw new IllegalStateException("the crop tool refused cell " + c + ": " + result.observationText());
            }
            return PolicyInput.view(success.images().get(0));
        });
    }
}
