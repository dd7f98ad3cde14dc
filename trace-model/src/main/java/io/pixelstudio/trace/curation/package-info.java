/**
 * Review edits: a curator's verdict, tags and note on a trace, as {@link io.pixelstudio.trace.edit.TraceEdit}
 * commands, so triage and bulk actions go through the same undo history as every other edit.
 */
package io.pixelstudio.trace.curation;
