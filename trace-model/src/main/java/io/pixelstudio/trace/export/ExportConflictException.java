package io.pixelstudio.trace.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The export would replace files that exist (data files, the summary, or media whose content
 * differs). Thrown before anything is written, listing them, so the dialog can ask and the command
 * line can point to {@code --overwrite}.
 */
public final class ExportConflictException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<Path> existing;

    public ExportConflictException(List<Path> existing) {
        super("the export would replace " + existing.size() + " existing file(s): " + existing.stream().limit(5)
                .map(Path::toString).toList() + (existing.size() > 5 ? " …" : ""));
        this.existing = List.copyOf(existing);
    }

    /** The files that exist. */
    public List<Path> existing() {
        return existing;
    }
}
