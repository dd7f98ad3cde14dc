package io.pixelstudio.app.studio.task;

/**
 * Where failed background work is reported: a dialog in the application, a list or a rethrow in
 * tests. Exists so that no failure disappears into a log nobody reads.
 */
@FunctionalInterface
public interface ErrorReporter {

    /** Reports that {@code title} failed with {@code error}. */
    void report(String title, Throwable error);

    /** Rethrows the error as an unchecked exception (tests). */
    static ErrorReporter rethrowing() {
        return (title, error) -> {
            if (error instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (error instanceof Error fatal) {
                throw fatal;
            }
            throw new IllegalStateException(title + ": " + error.getMessage(), error);
        };
    }
}
