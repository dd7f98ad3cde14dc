/**
 * One-off generators for the bundled sample media under {@code assets/sample/media}: run once,
 * outputs committed. Nothing here runs during the build or at run time.
 */
package io.pixelstudio.trace.media.samples;
