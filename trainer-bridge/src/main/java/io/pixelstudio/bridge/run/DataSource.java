package io.pixelstudio.bridge.run;

import java.util.Objects;

/**
 * The data a run reads: an export the studio wrote (its path and format) and, for the record, the
 * saved view it was exported from.
 *
 * @param path   the exported file or folder
 * @param format the trace format id the export was written in (e.g. {@code pixelreasoner-sft}, {@code sharegpt})
 * @param view   the saved view or query the export came from, empty when unknown
 */
public record DataSource(String path, String format, String view) {

    public DataSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        view = view == null ? "" : view;
    }
}
