package io.pixelstudio.trace.eval.importer;

import io.pixelstudio.trace.eval.Benchmark;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Choices an import cannot always make from the file alone.
 *
 * @param name       name of the set shown in tables; empty for the file or folder name
 * @param benchmark  the benchmark of every record, overriding what the source implies (a qid prefix,
 *                   an lmms-eval task name); empty to infer it
 * @param iteration  for Pixel Reasoner logs holding several evaluations, which {@code eval_iter{K}} to
 *                   read; empty for the latest
 * @param media      where to find images a source dropped (lmms-eval): a folder of {@code {doc_id}.*}
 *                   or {@code {qid}.*} images, or a benchmark file in the Pixel Reasoner RL format
 */
public record ImportOptions(String name, Optional<Benchmark> benchmark, OptionalInt iteration, Optional<Path> media) {

    public ImportOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(iteration, "iteration");
        Objects.requireNonNull(media, "media");
    }

    /** Everything inferred from the input. */
    public static ImportOptions defaults() {
        return new ImportOptions("", Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    public ImportOptions withName(String newName) {
        return new ImportOptions(newName, benchmark, iteration, media);
    }

    public ImportOptions withBenchmark(Benchmark newBenchmark) {
        return new ImportOptions(name, Optional.of(newBenchmark), iteration, media);
    }

    public ImportOptions withIteration(int newIteration) {
        return new ImportOptions(name, benchmark, OptionalInt.of(newIteration), media);
    }

    public ImportOptions withMedia(Path newMedia) {
        return new ImportOptions(name, benchmark, iteration, Optional.of(newMedia));
    }

    /** The set name: the option when given, else {@code fallback}. */
    String nameOr(String fallback) {
        return name.isEmpty() ? fallback : name;
    }
}
