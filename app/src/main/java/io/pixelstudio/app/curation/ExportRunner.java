package io.pixelstudio.app.curation;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditSession;
import io.pixelstudio.trace.export.CuratedExport;
import io.pixelstudio.trace.export.ExportConflictException;
import io.pixelstudio.trace.export.ExportRequest;
import io.pixelstudio.trace.export.ExportSummary;
import io.pixelstudio.trace.format.TraceFormats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs an export in the background with progress and cancel: reads the chosen traces as edited
 * (from the document's edit session, so unsaved verdicts count), then {@link CuratedExport}. The
 * outcome is either a summary or the list of files that would be replaced, so the caller can ask
 * and run again with overwrite.
 */
public final class ExportRunner {

    /** How an export ended: a summary, or a conflict to ask about. */
    public record Outcome(ExportSummary summary, ExportConflictException conflict) {
    }

    private final BackgroundTasks tasks;
    private final TraceFormats formats;
    private final Messages messages;

    public ExportRunner(BackgroundTasks tasks, TraceFormats formats, Messages messages) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Exports {@code indices} of {@code document}; {@code done} receives the outcome on the UI thread. */
    public void run(TraceDocument document, ExportScopes.Chosen chosen, ExportChoice choice, boolean overwrite,
                    Consumer<Outcome> done) {
        EditSession session = document.session();
        List<Integer> indices = chosen.indices();
        tasks.submit(messages.get("curation.export.task", indices.size()), progress -> {
            List<Trace> traces = new ArrayList<>(indices.size());
            progress.start(messages.get("curation.export.loading"), indices.size());
            for (int index : indices) {
                if (progress.isCancelled()) {
                    throw new CancellationException("export cancelled; nothing was written");
                }
                traces.add(session.trace(index));
                progress.progress(traces.size());
            }
            progress.finish();
            ExportRequest request = new ExportRequest(traces, chosen.description(), indices.size(), choice.targets(),
                    choice.folder(), document.mediaFolder(), overwrite);
            try {
                return new Outcome(new CuratedExport(formats).run(request, progress), null);
            } catch (ExportConflictException e) {
                return new Outcome(null, e);
            }
        }, done);
    }
}
