package io.pixelstudio.bridge.recipe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.bridge.process.FollowedFile;
import io.pixelstudio.bridge.process.LaunchCommand;
import io.pixelstudio.bridge.process.TrainerOutput;
import io.pixelstudio.bridge.run.Hyperparameters;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.trace.format.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SFT with LLaMA-Factory ({@code llamafactory-cli train config.yaml}) on the studio's ShareGPT export:
 * registers the export in a generated {@code dataset_info.json}, writes the training YAML from the
 * spec, and follows the {@code trainer_log.jsonl} LLaMA-Factory writes in the output folder.
 */
public final class LlamaFactoryRecipe implements RunRecipe {

    /** The recipe id. */
    public static final String ID = "llamafactory";
    /** The dataset name the generated registry gives the export. */
    static final String DATASET = "pixelstudio";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "LLaMA-Factory SFT (llamafactory-cli train) on a ShareGPT export";
    }

    @Override
    public Set<RunKind> kinds() {
        return EnumSet.of(RunKind.SFT);
    }

    @Override
    public PreparedRun prepare(RunSpec spec, Path runFolder, RecipeSettings settings) throws RecipeException {
        Path cli = settings.requireInstallation(ID, "llamafactory-cli");
        if (!spec.data().format().equals("sharegpt")) {
            throw new RecipeException("LLaMA-Factory reads the sharegpt export, not " + spec.data().format()
                    + " (export the view as sharegpt)");
        }
        Path folder = runFolder.resolve("llamafactory");
        Path registry = folder.resolve("dataset_info.json");
        Path config = folder.resolve("train.yaml");
        try {
            Files.createDirectories(folder);
            byte[] info = JSON.writeValueAsBytes(datasetInfo(spec));
            AtomicFiles.write(registry, out -> out.write(info));
            byte[] yaml = yaml(spec, folder).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(config, out -> out.write(yaml));
        } catch (IOException e) {
            throw new RecipeException("cannot write the LLaMA-Factory config in " + folder + ": " + e.getMessage(), e);
        }
        LaunchCommand command = new LaunchCommand(List.of(cli.toString(), "train", config.toString()), runFolder,
                DeviceEnvironment.of(spec));
        return new PreparedRun(command, output(spec, runFolder), List.of(registry, config));
    }

    @Override
    public TrainerOutput output(RunSpec spec, Path runFolder) {
        return new TrainerOutput(Optional.empty(),
                List.of(new FollowedFile(Path.of(spec.output()).resolve("trainer_log.jsonl"), new LlamaFactoryLogConverter())));
    }

    private static ObjectNode datasetInfo(RunSpec spec) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode entry = root.putObject(DATASET);
        entry.put("file_name", Path.of(spec.data().path()).toAbsolutePath().toString());
        entry.put("formatting", "sharegpt");
        ObjectNode columns = entry.putObject("columns");
        columns.put("messages", "messages");
        columns.put("images", "images");
        columns.put("videos", "videos");
        ObjectNode tags = entry.putObject("tags");
        tags.put("role_tag", "role");
        tags.put("content_tag", "content");
        tags.put("user_tag", "user");
        tags.put("assistant_tag", "assistant");
        tags.put("system_tag", "system");
        return root;
    }

    /** The training config; keys are LLaMA-Factory's argument names, string values JSON-quoted (valid YAML). */
    static String yaml(RunSpec spec, Path datasetFolder) {
        Hyperparameters h = spec.hyperparameters();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("model_name_or_path", spec.baseModel());
        values.put("trust_remote_code", true);
        values.put("stage", "sft");
        values.put("do_train", true);
        values.put("finetuning_type", h.finetuning());
        if (h.finetuning().equals("lora")) {
            values.put("lora_rank", h.loraRank());
            values.put("lora_alpha", h.loraAlpha());
            values.put("lora_target", "all");
        }
        values.put("dataset", DATASET);
        values.put("dataset_dir", datasetFolder.toAbsolutePath().toString());
        values.put("template", "qwen2_vl");
        values.put("cutoff_len", h.maxLength());
        values.put("output_dir", spec.output());
        values.put("logging_steps", 1);
        values.put("save_strategy", "epoch");
        values.put("overwrite_output_dir", true);
        values.put("per_device_train_batch_size", h.batchSize());
        values.put("gradient_accumulation_steps", h.gradientAccumulation());
        values.put("learning_rate", h.learningRate());
        values.put("num_train_epochs", h.epochs());
        if (h.maxSteps() > 0) {
            values.put("max_steps", h.maxSteps());
        }
        values.put("lr_scheduler_type", "cosine");
        values.put("warmup_ratio", 0.1);
        values.put("bf16", true);
        values.put("seed", h.seed());
        values.put("report_to", "none");
        if (!spec.resumeFrom().isEmpty()) {
            values.put("resume_from_checkpoint", spec.resumeFrom());
        }
        h.extra().forEach((key, value) -> values.put(key, typed(value)));
        StringBuilder out = new StringBuilder("# generated by Pixel Reasoner Studio from spec.json; edits here are not kept\n");
        values.forEach((key, value) -> out.append(key).append(": ").append(scalar(value)).append('\n'));
        return out.toString();
    }

    private static String scalar(Object value) {
        if (value instanceof String text) {
            return quote(text);
        }
        return String.valueOf(value);
    }

    /** An extra flag's text as the YAML scalar it means: numbers and booleans bare, the rest quoted. */
    private static Object typed(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        if (value.matches("-?\\d+")) {
            return Long.valueOf(value);
        }
        if (value.matches("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Double.valueOf(value);
        }
        return value;
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
