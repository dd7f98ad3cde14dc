/**
 * Curation in the studio: one-key triage that advances through the list
 * ({@link io.pixelstudio.app.curation.TriageViewModel}), tags and notes
 * ({@link io.pixelstudio.app.curation.CurationBar}), bulk actions on a multi-row selection as one undo
 * step, saved views ({@link io.pixelstudio.app.curation.SavedViewsModel}) and the export dialog
 * ({@link io.pixelstudio.app.curation.ExportDialog}, {@link io.pixelstudio.app.curation.ExportRunner}).
 * {@link io.pixelstudio.app.curation.Curation} is the one object the main window wires in.
 */
package io.pixelstudio.app.curation;
