package io.pixelstudio.trace.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Measures {@code TraceFile} on a generated 100,000-trace SFT file (JSON list and JSON lines):
 * index time, heap under a 1 GB limit, random access, and Python's {@code json} module on the
 * same files for comparison. A {@code main} rather than a timed unit test, because timings on a
 * shared machine must not fail a build. How to run it: {@code docs/benchmarks.md}.
 *
 * <p>Arguments (all optional): {@code --traces N} (100000), {@code --runs N} (5 timed runs after
 * one warm-up), {@code --dir D} (a new temporary folder, deleted afterwards unless given).
 */
public final class IndexBenchmark {

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        int traces = Integer.parseInt(options.getOrDefault("traces", "100000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        boolean keep = options.containsKey("dir");
        Path dir = keep ? Files.createDirectories(Path.of(options.get("dir")))
                : Files.createTempDirectory("pixelstudio-bench");
        try {
            Path list = dir.resolve("sft.json");
            Path lines = dir.resolve("sft.jsonl");
            long t0 = System.nanoTime();
            new SftDataGenerator(1).write(list, traces, false);
            new SftDataGenerator(1).write(lines, traces, true);
            System.out.printf(Locale.ROOT, "generated %,d traces in %.1f s: %s (%,d bytes), %s (%,d bytes)%n",
                    traces, (System.nanoTime() - t0) / 1e9, list, Files.size(list), lines, Files.size(lines));
            report("JSON list", list, runs, "import json; json.load(open('" + list + "'))");
            report("JSON lines", lines, runs, "import json; [json.loads(l) for l in open('" + lines + "')]");
        } finally {
            if (!keep) {
                for (Path p : List.of(dir.resolve("sft.json"), dir.resolve("sft.jsonl"), dir)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void report(String label, Path file, int runs, String python) throws Exception {
        Map<String, String> java = measureInChildJvm(file, runs);
        System.out.printf(Locale.ROOT, "%n== %s: %s (%.0f MB)%n", label, file.getFileName(), Files.size(file) / 1e6);
        java.forEach((k, v) -> System.out.println("  " + k + " = " + v));
        double javaSeconds = Long.parseLong(java.get("index_ms_median")) / 1000.0;
        double pythonSeconds = timePython(python);
        if (pythonSeconds < 0) {
            System.out.println("  python3 not available: no comparison");
            return;
        }
        System.out.printf(Locale.ROOT, "  index median %.2f s (JVM -Xmx1g) vs python json %.2f s -> %.1fx faster%n",
                javaSeconds, pythonSeconds, pythonSeconds / javaSeconds);
    }

    private static Map<String, String> measureInChildJvm(Path file, int runs) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(javaBin, "-Xmx1g", "-cp", classPath(), IndexMeasurement.class.getName(),
                file.toString(), Integer.toString(runs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("measurement JVM failed:\n" + output);
        }
        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                figures.put(line.substring(0, eq), line.substring(eq + 1).trim());
            }
        }
        return figures;
    }

    /** Seconds python3 takes for {@code script}, or -1 when python3 is not installed. */
    private static double timePython(String script) throws InterruptedException {
        try {
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder("python3", "-c", script).inheritIO().start();
            int code = process.waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (code != 0) {
                throw new IllegalStateException("python3 exited with " + code);
            }
            return seconds;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The class path this class was loaded from (exec:java uses its own class loader). */
    static String classPath() {
        List<String> entries = new ArrayList<>();
        ClassLoader loader = IndexBenchmark.class.getClassLoader();
        while (loader != null) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (URISyntaxException e) {
                        throw new IllegalStateException("bad class path entry " + url, e);
                    }
                }
            }
            loader = loader.getParent();
        }
        return entries.isEmpty() ? System.getProperty("java.class.path")
                : entries.stream().distinct().collect(Collectors.joining(File.pathSeparator));
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
