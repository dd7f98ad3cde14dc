package io.pixelstudio.bridge.evalrun;

import io.pixelstudio.bridge.agent.AgentLoop;
import io.pixelstudio.bridge.agent.AgentResult;
import io.pixelstudio.bridge.agent.FolderImageSink;
import io.pixelstudio.bridge.endpoint.Cancellation;
import io.pixelstudio.bridge.endpoint.ChatClient;
import io.pixelstudio.bridge.endpoint.EndpointException;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.bridge.testserver.ScriptedChatServer;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.eval.RunProvenance;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.importer.ImportOptions;
import io.pixelstudio.trace.eval.importer.StudioPredictionsFormat;
import io.pixelstudio.trace.eval.metric.BenchmarkScorers;
import io.pixelstudio.trace.format.TraceFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static io.pixelstudio.bridge.testserver.ScriptedChatServer.replyWith;
import static io.pixelstudio.bridge.testserver.ScriptedChatServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class EvalRunTest {

    static final Path STREET = Path.of("..", "assets", "sample", "media", "street.jpg").toAbsolutePath().normalize();

    @TempDir
    Path temp;
    private ScriptedChatServer server;
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = ScriptedChatServer.start();
        Files.createDirectories(temp.resolve("images"));
        Files.copy(STREET, temp.resolve("images/street.jpg"));
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            rows.append("{\"question\": \"Question ").append(i).append("?\\n(A) yes\\n(B) no\", \"image\": [\"images/street.jpg\"],"
                    + " \"gt_answer\": \"A\", \"qid\": \"vstar-").append(i).append("\", \"category\": \"direct_attributes\"}\n");
        }
        Files.writeString(temp.resolve("vstar.jsonl"), rows);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Answers A for odd question numbers and B for even ones. */
    private static ScriptedChatServer.Step answerByQuestion() {
        return replyWith(request -> {
            String text = request.path("messages").path(1).path("content").path(1).path("text").asText();
            int n = Integer.parseInt(text.substring("Question ".length(), text.indexOf('?')));
            return "Looking at it, \\boxed{" + (n % 2 == 1 ? "A" : "B") + "}";
        });
    }

    private EndpointProfile profile() {
        return EndpointProfile.defaults("local", server.baseUrl(), "pixel-reasoner");
    }

    private EvalRun run(int concurrency) {
        AgentLoop loop = new AgentLoop(ChatClient.create(profile(), n -> null), new FolderImageSink(temp.resolve("obs")), false);
        return new EvalRun(loop, concurrency, new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1)), sleeps::add);
    }

    private BenchmarkSplit split() throws IOException {
        return BenchmarkSplit.load(temp.resolve("vstar.jsonl"), TraceFormats.discover(), Optional.empty());
    }

    private RunProvenance provenance() {
        return EvalRun.provenance(profile(), temp.resolve("vstar.jsonl"));
    }

    @Test
    void everyItemIsAskedConcurrentlyAndWrittenAsStudioPredictionsWithProvenanceThatScore() throws Exception {
        server.otherwise(answerByQuestion());
        Path out = temp.resolve("run.predictions.jsonl");

        EvalRun.Summary summary;
        try (PredictionsJournal journal = PredictionsJournal.open(out, "live", provenance(), false)) {
            summary = run(3).run(split(), journal, EvalRun.Listener.NONE, Cancellation.none());
        }

        assertThat(summary.completed()).isEqualTo(5);
        assertThat(summary.failures()).isEmpty();
        PredictionSet set = new StudioPredictionsFormat().read(out, ImportOptions.defaults());
        assertThat(set.findings()).isEmpty();
        assertThat(set.provenance().checkpoint()).isEqualTo("pixel-reasoner");
        assertThat(set.provenance().other()).containsEntry("endpoint", server.baseUrl());
        assertThat(set.provenance().decoding()).isEqualTo("T=0.0 top_p=1.0 max_tokens=8192");
        assertThat(set.provenance().pixelBounds()).contains("input min_pixels=200704 max_pixels=6272000");
        assertThat(set.predictions()).extracting(Prediction::qid)
                .containsExactlyInAnyOrder("vstar-1", "vstar-2", "vstar-3", "vstar-4", "vstar-5");
        assertThat(set.predictions()).allSatisfy(p -> {
            assertThat(p.category()).isEqualTo("direct_attributes");
            assertThat(p.trace()).isPresent();
        });
        List<SampleScore> scores = BenchmarkScorers.benchmarkMetrics().scoreAll(set.predictions());
        assertThat(scores).filteredOn(SampleScore::correct).extracting(SampleScore::qid)
                .containsExactlyInAnyOrder("vstar-1", "vstar-3", "vstar-5");
    }

    @Test
    void aServerErrorIsRetriedWithBackoffAndTheItemWrittenOnce() throws Exception {
        server.then(status(500, "{\"error\": {\"message\": \"CUDA out of memory\"}}")).otherwise(answerByQuestion());
        Path out = temp.resolve("run.predictions.jsonl");
        List<Integer> retries = new ArrayList<>();

        try (PredictionsJournal journal = PredictionsJournal.open(out, "live", provenance(), false)) {
            run(1).run(split(), journal, new EvalRun.Listener() {
                @Override
                public void onRetry(String qid, int attempt, EndpointException error) {
                    retries.add(attempt);
                }
            }, Cancellation.none());
        }

        assertThat(retries).containsExactly(1);
        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
        assertThat(server.requestCount()).isEqualTo(6);
        assertThat(new StudioPredictionsFormat().read(out, ImportOptions.defaults()).predictions()).hasSize(5);
    }

    @Test
    void aClientErrorIsNotRetriedAndTheItemIsLeftForAResume() throws Exception {
        server.then(status(400, "{\"error\": {\"message\": \"prompt too long\"}}")).otherwise(answerByQuestion());
        Path out = temp.resolve("run.predictions.jsonl");

        EvalRun.Summary summary;
        try (PredictionsJournal journal = PredictionsJournal.open(out, "live", provenance(), false)) {
            summary = run(1).run(split(), journal, EvalRun.Listener.NONE, Cancellation.none());
        }

        assertThat(sleeps).isEmpty();
        assertThat(summary.failures()).singleElement().satisfies(f -> assertThat(f.message()).contains("prompt too long"));
        assertThat(summary.completed()).isEqualTo(4);
    }

    @Test
    void aStoppedRunResumesWithoutAskingFinishedItemsAgain() throws Exception {
        server.otherwise(answerByQuestion());
        Path out = temp.resolve("run.predictions.jsonl");
        Cancellation stop = new Cancellation();
        try (PredictionsJournal journal = PredictionsJournal.open(out, "live", provenance(), false)) {
            run(1).run(split(), journal, new EvalRun.Listener() {
                @Override
                public void onItemDone(String qid, AgentResult result, int finished, int toAsk) {
                    if (finished == 2) {
                        stop.cancel();
                    }
                }
            }, stop);
        }
        List<String> first = new StudioPredictionsFormat().read(out, ImportOptions.defaults()).predictions().stream()
                .map(Prediction::qid).toList();
        assertThat(first).hasSize(2);
        Files.writeString(out, "{\"qid\": \"vstar-9\", \"bench", java.nio.file.StandardOpenOption.APPEND);
        int before = server.requestCount();

        EvalRun.Summary resumed;
        try (PredictionsJournal journal = PredictionsJournal.open(out, "live", provenance(), true)) {
            resumed = run(2).run(split(), journal, EvalRun.Listener.NONE, Cancellation.none());
        }

        assertThat(resumed.skipped()).isEqualTo(2);
        assertThat(resumed.completed()).isEqualTo(3);
        assertThat(server.requestCount() - before).isEqualTo(3);
        PredictionSet set = new StudioPredictionsFormat().read(out, ImportOptions.defaults());
        assertThat(set.findings()).isEmpty();
        assertThat(set.predictions()).extracting(Prediction::qid).doesNotHaveDuplicates().hasSize(5);
        List<String> askedAgain = server.requests().subList(before, server.requestCount()).stream()
                .map(r -> r.path("messages").path(1).path("content").path(1).path("text").asText()).toList();
        for (String qid : first) {
            assertThat(askedAgain).noneMatch(q -> q.startsWith("Question " + qid.substring("vstar-".length()) + "?"));
        }
    }

    @Test
    void anExistingFileIsNeitherOverwrittenNorResumedWithAnotherModel() throws Exception {
        Path out = temp.resolve("run.predictions.jsonl");
        PredictionsJournal.open(out, "live", provenance(), false).close();

        assertThatThrownBy(() -> PredictionsJournal.open(out, "live", provenance(), false))
                .hasMessageContaining("already exists").hasMessageContaining("--resume");
        RunProvenance other = EvalRun.provenance(EndpointProfile.defaults("x", server.baseUrl(), "another-model"),
                temp.resolve("vstar.jsonl"));
        assertThatThrownBy(() -> PredictionsJournal.open(out, "live", other, true))
                .hasMessageContaining(out.toString()).hasMessageContaining("'pixel-reasoner'").hasMessageContaining("another-model");
    }
}
