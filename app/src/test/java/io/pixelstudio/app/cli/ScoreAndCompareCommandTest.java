package io.pixelstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@code score} and {@code compare} on trace-model's evaluation fixtures (written in each source's exact format). */
class ScoreAndCompareCommandTest {

    private static final Path EVAL = Paths.get("..", "trace-model", "src", "test", "resources", "eval");
    private static final String PR_RUN = EVAL.resolve("pixelreasoner-run").toString();
    private static final String STUDIO_RUN = EVAL.resolve("studio").resolve("run.predictions.jsonl").toString();

    @Test
    void scoreImportsAPixelReasonerLogsFolderAndReportsEachBenchmarkWithAnInterval() throws Exception {
        CliRun run = CliRun.of("score", PR_RUN, "--json", "--resamples", "500");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/provenance/checkpoint").asText()).contains("global_step80");
        JsonNode benchmarks = json.at("/report/benchmarks");
        assertThat(benchmarks).extracting(b -> b.get("benchmark").asText()).contains("vstar", "tallyqa", "infovqa");
        for (JsonNode b : benchmarks) {
            JsonNode overall = b.get("overall");
            assertThat(overall.get("ciLow").asDouble()).isLessThanOrEqualTo(overall.get("mean").asDouble());
            assertThat(overall.get("ciHigh").asDouble()).isGreaterThanOrEqualTo(overall.get("mean").asDouble());
        }
        assertThat(json.get("storedCorrectnessCompared").asInt()).isPositive();
        assertThat(run.err()).contains("sample.eval_iter2_0.jsonl:2");
    }

    @Test
    void scoreJudgesFaithfulnessWhereTracesCarryEvidence() throws Exception {
        CliRun run = CliRun.of("score", STUDIO_RUN, "--json", "--resamples", "200");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode verdicts = new ObjectMapper().readTree(run.out()).get("faithfulness");
        int judged = 0;
        for (JsonNode count : verdicts) {
            judged += count.asInt();
        }
        assertThat(judged).isPositive();
        assertThat(verdicts.has("faithful_correct") || verdicts.has("lucky_correct") || verdicts.has("faithful_wrong")
                || verdicts.has("blind_wrong")).isTrue();
    }

    @Test
    void scoreKeepsOnlyTheNamedBenchmark() {
        CliRun run = CliRun.of("score", PR_RUN, "--benchmark", "vstar");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("vstar").doesNotContain("tallyqa").doesNotContain("infovqa");
    }

    @Test
    void scoreRefusesAnUnknownBenchmarkNamingTheKnownOnes() {
        CliRun run = CliRun.of("score", PR_RUN, "--benchmark", "chartqa");

        assertThat(run.status()).isEqualTo(CliErrorHandler.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("unknown benchmark 'chartqa'", "vstar, tallyqa, infovqa, mvbench or probes");
    }

    @Test
    void compareAlignsRunsOnCommonQidsPerBenchmark() throws Exception {
        CliRun run = CliRun.of("compare", PR_RUN, STUDIO_RUN, "--json", "--resamples", "500");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("runs")).hasSize(2);
        JsonNode comparisons = json.get("comparisons");
        assertThat(comparisons).isNotEmpty();
        for (JsonNode c : comparisons) {
            int flips = c.get("rightToWrong").asInt() + c.get("wrongToRight").asInt() + c.get("bothRight").asInt()
                    + c.get("neither").asInt();
            assertThat(flips).as(c.toString()).isEqualTo(c.get("common").asInt());
            assertThat(c.get("delta").asDouble()).isEqualTo(c.get("meanB").asDouble() - c.get("meanA").asDouble(),
                    org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void compareNeedsTwoRuns() {
        CliRun run = CliRun.of("compare", PR_RUN);

        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("RUN");
    }
}
