package io.pixelstudio.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh data folder (runs, recovery journals) for a studio built by a test, so no test leaves state for another. */
public final class ScratchData {

    private ScratchData() {
    }

    public static Path folder() {
        try {
            Path folder = Files.createTempDirectory("pixelstudio-data");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
