package io.pixelstudio.trace.format.project;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
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

/**
 * Replaces a file so that, whatever happens, the target is either the complete old version or the
 * complete new one, never a torn mix: the new bytes go to a temporary file in the same folder, are
 * forced to disk, and the temporary file is renamed over the target with an atomic move. The
 * previous version is kept as {@code <name>.bak}. If writing fails midway the target and the
 * existing {@code .bak} are left untouched and the temporary file is removed.
 *
 * <p>The {@code .bak} is made as a hard link to the old target (a copy where links are not
 * supported) before the rename, so the target name always exists.
 */
public final class AtomicSave {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicSave.class);

    /** Writes the new content of a file; may throw midway. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicSave() {
    }

    /** The backup path kept beside {@code target}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * Atomically replaces {@code target} with what {@code body} writes.
     *
     * @throws IOException from {@code body} or the file system; {@code target} is then unchanged
     */
    public static void write(Path target, Body body) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(body, "body");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                body.writeTo(new NonClosingStream(out));
                out.flush();
                channel.force(true);
            }
            if (Files.exists(absolute)) {
                keepBackup(absolute);
            }
            move(temp, absolute);
            done = true;
            syncDirectory(dir);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Atomically places a copy of {@code source} at {@code target}, which must not exist yet. */
    public static void copyNew(Path source, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "refusing to overwrite");
        }
        write(absolute, out -> Files.copy(source, out));
    }

    private static void keepBackup(Path target) throws IOException {
        Path backup = backupOf(target);
        Path staging = Files.createTempFile(target.getParent(), "." + backup.getFileName() + ".", ".tmp");
        try {
            Files.delete(staging);
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

    /** Makes the rename itself durable where the platform allows it (Linux, macOS). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot fsync directory {}: {}", dir, e.toString());
        }
    }

    /** Keeps a body from closing the channel before it is forced to disk. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
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
