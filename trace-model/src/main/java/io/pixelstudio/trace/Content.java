package io.pixelstudio.trace;

import java.util.List;
import java.util.Objects;

/**
 * One item of a turn's content, in the order the file has them. Pixel Reasoner items hold exactly
 * one payload key ({@code text}, {@code image} or {@code video}); any other key of the item (such
 * as {@code type}) stays in {@link #extras()}.
 */
public sealed interface Content {

    /** Fields of the item other than its payload. */
    Extras extras();

    /** A piece of text. */
    record Text(String text, Extras extras) implements Content {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(extras, "extras");
        }

        public Text(String text) {
            this(text, Extras.empty());
        }
    }

    /** An image, referenced by path as the file wrote it (relative or absolute). */
    record Image(String path, Extras extras) implements Content {
        public Image {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(extras, "extras");
        }

        public Image(String path) {
            this(path, Extras.empty());
        }
    }

    /** A video given as its frame images, in order (Pixel Reasoner stores videos this way). */
    record Video(List<String> framePaths, Extras extras) implements Content {
        public Video {
            framePaths = List.copyOf(framePaths);
            Objects.requireNonNull(extras, "extras");
        }

        public Video(List<String> framePaths) {
            this(framePaths, Extras.empty());
        }
    }
}
