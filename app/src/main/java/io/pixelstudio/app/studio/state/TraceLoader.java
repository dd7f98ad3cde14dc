package io.pixelstudio.app.studio.state;

import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.ops.SmartResize;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.ImageIoMediaInspector;
import io.pixelstudio.trace.validate.TraceValidator;
import io.pixelstudio.trace.validate.ValidationOptions;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Turns trace {@code i} of a document into a {@link LoadedTrace}, off the FX thread: decode the
 * record, resolve its media against the document's folder (paths escaping it are refused), load the
 * images once, replay with {@link ObservedReplay#bestOf} and validate with the SFT or RL rules. A
 * missing image does not fail the load: the trace's text still shows, with the replay's problem.
 */
public final class TraceLoader {

    private final ImageLoader images;

    public TraceLoader(ImageLoader images) {
        this.images = Objects.requireNonNull(images, "images");
    }

    /**
     * Loads trace {@code index} of {@code document} as edited so far.
     *
     * @throws CancellationException when {@code cancelled} turns true between stages
     */
    public LoadedTrace load(TraceDocument document, int index, BooleanSupplier cancelled)
            throws IOException, FormatException {
        Trace trace = document.session().trace(index);
        checkCancelled(cancelled);
        MediaResolver resolver = new MediaResolver(document.mediaFolder());
        Map<String, BufferedImage> cache = new HashMap<>();
        Optional<ObservedReplay.Result> replay = Optional.empty();
        String problem = "";
        List<BufferedImage> sources = List.of();
        try {
            sources = sourcesOf(trace, path -> cache.computeIfAbsent(path, p -> load(resolver, p)));
            checkCancelled(cancelled);
            replay = Optional.of(ObservedReplay.bestOf(trace, path -> cache.computeIfAbsent(path, p -> load(resolver, p)),
                    ObservedReplay.REFERENCE_SETTINGS));
        } catch (UncheckedIOException e) {
            problem = e.getCause().getMessage();
        } catch (RuntimeException e) {
            problem = "replay failed: " + e;
        }
        checkCancelled(cancelled);
        List<Finding> findings = validator(document.sftRules())
                .validate(trace, document.locationOf(index).inTrace(trace.id()), resolver::resolve);
        return new LoadedTrace(index, trace, replay, problem, findings, sources);
    }

    private static TraceValidator validator(boolean sft) {
        ValidationOptions options = new ValidationOptions(sft, Optional.empty())
                .withModelInput(size -> SmartResize.fit(size, PixelBounds.SFT));
        return TraceValidator.withReferenceParser(new ImageIoMediaInspector(), options);
    }

    private static List<BufferedImage> sourcesOf(Trace trace, java.util.function.Function<String, BufferedImage> loader) {
        List<BufferedImage> sources = new ArrayList<>();
        for (Media media : trace.media()) {
            if (media instanceof Media.Image image) {
                sources.add(loader.apply(image.path()));
            } else if (media instanceof Media.Video video) {
                video.framePaths().forEach(p -> sources.add(loader.apply(p)));
            }
        }
        return sources;
    }

    private BufferedImage load(MediaResolver resolver, String path) {
        try {
            return images.load(resolver.resolve(path));
        } catch (MediaPathException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        } catch (MediaDecodeException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("loading the trace was superseded");
        }
    }
}
