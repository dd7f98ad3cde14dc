package io.pixelstudio.app.video;

import io.pixelstudio.app.i18n.Messages;

import java.util.Locale;

/** Where the video components' user-visible strings are: keys {@code video.*} of the studio's messages. */
final class VideoText {

    private VideoText() {
    }

    /** The {@code video.*} strings for the default locale, arguments formatted without locale. */
    static Messages load() {
        return Messages.load().under("video.", Locale.ROOT);
    }
}
