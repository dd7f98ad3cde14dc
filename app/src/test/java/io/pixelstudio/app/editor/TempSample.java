package io.pixelstudio.app.editor;

import io.pixelstudio.app.testing.SampleData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the bundled sample's SFT file and media in a temporary folder, so edit tests never write the checkout's assets. */
final class TempSample {

    private TempSample() {
    }

    /** Copies the sample into a new folder under {@code parent}; returns the copied SFT file. */
    static Path copy(Path parent) throws IOException {
        Path folder = Files.createTempDirectory(parent, "sample");
        Path media = SampleData.sftFile().getParent().resolve("media");
        try (Stream<Path> files = Files.walk(media)) {
            for (Path source : files.toList()) {
                Path target = folder.resolve("media").resolve(media.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Files.copy(SampleData.sftFile(), folder.resolve("sample-sft.json"));
    }
}
