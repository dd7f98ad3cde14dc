/**
 * Editing in the studio: the box-edit tool on the image viewer, turn and frame-selection edits,
 * undo/redo, saving and recovery. Each gesture becomes exactly one {@link io.pixelstudio.trace.edit.TraceEdit}
 * applied through the document's edit session, so one gesture is one undo step. View models here
 * hold the gesture state and are unit-tested without a window; the views only translate input.
 */
package io.pixelstudio.app.editor;
