package io.pixelstudio.bridge.recipe;

import io.pixelstudio.bridge.engine.run.EngineMain;
import io.pixelstudio.bridge.engine.run.EngineRunSettings;
import io.pixelstudio.bridge.process.LaunchCommand;
import io.pixelstudio.bridge.process.TrainerOutput;
import io.pixelstudio.bridge.registry.RunRegistry;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.run.RunSpecException;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The embedded engine (DJL + PyTorch, docs/engine.md) run in a child JVM: {@code java -cp <this
 * JVM's class path> EngineMain --spec … --run-folder …}. Why a child process rather than a thread of
 * the studio: the run then outlives the studio, is followed again after a restart and is stopped with
 * the same process-tree stop as the Python trainers — and it needs no Python. The spec is checked
 * here ({@link EngineRunSettings}), so a bad value is refused before anything starts.
 */
public final class EmbeddedRecipe implements RunRecipe {

    /** The recipe id. */
    public static final String ID = "embedded";
    /** The DJL cache folder, shared by the runs of one runs folder (natives are extracted once). */
    public static final String DJL_CACHE = ".djl-cache";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Embedded engine (Java, DJL + PyTorch, no Python): pixel probes, SFT, RL with the curiosity reward,"
                + " held-out evaluation";
    }

    @Override
    public Set<RunKind> kinds() {
        return EnumSet.allOf(RunKind.class);
    }

    @Override
    public PreparedRun prepare(RunSpec spec, Path runFolder, RecipeSettings settings) throws RecipeException {
        try {
            EngineRunSettings.of(spec);
        } catch (RunSpecException e) {
            throw new RecipeException(e.getMessage(), e);
        }
        Path folder = runFolder.toAbsolutePath().normalize();
        Path specFile = folder.resolve(RunRegistry.SPEC_FILE);
        if (!Files.isRegularFile(specFile)) {
            throw new RecipeException(specFile + " is missing: the run folder was not made by the run registry");
        }
        Path cache = Optional.ofNullable(folder.getParent()).orElse(folder).resolve(DJL_CACHE);
        List<String> argv = new ArrayList<>();
        argv.add(java(settings).toString());
        argv.add("-Dai.djl.offline=true");
        argv.add("-XX:MaxRAMPercentage=40");
        String home = System.getProperty("pixelstudio.home");
        if (home != null && !home.isBlank()) {
            argv.add("-Dpixelstudio.home=" + home);
        }
        argv.addAll(List.of("-cp", classPath(), EngineMain.class.getName(), "--spec", specFile.toString(),
                "--run-folder", folder.toString(), "--djl-cache", cache.toString()));
        Map<String, String> env = new LinkedHashMap<>(DeviceEnvironment.of(spec));
        return new PreparedRun(new LaunchCommand(argv, folder, env), TrainerOutput.EVENTS_ONLY, List.of());
    }

    /**
     * The java executable: the one configured for this recipe in the run settings, else
     * {@code java.home}'s {@code bin/java} (also inside a jlink'd installer runtime), else the
     * command of this process when it is a {@code java} binary.
     */
    static Path java(RecipeSettings settings) throws RecipeException {
        Optional<Path> configured = settings.installation(ID);
        if (configured.isPresent()) {
            return configured.get();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        Path fromHome = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        if (Files.isExecutable(fromHome)) {
            return fromHome;
        }
        Optional<Path> command = ProcessHandle.current().info().command().map(Path::of)
                .filter(p -> p.getFileName().toString().startsWith("java"));
        return command.orElseThrow(() -> new RecipeException("no java executable under " + fromHome.getParent()
                + "; set the embedded recipe's path to a java binary (17 or newer) in the run settings"));
    }

    /** This JVM's class path with every entry absolute (the child starts in the run folder). */
    static String classPath() throws RecipeException {
        String cp = System.getProperty("java.class.path", "");
        if (cp.isBlank()) {
            throw new RecipeException("this JVM has no class path to give the engine's child JVM");
        }
        return Arrays.stream(cp.split(File.pathSeparator)).filter(e -> !e.isBlank())
                .map(e -> e.endsWith("*") ? e : Path.of(e).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
