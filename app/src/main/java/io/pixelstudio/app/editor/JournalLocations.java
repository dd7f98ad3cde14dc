package io.pixelstudio.app.editor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where the studio keeps the recovery journal of an open document: in the user's data folder, not
 * beside the document — a document may sit where the user cannot write (the installed sample under
 * {@code /opt}), and a journal must never land in a project's or the checkout's folders. The name
 * keeps the document's file name for people and a hash of its absolute path for uniqueness.
 */
public final class JournalLocations {

    private final Path folder;

    public JournalLocations(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The journal file of {@code document}. */
    public Path of(Path document) {
        Path absolute = document.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        return folder.resolve((name == null ? "root" : name.toString()) + "-" + hash(absolute.toString())
                + ".pixelstudio-journal.jsonl");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
