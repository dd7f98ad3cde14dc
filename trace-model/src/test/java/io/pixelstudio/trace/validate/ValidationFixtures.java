package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.ops.ToolCall;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds traces and stands in for the file system and the tool-call parser in validation tests. */
final class ValidationFixtures implements MediaInspector, MediaLocator, ToolCallReader {

    static final Path BASE = Path.of("/data/set").toAbsolutePath();

    final Map<Path, ImageSize> images = new HashMap<>();
    final Map<String, ToolCall> calls = new HashMap<>();

    /** Registers an existing image of the given size, relative to {@link #BASE}. */
    ValidationFixtures image(String path, int width, int height) {
        images.put(BASE.resolve(path), new ImageSize(width, height));
        return this;
    }

    @Override
    public boolean exists(Path file) {
        return images.containsKey(file) || file.getFileName().toString().startsWith("unreadable");
    }

    @Override
    public ImageSize imageSize(Path file) throws IOException {
        ImageSize size = images.get(file);
        if (size == null) {
            throw new IOException("not an image: " + file);
        }
        return size;
    }

    @Override
    public Path resolve(String writtenPath) throws MediaPathException {
        if (writtenPath.startsWith("..")) {
            throw new MediaPathException("'" + writtenPath + "' leads outside " + BASE);
        }
        return BASE.resolve(writtenPath).normalize();
    }

    @Override
    public Optional<ToolCall> read(String assistantText) {
        return Optional.ofNullable(calls.get(assistantText));
    }

    /** An assistant turn whose text the fake parser reads as {@code operation}. */
    Turn call(String text, VisualOperation operation) {
        calls.put(text, new ToolCall.Valid(operation, "{}"));
        return Turn.text(Role.ASSISTANT, text);
    }

    Turn invalidCall(String text, String message) {
        calls.put(text, new ToolCall.Invalid("{bad", message));
        return Turn.text(Role.ASSISTANT, text);
    }

    static Turn system() {
        return Turn.text(Role.SYSTEM, "You are a helpful assistant.");
    }

    static Turn question(String image) {
        return new Turn(Role.USER, List.of(new Content.Text("What is on the sign?"), new Content.Image(image)));
    }

    static Turn videoQuestion(int frames) {
        List<String> paths = new ArrayList<>();
        for (int i = 1; i <= frames; i++) {
            paths.add("frames/f" + i + ".jpg");
        }
        return new Turn(Role.USER, List.of(new Content.Text("What happens?"), new Content.Video(paths)));
    }

    static Turn observation(String image) {
        return new Turn(Role.USER, List.of(new Content.Text("\nHere is the cropped image (Image Size: 300x300):"),
                new Content.Image(image)));
    }

    static Turn answer(String text) {
        return Turn.text(Role.ASSISTANT, text);
    }

    static Trace trace(Turn... turns) {
        return new Trace("t1", "test", "", List.of(), List.of(), List.of(), List.of(turns), Review.none(), Extras.empty());
    }
}
