package io.pixelstudio.bridge.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes small executable scripts standing in for external tools (sbatch, ray, llamafactory-cli). */
public final class Executables {

    private Executables() {
    }

    public static Path script(Path folder, String name, String body) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(folder);
        Files.writeString(file, body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
