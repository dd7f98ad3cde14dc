package io.pixelstudio.app.cli;

import io.pixelstudio.bridge.engine.DjlRuntime;
import io.pixelstudio.bridge.engine.run.EngineRun;
import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.recipe.EmbeddedRecipe;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.run.RunSpecCodec;
import io.pixelstudio.bridge.run.RunSpecException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code pixelstudio train}: one embedded-engine run (recipe {@code embedded}) in this process, with
 * the same pipeline, files and {@code events.log} as a run the Runs screen starts, and one console
 * line per event.
 */
@Command(name = "train", description = "Run the embedded engine on a spec (recipe embedded): probe suite, SFT, RL "
        + "with the curiosity reward, held-out evaluation as studio predictions. No Python needed.")
final class TrainCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "Run spec (spec.json, version 1).")
    Path spec;

    @Option(names = "--run-folder", paramLabel = "DIR",
            description = "Where events.log, checkpoints, rollouts and predictions go (default: the spec's folder).")
    Path runFolder;

    @Option(names = "--djl-cache", paramLabel = "DIR",
            description = "Folder the PyTorch natives are extracted to (default: DJL's, ~/.djl.ai).")
    Path djlCache;

    TrainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        RunSpec read;
        try {
            read = new RunSpecCodec().read(spec);
        } catch (RunSpecException e) {
            throw new CliUserException(e.getMessage());
        }
        if (!read.recipe().equals(EmbeddedRecipe.ID)) {
            throw new CliUserException(spec + ": recipe is '" + read.recipe() + "'; train runs recipe "
                    + EmbeddedRecipe.ID + " (start other recipes from the Runs screen)");
        }
        Path folder = runFolder != null ? runFolder : spec.toAbsolutePath().getParent();
        PrintWriter out = context.out();
        try {
            EngineRun.Result result = new EngineRun(DjlRuntime.offline(djlCache), context.progress())
                    .run(read, folder, new ConsoleLines(out));
            result.predictions().ifPresent(p -> out.printf("predictions: %s%n", p));
            return 0;
        } catch (RunSpecException e) {
            throw new CliUserException(e.getMessage());
        } catch (IOException | RuntimeException e) {
            out.printf("failed: %s%n", e.getMessage());
            out.flush();
            return 1;
        }
    }

    /** One line per event, as a researcher watching a terminal wants it. */
    private static final class ConsoleLines implements RunListener {
        private final PrintWriter out;

        ConsoleLines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void accept(RunEvent event) {
            RunListener.super.accept(event);
            out.flush();
        }

        @Override
        public void onStarted(RunEvent.Started e) {
            out.printf("start %s, %d steps%n", e.kind(), e.totalSteps());
        }

        @Override
        public void onMetrics(RunEvent.Metrics e) {
            out.printf("step %d  %s%n", e.step(), format(e.values()));
        }

        @Override
        public void onCheckpoint(RunEvent.Checkpoint e) {
            out.printf("checkpoint step %d: %s%n", e.step(), e.path());
        }

        @Override
        public void onRollouts(RunEvent.Rollouts e) {
            out.printf("rollouts step %d: %d in %s%n", e.step(), e.count(), e.path());
        }

        @Override
        public void onLog(RunEvent.Log e) {
            out.printf("%s: %s%n", e.level(), e.message());
        }

        @Override
        public void onError(RunEvent.Error e) {
            out.printf("error: %s%n", e.message());
        }

        @Override
        public void onEnded(RunEvent.Ended e) {
            out.printf("end %s%n", e.status());
        }

        private static String format(Map<String, Double> values) {
            return values.entrySet().stream().map(v -> v.getKey() + " " + String.format(Locale.ROOT, "%.4g", v.getValue()))
                    .collect(Collectors.joining("  "));
        }
    }
}
