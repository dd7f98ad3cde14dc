package io.pixelstudio.trace.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file so that a crash or a failed write never leaves a half-written data file: the new
 * content goes to a temporary file in the same folder, is forced to disk, and is then moved over
 * the target in one atomic rename. The previous file is kept as {@code <name>.bak} so a bad save
 * can be undone by hand. Used by every format's {@code write}.
 */
public final class AtomicFiles {

    /** Writes the content of a file to the given stream. */
    @FunctionalInterface
    public interface StreamWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Creates the content at {@code temp} (a path that does not exist yet, in the target's folder). */
    @FunctionalInterface
    public interface PathWriter {
        void writeTo(Path temp) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    private AtomicFiles() {
    }

    /** Replaces {@code target} with what {@code writer} writes to a stream. */
    public static void write(Path target, StreamWriter writer) throws IOException {
        Objects.requireNonNull(writer, "writer");
        replace(target, temp -> {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                writer.writeTo(out);
            }
        });
    }

    /**
     * Replaces {@code target} with the file {@code writer} creates at a temporary path (for writers,
     * such as a database engine, that want a path rather than a stream).
     */
    public static void replace(Path target, PathWriter writer) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(writer, "writer");
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        String name = absolute.getFileName().toString();
        Path temp = folder.resolve("." + name + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        boolean moved = false;
        try {
            writer.writeTo(temp);
            if (!Files.isRegularFile(temp)) {
                throw new IOException("writer created no file for " + target);
            }
            force(temp);
            if (Files.exists(absolute)) {
                Files.copy(absolute, folder.resolve(name + ".bak"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            move(temp, absolute);
            moved = true;
            forceFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename durable where the platform allows syncing a folder (not on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot sync folder {} on this platform; the rename already happened", folder, e);
        }
    }
}
