package io.pixelstudio.app.rollouts;

import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.reward.ProfileMatch;
import io.pixelstudio.trace.validate.Finding;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A rollout dump as the screen holds it: the groups by (qid, step) in source order, the lines that
 * could not be read (located findings), and the profile whose defaults reproduce the most stored
 * rewards — the "loaded parameters" every what-if is compared with.
 *
 * @param file        the dump
 * @param mediaFolder the folder relative image paths of its traces resolve against (the dump's folder)
 * @param formatId    the importer that read it
 * @param groups      the rollout groups, in order of first appearance
 * @param findings    lines that could not be read
 * @param profile     the best-matching profile and how many stored rewards it reproduced
 */
public record LoadedDump(Path file, Path mediaFolder, String formatId, List<RolloutGroup> groups,
                         List<Finding> findings, ProfileMatch profile) {

    public LoadedDump {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mediaFolder, "mediaFolder");
        Objects.requireNonNull(formatId, "formatId");
        groups = List.copyOf(groups);
        findings = List.copyOf(findings);
        Objects.requireNonNull(profile, "profile");
    }

    /** Number of rollouts in all groups. */
    public int rolloutCount() {
        return groups.stream().mapToInt(g -> g.rollouts().size()).sum();
    }
}
