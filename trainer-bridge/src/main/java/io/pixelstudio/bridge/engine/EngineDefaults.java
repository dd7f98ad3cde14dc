package io.pixelstudio.bridge.engine;

/**
 * The sizes of an embedded-engine run (probe suite → SFT → GRPO → held-out evaluation) that were
 * measured on a 2-core CPU machine. Why a record of plain numbers: the run recipe, the CLI and the
 * benchmarks start from the same measured sizes instead of each guessing its own, and the record
 * stays free of the policy and RL packages that read it.
 *
 * @param items             probe items generated (every fifth held out)
 * @param sftEpochs         SFT passes over the teacher-forced steps
 * @param sftBatch          SFT steps per update
 * @param sftLearningRate   SFT Adam learning rate
 * @param rlSteps           GRPO updates
 * @param rlQuestions       probe items per GRPO step (one group each)
 * @param rlGroupSize       rollouts per group
 * @param rlLearningRate    GRPO Adam learning rate
 */
public record EngineDefaults(int items, int sftEpochs, int sftBatch, float sftLearningRate, int rlSteps,
                             int rlQuestions, int rlGroupSize, float rlLearningRate) {

    public EngineDefaults {
        if (items < 5 || sftEpochs < 1 || sftBatch < 1 || !(sftLearningRate > 0) || rlSteps < 1 || rlQuestions < 1
                || rlGroupSize < 2 || !(rlLearningRate > 0)) {
            throw new IllegalArgumentException("engine sizes out of range: " + items + " items, " + sftEpochs
                    + " epochs, batch " + sftBatch + ", " + rlSteps + " RL steps, " + rlQuestions + "×" + rlGroupSize);
        }
    }

    /**
     * A full run meant to fit in about ten minutes on a 2-core CPU (docs/engine.md has the measured
     * figures): SFT good enough to read its crops, then a short GRPO phase.
     */
    public static EngineDefaults tenMinutes() {
        return new EngineDefaults(500, 8, 16, 2e-3f, 30, 4, 8, 3e-4f);
    }

    /** A run of seconds for CI: exercises every stage, learns little. */
    public static EngineDefaults ci() {
        return new EngineDefaults(10, 1, 8, 3e-3f, 2, 2, 4, 1e-3f);
    }
}
