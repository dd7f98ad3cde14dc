package io.pixelstudio.bridge.process;

/** Where a run stands, as the run list shows it and the registry stores it. */
public enum RunStatus {
    /** The process is running (or was when last seen). */
    RUNNING,
    /** It exited with status 0 (or, followed after a restart, reported success). */
    SUCCEEDED,
    /** It exited with another status, or reported failure. */
    FAILED,
    /** The user stopped it. */
    STOPPED,
    /** The studio was not there when it ended and its outcome cannot be known. */
    ORPHANED;

    /** True for every status but {@link #RUNNING}. */
    public boolean isFinal() {
        return this != RUNNING;
    }
}
