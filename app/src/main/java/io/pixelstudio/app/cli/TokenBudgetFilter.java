package io.pixelstudio.app.cli;

import io.pixelstudio.bridge.tokens.TokenCount;
import io.pixelstudio.bridge.tokens.TraceTokenCounter;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.validate.ImageIoMediaInspector;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the traces that fit a run's max length: text through the model folder's own tokenizer plus
 * the visual tokens of every image (header sizes, the SFT resize bounds), as
 * {@link TraceTokenCounter} counts them. The ones over budget are named with their counts.
 */
final class TokenBudgetFilter {

    private final Path modelFolder;
    private final int maxTokens;

    TokenBudgetFilter(Path modelFolder, int maxTokens) {
        if (maxTokens < 1) {
            throw new CliUserException("--max-tokens must be >= 1: " + maxTokens);
        }
        this.modelFolder = modelFolder;
        this.maxTokens = maxTokens;
    }

    /** The traces of {@code traces} within the budget; the others are reported on {@code err}. */
    List<Trace> within(List<Trace> traces, Path mediaBase, PrintStream err) throws IOException {
        MediaResolver resolver = new MediaResolver(mediaBase);
        ImageIoMediaInspector inspector = new ImageIoMediaInspector();
        Map<String, ImageSize> sizes = new HashMap<>();
        List<Trace> kept = new ArrayList<>();
        try (TraceTokenCounter counter = TraceTokenCounter.open(modelFolder, PixelBounds.SFT, PixelBounds.VIDEO_FRAME_INPUT)) {
            for (Trace trace : traces) {
                TokenCount count = counter.count(trace, path -> sizes.computeIfAbsent(path, p -> size(resolver, inspector, p)));
                if (count.fits(maxTokens)) {
                    kept.add(trace);
                } else {
                    err.println("over the token budget: " + trace.id() + " (" + count.total() + " tokens: "
                            + count.textTokens() + " text + " + count.visualTokens() + " visual > " + maxTokens + ")");
                }
            }
        }
        return kept;
    }

    private static ImageSize size(MediaResolver resolver, ImageIoMediaInspector inspector, String path) {
        try {
            return inspector.imageSize(resolver.resolve(path));
        } catch (MediaPathException e) {
            throw new CliUserException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
