package io.pixelstudio.trace.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.project.StudioJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a document's saved views live and how they are read and written: beside a data file as
 * {@code <file>.pixelstudio-views.json}, or {@code pixelstudio-views.json} inside a studio project
 * folder, so views travel with the data and never touch the data file itself. Versioned JSON
 * ({@code {"version": 1, "views": [{"name": …, "query": …}]}}), written atomically (temp + fsync +
 * rename, {@code .bak} kept); a file of an unknown version or with a query that no longer parses is
 * refused with the file and view named rather than silently dropped.
 */
public final class SavedViewsFile {

    /** The format version written. */
    public static final int VERSION = 1;
    /** The file name inside a project folder. */
    public static final String PROJECT_FILE = "pixelstudio-views.json";
    /** The suffix added to a data file's name. */
    public static final String SUFFIX = ".pixelstudio-views.json";

    private final ObjectMapper mapper = StudioJson.newMapper();

    /** The views file of {@code document} (a data file or a project folder). */
    public static Path locate(Path document) {
        Objects.requireNonNull(document, "document");
        Path absolute = document.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return absolute.resolve(PROJECT_FILE);
        }
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    /** The views of {@code document}; only the built-in ones when it has no views file. */
    public SavedViews read(Path document) throws IOException {
        Path file = locate(document);
        if (!Files.exists(file)) {
            return SavedViews.builtInOnly();
        }
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("version").isInt()) {
            throw new IOException(file + ": not a saved-views file (an object with \"version\" is expected)");
        }
        int version = root.get("version").asInt();
        if (version != VERSION) {
            throw new IOException(file + ": saved-views version " + version + " is not supported (this studio reads "
                    + VERSION + ")");
        }
        List<SavedView> views = new ArrayList<>();
        JsonNode list = root.path("views");
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            if (!node.path("name").isTextual() || !node.path("query").isTextual()) {
                throw new IOException(file + ": views[" + i + "] needs text fields \"name\" and \"query\"");
            }
            views.add(SavedView.of(node.get("name").asText(), node.get("query").asText()));
        }
        try {
            return SavedViews.of(views);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the user views of {@code views} for {@code document}, atomically. */
    public void write(Path document, SavedViews views) throws IOException {
        Objects.requireNonNull(views, "views");
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        ArrayNode list = root.putArray("views");
        for (SavedView view : views.user()) {
            list.addObject().put("name", view.name()).put("query", view.query());
        }
        AtomicFiles.write(locate(document), out -> {
            mapper.writer(StudioJson.prettyPrinter()).writeValue(out, root);
            out.write('\n');
        });
    }
}
