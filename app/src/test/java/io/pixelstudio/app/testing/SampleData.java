package io.pixelstudio.app.testing;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.ObservedReplay;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled sample for the app's tests: where its files are (found from the test's working
 * folder, the module or the checkout), and its SFT traces with their replays and validation
 * findings computed as the studio computes them (ObservedReplay and the validator with the real
 * image loader).
 */
public final class SampleData {

    private final List<Trace> traces;
    private final MediaResolver resolver = new MediaResolver(sftFile().getParent());
    private final ImageLoader images = new ImageLoader();

    /** Reads the sample SFT file. */
    public SampleData() throws IOException {
        traces = TraceFormats.discover().require("pixelreasoner-sft").read(sftFile(), ProgressListener.NONE).traces();
    }

    /** The checkout root (the folder holding {@code assets/sample}). */
    public static Path checkout() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("assets/sample/project"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("assets/sample not found above " + Path.of("").toAbsolutePath());
    }

    /** The sample studio project folder. */
    public static Path project() {
        return checkout().resolve("assets/sample/project");
    }

    /** The sample Pixel Reasoner SFT file. */
    public static Path sftFile() {
        return checkout().resolve("assets/sample/sample-sft.json");
    }

    /** The sample's media folder (images, the traffic clip and its frame images). */
    public static Path media() {
        return checkout().resolve("assets/sample/media");
    }

    /** The sample trace {@code id}. */
    public Trace trace(String id) {
        return traces.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("sample has no trace " + id));
    }

    /** Loads a media path of the sample as written in the file. */
    public BufferedImage load(String path) {
        try {
            return images.load(resolver.resolve(path));
        } catch (MediaPathException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (MediaDecodeException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The replay of {@code trace} as the studio shows it. */
    public ObservedReplay.Result replay(Trace trace) {
        return ObservedReplay.bestOf(trace, this::load, ObservedReplay.REFERENCE_SETTINGS);
    }

    /** The replay of the sample trace {@code id} as the studio shows it. */
    public ObservedReplay.Result replay(String id) {
        return replay(trace(id));
    }

    /** The validation findings of {@code trace} as the studio shows them (SFT data options). */
    public List<Finding> findings(Trace trace) {
        TraceValidator validator = TraceValidator.withReferenceParser(new ImageIoMediaInspector(), ValidationOptions.sftData());
        return validator.validate(trace, Location.ofFile(sftFile()), MediaLocator.forDataFile(sftFile()));
    }
}
