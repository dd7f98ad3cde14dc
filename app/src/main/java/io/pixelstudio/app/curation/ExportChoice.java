package io.pixelstudio.app.curation;

import io.pixelstudio.trace.export.ExportTarget;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the export dialog asked for.
 *
 * @param scope    which traces
 * @param viewName the saved view, for {@link Scope#VIEW}
 * @param targets  the formats
 * @param folder   the output folder
 */
public record ExportChoice(Scope scope, String viewName, List<ExportTarget> targets, Path folder) {

    public ExportChoice {
        Objects.requireNonNull(scope, "scope");
        targets = List.copyOf(targets);
        Objects.requireNonNull(folder, "folder");
        if (scope == Scope.VIEW) {
            Objects.requireNonNull(viewName, "viewName");
        }
    }

    /** Which traces an export takes. */
    public enum Scope { ACCEPTED, VIEW, FILTER, SELECTION }
}
