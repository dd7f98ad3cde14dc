package io.pixelstudio.app.studio;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The studio's user-visible strings ({@code io/pixelstudio/app/messages.properties}), formatted
 * with {@link MessageFormat}. One instance is built by the composition root and passed to the views
 * that need it, so tests can check keys and no view hard-codes text.
 */
public final class Messages {

    /** The bundle's base name. */
    public static final String BUNDLE = "io.pixelstudio.app.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /** The bundle for the default locale. */
    public static Messages load() {
        return new Messages(ResourceBundle.getBundle(BUNDLE, Locale.getDefault()));
    }

    /** The underlying bundle, for components that take one. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text of {@code key} with {@code args} filled in.
     *
     * @throws MissingResourceException when the key is missing (a bug, found by the tests)
     */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
