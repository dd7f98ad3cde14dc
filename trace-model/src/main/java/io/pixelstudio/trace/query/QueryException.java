package io.pixelstudio.trace.query;

/**
 * A query that cannot be parsed, located by column (1-based, in characters of the query text) so the
 * filter box and the command line can point at the term.
 */
public final class QueryException extends IllegalArgumentException {

    private final int column;
    private final String reason;

    public QueryException(int column, String reason) {
        super("column " + column + ": " + reason);
        this.column = column;
        this.reason = reason;
    }

    /** 1-based column of the offending term. */
    public int column() {
        return column;
    }

    /** The message without the column. */
    public String reason() {
        return reason;
    }
}
