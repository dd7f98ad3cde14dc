package io.pixelstudio.bridge.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupFilter;
import io.pixelstudio.trace.rollout.reward.GroupReward;
import io.pixelstudio.trace.rollout.reward.RewardBreakdown;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python reward scores the same batches as {@link CuriosityReward} to 1e-9, for both profiles and
 * two what-ifs, over hand-built groups (index bug, unparsable answers, video, uniform) and seeded random ones.
 */
class PythonRewardCrossCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Rollout rollout(String qid, int sample, boolean video, double correctness, int calls, boolean failed) {
        return new Rollout(qid, 1, sample, "", video, List.of("A"), "", Optional.empty(), correctness, calls,
                failed ? 1 : 0, OptionalDouble.empty(), Map.of(Rollout.ENDED_AFTER_FAILED_CALL, failed ? 1.0 : 0.0));
    }

    private static List<List<RolloutGroup>> batches() {
        List<List<RolloutGroup>> batches = new ArrayList<>();
        batches.add(List.of(
                new RolloutGroup("a", 1, List.of(rollout("a", 0, false, 1, 1, false), rollout("a", 1, false, 1, 2, true),
                        rollout("a", 2, false, 0, 0, false), rollout("a", 3, false, -1, 0, false))),
                new RolloutGroup("b", 1, List.of(rollout("b", 0, true, 1, 3, false), rollout("b", 1, true, 1, 0, false),
                        rollout("b", 2, true, 1, 0, false), rollout("b", 3, true, 0, 1, true))),
                new RolloutGroup("c", 1, List.of(rollout("c", 0, false, 1, 0, false), rollout("c", 1, false, 1, 0, false)))));
        Random random = new Random(20250515L);
        for (int b = 0; b < 12; b++) {
            List<RolloutGroup> batch = new ArrayList<>();
            int groups = 1 + random.nextInt(4);
            int size = 2 + random.nextInt(15);
            for (int g = 0; g < groups; g++) {
                boolean video = random.nextBoolean();
                List<Rollout> rollouts = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    int calls = random.nextDouble() < 0.6 ? 0 : 1 + random.nextInt(4);
                    rollouts.add(rollout("r" + b + "-" + g, i, video, random.nextInt(3) - 1, calls,
                            calls > 0 && random.nextDouble() < 0.3));
                }
                batch.add(new RolloutGroup("r" + b + "-" + g, 1, rollouts));
            }
            batches.add(batch);
        }
        return batches;
    }

    private static Map<String, RewardParameters> parameterSets() {
        Map<String, RewardParameters> sets = new LinkedHashMap<>();
        sets.put("paper", RewardParameters.PAPER);
        sets.put("code", RewardParameters.REFERENCE_CODE);
        sets.put("code-std-budget2", RewardParameters.REFERENCE_CODE.withNormalizeAdvantageByStd(true).withOperationBudget(2));
        sets.put("paper-h05-unparsable", RewardParameters.PAPER.withCuriosityThreshold(0.5).withUnparsableAnswerReward(-0.5)
                .withZeroCorrectAfterFailedCall(true, false).withUniformDeviationThreshold(0.2));
        return sets;
    }

    @Test
    void everyComponentAndAdvantageAgreesWithCuriosityReward(@TempDir Path temp) throws Exception {
        List<List<RolloutGroup>> batches = batches();
        Map<String, RewardParameters> sets = parameterSets();
        ObjectNode request = JSON.createObjectNode();
        ObjectNode parameters = request.putObject("parameters");
        sets.forEach((name, p) -> parameters.set(name, JSON.valueToTree(p)));
        ArrayNode batchNodes = request.putArray("batches");
        for (List<RolloutGroup> batch : batches) {
            ArrayNode groupNodes = batchNodes.addArray();
            for (RolloutGroup group : batch) {
                ArrayNode rolloutNodes = groupNodes.addArray();
                for (Rollout r : group.rollouts()) {
                    ObjectNode node = rolloutNodes.addObject();
                    node.put("qid", r.qid()).put("video", r.video()).put("correctness", r.correctness())
                            .put("toolCalls", r.toolCalls()).putObject("recorded")
                            .put(Rollout.ENDED_AFTER_FAILED_CALL, r.recorded().get(Rollout.ENDED_AFTER_FAILED_CALL));
                }
            }
        }
        Path in = temp.resolve("reward.json");
        JSON.writeValue(in.toFile(), request);

        PythonProcess.Result result = PythonProcess.run(temp, "-m", "pixelstudio_runner.check", "reward", in.toString());

        assertThat(result.exitCode()).as(result.both()).isZero();
        JsonNode python = JSON.readTree(result.stdout());
        int compared = 0;
        for (Map.Entry<String, RewardParameters> set : sets.entrySet()) {
            GroupFilter filter = new GroupFilter(set.getValue());
            CuriosityReward scorer = new CuriosityReward(set.getValue());
            for (int b = 0; b < batches.size(); b++) {
                List<GroupReward> java = scorer.score(batches.get(b));
                for (int g = 0; g < java.size(); g++) {
                    JsonNode py = python.get(set.getKey()).get(b).get(g);
                    String where = set.getKey() + " batch " + b + " group " + g;
                    assertThat(py.get("rapr").asDouble()).as(where).isCloseTo(java.get(g).rapr(), within(1e-9));
                    assertThat(py.get("mean").asDouble()).as(where).isCloseTo(java.get(g).meanReward(), within(1e-9));
                    assertThat(py.get("meanDeviation").asDouble()).as(where)
                            .isCloseTo(java.get(g).meanDeviation(), within(1e-9));
                    assertThat(py.get("uniform").asBoolean()).as(where).isEqualTo(filter.isUniform(java.get(g)));
                    for (int i = 0; i < java.get(g).breakdowns().size(); i++) {
                        RewardBreakdown j = java.get(g).breakdowns().get(i);
                        JsonNode p = py.get("breakdowns").get(i);
                        String at = where + " rollout " + i;
                        assertThat(p.get("correctness").asDouble()).as(at).isCloseTo(j.correctness(), within(1e-9));
                        assertThat(p.get("curiosity").asDouble()).as(at).isCloseTo(j.curiosity(), within(1e-9));
                        assertThat(p.get("penalty").asDouble()).as(at).isCloseTo(j.penalty(), within(1e-9));
                        assertThat(p.get("total").asDouble()).as(at).isCloseTo(j.total(), within(1e-9));
                        assertThat(p.get("advantage").asDouble()).as(at).isCloseTo(j.advantage(), within(1e-9));
                        assertThat(p.get("foreign").asBoolean()).as(at).isEqualTo(j.flagFromOtherRollout());
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(300);
    }
}
