package io.pixelstudio.bridge.run;

import java.nio.file.Path;

/**
 * A spec file that cannot be used, located: the file, the line and column when known, and the JSON
 * field path (e.g. {@code hyperparameters.learningRate}).
 */
public final class RunSpecException extends Exception {

    private final String field;

    public RunSpecException(Path file, int line, int column, String field, String problem, Throwable cause) {
        super(location(file, line, column, field) + problem, cause);
        this.field = field;
    }

    /** The JSON path of the offending field, empty when the problem is not one field's. */
    public String field() {
        return field;
    }

    private static String location(Path file, int line, int column, String field) {
        StringBuilder where = new StringBuilder(file == null ? "<spec>" : file.toString());
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        where.append(": ");
        if (!field.isEmpty()) {
            where.append(field).append(": ");
        }
        return where.toString();
    }
}
