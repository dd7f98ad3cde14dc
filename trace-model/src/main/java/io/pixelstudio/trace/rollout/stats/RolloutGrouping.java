package io.pixelstudio.trace.rollout.stats;

import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a dump's flat list of rollouts into groups by (qid, step), the unit of RaPR and advantages.
 * Source order is kept (groups in order of first appearance, rollouts in file order) because the
 * reference's index bug depends on it and a researcher expects to see rows as the file has them.
 */
public final class RolloutGrouping {

    private RolloutGrouping() {
    }

    /** Groups by (qid, step), keeping source order. */
    public static List<RolloutGroup> group(List<Rollout> rollouts) {
        Objects.requireNonNull(rollouts, "rollouts");
        Map<Key, List<Rollout>> byKey = new LinkedHashMap<>();
        for (Rollout rollout : rollouts) {
            byKey.computeIfAbsent(new Key(rollout.qid(), rollout.step()), k -> new ArrayList<>()).add(rollout);
        }
        List<RolloutGroup> groups = new ArrayList<>(byKey.size());
        byKey.forEach((key, members) -> groups.add(new RolloutGroup(key.qid(), key.step(), members)));
        return groups;
    }

    private record Key(String qid, int step) {
    }
}
