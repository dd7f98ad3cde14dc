package io.pixelstudio.bridge.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.function.ObjLongConsumer;

/**
 * Follows a growing text file like {@code tail -f}, handing each complete line (without its line
 * break) to a consumer with its 1-based number. A line still being written is held back until its
 * line break arrives, or until {@link #drainAndStop()} — after the writer has exited — hands over
 * the unterminated remainder. Runs on its own daemon thread.
 */
public final class LineFollower {

    private static final long POLL_MILLIS = 40;

    private final Path file;
    private final ObjLongConsumer<String> lines;
    private final Thread thread;
    private volatile boolean stopping;
    private long lineNumber;
    private long offset;

    private LineFollower(Path file, ObjLongConsumer<String> lines, String name) {
        this.file = Objects.requireNonNull(file, "file");
        this.lines = Objects.requireNonNull(lines, "lines");
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    /** Starts following {@code file} (it may not exist yet) from its beginning. */
    public static LineFollower start(Path file, ObjLongConsumer<String> lines, String threadName) {
        LineFollower follower = new LineFollower(file, lines, threadName);
        follower.thread.start();
        return follower;
    }

    /**
     * Reads what is left (the writer has stopped), hands over a final unterminated line, and returns
     * when every line was delivered.
     */
    public void drainAndStop() throws InterruptedException {
        stopping = true;
        thread.join();
    }

    /** Lines delivered so far. */
    public long lines() {
        return lineNumber;
    }

    private void run() {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        try {
            while (true) {
                boolean last = stopping;
                boolean read = readAvailable(buffer, pending);
                if (last) {
                    if (pending.size() > 0) {
                        emit(pending.toByteArray(), pending.size());
                    }
                    return;
                }
                if (!read) {
                    Thread.sleep(POLL_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("following " + file + " failed", e);
        }
    }

    /** Reads everything available from the current offset; true when anything was read. */
    private boolean readAvailable(ByteBuffer buffer, ByteArrayOutputStream pending) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        boolean any = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(offset);
            int n;
            while ((n = channel.read(buffer)) > 0) {
                any = true;
                offset += n;
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    if (b == '\n') {
                        emit(pending.toByteArray(), pending.size());
                        pending.reset();
                    } else {
                        pending.write(b);
                    }
                }
                buffer.clear();
            }
        } catch (NoSuchFileException e) {
            return false;
        }
        return any;
    }

    private void emit(byte[] bytes, int length) {
        int end = length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
        lines.accept(new String(bytes, 0, end, StandardCharsets.UTF_8), ++lineNumber);
    }
}
