package io.pixelstudio.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The studio's user-visible strings ({@code io/pixelstudio/app/messages.properties}), formatted
 * with {@link MessageFormat}. One class for every view, so that lookup and formatting behave the
 * same everywhere and tests can check keys; no view hard-codes text. A pane reads its own keys
 * through {@link #under(String, Locale)} ({@code reasoning.*}, {@code viewer.*}).
 */
public final class Messages {

    /** The bundle's base name. */
    public static final String BUNDLE = "io.pixelstudio.app.messages";

    private final ResourceBundle bundle;
    private final String prefix;
    private final Locale formatLocale;

    /** Every key of {@code bundle}, arguments formatted for the default locale. */
    public Messages(ResourceBundle bundle) {
        this(bundle, "", Locale.getDefault());
    }

    private Messages(ResourceBundle bundle, String prefix, Locale formatLocale) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.formatLocale = Objects.requireNonNull(formatLocale, "formatLocale");
    }

    /** The studio bundle for the default locale. */
    public static Messages load() {
        return new Messages(ResourceBundle.getBundle(BUNDLE, Locale.getDefault()));
    }

    /**
     * The keys that start with {@code keyPrefix} (given without it), arguments formatted for
     * {@code locale}; panes that show numbers as the trace file has them use {@link Locale#ROOT}.
     */
    public Messages under(String keyPrefix, Locale locale) {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        return new Messages(bundle, prefix + keyPrefix, locale);
    }

    /**
     * The text of {@code key} with {@code args} filled in.
     *
     * @throws MissingResourceException when the key is missing (a bug, found by the tests)
     */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(prefix + key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, formatLocale).format(args);
    }
}
