/**
 * Editing traces as undoable command objects: a {@link io.pixelstudio.trace.edit.TraceEdit} turns one
 * immutable trace into the next, an {@link io.pixelstudio.trace.edit.EditSession} keeps the edited
 * traces over an unchanged source and a history of {@link io.pixelstudio.trace.edit.EditStep}s, one
 * per user gesture, from which the dirty state is derived.
 */
package io.pixelstudio.trace.edit;
