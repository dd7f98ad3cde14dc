package io.pixelstudio.app.reasoning;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.ops.TraceReplay;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.ImageIoMediaInspector;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.MediaLocator;
import io.pixelstudio.trace.validate.TraceValidator;
import io.pixelstudio.trace.validate.ValidationOptions;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;

/** The bundled sample traces with their replays and validation findings, as the studio computes them. */
final class SampleTraces {

    static final Path SAMPLE = Path.of("../assets/sample/sample-sft.json").toAbsolutePath().normalize();

    private final List<Trace> traces;
    private final MediaResolver resolver = new MediaResolver(SAMPLE.getParent());
    private final ImageLoader images = new ImageLoader();

    SampleTraces() throws IOException {
        traces = TraceFormats.discover().require("pixelreasoner-sft").read(SAMPLE, ProgressListener.NONE).traces();
    }

    static ReasoningText text() {
        return ReasoningText.load();
    }

    Trace trace(String id) {
        return traces.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("sample has no trace " + id));
    }

    /** Loads a media path of the sample as written in the file. */
    BufferedImage load(String path) {
        try {
            return images.load(resolver.resolve(path));
        } catch (MediaPathException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (MediaDecodeException e) {
            throw new UncheckedIOException(e);
        }
    }

    TraceReplay.Replay replay(Trace trace) {
        return ObservedReplay.bestOf(trace, this::load, ObservedReplay.REFERENCE_SETTINGS).replay();
    }

    List<Finding> findings(Trace trace) {
        TraceValidator validator = TraceValidator.withReferenceParser(new ImageIoMediaInspector(), ValidationOptions.sftData());
        return validator.validate(trace, Location.ofFile(SAMPLE), MediaLocator.forDataFile(SAMPLE));
    }
}
