package io.pixelstudio.trace.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the rollout pipeline on a generated run of 1,000,000 rollouts (2,000 questions × 8
 * samples × 63 steps, the last one partial) in the studio rollouts format: import, grouping by
 * (qid, step), scoring every group with the curiosity-driven reward under both profiles, step
 * statistics, peak and retained heap. A {@code main} rather than a timed unit test, because timings
 * on a shared machine must not fail a build. How to run it: {@code docs/benchmarks.md}.
 *
 * <p>Arguments (all optional): {@code --rollouts N} (1000000), {@code --questions N} (2000),
 * {@code --group N} (8), {@code --xmx SIZE} heap limit of the measuring JVM (3g),
 * {@code --trace-storage json|deflated} how the import holds traces (json), {@code --dir D}
 * (keep the generated file there; otherwise a temporary folder, deleted afterwards).
 */
public final class RolloutBenchmark {

    private RolloutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        int rollouts = Integer.parseInt(options.getOrDefault("rollouts", "1000000"));
        int questions = Integer.parseInt(options.getOrDefault("questions", "2000"));
        int group = Integer.parseInt(options.getOrDefault("group", "8"));
        String xmx = options.getOrDefault("xmx", "3g");
        String storage = options.getOrDefault("trace-storage", "json").toUpperCase(Locale.ROOT);
        boolean keep = options.containsKey("dir");
        Path dir = keep ? Files.createDirectories(Path.of(options.get("dir")))
                : Files.createTempDirectory("pixelstudio-rollout-bench");
        Path file = dir.resolve("rollouts-" + rollouts + ".jsonl");
        try {
            if (!Files.exists(file)) {
                long t0 = System.nanoTime();
                new RolloutDataGenerator(1).write(file, rollouts, questions, group);
                System.out.printf(Locale.ROOT, "generated %,d rollouts in %.1f s: %s (%,d bytes, %,d per line)%n",
                        rollouts, (System.nanoTime() - t0) / 1e9, file, Files.size(file),
                        Files.size(file) / rollouts);
            }
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(javaBin, "-Xmx" + xmx, "-XX:+UseG1GC", "-cp", IndexBenchmark.classPath(),
                    RolloutMeasurement.class.getName(), file.toString(), storage);
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("measurement JVM (-Xmx" + xmx + ") failed:\n" + output);
            }
            System.out.printf(Locale.ROOT, "%n== %s, measured in a JVM with -Xmx%s (%.1f s in all)%n",
                    file.getFileName(), xmx, (System.nanoTime() - t0) / 1e9);
            output.lines().forEach(line -> System.out.println("  " + line));
        } finally {
            if (!keep) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        }
    }
}
