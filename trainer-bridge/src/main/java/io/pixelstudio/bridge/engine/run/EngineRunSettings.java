package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.EngineDefaults;
import io.pixelstudio.bridge.run.Hyperparameters;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.run.RunSpecException;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an embedded run does, read from a spec: which phases, their sizes, where the weights start.
 * Why one reading place: the recipe checks a spec with it before anything starts (so a bad
 * {@code extra} value is refused in the launch form, not minutes later in the child JVM), and the
 * run uses the same values. The mapping is documented in docs/engine.md "Running the engine".
 *
 * @param kind            the spec's kind
 * @param probeCount      items to generate when the data folder has no suite ({@code extra.probe_count})
 * @param probeSeed       the generator's seed ({@code extra.probe_seed}, default the spec's seed)
 * @param sftEpochs       SFT epochs: {@code epochs} for kind SFT, {@code extra.sft_epochs} before RL
 * @param sftBatch        steps per SFT update ({@code batchSize})
 * @param sftLearningRate SFT's Adam rate: {@code learningRate} for kind SFT, {@code extra.sft_learning_rate} before RL
 * @param rlSteps         RL updates ({@code maxSteps}; 0 for SFT and evaluation)
 * @param questions       probe items per RL step ({@code extra.questions_per_step})
 * @param groupSize       rollouts per item ({@code groupSize})
 * @param rlLearningRate  RL's Adam rate ({@code learningRate})
 * @param checkpointEvery RL steps between checkpoints ({@code extra.checkpoint_every}); the last step always saves
 * @param evaluate        whether the held-out split is evaluated at the end ({@code extra.evaluate}, always for EVALUATION)
 * @param evaluateEvery   RL steps between held-out evaluations during RL ({@code extra.eval_every}; 0 = only at
 *                        the end)
 * @param seed            policy initialisation, shuffling and sampling seed ({@code seed})
 * @param startFrom       the checkpoint folder the weights start from: {@code resumeFrom}, else {@code baseModel}
 *                        unless it is empty or {@code new}
 * @param gpu             whether the spec asks for {@code cuda:N}
 * @param variant         image probes with the zoom policy, or video probes with the frame policy
 *                        ({@code extra.variant}: {@code image}, the default, or {@code video})
 */
public record EngineRunSettings(RunKind kind, int probeCount, long probeSeed, int sftEpochs, int sftBatch,
                                float sftLearningRate, int rlSteps, int questions, int groupSize,
                                float rlLearningRate, int checkpointEvery, boolean evaluate, int evaluateEvery,
                                long seed, Optional<String> startFrom, boolean gpu,
                                EngineVariant variant) {

    /** The {@code baseModel} value that means "a new policy drawn from the seed". */
    public static final String NEW_POLICY = "new";
    /** The {@code extra} keys the embedded recipe reads; any other key is refused (a misspelt knob must not be ignored). */
    public static final Set<String> EXTRA_KEYS = Set.of("probe_count", "probe_seed", "sft_epochs", "sft_learning_rate",
            "questions_per_step", "checkpoint_every", "evaluate", "eval_every", "variant");
    /** RL steps between checkpoints when {@code extra.checkpoint_every} is not given. */
    public static final int CHECKPOINT_EVERY = 10;

    public EngineRunSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startFrom, "startFrom");
        Objects.requireNonNull(variant, "variant");
    }

    /** Whether SFT runs (kind SFT, or RL with {@code sft_epochs} > 0). */
    public boolean runsSft() {
        return sftEpochs > 0;
    }

    /** Whether RL runs. */
    public boolean runsRl() {
        return rlSteps > 0;
    }

    /**
     * Reads {@code spec}.
     *
     * @throws RunSpecException naming the field ({@code hyperparameters.extra.sft_epochs: …}) when a value cannot run
     */
    public static EngineRunSettings of(RunSpec spec) throws RunSpecException {
        Hyperparameters h = spec.hyperparameters();
        Map<String, String> extra = h.extra();
        for (String key : extra.keySet()) {
            if (!EXTRA_KEYS.contains(key)) {
                throw fail("extra." + key, "not a setting of the embedded engine (it reads " + String.join(", ",
                        EXTRA_KEYS.stream().sorted().toList()) + ")");
            }
        }
        if (h.finetuning().equals("lora")) {
            throw fail("finetuning", "the embedded policy is small and always trained in full; set full");
        }
        if (spec.devices().size() > 1) {
            throw new RunSpecException(null, 0, 0, "devices", "the embedded engine runs on one device, not "
                    + spec.devices(), null);
        }
        String device = spec.devices().isEmpty() ? "cpu" : spec.devices().get(0);
        if (!device.equals("cpu") && !device.matches("cuda:\\d+")) {
            throw new RunSpecException(null, 0, 0, "devices", "'" + device + "' is not cpu or cuda:N", null);
        }
        EngineVariant variant = variant(extra);
        EngineDefaults sizes = EngineDefaults.tenMinutes();
        int probes = positive(extra, "probe_count", sizes.items());
        long probeSeed = longValue(extra, "probe_seed", h.seed());
        int checkpointEvery = positive(extra, "checkpoint_every", CHECKPOINT_EVERY);
        int questions = positive(extra, "questions_per_step", sizes.rlQuestions());
        boolean evaluate = bool(extra, "evaluate", true);
        int evaluateEvery = nonNegative(extra, "eval_every", 0);
        int sftEpochs = 0;
        float sftRate = (float) h.learningRate();
        int rlSteps = 0;
        switch (spec.kind()) {
            case SFT -> sftEpochs = h.epochs();
            case RL -> {
                sftEpochs = nonNegative(extra, "sft_epochs", 0);
                sftRate = (float) number(extra, "sft_learning_rate", sizes.sftLearningRate());
                rlSteps = h.maxSteps();
                if (rlSteps < 1) {
                    throw fail("maxSteps", "RL on the embedded engine counts optimizer steps; set it to 1 or more");
                }
                if (h.groupSize() < 2) {
                    throw fail("groupSize", "a group needs at least 2 rollouts");
                }
            }
            case EVALUATION -> evaluate = true;
        }
        String start = !spec.resumeFrom().isBlank() ? spec.resumeFrom().strip() : spec.baseModel().strip();
        Optional<String> startFrom = start.isEmpty() || start.equalsIgnoreCase(NEW_POLICY) ? Optional.empty()
                : Optional.of(start);
        if (spec.kind() == RunKind.EVALUATION && startFrom.isEmpty()) {
            throw new RunSpecException(null, 0, 0, "baseModel", "an evaluation needs a checkpoint folder of the pixel policy",
                    null);
        }
        return new EngineRunSettings(spec.kind(), probes, probeSeed, sftEpochs, h.batchSize(), sftRate, rlSteps,
                questions, h.groupSize(), (float) h.learningRate(), checkpointEvery, evaluate, evaluateEvery, h.seed(),
                startFrom, device.startsWith("cuda"), variant);
    }

    private static EngineVariant variant(Map<String, String> extra) throws RunSpecException {
        String text = extra.get("variant");
        if (text == null) {
            return EngineVariant.IMAGE;
        }
        return EngineVariant.fromId(text.strip()).orElseThrow(() -> fail("extra.variant", "'" + text
                + "' is not a variant of the embedded engine (image or video)"));
    }

    private static RunSpecException fail(String field, String why) {
        return new RunSpecException(null, 0, 0, "hyperparameters." + field, why, null);
    }

    private static int positive(Map<String, String> extra, String key, int fallback) throws RunSpecException {
        int value = (int) longValue(extra, key, fallback);
        if (value < 1) {
            throw fail("extra." + key, "must be 1 or more, not " + value);
        }
        return value;
    }

    private static int nonNegative(Map<String, String> extra, String key, int fallback) throws RunSpecException {
        int value = (int) longValue(extra, key, fallback);
        if (value < 0) {
            throw fail("extra." + key, "must not be negative, not " + value);
        }
        return value;
    }

    private static long longValue(Map<String, String> extra, String key, long fallback) throws RunSpecException {
        String text = extra.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw fail("extra." + key, "not a whole number: '" + text + "'");
        }
    }

    private static double number(Map<String, String> extra, String key, double fallback) throws RunSpecException {
        String text = extra.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (!(value > 0) || Double.isInfinite(value)) {
                throw fail("extra." + key, "must be a positive number, not " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw fail("extra." + key, "not a number: '" + text + "'");
        }
    }

    private static boolean bool(Map<String, String> extra, String key, boolean fallback) throws RunSpecException {
        String text = extra.get(key);
        if (text == null) {
            return fallback;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw fail("extra." + key, "not true or false: '" + text + "'");
        };
    }
}
