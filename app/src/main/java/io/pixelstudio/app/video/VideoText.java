package io.pixelstudio.app.video;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** The video components' user-visible strings: keys {@code video.*} of the studio's resource bundle. */
final class VideoText {

    private static final String BUNDLE = "io.pixelstudio.app.messages";

    private final ResourceBundle bundle;

    private VideoText(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /** The strings for the default locale (the JDK caches the bundle). */
    static VideoText load() {
        return new VideoText(ResourceBundle.getBundle(BUNDLE));
    }

    /** A message by its key without the {@code video.} prefix, arguments filled in. */
    String get(String key, Object... arguments) {
        String pattern = bundle.getString("video." + key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
