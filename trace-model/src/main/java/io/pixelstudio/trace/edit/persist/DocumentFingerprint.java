package io.pixelstudio.trace.edit.persist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which version of a document a journal was written against: size, last-modified time and a hash of
 * the first megabyte. Cheap on a 1 GB file, yet a journal for another version of the document (edited
 * by another program, or already saved) is recognised instead of being applied to the wrong base.
 * A folder document (a studio project) is fingerprinted over the regular files directly in it.
 */
public record DocumentFingerprint(long size, long lastModified, String headHash) {

    /** Bytes of the head that are hashed. */
    public static final int HEAD_BYTES = 1 << 20;

    public DocumentFingerprint {
        Objects.requireNonNull(headHash, "headHash");
    }

    /** The fingerprint of {@code document} as it is on disk now. */
    public static DocumentFingerprint of(Path document) throws IOException {
        MessageDigest digest = sha256();
        if (!Files.isDirectory(document)) {
            hashHead(document, digest);
            return new DocumentFingerprint(Files.size(document), Files.getLastModifiedTime(document).toMillis(),
                    HexFormat.of().formatHex(digest.digest()));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(document)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        long size = 0;
        long modified = 0;
        for (Path file : files) {
            size += Files.size(file);
            modified = Math.max(modified, Files.getLastModifiedTime(file).toMillis());
            digest.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            hashHead(file, digest);
        }
        return new DocumentFingerprint(size, modified, HexFormat.of().formatHex(digest.digest()));
    }

    /** This fingerprint as JSON fields of {@code node}. */
    ObjectNode writeTo(ObjectNode node) {
        return node.put("size", size).put("lastModified", lastModified).put("headSha256", headHash);
    }

    /** The fingerprint stored in {@code node} by {@link #writeTo}. */
    static DocumentFingerprint readFrom(JsonNode node) throws IOException {
        if (!node.path("size").canConvertToLong() || !node.path("lastModified").canConvertToLong()
                || !node.path("headSha256").isTextual()) {
            throw new IOException("fingerprint needs size, lastModified and headSha256");
        }
        return new DocumentFingerprint(node.get("size").longValue(), node.get("lastModified").longValue(),
                node.get("headSha256").textValue());
    }

    /** An empty JSON object to write fields into. */
    static ObjectNode node() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static void hashHead(Path file, MessageDigest digest) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readNBytes(HEAD_BYTES));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
