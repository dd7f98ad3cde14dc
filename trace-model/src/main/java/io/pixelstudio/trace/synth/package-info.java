/**
 * Synthesis of SFT traces from annotated items (phase one of the Pixel Reasoner paper): an image
 * with an evidence box, or a video with evidence frames, plus a question and an answer, become a
 * trace in the reference layout whose tool calls are executed with the real operations. Two modes:
 * single pass (look, zoom into the evidence, read, answer) and error-induced self-correction (zoom
 * into a region that does not hold the evidence first, notice it, then zoom correctly). The text
 * comes from editable templates; every generated trace is validated before it is handed out.
 */
package io.pixelstudio.trace.synth;
