package io.pixelstudio.app.studio;

import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled sample, found from the test's working folder (the module or the checkout). */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** The checkout root (the folder holding {@code assets/sample}). */
    public static Path checkout() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("assets/sample/project"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("assets/sample not found above " + Path.of("").toAbsolutePath());
    }

    /** The sample studio project folder. */
    public static Path project() {
        return checkout().resolve("assets/sample/project");
    }

    /** The sample Pixel Reasoner SFT file. */
    public static Path sftFile() {
        return checkout().resolve("assets/sample/sample-sft.json");
    }
}
