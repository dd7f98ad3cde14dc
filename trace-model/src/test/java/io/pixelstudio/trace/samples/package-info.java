/**
 * The bundled sample project ({@code assets/sample}): a generator that builds a dozen Pixel
 * Reasoner traces over the sample media by running the real visual operations, and the test that
 * keeps the committed files consistent with the code. Run once, outputs committed; nothing here
 * runs at build or run time except the test.
 */
package io.pixelstudio.trace.samples;
