package io.pixelstudio.trace.format.pixelreasoner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Cheap looks at a file's name and first bytes, so format detection never parses a whole file. */
final class FormatSniffing {

    private static final int HEAD_BYTES = 64 * 1024;

    private FormatSniffing() {
    }

    static String extension(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** The first bytes of the file as text, or empty when it cannot be read. */
    static String head(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    static boolean startsWith(Path path, byte[] magic) {
        try (InputStream in = Files.newInputStream(path)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return false;
        }
    }
}
