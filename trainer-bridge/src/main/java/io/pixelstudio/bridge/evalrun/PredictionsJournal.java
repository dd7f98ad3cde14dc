package io.pixelstudio.bridge.evalrun;

import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.eval.RunProvenance;
import io.pixelstudio.trace.eval.importer.ImportOptions;
import io.pixelstudio.trace.eval.importer.StudioPredictionsFormat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A studio predictions file written one prediction at a time: each line is appended and forced to
 * disk as its item finishes, so a crash loses at most the item in flight. Reopened for resume it
 * reads which qids are done, cuts off a last line a crash left half-written, and refuses a file
 * made with another model or endpoint (mixing them would make the score meaningless).
 */
public final class PredictionsJournal implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final Set<String> done;
    private final StudioPredictionsFormat format = new StudioPredictionsFormat();

    private PredictionsJournal(Path file, FileChannel channel, Set<String> done) {
        this.file = file;
        this.channel = channel;
        this.done = Collections.synchronizedSet(done);
    }

    /**
     * Opens {@code file} for run {@code name}: creates it with its header, or — with {@code resume} —
     * continues it.
     *
     * @throws IOException when the file exists and {@code resume} is false, or its provenance differs
     */
    public static PredictionsJournal open(Path file, String name, RunProvenance provenance, boolean resume) throws IOException {
        Objects.requireNonNull(file, "file");
        StudioPredictionsFormat format = new StudioPredictionsFormat();
        Set<String> done = new LinkedHashSet<>();
        boolean exists = Files.exists(file) && Files.size(file) > 0;
        if (exists && !resume) {
            throw new IOException(file + " already exists: pass --resume to continue it, or choose another --out");
        }
        if (exists) {
            cutPartialLastLine(file);
            PredictionSet previous = format.read(file, ImportOptions.defaults());
            RunProvenance was = previous.provenance();
            if (!was.checkpoint().equals(provenance.checkpoint())
                    || !was.other().getOrDefault("endpoint", "").equals(provenance.other().getOrDefault("endpoint", ""))
                    || !was.decoding().equals(provenance.decoding()) || !was.pixelBounds().equals(provenance.pixelBounds())) {
                throw new IOException(file + ":1 field provenance: the file was made with model '" + was.checkpoint() + "' at '"
                        + was.other().getOrDefault("endpoint", "") + "' (" + was.decoding() + "; " + was.pixelBounds()
                        + "), not this run's model '" + provenance.checkpoint() + "' at '"
                        + provenance.other().getOrDefault("endpoint", "") + "' (" + provenance.decoding() + "; "
                        + provenance.pixelBounds() + "); resume it with the same settings or write to another file");
            }
            previous.predictions().forEach(p -> done.add(p.qid()));
        } else if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        PredictionsJournal journal = new PredictionsJournal(file, channel, done);
        if (!exists) {
            journal.writeLine(format.headerLine(name, provenance));
        }
        return journal;
    }

    private static void cutPartialLastLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                channel.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                channel.truncate(keep);
                channel.force(true);
            }
        }
    }

    public Path file() {
        return file;
    }

    /** True when {@code qid} is already in the file. */
    public boolean isDone(String qid) {
        return done.contains(qid);
    }

    /** The qids in the file. */
    public Set<String> done() {
        synchronized (done) {
            return Set.copyOf(done);
        }
    }

    /** Appends {@code prediction} and forces it to disk; a qid already in the file is refused. */
    public synchronized void append(Prediction prediction) throws IOException {
        if (!done.add(prediction.qid())) {
            throw new IllegalStateException(file + ": qid " + prediction.qid() + " is already in the file");
        }
        writeLine(format.recordLine(prediction));
    }

    private synchronized void writeLine(String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
