package io.pixelstudio.trace.edit.persist;

import io.pixelstudio.trace.edit.EditSession;
import io.pixelstudio.trace.edit.EditTurnText;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The child JVM of {@link KillDuringSaveTest}: opens a document, applies N edits through an
 * {@link EditSession} with a {@link RecoveryJournal}, then saves, announcing on stdout how far it got
 * and holding still at the requested point so that the parent's SIGKILL lands exactly there.
 *
 * <p>Arguments: document, number of edits, kill point ({@code before-save}, {@code saving},
 * {@code record:K} — after K records were encoded, {@code renamed} — after the document was replaced
 * and before the journal was cleared).
 */
public final class KillDuringSaveChild {

    private KillDuringSaveChild() {
    }

    public static void main(String[] args) throws Exception {
        Path document = Path.of(args[0]);
        int edits = Integer.parseInt(args[1]);
        String point = args[2];
        PrintStream out = System.out;
        try (DocumentSource source = DocumentSource.open(document, PersistFixtures.SFT, ProgressListener.NONE)) {
            EditSession session = new EditSession(source);
            RecoveryJournal journal = RecoveryJournal.start(document);
            session.addListener(journal);
            for (int e = 0; e < edits; e++) {
                session.apply(PersistFixtures.editedTrace(e, source.size()),
                        new EditTurnText(4, 0, PersistFixtures.editedText(e)));
            }
            announce(out, "EDITED", point.equals("before-save"));
            announce(out, "SAVING", false);
            new DocumentSaver(source, document.getParent()).save(session, journal, new ProgressListener() {
                @Override
                public void start(String task, long total) {
                    if (task.equals(DocumentSaver.CLEARING_JOURNAL)) {
                        announce(out, "RENAMED", point.equals("renamed"));
                    }
                }

                @Override
                public void progress(long done) {
                    if (point.equals("record:" + done)) {
                        announce(out, "AT " + done, true);
                    }
                }
            });
            announce(out, "SAVED", false);
        }
    }

    private static void announce(PrintStream out, String marker, boolean hold) {
        out.println("MARK " + marker);
        out.flush();
        if (hold) {
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the parent was to kill this process at " + marker);
        }
    }
}
