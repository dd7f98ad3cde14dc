package io.pixelstudio.bridge.engine.policy;

/**
 * Supervised fine-tuning settings of the embedded engine.
 *
 * @param epochs       passes over the teacher-forced steps
 * @param batchSize    steps per optimizer update
 * @param learningRate Adam's learning rate
 * @param seed         shuffling seed (parameters are seeded when the policy is made)
 */
public record SftSettings(int epochs, int batchSize, float learningRate, long seed) {

    public SftSettings {
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("epochs and batch size must be >= 1, the learning rate > 0");
        }
    }
}
