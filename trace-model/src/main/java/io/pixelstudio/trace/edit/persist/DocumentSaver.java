package io.pixelstudio.trace.edit.persist;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditSession;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.JsonRecordLayout;
import io.pixelstudio.trace.format.JsonRecordsWriter;
import io.pixelstudio.trace.format.RecordCodec;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Saves an {@link EditSession} back to its document, in its format, so that whatever happens the
 * document is the complete old version or the complete new one ({@link AtomicFiles}: temp file,
 * fsync, rename, previous version kept as {@code .bak}). JSON record files are streamed: each trace
 * is read from the source (or the session's edits), encoded and written one at a time, byte for
 * byte as the format's own {@code write} would; other formats (Parquet, a project folder) get the
 * list write. Reviews of a format that cannot hold them go to the {@link ReviewSidecar}, written
 * before the document is replaced. The {@link RecoveryJournal} is told the new version just before
 * the rename and discarded after, so a kill at any point loses no edit.
 */
public final class DocumentSaver {

    /** The last phase of a save, reported to the progress listener once the document is replaced. */
    public static final String CLEARING_JOURNAL = "Clearing the recovery journal";

    private static final Review PROBE = new Review(ReviewStatus.NEEDS_FIX, List.of("probe"), "probe");

    private final Path document;
    private final TraceFormat format;
    private final Path mediaBase;
    private final List<Finding> unreadable;

    /**
     * @param source    the document the session was opened on
     * @param mediaBase the folder relative media paths resolve against (for formats that copy media)
     */
    public DocumentSaver(DocumentSource source, Path mediaBase) {
        this(Objects.requireNonNull(source, "source").document(), source.format(), mediaBase, source.unreadable());
    }

    /**
     * For a document opened some other way (the studio's own document class).
     *
     * @param document   the document's file (or project folder)
     * @param format     its format
     * @param mediaBase  the folder relative media paths resolve against (for formats that copy media)
     * @param unreadable the records that could not be read when it was opened (errors); saving over the
     *                   document is refused while there are any, because it would drop them
     */
    public DocumentSaver(Path document, TraceFormat format, Path mediaBase, List<Finding> unreadable) {
        this.document = Objects.requireNonNull(document, "document").toAbsolutePath();
        this.format = Objects.requireNonNull(format, "format");
        this.mediaBase = Objects.requireNonNull(mediaBase, "mediaBase");
        this.unreadable = List.copyOf(unreadable);
    }

    /** What a save did. */
    public record Result(Path document, int traces, boolean streamed, int reviewsInSidecar) {
    }

    /**
     * Saves {@code session} over its document, marks it saved and discards {@code journal} (may be null).
     *
     * @throws IOException when the document had records that could not be read (saving would drop
     *                     them), or from the file system; the document is then unchanged
     * @throws FormatException when an unedited trace of the source no longer decodes
     * @throws CancellationException when {@code progress} asks to stop; the document is unchanged
     */
    public Result save(EditSession session, RecoveryJournal journal, ProgressListener progress)
            throws IOException, FormatException {
        if (!unreadable.isEmpty()) {
            throw new IOException(unreadable.size() + " record(s) of " + document
                    + " could not be read (first: " + unreadable.get(0).message() + "); saving over the"
                    + " file would drop them. Fix them in a text editor, or save a copy under another name.");
        }
        Result result = write(session, document, format, journal, progress);
        session.markSaved();
        if (journal != null) {
            ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
            listener.start(CLEARING_JOURNAL, 1);
            journal.discard();
            listener.progress(1);
            listener.finish();
        }
        return result;
    }

    /** Writes {@code session} to another file or format; the session stays dirty and the journal is kept. */
    public Result saveAs(EditSession session, Path target, TraceFormat format, ProgressListener progress)
            throws IOException, FormatException {
        return write(session, target.toAbsolutePath(), format, null, progress);
    }

    private Result write(EditSession session, Path target, TraceFormat targetFormat, RecoveryJournal journal,
                         ProgressListener progress) throws IOException, FormatException {
        Objects.requireNonNull(session, "session");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        boolean sidecar = session.size() > 0 && !holdsReviews(targetFormat, session.trace(0));
        List<ReviewSidecar.Entry> reviews = new ArrayList<>();
        boolean streamed = Files.isRegularFile(target) && targetFormat.isIndexable(target);
        try {
            if (streamed) {
                AtomicFiles.replace(target, temp -> {
                    stream(session, targetFormat.codec(), JsonRecordLayout.forOutput(target), temp, reviews, listener);
                    finish(target, temp, sidecar, reviews, journal);
                });
            } else if (targetFormat.id().equals(StudioProjectFormat.ID)) {
                List<Trace> traces = all(session, reviews, listener);
                writeSidecar(target, sidecar, reviews);
                targetFormat.write(traces, target, mediaBase, listener);
                if (journal != null) {
                    journal.savingAs(DocumentFingerprint.of(target));
                }
            } else {
                List<Trace> traces = all(session, reviews, listener);
                Path staging = staging(target);
                try {
                    targetFormat.write(traces, staging, mediaBase, listener);
                    AtomicFiles.replace(target, temp -> {
                        Files.move(staging, temp);
                        finish(target, temp, sidecar, reviews, journal);
                    });
                } finally {
                    Files.deleteIfExists(staging);
                    Files.deleteIfExists(AtomicFiles.backupOf(staging));
                }
            }
        } catch (FormatFailure e) {
            throw e.cause;
        }
        return new Result(target, session.size(), streamed, sidecar ? reviews.size() : 0);
    }

    /**
     * The new file is complete (AtomicFiles forces it before the rename): write the sidecar, then
     * tell the journal which version is coming.
     */
    private static void finish(Path target, Path temp, boolean sidecar, List<ReviewSidecar.Entry> reviews,
                               RecoveryJournal journal) throws IOException {
        writeSidecar(target, sidecar, reviews);
        if (journal != null) {
            journal.savingAs(DocumentFingerprint.of(temp));
        }
    }

    private static void writeSidecar(Path target, boolean sidecar, List<ReviewSidecar.Entry> reviews) throws IOException {
        if (sidecar && (!reviews.isEmpty() || Files.exists(ReviewSidecar.pathOf(target)))) {
            ReviewSidecar.write(target, reviews);
        }
    }

    private static void stream(EditSession session, RecordCodec codec, JsonRecordLayout layout, Path temp,
                               List<ReviewSidecar.Entry> reviews, ProgressListener listener) throws IOException {
        JsonRecordsWriter writer = new JsonRecordsWriter(new ObjectMapper());
        int size = session.size();
        listener.start("Saving " + temp.getFileName(), size);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
             OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            writer.writeEach(size, i -> {
                if (listener.isCancelled()) {
                    throw new CancellationException("save cancelled");
                }
                Trace trace = load(session, i);
                note(reviews, i, trace);
                listener.progress(i + 1L);
                return codec.encode(trace);
            }, layout, out);
        }
        listener.finish();
    }

    private static List<Trace> all(EditSession session, List<ReviewSidecar.Entry> reviews, ProgressListener listener)
            throws IOException, FormatException {
        List<Trace> traces = new ArrayList<>(session.size());
        listener.start("Collecting traces", session.size());
        for (int i = 0; i < session.size(); i++) {
            if (listener.isCancelled()) {
                throw new CancellationException("save cancelled");
            }
            Trace trace = session.trace(i);
            note(reviews, i, trace);
            traces.add(trace);
            listener.progress(i + 1L);
        }
        listener.finish();
        return traces;
    }

    private static void note(List<ReviewSidecar.Entry> reviews, int index, Trace trace) {
        if (!trace.review().equals(Review.none())) {
            reviews.add(new ReviewSidecar.Entry(index, trace.id(), trace.review()));
        }
    }

    private static Trace load(EditSession session, int index) throws IOException {
        try {
            return session.trace(index);
        } catch (FormatException e) {
            throw new FormatFailure(e);
        }
    }

    /** True when {@code format} writes a trace's review and reads it back (the studio project does). */
    static boolean holdsReviews(TraceFormat format, Trace sample) {
        RecordCodec codec = format.codec();
        if (codec == null) {
            return false;
        }
        try {
            Trace probe = sample.withReview(PROBE);
            return codec.decode(codec.encode(probe), 0, probe.source()).review().equals(PROBE);
        } catch (FormatException | RuntimeException e) {
            return false;
        }
    }

    /** A sibling path with the target's extension, for formats that must write a named file first. */
    private static Path staging(Path target) throws IOException {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.') > 0 ? name.lastIndexOf('.') : name.length();
        Path staging = target.resolveSibling("." + name.substring(0, dot) + ".pixelstudio-saving" + name.substring(dot));
        Files.deleteIfExists(staging);
        return staging;
    }

    /** Carries a decode failure of an unedited trace out of the stream writer. */
    private static final class FormatFailure extends IOException {
        final FormatException cause;

        FormatFailure(FormatException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }
}
