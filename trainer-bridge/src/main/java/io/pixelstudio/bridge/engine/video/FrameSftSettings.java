package io.pixelstudio.bridge.engine.video;

/**
 * Supervised fine-tuning settings of the frame policy.
 *
 * @param epochs       passes over the teacher-forced steps
 * @param batchSize    steps per optimizer update
 * @param learningRate Adam's learning rate
 * @param seed         shuffling seed (parameters are seeded when the policy is made)
 */
public record FrameSftSettings(int epochs, int batchSize, float learningRate, long seed) {

    public FrameSftSettings {
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("epochs and batch size must be >= 1, the learning rate > 0");
        }
    }
}
