package io.pixelstudio.trace.eval.importer;

import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.validate.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroundTruthsTest {

    @Test
    void loadsAnswersAndCategoriesByQidFromARlBenchmarkFile() throws IOException {
        GroundTruths truths = GroundTruths.load(EvalFixtures.LMMS_BENCHMARK, TraceFormats.discover());

        assertThat(truths.size()).isEqualTo(2);
        assertThat(truths.get("sa_4691")).get().satisfies(e -> {
            assertThat(e.answers()).containsExactly("B");
            assertThat(e.category()).isEqualTo("relative_position");
        });
        assertThat(truths.get("vstar-1")).isEmpty();
    }

    @Test
    void overridesKnownQidsAndReportsTheOthersWhichKeepTheirOwn() throws IOException {
        GroundTruths truths = GroundTruths.load(EvalFixtures.LMMS_BENCHMARK, TraceFormats.discover());
        PredictionSet lmms = new LmmsEvalImporter(f -> {
            throw new IOException("not used");
        }).read(EvalFixtures.LMMS_SAMPLES, ImportOptions.defaults());
        PredictionSet run = new PixelReasonerEvalImporter().read(EvalFixtures.PR_RUN, ImportOptions.defaults());

        PredictionSet filled = truths.applyTo(lmms);
        PredictionSet untouched = truths.applyTo(run);

        assertThat(filled.predictions()).extracting(Prediction::category).containsExactly("direct_attributes", "relative_position");
        assertThat(filled.predictions()).extracting(p -> p.groundTruths().get(0)).containsExactly("A", "B");
        assertThat(untouched.predictions()).isEqualTo(run.predictions());
        assertThat(untouched.findings()).last().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("4 prediction(s)").contains("vstar-1");
        });
    }

    @Test
    void aFileThatIsNotRlDataIsRefused() {
        assertThatThrownBy(() -> GroundTruths.load(EvalFixtures.PR_LOGS.resolve("metrics_iter2.json"), TraceFormats.discover()))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Pixel Reasoner RL benchmark file");
    }
}
