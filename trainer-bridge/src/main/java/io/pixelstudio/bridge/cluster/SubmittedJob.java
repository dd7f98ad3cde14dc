package io.pixelstudio.bridge.cluster;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A job a cluster accepted: its id as the scheduler names it, the script or command submitted, and
 * the run folder where its events will appear.
 */
public record SubmittedJob(String scheduler, String jobId, Path runFolder, String submitted) {

    public SubmittedJob {
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(runFolder, "runFolder");
        Objects.requireNonNull(submitted, "submitted");
    }
}
