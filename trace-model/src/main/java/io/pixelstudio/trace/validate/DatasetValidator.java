package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.index.LocatedFormatException;
import io.pixelstudio.trace.index.TraceFile;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Validates a whole data file: what indexing found (malformed JSON), what decoding found (records
 * not in the format) and every trace's rules, one record at a time so memory stays flat.
 */
public final class DatasetValidator {

    private final TraceValidator validator;

    public DatasetValidator(TraceValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Validates every record of {@code file}; progress counts records.
     *
     * @param media resolves media paths (usually {@link MediaLocator#forDataFile})
     * @throws CancellationException when {@code progress} asks to stop
     */
    public ValidationReport validate(TraceFile file, MediaLocator media, ProgressListener progress) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(progress, "progress");
        List<Finding> findings = new ArrayList<>(file.indexFindings());
        progress.start("Validating " + file.path().getFileName(), file.size());
        for (int i = 0; i < file.size(); i++) {
            if ((i & 255) == 0) {
                if (progress.isCancelled()) {
                    throw new CancellationException("validation cancelled by the user");
                }
                progress.progress(i);
            }
            Trace trace;
            try {
                trace = file.get(i);
            } catch (LocatedFormatException e) {
                findings.add(e.toFinding());
                continue;
            } catch (FormatException e) {
                findings.add(new LocatedFormatException(file.locationOf(i), e).toFinding());
                continue;
            }
            findings.addAll(validator.validate(trace, file.locationOf(i), media));
        }
        progress.progress(file.size());
        progress.finish();
        return new ValidationReport(findings);
    }
}
