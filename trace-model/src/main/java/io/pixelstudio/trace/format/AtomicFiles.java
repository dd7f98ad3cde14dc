package io.pixelstudio.trace.format;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file so that, whatever happens, the target is either the complete old version or the
 * complete new one, never a torn mix: the new content goes to a temporary file in the same folder,
 * is forced to disk, and is then renamed over the target with an atomic move. The previous version
 * is kept as {@code <name>.bak} so a bad save can be undone by hand. If writing fails midway the
 * target and the existing {@code .bak} are left untouched and the temporary file is removed. Used by
 * every format's {@code write} and by the studio project's save.
 *
 * <p>The {@code .bak} is staged as a hard link to the old target (a copy where links are not
 * supported) and moved into place atomically, so neither the target nor the backup is ever torn.
 * A file system that cannot rename atomically is refused rather than written unsafely.
 */
public final class AtomicFiles {

    /** Writes the content of a file to the given stream; may throw midway. */
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

    /** The backup path kept beside {@code target}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * Atomically replaces {@code target} with what {@code writer} writes to a stream.
     *
     * @throws IOException from {@code writer} or the file system; {@code target} is then unchanged
     */
    public static void write(Path target, StreamWriter writer) throws IOException {
        Objects.requireNonNull(writer, "writer");
        replace(target, temp -> {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE_NEW)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writer.writeTo(new NonClosingStream(out));
                out.flush();
            }
        });
    }

    /** Atomically places a copy of {@code source} at {@code target}, which must not exist yet. */
    public static void copyNew(Path source, Path target) throws IOException {
        Objects.requireNonNull(source, "source");
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "refusing to overwrite");
        }
        write(absolute, out -> Files.copy(source, out));
    }

    /**
     * Atomically replaces {@code target} with the file {@code writer} creates at a temporary path
     * (for writers, such as a database engine, that want a path rather than a stream).
     *
     * @throws IOException from {@code writer} or the file system; {@code target} is then unchanged
     */
    public static void replace(Path target, PathWriter writer) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(writer, "writer");
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = freshPath(folder, absolute.getFileName().toString());
        boolean moved = false;
        try {
            writer.writeTo(temp);
            if (!Files.isRegularFile(temp)) {
                throw new IOException("writer created no file for " + target);
            }
            force(temp);
            if (Files.exists(absolute)) {
                keepBackup(absolute);
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

    /** A unique name in {@code folder} that does not exist when this returns. */
    private static Path freshPath(Path folder, String name) throws IOException {
        Path reserved = Files.createTempFile(folder, "." + name + ".", ".tmp");
        Files.delete(reserved);
        return reserved;
    }

    private static void keepBackup(Path target) throws IOException {
        Path backup = backupOf(target);
        Path staging = freshPath(target.getParent(), backup.getFileName().toString());
        try {
            try {
                Files.createLink(staging, target);
            } catch (UnsupportedOperationException | IOException e) {
                LOG.debug("hard link for {} not possible ({}); copying instead", backup, e.toString());
                Files.copy(target, staging, StandardCopyOption.COPY_ATTRIBUTES);
            }
            move(staging, backup);
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + to + " cannot rename atomically; refusing to save there "
                    + "because a crash could leave a half-written file", e);
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

    /** Keeps a writer from closing the channel before the buffered bytes are flushed. */
    private static final class NonClosingStream extends FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
