/**
 * Long work off the FX thread: {@link io.pixelstudio.app.studio.task.BackgroundTasks} submits work
 * that reports through the library's {@link io.pixelstudio.trace.progress.ProgressListener}, shows
 * progress and a cancel button while it runs and reports every failure to the user. Tests use
 * {@link io.pixelstudio.app.studio.task.CurrentThreadTasks} so view models run without a window.
 */
package io.pixelstudio.app.studio.task;
