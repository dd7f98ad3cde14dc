package io.pixelstudio.trace.format.project;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.ops.PixelBounds;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of a project's {@code project.json}: what the project is, when it was made and
 * saved, where its media live, the pixel bounds its numbers depend on, and the saved views (kept
 * verbatim until the app defines them). Fields this build does not know stay in {@link #extras()}.
 *
 * @param name        shown in the app's title bar
 * @param created     when the project was first saved
 * @param modified    when it was last saved
 * @param mediaFolder folder, relative to the project, that media are copied into (normally {@code media})
 * @param pixelBounds the resize bounds used, when set
 * @param savedViews  saved views as JSON objects (placeholder until the app defines their schema)
 * @param extras      unknown top-level fields, preserved in order
 */
public record ProjectManifest(String name, Instant created, Instant modified, String mediaFolder,
                              Optional<PixelBounds> pixelBounds, List<JsonNode> savedViews, Extras extras) {

    /** The project version this build reads and writes. */
    public static final int VERSION = 1;

    /** The default media folder name. */
    public static final String DEFAULT_MEDIA_FOLDER = "media";

    public ProjectManifest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(mediaFolder, "mediaFolder");
        if (mediaFolder.isBlank() || mediaFolder.contains("..") || mediaFolder.startsWith("/")
                || mediaFolder.contains("\\")) {
            throw new IllegalArgumentException("media folder must be a plain relative folder name, got '"
                    + mediaFolder + "'");
        }
        Objects.requireNonNull(pixelBounds, "pixelBounds");
        savedViews = savedViews.stream().<JsonNode>map(JsonNode::deepCopy).toList();
        Objects.requireNonNull(extras, "extras");
    }

    /** The saved views; copies, because JSON nodes are mutable. */
    @Override
    public List<JsonNode> savedViews() {
        return savedViews.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    }

    /** A new project created {@code now}, with the default media folder and nothing else set. */
    public static ProjectManifest create(String name, Instant now) {
        return new ProjectManifest(name, now, now, DEFAULT_MEDIA_FOLDER, Optional.empty(), List.of(), Extras.empty());
    }

    /** This manifest saved at {@code when}. */
    public ProjectManifest modifiedAt(Instant when) {
        return new ProjectManifest(name, created, when, mediaFolder, pixelBounds, savedViews, extras);
    }

    /** This manifest with other pixel bounds. */
    public ProjectManifest withPixelBounds(PixelBounds bounds) {
        return new ProjectManifest(name, created, modified, mediaFolder, Optional.of(bounds), savedViews, extras);
    }
}
