/**
 * Pixel probes: a generated, seeded task suite whose answers hide in small regions of large images
 * (a glyph, the colour of a tiny square, a count of dots) mixed with questions the whole image
 * answers (a large shape), so a policy must learn when zooming pays. Written as a studio project
 * with synthesized traces and a held-out benchmark split with ground truth.
 */
package io.pixelstudio.bridge.engine.probes;
