package io.pixelstudio.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/** Copies trace-model's golden studio project into a test's temporary folder. */
final class GoldenProject {

    static final Path SOURCE = Paths.get("..", "trace-model", "src", "test", "resources", "golden", "project");

    private GoldenProject() {
    }

    static Path copyTo(Path folder) {
        Path target = folder.resolve("project");
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(SOURCE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
