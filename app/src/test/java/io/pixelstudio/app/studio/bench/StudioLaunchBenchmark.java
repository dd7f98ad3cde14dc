package io.pixelstudio.app.studio.bench;

import io.pixelstudio.app.testing.ScratchData;
import io.pixelstudio.app.studio.SampleLocator;
import io.pixelstudio.app.studio.Studio;
import io.pixelstudio.app.testing.SampleData;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

/**
 * Launch and memory benchmark of the studio (run by hand, see docs/benchmarks.md): the time from
 * the start of {@code main} (as the Launcher starts) until the first trace of the sample is drawn
 * (its image in the viewer and two pulses painted), then the heap with a generated 100,000-trace
 * SFT file open and fully summarised in the trace list.
 */
public final class StudioLaunchBenchmark {

    private StudioLaunchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path sample = new SampleLocator(SampleData.checkout().toString(), null).require();
        Preferences prefs = Preferences.userRoot().node("io/pixelstudio/studio-benchmark");
        CompletableFuture<Studio> built = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            Studio studio = Studio.create(stage, prefs, ScratchData.folder());
            stage.show();
            studio.open(sample);
            built.complete(studio);
        });
        Studio studio = built.get(60, TimeUnit.SECONDS);
        waitOnFx(() -> studio.state().loadedProperty().get() != null
                && studio.window().viewer().imageProperty().get() != null);
        waitForPulses(2);
        long firstDrawn = System.nanoTime() - start;
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf(Locale.ROOT, "launch -> first trace drawn: %d ms (JVM uptime at that point %d ms)%n",
                firstDrawn / 1_000_000, jvmUptime);

        Path big = Files.createTempFile("studio-bench-", ".json");
        try {
            SampleTraceMultiplier.write(SampleData.sftFile(), big, count);
            System.out.printf(Locale.ROOT, "generated %,d traces, %.0f MB%n", count, Files.size(big) / 1e6);
            long heapBefore = usedHeapAfterGc();
            long openStart = System.nanoTime();
            Platform.runLater(() -> studio.open(big));
            waitOnFx(() -> studio.state().documentProperty().get() != null
                    && studio.state().documentProperty().get().path().equals(big.toAbsolutePath().normalize()));
            long opened = System.nanoTime() - openStart;
            waitOnFx(() -> studio.state().loadedProperty().get() != null
                    && studio.state().loadedProperty().get().trace().id().endsWith("-000000"));
            long firstShown = System.nanoTime() - openStart;
            waitOnFx(() -> studio.state().scannedRowsProperty().get() == count);
            long scanned = System.nanoTime() - openStart;
            long heapOpen = usedHeapAfterGc();
            System.out.printf(Locale.ROOT, "open (index) %d ms, first trace shown %d ms, all rows listed %d ms%n",
                    opened / 1_000_000, firstShown / 1_000_000, scanned / 1_000_000);
            System.out.printf(Locale.ROOT, "heap after GC: %.1f MB with the sample, %.1f MB with %,d traces open (+%.1f MB)%n",
                    heapBefore / 1e6, heapOpen / 1e6, count, (heapOpen - heapBefore) / 1e6);
        } finally {
            Files.deleteIfExists(big);
            Platform.runLater(() -> {
                studio.close();
                Platform.exit();
            });
            prefs.removeNode();
        }
    }

    private static void waitOnFx(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> result = new CompletableFuture<>();
            Platform.runLater(() -> result.complete(condition.getAsBoolean()));
            if (result.get(60, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("timed out");
    }

    private static void waitForPulses(int pulses) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= pulses) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        done.get(60, TimeUnit.SECONDS);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
