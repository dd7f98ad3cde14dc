package io.pixelstudio.app.studio.task;

/** A submitted piece of work: lets its owner cancel it when a newer request supersedes it. */
public interface TaskHandle {

    /** A handle for work that already finished. */
    TaskHandle DONE = () -> { };

    /** Asks the work to stop; its result, if it still arrives, is dropped. */
    void cancel();
}
