package io.pixelstudio.app.cli;

import io.pixelstudio.trace.progress.ProgressListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/**
 * Shows library progress as a console bar on standard error, so standard output stays clean for
 * tables and JSON that scripts parse. Quiet mode shows nothing.
 */
final class ConsoleProgress implements ProgressListener {

    private final PrintStream stream;
    private final boolean enabled;
    private ProgressBar bar;

    ConsoleProgress(PrintStream stream, boolean enabled) {
        this.stream = stream;
        this.enabled = enabled;
    }

    @Override
    public void start(String task, long total) {
        finish();
        if (!enabled) {
            return;
        }
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(stream))
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .build();
    }

    @Override
    public void progress(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
