package io.pixelstudio.bridge.recipe;

import io.pixelstudio.bridge.process.LaunchCommand;
import io.pixelstudio.bridge.process.TrainerOutput;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The studio's own Python runner ({@code trainer-bridge/python}, docs/python-runner.md): speaks the
 * event protocol natively, runs all three kinds, and reads the spec file the registry wrote.
 */
public final class StudioPythonRecipe implements RunRecipe {

    /** The recipe id. */
    public static final String ID = "studio-python";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Studio runner (PyTorch + transformers + peft): SFT, RL with the curiosity reward, evaluation";
    }

    @Override
    public Set<RunKind> kinds() {
        return EnumSet.allOf(RunKind.class);
    }

    @Override
    public PreparedRun prepare(RunSpec spec, Path runFolder, RecipeSettings settings) throws RecipeException {
        Path runner = settings.requireInstallation(ID, "the runner folder (trainer-bridge/python)");
        if (!Files.isDirectory(runner.resolve("pixelstudio_runner"))) {
            throw new RecipeException(runner + " does not hold the pixelstudio_runner package");
        }
        Map<String, String> env = new LinkedHashMap<>(DeviceEnvironment.of(spec));
        env.put("PYTHONPATH", runner.toString());
        List<String> argv = List.of(settings.python(), "-m", "pixelstudio_runner", command(spec.kind()),
                "--spec", runFolder.resolve("spec.json").toString());
        return new PreparedRun(new LaunchCommand(argv, runFolder, env), TrainerOutput.EVENTS_ONLY, List.of());
    }

    private static String command(RunKind kind) {
        return kind == RunKind.EVALUATION ? "evaluate" : kind.name().toLowerCase(Locale.ROOT);
    }
}
