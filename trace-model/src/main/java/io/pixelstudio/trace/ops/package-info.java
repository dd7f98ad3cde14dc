/**
 * Visual operations executed as the Pixel Reasoner reference environment executes them, the
 * Qwen2.5-VL resize rule, and tool-call parsing, so the studio shows exactly what the model saw.
 */
package io.pixelstudio.trace.ops;
