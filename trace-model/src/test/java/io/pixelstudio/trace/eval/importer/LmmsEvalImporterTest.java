package io.pixelstudio.trace.eval.importer;

import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.validate.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LmmsEvalImporterTest {

    private final PredictionImporters importers = EvalFixtures.importers();

    private PredictionSet read(ImportOptions options) throws IOException {
        return importers.byId(LmmsEvalImporter.ID).orElseThrow().read(EvalFixtures.LMMS_SAMPLES, options);
    }

    @Test
    void readsDocumentsTaskAndTheFilteredResponseAndReportsARecordWithoutDocId() throws IOException {
        PredictionSet set = read(ImportOptions.defaults());

        assertThat(set.predictions()).extracting(Prediction::qid).containsExactly("sa_4690", "sa_4691");
        Prediction first = set.predictions().get(0);
        assertThat(first.benchmark()).isEqualTo(Benchmark.VSTAR);
        assertThat(first.category()).isEqualTo("direct_attributes");
        assertThat(first.groundTruths()).containsExactly("A");
        assertThat(first.response()).isEqualTo("A");
        assertThat(first.recorded()).containsEntry("vstar_overall_acc", 1.0);
        assertThat(set.findings()).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f -> {
            assertThat(f.location().line()).hasValue(3);
            assertThat(f.location().field()).hasValue("doc_id");
        });
    }

    @Test
    void provenanceComesFromTheResultsFileOfTheSameRun() throws IOException {
        PredictionSet set = read(ImportOptions.defaults());

        assertThat(set.provenance().checkpoint()).isEqualTo("TIGER-Lab/PixelReasoner-RL-v1");
        assertThat(set.provenance().decoding()).isEqualTo("temperature=0");
        assertThat(set.provenance().benchmarkVersion()).isEqualTo("vstar_bench");
        assertThat(set.provenance().other()).containsEntry("git_hash", "abc1234").containsEntry("model", "qwen2_5_vl");
    }

    @Test
    void imagesDroppedByLmmsEvalAreReattachedFromTheBenchmarkFileByQid() throws IOException {
        PredictionSet set = read(ImportOptions.defaults().withMedia(EvalFixtures.LMMS_BENCHMARK));

        Media media = set.predictions().get(1).trace().orElseThrow().media().get(0);
        assertThat(media).isInstanceOf(Media.Image.class);
        Path path = Path.of(((Media.Image) media).path());
        assertThat(path).isAbsolute();
        assertThat(path.normalize().toString()).endsWith(Path.of("lmms", "images", "sa_4691.jpg").toString());
    }

    @Test
    void imagesCanBeReattachedFromAFolderByDocId(@TempDir Path folder) throws IOException {
        Files.write(folder.resolve("1.png"), new byte[] {1});

        PredictionSet set = read(ImportOptions.defaults().withMedia(folder));

        assertThat(set.predictions().get(0).trace()).isEmpty();
        assertThat(set.predictions().get(1).trace().orElseThrow().media())
                .containsExactly(new Media.Image(folder.resolve("1.png").toAbsolutePath().toString()));
    }

    @Test
    void aTaskThatIsNoKnownBenchmarkIsOneLocatedErrorUnlessTheBenchmarkIsChosen(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("samples_chartqa.jsonl");
        Files.copy(EvalFixtures.LMMS_SAMPLES, file);
        LmmsEvalImporter importer = (LmmsEvalImporter) importers.byId(LmmsEvalImporter.ID).orElseThrow();

        PredictionSet refused = importer.read(file, ImportOptions.defaults());
        PredictionSet chosen = importer.read(file, ImportOptions.defaults().withBenchmark(Benchmark.INFOVQA));

        assertThat(refused.predictions()).isEmpty();
        assertThat(refused.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo(ImportFindings.UNKNOWN_BENCHMARK));
        assertThat(chosen.predictions()).hasSize(2).allSatisfy(p -> assertThat(p.benchmark()).isEqualTo(Benchmark.INFOVQA));
        assertThat(importers.detect(file)).get().extracting(PredictionImporter::id).isEqualTo(LmmsEvalImporter.ID);
    }
}
