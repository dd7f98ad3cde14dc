package io.pixelstudio.app.rollouts;

import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.importer.RolloutImport;
import io.pixelstudio.trace.rollout.importer.RolloutImporter;
import io.pixelstudio.trace.rollout.importer.RolloutImporters;
import io.pixelstudio.trace.rollout.reward.StoredRewardCheck;
import io.pixelstudio.trace.rollout.stats.RolloutGrouping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Reads a dump in any format {@link RolloutImporters} detects, groups it and picks the profile that
 * reproduces its stored rewards — the same steps as {@code pixelstudio rollouts stats}, as one plain
 * call the screen runs off the UI thread.
 */
public final class DumpLoader {

    private final RolloutImporters importers;

    public DumpLoader(RolloutImporters importers) {
        this.importers = Objects.requireNonNull(importers, "importers");
    }

    /**
     * Loads {@code file}.
     *
     * @throws IOException           when it cannot be read, no format recognizes it, or it holds no rollout
     * @throws CancellationException when {@code progress} asks to stop
     */
    public LoadedDump load(Path file, ProgressListener progress) throws IOException {
        Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        progress.start("Reading " + absolute.getFileName(), 3);
        RolloutImporter importer = importers.detect(absolute);
        RolloutImport read = importer.read(absolute);
        if (read.rollouts().isEmpty()) {
            String first = read.findings().isEmpty() ? "" : " (first problem: " + read.findings().get(0) + ")";
            throw new IOException(absolute + ": no rollout could be read" + first);
        }
        checkCancelled(progress);
        progress.progress(1);
        List<RolloutGroup> groups = RolloutGrouping.group(read.rollouts());
        checkCancelled(progress);
        progress.progress(2);
        var profile = StoredRewardCheck.bestProfile(groups);
        progress.progress(3);
        progress.finish();
        return new LoadedDump(absolute, absolute.getParent(), importer.id(), groups, read.findings(), profile);
    }

    private static void checkCancelled(ProgressListener progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("loading the rollouts was cancelled");
        }
    }
}
