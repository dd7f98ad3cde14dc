package io.pixelstudio.trace.eval.importer;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PixelReasonerEvalImporterTest {

    private final PixelReasonerEvalImporter importer = new PixelReasonerEvalImporter();

    private PredictionSet readRun() throws IOException {
        return importer.read(EvalFixtures.PR_RUN, ImportOptions.defaults());
    }

    private static Map<String, Prediction> byQid(PredictionSet set) {
        return set.predictions().stream().collect(Collectors.toMap(Prediction::qid, Function.identity()));
    }

    @Test
    void readsEveryRankOfTheLatestEvaluationAndReportsBadLinesWithTheirLineNumber() throws IOException {
        PredictionSet set = readRun();

        assertThat(set.predictions()).extracting(Prediction::qid)
                .containsExactly("vstar-1", "vstar-2", "tallyqa-5", "infovqa-7");
        assertThat(set.name()).isEqualTo("pixelreasoner-run");
        Finding truncated = set.findings().stream().filter(f -> f.rule().equals(ImportFindings.BAD_JSON)).findFirst().orElseThrow();
        assertThat(truncated.location().file().getFileName()).hasToString("sample.eval_iter2_0.jsonl");
        assertThat(truncated.location().line()).hasValue(2);
        Finding unknown = set.findings().stream().filter(f -> f.rule().equals(ImportFindings.BAD_RECORD)).findFirst().orElseThrow();
        assertThat(unknown.location().file().getFileName()).hasToString("sample.eval_iter2_1.jsonl");
        assertThat(unknown.location().line()).hasValue(3);
        assertThat(unknown.location().field()).hasValue("qids");
        assertThat(unknown.message()).contains("chartqa-9");
    }

    @Test
    void provenanceComesFromTheMetricsOfTheSameIteration() throws IOException {
        PredictionSet set = readRun();

        assertThat(set.provenance().checkpoint()).isEqualTo("/ckpt/pixelreasoner-7b/global_step80_hf");
        assertThat(set.provenance().other()).containsEntry("iteration", "2").containsEntry("rankFiles", "2")
                .containsEntry("pass1.vstar", "0.5").containsEntry("ntotal.tallyqa", "1")
                .containsEntry("source", PixelReasonerEvalImporter.ID);
    }

    @Test
    void mapsTheMisnamedCountersAndKeepsTheStoredCorrectness() throws IOException {
        Map<String, Prediction> p = byQid(readRun());

        assertThat(p.get("tallyqa-5").recorded()).containsEntry(Prediction.RECORDED_TOOL_CALLS, 1.0)
                .containsEntry(Prediction.RECORDED_TOOL_FAILURES, 1.0).containsEntry(Prediction.RECORDED_CORRECTNESS, 1.0);
        assertThat(p.get("infovqa-7").recorded()).containsEntry(Prediction.RECORDED_CORRECTNESS, -1.0);
        assertThat(p.get("infovqa-7").groundTruths()).containsExactly("42%", "42");
        assertThat(p.get("infovqa-7").benchmark()).isEqualTo(Benchmark.INFOVQA);
        assertThat(p.get("vstar-1").question()).isEqualTo("What is the color of the cup?\n(A) red\n(B) blue");
        assertThat(p.get("vstar-1").response()).endsWith("The cup is red. \\boxed{A}");
    }

    @Test
    void attachesTheDumpedConversationAndReportsCropsMissingFromTheDumpFolder() throws IOException {
        PredictionSet set = readRun();
        Trace trace = byQid(set).get("vstar-1").trace().orElseThrow();

        assertThat(trace.turns()).extracting(Turn::role).containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT,
                Role.USER, Role.ASSISTANT);
        assertThat(trace.answers()).containsExactly("A");
        assertThat(trace.media()).hasSize(1);
        assertThat(trace.turns().get(3).content()).filteredOn(Content.Image.class::isInstance).singleElement()
                .extracting(c -> ((Content.Image) c).path()).isEqualTo("/cluster/run/logs/dumps_iter2/vstar-1/iter0.jpg");
        assertThat(set.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(ImportFindings.MISSING_MEDIA);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().file().toString()).endsWith("vstar-1/conv.json");
        });
    }

    @Test
    void withoutADumpTheTraceIsRebuiltFromTheLoggedTranscript() throws IOException {
        Trace trace = byQid(readRun()).get("tallyqa-5").trace().orElseThrow();

        assertThat(trace.turns()).extracting(Turn::role).containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT,
                Role.USER, Role.ASSISTANT);
        assertThat(trace.turns().get(2).text()).endsWith("</tool_call>");
        assertThat(trace.turns().get(3).text()).isEqualTo("\nExecution error:\nCropped image is too small: 20x12\n");
        assertThat(trace.turns().get(4).text()).isEqualTo("There are \\boxed{3} dogs.");
    }

    @Test
    void anEarlierIterationCanBeChosenAndAMissingMetricsFileIsReported() throws IOException {
        PredictionSet set = importer.read(EvalFixtures.PR_LOGS, ImportOptions.defaults().withIteration(1));

        assertThat(set.predictions()).singleElement().extracting(Prediction::response).isEqualTo("\\boxed{B}");
        assertThat(set.provenance().checkpoint()).isEmpty();
        assertThat(set.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo(ImportFindings.SIDE_FILE));
        assertThatThrownBy(() -> importer.read(EvalFixtures.PR_LOGS, ImportOptions.defaults().withIteration(7)))
                .isInstanceOf(IOException.class).hasMessageContaining("[1, 2]");
    }

    @Test
    void aSingleRankFileReadsOnlyThatFile() throws IOException {
        PredictionSet set = importer.read(EvalFixtures.PR_LOGS.resolve("sample.eval_iter2_1.jsonl"), ImportOptions.defaults());

        assertThat(set.predictions()).extracting(Prediction::qid).containsExactly("tallyqa-5", "infovqa-7");
        assertThat(set.provenance().other()).containsEntry("rankFiles", "1").containsEntry("pass1.tallyqa", "1.0");
    }

    @Test
    void aBenchmarkChosenExplicitlyAdmitsUnknownQidPrefixes() throws IOException {
        PredictionSet set = importer.read(EvalFixtures.PR_LOGS.resolve("sample.eval_iter2_1.jsonl"),
                ImportOptions.defaults().withBenchmark(Benchmark.TALLYQA));

        assertThat(set.predictions()).extracting(Prediction::qid).contains("chartqa-9");
        assertThat(set.predictions()).allSatisfy(p -> assertThat(p.benchmark()).isEqualTo(Benchmark.TALLYQA));
    }

    @Test
    void detectionRecognisesTheRunFolderTheLogsFolderAndARankFileButNotOtherLogs() {
        PredictionImporters importers = EvalFixtures.importers();

        assertThat(importers.detect(EvalFixtures.PR_RUN)).get().extracting(PredictionImporter::id).isEqualTo(PixelReasonerEvalImporter.ID);
        assertThat(importers.detect(EvalFixtures.PR_LOGS)).get().extracting(PredictionImporter::id).isEqualTo(PixelReasonerEvalImporter.ID);
        assertThat(importer.canRead(EvalFixtures.LMMS_SAMPLES)).isFalse();
        assertThat(importer.canRead(EvalFixtures.LMMS)).isFalse();
    }
}
