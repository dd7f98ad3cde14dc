package io.pixelstudio.app.synth;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.synth.TraceTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * Opens the synthesis window from the main window with as few lines there as possible: picks the
 * media base (the open document's folder, where crops are written next to the data, or a staging
 * folder when nothing is open) and starts on the current trace's image or video.
 */
public final class SynthesisLauncher {

    private SynthesisLauncher() {
    }

    /**
     * Shows a synthesis window.
     *
     * @param mediaFolder the open document's media folder, or null when none is open
     * @param current     the trace shown now, or null
     * @param onAdd       appends a trace to the open document, or null when nothing can take it
     * @param onSaved     opens a project written by Save as
     */
    public static SynthesisWindow show(Window owner, BackgroundTasks tasks, Executor background, ImageLoader images,
                                       Messages messages, Path mediaFolder, Trace current, Consumer<Trace> onAdd,
                                       Consumer<Path> onSaved) {
        Path base = mediaFolder != null ? mediaFolder : staging();
        SynthesisViewModel model = new SynthesisViewModel(tasks, TraceTemplates.defaults(), base,
                onAdd != null ? onAdd : trace -> { });
        if (current != null && mediaFolder != null) {
            initialMedia(current, new MediaResolver(mediaFolder)).ifPresent(model.mediaProperty()::set);
        }
        SynthesisWindow window = new SynthesisWindow(owner, model, tasks, background, images, messages, onAdd != null,
                onSaved);
        window.stage().show();
        return window;
    }

    /** The file (image, video file, or frame folder) {@code trace} is about, when it exists. */
    static Optional<Path> initialMedia(Trace trace, MediaResolver resolver) {
        if (trace.media().isEmpty()) {
            return Optional.empty();
        }
        try {
            Media first = trace.media().get(0);
            Path path;
            if (first instanceof Media.Image image) {
                path = resolver.resolve(image.path());
            } else {
                Media.Video video = (Media.Video) first;
                path = video.file() != null ? resolver.resolve(video.file())
                        : video.framePaths().isEmpty() ? null : resolver.resolve(video.framePaths().get(0)).getParent();
            }
            return path != null && Files.exists(path) ? Optional.of(path) : Optional.empty();
        } catch (MediaPathException e) {
            return Optional.empty();
        }
    }

    private static Path staging() {
        try {
            return Files.createTempDirectory("pixelstudio-synth");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder for synthesis", e);
        }
    }
}
