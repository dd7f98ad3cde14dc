/**
 * The "Synthesize…" window: draw the evidence box on an image (or pick evidence frames of a video),
 * type question and answer, preview the generated trace with its right and wrong regions, and hand
 * it to the open document or save it as a new studio project. Built on
 * {@code io.pixelstudio.trace.synth}; the view model holds all state and is tested without a window.
 */
package io.pixelstudio.app.synth;
