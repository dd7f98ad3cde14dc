package io.pixelstudio.trace.format.project;

import java.util.List;

/**
 * What a project save did with the media: files copied in, files already in place, and paths
 * whose file did not exist (kept, made absolute), so the app can tell the user which media are
 * not in the project.
 */
public record SaveReport(int copiedMedia, int reusedMedia, List<String> missingMedia) {

    public SaveReport {
        missingMedia = List.copyOf(missingMedia);
    }
}
