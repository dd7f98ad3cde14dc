package io.pixelstudio.app.editor;

/**
 * How an edit gesture ended, for the views (and tests) to react: an undo step was recorded, nothing
 * needed to change, the gesture was refused before any edit (the message says why), the edit itself
 * failed (an {@code EditException}, message shown), or there was nothing to act on.
 */
public enum EditOutcome { APPLIED, UNCHANGED, REFUSED, FAILED, NONE }
