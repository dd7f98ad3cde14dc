package io.pixelstudio.trace.eval.importer;

import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudioPredictionsFormatTest {

    private final StudioPredictionsFormat format = new StudioPredictionsFormat();

    @Test
    void readingThenWritingTheGoldenFileGivesTheSameBytes(@TempDir Path dir) throws IOException {
        PredictionSet set = format.read(EvalFixtures.STUDIO, ImportOptions.defaults());
        Path out = dir.resolve("copy.predictions.jsonl");

        format.write(set, out);

        assertThat(set.findings()).isEmpty();
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(EvalFixtures.STUDIO));
    }

    @Test
    void keepsProvenanceRecordedValuesAndTheFullTraceWithItsEvidence() throws IOException {
        PredictionSet set = format.read(EvalFixtures.STUDIO, ImportOptions.defaults());

        assertThat(set.name()).isEqualTo("pixelreasoner-run");
        assertThat(set.provenance().checkpoint()).isEqualTo("/ckpt/pixelreasoner-7b/global_step80_hf");
        assertThat(set.provenance().other()).containsEntry("pass1.vstar", "0.5");
        assertThat(set.predictions()).hasSize(4);
        Prediction first = set.predictions().get(0);
        assertThat(first.category()).isEqualTo("direct_attributes");
        assertThat(first.recorded()).containsEntry(Prediction.RECORDED_TOOL_CALLS, 1.0);
        assertThat(first.trace().orElseThrow().evidence()).singleElement().isInstanceOf(Evidence.Region.class);
        assertThat(first.trace().orElseThrow().turns()).hasSize(5);
        assertThat(set.predictions().get(1).trace()).isEmpty();
    }

    @Test
    void anImportedRunSurvivesAWriteAndReadUnchanged(@TempDir Path dir) throws IOException {
        PredictionSet imported = new PixelReasonerEvalImporter().read(EvalFixtures.PR_RUN, ImportOptions.defaults());
        Path out = dir.resolve("run.predictions.jsonl");

        format.write(imported, out);
        PredictionSet back = format.read(out, ImportOptions.defaults());

        assertThat(back.predictions()).isEqualTo(imported.predictions());
        assertThat(back.provenance()).isEqualTo(imported.provenance());
        assertThat(EvalFixtures.importers().detect(out)).get().extracting(PredictionImporter::id)
                .isEqualTo(StudioPredictionsFormat.ID);
    }

    @Test
    void aMalformedRecordIsReportedWithItsLineAndFieldWhileTheOthersLoad(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(EvalFixtures.STUDIO, StandardCharsets.UTF_8));
        lines.add(2, "{\"qid\":\"x\",\"benchmark\":\"vstar\",\"groundTruths\":\"A\",\"response\":\"A\"}");
        lines.add(4, "{not json");
        Path broken = dir.resolve("broken.predictions.jsonl");
        Files.write(broken, lines, StandardCharsets.UTF_8);

        PredictionSet set = format.read(broken, ImportOptions.defaults());

        assertThat(set.predictions()).hasSize(4);
        assertThat(set.findings()).hasSize(2);
        assertThat(set.findings().get(0).location().line()).hasValue(3);
        assertThat(set.findings().get(0).location().field()).hasValue("groundTruths");
        assertThat(set.findings().get(1).location().line()).hasValue(5);
    }

    @Test
    void aFileOfANewerVersionIsRefusedWithAClearMessage(@TempDir Path dir) throws IOException {
        Path newer = dir.resolve("newer.predictions.jsonl");
        Files.writeString(newer, "{\"format\":\"pixelstudio-predictions\",\"version\":2}\n");

        assertThatThrownBy(() -> format.read(newer, ImportOptions.defaults()))
                .isInstanceOf(IOException.class).hasMessageContaining("version 2").hasMessageContaining("newer studio");
    }

    @Test
    void writingOverAnExistingFileKeepsTheOldOneAsBackup(@TempDir Path dir) throws IOException {
        PredictionSet set = format.read(EvalFixtures.STUDIO, ImportOptions.defaults());
        Path out = dir.resolve("run.predictions.jsonl");
        Files.writeString(out, "old");

        format.write(set, out);

        assertThat(Files.readString(dir.resolve("run.predictions.jsonl.bak"))).isEqualTo("old");
        assertThat(format.read(out, ImportOptions.defaults()).predictions()).hasSize(4);
    }
}
