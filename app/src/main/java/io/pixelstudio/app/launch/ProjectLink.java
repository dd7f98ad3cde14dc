package io.pixelstudio.app.launch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@code .pxstudio} file: a small versioned JSON manifest that points at a studio project
 * folder ({@code {"version": 1, "project": "project"}}, the path relative to the manifest's own
 * folder or absolute). A project is a folder, and desktops associate files, not folders, with an
 * application; this is the file the installers register (MIME type
 * {@value #MIME_TYPE}) so that double-clicking it opens the project in the studio.
 */
public final class ProjectLink {

    /** The file extension the installers associate with the studio (without the dot). */
    public static final String EXTENSION = "pxstudio";
    /** The MIME type registered for {@link #EXTENSION}. */
    public static final String MIME_TYPE = "application/x-pixelstudio-project";
    /** The manifest version this studio reads and writes. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProjectLink() {
    }

    /** Whether {@code file} is named like a project link ({@code *.pxstudio}, any case). */
    public static boolean isLink(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith("." + EXTENSION);
    }

    /**
     * The project folder {@code link} points at.
     *
     * @throws LaunchException naming the file and field when the manifest cannot be read, has
     *                         another version, or points at a folder without {@code project.json}
     */
    public static Path resolve(Path link) {
        Objects.requireNonNull(link, "link");
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(link));
        } catch (JsonProcessingException e) {
            throw new LaunchException(link + ": not a JSON project link (line "
                    + e.getLocation().getLineNr() + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new LaunchException(link + ": cannot read the project link: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new LaunchException(link + ": a project link is a JSON object with \"version\" and \"project\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != VERSION) {
            throw new LaunchException(link + ": field \"version\": expected " + VERSION + ", found " + version);
        }
        JsonNode project = root.get("project");
        if (project == null || !project.isTextual() || project.textValue().isBlank()) {
            throw new LaunchException(link + ": field \"project\": expected the project folder's path as a string");
        }
        Path folder;
        try {
            Path base = link.toAbsolutePath().getParent();
            folder = base.resolve(project.textValue()).normalize();
        } catch (InvalidPathException e) {
            throw new LaunchException(link + ": field \"project\": not a path: " + e.getMessage());
        }
        if (!Files.isRegularFile(folder.resolve("project.json"))) {
            throw new LaunchException(link + ": field \"project\": " + folder + " is not a studio project (no project.json)");
        }
        return folder;
    }
}
