/**
 * Keeping edits safe: {@link io.pixelstudio.trace.edit.persist.DocumentSaver} writes an edit session
 * back to its file atomically (previous version kept as {@code .bak}),
 * {@link io.pixelstudio.trace.edit.persist.ReviewSidecar} keeps review verdicts for formats that cannot
 * hold them, and {@link io.pixelstudio.trace.edit.persist.RecoveryJournal} puts every accepted edit on
 * disk before the edit call returns, so a crash or {@code kill -9} loses nothing.
 */
package io.pixelstudio.trace.edit.persist;
