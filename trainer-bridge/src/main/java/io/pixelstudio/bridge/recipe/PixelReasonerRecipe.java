package io.pixelstudio.bridge.recipe;

import io.pixelstudio.bridge.process.LaunchCommand;
import io.pixelstudio.bridge.process.TrainerOutput;
import io.pixelstudio.bridge.run.Hyperparameters;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.rollout.reward.RewardParameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The Pixel Reasoner repository's own scripts, configured by the path of its checkout:
 * <ul>
 * <li>SFT: {@code instruction_tuning/sft_tool.py} under {@code torch.distributed.run} with the flags of
 * {@code instruction_tuning/sft.sh} (the spec's values in place of the script's);</li>
 * <li>RL: a copy of {@code curiosity_driven_rl/scripts/train_vlm_multi.sh} with its placeholder paths
 * ({@code working_dir=/path/to/workdir}, {@code DATASET=/path/to/train.parquet}) replaced and the
 * spec's settings exported as the variables the script reads ({@code policy}, {@code lr} in units of
 * 1e-7, {@code nsamples}, {@code maxlen}, {@code temperature});</li>
 * <li>evaluation: {@code curiosity_driven_rl/scripts/eval_vlm_new.sh} with the variables
 * {@code example_eval.sh} sets.</li>
 * </ul>
 * Its RL reward is hard-coded in {@code experience_maker.py}: a spec asking for other reward
 * parameters than the reference code's is refused rather than silently run with different ones.
 */
public final class PixelReasonerRecipe implements RunRecipe {

    /** The recipe id. */
    public static final String ID = "pixelreasoner";
    private static final String RL_SCRIPT = "curiosity_driven_rl/scripts/train_vlm_multi.sh";
    private static final String EVAL_SCRIPT = "curiosity_driven_rl/scripts/eval_vlm_new.sh";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Pixel Reasoner repository scripts (sft_tool.py, train_vlm_multi.sh, eval_vlm_new.sh)";
    }

    @Override
    public Set<RunKind> kinds() {
        return EnumSet.allOf(RunKind.class);
    }

    @Override
    public PreparedRun prepare(RunSpec spec, Path runFolder, RecipeSettings settings) throws RecipeException {
        Path repo = settings.requireInstallation(ID, "the Pixel Reasoner repository checkout");
        Map<String, String> env = new LinkedHashMap<>(DeviceEnvironment.of(spec));
        switch (spec.kind()) {
            case SFT:
                return new PreparedRun(new LaunchCommand(sftArguments(spec, repo, settings.python()), repo, env),
                        output(spec, runFolder), List.of());
            case RL:
                return rl(spec, repo, runFolder, env);
            default:
                return evaluation(spec, repo, env, runFolder);
        }
    }

    @Override
    public TrainerOutput output(RunSpec spec, Path runFolder) {
        return new TrainerOutput(Optional.of(new HfTrainerLogConverter()), List.of());
    }

    static List<String> sftArguments(RunSpec spec, Path repo, String python) throws RecipeException {
        Hyperparameters h = spec.hyperparameters();
        if (h.finetuning().equals("lora")) {
            throw new RecipeException("the Pixel Reasoner SFT script fine-tunes the full model; choose finetuning full"
                    + " or the studio-python / llamafactory recipe for LoRA");
        }
        List<String> argv = new ArrayList<>(List.of(python, "-m", "torch.distributed.run",
                "--nproc_per_node=" + Math.max(1, DeviceEnvironment.gpuCount(spec)), "--nnodes=1", "--node_rank=0",
                "--master_addr=127.0.0.1", "--master_port=12347",
                repo.resolve("instruction_tuning/sft_tool.py").toString(),
                "--deepspeed", repo.resolve("instruction_tuning/local_scripts/zero2.json").toString(),
                "--output_dir", spec.output(),
                "--model_name_or_path", spec.baseModel(),
                "--datasetpath", spec.data().path(),
                "--lr_scheduler_type", "cosine", "--warmup_ratio", "0.1", "--eval_strategy", "no",
                "--per_device_train_batch_size", String.valueOf(h.batchSize()),
                "--gradient_accumulation_steps", String.valueOf(h.gradientAccumulation()),
                "--logging_steps", "1", "--bf16",
                "--learning_rate", String.valueOf(h.learningRate()),
                "--torch_dtype", "bfloat16",
                "--data_seed", String.valueOf(h.seed()),
                "--report_to", "none", "--gradient_checkpointing", "true",
                "--attn_implementation", "flash_attention_2",
                "--num_train_epochs", String.valueOf(h.epochs()),
                "--run_name", spec.name(),
                "--save_strategy", "epoch", "--save_only_model", "true", "--freeze_vision_modules", "true"));
        if (h.maxSteps() > 0) {
            argv.addAll(List.of("--max_steps", String.valueOf(h.maxSteps())));
        }
        if (!spec.resumeFrom().isEmpty()) {
            argv.addAll(List.of("--resume_from_checkpoint", spec.resumeFrom()));
        }
        h.extra().forEach((key, value) -> argv.addAll(List.of("--" + key, value)));
        return argv;
    }

    private PreparedRun rl(RunSpec spec, Path repo, Path runFolder, Map<String, String> env) throws RecipeException {
        if (!spec.reward().equals(RewardParameters.REFERENCE_CODE)) {
            throw new RecipeException("the Pixel Reasoner RL script hard-codes its reward (experience_maker.py,"
                    + " the reference-code profile); this spec asks for other reward parameters — use the"
                    + " studio-python recipe, or the reference-code profile");
        }
        Path original = repo.resolve(RL_SCRIPT);
        Path script = runFolder.resolve("train_vlm_multi.sh");
        try {
            String text = Files.readString(original, StandardCharsets.UTF_8);
            String patched = replaceAssignment(replaceAssignment(text, "working_dir",
                    repo.resolve("curiosity_driven_rl").toString(), original), "DATASET", spec.data().path(), original);
            byte[] bytes = patched.getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(script, out -> out.write(bytes));
        } catch (IOException e) {
            throw new RecipeException("cannot prepare " + original + ": " + e.getMessage(), e);
        }
        Hyperparameters h = spec.hyperparameters();
        env.put("policy", spec.baseModel());
        env.put("lr", learningRateIn1e7(h.learningRate()));
        env.put("nsamples", String.valueOf(h.groupSize()));
        env.put("maxlen", String.valueOf(Math.max(1, h.maxLength() - 2048)));
        env.put("temperature", String.valueOf(h.temperature()));
        env.put("tagname", spec.name().replaceAll("[^A-Za-z0-9_-]", "_"));
        h.extra().forEach(env::put);
        return new PreparedRun(new LaunchCommand(List.of("bash", script.toString()), repo, env),
                output(spec, runFolder), List.of(script));
    }

    private PreparedRun evaluation(RunSpec spec, Path repo, Map<String, String> env, Path runFolder) {
        env.put("working_dir", repo.resolve("curiosity_driven_rl").toString());
        env.put("policy", spec.baseModel());
        env.put("testdata", spec.data().path());
        env.put("savefolder", spec.output());
        env.put("sys", "vcot");
        env.put("num_gpus", String.valueOf(Math.max(1, DeviceEnvironment.gpuCount(spec))));
        env.put("num_vllm", String.valueOf(Math.max(1, DeviceEnvironment.gpuCount(spec))));
        env.put("tagname", spec.name().replaceAll("[^A-Za-z0-9_-]", "_"));
        spec.hyperparameters().extra().forEach(env::put);
        return new PreparedRun(new LaunchCommand(List.of("bash", repo.resolve(EVAL_SCRIPT).toString()), repo, env),
                output(spec, runFolder), List.of());
    }

    /** The script multiplies {@code lr} by 1e-7 ({@code --actor_learning_rate ${lr}e-7}). */
    static String learningRateIn1e7(double learningRate) {
        double units = learningRate * 1e7;
        long rounded = Math.round(units);
        return Math.abs(units - rounded) < 1e-9 ? String.valueOf(rounded) : String.format(Locale.ROOT, "%s", units);
    }

    /** Replaces the value of a top-level {@code NAME=value} line, or fails naming the script. */
    static String replaceAssignment(String script, String name, String value, Path file) throws RecipeException {
        String pattern = "(?m)^" + name + "=.*$";
        if (!script.matches("(?s).*(?m:^" + name + "=).*")) {
            throw new RecipeException(file + ": no '" + name + "=' line to set (the script changed upstream?)");
        }
        return script.replaceFirst(pattern, Matcher.quoteReplacement(name + "=\"" + value + "\""));
    }
}
